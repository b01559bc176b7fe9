// Prepare: a conference set up from nothing, each change one edit, dates checked.

#include "domain/names.hpp"
#include "support/console_rig.hpp"

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
    CHECK(rig.log.contains("There is no 30 February 2020 (it has 29 days)."));
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
    rig.type("  Ravi Shah ");
    rig.press(key::Tab); // the role is a pick list, reached by Tab like any field
    rig.type("prob");
    rig.settle(1);
    CHECK(rig.log.contains("Probation officer"));
    rig.press(key::Tab); // takes the highlighted role, on to the agency
    rig.type("Probation Service");
    rig.enter();
    const auto people = rig.edits<edit::PutParticipant>();
    REQUIRE(people.size() == 1);
    CHECK(people[0].participant.id == "p6");
    CHECK(people[0].participant.name == "Ravi Shah"); // trimmed
    CHECK(people[0].participant.role == Role::Probation);
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

TEST_CASE("Details: the title is saved with Enter, a bad date is kept and does not hold the rest") {
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
    CHECK(rig.log.contains("There is no month 13."));
    rig.state.prepare.details.venue = "Room 4";
    // Saving as a field is left: each field on its own, so the bad date holds nothing back.
    rig.state.prepare.wantFocus = true;
    rig.settle(2);
    rig.type("!");
    rig.enter();
    const auto saved = rig.edits<edit::SetDetails>();
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].details.title == "Smith family (review)!");
    CHECK(saved[0].details.venue == "Room 4");
    CHECK(saved[0].details.strategyDiscussion == rig.conference.details.strategyDiscussion);
    // The bad date keeps its text and its message until it is put right.
    CHECK(rig.state.prepare.strategyText == "2026-13-01");
    CHECK(rig.state.prepare.error.find("the date marked in red") != std::string::npos);
    rig.settle(1);
    CHECK(rig.log.contains("There is no month 13."));
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

TEST_CASE("The role pick list: Up/Down from the current role, Esc keeps it") {
    ConsoleRig rig;
    openTab(rig, 3);
    rig.type("Kay Lee");
    rig.press(key::Tab);
    rig.settle(1);
    // Opened without typing: every role, the current one highlighted.
    CHECK(rig.log.contains("Social worker"));
    CHECK(rig.log.contains("Probation officer"));
    const Role before = rig.state.prepare.newParticipant.role;
    rig.press(key::Down);
    rig.press(key::Escape); // Esc: the role stays as it was
    CHECK(rig.state.prepare.newParticipant.role == before);
    CHECK_FALSE(rig.state.prepare.role.open);
    CHECK(rig.editCount() == 0);
}

TEST_CASE("An adult's name for the children, and a person linked to the household adult") {
    ConsoleRig rig;
    openTab(rig, 2);
    rig.type("Jo Smith");
    rig.press(key::Tab); // the relationship
    rig.type("Mother");
    rig.press(key::Tab); // what the children call her
    rig.type("Mum");
    rig.enter();
    const auto adults = rig.edits<edit::PutAdult>();
    REQUIRE(adults.size() == 1);
    CHECK(adults[0].adult.knownAs == "Mum");
    CHECK(rig.conference.adults.back().knownAs == "Mum");
}

TEST_CASE("An invited person is linked to the household adult they are, with a language") {
    ConsoleRig rig;
    rig.conference.adults.push_back({"a1", "Jo Smith", std::nullopt, "4 Elm Row", "Mother", "Mum"});
    // Jo, already invited, is that adult; she needs an interpreter in Polish.
    // (As "Change" on her row leaves the form, before its first field takes the keys.)
    rig.state.prepare.newParticipant = *findParticipant(rig.conference, "p3");
    rig.state.prepare.newParticipant.adult = "a1";
    rig.state.prepare.newParticipant.language = " Polish ";
    openTab(rig, 3);
    CHECK(rig.log.contains("Interpreter needed for"));
    rig.enter();
    const Participant& jo = *findParticipant(rig.conference, "p3");
    CHECK(jo.adult == std::optional<Id>("a1"));
    CHECK(jo.language == "Polish");
    rig.settle(1);
    CHECK(rig.log.contains("of the household: Jo Smith"));
    CHECK(rig.log.contains("interpreter: Polish"));
    CHECK(rig.refused.empty());
}

TEST_CASE("The area tab changes this conference's settings, and keeps them for new ones") {
    ConsoleRig rig;
    openTab(rig, 5);
    CHECK(rig.log.contains("How to complain"));
    rig.type("Safeguarding Unit, Elm Council");
    rig.press(key::Tab);
    const auto set = rig.edits<edit::SetSettings>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].settings.organisation == "Safeguarding Unit, Elm Council");
    CHECK(rig.conference.settings.organisation == "Safeguarding Unit, Elm Council");
    CHECK(rig.count<ui::intent::SaveAreaProfile>() == 0);
}
