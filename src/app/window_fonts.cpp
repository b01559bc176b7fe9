#include "app/window_fonts.hpp"

#include "platform/paths.hpp"
#include "ui/widgets/theme.hpp"

#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <cmath>
#include <imgui_freetype.h>
#include <stdexcept>

namespace cpc::app {

FontPlan consolePlan(float contentScale, int zoomPercent, ui::Theme theme,
                     const ui::GlyphSet& glyphs) {
    float size = std::round(18.0f * std::max(contentScale, 0.5f) * zoomPercent / 100.0f);
    return {.projector = false, .size = size, .theme = theme, .glyphs = glyphs};
}

FontPlan projectorPlan(int framebufferHeight, const ui::GlyphSet& glyphs) {
    // Keep a readable minimum even for a tiny window.
    float height = static_cast<float>(std::max(framebufferHeight, 360));
    return {.projector = true,
            .size = ui::projectorFloor(height),
            .theme = ui::Theme::Light,
            .glyphs = glyphs};
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

BuiltFonts buildFonts(const FontPlan& plan, const std::filesystem::path& folder) {
    BuiltFonts built;
    built.plan = plan;
    ImFontAtlas& atlas = *built.atlas;
    // FreeType's light hinting snaps glyphs to the pixel grid vertically
    // only: small console text as crisp and as wide as with the fonts' own
    // hinting programs, which took three times as long to run (most of
    // start-up, issue 13). Without any, widths round up and the text spreads.
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ui::FontSource source{folder};
    // The ladder is rebuilt from its floor: floor x 36 is a height with that floor.
    built.fonts = plan.projector
                      ? ui::addProjectorFonts(atlas, source, plan.size * 36.0f, plan.glyphs)
                      : ui::addConsoleFonts(atlas, source, plan.size, plan.glyphs);
    if (!atlas.Build()) throw std::runtime_error(os::utf8(folder) + ": cannot build the fonts");
    return built;
}

void replaceFonts(BuiltFonts& current, BuiltFonts built) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts = built.atlas.get();
    io.FontDefault = built.fonts.body;
    ui::applyTheme(built.plan.theme, built.fonts.size);
    current = std::move(built);
}

} // namespace cpc::app
