#include "domain/quorum.hpp"

#include "support/presence.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::stretch;

namespace {

DateTime at(const char* text) {
    return *parseDateTime(text);
}

Participant person(const char* id, Role role, const char* agency = "",
                   Attendance attendance = Attendance::Attended) {
    Participant p;
    p.id = id;
    p.name = id;
    p.role = role;
    p.agency = agency;
    p.attendance = attendance;
    return p;
}

// Social worker, police and school: the smallest quorate room.
Conference quorate() {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker, "Children's Services"),
                      person("pc", Role::Police, "Police"),
                      person("dsl", Role::Education, "Oakfield Primary School")};
    return c;
}

const DateTime ten = at("2026-06-17T10:00");

} // namespace

// ---------------------------------------------------------------- presence

TEST_CASE("Only those who attended are present", "[quorum]") {
    for (auto a : {Attendance::Invited, Attendance::Apologies, Attendance::DidNotAttend,
                   Attendance::Excluded})
        CHECK_FALSE(isPresent(person("x", Role::Police, "", a), ten));
    CHECK(isPresent(person("x", Role::Police), ten));
}

TEST_CASE("Presence stretches: from is inside, to is outside", "[quorum]") {
    Participant p = person("x", Role::Police);
    p.presence = {{at("2026-06-17T10:00"), at("2026-06-17T10:30")}};
    CHECK_FALSE(isPresent(p, at("2026-06-17T09:59")));
    CHECK(isPresent(p, at("2026-06-17T10:00")));
    CHECK(isPresent(p, at("2026-06-17T10:29")));
    CHECK_FALSE(isPresent(p, at("2026-06-17T10:30")));

    p.presence.push_back({at("2026-06-17T11:00"), std::nullopt});
    CHECK_FALSE(isPresent(p, at("2026-06-17T10:45")));
    CHECK(isPresent(p, at("2026-06-17T11:00")));
    CHECK(isPresent(p, at("2026-06-17T15:00")));
}

TEST_CASE("Recorded times do not make an absent person present", "[quorum]") {
    Participant p = person("x", Role::Police, "", Attendance::Apologies);
    p.presence = {{at("2026-06-17T10:00"), std::nullopt}};
    CHECK_FALSE(isPresent(p, ten));
}

// ---------------------------------------------------------------- quorum

TEST_CASE("Social care and two other agencies are quorate", "[quorum]") {
    Quorum q = quorumAt(quorate(), ten);
    CHECK(q.quorate);
    CHECK(q.socialCare);
    CHECK(q.otherAgencies == std::vector<std::string>{"Police", "Oakfield Primary School"});
    CHECK(
        q.explanation ==
        "Quorate: children's social care and 2 other agencies (Police, Oakfield Primary School).");
}

TEST_CASE("The explanation lists every other agency", "[quorum]") {
    Conference c = quorate();
    c.participants.push_back(person("gp", Role::Gp));
    CHECK(quorumAt(c, ten).explanation == "Quorate: children's social care and 3 other agencies "
                                          "(Police, Oakfield Primary School, GP).");
}

TEST_CASE("Without social care there is no quorum", "[quorum]") {
    Conference c = quorate();
    c.participants[0].attendance = Attendance::Apologies;
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK_FALSE(q.socialCare);
    CHECK(q.explanation == "Not quorate: children's social care is not present.");
}

TEST_CASE("A team manager is social care", "[quorum]") {
    Conference c = quorate();
    c.participants[0].role = Role::TeamManager;
    CHECK(quorumAt(c, ten).quorate);
}

TEST_CASE("Social care and one other agency is not enough", "[quorum]") {
    Conference c = quorate();
    c.participants.pop_back();
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.explanation ==
          "Not quorate: one agency besides children's social care (Police); two are needed.");

    c.participants.pop_back();
    q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies.empty());
    CHECK(q.explanation ==
          "Not quorate: no agency besides children's social care; two are needed.");
}

TEST_CASE("An empty room", "[quorum]") {
    Quorum q = quorumAt(Conference{}, ten);
    CHECK_FALSE(q.quorate);
    CHECK_FALSE(q.socialCare);
    CHECK(q.otherAgencies.empty());
    CHECK(q.explanation ==
          "Not quorate: neither children's social care nor any other agency is present.");
}

TEST_CASE("A professional leaving mid-meeting makes it inquorate", "[quorum]") {
    Conference c = quorate();
    c.participants[1].presence = {{at("2026-06-17T10:00"), at("2026-06-17T11:00")}};
    CHECK(quorumAt(c, at("2026-06-17T10:59")).quorate);
    Quorum q = quorumAt(c, at("2026-06-17T11:00"));
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Oakfield Primary School"});
}

TEST_CASE("Family, supporters and the chair never count", "[quorum]") {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker),
                      person("chair", Role::Chair, "IRO service"),
                      person("mum", Role::Parent),
                      person("gran", Role::Carer),
                      person("friend", Role::Supporter, "Family Rights Group"),
                      person("child", Role::Child),
                      person("adv", Role::Advocate, "NYAS"),
                      person("int", Role::Interpreter, "Language Line"),
                      person("mins", Role::MinuteTaker, "Business support")};
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies.empty());
}

TEST_CASE("Two people from the same agency count once", "[quorum]") {
    Conference c = quorate();
    c.participants.pop_back();
    c.participants.push_back(person("pc2", Role::Police, "Police"));
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Police"});
}

TEST_CASE("Agency names differing only by case or spaces count once", "[quorum]") {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker), person("pc1", Role::Police, "Avon Police"),
                      person("pc2", Role::OtherProfessional, "  avon  POLICE ")};
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Avon Police"});
}

TEST_CASE("With no agency typed, the role names the agency", "[quorum]") {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker), person("pc1", Role::Police),
                      person("pc2", Role::Police, "police"), person("pr", Role::Probation)};
    Quorum q = quorumAt(c, ten);
    CHECK(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Police", "Probation officer"});
}

TEST_CASE("The health setting changes the verdict", "[quorum]") {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker), person("gp", Role::Gp, "Oakfield Surgery"),
                      person("hv", Role::HealthVisitor, "Community Health Trust")};
    CHECK(quorumAt(c, ten).quorate);

    c.settings.healthIsOneAgency = true;
    Quorum q = quorumAt(c, ten);
    CHECK_FALSE(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Health"});
    CHECK(q.explanation ==
          "Not quorate: one agency besides children's social care (Health); two are needed.");

    c.participants.push_back(person("pc", Role::Police));
    q = quorumAt(c, ten);
    CHECK(q.quorate);
    CHECK(q.otherAgencies == std::vector<std::string>{"Health", "Police"});
}

TEST_CASE("Without social care, the missing agencies are named too", "[quorum]") {
    Conference c;
    c.participants = {person("pc", Role::Police)};
    CHECK(quorumAt(c, ten).explanation == "Not quorate: children's social care is not present, and "
                                          "only one other agency is (Police); two are needed.");
}

// ------------------------------------------------------------ on a call

TEST_CASE("A conference is quorate through video and phone alone", "[quorum][remote]") {
    Conference c = quorate();
    c.participants[0].presence = {stretch("2026-06-17T09:55", std::nullopt, PresenceMode::Video)};
    c.participants[1].presence = {stretch("2026-06-17T09:58", std::nullopt, PresenceMode::Phone)};
    c.participants[2].presence = {stretch("2026-06-17T09:59", std::nullopt, PresenceMode::Phone)};
    CHECK(quorumAt(c, ten).quorate);
    // A call that drops is a departure: the police officer's line went at 10:20.
    c.participants[1].presence[0].to = at("2026-06-17T10:20");
    CHECK(quorumAt(c, at("2026-06-17T10:19")).quorate);
    CHECK_FALSE(quorumAt(c, at("2026-06-17T10:20")).quorate);
}
