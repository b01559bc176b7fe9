// The plan's details: the key worker (social workers offered first), the core
// group, the dates the rules suggest and what each rule says when a date
// breaks it, and the words: keeping the children safe in the meantime, and
// what happens if things go wrong. A Child in Need plan has its own dates.

#include "domain/calendar.hpp"
#include "domain/names.hpp"
#include "domain/plan_people.hpp"
#include "domain/typed.hpp"
#include "ui/plan/plan_panel.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <imgui_stdlib.h>

namespace cpc::ui::plan {
namespace {

using shortcut::Command;
using shortcut::fired;

constexpr double pauseBeforeSaving = 2.0; // seconds without typing, then the words are saved
constexpr float labelWidth = 9.5f;        // the labels of the left column, in ems

// ---- key worker ----

// The professionals, the social workers first: the key worker is a
// qualified social worker, and rarely anyone else.
std::vector<PickChoice> keyWorkerChoices(const ConsoleView& view) {
    std::vector<PickChoice> out;
    for (auto& choice : personChoices(view.conference, view.now)) {
        const Participant* p = findParticipant(view.conference, choice.id);
        if (!p || !mayBeKeyWorker(p->role)) continue;
        const bool socialWorker = isUsualKeyWorker(p->role);
        choice.line = widget::personWithRole(view.conference, p->id);
        choice.tier = socialWorker ? 0 : 1;
        choice.group = 0;
        choice.muted = !socialWorker;
        out.push_back(std::move(choice));
    }
    return out;
}

void drawKeyWorkerList(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                       const Palette& pal) {
    if (state.showHelp) return;
    auto& st = state.plan;
    const Pick pick = drawPickList(st.keyWorker, keyWorkerChoices(view), pal,
                                   {.question = "Type part of a name; Enter picks, Esc cancels.",
                                    .hint = "name, role or agency",
                                    .noOne = "No key worker yet"});
    if (pick.outcome == PickOutcome::Picked) {
        edit.next.keyWorker = pick.id;
        edit.changed = true;
    }
}

void openKeyWorker(PlanState& st) {
    st.coreGroupOpen = false;
    openPicker(st.keyWorker);
}

// ---- core group ----

void toggleCoreGroup(DetailsEdit& edit, const Id& id) {
    auto& group = edit.next.coreGroup;
    auto at = std::find(group.begin(), group.end(), id);
    if (at == group.end())
        group.push_back(id);
    else
        group.erase(at);
    edit.changed = true;
}

void addUsualCoreGroup(const Conference& c, DetailsEdit& edit) {
    auto group = withUsualCoreGroup(c, edit.next);
    if (group == edit.next.coreGroup) return;
    edit.next.coreGroup = std::move(group);
    edit.changed = true;
}

std::string coreGroupNames(const Conference& c, const PlanDetails& details) {
    std::string out;
    for (const auto& id : details.coreGroup)
        out += (out.empty() ? "" : ", ") + widget::personName(c, id);
    return out;
}

void drawCoreGroupList(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                       const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const auto people = coreGroupCandidates(c, edit.next);
    const int rows = static_cast<int>(people.size());
    if (!state.showHelp) {
        if (fired(Command::PeopleClose) || fired(Command::PeopleChoose)) {
            st.coreGroupOpen = false;
            return;
        }
        if (fired(Command::PeopleDown)) st.coreGroupRow = std::min(st.coreGroupRow + 1, rows - 1);
        if (fired(Command::PeopleUp)) st.coreGroupRow = std::max(st.coreGroupRow - 1, 0);
        if (fired(Command::PeopleToggle) && st.coreGroupRow >= 0 && st.coreGroupRow < rows)
            toggleCoreGroup(edit, people[static_cast<std::size_t>(st.coreGroupRow)]->id);
    }
    widget::text(shortcut::keysFor(Command::PeopleToggle) + ": in or out.  " +
                     shortcut::keysFor(Command::PeopleChoose) + ": done.",
                 pal.muted);
    if (!ImGui::BeginTable("##coreGroup", 2, ImGuiTableFlags_SizingStretchSame)) return;
    // Down the first column, then down the second: the order Up and Down follow.
    const int half = (rows + 1) / 2;
    for (int cell = 0; cell < 2 * half; ++cell) {
        const int row = cell % 2 == 0 ? cell / 2 : half + cell / 2;
        ImGui::TableNextColumn();
        if (row >= rows) continue;
        const Participant& p = *people[static_cast<std::size_t>(row)];
        bool in = std::find(edit.next.coreGroup.begin(), edit.next.coreGroup.end(), p.id) !=
                  edit.next.coreGroup.end();
        const std::string line = p.name + " (" + std::string(label(p.role)) + ")";
        widget::record(line);
        if (ImGui::Checkbox((line + "##cg" + p.id).c_str(), &in)) {
            toggleCoreGroup(edit, p.id);
            st.coreGroupRow = row;
        }
        if (row == st.coreGroupRow)
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                pal.text, 0, 0, 2);
    }
    ImGui::EndTable();
}

void openCoreGroup(PlanState& st) {
    st.keyWorker.open = false;
    st.coreGroupOpen = true;
    st.coreGroupRow = 0;
}

// ---- fields kept as text while typed ----

// A paragraph: saved when the chair leaves it, or pauses for a moment in it.
// ImGui 1.86 cannot wrap the words of a field being typed in, so the words
// are shown wrapped in a box, and the field takes its place while the chair
// types (a click or the shortcut).
void textArea(const char* id, PlanField& f, std::string& value, bool& wantFocus, float height,
              DetailsEdit& edit, const Palette& pal) {
    // Left some other way than the field knows (another phase, say): saved all the same.
    const bool wasActive = f.active;
    if (!f.active && !wantFocus) {
        f.text = value;
        ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetColorU32(ImGuiCol_FrameBg));
        ImGui::BeginChild(id, {-FLT_MIN, height}, true);
        if (isBlank(value))
            widget::text("Click, or press the keys above, to write.", pal.muted);
        else
            widget::wrapped(value);
        const bool clicked = ImGui::IsWindowHovered() && ImGui::IsMouseClicked(0);
        ImGui::EndChild();
        ImGui::PopStyleColor();
        if (clicked) wantFocus = true;
        return;
    }
    widget::CursorRequest request{ImGui::GetStateStorage(), ImGui::GetID(id) + 1};
    if (wantFocus) {
        ImGui::SetKeyboardFocusHere();
        request.storage->SetBool(request.key, true);
        wantFocus = false;
    }
    const std::string before = f.text;
    const bool escape = ImGui::IsKeyPressed(key::Escape, false);
    ImGui::InputTextMultiline(id, &f.text, {-FLT_MIN, height},
                              ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways,
                              widget::cursorToEnd, &request);
    // Esc in an ImGui field throws away what was typed; here it stops
    // writing and keeps the words.
    if (escape && f.text != before) f.text = before;
    if (f.text != before) f.changedAt = ImGui::GetTime();
    // Focus lands a frame after it is asked for: until then it counts as active.
    f.active = ImGui::IsItemActive() || request.storage->GetBool(request.key);
    const bool paused = f.active && ImGui::GetTime() - f.changedAt > pauseBeforeSaving;
    const bool left = wasActive && !f.active;
    if ((ImGui::IsItemDeactivatedAfterEdit() || paused || left) && f.text != value) {
        value = f.text;
        edit.changed = true;
    }
}

// A line of words, saved with Enter or on leaving it.
void lineField(const char* id, PlanField& f, std::string& value, const char* hint, bool& focus,
               DetailsEdit& edit) {
    const bool wasActive = f.active;
    if (!f.active) f.text = value;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter =
        widget::inputLine(id, f.text, focus, hint, ImGuiInputTextFlags_EnterReturnsTrue);
    f.active = ImGui::IsItemActive();
    if ((enter || (wasActive && !f.active)) && f.text != value) {
        value = f.text;
        edit.changed = true;
    }
}

// ---- dates ----

struct DateRow {
    int index; // in the order shown, for Ctrl+Shift+D and Enter
    const char* label;
    PlanField& field;
    std::optional<Date>& value; // in the edit
    std::optional<Date> suggested;
    std::string rule; // what the rule asks, in words; empty: none
    std::vector<Finding> warnings;
};

void dateRow(ConsoleState& state, DateRow row, DetailsEdit& edit, const Palette& pal) {
    const float em = widget::em();
    auto& f = row.field;
    const bool wasActive = f.active;
    if (!f.active && f.error.empty()) f.text = typedDate(row.value);
    ImGui::PushID(row.label);
    ImGui::AlignTextToFramePadding();
    widget::text(row.label);
    ImGui::SameLine(labelWidth * em);
    ImGui::SetNextItemWidth(6.5f * em);
    auto& st = state.plan;
    bool focus = st.dateFocus == row.index;
    const bool enter = widget::inputLine("##date", f.text, focus, "day/month/year",
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    if (st.dateFocus == row.index && !focus) st.dateFocus = -1;
    // Enter on a date that is a date moves on to the next one.
    if (enter && readDate(f.text).valid) st.dateFocus = row.index + 1;
    f.active = ImGui::IsItemActive();
    if (enter || (wasActive && !f.active)) {
        const auto typed = readDate(f.text);
        if (!typed.valid) {
            f.error = "\"" + trimmed(f.text) + "\": " + typed.problem + ". Not saved.";
        } else {
            f.error.clear();
            if (typed.date != row.value) {
                row.value = typed.date;
                edit.changed = true;
            }
        }
    }
    if (!row.value && row.suggested) {
        ImGui::SameLine();
        if (widget::button("Use " + showDate(*row.suggested))) {
            row.value = row.suggested;
            f.error.clear();
            edit.changed = true;
        }
    }
    // The rule beside a date that is set; under the button of one that is not.
    if (!row.rule.empty() && row.value) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        widget::wrapped(row.rule, pal.muted);
    }
    ImGui::Indent(labelWidth * em);
    if (!row.rule.empty() && !row.value) widget::wrapped(row.rule, pal.muted);
    if (!f.error.empty()) widget::wrapped(f.error, pal.problem);
    for (const auto& w : row.warnings) {
        switch (w.severity) {
        case Severity::Problem:
            widget::wrapped("Problem: " + w.message, pal.problem);
            break;
        case Severity::Warning:
            widget::wrapped("Warning: " + w.message, pal.warning);
            break;
        case Severity::Info:
            widget::wrapped("Note: " + w.message, pal.muted);
            break;
        }
    }
    ImGui::Unindent(labelWidth * em);
    ImGui::PopID();
}

// The findings of checkPlanDates that belong to one date, by the rule or the
// words the rule uses for it.
std::vector<Finding> warningsFor(const std::vector<Finding>& findings,
                                 std::initializer_list<std::string_view> rules,
                                 std::string_view named) {
    std::vector<Finding> out;
    for (const auto& f : findings) {
        const bool byRule = std::find(rules.begin(), rules.end(), f.rule) != rules.end();
        const bool byName =
            f.rule == "date-not-working-day" && std::string_view(f.message).starts_with(named);
        if (byRule || byName) out.push_back(f);
    }
    return out;
}

std::string byWhen(const std::optional<Date>& d, const std::string& rule) {
    return d ? "by " + showDate(*d) + " (" + rule + ")" : std::string();
}

void useSuggestedDates(const Conference& c, ConsoleState& state, DetailsEdit& edit) {
    if (conferencePlan(c) != PlanAfter::ChildProtection) return;
    Conference withEdit = c;
    withEdit.plan.details = edit.next;
    const PlanDetails filled = withComputedDates(withEdit);
    if (filled == edit.next) return;
    edit.next = filled;
    edit.changed = true;
    for (PlanField* f : {&state.plan.firstCoreGroup, &state.plan.reviewConference,
                         &state.plan.coreGroupBeforeReview})
        f->error.clear();
}

// Returns how many dates it showed, for the fields after them.
int drawChildProtectionDates(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                             const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const Timescales due = timescales(c);
    Conference withEdit = c;
    withEdit.plan.details = edit.next;
    const PlanDetails suggested = withComputedDates(withEdit);
    const auto findings = checkPlanDates(c);
    if (!conferenceDate(c)) {
        widget::wrapped("The rules suggest dates once the conference has a date (Prepare).",
                        pal.muted);
    }
    int row = 0;
    // The first core group follows an initial conference; a review has had its own.
    if (c.details.kind != Kind::Review || edit.next.firstCoreGroup)
        dateRow(state,
                {row++, "First core group", st.firstCoreGroup, edit.next.firstCoreGroup,
                 suggested.firstCoreGroup,
                 byWhen(due.firstCoreGroupBy, timescaleRule(c, Timescale::FirstCoreGroup)),
                 warningsFor(findings, {"core-group-late"}, "The first core group")},
                edit, pal);
    dateRow(state,
            {row++, "Review conference", st.reviewConference, edit.next.reviewConference,
             suggested.reviewConference, byWhen(due.reviewBy, timescaleRule(c, Timescale::Review)),
             warningsFor(findings, {"review-before-conference", "review-too-late"},
                         "The review conference")},
            edit, pal);
    dateRow(
        state,
        {row++, "Core group before it", st.coreGroupBeforeReview, edit.next.coreGroupBeforeReview,
         suggested.coreGroupBeforeReview,
         byWhen(due.coreGroupBeforeReviewBy, timescaleRule(c, Timescale::CoreGroupBeforeReview)),
         warningsFor(findings, {"core-group-too-close-to-review"},
                     "The core group before the review")},
        edit, pal);
    const bool anyToFill = (!edit.next.firstCoreGroup && suggested.firstCoreGroup) ||
                           (!edit.next.reviewConference && suggested.reviewConference) ||
                           (!edit.next.coreGroupBeforeReview && suggested.coreGroupBeforeReview);
    if (anyToFill) {
        if (widget::button("Use the suggested dates (" +
                           shortcut::keysFor(Command::UseSuggestedDates) + ")"))
            useSuggestedDates(c, state, edit);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
    }
    widget::text(shortcut::keysFor(Command::EditDates) + ": type the dates", pal.muted);
    return row;
}

std::vector<Id> cinChildren(const Conference& c) {
    std::vector<Id> out;
    for (const auto& ch : c.children)
        if (planAfter(c, ch.id) == PlanAfter::ChildInNeed) out.push_back(ch.id);
    return out;
}

// `first`: the place of its first date among the dates shown (Ctrl+Shift+D, Enter).
void drawChildInNeedDates(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                          const Palette& pal, int first) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    dateRow(state,
            {first, "First CIN review", st.firstCinReview, edit.next.firstCinReview, std::nullopt,
             "",
             warningsFor(checkPlanDates(c), {"cin-review-before-conference"},
                         "The first Child in Need review")},
            edit, pal);
    const float em = widget::em();
    ImGui::AlignTextToFramePadding();
    widget::text("Meetings");
    ImGui::SameLine(labelWidth * em);
    bool focus = st.dateFocus == first + 1;
    lineField("##cinFrequency", st.cinFrequency, edit.next.cinMeetingFrequency,
              "how often the professionals meet, e.g. every 6 weeks", focus, edit);
    if (st.dateFocus == first + 1 && !focus) st.dateFocus = -1;
}

void drawPeople(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit, const Palette& pal,
                PlanAfter mode) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const float em = widget::em();
    ImGui::AlignTextToFramePadding();
    widget::text("Key worker");
    ImGui::SameLine(labelWidth * em);
    const auto& kw = edit.next.keyWorker;
    ImGui::AlignTextToFramePadding();
    widget::text(kw ? widget::personWithRole(c, *kw) : "not chosen yet",
                 kw ? pal.text : pal.warning);
    if (!st.keyWorker.open) {
        ImGui::SameLine();
        if (widget::button("Choose (" + shortcut::keysFor(Command::PickKeyWorker) + ")##keyWorker"))
            openKeyWorker(st);
    }
    for (const auto& f : checkPlanPeople(c, edit.next))
        widget::wrapped(f.message, pal.warning);
    if (st.keyWorker.open) drawKeyWorkerList(view, state, edit, pal);
    if (mode != PlanAfter::ChildProtection) return;

    ImGui::AlignTextToFramePadding();
    widget::text("Core group");
    ImGui::SameLine(labelWidth * em);
    const std::string names = coreGroupNames(c, edit.next);
    if (!st.coreGroupOpen) {
        if (widget::button("Choose (" + shortcut::keysFor(Command::EditCoreGroup) + ")##cg"))
            openCoreGroup(st);
        ImGui::SameLine();
        widget::wrapped(names.empty() ? "no one yet" : names,
                        names.empty() ? pal.warning : pal.text);
        return;
    }
    if (widget::button("Add the key worker, parents and everyone with an action"))
        addUsualCoreGroup(c, edit);
    drawCoreGroupList(view, state, edit, pal);
}

} // namespace

bool peopleListOpen(const PlanState& st) {
    return st.keyWorker.open || st.coreGroupOpen;
}

void detailsKeys(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit, bool typing) {
    auto& st = state.plan;
    const PlanAfter mode = conferencePlan(view.conference);
    if (fired(Command::PickKeyWorker)) openKeyWorker(st);
    if (fired(Command::EditCoreGroup) && mode == PlanAfter::ChildProtection) openCoreGroup(st);
    if (fired(Command::EditKeepingSafe)) st.wantFocus = PlanWords::KeepingSafe;
    if (fired(Command::EditContingency)) st.wantFocus = PlanWords::Contingency;
    if (fired(Command::EditDates)) st.dateFocus = 0;
    if (!typing && fired(Command::UseSuggestedDates))
        useSuggestedDates(view.conference, state, edit);
}

void drawDetails(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                 const Palette& pal) {
    const PlanAfter mode = conferencePlan(view.conference);
    auto& st = state.plan;
    const float em = widget::em();
    if (!ImGui::BeginTable("##details", 2,
                           ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV))
        return;
    ImGui::TableSetupColumn("people and dates", ImGuiTableColumnFlags_WidthStretch, 0.58f);
    ImGui::TableSetupColumn("words", ImGuiTableColumnFlags_WidthStretch, 0.42f);
    ImGui::TableNextColumn();
    if (mode == PlanAfter::ChildInNeed) widget::heading(view.fonts, "Child in Need plan");
    if (mode == PlanAfter::None) widget::heading(view.fonts, "No plan: no dates to keep");
    drawPeople(view, state, edit, pal, mode);
    ImGui::Spacing();
    if (mode == PlanAfter::ChildProtection) {
        const int shown = drawChildProtectionDates(view, state, edit, pal);
        // A brother or sister may have a Child in Need plan beside it: its review too.
        const auto& kids = view.conference.children;
        if (std::any_of(kids.begin(), kids.end(), [&](const Child& ch) {
                return planAfter(view.conference, ch.id) == PlanAfter::ChildInNeed;
            })) {
            ImGui::Spacing();
            widget::heading(view.fonts,
                            "Child in Need plan (" +
                                widget::childNames(view.conference, cinChildren(view.conference)) +
                                ")");
            drawChildInNeedDates(view, state, edit, pal, shown);
        }
    } else if (mode == PlanAfter::ChildInNeed) {
        drawChildInNeedDates(view, state, edit, pal, 0);
    }

    ImGui::TableNextColumn();
    const float lines = 4.5f * ImGui::GetTextLineHeight() + ImGui::GetStyle().FramePadding.y * 2;
    widget::heading(view.fonts, "Keeping the children safe in the meantime (" +
                                    shortcut::keysFor(Command::EditKeepingSafe) + ")");
    bool focusSafe = st.wantFocus == PlanWords::KeepingSafe;
    textArea("##keepingSafe", st.keepingSafe, edit.next.keepingSafe, focusSafe,
             std::max(lines, 3 * em), edit, pal);
    ImGui::Spacing();
    widget::heading(view.fonts, "If things go wrong: the contingency plan (" +
                                    shortcut::keysFor(Command::EditContingency) + ")");
    bool focusContingency = st.wantFocus == PlanWords::Contingency;
    textArea("##contingency", st.contingency, edit.next.contingency, focusContingency,
             std::max(lines, 3 * em), edit, pal);
    if (focusSafe)
        st.wantFocus = PlanWords::KeepingSafe;
    else if (focusContingency)
        st.wantFocus = PlanWords::Contingency;
    else
        st.wantFocus.reset();
    ImGui::EndTable();
}

} // namespace cpc::ui::plan
