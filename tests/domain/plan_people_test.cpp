// Who the plan's people are: the key worker and the core group, by rule.
#include "domain/names.hpp"
#include "domain/plan_people.hpp"
#include "domain/rules.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

Conference people() {
    Conference c;
    c.participants = {
        {"ch", "Ruth Ames", Role::Chair},        {"mt", "Bo Lee", Role::MinuteTaker},
        {"in", "Ana Pires", Role::Interpreter},  {"mum", "Gemma Hartley", Role::Parent},
        {"nan", "Rose Hartley", Role::Carer},    {"sw", "Aisha Rahman", Role::SocialWorker},
        {"hv", "Kim Shaw", Role::HealthVisitor}, {"sup", "Jo Tate", Role::Supporter}};
    return c;
}

} // namespace

TEST_CASE("the key worker is a professional, usually a social worker", "[plan_people]") {
    for (const auto& n : names<Role>()) {
        INFO(n.token);
        CHECK(mayBeKeyWorker(n.value) == isProfessional(n.value));
        CHECK(isUsualKeyWorker(n.value) == (n.value == Role::SocialWorker));
    }
    Conference c = people();
    CHECK(checkPlanPeople(c).empty()); // no key worker yet: nothing to say
    c.plan.details.keyWorker = "sw";
    CHECK(checkPlanPeople(c).empty());
    c.plan.details.keyWorker = "hv";
    const auto found = checkPlanPeople(c);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "key-worker-not-social-worker");
    CHECK(found[0].message == "The key worker, Kim Shaw (Health visitor), is not a social worker: "
                              "the key worker is usually a qualified social worker.");
    // As the chair changes it, before it is saved.
    PlanDetails next = c.plan.details;
    next.keyWorker = "sw";
    CHECK(checkPlanPeople(c, next).empty());
}

TEST_CASE("the core group: not those who run or serve the meeting, unless already in it",
          "[plan_people]") {
    Conference c = people();
    auto ids = [](const std::vector<const Participant*>& ps) {
        std::vector<Id> out;
        for (const Participant* p : ps)
            out.push_back(p->id);
        return out;
    };
    CHECK(ids(coreGroupCandidates(c, {})) == std::vector<Id>{"mum", "nan", "sw", "hv", "sup"});
    PlanDetails plan;
    plan.coreGroup = {"in"}; // put there before: offered, so it can be taken out
    CHECK(ids(coreGroupCandidates(c, plan)).front() == "in");
}

TEST_CASE("the usual core group: key worker, parents and carers, everyone with an action",
          "[plan_people]") {
    Conference c = people();
    c.plan.actions = {{.id = "a1", .what = "Visit weekly", .who = "hv"},
                      {.id = "a2", .what = "Parenting course", .who = "Family Support Team"},
                      {.id = "a3", .what = "Check in", .who = "sw"}};
    PlanDetails plan;
    plan.keyWorker = "sw";
    plan.coreGroup = {"sup"};
    CHECK(withUsualCoreGroup(c, plan) == std::vector<Id>{"sup", "sw", "mum", "nan", "hv"});
    plan.coreGroup = withUsualCoreGroup(c, plan);
    CHECK(withUsualCoreGroup(c, plan) == plan.coreGroup); // each once
}

TEST_CASE("the first Child in Need review comes after the conference, on a working day",
          "[rules]") {
    Conference c;
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.decisions = {{.child = "c1", .outcome = Outcome::ChildInNeed}};
    c.plan.details.firstCinReview = parseDate("2026-12-03");
    auto found = checkPlanDates(c);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "cin-review-before-conference");
    c.plan.details.firstCinReview = parseDate("2026-12-05"); // a Saturday
    found = checkPlanDates(c);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "date-not-working-day");
    CHECK(found[0].message ==
          "The first Child in Need review is set for Saturday 5 December 2026, which is a "
          "Saturday.");
    c.plan.details.firstCinReview = parseDate("2026-12-04");
    CHECK(checkPlanDates(c).empty());
}
