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

std::vector<Id> apart(std::vector<std::optional<int>> scores) {
    return spreadOf(roundOf(std::move(scores))).standApart;
}

using Ids = std::vector<Id>;

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

TEST_CASE("an answer stands apart three points from a rest that agrees", "[scaling]") {
    // A room of 5s and one 8: exactly three points clear.
    CHECK(apart({5, 5, 5, 5, 8}) == Ids{"p5"});
    CHECK(apart({5, 5, 5, 6, 2}) == Ids{"p5"});
    CHECK(apart({7, 7, 8, 4}) == Ids{"p4"});
    // Just under: two points clear is still with the room.
    CHECK(apart({5, 5, 5, 5, 7}).empty());
    CHECK(apart({7, 7, 8, 5}).empty());
    // Three from the median, but one point from the next answer: the top of
    // the room, not apart from it.
    CHECK(apart({2, 2, 3, 3, 4, 4, 5, 6}).empty());
    CHECK(apart({5, 5, 5, 5, 5, 5, 7, 8}).empty());
    // Either end, and the lowest as well as the highest score.
    CHECK(apart({10, 7, 7, 7, 7}) == Ids{"p1"});
    CHECK(apart({0, 3, 3, 3, 3}) == Ids{"p1"});
}

TEST_CASE("nobody stands apart from a rest that does not agree", "[scaling]") {
    // 7 is three clear of 4, but 0, 2, 4 are spread as widely: their median
    // absolute deviation is 2, and 7 is 5 from their median 2, under 3 x 2.
    CHECK(apart({0, 2, 4, 7}).empty());
    // The rest is itself two camps.
    CHECK(apart({0, 0, 5, 5, 8}).empty());
    // The same gap from a rest that agrees (deviation 0) is apart.
    CHECK(apart({2, 2, 2, 7}) == Ids{"p4"});
    // Exactly three deviations is enough: 2, 4, 6 have median 4 and
    // deviation 2, and 10 is 6 from 4.
    CHECK(apart({2, 4, 6, 10}) == Ids{"p4"});
    // Just under: 0, 1, 5, 6 have median 3 and deviation 2.5, and 10 is 7
    // from 3, under 7.5, though four points clear of 6.
    CHECK(apart({0, 1, 5, 6, 10}).empty());
}

TEST_CASE("a room split into two camps marks nobody as apart, and says it is split", "[scaling]") {
    auto s = spreadOf(roundOf({2, 7, 2, 3, 8, 3, 7, 8}));
    CHECK(s.standApart.empty());
    REQUIRE(s.split());
    CHECK(s.lowerGroup == Ids{"p1", "p3", "p4", "p6"}); // in the order they answered
    CHECK(s.upperGroup == Ids{"p2", "p5", "p7", "p8"});
    CHECK(spreadOf(roundOf({2, 2, 8, 8})).split());
    CHECK(spreadOf(roundOf({2, 2, 8, 8})).standApart.empty());
    // One group: no split.
    CHECK_FALSE(spreadOf(roundOf({3, 4, 5, 6, 7})).split());
    // Three groups are not two.
    CHECK_FALSE(spreadOf(roundOf({0, 0, 5, 5, 10, 10})).split());
    // One answer on its own is not a group.
    CHECK_FALSE(spreadOf(roundOf({0, 2, 4, 7})).split());
    // Those who stand apart are not a camp.
    auto few = spreadOf(roundOf({5, 5, 5, 5, 5, 5, 9, 9}));
    CHECK(few.standApart == Ids{"p7", "p8"});
    CHECK_FALSE(few.split());
}

TEST_CASE("at most a quarter of the answers stand apart, or none do", "[scaling]") {
    // Eight answers: two may stand apart, on one side or both.
    CHECK(apart({5, 5, 5, 5, 5, 5, 9, 9}) == Ids{"p7", "p8"});
    CHECK(apart({0, 5, 5, 5, 5, 5, 5, 10}) == Ids{"p1", "p8"});
    CHECK(apart({0, 3, 6, 6, 6, 6, 6, 6, 6, 6}) == Ids{"p1", "p2"});
    // Seven: only one, so the two 9s are a camp, not two who stand apart.
    CHECK(apart({5, 5, 5, 5, 5, 9, 9}).empty());
    CHECK(spreadOf(roundOf({5, 5, 5, 5, 5, 9, 9})).split());
    // Five: one apart at each end is two of five, too many.
    CHECK(apart({0, 5, 5, 5, 10}).empty());
    CHECK_FALSE(spreadOf(roundOf({0, 5, 5, 5, 10})).split());
    // Three at the top of nine (the sample's Lena): one side of the room.
    CHECK(apart({9, 7, 3, 3, 2, 3, 5, 4, 7, std::nullopt}).empty());
}

TEST_CASE("standing apart needs four scores, and declined answers are not scores", "[scaling]") {
    CHECK(apart({5, 5, 5, 9}) == Ids{"p4"});
    CHECK(apart({5, 5, 9}).empty());
    CHECK(apart({9, 1, 5}).empty());
    CHECK(apart({5, std::nullopt, 5, std::nullopt, 9}).empty());
    CHECK_FALSE(spreadOf(roundOf({2, 2, std::nullopt, 8})).split());
    // Declined answers neither stand apart nor count.
    CHECK(apart({7, 7, std::nullopt, 8, 9}).empty());
    CHECK(apart({7, 7, std::nullopt, 7, 10}) == Ids{"p5"});
    // 10 is three from the others' median 7 but only two clear of the 8.
    CHECK(apart({7, 7, std::nullopt, 8, 10}).empty());
    // Nor do they make the room bigger: seven scores allow one apart, not two.
    CHECK(apart({5, 5, 5, 5, 5, 9, 9, std::nullopt}).empty());
}

TEST_CASE("a room that agrees has nobody apart and no split", "[scaling]") {
    for (int score : {0, 5, 10}) {
        auto s = spreadOf(roundOf({score, score, score, score, score}));
        CHECK(s.standApart.empty());
        CHECK_FALSE(s.split());
        CHECK(s.lowest == score);
        CHECK(s.highest == score);
    }
    // Deviation zero: the floor of three points alone decides.
    CHECK(apart({6, 6, 6, 6, 8}).empty());
    CHECK(apart({6, 6, 6, 6, 9}) == Ids{"p5"});
    CHECK(apart({6, 6, 6, 6, 3}) == Ids{"p5"});
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
    // 10 fits an initial conference (no plan yet) as well as a review.
    CHECK(r.high == "Zoë is safe enough that the case can close");
    CHECK(r.high.find("plan") == std::string::npos);
    Item worry{"i3", Column::Worried, "Ryan shouts at the children"};
    auto s = statementRound(worry, "c2", "s2");
    CHECK(s.statement == "i3");
    // A question about safety, so that its answer runs the way its ends do: 10 is no worry.
    CHECK(s.question == "On a scale of 0 to 10, how safe are things now, about this worry? "
                        "\u201CRyan shouts at the children\u201D");
    CHECK(s.low == "this danger is happening now");
    CHECK(s.high == "this danger is no longer a worry");
    CHECK(s.question.find("worried") == std::string::npos);
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

TEST_CASE("the last conference's round is found however it was retyped, and never on a turned "
          "scale",
          "[scaling]") {
    Conference now, before;
    before.children = now.children = {{"c1", "Zoë Nowak"}};
    ScalingRound last = overallRound(before.children[0], "s1");
    last.question = "On a scale of 0 to 10, where 10 means Zoë is safe enough that we can close "
                    "the case, where are things today?";
    before.scaling = {last};
    now.scaling = {overallRound(now.children[0], "s1")};
    // Each conference asked Zoë one overall question: the same question, reworded.
    CHECK(sameRoundIn(before, now, now.scaling[0]) == &before.scaling[0]);
    // Case, spaces and punctuation do not make another question.
    now.scaling[0].question = "on a scale of 0 to 10 where 10 means ZOË is safe enough that we "
                              "can close the case   where are things today";
    CHECK(sameRoundIn(before, now, now.scaling[0]) == &before.scaling[0]);
    // Two different overall questions this time: which is "the same" is not guessed.
    now.scaling.push_back(overallRound(now.children[0], "s2"));
    now.scaling[1].question = "How safe is Zoë when Ryan visits?";
    CHECK_FALSE(sameRoundIn(before, now, now.scaling[1]));
    // A scale turned round is another scale: 8 there is 2 here.
    now.scaling = {overallRound(now.children[0], "s1")};
    now.scaling[0].direction = Direction::HighIsRisk;
    CHECK_FALSE(sameRoundIn(before, now, now.scaling[0]));
    now.scaling.push_back(now.scaling[0]);
    now.scaling[1].id = "s2";
    CHECK(earlierRound(now, now.scaling[1]) == &now.scaling[0]);
    now.scaling[1].direction = Direction::HighIsSafe;
    CHECK_FALSE(earlierRound(now, now.scaling[1]));
}
