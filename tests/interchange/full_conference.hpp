#pragma once
// A conference with every field of the model set to something other than its
// default, so that a round trip that drops or mixes up any field shows.

#include "domain/conference.hpp"

#include <cassert>
#include <string_view>

namespace cpc::test {

inline Date day(std::string_view text) {
    auto d = parseDate(text);
    assert(d);
    return *d;
}

inline DateTime at(std::string_view text) {
    auto t = parseDateTime(text);
    assert(t);
    return *t;
}

inline Conference fullConference() {
    Conference c;
    c.id = "conf-7";
    c.details = {Kind::Review,
                 "Review conference for Zoë and Łukasz",
                 at("2026-12-21T10:00"),
                 "Room 2, Civic Centre",
                 Region::Scotland,
                 day("2026-09-01"),
                 day("2026-09-21"),
                 "To review the plan \"as agreed\"\nand decide whether it continues."};
    c.settings.healthIsOneAgency = true;
    c.settings.recordDueWorkingDays = 20;
    c.settings.organisation = "Safeguarding Unit, Elm Council";
    c.settings.complaintsContact = "Complaints Team: 0141 496 0000, complaints@elm.example";
    c.settings.marking = "OFFICIAL";
    c.meeting = {at("2026-12-21T10:05"), at("2026-12-21T11:40")};
    c.reviewOf = "conf-3";

    c.children = {
        {"c1",
         "Zoë Nowak",
         day("2019-04-02"),
         "12 Elm Road",
         {{ViewHow::Relayed, "p5", "\"I like my teacher.\"", false, at("2026-12-21T10:40")},
          {ViewHow::Observed, std::nullopt, "Plays happily", true, std::nullopt}}},
        {"c2", "Łukasz Nowak", day("2021-11-30"), "12 Elm Road"}};
    c.adults = {{"m1", "Siobhán Nowak", day("1990-01-15"), "12 Elm Road", "Mother", "Mama"}};

    c.participants = {
        {"p1",
         "Ngozi Ọkọnkwọ",
         Role::Chair,
         "Independent reviewing",
         Attendance::Attended,
         "",
         {{at("2026-12-21T10:00"), std::nullopt}}},
        {"p2",
         "Siobhán Nowak",
         Role::Parent,
         "",
         Attendance::Excluded,
         "Stepped out while police information was shared",
         {{at("2026-12-21T10:00"), at("2026-12-21T10:30"),
           "asked to step out while police information was shared"},
          {at("2026-12-21T10:50"), std::nullopt, "", PresenceMode::Phone}},
         "m1",
         "Polish",
         PrivacyCheck{at("2026-12-21T10:50"), false, "Her brother is in the flat with her"}},
        {"p3", "DC Amir Haddad", Role::Police, "Police Scotland", Attendance::Apologies, "", {}},
        {"p4", "Dr 王芳", Role::Gp, "Elm Road Surgery", Attendance::DidNotAttend, "", {}},
        {"p5",
         "Kofi Mensah",
         Role::SocialWorker,
         "Children's services",
         Attendance::Attended,
         "",
         {{at("2026-12-21T10:02"), at("2026-12-21T11:40")}}},
    };

    c.reports.resize(2);
    c.reports[0].id = "r1";
    c.reports[0].author = "p3";
    c.reports[0].title = "Police report";
    c.reports[0].received = day("2026-12-14");
    c.reports[0].sharedWithParents = day("2026-12-15");
    c.reports[0].openToParents = true;
    c.reports[1].id = "r2";
    c.reports[1].author = "p4";
    c.reports[1].received = day("2026-12-18");

    c.items = {
        {"i1",
         Column::Worried,
         "Bruise on Zoë's arm 👶🏽, seen at school",
         {"c1"},
         "p3",
         Tag::Observation,
         true,
         at("2026-12-21T10:20")},
        {"i2",
         Column::WorkingWell,
         "Siobhán takes both children to school",
         {"c1", "c2"},
         "p2",
         Tag::Fact,
         false,
         at("2026-12-21T10:25")},
        {"i3",
         Column::NeedsToHappen,
         "A safety plan for the evenings",
         {},
         std::nullopt,
         Tag::Opinion,
         false,
         std::nullopt},
    };

    c.scaling = {
        {"s1",
         "How safe is Zoë at home?",
         "Not safe at all",
         "Safe enough to close",
         Direction::HighIsRisk,
         "c1",
         "i1",
         false,
         true,
         {{"p1", 4, "Still worried"}, {"p2", std::nullopt, "Declined"}, {"p5", 0, ""}}},
        {"s2",
         "Overall",
         "0",
         "10",
         Direction::HighIsSafe,
         std::nullopt,
         std::nullopt,
         true,
         false,
         {{"p3", 10, "Good progress"}, {"p4", 6, ""}}},
    };

    c.decisions = {
        {"c1",
         {true, false},
         Outcome::ContinuePlan,
         {Category::Emotional, Category::Neglect},
         "The risk continues.",
         "Both emotional harm and neglect are evidenced.",
         {{"p3", Recommendation::NoPlan, {Category::Physical}, "Not enough evidence"},
          {"p5", Recommendation::Plan, {Category::Emotional, Category::Neglect}, ""}},
         {{"p3", "Police do not agree", true}},
         {{"p2", false, "We do not agree with the plan.", true},
          {"", std::nullopt, "Said together before the split.", false}}},
        {"c2",
         {false, std::nullopt},
         Outcome::EndPlan,
         {},
         "Łukasz is safe.",
         "",
         {},
         {},
         {{"p2", true, "", false}}},
    };

    c.plan.details = {"p5",
                      {"p2", "p3", "p5"},
                      "If the evening plan fails, Zoë stays with her grandmother.",
                      "Evenings supervised by grandmother",
                      day("2027-01-07"),
                      day("2027-03-19"),
                      day("2027-03-05"),
                      day("2027-02-01"),
                      "Every 6 weeks"};
    c.plan.actions = {
        {"a1",
         "Draw up an evening safety plan",
         "p5",
         day("2027-01-10"),
         {"c1"},
         Progress::InProgress},
        {"a2",
         "Parenting course",
         "Family Support Team",
         day("2027-02-28"),
         {"c1", "c2"},
         Progress::Done},
    };
    c.plan.actions[0].fromItem = "i3";
    c.plan.actions[0].outcome = "Zoë is looked after every evening";
    c.plan.actions[0].forChild = "Nan will look after you in the evenings.";
    c.plan.actions[1].confidential = true;
    return c;
}

} // namespace cpc::test
