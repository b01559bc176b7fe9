// Prepare: a conference set up from nothing, each change one edit, dates checked.

#include "console_rig.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {
void openTab(ConsoleRig& rig, int tab) {
    rig.state.phase = ui::Phase::Prepare;
    rig.state.prepare.tab = tab;
    rig.state.prepare.wantFocus = true;
    rig.settle();
}
} // namespace

TEST_CASE("Adding a child emits PutChild with a fresh id") {
    ConsoleRig rig;
    openTab(rig, 1);
    rig.type("Ava Smith");
    rig.press(key::Tab); // to the date of birth
    rig.type("2024-11-30");
    rig.enter();
    const auto put = rig.edits<edit::PutChild>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].child.id == "c3");
    CHECK(put[0].child.name == "Ava Smith");
    CHECK(put[0].child.dateOfBirth == parseDate("2024-11-30"));
    CHECK(rig.conference.children.size() == 3);
    // The form is empty again and ready for the next child.
    CHECK(rig.state.prepare.newChild.name.empty());
    rig.settle(2);
    rig.type("Noah Smith");
    rig.enter();
    REQUIRE(rig.edits<edit::PutChild>().size() == 2);
    CHECK(rig.edits<edit::PutChild>()[1].child.id == "c4");
}

TEST_CASE("A date of birth that is not a date is refused, visibly") {
    ConsoleRig rig;
    openTab(rig, 1);
    rig.type("Zoe Smith");
    rig.press(key::Tab);
    rig.type("2020-02-30");
    rig.settle(1);
    CHECK(rig.log.contains("Not a date"));
    rig.enter();
    CHECK(rig.editCount() == 0);
    CHECK_FALSE(rig.state.prepare.error.empty());
    rig.settle(1);
    CHECK(rig.log.contains(rig.state.prepare.error));
    // What was typed is still there to correct.
    CHECK(rig.state.prepare.newChild.name == "Zoe Smith");
    CHECK(rig.state.prepare.childBirth == "2020-02-30");
}

TEST_CASE("A child needs a name") {
    ConsoleRig rig;
    openTab(rig, 1);
    rig.enter();
    CHECK(rig.editCount() == 0);
    CHECK(rig.state.prepare.error.find("name") != std::string::npos);
}

TEST_CASE("Inviting a person and adding an adult") {
    ConsoleRig rig;
    openTab(rig, 3);
    rig.type("Ravi Shah");
    rig.press(key::Tab); // the role is a combo; Tab goes on to the agency
    rig.type("Probation Service");
    rig.enter();
    const auto people = rig.edits<edit::PutParticipant>();
    REQUIRE(people.size() == 1);
    CHECK(people[0].participant.id == "p6");
    CHECK(people[0].participant.agency == "Probation Service");

    openTab(rig, 2);
    rig.type("Kim Smith");
    rig.press(key::Tab);
    rig.type("Mother");
    rig.enter();
    const auto adults = rig.edits<edit::PutAdult>();
    REQUIRE(adults.size() == 1);
    CHECK(adults[0].adult.id == "a1");
    CHECK(adults[0].adult.relationship == "Mother");
}

TEST_CASE("Details: the title is saved with Enter, a bad strategy date is refused") {
    ConsoleRig rig;
    openTab(rig, 0);
    rig.type(" (review)");
    rig.enter();
    const auto set = rig.edits<edit::SetDetails>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].details.title == "Smith family (review)");
    CHECK(set[0].details.scheduledStart == rig.conference.details.scheduledStart);

    rig.clear();
    rig.state.prepare.detailsDirty = true;
    rig.state.prepare.strategyText = "2026-13-01";
    rig.settle(1);
    CHECK(rig.log.contains("Not a date"));
    rig.state.prepare.details.venue = "Room 4";
    // Saving as a field is left: the whole form is checked.
    rig.state.prepare.wantFocus = true;
    rig.settle(2);
    rig.type("!");
    rig.enter();
    CHECK(rig.editCount() == 0);
    CHECK_FALSE(rig.state.prepare.error.empty());
}

TEST_CASE("Reports need an author and a real date") {
    ConsoleRig rig;
    openTab(rig, 4);
    rig.type("2026-02-27");
    rig.enter();
    CHECK(rig.editCount() == 0); // no author yet
    CHECK(rig.state.prepare.error.find("author") != std::string::npos);

    rig.state.prepare.newReport.author = "p2";
    rig.state.prepare.newReport.openToParents = true;
    rig.state.prepare.wantFocus = true;
    rig.settle(2);
    rig.enter();
    const auto put = rig.edits<edit::PutReport>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].report.id == "r1");
    CHECK(put[0].report.author == "p2");
    CHECK(put[0].report.received == parseDate("2026-02-27"));
    CHECK(put[0].report.openToParents);
}
