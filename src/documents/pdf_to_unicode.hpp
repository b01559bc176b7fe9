#pragma once
// libharu (2.3.0 up to at least 2.4.6) gives each TrueType font that it sets in
// UTF-8 a ToUnicode CMap written with `begincidrange`, which a ToUnicode CMap
// may not use: readers warn on every page and may copy or speak the text
// wrongly. This puts a valid map in its place.

#include <hpdf.h>
#include <string_view>

namespace cpc::pdf {

// The CMap text: each code that libharu's UTF-8 encoder writes to the page,
// which is the character's own UTF-16 value, maps to that character.
std::string_view identityToUnicode();

// Replaces the font's ToUnicode CMap with identityToUnicode(). For a font got
// with HPDF_GetFont(doc, name, "UTF-8") from a TrueType font; call it once,
// before the document is saved.
void fixToUnicode(HPDF_Font font);

} // namespace cpc::pdf
