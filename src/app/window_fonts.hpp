#pragma once
// What a window's font atlas holds, and building it. The atlas is rebuilt
// (never stretched) when the plan changes: a new screen scale, zoom, theme or
// projector height.

#include "ui/fonts.hpp"
#include "ui/intent.hpp"

#include <filesystem>
#include <imgui.h>

namespace cpc::app {

struct FontPlan {
    bool projector = false; // the projector's ladder, else the console's faces
    float size = 0;         // console: body pixels; projector: the floor of projectorFloor()
    ui::Theme theme = ui::Theme::Light;
    bool operator==(const FontPlan&) const = default;
};

// The console's body text: 18 px at 100% on a screen of scale 1.
FontPlan consolePlan(float contentScale, int zoomPercent, ui::Theme theme);
// The projector's ladder depends only on its floor size, so a window being
// dragged larger rebuilds the atlas only when the floor changes.
FontPlan projectorPlan(int framebufferHeight);

// Gives the current context's renderer (Dear ImGui's OpenGL 3 backend) its
// shaders and buffers, once, without the RGBA font texture it would make:
// the fonts go up as one channel (gl::uploadFontAtlas). False if it cannot.
bool createRenderer();

// Clears the current context's atlas, fills it as planned with the FreeType
// builder, builds it and styles the context. The renderer's font texture is
// the caller's to recreate. Throws std::runtime_error naming a missing font.
ui::Fonts buildFonts(const FontPlan& plan, const std::filesystem::path& folder);

} // namespace cpc::app
