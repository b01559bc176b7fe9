#pragma once
// The Plan phase's parts, shared by its source files: the list of actions and
// its keys (plan_panel.cpp), the action being written in its row
// (plan_panel_action.cpp), and the plan's details: key worker, core group,
// dates, keeping safe, contingency (plan_panel_details.cpp).

#include "domain/conference.hpp"
#include "domain/outcome.hpp"
#include "domain/review.hpp"
#include "domain/rules.hpp"
#include "domain/typed.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"
#include "ui/widgets/theme.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace cpc::ui::plan {

// A review conference: the last plan's actions are marked done or not.
bool atReview(const ConsoleView& view);
// An action the last conference agreed, carried over to this review.
bool carriedOver(const ConsoleView& view, const Action& a);

// The board's "what needs to happen" items not yet turned into actions.
std::vector<const Item*> pendingItems(const Conference& c, const PlanState& st);
// What the family may not see of the action at `index` (domain/disclosure.hpp).
Withheld withheldAction(const Conference& c, const PlanState& st, std::size_t index);

void emit(Intents& out, Edit e);

// The SMART check of one action in a few words each: "no one responsible".
struct Mark {
    std::string words;
    bool problem = false;
};
// The SMART check of every action, from the rules' findings (ConsoleView::findings).
using MarksByAction = std::unordered_map<Id, std::vector<Mark>>;
MarksByAction marksOf(const std::vector<Finding>& findings);

// Who does it, in words: a participant's name and role, or the words typed.
std::string whoText(const Conference& c, const std::string& who);

// Selecting a row of the list.
void selectAction(PlanState& st, const Id& id);
void selectItem(PlanState& st, const Id& id);

// The action in its row, as the chair writes it.
void startEditing(const Conference& c, PlanState& st, const Action& a, ActionField focus);
void startNew(PlanState& st);
// Turns a board item into an action (one edit) and opens it at "who".
void makeAction(const Conference& c, PlanState& st, Intents& out, const Item& item);
// Keys while an action is being written: Esc, Ctrl+Enter, Ctrl+K, Up/Down.
void draftKeys(const ConsoleView& view, ConsoleState& state, Intents& out);
// The cells of the row being written, one per table column, in order.
void drawDraftRow(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal,
                  bool childrenColumn, bool progressColumn);

// The plan's details. Changes go into `next` (one SetPlanDetails a frame, so
// two changes in one frame never overwrite each other); `changed` says so.
struct DetailsEdit {
    PlanDetails next;
    bool changed = false;
};
// Ctrl+W, Ctrl+G, Ctrl+M, Ctrl+I, Ctrl+D.
void detailsKeys(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit, bool typing);
// The key worker or core group list, while open, takes the keys first.
bool peopleListOpen(const PlanState& st);
void drawDetails(const ConsoleView& view, ConsoleState& state, DetailsEdit& edit,
                 const Palette& pal);

} // namespace cpc::ui::plan
