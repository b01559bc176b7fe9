#include "domain/taking_part.hpp"

#include "support/presence.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using cpc::test::stretch;

namespace {

DateTime at(const char* text) {
    return *parseDateTime(text);
}

const DateTime ten = at("2026-06-17T10:00");

Participant person(const char* id, Role role, Attendance attendance = Attendance::Attended) {
    Participant p;
    p.id = id;
    p.name = id;
    p.role = role;
    p.attendance = attendance;
    return p;
}

} // namespace

TEST_CASE("How someone takes part is the mode of the stretch they are in", "[quorum][remote]") {
    Participant p = person("mum", Role::Parent);
    CHECK(presentHow(p, ten) == PresenceMode::Room); // attended, no times: in the room
    p.presence = {stretch("2026-06-17T10:00", "2026-06-17T10:30", PresenceMode::Video),
                  stretch("2026-06-17T10:30", std::nullopt, PresenceMode::Phone)};
    CHECK_FALSE(presentHow(p, at("2026-06-17T09:59")));
    CHECK(presentHow(p, ten) == PresenceMode::Video);
    CHECK(presentHow(p, at("2026-06-17T10:29:59")) == PresenceMode::Video);
    // The change is a moment, not an absence: present on both sides of it.
    CHECK(presentHow(p, at("2026-06-17T10:30")) == PresenceMode::Phone);
    CHECK(tookPartHow(p) == "by video, then on the phone");
    p.attendance = Attendance::Excluded;
    CHECK_FALSE(presentHow(p, ten));
}

TEST_CASE("The words for who takes part count each way of taking part", "[remote]") {
    Conference c;
    c.participants = {person("sw", Role::SocialWorker), person("pc", Role::Police),
                      person("dsl", Role::Education),
                      person("gp", Role::Gp, Attendance::Apologies)};
    CHECK(takingPartWords(c, ten) == "Taking part: 3 of 4 people, all in the room.");
    c.participants[1].presence = {stretch("2026-06-17T09:58", std::nullopt, PresenceMode::Phone)};
    c.participants[2].presence = {stretch("2026-06-17T09:58", std::nullopt, PresenceMode::Phone)};
    CHECK(takingPartWords(c, ten) == "Taking part: 3 of 4 people, 1 in the room and 2 on the phone.");
    CHECK(takingPartWords(c, at("2026-06-17T09:00")) == "Taking part: 1 of 4 people, all in the room.");
    c.participants[0].attendance = Attendance::Invited;
    CHECK(takingPartWords(c, at("2026-06-17T09:00")) == "Taking part: 0 of 4 people.");
    CHECK(tookPartHow(c.participants[0]).empty()); // in the room: nothing to add
    CHECK(tookPartHow(c.participants[1]) == "on the phone");
}

TEST_CASE("A family member on a call is asked whether they can speak privately", "[remote]") {
    Participant mum = person("mum", Role::Parent);
    mum.presence = {stretch("2026-06-17T10:00", std::nullopt, PresenceMode::Room)};
    CHECK_FALSE(needsPrivacyCheck(mum, ten)); // in the room
    mum.presence[0].mode = PresenceMode::Phone;
    CHECK(needsPrivacyCheck(mum, ten));
    CHECK_FALSE(needsPrivacyCheck(mum, at("2026-06-17T09:00"))); // not here yet
    mum.privacyCheck = PrivacyCheck{ten, std::nullopt, ""};
    CHECK_FALSE(needsPrivacyCheck(mum, ten)); // asked, whatever the answer
    CHECK(privacyAnswerWords(*mum.privacyCheck) == "not answered yet");
    mum.privacyCheck->canSpeakPrivately = false;
    CHECK(privacyAnswerWords(*mum.privacyCheck) == "cannot speak without being overheard");
    Participant gp = person("gp", Role::Gp);
    gp.presence = {stretch("2026-06-17T10:00", std::nullopt, PresenceMode::Phone)};
    CHECK_FALSE(needsPrivacyCheck(gp, ten)); // professionals are not asked
}
