#include "full_conference.hpp"
#include "interchange/json.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace cpc;
using namespace cpc::interchange;
using cpc::test::at;
using cpc::test::day;
using nlohmann::json;

namespace {

const WriteOptions asIs{false};

// A document written by someone else: only the contract's names, no ids where
// the contract has none.
const char* contractDocument = R"({
  "format": "cpcboard/1",
  "conference": {
    "kind": "initial",
    "title": "Initial child protection conference",
    "scheduled_start": "2026-12-21T10:00",
    "venue": "Room 1",
    "region": "england-wales",
    "strategy_discussion": "2026-12-01",
    "previous_conference": null,
    "purpose": "To decide whether Amara needs a plan",
    "unknown_field": {"nested": [1, 2, 3]}
  },
  "children": [ { "id": "c1", "name": "Amara", "date_of_birth": "2020-05-05", "address": "1 High St" } ],
  "adults": [ { "id": "m1", "name": "Grace", "date_of_birth": null, "address": "1 High St", "relationship": "Mother" } ],
  "participants": [
    { "id": "p1", "name": "Chair", "role": "chair", "agency": "IRO service", "attendance": "attended", "exclusion_reason": null },
    { "id": "p2", "name": "Grace", "role": "parent", "agency": "", "attendance": "excluded", "exclusion_reason": "Asked to step out" },
    { "id": "p3", "name": "Sam", "role": "social_worker", "agency": "CSC", "attendance": "attended", "exclusion_reason": null }
  ],
  "reports": [ { "author": "p3", "received": "2026-12-17", "open_to_parents": true } ],
  "items": [
    { "column": "worried", "text": "Missed health appointments", "children": [], "source": "p3", "tag": "fact", "confidential": false },
    { "id": "i2", "column": "working_well", "text": "Grace asks for help", "children": ["c1"], "source": null, "tag": null, "confidential": false }
  ],
  "scaling": [ {
    "question": "How safe is Amara?", "low": "Not safe", "high": "Safe enough", "child": "c1",
    "responses": [ { "participant": "p1", "score": 3, "comment": "" }, { "participant": "p2", "score": null, "comment": "Would rather not" }, { "participant": "p3", "score": 7.0, "comment": "" } ]
  } ],
  "decisions": [ {
    "child": "c1", "outcome": "plan", "categories": ["neglect"], "reasons": "Ongoing neglect",
    "views": [ { "participant": "p3", "recommendation": "plan", "categories": ["neglect"], "comment": "" } ],
    "dissent": [ { "participant": "p1", "reasons": "Chair dissent is odd but allowed" } ],
    "parents_view": { "agrees": null, "text": "Not sure", "complaint_process_explained": true }
  } ],
  "plan": {
    "key_worker": "p3", "core_group": ["p2", "p3"],
    "actions": [ { "what": "Register with a GP", "who": "p2", "by": "2027-01-15", "children": ["c1"] },
                 { "what": "Home visits", "who": "Health visiting team", "by": null, "children": [] } ],
    "contingency": "Review if appointments are missed",
    "first_core_group": null, "review_conference": null
  }
})";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("a document with only the contract's fields imports") {
    const Conference c = parse(contractDocument);
    CHECK(c.details.kind == Kind::Initial);
    CHECK(c.details.scheduledStart == at("2026-12-21T10:00"));
    CHECK(c.details.strategyDiscussion == day("2026-12-01"));
    CHECK(c.details.previousConference == std::nullopt);
    CHECK(c.id.empty());
    REQUIRE(c.participants.size() == 3);
    CHECK(c.participants[1].attendance == Attendance::Excluded);
    CHECK(c.participants[1].exclusionReason == "Asked to step out");
    CHECK(c.participants[0].exclusionReason.empty());
    CHECK(c.participants[2].role == Role::SocialWorker);
    CHECK(c.adults[0].dateOfBirth == std::nullopt);
    CHECK(c.reports[0].openToParents);
    CHECK(c.items[0].tag == Tag::Fact);
    CHECK(c.items[1].children == std::vector<Id>{"c1"});
    CHECK(c.decisions[0].outcome == Outcome::Plan);
    // An old file's one view for both parents is read as the parents' together.
    REQUIRE(c.decisions[0].parentsViews.size() == 1);
    CHECK(c.decisions[0].parentsViews[0].participant.empty());
    CHECK(c.decisions[0].parentsViews[0].agrees == std::nullopt);
    CHECK(c.decisions[0].parentsViews[0].text == "Not sure");
    CHECK(c.plan.details.keyWorker == "p3");
    CHECK(c.plan.actions[1].who == "Health visiting team");
    CHECK(c.plan.actions[0].by == day("2027-01-15"));
    CHECK(c.plan.details.firstCoreGroup == std::nullopt);
}

TEST_CASE("fields the program adds take their defaults when missing") {
    const Conference c = parse(contractDocument);
    CHECK(c.settings == Settings{});
    CHECK(c.meeting == MeetingTimes{});
    CHECK(c.reviewOf == std::nullopt);
    CHECK(c.participants[0].presence.empty());
    CHECK(c.items[0].said == std::nullopt);
    CHECK(c.scaling[0].direction == Direction::HighIsSafe);
    CHECK(c.scaling[0].revealed);
    CHECK_FALSE(c.scaling[0].anonymous);
    CHECK(c.scaling[0].statement == std::nullopt);
    CHECK(c.decisions[0].threshold == ThresholdTest{});
    CHECK(c.decisions[0].dissent[0].escalated == false);
    CHECK(c.plan.actions[0].progress == std::nullopt);
    CHECK(c.plan.actions[0].fromItem == std::nullopt);
    CHECK(c.plan.details.keepingSafe.empty());
}

TEST_CASE("missing ids are made up without clashing with given ones") {
    const Conference c = parse(contractDocument);
    CHECK(c.reports[0].id == "r1");
    CHECK(c.items[0].id == "i3"); // "i2" is taken by the second item
    CHECK(c.items[1].id == "i2");
    CHECK(c.scaling[0].id == "s1");
    CHECK(c.plan.actions[0].id == "a1");
    CHECK(c.plan.actions[1].id == "a2");
}

TEST_CASE("scores: null is declined and a whole number written as 7.0 is 7") {
    const Conference c = parse(contractDocument);
    const auto& r = c.scaling[0].responses;
    CHECK(r[0].score == 3);
    CHECK(r[1].score == std::nullopt);
    CHECK(r[2].score == 7);
    json doc = json::parse(contractDocument);
    doc["scaling"][0]["responses"][0].erase("score");
    CHECK(fromJson(doc).scaling[0].responses[0].score == std::nullopt);
    doc["scaling"][0]["responses"][0]["score"] = 0;
    CHECK(fromJson(doc).scaling[0].responses[0].score == 0);
    doc["scaling"][0]["responses"][0]["score"] = 10;
    CHECK(fromJson(doc).scaling[0].responses[0].score == 10);
}

TEST_CASE("the smallest document") {
    const Conference c = parse(R"({"format": "cpcboard/1", "conference": {"kind": "review"}})");
    Conference expected;
    expected.details.kind = Kind::Review;
    CHECK(c == expected);
}

TEST_CASE("unknown fields are ignored everywhere") {
    json doc = json::parse(contractDocument);
    doc["extra"] = "x";
    doc["children"][0]["favourite_colour"] = "blue";
    doc["items"][0]["votes"] = 3;
    doc["plan"]["actions"][0]["cost"] = {{"amount", 10}};
    CHECK(fromJson(doc) == parse(contractDocument));
}

TEST_CASE("an imported document writes back and reads the same") {
    const Conference c = parse(contractDocument);
    CHECK(parse(write(c, asIs)) == c);
}

TEST_CASE("entity-level read leaves references to fromJson") {
    const json item = {
        {"column", "worried"}, {"text", "x"}, {"source", "p99"}, {"children", {"c9"}}};
    const Item i = read<Item>(item, "items[3]");
    CHECK(i.source == "p99");
    CHECK(i.id.empty());
    const json decision = {{"child", "c9"}, {"views", {{{"participant", "p42"}}}}};
    CHECK(read<Decision>(decision, "decisions[0]").views[0].participant == "p42");
}

TEST_CASE("any text a person types survives write and parse byte for byte") {
    const std::vector<std::string> texts = {
        "Zoë",
        "Łukasz",
        "Ngozi Ọkọnkwọ",
        "Siobhán Ní Bhriain",
        "مريم الحسن",
        "王芳",
        "Ελένη",
        "e\xCC\x81 (combining accent)",
        "👶🏽 🏠 ❤️ 👨‍👩‍👧",
        "She said \"no\" and 'left'",
        "back\\slash / slash",
        "line one\nline two\r\nthird\ttabbed",
        std::string("nul\0inside", 10),
        std::string(20000, 'x') + "é",
        "",
    };
    Conference c;
    c.details.kind = Kind::Initial;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        auto id = "p" + std::to_string(i + 1);
        c.participants.push_back(
            {id, "Name " + texts[i], Role::Parent, texts[i], Attendance::Invited, texts[i], {}});
        c.items.push_back({"i" + std::to_string(i + 1),
                           Column::Worried,
                           "Item " + texts[i],
                           {},
                           id,
                           std::nullopt,
                           false,
                           std::nullopt});
    }
    c.details.title = texts[0] + texts[2] + texts[8];
    const std::string text = write(c, asIs);
    // Kept as UTF-8, not escaped to \u sequences.
    CHECK(text.find("Zoë") != std::string::npos);
    CHECK(text.find("Ngozi Ọkọnkwọ") != std::string::npos);
    CHECK(text.find("👶🏽") != std::string::npos);
    CHECK(text.find("\\u00eb") == std::string::npos);
    CHECK(text.find("\\ud83d") == std::string::npos);

    const Conference back = parse(text);
    REQUIRE(back.participants.size() == texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i) {
        CHECK(back.participants[i].agency == texts[i]);
        CHECK(back.participants[i].name == "Name " + texts[i]);
        CHECK(back.items[i].text == "Item " + texts[i]);
    }
    CHECK(back == c);
    CHECK(write(back, asIs) == text);
}

TEST_CASE("the sample conference imports and round-trips") {
    const std::string text = slurp(CPC_SOURCE_DIR "/assets/sample-conference.json");
    REQUIRE_FALSE(text.empty());
    const Conference c = parse(text);
    CHECK_FALSE(c.children.empty());
    CHECK_FALSE(c.participants.empty());
    CHECK(parse(write(c, asIs)) == c);
    CHECK(fromJson(toJson(c, asIs)) == c);
    CHECK(fromJson(toJson(c)).children == c.children);
}

TEST_CASE("who may see what travels in the JSON: seconds, releases, confidential actions") {
    Conference c;
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {{"c1", "Amir"}};
    c.participants = {{"p1", "Anne Booth", Role::SocialWorker}};
    Item item{"i1", Column::NeedsToHappen, "said while Dad was out"};
    item.said = parseDateTime("2026-12-03T10:41:07");
    item.shownToFamily = true;
    c.items = {item};
    c.scaling = {{"s1", "Where are things?"}};
    c.scaling[0].responses = {{"p1", 4, "", parseDateTime("2026-12-03T10:42:30")}};
    Action a{"a1", "the same words", "p1"};
    a.fromItem = "i1";
    a.confidential = true;
    c.plan.actions = {a};

    const json j = toJson(c, asIs);
    CHECK(j["items"][0]["said"] == "2026-12-03T10:41:07");
    CHECK(j["items"][0]["shown_to_family"] == true);
    CHECK(j["plan"]["actions"][0]["confidential"] == true);
    CHECK(j["plan"]["actions"][0]["from_item"] == "i1");
    CHECK(j["scaling"][0]["responses"][0]["said"] == "2026-12-03T10:42:30");
    // The contract's scheduled start stays to the minute.
    CHECK(j["conference"]["scheduled_start"] == "2026-12-03T10:00");
    CHECK(parse(write(c, asIs)) == c);

    // An older file, times to the minute and none of these fields, reads as before.
    json old = j;
    old["items"][0]["said"] = "2026-12-03T10:41";
    old["items"][0].erase("shown_to_family");
    old["plan"]["actions"][0].erase("confidential");
    const Conference back = parse(old.dump());
    CHECK(back.items[0].said == parseDateTime("2026-12-03T10:41:00"));
    CHECK_FALSE(back.items[0].shownToFamily);
    CHECK_FALSE(back.plan.actions[0].confidential);
}

TEST_CASE("every addition of INTERCHANGE.md is in the sample, by the contract's names") {
    const json j = toJson(parse(slurp(CPC_SOURCE_DIR "/assets/sample-conference.json")), asIs);
    const auto& settings = j["conference"]["settings"];
    CHECK(settings["organisation"].get<std::string>().find("Thornmere") != std::string::npos);
    CHECK(settings["complaints_contact"].get<std::string>().find("0808") != std::string::npos);
    CHECK(settings["marking"] == "OFFICIAL-SENSITIVE");
    CHECK(j["conference"]["meeting"]["ended"] == "2026-12-03T11:52:00");
    const auto& kacper = j["children"][1];
    CHECK(kacper["views"][0]["how"] == "relayed");
    CHECK(kacper["views"][0]["by"] == "p8");
    CHECK(j["children"][2]["views"][0]["how"] == "observed");
    CHECK(j["adults"][0]["known_to_children_as"] == "Mum");
    CHECK(j["participants"][2]["adult"] == "a1");
    CHECK(j["participants"][5]["language"] == "Polish");
    CHECK(j["reports"][0]["title"] == "Social work report to the initial conference");
    CHECK(j["reports"][0]["shared_with_parents"] == "2026-11-30");
    const auto& lena = j["decisions"][2];
    CHECK(lena["categories"].size() == 2);
    CHECK_FALSE(lena["multiple_category_reasons"].get<std::string>().empty());
    CHECK(lena["parents_views"].size() == 3);
    CHECK(lena["parents_views"][0]["participant"] == "p3");
    CHECK_FALSE(lena.contains("parents_view"));
    const auto& first = j["plan"]["actions"][0];
    CHECK_FALSE(first["outcome"].get<std::string>().empty());
    CHECK(first["for_child"].get<std::string>().find("Aisha") != std::string::npos);
    CHECK(j["plan"]["actions"][7]["for_child"].is_null());
}

TEST_CASE("additions that do not fit are refused in one line naming the field") {
    auto refused = [](const char* pointer, json value) {
        json j = toJson(parse(slurp(CPC_SOURCE_DIR "/assets/sample-conference.json")), asIs);
        j[json::json_pointer(pointer)] = std::move(value);
        try {
            fromJson(j);
        } catch (const ImportError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(refused("/children/1/views/0/how", "shouted") ==
          "children[1].views[0].how: unknown value \"shouted\"");
    CHECK(refused("/children/1/views/0/by", "p99") ==
          "children[1].views[0].by: no participant \"p99\"");
    CHECK(refused("/participants/2/adult", "a9") == "participants[2].adult: no adult \"a9\"");
    CHECK(refused("/decisions/0/parents_views/1/participant", "p3") ==
          "decisions[0].parents_views[1].participant: \"p3\" has two views");
    CHECK(refused("/reports/0/shared_with_parents", "30/11/2026") ==
          "reports[0].shared_with_parents: \"30/11/2026\" is not a date (YYYY-MM-DD)");
    CHECK(refused("/plan/actions/0/for_child", 7) ==
          "plan.actions[0].for_child: expected a string, found a number");
}

TEST_CASE("a stretch of presence from a file without modes was in the room") {
    json j = json::parse(contractDocument);
    j["participants"][0]["presence"] = json::array({{{"from", "2026-12-03T10:00:00"}}});
    const Conference c = parse(j.dump());
    REQUIRE(c.participants[0].presence.size() == 1);
    CHECK(c.participants[0].presence[0].mode == PresenceMode::Room);
    j["participants"][0]["presence"][0]["mode"] = "video";
    CHECK(parse(j.dump()).participants[0].presence[0].mode == PresenceMode::Video);
}

TEST_CASE("a privacy check is for a family member, and one for a professional is refused") {
    json j = json::parse(contractDocument);
    const json check = {{"at", "2026-12-03T10:02:00"}, {"private", nullptr}, {"note", ""}};
    for (std::size_t i = 0; i < j["participants"].size(); ++i) {
        json one = j;
        one["participants"][i]["privacy_check"] = check;
        const std::string role = one["participants"][i]["role"];
        INFO(role);
        if (role == "parent" || role == "carer" || role == "child") {
            CHECK_FALSE(parse(one.dump()).participants[i].privacyCheck->canSpeakPrivately);
        } else {
            CHECK_THROWS_WITH(parse(one.dump()),
                              Catch::StartsWith("participants[" + std::to_string(i) +
                                                "].privacy_check: is for a family member"));
        }
    }
}
