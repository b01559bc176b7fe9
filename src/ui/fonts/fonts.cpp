#include "ui/fonts/fonts.hpp"

#include "platform/paths.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <fstream>
#include <map>
#include <mutex>
#include <stdexcept>

namespace cpc::ui {
namespace {

std::filesystem::path face(const FontSource& s, bool bold) {
    if (s.dyslexic) return s.folder / (bold ? "OpenDyslexic-Bold.otf" : "OpenDyslexic-Regular.otf");
    return s.folder / (bold ? "NotoSans-Bold.ttf" : "NotoSans-Regular.ttf");
}

// Each face's file is read once for the program's life and shared by every
// size of every atlas: ImGui would keep a copy of the file per size.
const std::vector<char>& fontFile(const std::filesystem::path& file) {
    static std::mutex guard;
    static std::map<std::filesystem::path, std::vector<char>> read;
    std::lock_guard lock(guard);
    if (auto at = read.find(file); at != read.end()) return at->second;
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    if (!in) throw std::runtime_error(os::utf8(file) + ": font not found");
    std::vector<char> bytes(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)));
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (bytes.empty() || !in) throw std::runtime_error(os::utf8(file) + ": cannot read the font");
    return read.emplace(file, std::move(bytes)).first->second;
}

ImFont* addFace(ImFontAtlas& atlas, const std::filesystem::path& file, float size,
                ImFontConfig config, const GlyphSet& glyphs) {
    const std::vector<char>& bytes = fontFile(file);
    config.FontDataOwnedByAtlas = false;
    // ImGui takes the data as writable but does not write it when it does not own it.
    return atlas.AddFontFromMemoryTTF(const_cast<char*>(bytes.data()),
                                      static_cast<int>(bytes.size()), size, &config,
                                      glyphs.ranges());
}

ImFont* add(ImFontAtlas& atlas, const FontSource& s, bool bold, float size,
            const GlyphSet& glyphs) {
    ImFontConfig config; // hinting is the builder's (app/window_fonts.cpp)
    ImFont* font = addFace(atlas, face(s, bold), size, config, glyphs);
    if (!font) throw std::runtime_error(os::utf8(face(s, bold)) + ": cannot read the font");
    // DejaVu fills in what the main face lacks (arrows, symbols, U+FFFD).
    config.MergeMode = true;
    addFace(atlas, s.folder / (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf"), size, config,
            glyphs);
    font->FallbackChar = 0xFFFD;
    return font;
}

long long newGeneration() {
    static std::atomic<long long> last{0};
    return ++last;
}

} // namespace

Fonts addConsoleFonts(ImFontAtlas& atlas, const FontSource& source, float pixelSize,
                      const GlyphSet& glyphs) {
    Fonts f;
    f.generation = newGeneration();
    f.size = std::round(pixelSize);
    f.body = add(atlas, source, false, f.size, glyphs);
    f.bold = add(atlas, source, true, f.size, glyphs);
    f.large = add(atlas, source, true, std::round(f.size * 1.5f), glyphs);
    return f;
}

float projectorFloor(float windowHeight) {
    return std::floor(windowHeight / 36.0f);
}

Fonts addProjectorFonts(ImFontAtlas& atlas, const FontSource& source, float windowHeight,
                        const GlyphSet& glyphs) {
    Fonts f;
    f.generation = newGeneration();
    float size = projectorFloor(windowHeight);
    // Four steps of 25% from the floor: enough choice to fill the screen
    // without an atlas too large for a laptop's GPU.
    for (int step = 0; step < 4; ++step, size = std::round(size * 1.25f)) {
        f.ladder.push_back(size);
        f.ladderBody.push_back(add(atlas, source, false, size, glyphs));
        f.ladderBold.push_back(add(atlas, source, true, size, glyphs));
    }
    f.size = f.ladder.front();
    f.body = f.ladderBody.front();
    f.bold = f.ladderBold.front();
    f.large = f.ladderBold.back();
    return f;
}

bool drewReplacement(const ImDrawData& frame, const ImFontAtlas& atlas) {
    // A glyph's quad starts at the glyph's (U0, V0): no other glyph, nor the
    // white pixel or the line textures, starts there.
    std::vector<ImVec2> starts;
    for (const ImFont* font : atlas.Fonts)
        if (const ImFontGlyph* g = font->FallbackGlyph; g && g->Codepoint == 0xFFFD)
            starts.push_back({g->U0, g->V0});
    if (starts.empty()) return false;
    for (int l = 0; l < frame.CmdListsCount; ++l)
        for (const ImDrawVert& v : frame.CmdLists[l]->VtxBuffer)
            for (const ImVec2& s : starts)
                if (v.uv.x == s.x && v.uv.y == s.y) return true;
    return false;
}

} // namespace cpc::ui
