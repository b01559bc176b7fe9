// A file from outside is one JSON document within limits and consistent
// across fields, or it is refused in one line naming the field.
#include "interchange/import_check.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>

using namespace cpc;
using namespace cpc::interchange;
using Json = nlohmann::json;

namespace {

Json sample() {
    std::ifstream in(CPC_SOURCE_DIR "/assets/sample-conference.json");
    std::stringstream text;
    text << in.rdbuf();
    return Json::parse(text.str());
}

std::string refusal(const std::string& text, const ImportLimits& limits = {}) {
    try {
        importDocument(text, limits);
    } catch (const ImportError& e) {
        std::string what = e.what();
        CHECK(what.find('\n') == std::string::npos);
        return what;
    }
    return "accepted";
}

std::string refusal(const Json& j, const ImportLimits& limits = {}) {
    return refusal(j.dump(), limits);
}

void presence(Json& j, const char* from, const char* to) {
    j["participants"][2]["presence"] = Json::array({{{"from", from}, {"to", to}}});
}

} // namespace

TEST_CASE("the sample is accepted as it is", "[import-check]") {
    CHECK(refusal(sample()) == "accepted");
}

TEST_CASE("a NUL byte is refused wherever it is, with its place", "[import-check]") {
    std::string text = sample().dump(2);
    CHECK(refusal(text + std::string(1, '\0') + "{\"more\": 1}")
              .ends_with("a NUL byte; the file must be one JSON document and nothing else"));
    std::string inside = text;
    inside.insert(inside.find("Zo"), 1, '\0');
    CHECK(refusal(inside).find("a NUL byte") != std::string::npos);
    CHECK(refusal(inside).starts_with("line "));
    CHECK(refusal(text + "\n{}").find("line ") == 0); // a second document
}

TEST_CASE("text fields are limited in characters, not bytes", "[import-check]") {
    Json j = sample();
    j["items"][0]["text"] = std::string(20'000, 'a');
    CHECK(refusal(j) == "accepted");
    std::string umlauts;
    for (int i = 0; i < 20'000; ++i)
        umlauts += "\xc3\xab"; // ë: two bytes, one character
    j["items"][0]["text"] = umlauts;
    CHECK(refusal(j) == "accepted");
    j["items"][0]["text"] = std::string(20'001, 'a');
    CHECK(refusal(j) == "items[0].text: 20,001 characters; the limit is 20,000");
    j = sample();
    j["conference"]["purpose"] = std::string(52'000, 'x');
    CHECK(refusal(j) == "conference.purpose: 52,000 characters; the limit is 20,000");
}

TEST_CASE("lists and the file are limited, and the limits are settings", "[import-check]") {
    Json j = sample();
    ImportLimits few;
    few.items = j["items"].size();
    CHECK(refusal(j, few) == "accepted");
    few.items -= 1;
    CHECK(refusal(j, few) == "items: " + std::to_string(j["items"].size()) +
                                 " entries; the limit is " + std::to_string(few.items));
    ImportLimits small;
    small.fileBytes = 1000;
    CHECK(refusal(j, small).starts_with("the file is "));
    ImportLimits actions;
    actions.actions = 1;
    CHECK(refusal(j, actions).starts_with("plan.actions: "));
}

TEST_CASE("dates fall between 1900 and 2100", "[import-check]") {
    Json j = sample();
    j["children"][0]["date_of_birth"] = "1900-01-01";
    CHECK(refusal(j) == "accepted");
    j["children"][0]["date_of_birth"] = "1899-12-31";
    CHECK(refusal(j) ==
          "children[0].date_of_birth: 1899-12-31 is not a date between 1900 and 2100");
    j["children"][0]["date_of_birth"] = "0000-05-01";
    CHECK(refusal(j).starts_with("children[0].date_of_birth: "));
    j = sample();
    j["plan"]["review_conference"] = "2100-12-31";
    CHECK(refusal(j) == "accepted");
    j["plan"]["review_conference"] = "2101-01-01";
    CHECK(refusal(j).starts_with("plan.review_conference: 2101-01-01 is not a date"));
    j = sample();
    j["plan"]["actions"][0]["by"] = "9999-01-01";
    CHECK(refusal(j).starts_with("plan.actions[0].by: "));
    // The additions' dates too.
    j = sample();
    j["reports"][0]["shared_with_parents"] = "1026-11-30";
    CHECK(refusal(j).starts_with("reports[0].shared_with_parents: 1026-11-30 is not a date"));
    j = sample();
    j["children"][1]["views"][0]["said"] = "3026-12-03T10:20:00";
    CHECK(refusal(j).starts_with("children[1].views[0].said: "));
}

TEST_CASE("ends come after starts", "[import-check]") {
    Json j = sample();
    j["conference"]["meeting"] = {{"started", "2026-12-03T10:00:00"},
                                  {"ended", "2026-12-03T10:00:00"}};
    CHECK(refusal(j) == "accepted");
    j["conference"]["meeting"]["ended"] = "2026-12-03T09:59:59";
    CHECK(refusal(j) == "conference.meeting.ended: ends (2026-12-03T09:59:59) before it starts "
                        "(2026-12-03T10:00:00)");
    j = sample();
    presence(j, "2026-12-03T10:00", "2026-12-03T09:00");
    CHECK(refusal(j).starts_with("participants[2].presence[0].to: ends (2026-12-03T09:00:00) "
                                 "before it begins"));
    j["participants"][2]["presence"] =
        Json::array({{{"from", "2026-12-03T10:00"}, {"to", "2026-12-03T11:00"}},
                     {{"from", "2026-12-03T10:30"}}});
    CHECK(refusal(j).starts_with("participants[2].presence[1].from: begins before"));
}

TEST_CASE("nothing is listed twice", "[import-check]") {
    Json j = sample();
    j["decisions"][0]["categories"] = {"emotional", "neglect", "emotional"};
    CHECK(refusal(j) == "decisions[0].categories[2]: \"emotional\" is listed twice");
    j = sample();
    j["plan"]["core_group"].push_back(j["plan"]["core_group"][0]);
    CHECK(refusal(j).starts_with("plan.core_group[" +
                                 std::to_string(j["plan"]["core_group"].size() - 1) +
                                 "]: \"p3\" is listed twice"));
    j = sample();
    j["items"][0]["children"] = {"c1", "c1"};
    CHECK(refusal(j) == "items[0].children[1]: \"c1\" is listed twice");
    j = sample();
    j["children"][1]["id"] = "c1";
    CHECK(refusal(j).find("is used twice") != std::string::npos);
}

TEST_CASE("a Child in Need plan after a plan that ends, and only then", "[import-check]") {
    Json j = sample();
    j["decisions"][1]["outcome"] = "end_plan";
    j["decisions"][1]["categories"] = Json::array();
    j["decisions"][1]["child_in_need_plan"] = true;
    Conference c = importDocument(j.dump());
    CHECK(c.decisions[1].childInNeedPlan);
    // Without the field: a plan that ends with nothing after it, as files before it say.
    j["decisions"][1].erase("child_in_need_plan");
    CHECK_FALSE(importDocument(j.dump()).decisions[1].childInNeedPlan);
    j = sample();
    j["decisions"][0]["child_in_need_plan"] = true;
    CHECK(refusal(j) == "decisions[0].child_in_need_plan: true goes only with \"end_plan\" (the "
                        "outcome is \"plan\")");
}

TEST_CASE("generated damage to a good file is refused in one line or kept exactly",
          "[import-check][property]") {
    // Each case takes the sample and breaks or bends one thing at random: a
    // date moved across the bounds, an entry copied, a text made huge, a byte
    // changed. Either the file is refused with a line naming a field or a
    // place, or what is accepted is consistent and survives a round trip.
    std::mt19937 random(20261130);
    const Json base = sample();
    const std::string text = base.dump(1);
    int refused = 0, accepted = 0;
    for (int round = 0; round < 400; ++round) {
        Json j = base;
        std::string doc;
        switch (random() % 5) {
        case 0: {
            int y = 1850 + static_cast<int>(random() % 300);
            j["children"][random() % j["children"].size()]["date_of_birth"] =
                std::to_string(y) + "-06-15";
            doc = j.dump();
            break;
        }
        case 1: {
            auto& cats = j["decisions"][0]["categories"];
            cats.push_back(std::vector<std::string>{"physical", "emotional", "sexual",
                                                    "neglect"}[random() % 4]);
            doc = j.dump();
            break;
        }
        case 2: {
            auto& items = j["items"];
            items[random() % items.size()]["text"] = std::string(19'990 + random() % 20, 'w');
            doc = j.dump();
            break;
        }
        case 3: {
            doc = text;
            doc[random() % doc.size()] = static_cast<char>(random() % 256);
            break;
        }
        default: {
            doc = text;
            doc.insert(random() % doc.size(), std::string(1, '\0'));
            break;
        }
        }
        try {
            Conference c = importDocument(doc);
            checkConsistent(c);
            CHECK(parse(write(c, {.fillComputedDates = false})) == c);
            ++accepted;
        } catch (const ImportError& e) {
            std::string what = e.what();
            INFO(what);
            CHECK(what.find('\n') == std::string::npos);
            CHECK(what.find(": ") != std::string::npos);
            ++refused;
        }
    }
    CHECK(refused > 50);
    CHECK(accepted > 50);
}
