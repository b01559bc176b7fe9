// Introductions: one key per thing that happens at the door, at the room's clock.

#include "support/console_rig.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {
ConsoleRig& introductions(ConsoleRig& rig) {
    rig.state.phase = ui::Phase::Introductions;
    rig.settle();
    return rig;
}
} // namespace

TEST_CASE("Up/Down select a person and A marks them arrived now") {
    ConsoleRig rig;
    introductions(rig);
    CHECK(rig.state.introductions.selected == std::optional<Id>("p1"));
    for (int i = 0; i < 3; ++i)
        rig.press(key::Down);
    CHECK(rig.state.introductions.selected == std::optional<Id>("p4"));
    rig.press(key::A);
    const auto arrivals = rig.edits<edit::MarkArrival>();
    REQUIRE(arrivals.size() == 1);
    CHECK(arrivals[0].participant == "p4");
    CHECK(arrivals[0].at == rig.now);
    // Police arriving makes the meeting quorate, and the console says so.
    rig.settle(1);
    CHECK(rig.log.contains("Quorate"));
    CHECK_FALSE(rig.log.contains("Not quorate"));
    // A second A does nothing: they are already in the room.
    rig.press(key::A);
    CHECK(rig.edits<edit::MarkArrival>().size() == 1);
}

TEST_CASE("L marks a departure, P and N set apologies and did not attend") {
    ConsoleRig rig;
    introductions(rig);
    rig.press(key::L); // Sam Patel leaves
    const auto left = rig.edits<edit::MarkDeparture>();
    REQUIRE(left.size() == 1);
    CHECK(left[0].participant == "p1");
    CHECK(left[0].askedToLeave.empty());
    rig.press(key::Down);
    rig.press(key::Down);
    rig.press(key::Down);
    rig.press(key::P);
    rig.press(key::Down);
    rig.press(key::N);
    const auto set = rig.edits<edit::SetAttendance>();
    REQUIRE(set.size() == 2);
    CHECK(set[0].participant == "p4");
    CHECK(set[0].attendance == Attendance::Apologies);
    CHECK(set[1].participant == "p5");
    CHECK(set[1].attendance == Attendance::DidNotAttend);
}

TEST_CASE("X asks for the reason and records the parent asked to leave") {
    ConsoleRig rig;
    introductions(rig);
    rig.press(key::Down);
    rig.press(key::Down); // Jo Smith, parent, in the room
    rig.press(key::X);
    CHECK(rig.state.introductions.askingReason);
    CHECK(rig.editCount() == 0);
    rig.settle(1);
    CHECK(rig.log.contains("Why was Jo Smith asked to leave?"));
    // Letters typed into the reason are not shortcuts.
    rig.type("Police information about a third party");
    rig.press(key::A);
    CHECK(rig.editCount() == 0);
    rig.enter();
    const auto left = rig.edits<edit::MarkDeparture>();
    REQUIRE(left.size() == 1);
    CHECK(left[0].participant == "p3");
    CHECK(left[0].at == rig.now);
    CHECK(left[0].askedToLeave == "Police information about a third party");
    CHECK_FALSE(rig.state.introductions.askingReason);
}

TEST_CASE("X on someone not in the room excludes them, with the reason, Esc cancels") {
    ConsoleRig rig;
    introductions(rig);
    for (int i = 0; i < 4; ++i)
        rig.press(key::Down); // Anna Graham, invited
    rig.press(key::X);
    rig.settle(1);
    CHECK(rig.log.contains("Why is Anna Graham excluded?"));
    rig.enter(); // no reason: refused
    CHECK(rig.editCount() == 0);
    rig.type("Threats to staff");
    rig.enter();
    const auto set = rig.edits<edit::SetAttendance>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].attendance == Attendance::Excluded);
    CHECK(set[0].exclusionReason == "Threats to staff");

    rig.clear();
    rig.press(key::X);
    rig.type("changed my mind");
    rig.press(key::Escape);
    CHECK_FALSE(rig.state.introductions.askingReason);
    CHECK(rig.editCount() == 0);
}

TEST_CASE("Ctrl+N adds someone not on the list, in the room from now") {
    ConsoleRig rig;
    introductions(rig);
    rig.ctrl(key::N);
    CHECK(rig.state.introductions.addingNewcomer);
    rig.type("Pat Jones");
    rig.press(key::Down); // role: the one after "Other professional" wraps to the first
    rig.press(key::Tab);  // the role's pick list, the role chosen highlighted
    rig.press(key::Tab);  // keeps it, and on to the agency
    rig.type("Housing");
    rig.enter();
    const auto put = rig.edits<edit::PutParticipant>();
    REQUIRE(put.size() == 1);
    const Participant& p = put[0].participant;
    CHECK(p.id == "p6");
    CHECK(p.name == "Pat Jones");
    CHECK(p.agency == "Housing");
    CHECK(p.role == Role::Chair);
    CHECK(p.attendance == Attendance::Attended);
    REQUIRE(p.presence.size() == 1);
    CHECK(p.presence[0].from == rig.now);
    CHECK_FALSE(p.presence[0].to);
    CHECK(rig.state.introductions.selected == std::optional<Id>("p6"));
    CHECK(rig.refused.empty());
}

TEST_CASE("The quorum explanation is shown beside Introductions") {
    ConsoleRig rig;
    introductions(rig);
    CHECK(rig.log.contains("Not quorate: one agency besides children's social care (NHS)"));
}
