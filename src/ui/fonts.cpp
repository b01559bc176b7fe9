#include "ui/fonts.hpp"

#include "app/os/paths.hpp"

#include <cmath>
#include <stdexcept>

namespace cpc::ui {
namespace {

// Latin with its extensions (Łukasz, Siobhán, Ọkọnkwọ), Greek, Cyrillic,
// punctuation (curly quotes, dashes), currency, arrows, shapes, and the
// replacement character for anything else.
const ImWchar* textRanges() {
    static const ImWchar ranges[] = {0x0020, 0x024F, 0x0370, 0x03FF, 0x0400, 0x04FF, 0x1E00,
                                     0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F,
                                     0x2190, 0x21FF, 0x2500, 0x25FF, 0x2600, 0x26FF, 0x2700,
                                     0x27BF, 0xFFFD, 0xFFFD, 0};
    return ranges;
}

std::filesystem::path face(const FontSource& s, bool bold) {
    if (s.dyslexic) return s.folder / (bold ? "OpenDyslexic-Bold.otf" : "OpenDyslexic-Regular.otf");
    return s.folder / (bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf");
}

ImFont* add(ImFontAtlas& atlas, const FontSource& s, bool bold, float size) {
    auto main = face(s, bold);
    auto fallback = s.folder / (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
    for (const auto& file : {main, fallback})
        if (!std::filesystem::exists(file))
            throw std::runtime_error(os::utf8(file) + ": font not found");
    ImFontConfig config;
    config.OversampleH = 2; // crisper text at small sizes on the laptop
    ImFont* font = atlas.AddFontFromFileTTF(os::utf8(main).c_str(), size, &config, textRanges());
    // DejaVu fills in what the main face lacks (arrows, symbols, U+FFFD).
    ImFontConfig merge;
    merge.MergeMode = true;
    atlas.AddFontFromFileTTF(os::utf8(fallback).c_str(), size, &merge, textRanges());
    if (!font) throw std::runtime_error(os::utf8(main) + ": cannot read the font");
    font->FallbackChar = 0xFFFD;
    return font;
}

} // namespace

Fonts addConsoleFonts(ImFontAtlas& atlas, const FontSource& source, float pixelSize) {
    Fonts f;
    f.size = std::round(pixelSize);
    f.body = add(atlas, source, false, f.size);
    f.bold = add(atlas, source, true, f.size);
    f.large = add(atlas, source, true, std::round(f.size * 1.5f));
    return f;
}

float projectorFloor(float windowHeight) {
    return std::floor(windowHeight / 36.0f);
}

Fonts addProjectorFonts(ImFontAtlas& atlas, const FontSource& source, float windowHeight) {
    Fonts f;
    float size = projectorFloor(windowHeight);
    // Four steps of 25% from the floor: enough choice to fill the screen
    // without an atlas too large for a laptop's GPU.
    for (int step = 0; step < 4; ++step, size = std::round(size * 1.25f)) {
        f.ladder.push_back(size);
        f.ladderBody.push_back(add(atlas, source, false, size));
        f.ladderBold.push_back(add(atlas, source, true, size));
    }
    f.size = f.ladder.front();
    f.body = f.ladderBody.front();
    f.bold = f.ladderBold.front();
    f.large = f.ladderBold.back();
    return f;
}

} // namespace cpc::ui
