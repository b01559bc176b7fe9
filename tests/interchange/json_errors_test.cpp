#include "full_conference.hpp"
#include "interchange/json.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::interchange;
using nlohmann::json;

namespace {

// The full conference as a document, with enough items for items[12] to exist.
json baseDocument() {
    Conference c = cpc::test::fullConference();
    while (c.items.size() < 13) {
        Item filler;
        filler.id = "i" + std::to_string(c.items.size() + 1);
        filler.text = "Filler";
        c.items.push_back(filler);
    }
    return toJson(c, WriteOptions{false});
}

std::string importError(const json& doc) {
    try {
        fromJson(doc);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "(imported without error)";
}

std::string parseError(const std::string& text) {
    try {
        parse(text);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "(imported without error)";
}

struct Change {
    const char* pointer;
    json value;
    const char* message;
};

// Sets one value of a valid document and expects this exact message.
void expectErrors(const std::vector<Change>& changes) {
    for (const auto& change : changes) {
        json doc = baseDocument();
        doc[json::json_pointer(change.pointer)] = change.value;
        INFO(change.pointer << " = " << change.value.dump());
        CHECK(importError(doc) == change.message);
    }
}

// Removes one field of a valid document and expects this exact message.
void expectMissing(const char* pointer, const char* message) {
    json doc = baseDocument();
    json::json_pointer p(pointer);
    doc[p.parent_pointer()].erase(p.back());
    INFO("without " << pointer);
    CHECK(importError(doc) == message);
}

} // namespace

TEST_CASE("the base document of these tests is valid") {
    CHECK(importError(baseDocument()) == "(imported without error)");
}

TEST_CASE("the three messages of the issue exactly") {
    expectErrors({
        {"/participants/3/role", "polise", R"(participants[3].role: unknown value "polise")"},
        {"/items/12/source", "p99", R"(items[12].source: no participant "p99")"},
        {"/scaling/0/responses/2/score", 11, "scaling[0].responses[2].score: 11 is outside 0..10"},
    });
}

TEST_CASE("the other shapes of message the brief names") {
    expectErrors({
        {"/conference/title", 5, "conference.title: expected a string, found a number"},
        {"/conference/strategy_discussion", "2026-13-01",
         R"(conference.strategy_discussion: "2026-13-01" is not a date (YYYY-MM-DD))"},
        {"/children/1/id", "c1", R"(children[1].id: "c1" is used twice)"},
        {"/decisions/1/child", "c1", R"(decisions[1].child: a decision for "c1" is already given)"},
        {"/scaling/0/responses/2/participant", "p1",
         R"(scaling[0].responses[2].participant: "p1" answered twice)"},
    });
    expectMissing("/participants/0/role", R"(participants[0]: missing required field "role")");
}

TEST_CASE("a wrong type for each kind of field") {
    expectErrors({
        {"/conference", json::array(), "conference: expected an object, found an array"},
        {"/conference/kind", true, "conference.kind: expected a string, found true"},
        {"/conference/venue", nullptr, "conference.venue: expected a string, found null"},
        {"/conference/id", 7, "conference.id: expected a string, found a number"},
        {"/conference/review_of", json::object(),
         "conference.review_of: expected a string, found an object"},
        {"/conference/scheduled_start", 1,
         "conference.scheduled_start: expected a date and time (YYYY-MM-DDTHH:MM:SS), found a "
         "number"},
        {"/conference/previous_conference", false,
         "conference.previous_conference: expected a date (YYYY-MM-DD), found false"},
        {"/conference/settings", "strict",
         "conference.settings: expected an object, found a string"},
        {"/conference/settings/health_is_one_agency", "yes",
         "conference.settings.health_is_one_agency: expected true or false, found a string"},
        {"/conference/settings/record_due_working_days", "15",
         "conference.settings.record_due_working_days: expected a number, found a string"},
        {"/conference/meeting", json::array(),
         "conference.meeting: expected an object, found an array"},
        {"/children", json::object(), "children: expected an array, found an object"},
        {"/children/0", "c1", "children[0]: expected an object, found a string"},
        {"/adults/0/relationship", json::array(),
         "adults[0].relationship: expected a string, found an array"},
        {"/participants/0/presence", "all morning",
         "participants[0].presence: expected an array, found a string"},
        {"/participants/0/presence/0/from", nullptr,
         "participants[0].presence[0].from: expected a date and time (YYYY-MM-DDTHH:MM:SS), found "
         "null"},
        {"/participants/1/exclusion_reason", false,
         "participants[1].exclusion_reason: expected a string, found false"},
        {"/reports/0/open_to_parents", "true",
         "reports[0].open_to_parents: expected true or false, found a string"},
        {"/items/0/children", "c1", "items[0].children: expected an array, found a string"},
        {"/items/0/children/0", 1, "items[0].children[0]: expected a string, found a number"},
        {"/items/0/confidential", 1,
         "items[0].confidential: expected true or false, found a number"},
        {"/scaling/0/revealed", nullptr, "scaling[0].revealed: expected true or false, found null"},
        {"/scaling/0/responses/0/score", "7",
         "scaling[0].responses[0].score: expected a number, found a string"},
        {"/scaling/0/responses", json::object(),
         "scaling[0].responses: expected an array, found an object"},
        {"/decisions/0/threshold", true, "decisions[0].threshold: expected an object, found true"},
        {"/decisions/0/threshold/likely_to_suffer", "no",
         "decisions[0].threshold.likely_to_suffer: expected true or false, found a string"},
        {"/decisions/0/parents_view", "agrees",
         "decisions[0].parents_view: expected an object, found a string"},
        {"/decisions/0/parents_view/agrees", 1,
         "decisions[0].parents_view.agrees: expected true or false, found a number"},
        {"/decisions/0/dissent/0/escalated", "yes",
         "decisions[0].dissent[0].escalated: expected true or false, found a string"},
        {"/decisions/0/categories", "neglect",
         "decisions[0].categories: expected an array, found a string"},
        {"/plan", json::array(), "plan: expected an object, found an array"},
        {"/plan/core_group", "p1", "plan.core_group: expected an array, found a string"},
        {"/plan/actions/0/who", json::array(),
         "plan.actions[0].who: expected a string, found an array"},
    });
}

TEST_CASE("an unknown value for every enumeration") {
    expectErrors({
        {"/conference/kind", "final", R"(conference.kind: unknown value "final")"},
        {"/conference/region", "wales", R"(conference.region: unknown value "wales")"},
        {"/participants/0/role", "Chair", R"(participants[0].role: unknown value "Chair")"},
        {"/participants/0/attendance", "present",
         R"(participants[0].attendance: unknown value "present")"},
        {"/participants/0/presence/0/mode", "telepathy",
         R"(participants[0].presence[0].mode: unknown value "telepathy")"},
        {"/items/0/column", "worries", R"(items[0].column: unknown value "worries")"},
        {"/items/0/tag", "rumour", R"(items[0].tag: unknown value "rumour")"},
        {"/scaling/0/direction", "up", R"(scaling[0].direction: unknown value "up")"},
        {"/decisions/0/outcome", "maybe", R"(decisions[0].outcome: unknown value "maybe")"},
        {"/decisions/0/categories/1", "financial",
         R"(decisions[0].categories[1]: unknown value "financial")"},
        {"/decisions/0/views/0/recommendation", "yes",
         R"(decisions[0].views[0].recommendation: unknown value "yes")"},
        {"/decisions/0/views/0/categories/0", "MUL",
         R"(decisions[0].views[0].categories[0]: unknown value "MUL")"},
        {"/plan/actions/0/progress", "late", R"(plan.actions[0].progress: unknown value "late")"},
        {"/conference/kind", "quote\"d\nvalue",
         R"(conference.kind: unknown value "quote\"d\nvalue")"},
    });
}

TEST_CASE("a reference to something that is not there of every kind") {
    expectErrors({
        {"/reports/0/author", "p99", R"(reports[0].author: no participant "p99")"},
        {"/items/0/children/0", "c9", R"(items[0].children[0]: no child "c9")"},
        {"/items/0/source", "c1", R"(items[0].source: no participant "c1")"},
        {"/scaling/0/child", "m1", R"(scaling[0].child: no child "m1")"},
        {"/scaling/0/statement", "i99", R"(scaling[0].statement: no item "i99")"},
        {"/scaling/1/responses/1/participant", "p99",
         R"(scaling[1].responses[1].participant: no participant "p99")"},
        {"/decisions/0/child", "c9", R"(decisions[0].child: no child "c9")"},
        {"/decisions/0/views/1/participant", "p99",
         R"(decisions[0].views[1].participant: no participant "p99")"},
        {"/decisions/0/dissent/0/participant", "p99",
         R"(decisions[0].dissent[0].participant: no participant "p99")"},
        {"/plan/key_worker", "p99", R"(plan.key_worker: no participant "p99")"},
        {"/plan/core_group/2", "p99", R"(plan.core_group[2]: no participant "p99")"},
        {"/plan/actions/1/children/1", "c9", R"(plan.actions[1].children[1]: no child "c9")"},
    });
}

TEST_CASE("an action's who may be anything") {
    json doc = baseDocument();
    doc["plan"]["actions"][0]["who"] = "p99";
    CHECK(importError(doc) == "(imported without error)");
}

TEST_CASE("an action's from_item may name an item deleted since, but must be a string") {
    // Deleting an item keeps the actions made from it, and a stored conference
    // is read back through this codec: refusing the link would lose the file.
    json doc = baseDocument();
    doc["plan"]["actions"][1]["from_item"] = "i99";
    CHECK(importError(doc) == "(imported without error)");
    CHECK(fromJson(doc).plan.actions[1].fromItem == std::optional<Id>("i99"));
    expectErrors({
        {"/plan/actions/0/from_item", 3,
         "plan.actions[0].from_item: expected a string, found a number"},
    });
}

TEST_CASE("ids used twice") {
    expectErrors({
        {"/adults/0/id", "c2", R"(adults[0].id: "c2" is used twice)"},
        {"/participants/4/id", "p1", R"(participants[4].id: "p1" is used twice)"},
        {"/participants/0/id", "m1", R"(participants[0].id: "m1" is used twice)"},
        {"/reports/1/id", "r1", R"(reports[1].id: "r1" is used twice)"},
        {"/items/2/id", "i1", R"(items[2].id: "i1" is used twice)"},
        {"/scaling/1/id", "s1", R"(scaling[1].id: "s1" is used twice)"},
        {"/plan/actions/1/id", "a1", R"(plan.actions[1].id: "a1" is used twice)"},
    });
}

TEST_CASE("scores out of range or not whole") {
    expectErrors({
        {"/scaling/0/responses/0/score", -1, "scaling[0].responses[0].score: -1 is outside 0..10"},
        {"/scaling/0/responses/0/score", 7.5,
         "scaling[0].responses[0].score: 7.5 is not a whole number"},
        {"/scaling/0/responses/0/score", 1e300,
         "scaling[0].responses[0].score: 1e+300 is outside 0..10"},
        {"/conference/settings/record_due_working_days", 0,
         "conference.settings.record_due_working_days: 0 is outside 1..60"},
        {"/conference/settings/record_due_working_days", 61,
         "conference.settings.record_due_working_days: 61 is outside 1..60"},
    });
}

TEST_CASE("dates and times that are not") {
    expectErrors({
        {"/children/0/date_of_birth", "2026-02-30",
         R"(children[0].date_of_birth: "2026-02-30" is not a date (YYYY-MM-DD))"},
        {"/reports/0/received", "yesterday",
         R"(reports[0].received: "yesterday" is not a date (YYYY-MM-DD))"},
        {"/plan/actions/0/by", "2027-2-1",
         R"(plan.actions[0].by: "2027-2-1" is not a date (YYYY-MM-DD))"},
        {"/plan/first_core_group", "2027-01-07T10:00",
         R"(plan.first_core_group: "2027-01-07T10:00" is not a date (YYYY-MM-DD))"},
        {"/conference/scheduled_start", "2026-12-21 10:00",
         R"(conference.scheduled_start: "2026-12-21 10:00" is not a date and time (YYYY-MM-DDTHH:MM:SS))"},
        {"/items/0/said", "2026-12-21T25:00",
         R"(items[0].said: "2026-12-21T25:00" is not a date and time (YYYY-MM-DDTHH:MM:SS))"},
        {"/conference/meeting/started", "2026-12-21",
         R"(conference.meeting.started: "2026-12-21" is not a date and time (YYYY-MM-DDTHH:MM:SS))"},
    });
}

TEST_CASE("missing required fields") {
    expectMissing("/format", R"(top level: missing required field "format")");
    expectMissing("/conference", R"(top level: missing required field "conference")");
    expectMissing("/conference/kind", R"(conference: missing required field "kind")");
    expectMissing("/children/1/id", R"(children[1]: missing required field "id")");
    expectMissing("/children/0/name", R"(children[0]: missing required field "name")");
    expectMissing("/adults/0/id", R"(adults[0]: missing required field "id")");
    expectMissing("/adults/0/name", R"(adults[0]: missing required field "name")");
    expectMissing("/participants/2/id", R"(participants[2]: missing required field "id")");
    expectMissing("/participants/2/name", R"(participants[2]: missing required field "name")");
    expectMissing("/participants/0/presence/0/from",
                  R"(participants[0].presence[0]: missing required field "from")");
    expectMissing("/items/1/column", R"(items[1]: missing required field "column")");
    expectMissing("/items/1/text", R"(items[1]: missing required field "text")");
    expectMissing("/scaling/1/responses/0/participant",
                  R"(scaling[1].responses[0]: missing required field "participant")");
    expectMissing("/decisions/1/child", R"(decisions[1]: missing required field "child")");
    expectMissing("/plan/actions/0/what", R"(plan.actions[0]: missing required field "what")");
}

TEST_CASE("an empty required string") {
    expectErrors({
        {"/children/0/name", "", "children[0].name: must not be empty"},
        {"/participants/0/id", "", "participants[0].id: must not be empty"},
        {"/items/0/text", "", "items[0].text: must not be empty"},
        {"/decisions/0/child", "", "decisions[0].child: must not be empty"},
        {"/plan/actions/0/what", "", "plan.actions[0].what: must not be empty"},
    });
}

TEST_CASE("the format string") {
    expectErrors({
        {"/format", "cpcboard/2", R"(format: expected "cpcboard/1", found "cpcboard/2")"},
        {"/format", 1, "format: expected a string, found a number"},
    });
}

TEST_CASE("a top level that is not an object") {
    CHECK(parseError("[]") == "top level: expected an object, found an array");
    CHECK(parseError("\"cpcboard/1\"") == "top level: expected an object, found a string");
    CHECK(importError(json(5)) == "top level: expected an object, found a number");
    CHECK(importError(json()) == "top level: expected an object, found null");
}

TEST_CASE("text that is not JSON names the line and column") {
    CHECK(parseError("{\n  \"format\": cpcboard}") == "line 2, column 13: invalid literal");
    CHECK(parseError("{\"format\": \"cpcboard/1\",}") ==
          "line 1, column 25: unexpected '}'; expected string literal");
    CHECK(parseError("") ==
          "line 1, column 1: unexpected end of input; expected '[', '{', or a literal");
    CHECK(parseError("{\"a\": [1, 2") ==
          "line 1, column 12: unexpected end of input; expected ']'");
    CHECK(parseError("{} x") == "line 1, column 4: invalid literal; expected end of input");
    // Columns count characters, not bytes.
    CHECK(parseError("{\"Zoë\": ?}") == "line 1, column 9: invalid literal");
    CHECK(parseError("{\"a\": \"two\nlines\"}").rfind("line 1, column 11: invalid string", 0) == 0);
    CHECK(parseError("{\"a\": 1e999}").find("number overflow") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is an error and not a crash") {
    CHECK(parseError("{\"format\": \"cpcboard/1\", \"conference\": {\"kind\": \"initial\", "
                     "\"title\": \"Zo\xff\"}}") == "line 1, column 72: text is not valid UTF-8");
    CHECK(parseError("{\"a\": \"\xc0\xaf\"}") == "line 1, column 8: text is not valid UTF-8");

    // A json built in code is not checked by nlohmann's parser: the reader checks it.
    for (std::string bad :
         {"Zo\xff", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xf4\x90\x80\x80", "ok\x80"}) {
        json doc = baseDocument();
        doc["children"][0]["name"] = bad;
        CHECK(importError(doc) == "children[0].name: not valid UTF-8");
    }
    json doc = baseDocument();
    doc["participants"][0]["role"] = "chair\xff";
    CHECK(importError(doc) == "participants[0].role: not valid UTF-8");
}

TEST_CASE("entity-level read names its path and checks the same things") {
    auto error = [](auto readIt) -> std::string {
        try {
            readIt();
        } catch (const ImportError& e) {
            return e.what();
        }
        return "(read without error)";
    };
    CHECK(error([] {
              read<Item>(json{{"column", "worried"}}, "items[3]");
          }) == R"(items[3]: missing required field "text")");
    CHECK(error([] {
              read<ScaleAnswer>(json{{"participant", "p1"}, {"score", 11}}, "answer");
          }) == "answer.score: 11 is outside 0..10");
    CHECK(error([] { read<Participant>(json::array(), "participants[0]"); }) ==
          "participants[0]: expected an object, found an array");
    CHECK(error([] {
              read<Settings>(json{{"record_due_working_days", 100}}, "settings");
          }) == "settings.record_due_working_days: 100 is outside 1..60");
}
