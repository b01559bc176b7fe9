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

TEST_CASE("a plan's categories that differ from the decision's are offered as a dissent",
          "[decision]") {
    Conference c = meeting();
    Decision d{.child = "c1", .outcome = Outcome::Plan, .categories = {Category::Emotional}};
    d.views = {{"p2", Recommendation::Plan, {Category::Neglect}}};
    CHECK(agrees(d.views[0].recommendation, *d.outcome)); // plan or no plan: the same side
    CHECK(differsByCategory(d.views[0], d));
    CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"});

    SECTION("the same categories in another order do not differ") {
        d.categories = {Category::Neglect, Category::Emotional};
        d.views[0].categories = {Category::Emotional, Category::Neglect};
        CHECK_FALSE(differsByCategory(d.views[0], d));
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("a category named twice is still the one category") {
        d.views[0].categories = {Category::Emotional, Category::Emotional};
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("categories all among the decision's do not differ: their worry is recognised") {
        d.categories = {Category::Emotional, Category::Neglect};
        d.views[0].categories = {Category::Neglect};
        CHECK_FALSE(differsByCategory(d.views[0], d));
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("one category outside the decision's differs, however many are inside") {
        d.categories = {Category::Emotional, Category::Neglect};
        d.views[0].categories = {Category::Neglect, Category::Sexual};
        CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"});
    }
    SECTION("more categories than the decision's differ") {
        d.views[0].categories = {Category::Emotional, Category::Physical};
        CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"});
    }
    SECTION("a plan recommended without categories does not differ by category") {
        d.views[0].categories.clear();
        CHECK_FALSE(differsByCategory(d.views[0], d));
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("nor while the decision has no category yet") {
        d.categories.clear();
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("a continued plan is compared by category too") {
        d.outcome = Outcome::ContinuePlan;
        CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"});
    }
    SECTION("outcome not a plan: categories do not matter") {
        d.outcome = Outcome::ChildInNeed;
        d.categories.clear();
        CHECK_FALSE(differsByCategory(d.views[0], d));
        CHECK(dissentToOffer(c, d) == std::vector<Id>{"p2"}); // offered for the plan itself
        d.views[0] = {"p2", Recommendation::NoPlan, {Category::Neglect}};
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("recorded already: not offered again") {
        d.dissent = {{"p2", "Neglect is the bigger worry."}};
        CHECK(dissentToOffer(c, d).empty());
    }
    SECTION("the parent who names another category is not offered") {
        d.views = {{"p1", Recommendation::Plan, {Category::Neglect}}};
        CHECK(dissentToOffer(c, d).empty());
    }
}
