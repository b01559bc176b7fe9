// One action written in its own row of the table: what, who (a participant
// by type-ahead, or words such as "Women's Aid outreach"), by when, for which
// children, and at a review how far it got. Enter moves on a field and saves
// on the last; a date that is not a date is refused in words.

#include "domain/child_words.hpp"
#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/board/board.hpp"
#include "ui/plan/plan_panel.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/pick_list.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cstdio>

namespace cpc::ui::plan {
namespace {

using shortcut::Command;
using shortcut::fired;

constexpr std::size_t mostOffered = 6;

std::string folded(const std::string& s) {
    std::string out = trimmed(s);
    for (char& ch : out)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// The people the type-ahead offers for what is typed under "who".
std::vector<Id> whoMatches(const ConsoleView& view, const ActionDraft& d) {
    if (d.whoId || isBlank(d.who)) return {};
    auto matches = pickerMatches(view.conference, view.now, trimmed(d.who));
    if (matches.size() > mostOffered) matches.resize(mostOffered);
    return matches;
}

// Typing a participant's whole name is picking them.
std::optional<Id> personNamed(const Conference& c, const std::string& words) {
    const std::string name = folded(words);
    for (const auto& p : c.participants)
        if (!name.empty() && folded(p.name) == name) return p.id;
    return std::nullopt;
}

void pickWho(const Conference& c, ActionDraft& d, const std::optional<Id>& person) {
    if (person) {
        d.whoId = *person;
        d.who = widget::personName(c, *person);
    }
    d.highlighted = 0;
}

// Enter under "who": the highlighted person, or the words as typed.
void takeWho(const ConsoleView& view, ActionDraft& d) {
    const auto matches = whoMatches(view, d);
    if (d.highlighted < static_cast<int>(matches.size()))
        pickWho(view.conference, d, matches[static_cast<std::size_t>(d.highlighted)]);
    d.focus = ActionField::By;
}

// Where the selection goes when the row closes: the action, or, when it was
// made from the board, the next item still waiting to become one.
void closeDraft(const Conference& c, PlanState& st) {
    const ActionDraft d = st.draft;
    st.editing = false;
    st.draft = {};
    if (d.fromItem) {
        const auto column = itemsIn(c, Column::NeedsToHappen);
        const auto from = std::find_if(column.begin(), column.end(),
                                       [&](const Item* i) { return i->id == *d.fromItem; });
        const auto pending = pendingItems(c, st);
        for (const Item* item : pending)
            if (std::find(from, column.end(), item) != column.end())
                return selectItem(st, item->id);
        if (!pending.empty()) return selectItem(st, pending.front()->id);
    }
    selectAction(st, d.id);
}

// A fortnight on, both ways it may be typed: "17/12/2026 or 2026-12-17".
std::string exampleDate(const ConsoleView& view) {
    using namespace std::chrono;
    const Date d{sys_days{dateOf(view.now)} + days{14}};
    char dayFirst[16];
    std::snprintf(dayFirst, sizeof dayFirst, "%u/%u/%d", static_cast<unsigned>(d.day()),
                  static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
    return std::string(dayFirst) + " or " + formatDate(d);
}

void save(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    auto& d = st.draft;
    d.error.clear();
    const auto date = readDate(d.by);
    if (!date.valid) {
        d.error = "\"" + trimmed(d.by) + "\": " + date.problem +
                  ". Write the day, month and year, for " + "example " + exampleDate(view) + ".";
        d.focus = ActionField::By;
        return;
    }
    const Action* existing = findAction(c, d.id);
    if (!existing && isBlank(d.what) && isBlank(d.who) && !date.date) return closeDraft(c, st);
    if (isBlank(d.what)) {
        d.error = "Say what needs to happen.";
        d.focus = ActionField::What;
        return;
    }
    Action a = existing ? *existing : Action{};
    a.id = d.id;
    a.what = trimmed(d.what);
    a.who = d.whoId ? *d.whoId : personNamed(c, d.who).value_or(trimmed(d.who));
    a.by = date.date;
    a.children = d.children;
    a.progress = d.progress;
    a.outcome = trimmed(d.outcome);
    // Words left as they were made stay made, and follow the action when it changes.
    const std::string own = trimmed(d.forChild);
    a.forChild =
        own.empty() || own == madeChildWords(c, a) ? std::nullopt : std::optional<std::string>(own);
    if (!existing || a != *existing) emit(out, edit::PutAction{a});
    closeDraft(c, st);
    if (!existing) st.made.index = c.plan.actions.size(); // selected once the domain names it
}

void cancel(const Conference& c, PlanState& st) {
    closeDraft(c, st);
}

// Which children, by checkbox: every box ticked is "all the children".
void childrenCell(const Conference& c, ActionDraft& d) {
    for (const auto& child : c.children) {
        bool on = d.children.empty() ||
                  std::find(d.children.begin(), d.children.end(), child.id) != d.children.end();
        widget::record(cpc::firstName(child.name));
        if (!ImGui::Checkbox((cpc::firstName(child.name) + "##" + child.id).c_str(), &on)) continue;
        std::vector<Id> chosen;
        for (const auto& other : c.children) {
            const bool was = d.children.empty() || std::find(d.children.begin(), d.children.end(),
                                                             other.id) != d.children.end();
            if (other.id == child.id ? on : was) chosen.push_back(other.id);
        }
        // None ticked means nothing; all ticked is stored as "all the children".
        if (chosen.empty()) continue;
        d.children = chosen.size() == c.children.size() ? std::vector<Id>{} : chosen;
    }
}

void progressCell(const ConsoleView& view, ActionDraft& d, const Palette& pal) {
    const Action* a = findAction(view.conference, d.id);
    if (!a || !carriedOver(view, *a)) {
        widget::text("new this time", pal.muted);
        return;
    }
    const Progress now = d.progress.value_or(Progress::NotStarted);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##progress", std::string(label(now)).c_str())) {
        for (const auto& p : names<Progress>())
            if (ImGui::Selectable(std::string(p.label).c_str(), p.value == now))
                d.progress = p.value;
        ImGui::EndCombo();
    }
}

// The people offered under "who", on the pick list's rows; the last row
// keeps the words as typed (an action's "who" may be "Housing").
void whoSuggestions(const ConsoleView& view, ActionDraft& d, const Palette& pal) {
    const auto matches = whoMatches(view, d);
    if (matches.empty()) return;
    const int rows = static_cast<int>(matches.size()) + 1;
    d.highlighted = std::clamp(d.highlighted, 0, rows - 1);
    std::vector<PickChoice> choices;
    std::vector<std::size_t> order;
    for (const Id& id : matches) {
        order.push_back(choices.size());
        choices.push_back({.id = id, .line = widget::personWithRole(view.conference, id)});
    }
    if (auto row =
            drawPickRows(choices, order, "Keep the words as typed", d.highlighted, false, pal, 0)) {
        d.highlighted = *row;
        takeWho(view, d);
    }
}

// The action as the draft has it so far, for the words made from it.
Action draftAction(const Conference& c, const ActionDraft& d) {
    Action a;
    a.what = trimmed(d.what);
    a.who = d.whoId ? *d.whoId : personNamed(c, d.who).value_or(trimmed(d.who));
    a.outcome = trimmed(d.outcome);
    return a;
}

// A field that takes the keyboard when the draft's focus says so.
bool field(const char* id, std::string& value, ActionDraft& d, ActionField index,
           const char* hint) {
    bool focus = d.focus == index;
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter =
        widget::inputLine(id, value, focus, hint, ImGuiInputTextFlags_EnterReturnsTrue);
    if (d.focus == index && !focus) d.focus.reset();
    return enter && !key::ctrl(); // Ctrl+Enter saves, in draftKeys
}

} // namespace

void startEditing(const Conference& c, PlanState& st, const Action& a, ActionField focus) {
    st.editing = true;
    st.draft = {};
    auto& d = st.draft;
    d.id = a.id;
    d.what = a.what;
    if (findParticipant(c, a.who)) {
        d.whoId = a.who;
        d.who = widget::personName(c, a.who);
    } else {
        d.who = a.who;
    }
    d.by = typedDate(a.by);
    d.children = a.children;
    d.progress = a.progress;
    d.outcome = a.outcome;
    d.forChild = a.forChild.value_or("");
    d.childEdited = a.forChild.has_value();
    d.focus = focus;
    selectAction(st, a.id);
}

void startNew(PlanState& st) {
    st.editing = true;
    st.draft = {};
    st.draft.focus = ActionField::What;
    st.scrollToSelected = true;
}

void makeAction(const Conference& c, PlanState& st, Intents& out, const Item& item) {
    Action a;
    a.what = trimmed(item.text);
    a.children = item.children;
    a.fromItem = item.id;
    // Words copied from a confidential item are just as confidential.
    a.confidential = item.confidential;
    emit(out, edit::PutAction{a});
    st.made.index = c.plan.actions.size(); // the draft takes its id once it is there
    // Straight on to who and by when, while the room is saying it.
    startEditing(c, st, a, ActionField::Who);
    st.draft.fromItem = item.id;
}

void draftKeys(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    auto& d = st.draft;
    if (fired(Command::ActionCancel)) return cancel(c, st);
    if (fired(Command::ActionSave)) return save(view, state, out);
    // Enter with no field taking it (after a click elsewhere in the row) saves too.
    if (fired(Command::ActionNextField) && !ImGui::IsAnyItemActive() && !d.focus)
        return save(view, state, out);
    if (fired(Command::ActionChildren)) d.children = board::nextChildren(c, d.children);
    const int rows = static_cast<int>(whoMatches(view, d).size()) + 1;
    if (fired(Command::WhoDown)) d.highlighted = std::min(d.highlighted + 1, rows - 1);
    if (fired(Command::WhoUp)) d.highlighted = std::max(d.highlighted - 1, 0);
}

void drawDraftRow(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal,
                  bool childrenColumn, bool progressColumn) {
    const Conference& c = view.conference;
    auto& st = state.plan;
    auto& d = st.draft;
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, pal.selection);
    ImGui::PushID("draft");

    ImGui::TableNextColumn();
    if (st.scrollToSelected) {
        ImGui::SetScrollHereY(0.5f);
        st.scrollToSelected = false;
    }
    if (field("##what", d.what, d, ActionField::What, "what needs to happen, in plain words"))
        d.focus = ActionField::Who;
    // A field of one line cannot wrap: words longer than it are shown in full below.
    if (ImGui::CalcTextSize(d.what.c_str()).x > ImGui::GetItemRectSize().x) {
        widget::wrapped(d.what, pal.muted);
    }
    const bool outcomeEnter = field("##outcome", d.outcome, d, ActionField::SoThat,
                                    "so that ... (what will be different when it is done)");
    // The child's words follow the action as it is typed, until the chair
    // changes them: they are there to change rather than to retype.
    if (!d.childEdited && !d.childActive) d.forChild = madeChildWords(c, draftAction(c, d));
    const bool childEnter = field("##forChild", d.forChild, d, ActionField::ForChild,
                                  "in the child's plan: words a child can read (Tab to here)");
    if (ImGui::IsItemEdited()) d.childEdited = true;
    d.childActive = ImGui::IsItemActive();
    if (!isBlank(d.forChild))
        if (const auto r = readability(d.forChild); !r.easy())
            widget::wrapped(r.jargon.empty() ? "Shorter sentences for a child, please."
                                             : "A child would not know \"" + r.jargon.front() +
                                                   "\": say it in everyday words.",
                            pal.warning);
    if (!d.error.empty()) widget::wrapped(d.error, pal.problem);

    ImGui::TableNextColumn();
    const std::string before = d.who;
    const bool whoEnter = field("##who", d.who, d, ActionField::Who, "name, role or agency");
    if (d.who != before) {
        d.whoId.reset();
        d.highlighted = 0;
    }
    if (whoEnter) takeWho(view, d);
    whoSuggestions(view, d, pal);

    ImGui::TableNextColumn();
    const bool byEnter = field("##by", d.by, d, ActionField::By, "day/month/year");
    if (const auto typed = readDate(d.by); !typed.valid) widget::text(typed.problem, pal.problem);

    if (childrenColumn) {
        ImGui::TableNextColumn();
        childrenCell(c, d);
    }
    if (progressColumn) {
        ImGui::TableNextColumn();
        progressCell(view, d, pal);
    }
    ImGui::TableNextColumn();
    const bool saveClicked = widget::button("Save");
    const bool cancelClicked = widget::button("Cancel");
    ImGui::PopID();

    // Enter on the date goes on to what will be different, once the date reads.
    if (byEnter && readDate(d.by).valid)
        d.focus = ActionField::SoThat;
    else if (byEnter || outcomeEnter || childEnter || saveClicked)
        save(view, state, out);
    else if (cancelClicked)
        cancel(c, st);
}

} // namespace cpc::ui::plan
