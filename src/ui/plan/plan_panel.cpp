// The Plan phase: the outline plan as the conference agrees it. Actions in a
// table (what, who, by when, for which child, what the SMART check misses),
// the board's "needs to happen" items below them, each one key from being an
// action; then the key worker, core group, dates and words of the plan.

#include "ui/plan/plan_panel.hpp"

#include "domain/child_words.hpp"
#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "domain/typed.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace cpc::ui {
namespace plan {

bool atReview(const ConsoleView& view) {
    return cpc::atReview(view.conference, view.previous);
}

bool carriedOver(const ConsoleView& view, const Action& a) {
    return cpc::carriedOver(view.conference, view.previous, a);
}

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

namespace {

std::string folded(const std::string& s) {
    std::string out = trimmed(s);
    for (char& ch : out)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

} // namespace

// Linear in the board and the plan (it runs a few times a frame, at any size):
// the links in a set, and the words of unlinked actions sorted, so those
// starting with an item's words are found by one binary search.
namespace {

std::vector<const Item*> findPending(const Conference& c, const PlanState& st) {
    std::unordered_set<std::string_view> linked;
    std::vector<std::string> unlinked; // folded, sorted
    for (const Action& a : c.plan.actions) {
        if (a.fromItem)
            linked.insert(*a.fromItem);
        else
            unlinked.push_back(folded(a.what));
    }
    std::sort(unlinked.begin(), unlinked.end());
    std::vector<const Item*> out;
    for (const Item* item : itemsIn(c, Column::NeedsToHappen)) {
        if (isBlank(item->text)) continue;
        // Being made into an action: its edit is applied after this frame.
        if (st.editing && st.draft.fromItem == item->id) continue;
        if (linked.contains(item->id)) continue;
        // Actions from older files have no link: one made from an item starts
        // with its words, and often says more.
        const std::string words = folded(item->text);
        auto first = std::lower_bound(unlinked.begin(), unlinked.end(), words);
        if (first != unlinked.end() && first->starts_with(words)) continue;
        out.push_back(item);
    }
    return out;
}

const PlanState::Worked& workedOut(const Conference& c, const PlanState& st) {
    const std::optional<Id> skipped = st.editing ? st.draft.fromItem : std::nullopt;
    auto& w = st.worked;
    if (st.revision != 0 && w.revision == st.revision && w.skipped == skipped) return w;
    w = {st.revision, skipped, findPending(c, st), {}};
    w.withheld.reserve(c.plan.actions.size());
    for (const Action& a : c.plan.actions)
        w.withheld.push_back(withheld(c, a));
    return w;
}

} // namespace

std::vector<const Item*> pendingItems(const Conference& c, const PlanState& st) {
    return workedOut(c, st).pending;
}

Withheld withheldAction(const Conference& c, const PlanState& st, std::size_t index) {
    const auto& w = workedOut(c, st).withheld;
    return index < w.size() ? w[index] : withheld(c, c.plan.actions[index]);
}

MarksByAction marksOf(const std::vector<Finding>& findings) {
    MarksByAction marks;
    for (const auto& f : findings) {
        std::vector<Mark>& out = marks[f.subject];
        if (f.rule == "action-no-what")
            out.push_back({"does not say what", true});
        else if (f.rule == "action-no-owner")
            out.push_back({"no one responsible", false});
        else if (f.rule == "action-no-date")
            out.push_back({"no date", false});
        else if (f.rule == "action-date-past")
            out.push_back({"date passed", false});
        else if (f.rule == "action-no-outcome")
            out.push_back({"no outcome", false});
        else if (f.rule == "child-words-needed" || f.rule == "child-words-hard")
            out.push_back({"child's words", false});
    }
    return marks;
}

std::string whoText(const Conference& c, const std::string& who) {
    if (findParticipant(c, who)) return widget::personWithRole(c, who);
    return who;
}

void selectAction(PlanState& st, const Id& id) {
    st.action = id;
    st.item.reset();
    st.scrollToSelected = true;
}

void selectItem(PlanState& st, const Id& id) {
    st.item = id;
    st.action.reset();
    st.scrollToSelected = true;
}

} // namespace plan

namespace {

using shortcut::Command;
using shortcut::fired;
using namespace plan;

// The rows of the list, in order: every action, then the pending items.
struct Row {
    bool isItem = false;
    Id id;
};

std::vector<Row> rowsOf(const Conference& c, const PlanState& st) {
    std::vector<Row> rows;
    for (const auto& a : c.plan.actions)
        rows.push_back({false, a.id});
    for (const Item* item : pendingItems(c, st))
        rows.push_back({true, item->id});
    return rows;
}

int selectedRow(const std::vector<Row>& rows, const PlanState& st) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        if ((rows[i].isItem ? st.item : st.action) == rows[i].id) return static_cast<int>(i);
    return -1;
}

void selectRow(PlanState& st, const Row& row) {
    if (row.isItem)
        selectItem(st, row.id);
    else
        selectAction(st, row.id);
}

// Undo, a removal or an item made into an action may take the selection away:
// the first row takes it, so the keys always have something to act on.
void keepSelection(const Conference& c, PlanState& st) {
    const auto rows = rowsOf(c, st);
    if (selectedRow(rows, st) >= 0) return;
    st.action.reset();
    st.item.reset();
    if (!rows.empty()) selectRow(st, rows.front());
}

std::size_t indexOf(const Conference& c, const Id& id) {
    const auto& list = c.plan.actions;
    return static_cast<std::size_t>(
        std::find_if(list.begin(), list.end(), [&](const Action& a) { return a.id == id; }) -
        list.begin());
}

void moveAction(const Conference& c, Intents& out, const Action& a, int step) {
    const std::size_t at = indexOf(c, a.id);
    if ((step < 0 && at == 0) || (step > 0 && at + 1 >= c.plan.actions.size())) return;
    emit(out, edit::MoveAction{a.id, step < 0 ? at - 1 : at + 1});
}

void removeAction(const Conference& c, PlanState& st, Intents& out, const Action& a) {
    const auto rows = rowsOf(c, st);
    const int at = selectedRow(rows, st);
    emit(out, edit::RemoveAction{a.id});
    // The neighbour takes the selection, so several can go in a row.
    if (at >= 0 && at + 1 < static_cast<int>(rows.size()))
        selectRow(st, rows[static_cast<std::size_t>(at) + 1]);
    else if (at > 0)
        selectRow(st, rows[static_cast<std::size_t>(at) - 1]);
}

void markProgress(const ConsoleView& view, Intents& out, const Action& a, Progress p) {
    if (!atReview(view) || !carriedOver(view, a) || a.progress == p) return;
    Action changed = a;
    changed.progress = p;
    emit(out, edit::PutAction{changed});
}

void listKeys(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const auto rows = rowsOf(c, st);
    const int at = selectedRow(rows, st);
    const int last = static_cast<int>(rows.size()) - 1;
    if (fired(Command::RowDown) && at < last) selectRow(st, rows[static_cast<std::size_t>(at + 1)]);
    if (fired(Command::RowUp) && at > 0) selectRow(st, rows[static_cast<std::size_t>(at - 1)]);

    if (st.item) {
        if (const Item* item = findItem(c, *st.item); item && fired(Command::EditAction))
            makeAction(c, st, out, *item);
        return;
    }
    const Action* a = st.action ? findAction(c, *st.action) : nullptr;
    if (!a) return;
    if (fired(Command::EditAction)) return startEditing(c, st, *a, ActionField::What);
    if (fired(Command::MoveActionUp)) moveAction(c, out, *a, -1);
    if (fired(Command::MoveActionDown)) moveAction(c, out, *a, 1);
    if (fired(Command::RemoveAction)) return removeAction(c, st, out, *a);
    if (fired(Command::MarkDone)) markProgress(view, out, *a, Progress::Done);
    if (fired(Command::MarkInProgress)) markProgress(view, out, *a, Progress::InProgress);
    if (fired(Command::MarkNotDone)) markProgress(view, out, *a, Progress::NotDone);
    if (fired(Command::ActionConfidential)) {
        Action changed = *a;
        changed.confidential = !changed.confidential;
        emit(out, edit::PutAction{changed});
    }
}

// A click anywhere on a row selects it; a double click edits it.
struct RowClick {
    float top = 0;
    bool hovered() const {
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        return ImGui::IsWindowHovered() && mouse.y >= top &&
               mouse.y < ImGui::GetCursorScreenPos().y;
    }
};

void progressCell(const ConsoleView& view, const Action& a, const Palette& pal) {
    if (!carriedOver(view, a)) {
        widget::text("new this time", pal.muted);
        return;
    }
    const Progress p = a.progress.value_or(Progress::NotStarted);
    const ImU32 colour = p == Progress::Done         ? pal.good
                         : p == Progress::NotDone    ? pal.warning
                         : p == Progress::NotStarted ? pal.muted
                                                     : pal.text;
    widget::text(p == Progress::NotStarted ? "not marked yet" : label(p), colour);
}

void drawActionRow(const ConsoleView& view, ConsoleState& state, const Action& a, std::size_t n,
                   const MarksByAction& smart, const Palette& pal, bool childrenColumn,
                   bool progressColumn) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const bool selected = st.action == a.id;
    ImGui::TableNextRow();
    if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, pal.selection);
    ImGui::TableNextColumn();
    RowClick click{ImGui::GetCursorScreenPos().y};
    // What the family will not see is said in words beside it.
    const Withheld why = withheldAction(c, st, n - 1);
    if (selected && st.scrollToSelected) {
        ImGui::SetScrollHereY(0.3f);
        st.scrollToSelected = false;
    }
    widget::wrapped(std::to_string(n) + ". " + (isBlank(a.what) ? "(what?)" : a.what),
                    isBlank(a.what) ? pal.muted : pal.text);
    if (!isBlank(a.outcome)) widget::wrapped("So that: " + a.outcome, pal.muted);
    // The child's words only for the row in hand: a table of two texts per row is hard to scan.
    if (selected && !a.confidential && why == Withheld::No)
        widget::wrapped("In the child's plan: " + childWords(c, a), pal.muted);
    if (a.confidential)
        widget::text("Confidential: kept from the family (" +
                         shortcut::keysFor(Command::ActionConfidential) + ")",
                     pal.confidential);
    else if (why == Withheld::Confidential)
        widget::text("Kept from the family: made from a confidential item", pal.confidential);
    else if (why == Withheld::SaidWhileOut)
        widget::text("Kept from the family: made from what was said while one of them was out",
                     pal.confidential);
    ImGui::TableNextColumn();
    if (isBlank(a.who))
        widget::text("who?", pal.muted);
    else
        widget::wrapped(whoText(c, a.who));
    ImGui::TableNextColumn();
    widget::text(a.by ? showDate(*a.by) : "by when?", a.by ? pal.text : pal.muted);
    if (childrenColumn) {
        ImGui::TableNextColumn();
        widget::wrapped(widget::childNames(c, a.children));
    }
    if (progressColumn) {
        ImGui::TableNextColumn();
        progressCell(view, a, pal);
    }
    ImGui::TableNextColumn();
    const auto marks = smart.find(a.id);
    if (marks == smart.end() || marks->second.empty()) widget::text("ok", pal.good);
    if (marks != smart.end())
        for (const auto& m : marks->second)
            widget::text(m.words, m.problem ? pal.problem : pal.warning);
    if (click.hovered() && ImGui::IsMouseClicked(0)) {
        selectAction(st, a.id);
        st.scrollToSelected = false;
    }
    if (click.hovered() && ImGui::IsMouseDoubleClicked(0))
        startEditing(c, st, a, ActionField::What);
}

void drawActionsTable(const ConsoleView& view, ConsoleState& state, Intents& out,
                      const Palette& pal) {
    const Conference& c = view.conference;
    const auto& st = state.plan;
    const bool childrenColumn = c.children.size() > 1;
    const bool progressColumn = atReview(view);
    const int columns = 4 + (childrenColumn ? 1 : 0) + (progressColumn ? 1 : 0);
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##actions", columns, flags)) return;
    const float em = widget::em();
    ImGui::TableSetupColumn("What needs to happen", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthFixed, 12 * em);
    ImGui::TableSetupColumn("By when", ImGuiTableColumnFlags_WidthFixed, 7 * em);
    if (childrenColumn) ImGui::TableSetupColumn("For", ImGuiTableColumnFlags_WidthFixed, 6.5f * em);
    if (progressColumn)
        ImGui::TableSetupColumn("Since last time", ImGuiTableColumnFlags_WidthFixed, 7.5f * em);
    ImGui::TableSetupColumn("Check", ImGuiTableColumnFlags_WidthFixed, 8.5f * em);
    ImGui::TableHeadersRow();
    bool draftDrawn = false;
    const MarksByAction smart = marksOf(view.findings); // the rules ran once, for the view
    for (std::size_t i = 0; i < c.plan.actions.size(); ++i) {
        const Action& a = c.plan.actions[i];
        if (st.editing && st.draft.id == a.id) {
            drawDraftRow(view, state, out, pal, childrenColumn, progressColumn);
            draftDrawn = true;
        } else {
            drawActionRow(view, state, a, i + 1, smart, pal, childrenColumn, progressColumn);
        }
    }
    const bool draftLast = state.plan.editing && !draftDrawn;
    if (draftLast) drawDraftRow(view, state, out, pal, childrenColumn, progressColumn);
    ImGui::EndTable();
    // A new action's row grows as it is typed (who is offered, why a date is
    // refused): keep all of it in view, or mistakes happen out of sight.
    if (draftLast && ImGui::GetCursorScreenPos().y > ImGui::GetWindowPos().y +
                                                         ImGui::GetWindowHeight() -
                                                         ImGui::GetStyle().WindowPadding.y)
        ImGui::SetScrollHereY(1.0f);
}

void drawPending(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    const auto pending = pendingItems(c, st);
    if (pending.empty()) return;
    ImGui::Spacing();
    widget::heading(view.fonts, "From the board: what needs to happen, not yet an action",
                    pal.needsToHappen);
    widget::text("Select one and press " + shortcut::keysFor(Command::EditAction) +
                     ": it becomes an action, and you say who and by when.",
                 pal.muted);
    // One line each: only those in sight are drawn, however many there are,
    // and the selected one always, so the view can follow it.
    const int count = static_cast<int>(pending.size());
    int selectedAt = -1;
    for (int i = 0; i < count && st.item; ++i)
        if (pending[static_cast<std::size_t>(i)]->id == *st.item) selectedAt = i;
    ImGuiListClipper clipper;
    clipper.Begin(count);
    if (selectedAt >= 0) clipper.ForceDisplayRangeByIndices(selectedAt, selectedAt + 1);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const Item* item = pending[static_cast<std::size_t>(i)];
            const bool selected = i == selectedAt;
            std::string line = item->text;
            if (c.children.size() > 1 && !item->children.empty())
                line += "  (" + widget::childNames(c, item->children) + ")";
            if (item->confidential) line += "  (confidential)";
            widget::record(line);
            if (selected && st.scrollToSelected) {
                ImGui::SetScrollHereY(0.5f);
                st.scrollToSelected = false;
            }
            ImGui::PushID(item->id.c_str());
            if (ImGui::Selectable(line.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
                selectItem(st, item->id);
                st.scrollToSelected = false;
                if (ImGui::IsMouseDoubleClicked(0)) makeAction(c, st, out, *item);
            }
            ImGui::PopID();
        }
}

void drawHeader(const ConsoleView& view, ConsoleState& state, const Palette& pal) {
    const Conference& c = view.conference;
    const PlanAfter mode = conferencePlan(c);
    if (mode == PlanAfter::ChildInNeed)
        widget::wrapped("Child in Need plan: no child is subject to a child protection plan, so "
                        "there is no core group or review conference; say when the first Child "
                        "in Need review is and how often the professionals meet.",
                        pal.text);
    else if (mode == PlanAfter::None)
        widget::wrapped("No child has a plan after this meeting: there is no plan to agree. "
                        "Anything written here still goes into the record.",
                        pal.muted);
    if (atReview(view)) {
        int carried = 0, marked = 0;
        for (const auto& a : c.plan.actions)
            if (carriedOver(view, a)) {
                ++carried;
                marked += a.progress && *a.progress != Progress::NotStarted ? 1 : 0;
            }
        if (carried > 0)
            widget::wrapped(
                "Review: " + std::to_string(carried) + (carried == 1 ? " action" : " actions") +
                    " carried over from the last plan, " + std::to_string(marked) +
                    " marked. Select one and press " + shortcut::keysFor(Command::MarkDone) +
                    " done, " + shortcut::keysFor(Command::MarkInProgress) + " in progress, " +
                    shortcut::keysFor(Command::MarkNotDone) + " not done.",
                marked < carried ? pal.warning : pal.good);
    }
    (void)state;
}

void drawListHint(const ConsoleView& view, const ConsoleState& state, const Palette& pal) {
    const auto& st = state.plan;
    if (st.editing) {
        widget::text("Enter: next field.  " + shortcut::keysFor(Command::ActionSave) + ": save.  " +
                         shortcut::keysFor(Command::ActionCancel) + ": cancel." +
                         (view.conference.children.size() > 1
                              ? "  " + shortcut::keysFor(Command::ActionChildren) + ": which child."
                              : ""),
                     pal.muted);
        return;
    }
    std::string line = shortcut::keysFor(Command::NewAction) + ": new action.  ";
    if (st.item && findItem(view.conference, *st.item))
        line += shortcut::keysFor(Command::EditAction) + ": make it an action.";
    if (st.action && findAction(view.conference, *st.action))
        line += shortcut::keysFor(Command::EditAction) + ": edit.  " +
                shortcut::keysFor(Command::MoveActionUp) + "/" +
                shortcut::keysFor(Command::MoveActionDown) + ": reorder.  " +
                shortcut::keysFor(Command::RemoveAction) + ": remove.";
    widget::text(line, pal.muted);
}

} // namespace

void drawPlan(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.plan;
    st.revision = view.revision;
    if (auto made = st.made.take(c.plan.actions)) {
        if (st.editing && st.draft.id.empty()) st.draft.id = *made;
        selectAction(st, *made);
    }
    if (!st.editing) keepSelection(c, st);

    DetailsEdit details{c.plan.details, false};
    // Single keys are shortcuts only while no field is taking typing.
    const bool typing = ImGui::GetIO().WantTextInput || ImGui::IsAnyItemActive();
    if (state.showHelp) {
        // The help overlay has the keyboard.
    } else if (peopleListOpen(st)) {
        // The key worker or core group list draws below; its keys come first.
    } else if (st.editing) {
        draftKeys(view, state, out);
    } else {
        detailsKeys(view, state, details, typing);
        // A new action from anywhere in the phase, even from the plan's words.
        if (fired(Command::NewAction))
            startNew(st);
        else if (!typing && !peopleListOpen(st))
            listKeys(view, state, out);
    }

    ImGui::BeginChild("##plan", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    drawHeader(view, state, pal);
    const float em = widget::em();
    const float avail = ImGui::GetContentRegionAvail().y;
    ImGui::AlignTextToFramePadding();
    widget::heading(view.fonts, "Actions (" + std::to_string(c.plan.actions.size()) + ")");
    ImGui::SameLine(0, 2 * em);
    if (widget::button("New action (" + shortcut::keysFor(Command::NewAction) + ")", !st.editing))
        startNew(st);
    ImGui::SameLine(0, 2 * em);
    drawListHint(view, state, pal);
    ImGui::BeginChild("##actionsPane", {0, std::max(avail * 0.47f, 12 * em)}, true);
    if (c.plan.actions.empty() && !st.editing)
        widget::text("No actions yet: press " + shortcut::keysFor(Command::NewAction) +
                         ", or turn what needs to happen into actions below.",
                     pal.muted);
    else
        drawActionsTable(view, state, out, pal);
    drawPending(view, state, out, pal);
    ImGui::EndChild();
    ImGui::Spacing();
    drawDetails(view, state, details, pal);
    ImGui::EndChild();

    if (details.changed && details.next != c.plan.details)
        emit(out, edit::SetPlanDetails{details.next});
}

} // namespace cpc::ui
