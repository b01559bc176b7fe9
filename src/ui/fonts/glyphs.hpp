#pragma once
// Which characters a window's fonts hold. Rasterising every script the fonts
// offer, at every projector size, was most of the program's start-up (issue
// 13). So the atlas holds the interface's own characters (Latin to
// Extended-A, punctuation, currency, U+FFFD), and each other block of the
// fonts' range once text in it is opened, typed or pasted. A block rather
// than a character: a name typed in Greek rebuilds the atlas once, not once a
// letter.

#include <cstdint>
#include <imgui.h>
#include <string_view>

namespace cpc::ui {

class GlyphSet {
  public:
    // The interface's own characters.
    GlyphSet();
    // Every block the fonts are asked for (what the atlas held before).
    static GlyphSet all();

    // Adds the blocks of these characters: true if one was not held.
    // Characters outside every block stay the replacement character.
    bool note(std::string_view utf8);
    bool note(unsigned codepoint);
    bool holds(unsigned codepoint) const;
    bool whole() const;
    GlyphSet& operator|=(const GlyphSet& other);

    // Dear ImGui's glyph ranges (pairs, zero-terminated) for this set. Kept
    // for the program's life, as ImFontConfig keeps the pointer.
    const ImWchar* ranges() const;

    bool operator==(const GlyphSet&) const = default;

  private:
    std::uint32_t blocks_;
};

} // namespace cpc::ui
