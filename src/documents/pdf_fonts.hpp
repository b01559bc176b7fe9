#pragma once
// The fonts of one PDF: Noto Sans, DejaVu Sans for the characters Noto lacks,
// and a visible replacement (U+FFFD) for what neither has, so that no
// character is ever drawn as garbage. The layout measures with the same
// choice of glyphs that drawing makes.

#include "documents/layout.hpp"

#include <array>
#include <cstdint>
#include <filesystem>
#include <hpdf.h>
#include <string>
#include <vector>

namespace cpc::pdf {

// The error handler for libharu: its errors become pdf::Error exceptions.
void throwHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* data);

class Fonts : public TextMeasure {
  public:
    // Throws FontError when a font file is missing or unreadable.
    Fonts(HPDF_Doc doc, const std::filesystem::path& dir);

    double width(std::string_view utf8, Face face, double size) const override;

    // Stretches of the text that one font sets, left to right, in that font's UTF-8.
    struct Run {
        HPDF_Font font;
        std::string text;
        double width; // points
    };
    std::vector<Run> runs(std::string_view utf8, Face face, double size) const;

  private:
    enum Source : std::uint8_t { Primary, Fallback, Count };
    struct Glyph {
        Source source;
        char32_t code; // what is drawn: the character itself or the replacement
    };
    struct Loaded {
        std::filesystem::path file;
        const char* name = nullptr; // libharu's name for it, once loaded
        HPDF_FontDef def = nullptr;
        HPDF_Font font = nullptr; // asked for on first use, so unused fonts are not embedded
        std::vector<std::int16_t> widths;
    };

    // Which font draws this character (nothing for characters that draw nothing).
    bool resolve(char32_t c, Face face, Glyph& out) const;
    bool has(Face face, Source s, char32_t c) const;
    double advance(Face face, const Glyph& g) const; // in thousandths of the size
    Loaded& loaded(Face face, Source s) const;
    HPDF_Font font(Face face, Source s) const;

    HPDF_Doc doc_;
    mutable std::array<std::array<Loaded, Count>, 2> fonts_;
    // Per face, per character of the Basic Multilingual Plane: 0 not yet known,
    // 1 primary, 2 fallback, 3 neither.
    mutable std::array<std::vector<std::uint8_t>, 2> choice_;
    char32_t replacement_ = U'\uFFFD';
};

} // namespace cpc::pdf
