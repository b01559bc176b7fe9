#pragma once
// What each child's decision means for them, worked out and said in one
// place: the console's decision and plan editors, the wall's decision and
// plan pages, the decision letter, the outline plan, the record and the
// child's plan all ask here, so no two of them can tell a family different
// things (DOMAIN.md, "The decision and dissent": a review ends a plan "with
// or without a Child in Need plan").

#include "domain/conference.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpc {

// The plan a child has once this conference has decided.
enum class PlanAfter {
    Undecided,       // no outcome yet
    ChildProtection, // a child protection plan, made or continued
    ChildInNeed,     // a Child in Need plan: instead of one, or after one ends
    None,            // no further action, or a plan that ends with nothing after it
};

// An outcome as the chair picks it: a plan that ends is two choices, with a
// Child in Need plan after it or without.
struct OutcomeChoice {
    Outcome outcome = Outcome::Plan;
    bool childInNeedPlan = false;
    bool operator==(const OutcomeChoice&) const = default;
};

// A Child in Need plan can follow only a plan that ends; "child_in_need" is
// one already. Any other outcome with it contradicts itself.
bool fitsTogether(Outcome o, bool childInNeedPlan);
std::optional<OutcomeChoice> choiceOf(const Decision& d);
// The choices usual for the kind of conference, in the order Ctrl+O steps
// through them; then every choice, for Ctrl+Shift+O.
std::vector<OutcomeChoice> usualChoices(Kind kind);
std::vector<OutcomeChoice> everyChoice();
// "End the child protection plan: a Child in Need plan follows".
std::string choiceLabel(const OutcomeChoice& choice);

PlanAfter planAfter(const Decision& d);
// The child's: their decision's; Undecided when they have none.
PlanAfter planAfter(const Conference& c, const Id& child);
// A child protection plan ends at this conference.
bool planEnds(const Decision& d);
// A child protection plan made or continued: the categories belong to it.
bool isPlanOutcome(Outcome o);

// The conference's plan, for what is one page and one editor for all the
// children: a child protection plan when any child has one (or none is
// decided yet), else a Child in Need plan when any child has one, else none.
PlanAfter conferencePlan(const Conference& c);
// Some child is, or will stay, subject to a child protection plan (or
// nothing is decided yet): the core group and the review follow.
bool planInForce(const Conference& c);

// ---- the words, for each reader ----

// The title of the plan the conference agreed: "Outline child protection
// plan", "Child in Need plan", "No plan".
std::string_view planTitle(PlanAfter plan);

// "neglect", "physical abuse and emotional abuse", as inside a sentence.
std::string categoryWords(const std::vector<Category>& categories);
// The decision in a sentence, naming the child as the reader knows them
// ("Zoë" on the wall, "Zoë Nowak" in a letter): "Zoë will have a child
// protection plan under the category of neglect." Empty when undecided.
std::string decisionSentence(const Decision& d, std::string_view child);
// The outcome as a table's cell or a line says it: "Child protection plan",
// "The plan ends: a Child in Need plan follows", "Not decided yet".
std::string outcomeWords(const Decision* d);
// What the meeting decided, told to the child in their own plan, one sentence
// each: never "your family does not need a plan" (a brother may keep one),
// and never that a child who keeps help needs none.
std::vector<std::string> outcomeForChild(const Decision* d, bool young);

} // namespace cpc
