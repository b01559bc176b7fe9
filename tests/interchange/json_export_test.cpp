#include "full_conference.hpp"
#include "interchange/json.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::interchange;
using cpc::test::at;
using cpc::test::day;
using cpc::test::fullConference;

namespace {

const WriteOptions asIs{false};

// An initial conference on Monday 21 December 2026 that decides on a plan:
// the first core group falls 10 working days later, past Christmas and New Year.
Conference initialWithPlan() {
    Conference c;
    c.details.kind = Kind::Initial;
    c.details.scheduledStart = at("2026-12-21T10:00");
    c.details.strategyDiscussion = day("2026-12-01");
    c.children = {{"c1", "Amara", std::nullopt, ""}};
    c.decisions = {Decision{}};
    c.decisions[0].child = "c1";
    c.decisions[0].outcome = Outcome::Plan;
    c.decisions[0].categories = {Category::Neglect};
    return c;
}

} // namespace

TEST_CASE("every field survives toJson and fromJson") {
    const Conference c = fullConference();
    CHECK(fromJson(toJson(c, asIs)) == c);
}

TEST_CASE("every field survives write and parse") {
    const Conference c = fullConference();
    const std::string text = write(c, asIs);
    CHECK(parse(text) == c);
    CHECK(write(parse(text), asIs) == text);
}

TEST_CASE("a round trip does not hide a changed field") {
    // Guards the round-trip tests themselves: equality must see a difference.
    Conference c = fullConference();
    Conference changed = c;
    changed.scaling[0].anonymous = false;
    CHECK(fromJson(toJson(changed, asIs)) != c);
}

TEST_CASE("each entity survives toJson and read on its own") {
    const Conference c = fullConference();
    CHECK(read<Details>(toJson(c.details), "conference") == c.details);
    CHECK(read<Settings>(toJson(c.settings), "settings") == c.settings);
    CHECK(read<MeetingTimes>(toJson(c.meeting), "meeting") == c.meeting);
    CHECK(read<Child>(toJson(c.children[0]), "x") == c.children[0]);
    CHECK(read<Adult>(toJson(c.adults[0]), "x") == c.adults[0]);
    for (const auto& p : c.participants)
        CHECK(read<Participant>(toJson(p), "x") == p);
    CHECK(read<Presence>(toJson(c.participants[1].presence[0]), "x") ==
          c.participants[1].presence[0]);
    CHECK(read<Report>(toJson(c.reports[0]), "x") == c.reports[0]);
    for (const auto& i : c.items)
        CHECK(read<Item>(toJson(i), "x") == i);
    CHECK(read<ScaleAnswer>(toJson(c.scaling[0].responses[1]), "x") == c.scaling[0].responses[1]);
    for (const auto& s : c.scaling)
        CHECK(read<ScalingRound>(toJson(s), "x") == s);
    CHECK(read<ThresholdTest>(toJson(c.decisions[0].threshold), "x") == c.decisions[0].threshold);
    CHECK(read<View>(toJson(c.decisions[0].views[0]), "x") == c.decisions[0].views[0]);
    CHECK(read<Dissent>(toJson(c.decisions[0].dissent[0]), "x") == c.decisions[0].dissent[0]);
    for (const auto& pv : c.decisions[0].parentsViews)
        CHECK(read<ParentsView>(toJson(pv), "x") == pv);
    for (const auto& d : c.decisions)
        CHECK(read<Decision>(toJson(d), "x") == d);
    for (const auto& a : c.plan.actions)
        CHECK(read<Action>(toJson(a), "x") == a);
    CHECK(read<PlanDetails>(toJson(c.plan.details), "plan") == c.plan.details);
}

TEST_CASE("the document uses the contract's names and values") {
    const auto j = toJson(fullConference(), asIs);
    CHECK(j["format"] == "cpcboard/1");
    CHECK(j["conference"]["kind"] == "review");
    CHECK(j["conference"]["region"] == "scotland");
    CHECK(j["conference"]["scheduled_start"] == "2026-12-21T10:00");
    CHECK(j["conference"]["strategy_discussion"] == "2026-09-01");
    CHECK(j["conference"]["settings"]["record_due_working_days"] == 20);
    CHECK(j["children"][0]["date_of_birth"] == "2019-04-02");
    CHECK(j["participants"][2]["role"] == "police");
    CHECK(j["participants"][3]["attendance"] == "did_not_attend");
    CHECK(j["participants"][0]["exclusion_reason"].is_null());
    CHECK(j["participants"][1]["exclusion_reason"] ==
          "Stepped out while police information was shared");
    CHECK(j["participants"][0]["presence"][0]["to"].is_null());
    CHECK(j["participants"][0]["presence"][0]["mode"] == "room");
    CHECK(j["participants"][1]["presence"][1]["mode"] == "phone");
    CHECK(j["participants"][1]["privacy_check"]["private"] == false);
    CHECK(j["participants"][1]["privacy_check"]["note"] == "Her brother is in the flat with her");
    CHECK(j["participants"][0]["privacy_check"].is_null());
    CHECK(j["reports"][0]["open_to_parents"] == true);
    CHECK(j["items"][1]["column"] == "working_well");
    CHECK(j["items"][0]["tag"] == "observation");
    CHECK(j["items"][2]["source"].is_null());
    CHECK(j["items"][2]["children"] == nlohmann::json::array());
    CHECK(j["scaling"][0]["direction"] == "high_is_risk");
    CHECK(j["scaling"][0]["responses"][1]["score"].is_null());
    CHECK(j["scaling"][0]["responses"][0]["score"] == 4);
    CHECK(j["decisions"][0]["outcome"] == "continue_plan");
    CHECK(j["decisions"][0]["categories"] == nlohmann::json({"emotional", "neglect"}));
    CHECK(j["decisions"][0]["views"][0]["recommendation"] == "no_plan");
    CHECK(j["decisions"][1]["threshold"]["likely_to_suffer"].is_null());
    CHECK(j["decisions"][0]["parents_views"][0]["complaint_process_explained"] == true);
    CHECK(j["plan"]["key_worker"] == "p5");
    CHECK(j["plan"]["actions"][1]["who"] == "Family Support Team");
    CHECK(j["plan"]["actions"][0]["progress"] == "in_progress");
    CHECK(j["plan"]["actions"][0]["from_item"] == "i3");
    CHECK_FALSE(j["plan"]["actions"][1].contains("from_item")); // absent, not null, when unset
    CHECK(j["plan"]["first_core_group"] == "2027-01-07");
}

TEST_CASE("an undecided outcome and an unset plan are written as null") {
    Conference c;
    c.children = {{"c1", "Amara", std::nullopt, ""}};
    c.decisions = {Decision{}};
    c.decisions[0].child = "c1";
    const auto j = toJson(c, asIs);
    CHECK(j["decisions"][0]["outcome"].is_null());
    CHECK(j["plan"]["key_worker"].is_null());
    CHECK(j["plan"]["first_core_group"].is_null());
    CHECK(j["conference"]["scheduled_start"].is_null());
    CHECK(fromJson(j) == c);
}

TEST_CASE("write: fields in the order of INTERCHANGE.md with 2-space indent and a final newline") {
    const std::string text = write(fullConference(), asIs);
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    CHECK(text.rfind("{\n  \"format\": \"cpcboard/1\",\n  \"conference\": {\n    \"id\"", 0) == 0);

    auto before = [&](std::string_view a, std::string_view b) {
        auto pa = text.find(a), pb = text.find(b);
        INFO(a << " before " << b);
        REQUIRE(pa != std::string::npos);
        REQUIRE(pb != std::string::npos);
        CHECK(pa < pb);
    };
    before("\"conference\"", "\"children\"");
    before("\"children\"", "\"adults\"");
    before("\"adults\"", "\"participants\"");
    before("\"participants\"", "\"reports\"");
    before("\"reports\"", "\"items\"");
    before("\"items\"", "\"scaling\"");
    before("\"scaling\"", "\"decisions\"");
    before("\"decisions\"", "\"plan\"");
    before("\"kind\"", "\"title\"");
    before("\"title\"", "\"scheduled_start\"");
    before("\"strategy_discussion\"", "\"previous_conference\"");
    before("\"previous_conference\"", "\"purpose\"");
    before("\"key_worker\"", "\"core_group\"");
    before("\"core_group\"", "\"actions\"");
    before("\"actions\"", "\"contingency\"");
    before("\"contingency\"", "\"first_core_group\"");
    before("\"first_core_group\"", "\"review_conference\"");
}

TEST_CASE("export fills the plan's dates from the rules") {
    const Conference c = initialWithPlan();
    const auto j = toJson(c);
    CHECK(j["plan"]["first_core_group"] == "2027-01-07");
    CHECK(j["plan"]["review_conference"].is_string());
    CHECK(j["plan"]["core_group_before_review"].is_string());
    // The conference itself is not changed: reading back gives the filled dates.
    const Conference back = fromJson(j);
    CHECK(back.plan.details.firstCoreGroup == day("2027-01-07"));
    CHECK(c.plan.details.firstCoreGroup == std::nullopt);
}

TEST_CASE("export keeps dates already set and fills nothing when asked not to") {
    Conference c = initialWithPlan();
    c.plan.details.firstCoreGroup = day("2027-01-05");
    c.plan.details.reviewConference = day("2027-03-01");
    c.plan.details.coreGroupBeforeReview = day("2027-02-10");
    const auto j = toJson(c);
    CHECK(j["plan"]["first_core_group"] == "2027-01-05");
    CHECK(j["plan"]["review_conference"] == "2027-03-01");
    CHECK(j["plan"]["core_group_before_review"] == "2027-02-10");

    const auto plain = toJson(initialWithPlan(), asIs);
    CHECK(plain["plan"]["first_core_group"].is_null());
    CHECK(plain["plan"]["review_conference"].is_null());
    CHECK(write(initialWithPlan()).find("\"first_core_group\": \"2027-01-07\"") !=
          std::string::npos);
}
