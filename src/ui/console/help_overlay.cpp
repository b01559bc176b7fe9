// Every shortcut, listed from the one table the keys are read from
// (shortcuts.cpp), grouped by where it works.

#include "ui/console/console_parts.hpp"
#include "ui/contract/phase.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <vector>

namespace cpc::ui {
namespace {

// The keys of the phase the chair is in are the ones they came for.
bool belongsTo(shortcut::Scope scope, Phase phase) {
    using S = shortcut::Scope;
    switch (scope) {
    case S::Information:
    case S::SelectedItem:
    case S::Picker:
        return phase == Phase::Information;
    case S::Introductions:
    case S::IntroductionsForm:
        return phase == Phase::Introductions;
    case S::Scaling:
        return phase == Phase::Scaling;
    case S::Decision:
    case S::DecisionWriting:
    case S::ChildViewForm:
        return phase == Phase::Decision;
    case S::Plan:
    case S::PlanAction:
    case S::PlanPeople:
        return phase == Phase::Plan;
    case S::Close:
    case S::CloseReview:
        return phase == Phase::Close;
    default:
        return false;
    }
}

} // namespace

void drawHelpOverlay(const ConsoleView& view, ConsoleState& state) {
    using namespace shortcut;
    const Palette& pal = palette(state.theme);
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos({display.x * 0.5f, display.y * 0.5f}, ImGuiCond_Always, {0.5f, 0.5f});
    ImGui::SetNextWindowSize({display.x * 0.75f, display.y * 0.85f});
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings;
    bool open = true;
    ImGui::Begin("Keyboard shortcuts", &open, flags);
    widget::text(keysFor(Command::ToggleHelp) + " or Esc closes this list.", pal.muted);
    const float em = widget::em();
    std::vector<Scope> scopes; // this phase's first, then the table's order
    for (const auto& s : shortcuts())
        if (std::find(scopes.begin(), scopes.end(), s.scope) == scopes.end())
            scopes.push_back(s.scope);
    std::stable_partition(scopes.begin(), scopes.end(),
                          [&](Scope s) { return belongsTo(s, state.phase); });
    for (Scope scope : scopes) {
        ImGui::Spacing();
        widget::heading(view.fonts, scopeLabel(scope));
        if (!ImGui::BeginTable(scopeLabel(scope).data(), 2, ImGuiTableFlags_RowBg)) continue;
        ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, 14 * em);
        ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
        // A command with several keys is one row: "Ctrl+Shift+Z or Ctrl+Y".
        std::vector<Command> listed;
        for (const auto& s : shortcuts()) {
            if (s.scope != scope ||
                std::find(listed.begin(), listed.end(), s.command) != listed.end())
                continue;
            listed.push_back(s.command);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            widget::text(keysFor(s.command));
            ImGui::TableNextColumn();
            widget::wrapped(s.what);
        }
        ImGui::EndTable();
    }
    ImGui::End();
    if (!open) state.showHelp = false;
}

} // namespace cpc::ui
