// The chair console: status bar on top, phases down the side, the phase's
// editor in front with what the rules found beside it, the help overlay over
// everything. The phase table below is the one place each editor is named.

#include "ui/console/console_parts.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <span>

namespace cpc::ui {
namespace {

using shortcut::Command;
using shortcut::fired;

using Draw = void (*)(const ConsoleView&, ConsoleState&, Intents&);

// Which findings (by the start of their rule key) belong beside which editor.
constexpr std::string_view prepareRules[] = {"strategy-date", "conference-late", "report-"};
// The Decision editor shows its child's findings itself (decision_panel_outcome.cpp).
constexpr std::string_view planRules[] = {"action-", "review-", "core-group-",
                                          "date-not-working-day"};
constexpr std::string_view closeRules[] = {"plan-due", "plan-overdue", "record-"};

struct PhaseEditor {
    Phase phase;
    Draw draw;
    std::span<const std::string_view> rules;
    bool quorum = false; // the quorum explanation beside the editor
    std::string_view hint;
};

const PhaseEditor phaseTable[] = {
    {Phase::Prepare, drawPrepare, prepareRules, false,
     "Set up the conference: details, children, adults, people invited, reports."},
    {Phase::Introductions,
     drawIntroductions,
     {},
     true,
     "Who is here: one key marks arrivals, departures and apologies."},
    {Phase::Purpose, drawPurpose, {}, false, "Why the conference is meeting, in plain words."},
    {Phase::Information,
     drawInformation,
     {},
     false,
     "Type what is said into the three columns; the projector shows them."},
    {Phase::Scaling,
     drawScaling,
     {},
     false,
     "Start a round, type each person's answer, then reveal it to the room."},
    {Phase::Decision,
     drawDecision,
     {},
     false,
     "Per child: threshold, recommendations, the chair's decision and reasons, dissent."},
    {Phase::Plan, drawPlan, planRules, false,
     "What needs to happen, who does it, by when; key worker, core group, dates."},
    {Phase::Close, drawClose, closeRules, false,
     "The documents people leave with, what is due, and the review."},
};

const PhaseEditor& editorFor(Phase phase) {
    for (const auto& e : phaseTable)
        if (e.phase == phase) return e;
    return phaseTable[0];
}

void stepPhase(ConsoleState& state, int step) {
    const int count = static_cast<int>(std::size(allPhases));
    const int at = std::clamp(static_cast<int>(state.phase) + step, 0, count - 1);
    goToPhase(state, allPhases[at]);
}

// Keys that work in every phase. They read the keyboard directly, so they
// work whichever field has the focus.
void globalKeys(const ConsoleView& view, ConsoleState& state, Intents& out) {
    if (fired(Command::ToggleHelp))
        state.showHelp = !state.showHelp;
    else if (state.showHelp && ImGui::IsKeyPressed(key::Escape, false))
        state.showHelp = false;
    if (fired(Command::PreviousPhase)) stepPhase(state, -1);
    if (fired(Command::NextPhase)) stepPhase(state, 1);
    // While an item is edited in place, Ctrl+Z belongs to its text.
    if (!state.selection.editing) {
        if (fired(Command::Undo)) out.push_back(intent::Undo{});
        if (fired(Command::Redo)) out.push_back(intent::Redo{});
    }
    if (fired(Command::Freeze)) state.projector.frozen = !state.projector.frozen;
    if (fired(Command::Blank)) state.projector.blank = !state.projector.blank;
    if (fired(Command::Present)) out.push_back(intent::Present{!state.projector.presenting});
    if (fired(Command::ZoomIn)) out.push_back(intent::Zoom{1});
    if (fired(Command::ZoomOut)) out.push_back(intent::Zoom{-1});
    if (fired(Command::ZoomReset)) out.push_back(intent::Zoom{0});
    // The documents, from wherever the chair is.
    if (fired(Command::GoToExport)) {
        goToPhase(state, Phase::Close);
        if (state.phase == Phase::Close) {
            state.close.highlighted = DocumentKind::Plan;
            state.close.jumped = true;
        }
    }
    // Page keys move the text cursor in a long field; on the board's one-line
    // fields they have nothing else to do.
    const bool typing = ImGui::GetIO().WantTextInput &&
                        !(state.phase == Phase::Information && !state.selection.editing);
    if (!typing) {
        const int last = std::max(view.projectorPages, 1) - 1;
        if (fired(Command::ProjectorPageBack))
            state.projector.page = std::clamp(state.projector.page - 1, 0, last);
        if (fired(Command::ProjectorPageOn))
            state.projector.page = std::clamp(state.projector.page + 1, 0, last);
    }
}

void drawFooter(const ConsoleView& view, const Palette& pal) {
    std::string line = shortcut::keysFor(Command::ToggleHelp) + ": all shortcuts";
    line += "     Ctrl+Z: undo" + (view.undoLabel.empty() ? std::string(" (nothing to undo)")
                                                          : " \"" + view.undoLabel + "\"");
    if (!view.redoLabel.empty()) line += "     Ctrl+Shift+Z: redo \"" + view.redoLabel + "\"";
    widget::text(line, pal.muted);
}

} // namespace

void goToPhase(ConsoleState& state, Phase phase) {
    if (state.phase == phase) return;
    // A decision needs its reasons before the chair moves on: the Decision
    // panel holds the phase, then saves and lets go, or says why not.
    if (state.phase == Phase::Decision &&
        !std::holds_alternative<leaving::Free>(state.decision.leaving)) {
        state.decision.leaving = leaving::Asked{phase};
        return;
    }
    state.phase = phase;
    state.sourcePicker.open = false;
    if (phase == Phase::Information) state.entry.wantFocus = true;
}

void drawConsole(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    globalKeys(view, state, out);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(io.DisplaySize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::SetNextWindowBgAlpha(0.0f); // cleared to this colour already
    ImGui::Begin("##console", nullptr, flags);
    const float em = widget::em();
    drawSaveBanner(view, state, out);
    drawStatusBar(view, state, out);
    ImGui::Separator();

    const float body = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("##rail", {9.5f * em, body}, true);
    {
        widget::OnPane pane;
        drawPhaseRail(view, state);
    }
    ImGui::EndChild();
    ImGui::SameLine();

    const PhaseEditor& editor = editorFor(state.phase);
    const bool beside = editor.quorum || hasFindings(view, editor.rules);
    const float besideWidth = beside ? 18 * em + ImGui::GetStyle().ItemSpacing.x : 0;
    ImGui::BeginChild("##editor", {ImGui::GetContentRegionAvail().x - besideWidth, body});
    widget::heading(view.fonts, phaseLabel(state.phase));
    ImGui::SameLine();
    widget::text(editor.hint, pal.muted);
    {
        widget::OnPane pane;
        editor.draw(view, state, out);
    }
    ImGui::EndChild();

    if (beside) {
        ImGui::SameLine();
        ImGui::BeginChild("##beside", {0, body}, true);
        {
            widget::OnPane pane;
            if (editor.quorum) {
                widget::heading(view.fonts, "Quorum");
                widget::wrapped(view.quorum.explanation,
                                view.quorum.quorate ? pal.good : pal.problem);
                ImGui::Spacing();
            }
            drawFindings(view, state, editor.rules);
        }
        ImGui::EndChild();
    }
    drawFooter(view, pal);
    ImGui::End();

    if (state.showHelp) drawHelpOverlay(view, state);
}

} // namespace cpc::ui
