#pragma once
// The fonts of one window, built into that window's atlas at the size the
// window needs: the console at screen scale x the chair's zoom; the projector
// as a ladder of sizes so text can fit the screen and stay crisp (Tracy's way:
// rebuild the atlas rather than stretch a bitmap).

#include "ui/fonts/glyphs.hpp"

#include <filesystem>
#include <imgui.h>
#include <vector>

namespace cpc::ui {

struct FontSource {
    std::filesystem::path folder; // holds NotoSans-*.ttf, DejaVuSans*.ttf, OpenDyslexic-*.otf
    bool dyslexic = false;        // OpenDyslexic instead of Noto Sans
};

struct Fonts {
    // Different for every build, so what was measured with one atlas is not
    // taken for another's (the faces' addresses may be reused).
    long long generation = 0;
    float size = 0;          // body text, in pixels
    ImFont* body = nullptr;  // console text
    ImFont* bold = nullptr;  // headings
    ImFont* large = nullptr; // the clock, titles: 1.5 x body, bold

    // Projector: the same face at rising sizes, smallest first.
    std::vector<float> ladder;
    std::vector<ImFont*> ladderBody;
    std::vector<ImFont*> ladderBold;
};

// Throws std::runtime_error naming the file when a font cannot be read.
Fonts addConsoleFonts(ImFontAtlas& atlas, const FontSource& source, float pixelSize,
                      const GlyphSet& glyphs = {});

// The readable floor for body text on a projector this tall: 1/36 of the
// height (30 px on a 1080-line projector).
float projectorFloor(float windowHeight);
Fonts addProjectorFonts(ImFontAtlas& atlas, const FontSource& source, float windowHeight,
                        const GlyphSet& glyphs = {});

// The frame drew the replacement character in place of one the atlas lacks
// (or of one no font has): read from the glyphs' places in the vertices.
bool drewReplacement(const ImDrawData& frame, const ImFontAtlas& atlas);

} // namespace cpc::ui
