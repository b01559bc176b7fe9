#pragma once
// The Decision phase's parts, shared by its source files: the child tabs,
// the hold on leaving without reasons, the threshold and the professionals'
// recommendations (decision_panel.cpp); the chair's outcome, reasons,
// dissent, the parents' view and what the rules found (decision_panel_outcome.cpp);
// writing words at length (decision_panel_words.cpp).

#include "domain/conference.hpp"
#include "domain/outcome.hpp"
#include "domain/typed.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"
#include "ui/widgets/theme.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::ui::decision {

void emit(Intents& out, Edit e);
// Without the spaces and new lines at the end, which mean nothing in the record.
std::string trimmedEnd(std::string s);
// The professional's recommendation; null when they have given none.
const View* viewOf(const Decision& d, const Id& who);

// The child's decision as recorded, or an empty one for that child.
Decision decisionOf(const Conference& c, const Id& child);

// The reasons as they stand: the words being written when they are the reasons.
std::string reasonsNow(const Conference& c, const DecisionState& st, const Id& child);
// The first child (the selected one first) whose decision has an outcome and
// no reasons; nullopt when every outcome has its reasons.
std::optional<Id> missingReasons(const Conference& c, const DecisionState& st);
std::string missingReasonsMessage(const Conference& c, const Id& child);

// Writing words: one field at a time, named by `key` (ui/contract/console_state.hpp).
void startWriting(DecisionState& st, const DecisionWords& key, const std::string& text);
// Saves the words being written (when they differ from the record) and stops.
void saveWriting(const Conference& c, DecisionState& st, Intents& out);
// The words of `key` in the record.
std::string storedWords(const Conference& c, const Id& child, const DecisionWords& key);
// Before an edit that carries the words of `key` with another change: the
// words as they stand now. Words being written for `key` go with that edit;
// words being written elsewhere are saved first.
std::string takeWords(const Conference& c, DecisionState& st, Intents& out,
                      const DecisionWords& key);

// A long text: read as wrapped words, written in a box. A click or
// `startWriting` opens the box; Enter, Esc or clicking elsewhere saves.
void longText(const ConsoleView& view, ConsoleState& state, Intents& out, const DecisionWords& key,
              const std::string& placeholder, float lines, const Palette& pal);

// Ctrl+R: this child's decision on the projector, or off it.
void toggleProjector(ConsoleState& state, const Id& child);

void drawOutcome(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal);
void drawDissent(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal);
// Whose views of the decision are asked: each parent and carer invited, and
// "the parents together" (an empty id) when a file from before gave one view.
std::vector<Id> parentsWithViews(const Conference& c, const Decision& d);
// The parent the keys act on: the one chosen, else the first.
Id selectedParent(const DecisionState& st, const std::vector<Id>& parents);
void drawParents(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal);
void drawFindings(const ConsoleView& view, const Decision& d, const Palette& pal);
// The views of the child (decision_panel_views.cpp): listed, and written in a
// small form that has the keys while it is open.
void drawChildViews(const ConsoleView& view, ConsoleState& state, Intents& out, const Child& child,
                    const Palette& pal);
void openChildView(const Conference& c, DecisionState& st);
// Ctrl+D: the first professional who differs from the outcome, recorded as dissenting.
void offerNextDissent(const Conference& c, DateTime now, DecisionState& st, Intents& out,
                      const Decision& d);
// Records `who` as dissenting, their own words to start with, and opens those words.
void recordDissentOf(const Conference& c, DecisionState& st, Intents& out, const Decision& d,
                     const Id& who);

// The outcome as the chair picks it (domain/outcome.hpp); nullopt: not decided.
void setOutcome(Intents& out, const Decision& d, std::optional<OutcomeChoice> o);

// The dissent the chair's keys act on; null when none is recorded.
const Dissent* selectedDissent(const DecisionState& st, const Decision& d);
// Those not yet dissenting, and not offered as differing, who may still dissent.
std::vector<Id> othersWhoMayDissent(const Conference& c, const Decision& d);

// The chair's side by keyboard: outcome, categories, words, dissent, the parents' view.
void chairKeys(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d);

} // namespace cpc::ui::decision
