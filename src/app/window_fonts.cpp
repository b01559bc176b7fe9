#include "app/window_fonts.hpp"

#include "app/os/paths.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <cmath>
#include <imgui_freetype.h>
#include <stdexcept>

namespace cpc::app {

FontPlan consolePlan(float contentScale, int zoomPercent, ui::Theme theme) {
    float size = std::round(18.0f * std::max(contentScale, 0.5f) * zoomPercent / 100.0f);
    return {.projector = false, .size = size, .theme = theme};
}

FontPlan projectorPlan(int framebufferHeight) {
    // Keep a readable minimum even for a tiny window.
    float height = static_cast<float>(std::max(framebufferHeight, 360));
    return {.projector = true, .size = ui::projectorFloor(height), .theme = ui::Theme::Light};
}

bool createRenderer() {
    // The backend makes its font texture with its device objects: with the
    // atlas empty that is the small built-in font's, dropped at once.
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    const bool made = ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    atlas.Clear();
    return made;
}

ui::Fonts buildFonts(const FontPlan& plan, const std::filesystem::path& folder) {
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas& atlas = *io.Fonts;
    atlas.Clear();
    // FreeType's hinting keeps small console text crisp on a laptop screen.
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    ui::FontSource source{folder};
    // The ladder is rebuilt from its floor: floor x 36 is a height with that floor.
    ui::Fonts fonts = plan.projector ? ui::addProjectorFonts(atlas, source, plan.size * 36.0f)
                                     : ui::addConsoleFonts(atlas, source, plan.size);
    if (!atlas.Build()) throw std::runtime_error(os::utf8(folder) + ": cannot build the fonts");
    io.FontDefault = fonts.body;
    ui::applyTheme(plan.theme, fonts.size);
    return fonts;
}

} // namespace cpc::app
