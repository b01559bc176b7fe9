// Close: the documents people leave the meeting with, one action each, into a
// folder the chair can see and change; what is due after the meeting; and the
// review conference, started from this one. Ctrl+Shift+E comes here from any
// phase with the documents in front.

#include "domain/disclosure.hpp"
#include "domain/documents.hpp"
#include "domain/names.hpp"
#include "domain/review.hpp"
#include "domain/rules.hpp"
#include "platform/paths.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <imgui_stdlib.h>

namespace cpc::ui {
namespace {

using shortcut::Command;
using shortcut::fired;

// One row of the list: a document of the catalogue (domain/documents.hpp),
// or all of them, and the key that writes it.
struct Row {
    DocumentChoice choice;
    Command command;
};

const std::vector<Row>& rows() {
    static const std::vector<Row> list{
        {DocumentKind::Plan, Command::ExportPlan},
        {DocumentKind::Parents, Command::ExportParents},
        {DocumentKind::Full, Command::ExportFull},
        {DocumentKind::Child, Command::ExportChild},
        {DocumentKind::Letter, Command::ExportLetter},
        {AllDocuments{}, Command::ExportAll},
    };
    return list;
}

std::string nameOf(const DocumentChoice& choice) {
    if (const auto* kind = std::get_if<DocumentKind>(&choice)) return std::string(label(*kind));
    return "All five";
}

std::string forWhom(const DocumentChoice& choice) {
    if (const auto* kind = std::get_if<DocumentKind>(&choice))
        return std::string(factsOf(*kind).forWhom);
    return "Every document above, in one go.";
}

std::size_t indexOf(const DocumentChoice& choice) {
    const auto& list = rows();
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].choice == choice) return i;
    return 0;
}

void exportDocument(CloseState& st, Intents& out, const DocumentChoice& choice) {
    const auto* kind = std::get_if<DocumentKind>(&choice);
    out.push_back(
        intent::Export{kind ? std::vector{*kind} : allDocuments(), st.folder, st.password});
    st.asked = kind ? std::string(factsOf(*kind).inSentence) : "the documents";
}

// A meeting still running ends now, on the record, before the review opens:
// its length and who was there are facts of this conference's record.
void startReview(const ConsoleView& view, CloseState& st, Intents& out) {
    const auto& m = view.conference.meeting;
    if (m.started && !m.ended)
        out.push_back(intent::ApplyEdit{edit::SetMeetingTimes{{m.started, view.now}}});
    out.push_back(intent::StartReview{});
    st.confirmingReview = false;
}

void closeKeys(const ConsoleView& view, ConsoleState& state, Intents& out) {
    auto& st = state.close;
    if (st.confirmingReview) {
        if (fired(Command::ConfirmReview)) startReview(view, st, out);
        if (fired(Command::CancelReview)) st.confirmingReview = false;
        return;
    }
    for (const Row& row : rows())
        if (fired(row.command)) {
            st.highlighted = row.choice;
            exportDocument(st, out, row.choice);
        }
    const std::size_t at = indexOf(st.highlighted), last = rows().size() - 1;
    if (fired(Command::DocumentDown)) st.highlighted = rows()[std::min(at + 1, last)].choice;
    if (fired(Command::DocumentUp)) st.highlighted = rows()[at == 0 ? 0 : at - 1].choice;
    if (fired(Command::ExportHighlighted)) exportDocument(st, out, st.highlighted);
    if (fired(Command::OpenWritten) && !state.exported.files.empty())
        out.push_back(intent::OpenFile{state.exported.files.front()});
    if (fired(Command::StartReviewConference)) st.confirmingReview = true;
}

// Ctrl+L and Ctrl+P reach the folder and the password from anywhere in Close.
void fieldKeys(CloseState& st) {
    if (fired(Command::EditFolder)) st.wantFocus = CloseField::Folder;
    if (fired(Command::EditPassword)) st.wantFocus = CloseField::Password;
}

void drawWhereAndPassword(const ConsoleView& view, ConsoleState& state, const Palette& pal) {
    auto& st = state.close;
    const float em = widget::em();
    if (!st.folderEdited) st.folder = view.exportFolder;
    ImGui::AlignTextToFramePadding();
    widget::text("Folder (" + shortcut::keysFor(Command::EditFolder) + ")");
    ImGui::SameLine(10 * em);
    ImGui::SetNextItemWidth(std::max(ImGui::GetContentRegionAvail().x - 10 * em, 16 * em));
    bool focusFolder = st.wantFocus == CloseField::Folder;
    const std::string before = st.folder;
    widget::inputLine("##folder", st.folder, focusFolder, "the folder the documents go into");
    if (st.wantFocus == CloseField::Folder && !focusFolder) st.wantFocus.reset();
    if (st.folder != before) st.folderEdited = true;
    if (st.folderEdited) {
        ImGui::SameLine();
        if (widget::button("Usual folder")) st.folderEdited = false;
    }

    ImGui::AlignTextToFramePadding();
    widget::text("Password (" + shortcut::keysFor(Command::EditPassword) + ")");
    ImGui::SameLine(10 * em);
    ImGui::SetNextItemWidth(14 * em);
    if (st.wantFocus == CloseField::Password && !ImGui::IsKeyPressed(key::Enter, false)) {
        ImGui::SetKeyboardFocusHere();
        st.wantFocus.reset();
    }
    ImGui::InputTextWithHint("##password", "none (optional)", &st.password,
                             ImGuiInputTextFlags_Password | ImGuiInputTextFlags_NoUndoRedo);
    ImGui::SameLine();
    widget::wrapped("A PDF password uses RC4 encryption, which is weak: it keeps out a casual "
                    "reader, not a determined one. Send the documents the secure way all the "
                    "same.",
                    st.password.empty() ? pal.muted : pal.warning);
}

void drawDocuments(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    auto& st = state.close;
    const float em = widget::em();
    const float buttonWidth = 11 * em;
    const auto& list = rows();
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Row& row = list[i];
        const bool highlighted = row.choice == st.highlighted;
        if (highlighted && st.jumped) {
            ImGui::SetScrollHereY(0.2f);
            st.jumped = false;
        }
        if (i + 1 == list.size()) ImGui::Spacing();
        ImGui::AlignTextToFramePadding();
        widget::text(shortcut::keysFor(row.command), pal.muted);
        ImGui::SameLine(2 * em);
        if (highlighted) {
            ImGui::PushStyleColor(ImGuiCol_Button, pal.selection);
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
        }
        const std::string name = nameOf(row.choice);
        widget::record(name);
        ImGui::PushID(static_cast<int>(i));
        const bool clicked = ImGui::Button(name.c_str(), {buttonWidth, 0});
        ImGui::PopID();
        if (highlighted) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
        if (clicked) {
            st.highlighted = row.choice;
            exportDocument(st, out, row.choice);
        }
        ImGui::SameLine();
        // Wrapped: the parents' copy's line is longer than a laptop's panel.
        widget::wrapped(forWhom(row.choice), highlighted ? pal.text : pal.muted);
    }
    widget::text(shortcut::keysFor(Command::DocumentUp) + "/" +
                     shortcut::keysFor(Command::DocumentDown) + " and " +
                     shortcut::keysFor(Command::ExportHighlighted) + ", or the number: write it.",
                 pal.muted);
    (void)view;
}

void drawOutcome(ConsoleState& state, Intents& out, const Palette& pal) {
    const auto& done = state.exported;
    if (done.files.empty() && done.error.empty()) return;
    ImGui::Spacing();
    if (!done.error.empty()) {
        widget::wrapped(
            "Could not write " +
                (state.close.asked.empty() ? std::string("the documents") : state.close.asked) +
                ": " + done.error,
            pal.problem);
    }
    if (done.files.empty()) return;
    const auto folder = os::utf8(os::pathFrom(done.files.front()).parent_path());
    widget::wrapped("Written into " + folder + " (" + shortcut::keysFor(Command::OpenWritten) +
                        " opens the first):",
                    pal.good);
    for (std::size_t i = 0; i < done.files.size(); ++i) {
        const std::string& file = done.files[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Indent(2 * widget::em());
        if (widget::button("Open")) out.push_back(intent::OpenFile{file});
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        widget::text(os::utf8(os::pathFrom(file).filename()));
        ImGui::Unindent(2 * widget::em());
        ImGui::PopID();
    }
}

void dueLine(const std::string& what, const std::optional<Date>& due, const std::string& rule,
             Date today, const Palette& pal) {
    if (!due) return;
    if (today <= *due)
        widget::wrapped(what + " by " + formatLongDate(*due) + " (" + rule + ").");
    else
        widget::wrapped(what + " was due by " + formatLongDate(*due) + " (" + rule +
                            "): check that it has gone.",
                        pal.warning);
}

void drawAfterMeeting(const ConsoleView& view, const Palette& pal) {
    const Conference& c = view.conference;
    const Timescales due = timescales(c);
    const Date today = dateOf(view.now);
    widget::heading(view.fonts, "After the meeting");
    const auto& m = c.meeting;
    if (m.started)
        widget::text("The meeting started at " + widget::clockTime(*m.started) +
                     (m.ended ? " and ended at " + widget::clockTime(*m.ended) + "."
                              : " and is still running."));
    dueLine("The outline plan to the parents and professionals", due.planToParentsBy,
            timescaleRule(c, Timescale::PlanToParents), today, pal);
    dueLine("The record to everyone invited", due.recordBy, timescaleRule(c, Timescale::Record),
            today, pal);
    if (!due.planToParentsBy && !due.recordBy)
        widget::text("The due dates follow from the conference date (Prepare).", pal.muted);
    // Everything the family's papers leave out, by the same rule that leaves it out.
    const LeftOut left = leftOutOfFamilyPapers(c);
    if (left.total() > 0)
        widget::wrapped("Left out of the parents' copy, the plan, the letter and the child's "
                        "plan: " +
                            leftOutWords(left) + ".",
                        pal.muted);
}

std::string carriedOverLine(const Conference& c) {
    const auto start = reviewStart(c);
    std::string when =
        start ? "on " + formatLongDate(dateOf(*start)) + " at " + widget::clockTime(*start)
              : "on a date to set in Prepare";
    const auto n = c.plan.actions.size();
    return "A new conference " + when +
           ", with the same children, people, key worker and core group, and " +
           (n == 0 ? std::string("no actions (this plan has none)")
                   : std::to_string(n) + (n == 1 ? " action" : " actions") +
                         " of this plan to mark done, in progress or not done") +
           ". The board, scaling and decisions start empty; this conference stays as it is.";
}

void drawReview(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    auto& st = state.close;
    widget::heading(view.fonts, "The review conference");
    widget::wrapped(carriedOverLine(view.conference), pal.muted);
    if (!st.confirmingReview) {
        if (widget::button("Start the review conference (" +
                           shortcut::keysFor(Command::StartReviewConference) + ")"))
            st.confirmingReview = true;
        return;
    }
    // Starting the review is for a meeting that is over; ask plainly when it is not.
    const auto& m = view.conference.meeting;
    const std::string ask =
        !m.started ? "This meeting was never started. Open the review conference now?"
        : !m.ended ? "This meeting has not ended. End it now, at " + widget::clockTime(view.now) +
                         ", and open the review conference?"
                   : "Open the review conference now?";
    ImGui::AlignTextToFramePadding();
    widget::text(ask, pal.warning);
    ImGui::SameLine();
    const std::string yes =
        m.started && !m.ended ? "Yes, end the meeting and start it (" : "Yes, start it (";
    if (widget::button(yes + shortcut::keysFor(Command::ConfirmReview) + ")"))
        startReview(view, st, out);
    ImGui::SameLine();
    if (widget::button("Not now (" + shortcut::keysFor(Command::CancelReview) + ")"))
        st.confirmingReview = false;
}

} // namespace

void drawClose(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    // Single keys are shortcuts only while no field is taking typing.
    const bool typing = ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive();
    if (!state.showHelp) fieldKeys(state.close);
    if (!typing && !state.showHelp) closeKeys(view, state, out);

    ImGui::BeginChild("##close", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    widget::heading(view.fonts, "Documents");
    drawWhereAndPassword(view, state, pal);
    ImGui::Spacing();
    drawDocuments(view, state, out, pal);
    drawOutcome(state, out, pal);
    ImGui::Spacing();
    ImGui::Separator();
    drawAfterMeeting(view, pal);
    ImGui::Spacing();
    ImGui::Separator();
    drawReview(view, state, out, pal);
    ImGui::EndChild();
}

} // namespace cpc::ui
