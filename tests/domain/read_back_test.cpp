#include "domain/edit.hpp"
#include "domain/read_back.hpp"
#include "support/presence.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::stretch;

namespace {

DateTime at(const char* text) {
    return *parseDateTime(text);
}

Participant person(const char* id, const char* name, Role role, std::vector<Presence> presence,
                   std::string agency = "") {
    Participant p;
    p.id = id;
    p.name = name;
    p.role = role;
    p.agency = std::move(agency);
    p.attendance = Attendance::Attended;
    p.presence = std::move(presence);
    return p;
}

// Mum on the phone throughout; Dad in the room, asked to step out 10:20-10:30;
// the social worker in the room; the police officer by video.
Conference hybrid() {
    Conference c;
    c.id = "k1";
    c.children = {{"c1", "Zoë Nowak", parseDate("2016-03-01"), ""}};
    c.participants = {
        person("p1", "Gemma Hartley", Role::Parent,
               {stretch("2026-12-03T10:00", std::nullopt, PresenceMode::Phone)}),
        person("p2", "Dan Hartley", Role::Parent,
               {stretch("2026-12-03T10:00", "2026-12-03T10:20", PresenceMode::Room, "to speak"),
                stretch("2026-12-03T10:30", std::nullopt, PresenceMode::Room)}),
        person("p3", "Aisha Rahman", Role::SocialWorker,
               {stretch("2026-12-03T10:00", std::nullopt, PresenceMode::Room)},
               "Children's Services"),
        person("p4", "PC Lee", Role::Police,
               {stretch("2026-12-03T10:00", std::nullopt, PresenceMode::Video)}, "Police"),
    };
    Item said{"i1", Column::Worried, "Zoë has missed school", {}, "p3"};
    said.said = at("2026-12-03T10:10");
    Item secret{"i2", Column::Worried, "An address kept from the family", {}, "p4"};
    secret.confidential = true;
    Item whileOut{"i3", Column::Worried, "Said while Dan was out", {}, "p4"};
    whileOut.said = at("2026-12-03T10:25");
    Item well{"i4", Column::WorkingWell, "Gemma walks Zoë to school", {}, "p3"};
    well.said = at("2026-12-03T10:11");
    c.items = {said, secret, whileOut, well};
    ScalingRound r;
    r.id = "s1";
    r.child = "c1";
    r.question = "How safe is Zoë at home?";
    r.responses = {{"p1", 7, "she is fine", at("2026-12-03T10:35")},
                   {"p2", 5, "", at("2026-12-03T10:35")},
                   {"p3", 3, "", at("2026-12-03T10:35")},
                   {"p4", 4, "", at("2026-12-03T10:35")},
                   {"p5", 4, "", at("2026-12-03T10:35")}};
    c.scaling = {r};
    return c;
}

const DateTime later = at("2026-12-03T10:40");

std::string text(const Conference& c, DateTime t, std::optional<Id> to = {},
                 ReadBackScope scope = ReadBackScope::Everything) {
    return readAloudText(readAloud(c, t, to, scope));
}

} // namespace

TEST_CASE("the read-back starts with who is here and how", "[read_back][remote]") {
    const ReadAloud r = readAloud(hybrid(), later, std::nullopt, ReadBackScope::Everything);
    REQUIRE_FALSE(r.parts.empty());
    CHECK(r.parts[0].heading == "Who is here");
    CHECK(r.parts[0].lines ==
          std::vector<std::string>{"Gemma Hartley, Parent, on the phone",
                                   "Dan Hartley, Parent, in the room",
                                   "Aisha Rahman, Social worker, Children's Services, in the room",
                                   "PC Lee, Police, by video"});
    // While Dad is out he is not here, and nothing says why he went.
    const std::string out = text(hybrid(), at("2026-12-03T10:25"));
    CHECK(out.find("Dan Hartley") == std::string::npos);
    CHECK(out.find("to speak") == std::string::npos);
}

TEST_CASE("the read-back reads what the wall may show, and nothing else", "[read_back][remote]") {
    const std::string out = text(hybrid(), later);
    CHECK(out.find("What are we worried about?\nZoë has missed school\n") != std::string::npos);
    CHECK(out.find("What's working well?\nGemma walks Zoë to school\n") != std::string::npos);
    // Confidential, or said while Dad was out and he is back: not read.
    CHECK(out.find("An address kept") == std::string::npos);
    CHECK(out.find("Said while Dan was out") == std::string::npos);
    // Before he came back, the room had heard it: it may be read then.
    CHECK(text(hybrid(), at("2026-12-03T10:26")).find("Said while Dan was out") !=
          std::string::npos);
    // An answer's comment stays with the chair.
    CHECK(out.find("she is fine") == std::string::npos);
}

TEST_CASE("a revealed round is read as every answer and the middle one", "[read_back][scaling]") {
    Conference c = hybrid();
    CHECK(roundInWords(c, c.scaling[0], later) ==
          "Five people answered for Zoë: 3, 4, 4, 5 and 7; the middle answer is 4.");
    c.scaling[0].responses.pop_back();
    CHECK(roundInWords(c, c.scaling[0], later) ==
          "Four people answered for Zoë: 3, 4, 5 and 7; the middle answer is 4 and a half.");
    c.scaling[0].responses.resize(1);
    CHECK(roundInWords(c, c.scaling[0], later) == "One person answered for Zoë: 7.");
    c.scaling[0].responses.clear();
    CHECK(roundInWords(c, c.scaling[0], later) == "Nobody has answered for Zoë yet.");

    // A blind round being asked: its question, and how many, never what.
    c = hybrid();
    c.scaling[0].revealed = false;
    const std::string out = text(c, later);
    CHECK(out.find("How safe is Zoë at home?") != std::string::npos);
    CHECK(out.find("Answers are being collected: 5 of") != std::string::npos);
    CHECK(out.find("3, 4") == std::string::npos);
    CHECK(readAloud(c, later, std::nullopt, ReadBackScope::Everything).items ==
          std::vector<Id>{"i1", "i4"});
}

TEST_CASE("what was read to someone is not read to them again, unless asked",
          "[read_back][remote]") {
    Conference c = hybrid();
    const ReadAloud first = readAloud(c, later, Id{"p1"}, ReadBackScope::NotYetRead);
    CHECK(first.items == std::vector<Id>{"i1", "i4", "s1"});
    applyEdit(c, edit::RecordReadBack{ReadBack{"p1", later, first.items}});
    CHECK(readBackLine(c, c.readBacks[0]) ==
          "Read back to Gemma Hartley, on the phone, at 10:40: 3 items");

    applyEdit(c, edit::AddItem{{"i5", Column::NeedsToHappen, "A school meeting", {}, "p3"}});
    const ReadAloud next = readAloud(c, later, Id{"p1"}, ReadBackScope::NotYetRead);
    CHECK(next.items == std::vector<Id>{"i5"});
    const std::string words = readAloudText(next);
    CHECK(words.find("Who is here") == 0); // who is here is always read first
    CHECK(words.find("Zoë has missed school") == std::string::npos);
    // Someone else has heard none of it; and "all of it" is all of it.
    CHECK(readAloud(c, later, Id{"p4"}, ReadBackScope::NotYetRead).items.size() == 4);
    CHECK(readAloud(c, later, Id{"p1"}, ReadBackScope::Everything).items.size() == 4);
}

TEST_CASE("the decision and the plan are read as the wall shows them", "[read_back]") {
    Conference c = hybrid();
    CHECK(text(c, later).find("The decision") == std::string::npos); // nothing decided yet
    Decision d;
    d.child = "c1";
    d.outcome = Outcome::Plan;
    d.categories = {Category::Neglect};
    d.reasons = "Zoë has been left alone at night.";
    c.decisions = {d};
    Action open{"a1", "Meet the school", "p3", parseDate("2026-12-10")};
    Action kept{"a2", "Check the address", "p4"};
    kept.confidential = true;
    c.plan.actions = {open, kept};
    c.plan.details.keyWorker = "p3";
    const std::string out = text(c, later);
    CHECK(out.find("The decision\nZoë") != std::string::npos);
    CHECK(out.find("Why: Zoë has been left alone at night.") != std::string::npos);
    CHECK(out.find("Review conference: ") != std::string::npos);
    CHECK(out.find("The plan\nKey worker: Aisha Rahman\nMeet the school. Who: Aisha Rahman. By "
                   "Thursday 10 December 2026.") != std::string::npos);
    CHECK(out.find("Check the address") == std::string::npos);
}

TEST_CASE("those on the phone are the ones who cannot see the wall", "[read_back][remote]") {
    const Conference c = hybrid();
    const auto phone = cannotSeeTheWall(c, later);
    REQUIRE(phone.size() == 1);
    CHECK(phone[0]->id == "p1");
    CHECK(cannotSeeTheWall(c, at("2026-12-03T09:59")).empty());
}

TEST_CASE("someone read to stays in the record", "[read_back][edit]") {
    Conference c;
    c.participants = {person("p1", "Gemma Hartley", Role::Parent, {})};
    applyEdit(c, edit::RecordReadBack{ReadBack{"p1", later, {}}});
    REQUIRE_THROWS_WITH(applyEdit(c, edit::RemoveParticipant{"p1"}),
                        Catch::Contains("a read-back refers to them"));
}
