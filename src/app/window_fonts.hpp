#pragma once
// What a window's font atlas holds, and building it. The atlas is rebuilt
// (never stretched) when the plan changes: a new screen scale, zoom, theme,
// projector height, or a script the atlas did not hold.

#include "ui/contract/intent.hpp"
#include "ui/fonts/fonts.hpp"

#include <filesystem>
#include <imgui.h>
#include <memory>

namespace cpc::app {

struct FontPlan {
    bool projector = false; // the projector's ladder, else the console's faces
    float size = 0;         // console: body pixels; projector: the floor of projectorFloor()
    ui::Theme theme = ui::Theme::Light;
    ui::GlyphSet glyphs; // grows as text in new scripts appears
    bool operator==(const FontPlan&) const = default;
};

// The console's body text: 18 px at 100% on a screen of scale 1.
FontPlan consolePlan(float contentScale, int zoomPercent, ui::Theme theme,
                     const ui::GlyphSet& glyphs);
// The projector's ladder depends only on its floor size, so a window being
// dragged larger rebuilds the atlas only when the floor changes.
FontPlan projectorPlan(int framebufferHeight, const ui::GlyphSet& glyphs);

// Gives the current context's renderer (Dear ImGui's OpenGL 3 backend) its
// shaders and buffers, once, without the RGBA font texture it would make:
// the fonts go up as one channel (gl::uploadFontAtlas). False if it cannot.
bool createRenderer();

// An atlas filled as planned with the FreeType builder and built, and its
// fonts. No ImGui context is used, so FontsAhead can build one on another thread.
struct BuiltFonts {
    FontPlan plan{.size = -1}; // none yet
    std::unique_ptr<ImFontAtlas> atlas = std::make_unique<ImFontAtlas>();
    ui::Fonts fonts;
};

// Throws std::runtime_error naming a missing font.
BuiltFonts buildFonts(const FontPlan& plan, const std::filesystem::path& folder);

// Makes `built` the current context's fonts in place of `current`, which it
// frees: its atlas, default font and style. The context must have been made
// with current's atlas (ImGui::CreateContext(atlas)), so that it frees none
// itself. The renderer's font texture is the caller's to recreate.
void replaceFonts(BuiltFonts& current, BuiltFonts built);

} // namespace cpc::app
