// The phases of the meeting down the side of the console. The phase decides
// which editor is in front; the chair moves freely between them.

#include "ui/console/console_parts.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace cpc::ui {

void drawPhaseRail(const ConsoleView& view, ConsoleState& state) {
    const Palette& pal = palette(state.theme);
    const float em = widget::em();
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, {0.0f, 0.5f});
    int number = 1;
    for (Phase phase : allPhases) {
        const bool current = state.phase == phase;
        const std::string line = std::to_string(number++) + "  " + std::string(phaseLabel(phase));
        widget::record(line);
        if (current && view.fonts && view.fonts->bold) ImGui::PushFont(view.fonts->bold);
        if (ImGui::Selectable(line.c_str(), current, 0, {0, 1.8f * em})) goToPhase(state, phase);
        if (current && view.fonts && view.fonts->bold) ImGui::PopFont();
    }
    ImGui::PopStyleVar();
    ImGui::Spacing();
    widget::wrapped(shortcut::keysFor(shortcut::Command::PreviousPhase) + " / " +
                        shortcut::keysFor(shortcut::Command::NextPhase),
                    pal.muted);
}

} // namespace cpc::ui
