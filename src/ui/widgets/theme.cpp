#include "ui/widgets/theme.hpp"

namespace cpc::ui {
namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

constexpr Palette light{
    .background = rgb(0xFAFAF7),
    .surface = rgb(0xFFFFFF),
    .text = rgb(0x151515),
    .muted = rgb(0x4A4A4A),
    .rule = rgb(0xC8C8C2),
    .selection = rgb(0xFFE8A3),
    .worried = rgb(0xB84A00),       // Okabe-Ito vermillion, darkened for contrast on white
    .workingWell = rgb(0x00775A),   // bluish green
    .needsToHappen = rgb(0x005A8C), // blue
    .good = rgb(0x00775A),
    .warning = rgb(0x8A5A00),
    .problem = rgb(0xB00020),
    .confidential = rgb(0x6A1B9A),
};

constexpr Palette dark{
    .background = rgb(0x1C1D20),
    .surface = rgb(0x26282C),
    .text = rgb(0xF2F2F0),
    .muted = rgb(0xB8B8B2),
    .rule = rgb(0x45474D),
    .selection = rgb(0x5A4A10),
    .worried = rgb(0xF08A4B),
    .workingWell = rgb(0x3CC8A0),
    .needsToHappen = rgb(0x56B4E9),
    .good = rgb(0x3CC8A0),
    .warning = rgb(0xE6B800),
    .problem = rgb(0xFF6B6B),
    .confidential = rgb(0xCE93D8),
};

ImVec4 v(ImU32 c) {
    return ImGui::ColorConvertU32ToFloat4(c);
}

} // namespace

const Palette& palette(Theme theme) {
    return theme == Theme::Dark ? dark : light;
}

ImU32 columnAccent(const Palette& p, Column c) {
    switch (c) {
    case Column::Worried:
        return p.worried;
    case Column::WorkingWell:
        return p.workingWell;
    case Column::NeedsToHappen:
        return p.needsToHappen;
    }
    return p.text;
}

void applyTheme(Theme theme, float fontSize) {
    ImGuiStyle style;
    if (theme == Theme::Dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    const Palette& p = palette(theme);
    auto* c = style.Colors;
    c[ImGuiCol_Text] = v(p.text);
    c[ImGuiCol_TextDisabled] = v(p.muted);
    c[ImGuiCol_WindowBg] = v(p.background);
    c[ImGuiCol_ChildBg] = v(p.surface);
    c[ImGuiCol_PopupBg] = v(p.surface);
    c[ImGuiCol_Border] = v(p.rule);
    c[ImGuiCol_Separator] = v(p.rule);
    c[ImGuiCol_Header] = v(p.selection);
    c[ImGuiCol_TextSelectedBg] = v(p.selection);

    // Sizes in multiples of the font size, so zoom scales everything together.
    const float em = fontSize;
    style.WindowPadding = {0.6f * em, 0.6f * em};
    style.FramePadding = {0.4f * em, 0.25f * em};
    style.ItemSpacing = {0.5f * em, 0.35f * em};
    style.ItemInnerSpacing = {0.3f * em, 0.3f * em};
    style.CellPadding = {0.3f * em, 0.2f * em};
    style.IndentSpacing = 1.2f * em;
    style.ScrollbarSize = 0.8f * em;
    style.GrabMinSize = 0.6f * em;
    style.WindowRounding = 0.2f * em;
    style.FrameRounding = 0.2f * em;
    style.PopupRounding = 0.2f * em;
    style.ChildRounding = 0.2f * em;
    style.FrameBorderSize = 1.0f;
    ImGui::GetStyle() = style;
}

} // namespace cpc::ui
