// What each child's decision means for them, at the boundaries: a plan that
// ends with a Child in Need plan after it, and without; the conference's plan
// over mixed outcomes; the words each reader is given.
#include "domain/edit.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

Decision decided(std::optional<Outcome> o, bool cin = false, std::vector<Category> cats = {}) {
    Decision d;
    d.child = "c1";
    d.outcome = o;
    d.childInNeedPlan = cin;
    d.categories = std::move(cats);
    return d;
}

Conference withDecisions(std::vector<Decision> decisions) {
    Conference c;
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        const Id id = "c" + std::to_string(i + 1);
        c.children.push_back({.id = id, .name = "Child " + std::to_string(i + 1)});
        decisions[i].child = id;
    }
    c.decisions = std::move(decisions);
    return c;
}

} // namespace

TEST_CASE("the plan each outcome leaves a child with", "[outcome]") {
    CHECK(planAfter(decided(std::nullopt)) == PlanAfter::Undecided);
    CHECK(planAfter(decided(Outcome::Plan)) == PlanAfter::ChildProtection);
    CHECK(planAfter(decided(Outcome::ContinuePlan)) == PlanAfter::ChildProtection);
    CHECK(planAfter(decided(Outcome::ChildInNeed)) == PlanAfter::ChildInNeed);
    CHECK(planAfter(decided(Outcome::NoFurtherAction)) == PlanAfter::None);
    // Seed 004: a review ends a plan "with or without a Child in Need plan".
    CHECK(planAfter(decided(Outcome::EndPlan, true)) == PlanAfter::ChildInNeed);
    CHECK(planAfter(decided(Outcome::EndPlan, false)) == PlanAfter::None);
    CHECK(planEnds(decided(Outcome::EndPlan, true)));
    CHECK_FALSE(planEnds(decided(Outcome::ChildInNeed)));
    // A child without a decision has none yet.
    Conference c = withDecisions({decided(Outcome::Plan)});
    c.children.push_back({.id = "c9", .name = "Nobody Decided"});
    CHECK(planAfter(c, "c9") == PlanAfter::Undecided);
    CHECK(planAfter(c, "c1") == PlanAfter::ChildProtection);
}

TEST_CASE("a Child in Need plan follows only a plan that ends", "[outcome]") {
    for (const auto& n : names<Outcome>()) {
        INFO(n.token);
        CHECK(fitsTogether(n.value, false));
        CHECK(fitsTogether(n.value, true) ==
              (n.value == Outcome::EndPlan || n.value == Outcome::ChildInNeed));
    }
    // The edit that would say both is refused, and the conference kept as it was.
    Conference c = withDecisions({decided(Outcome::Plan)});
    const Conference before = c;
    CHECK_THROWS_WITH(applyEdit(c, edit::SetOutcome{"c1", Outcome::ContinuePlan, {}, true}),
                      Catch::Contains("a Child in Need plan follows only"));
    CHECK(c == before);
    applyEdit(c, edit::SetOutcome{"c1", Outcome::EndPlan, {}, true});
    CHECK(planAfter(c, "c1") == PlanAfter::ChildInNeed);
}

TEST_CASE("the conference's plan: a child protection plan wins, then a Child in Need plan",
          "[outcome]") {
    CHECK(conferencePlan(Conference{}) == PlanAfter::ChildProtection); // nothing decided yet
    CHECK(conferencePlan(withDecisions({decided(std::nullopt), decided(Outcome::ChildInNeed)})) ==
          PlanAfter::ChildProtection);
    CHECK(conferencePlan(
              withDecisions({decided(Outcome::EndPlan, false), decided(Outcome::EndPlan, true)})) ==
          PlanAfter::ChildInNeed);
    CHECK(conferencePlan(withDecisions({decided(Outcome::EndPlan, false),
                                        decided(Outcome::NoFurtherAction)})) == PlanAfter::None);
    CHECK(conferencePlan(
              withDecisions({decided(Outcome::NoFurtherAction), decided(Outcome::ContinuePlan)})) ==
          PlanAfter::ChildProtection);
    CHECK(planInForce(withDecisions({decided(Outcome::Plan)})));
    CHECK_FALSE(planInForce(withDecisions({decided(Outcome::EndPlan, true)})));
}

TEST_CASE("the choices the chair steps through, by kind of conference", "[outcome]") {
    using C = OutcomeChoice;
    CHECK(usualChoices(Kind::Initial) ==
          std::vector<C>{{Outcome::Plan}, {Outcome::ChildInNeed}, {Outcome::NoFurtherAction}});
    CHECK(usualChoices(Kind::Transfer) == usualChoices(Kind::Initial));
    CHECK(usualChoices(Kind::Review) == std::vector<C>{{Outcome::ContinuePlan},
                                                       {Outcome::EndPlan, true},
                                                       {Outcome::EndPlan, false}});
    // Every outcome once, and ending a plan twice.
    CHECK(everyChoice().size() == names<Outcome>().size() + 1);
    for (const C& choice : everyChoice()) {
        CHECK(fitsTogether(choice.outcome, choice.childInNeedPlan));
        Decision d = decided(choice.outcome, choice.childInNeedPlan);
        CHECK(choiceOf(d) == choice);
    }
    CHECK(choiceLabel({Outcome::EndPlan, true}) ==
          "End the child protection plan: a Child in Need plan follows");
    CHECK(choiceLabel({Outcome::EndPlan, false}) ==
          "End the child protection plan: no plan after it");
    CHECK_FALSE(choiceOf(decided(std::nullopt)));
}

TEST_CASE("each decision in one sentence, categories in plain words", "[outcome]") {
    CHECK(categoryWords({Category::Neglect}) == "neglect");
    CHECK(categoryWords({Category::Physical, Category::Emotional, Category::Neglect}) ==
          "physical abuse, emotional abuse and neglect");
    CHECK(decisionSentence(decided(Outcome::Plan, false, {Category::Neglect}), "Zoë") ==
          "Zoë will have a child protection plan under the category of neglect.");
    CHECK(decisionSentence(
              decided(Outcome::ContinuePlan, false, {Category::Neglect, Category::Emotional}),
              "Lena Nowak") == "Lena Nowak's child protection plan will continue under "
                               "the categories of neglect and emotional abuse.");
    CHECK(decisionSentence(decided(Outcome::EndPlan, true), "Kacper") ==
          "Kacper's child protection plan will end, and a Child in Need plan will follow.");
    CHECK(decisionSentence(decided(Outcome::EndPlan, false), "Kacper") ==
          "Kacper's child protection plan will end, with no plan after it.");
    CHECK(decisionSentence(decided(Outcome::ChildInNeed), "Zoë") ==
          "Zoë will have a Child in Need plan, not a child protection plan.");
    CHECK(decisionSentence(decided(Outcome::NoFurtherAction), "Zoë")
              .starts_with("Zoë will not have a child protection plan"));
    CHECK(decisionSentence(decided(std::nullopt), "Zoë").empty());
    CHECK(outcomeWords(nullptr) == "Not decided yet");
    CHECK(outcomeWords(&static_cast<const Decision&>(decided(Outcome::EndPlan, true))) ==
          "Child protection plan ends: a Child in Need plan follows");
}

TEST_CASE("the child is told what was decided for them, never for their family", "[outcome]") {
    for (bool young : {false, true})
        for (const auto& choice : everyChoice()) {
            const Decision d = decided(choice.outcome, choice.childInNeedPlan);
            INFO(choiceLabel(choice) << (young ? ", young" : ""));
            std::string all;
            for (const auto& s : outcomeForChild(&d, young))
                all += s + " ";
            CHECK_FALSE(all.empty());
            CHECK(all.find("your family does not need") == std::string::npos);
            const bool keepsHelp = planAfter(d) == PlanAfter::ChildProtection ||
                                   planAfter(d) == PlanAfter::ChildInNeed;
            // A child who keeps help is never told they need no plan.
            CHECK((all.find("do not need a plan") != std::string::npos) == !keepsHelp);
            CHECK((all.find("still get some help") != std::string::npos) ==
                  (keepsHelp && planEnds(d)));
        }
    CHECK(outcomeForChild(nullptr, false).front() == "They have not decided everything yet.");
}
