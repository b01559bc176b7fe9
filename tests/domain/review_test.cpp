#include "domain/review.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("a review carries the family, the people and the plan, and links back", "[review]") {
    Conference done;
    done.id = "k1";
    done.details.title = "Initial conference: the Nowak children";
    done.details.scheduledStart = parseDateTime("2026-12-21T10:00");
    done.children = {{"c1", "Zoë Nowak"}, {"c2", "Kacper Nowak"}};
    done.adults = {{"a1", "Danielle Nowak"}};
    done.participants = {{"p1",
                          "Danielle Nowak",
                          Role::Parent,
                          "",
                          Attendance::Attended,
                          "",
                          {{*parseDateTime("2026-12-21T10:00"), std::nullopt}}},
                         {"p2", "Sam Patel", Role::SocialWorker, "CSC", Attendance::Excluded, "x"}};
    done.items = {{"i1", Column::Worried, "x"}};
    done.decisions = {{.child = "c1", .outcome = Outcome::Plan}};
    done.plan.details.keyWorker = "p2";
    done.plan.details.coreGroup = {"p1", "p2"};
    done.plan.actions = {{"a1", "Refer to Women's Aid", "p2", parseDate("2027-01-10"), {}}};
    done.plan.actions[0].fromItem = "i1";

    Conference r = startReview(done);
    CHECK(r.details.kind == Kind::Review);
    CHECK(r.reviewOf == "k1");
    CHECK(r.details.previousConference == parseDate("2026-12-21"));
    CHECK(r.details.title == "Review conference: the Nowak children");
    // Within three months, on a working day: 21 March 2027 is a Sunday.
    CHECK(r.details.scheduledStart == parseDateTime("2027-03-19T10:00"));
    CHECK(r.children == done.children);
    CHECK(r.adults == done.adults);
    REQUIRE(r.participants.size() == 2);
    CHECK(r.participants[0].attendance == Attendance::Invited);
    CHECK(r.participants[0].presence.empty());
    CHECK(r.participants[1].exclusionReason.empty());
    CHECK(r.items.empty());
    CHECK(r.decisions.empty());
    CHECK(r.plan.details.keyWorker == "p2");
    CHECK(r.plan.details.coreGroup == done.plan.details.coreGroup);
    REQUIRE(r.plan.actions.size() == 1);
    CHECK(r.plan.actions[0].progress == Progress::NotStarted);
    CHECK_FALSE(r.plan.actions[0].fromItem); // its item stayed on the last conference's board
    CHECK_FALSE(r.plan.details.reviewConference);
}
