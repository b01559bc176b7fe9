#include "domain/decision_support.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
Conference meeting() {
    Conference c;
    c.children = {{"c1", "Zoë"}};
    c.participants = {{"p1", "Mum", Role::Parent},
                      {"p2", "Sam", Role::SocialWorker},
                      {"p3", "PC Lee", Role::Police},
                      {"p4", "Tom", Role::Education},
                      {"p5", "Dr Ahmed", Role::Gp}};
    return c;
}
} // namespace

TEST_CASE("the tally counts professionals only", "[decision]") {
    Conference c = meeting();
    Decision d{.child = "c1"};
    d.views = {{"p1", Recommendation::NoPlan},
               {"p2", Recommendation::Plan, {Category::Emotional}},
               {"p3", Recommendation::Plan, {Category::Emotional, Category::Physical}},
               {"p4", Recommendation::NoPlan}};
    auto t = tallyOf(c, d);
    CHECK(t.plan == 2);
    CHECK(t.noPlan == 1);
    CHECK(t.categories[static_cast<std::size_t>(Category::Emotional)] == 2);
    CHECK(t.categories[static_cast<std::size_t>(Category::Physical)] == 1);
}

TEST_CASE("recommendations agree with outcomes of the same side", "[decision]") {
    CHECK(agrees(Recommendation::Plan, Outcome::Plan));
    CHECK(agrees(Recommendation::Plan, Outcome::ContinuePlan));
    CHECK_FALSE(agrees(Recommendation::Plan, Outcome::ChildInNeed));
    CHECK(agrees(Recommendation::NoPlan, Outcome::ChildInNeed));
    CHECK(agrees(Recommendation::NoPlan, Outcome::NoFurtherAction));
    CHECK(agrees(Recommendation::NoPlan, Outcome::EndPlan));
    CHECK_FALSE(agrees(Recommendation::NoPlan, Outcome::ContinuePlan));
}

TEST_CASE("every professional who differs from the outcome is offered as a dissent", "[decision]") {
    Conference c = meeting();
    Decision d{.child = "c1"};
    d.views = {{"p1", Recommendation::NoPlan},
               {"p2", Recommendation::Plan},
               {"p4", Recommendation::NoPlan},
               {"p5", Recommendation::NoPlan}};
    CHECK(dissentToOffer(c, d).empty()); // no outcome yet
    d.outcome = Outcome::Plan;
    CHECK(dissentToOffer(c, d) == std::vector<Id>{"p4", "p5"}); // the parent is not offered
    d.dissent = {{"p4", "CIN is enough"}};
    CHECK(dissentToOffer(c, d) == std::vector<Id>{"p5"});
    d.outcome = Outcome::ChildInNeed;
    CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"});
}
