#include "documents/pdf_fonts.hpp"

#include "documents/pdf.hpp"
#include "documents/pdf_to_unicode.hpp"
#include "platform/os.hpp"
#include "platform/paths.hpp"

#include <cstdio>
#include <hpdf_fontdef.h>
#include <system_error>

namespace cpc::pdf {
namespace {

constexpr char32_t invalid = U'\uFFFD';

// One code point from UTF-8 at `i`; malformed input gives U+FFFD and moves on by one byte.
char32_t decode(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) {
        ++i;
        return lead;
    }
    std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (n == 0 || lead > 0xF4 || i + n > s.size()) {
        ++i;
        return invalid;
    }
    char32_t c = lead & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return invalid;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < least[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++i;
        return invalid;
    }
    i += n;
    return c;
}

void encode(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Characters that should draw nothing: controls, and the invisible joiners and
// variation selectors that come with emoji (a joined emoji then shows as
// replacements side by side, not as a box with a selector in it).
bool drawsNothing(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || (c >= 0xE0000 && c <= 0xE007F);
}

const char* fileName(Face face, int source) {
    static const char* names[2][2] = {{"NotoSans-Regular.ttf", "DejaVuSans.ttf"},
                                      {"NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf"}};
    return names[face == Face::Bold ? 1 : 0][source];
}

std::size_t index(Face face) {
    return face == Face::Bold ? 1 : 0;
}

} // namespace

void throwHaruError(HPDF_STATUS error, HPDF_STATUS detail, void*) {
    // libharu's own examples leave its functions by longjmp from here; an
    // exception leaves the same way, and the document is freed by its owner.
    char text[96];
    std::snprintf(text, sizeof text, "PDF library error 0x%04X (detail %u)",
                  static_cast<unsigned>(error), static_cast<unsigned>(detail));
    throw Error(text);
}

Fonts::Fonts(HPDF_Doc doc, const std::filesystem::path& dir) : doc_(doc) {
    for (Face face : {Face::Regular, Face::Bold})
        for (int s = 0; s < Count; ++s) {
            auto file = dir / fileName(face, s);
            std::error_code ec;
            if (!std::filesystem::is_regular_file(file, ec))
                throw FontError(
                    "font not found: " + os::utf8(file) +
                    " (set CPC_FONT_DIR to a folder with the fonts of fonts/README.md)");
            fonts_[index(face)][s].file = file;
        }
    for (auto& c : choice_)
        c.assign(0x10000, 0);
    // The fallback fonts are read only when Noto lacks a character, which is seldom.
    loaded(Face::Regular, Primary);
    loaded(Face::Bold, Primary);
    if (!has(Face::Regular, Primary, replacement_)) replacement_ = U'?';
}

Fonts::Loaded& Fonts::loaded(Face face, Source s) const {
    Loaded& f = fonts_[index(face)][s];
    if (f.def) return f;
    try {
        f.name = HPDF_LoadTTFontFromFile(doc_, os::nameForFopen(f.file).c_str(), HPDF_TRUE);
        f.def = HPDF_GetFontDef(doc_, f.name);
    } catch (const Error& e) {
        throw FontError(os::utf8(f.file) + ": cannot read the font (" + e.what() + ")");
    }
    f.widths.assign(0x10000, INT16_MIN);
    return f;
}

HPDF_Font Fonts::font(Face face, Source s) const {
    Loaded& f = loaded(face, s);
    if (!f.font) {
        f.font = HPDF_GetFont(doc_, f.name, "UTF-8");
        // Else every page warns in poppler, and copied or spoken text may be wrong.
        fixToUnicode(f.font);
    }
    return f.font;
}

bool Fonts::has(Face face, Source s, char32_t c) const {
    return c <= 0xFFFF &&
           HPDF_TTFontDef_GetGlyphid(loaded(face, s).def, static_cast<HPDF_UINT16>(c)) != 0;
}

bool Fonts::resolve(char32_t c, Face face, Glyph& out) const {
    if (c == U'\t') c = U' ';
    if (drawsNothing(c)) return false;
    // libharu's fonts hold 16-bit characters only: anything beyond (emoji) is replaced.
    if (c > 0xFFFF) {
        out = {Primary, replacement_};
        return true;
    }
    std::uint8_t& known = choice_[index(face)][c];
    if (known == 0) {
        known = has(face, Primary, c) ? 1 : has(face, Fallback, c) ? 2 : 3;
    }
    out = known == 1   ? Glyph{Primary, c}
          : known == 2 ? Glyph{Fallback, c}
                       : Glyph{Primary, replacement_};
    return true;
}

double Fonts::advance(Face face, const Glyph& g) const {
    Loaded& f = loaded(face, g.source);
    std::int16_t& w = f.widths[g.code];
    if (w == INT16_MIN) w = HPDF_TTFontDef_GetCharWidth(f.def, static_cast<HPDF_UINT16>(g.code));
    return w;
}

double Fonts::width(std::string_view utf8, Face face, double size) const {
    double total = 0;
    Glyph g{};
    for (std::size_t i = 0; i < utf8.size();)
        if (resolve(decode(utf8, i), face, g)) total += advance(face, g);
    return total * size / 1000.0;
}

std::vector<Fonts::Run> Fonts::runs(std::string_view utf8, Face face, double size) const {
    std::vector<Run> out;
    Source current = Count;
    double total = 0;
    Glyph g{};
    for (std::size_t i = 0; i < utf8.size();) {
        if (!resolve(decode(utf8, i), face, g)) continue;
        if (g.source != current) {
            if (!out.empty()) out.back().width = total * size / 1000.0;
            out.push_back({font(face, g.source), {}, 0});
            current = g.source;
            total = 0;
        }
        encode(g.code, out.back().text);
        total += advance(face, g);
    }
    if (!out.empty()) out.back().width = total * size / 1000.0;
    return out;
}

} // namespace cpc::pdf
