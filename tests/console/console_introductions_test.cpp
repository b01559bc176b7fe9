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

TEST_CASE("M changes how someone takes part: a new stretch now, or how they will arrive") {
    ConsoleRig rig;
    introductions(rig);
    rig.press(key::Down);
    rig.press(key::Down); // Jo Smith, parent, in the room since 10:00
    rig.press(key::M);
    auto changes = rig.edits<edit::ChangeMode>();
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].participant == "p3");
    CHECK(changes[0].at == rig.now);
    CHECK(changes[0].mode == PresenceMode::Video);
    rig.settle(1);
    CHECK(rig.log.contains("By video"));
    CHECK(rig.log.contains("Taking part by video."));
    CHECK(rig.log.contains("Taking part: 3 of 5 people, 2 in the room and 1 by video."));
    rig.press(key::M); // the video drops to the phone
    changes = rig.edits<edit::ChangeMode>();
    REQUIRE(changes.size() == 2);
    CHECK(changes[1].mode == PresenceMode::Phone);
    CHECK(rig.edits<edit::MarkDeparture>().empty()); // a change, never an absence

    // Dan Cole is not here yet: M says how he will arrive, A marks it.
    rig.press(key::Down);
    rig.press(key::M);
    rig.press(key::M);
    CHECK(rig.edits<edit::ChangeMode>().size() == 2);
    rig.settle(1);
    CHECK(rig.log.contains("Will be marked as arriving on the phone."));
    rig.press(key::A);
    const auto arrivals = rig.edits<edit::MarkArrival>();
    REQUIRE(arrivals.size() == 1);
    CHECK(arrivals[0].participant == "p4");
    CHECK(arrivals[0].mode == PresenceMode::Phone);
    CHECK(rig.state.introductions.joining == PresenceMode::Room); // the next one walks in
    // A professional on the phone counts for quorum like one in the room.
    rig.settle(1);
    CHECK(rig.log.contains("Quorate"));
    CHECK_FALSE(rig.log.contains("Not quorate"));
    CHECK(rig.log.contains("On the phone"));
}

TEST_CASE("X on someone on a call asks why they were taken off it") {
    ConsoleRig rig;
    rig.conference.participants[2].presence[0].mode = PresenceMode::Phone;
    introductions(rig);
    rig.press(key::Down);
    rig.press(key::Down);
    rig.press(key::X);
    rig.settle(1);
    CHECK(rig.log.contains("Why was Jo Smith taken off the call (or put in the lobby)?"));
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

TEST_CASE("a parent on the phone is asked whether they can speak privately, C records it") {
    ConsoleRig rig;
    rig.conference.participants[2].presence[0].mode = PresenceMode::Phone; // Jo Smith
    introductions(rig);
    rig.settle(1);
    CHECK(rig.log.contains("Ask whether they can speak without being overheard: Jo Smith (on the "
                           "phone). Select them and press C."));
    // C on a professional asks nothing.
    rig.press(key::C);
    CHECK_FALSE(rig.state.introductions.checkingPrivacy);
    rig.press(key::Down);
    rig.press(key::Down);
    rig.settle(1);
    CHECK(rig.log.contains("Not asked yet whether Jo Smith can speak without being overheard."));
    rig.press(key::C);
    REQUIRE(rig.state.introductions.checkingPrivacy);
    rig.settle(1);
    CHECK(rig.log.contains("Can Jo Smith speak without being overheard? Who is with them?"));
    CHECK(rig.state.introductions.canSpeakPrivately == std::nullopt); // nothing assumed
    rig.press(key::Down);
    CHECK(rig.state.introductions.canSpeakPrivately == true);
    rig.press(key::Down);
    CHECK(rig.state.introductions.canSpeakPrivately == false);
    rig.type("Her partner Dean is in the next room"); // letters are not shortcuts here
    CHECK(rig.editCount() == 0);
    rig.enter();
    const auto checks = rig.edits<edit::SetPrivacyCheck>();
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].participant == "p3");
    REQUIRE(checks[0].check);
    CHECK(checks[0].check->at == rig.now);
    CHECK(checks[0].check->canSpeakPrivately == false);
    CHECK(checks[0].check->note == "Her partner Dean is in the next room");
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("Ask whether they can speak"));
    CHECK(rig.log.contains("Privacy check at 10:30: cannot speak without being overheard. Her "
                           "partner Dean is in the next room"));
    CHECK(rig.log.contains("Offer to call back when they can speak freely, or to speak with the "
                           "chair alone before the meeting goes on."));
}
