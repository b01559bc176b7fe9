#include "domain/edit.hpp"
#include "domain/presence.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {
DateTime at(const char* t) {
    return *parseDateTime(std::string("2026-12-03T") + t);
}
} // namespace

TEST_CASE("a parent asked to step out is out until they come back", "[presence]") {
    Conference c;
    c.participants = {{"p1", "Danielle", Role::Parent}, {"p2", "Sam", Role::SocialWorker}};
    applyEdit(c, edit::MarkArrival{"p1", at("10:00")});
    applyEdit(c, edit::MarkDeparture{"p1", at("10:40"), "police information to share"});
    const auto& p = c.participants[0];
    CHECK_FALSE(wasAskedToLeaveAt(p, at("10:39")));
    CHECK(wasAskedToLeaveAt(p, at("10:40")));
    CHECK(wasAskedToLeaveAt(p, at("11:59")));
    applyEdit(c, edit::MarkArrival{"p1", at("11:00")});
    CHECK(wasAskedToLeaveAt(c.participants[0], at("10:59")));
    CHECK_FALSE(wasAskedToLeaveAt(c.participants[0], at("11:00")));

    Item during{"i1", Column::Worried, "shared while out", {}, "p2"};
    during.said = at("10:45");
    Item after = during;
    after.said = at("11:05");
    Item untimed = during;
    untimed.said.reset();
    CHECK(saidWhileFamilyAskedToLeave(c, during));
    CHECK_FALSE(saidWhileFamilyAskedToLeave(c, after));
    CHECK_FALSE(saidWhileFamilyAskedToLeave(c, untimed));
}

TEST_CASE("leaving of one's own accord, or a professional stepping out, is not an exclusion",
          "[presence]") {
    Conference c;
    c.participants = {{"p1", "Danielle", Role::Parent}, {"p2", "Sam", Role::SocialWorker}};
    applyEdit(c, edit::MarkArrival{"p1", at("10:00")});
    applyEdit(c, edit::MarkDeparture{"p1", at("10:40")});
    applyEdit(c, edit::MarkArrival{"p2", at("10:00")});
    applyEdit(c, edit::MarkDeparture{"p2", at("10:40"), "conflict of interest"});
    Item item{"i1", Column::Worried, "x"};
    item.said = at("10:50");
    CHECK_FALSE(saidWhileFamilyAskedToLeave(c, item));
    CHECK(wasAskedToLeaveAt(c.participants[1], at("10:50")));
}
