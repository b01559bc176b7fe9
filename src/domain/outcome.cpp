#include "domain/outcome.hpp"

#include "domain/names.hpp"
#include "domain/words.hpp"

#include <algorithm>

namespace cpc {
namespace {

std::string underCategories(const Decision& d) {
    if (d.categories.empty()) return {};
    return (d.categories.size() > 1 ? " under the categories of " : " under the category of ") +
           categoryWords(d.categories);
}

} // namespace

bool fitsTogether(Outcome o, bool childInNeedPlan) {
    return !childInNeedPlan || o == Outcome::EndPlan || o == Outcome::ChildInNeed;
}

std::optional<OutcomeChoice> choiceOf(const Decision& d) {
    if (!d.outcome) return std::nullopt;
    return OutcomeChoice{*d.outcome, *d.outcome == Outcome::EndPlan && d.childInNeedPlan};
}

std::vector<OutcomeChoice> usualChoices(Kind kind) {
    if (kind == Kind::Review)
        return {{Outcome::ContinuePlan}, {Outcome::EndPlan, true}, {Outcome::EndPlan, false}};
    return {{Outcome::Plan}, {Outcome::ChildInNeed}, {Outcome::NoFurtherAction}};
}

std::vector<OutcomeChoice> everyChoice() {
    std::vector<OutcomeChoice> out;
    for (const auto& n : names<Outcome>()) {
        if (n.value == Outcome::EndPlan) out.push_back({n.value, true});
        out.push_back({n.value, false});
    }
    return out;
}

std::string choiceLabel(const OutcomeChoice& choice) {
    if (choice.outcome != Outcome::EndPlan) return std::string(label(choice.outcome));
    return std::string(label(choice.outcome)) +
           (choice.childInNeedPlan ? ": a Child in Need plan follows" : ": no plan after it");
}

bool isPlanOutcome(Outcome o) {
    return o == Outcome::Plan || o == Outcome::ContinuePlan;
}

PlanAfter planAfter(const Decision& d) {
    if (!d.outcome) return PlanAfter::Undecided;
    switch (*d.outcome) {
    case Outcome::Plan:
    case Outcome::ContinuePlan:
        return PlanAfter::ChildProtection;
    case Outcome::ChildInNeed:
        return PlanAfter::ChildInNeed;
    case Outcome::EndPlan:
        return d.childInNeedPlan ? PlanAfter::ChildInNeed : PlanAfter::None;
    case Outcome::NoFurtherAction:
        return PlanAfter::None;
    }
    return PlanAfter::Undecided;
}

PlanAfter planAfter(const Conference& c, const Id& child) {
    const Decision* d = findDecision(c, child);
    return d ? planAfter(*d) : PlanAfter::Undecided;
}

bool planEnds(const Decision& d) {
    return d.outcome == Outcome::EndPlan;
}

PlanAfter conferencePlan(const Conference& c) {
    if (c.decisions.empty()) return PlanAfter::ChildProtection;
    bool childInNeed = false;
    for (const auto& d : c.decisions) {
        const PlanAfter p = planAfter(d);
        if (p == PlanAfter::ChildProtection || p == PlanAfter::Undecided)
            return PlanAfter::ChildProtection;
        childInNeed = childInNeed || p == PlanAfter::ChildInNeed;
    }
    return childInNeed ? PlanAfter::ChildInNeed : PlanAfter::None;
}

bool planInForce(const Conference& c) {
    return conferencePlan(c) == PlanAfter::ChildProtection;
}

std::string_view planTitle(PlanAfter plan) {
    switch (plan) {
    case PlanAfter::Undecided:
    case PlanAfter::ChildProtection:
        return "Outline child protection plan";
    case PlanAfter::ChildInNeed:
        return "Child in Need plan";
    case PlanAfter::None:
        return "No plan";
    }
    return {};
}

std::string categoryWords(const std::vector<Category>& categories) {
    std::vector<std::string> words;
    for (Category cat : categories)
        words.push_back(lowerFirst(label(cat)));
    return joinWithAnd(words);
}

std::string decisionSentence(const Decision& d, std::string_view child) {
    if (!d.outcome) return {};
    const std::string name(child);
    switch (*d.outcome) {
    case Outcome::Plan:
        return name + " will have a child protection plan" + underCategories(d) + ".";
    case Outcome::ChildInNeed:
        return name + " will have a Child in Need plan, not a child protection plan.";
    case Outcome::NoFurtherAction:
        return name + " will not have a child protection plan, and no further action will be "
                      "taken under child protection procedures.";
    case Outcome::ContinuePlan:
        return name + "'s child protection plan will continue" + underCategories(d) + ".";
    case Outcome::EndPlan:
        return d.childInNeedPlan
                   ? name + "'s child protection plan will end, and a Child in Need plan will "
                            "follow."
                   : name + "'s child protection plan will end, with no plan after it.";
    }
    return {};
}

std::string outcomeWords(const Decision* d) {
    if (!d || !d->outcome) return "Not decided yet";
    switch (*d->outcome) {
    case Outcome::Plan:
        return "Child protection plan";
    case Outcome::ChildInNeed:
        return "Child in Need plan (no child protection plan)";
    case Outcome::NoFurtherAction:
        return "No further action";
    case Outcome::ContinuePlan:
        return "Child protection plan continues";
    case Outcome::EndPlan:
        return d->childInNeedPlan ? "Child protection plan ends: a Child in Need plan follows"
                                  : "Child protection plan ends: no plan after it";
    }
    return {};
}

std::vector<std::string> outcomeForChild(const Decision* d, bool young) {
    const std::string who = young ? "They decided" : "The meeting decided";
    switch (d ? planAfter(*d) : PlanAfter::Undecided) {
    case PlanAfter::Undecided:
        return {"They have not decided everything yet.", "Someone will tell you when they have."};
    case PlanAfter::ChildProtection:
    case PlanAfter::ChildInNeed:
        // A plan that ends with a Child in Need plan after it is, to the
        // child, their plan changing: help goes on.
        if (planEnds(*d))
            return {who + " to change your plan.",
                    young ? "Your family will still get some help."
                          : "You and your family will still get some help.",
                    "This page tells you about it."};
        if (young)
            return {"They decided that your family needs some extra help.", "So there is a plan."};
        return {"The meeting decided that you and your family need some extra help.",
                "So there is a plan. This page tells you what it says."};
    case PlanAfter::None:
        if (planEnds(*d))
            return {who + " that your plan can end now.", "You do not need a plan any more."};
        return {who + " that you do not need a plan."};
    }
    return {};
}

} // namespace cpc
