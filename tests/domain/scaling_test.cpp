#include "domain/scaling.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

namespace {

ScalingRound roundOf(std::vector<std::optional<int>> scores, Direction d = Direction::HighIsSafe) {
    ScalingRound r{"s1", "How safe?", "unsafe", "safe", d};
    int n = 0;
    for (auto s : scores)
        r.responses.push_back({"p" + std::to_string(++n), s, ""});
    return r;
}

} // namespace

TEST_CASE("the spread shows the range and median, and counts declined answers", "[scaling]") {
    auto s = spreadOf(roundOf({7, 3, std::nullopt, 5, 8}));
    CHECK(s.answered == 4);
    CHECK(s.declined == 1);
    CHECK(s.lowest == 3);
    CHECK(s.highest == 8);
    CHECK(s.median == Approx(6.0));
    CHECK(spreadOf(roundOf({4, 9, 6})).median == Approx(6.0));
    auto none = spreadOf(roundOf({std::nullopt}));
    CHECK_FALSE(none.median);
    CHECK_FALSE(none.lowest);
}

TEST_CASE("an answer stands apart at three points from the median of the others", "[scaling]") {
    // Others 7, 7, 8: median 7. 4 is exactly 3 away; 5 is 2 away.
    CHECK(spreadOf(roundOf({7, 7, 8, 4})).standApart == std::vector<Id>{"p4"});
    CHECK(spreadOf(roundOf({7, 7, 8, 5})).standApart.empty());
    // Too few answers to speak of anyone standing apart.
    CHECK(spreadOf(roundOf({9, 1, 5})).standApart.empty());
    // Declined answers neither stand apart nor count.
    CHECK(spreadOf(roundOf({7, 7, std::nullopt, 8, 9})).standApart.empty());
    CHECK(spreadOf(roundOf({7, 7, std::nullopt, 8, 10})).standApart == std::vector<Id>{"p5"});
    // Two camps: nobody stands apart from "the rest".
    CHECK(spreadOf(roundOf({2, 2, 8, 8})).standApart.size() == 4);
}

TEST_CASE("very low answers are flagged on either direction of scale", "[scaling]") {
    auto safe = roundOf({});
    CHECK(isVeryLow(safe, 0));
    CHECK(isVeryLow(safe, 2));
    CHECK_FALSE(isVeryLow(safe, 3));
    auto risk = roundOf({}, Direction::HighIsRisk);
    CHECK(isVeryLow(risk, 8));
    CHECK(isVeryLow(risk, 10));
    CHECK_FALSE(isVeryLow(risk, 7));
    CHECK_FALSE(isVeryLow(risk, 0));
}

TEST_CASE("everyone present who gives views is asked, family included", "[scaling]") {
    Conference c;
    auto t = *parseDateTime("2026-12-03T10:30");
    c.participants = {{"p1", "Chair", Role::Chair, "", Attendance::Attended},
                      {"p2", "Mum", Role::Parent, "", Attendance::Attended},
                      {"p3", "Friend", Role::Supporter, "", Attendance::Attended},
                      {"p4", "Social worker", Role::SocialWorker, "", Attendance::Attended},
                      {"p5", "GP", Role::Gp, "", Attendance::Apologies},
                      {"p6", "Zoë", Role::Child, "", Attendance::Attended},
                      {"p7", "Minutes", Role::MinuteTaker, "", Attendance::Attended}};
    c.participants[1].presence = {{*parseDateTime("2026-12-03T10:00"), std::nullopt}};
    c.participants[5].presence = {
        {*parseDateTime("2026-12-03T10:00"), *parseDateTime("2026-12-03T10:20")}};
    CHECK(whoIsAsked(c, t) == std::vector<Id>{"p2", "p4"});
}

TEST_CASE("ready-made rounds start blind with the question in words", "[scaling]") {
    auto r = overallRound({"c1", "Zoë Nowak"}, "s1");
    CHECK(r.child == "c1");
    CHECK_FALSE(r.revealed);
    CHECK(r.question.find("Zoë") != std::string::npos);
    CHECK(r.high.find("safe") != std::string::npos);
    Item worry{"i3", Column::Worried, "Ryan shouts at the children"};
    auto s = statementRound(worry, "c2", "s2");
    CHECK(s.statement == "i3");
    CHECK(s.question.find("Ryan shouts") != std::string::npos);
}

TEST_CASE("the same question asked earlier, or at the last conference, is found", "[scaling]") {
    Conference now, before;
    before.children = now.children = {{"c1", "Zoë Nowak"}};
    before.scaling = {overallRound(before.children[0], "s1"), overallRound({"c2", "Kacper"}, "s2")};
    now.scaling = {overallRound(now.children[0], "s1"), overallRound(now.children[0], "s2")};
    CHECK_FALSE(earlierRound(now, now.scaling[0]));
    CHECK(earlierRound(now, now.scaling[1]) == &now.scaling[0]);
    CHECK(sameRoundIn(before, now, now.scaling[1]) == &before.scaling[0]);
    now.scaling[1].question = "Something else";
    CHECK_FALSE(sameRoundIn(before, now, now.scaling[1]));
}
