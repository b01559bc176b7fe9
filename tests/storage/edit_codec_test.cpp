#include "storage/database.hpp"
#include "storage/edit_codec.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace cpc;
using namespace cpc::edit;
using namespace cpc::storage;

TEST_CASE("every kind of edit reads back as it was written", "[edit_codec]") {
    auto t = *parseDateTime("2026-12-03T10:04");
    Child child{"c1", "Zoë", parseDate("2012-05-01"), "4 Elm Row"};
    Participant person{"p2", "Danielle Nowak", Role::Parent, "", Attendance::Attended,
                       "",   {{t, {}}}};
    ScalingRound round{"s1",
                       "How safe?",
                       "unsafe",
                       "safe",
                       Direction::HighIsRisk,
                       "c1",
                       "i1",
                       false,
                       true,
                       {{"p2", 7, "better"}, {"p3", std::nullopt, "declined"}}};
    Decision decision{.child = "c1",
                      .outcome = Outcome::Plan,
                      .categories = {Category::Neglect},
                      .reasons = "because",
                      .dissent = {{"p4", "disagrees", true}}};
    std::vector<Edit> edits{
        SetDetails{
            {.title = "T", .scheduledStart = t, .strategyDiscussion = parseDate("2026-11-16")}},
        SetSettings{{true, 20}},
        SetMeetingTimes{{t, t}},
        PutChild{child, 2},
        RemoveChild{"c1"},
        PutAdult{{"a1", "Ryan", std::nullopt, "4 Elm Row", "partner"}},
        RemoveAdult{"a1"},
        PutParticipant{person},
        RemoveParticipant{"p2"},
        PutReport{{"r1", "p3", parseDate("2026-12-01"), true}},
        RemoveReport{"r1"},
        MarkArrival{"p2", t},
        MarkDeparture{"p2", t},
        SetAttendance{"p2", Attendance::Excluded, "risk"},
        AddItem{{"i1", Column::Worried, "text", {"c1"}, "p2", Tag::Allegation, true, t}, 0},
        EditItem{{"i1", Column::Worried, "text2"}},
        MoveItem{"i1", Column::NeedsToHappen, 1},
        DeleteItem{"i1"},
        PutRound{round},
        RemoveRound{"s1"},
        RecordAnswer{"s1", {"p2", 0, ""}},
        ClearAnswer{"s1", "p2"},
        RevealRound{"s1", true},
        PutDecision{decision, 1},
        RemoveDecision{"c1"},
        SetThreshold{"c1", {true, false}},
        SetOutcome{"c1", Outcome::ChildInNeed, {}},
        SetReasons{"c1", "r", "m"},
        RecordView{"c1", {"p3", Recommendation::NoPlan, {Category::Sexual}, "c"}},
        RemoveView{"c1", "p3"},
        RecordDissent{"c1", {"p3", "why", false}},
        RemoveDissent{"c1", "p3"},
        SetParentsView{"c1", {"p1", false, "no", true}},
        SetPlanDetails{{.keyWorker = "p3",
                        .coreGroup = {"p2", "p3"},
                        .firstCoreGroup = parseDate("2027-01-07")}},
        PutAction{{"a1",
                   "Do it",
                   "Women's Aid",
                   parseDate("2027-01-10"),
                   {"c1"},
                   Progress::InProgress,
                   "i1"}},
        RemoveAction{"a1"},
        MoveAction{"a1", 2},
        ChangeMode{"p2", t, PresenceMode::Video},
        SetPrivacyCheck{"p2", PrivacyCheck{t, true, "alone at home"}},
        RecordReadBack{ReadBack{"p2", t, {"i1", "s1", "a1"}}, 0},
        RemoveReadBack{0}};
    std::set<std::size_t> kinds;
    for (const auto& e : edits) {
        kinds.insert(e.index());
        INFO(kindName(e));
        auto j = encodeEdit(e);
        CHECK(j["kind"] == std::string(kindName(e)));
        Edit back = decodeEdit(nlohmann::json::parse(j.dump()));
        CHECK(back.index() == e.index());
        CHECK(encodeEdit(back) == j);
    }
    CHECK(kinds.size() == std::variant_size_v<Edit>);
}

TEST_CASE("an edit full of values keeps every value", "[edit_codec]") {
    Item item{"i7",
              Column::NeedsToHappen,
              "Łukasz to have \"contact\"\nat Nan's 🏠",
              {"c1", "c2"},
              "p3",
              Tag::Opinion,
              true,
              parseDateTime("2026-12-03T10:40")};
    Edit e = AddItem{item, 3};
    Edit back = decodeEdit(encodeEdit(e));
    REQUIRE(std::holds_alternative<AddItem>(back));
    CHECK(std::get<AddItem>(back).item == item);
    CHECK(std::get<AddItem>(back).position == 3);
    CHECK(std::get<AddItem>(decodeEdit(encodeEdit(AddItem{item}))).position == cpc::end);

    Edit outcome = SetOutcome{"c1", Outcome::Plan, {Category::Neglect, Category::Emotional}};
    auto o = std::get<SetOutcome>(decodeEdit(encodeEdit(outcome)));
    CHECK(o.outcome == Outcome::Plan);
    CHECK(o.categories == std::vector<Category>{Category::Neglect, Category::Emotional});
    auto undecided = std::get<SetOutcome>(decodeEdit(encodeEdit(SetOutcome{"c1"})));
    CHECK_FALSE(undecided.outcome);
    // A plan that ends with a Child in Need plan after it says so; an edit
    // logged before that field existed reads as a plan that ends without one.
    auto ended =
        std::get<SetOutcome>(decodeEdit(encodeEdit(SetOutcome{"c1", Outcome::EndPlan, {}, true})));
    CHECK(ended.childInNeedPlan);
    auto logged = encodeEdit(SetOutcome{"c1", Outcome::EndPlan, {}, true});
    logged.erase("child_in_need_plan");
    CHECK_FALSE(std::get<SetOutcome>(decodeEdit(logged)).childInNeedPlan);
    // A field from the first edits missing is still damage, not a default.
    auto damaged = encodeEdit(outcome);
    damaged.erase("child");
    CHECK_THROWS_AS(decodeEdit(damaged), cpc::storage::StorageError);

    // How someone joined: on the phone stays on the phone; an arrival logged
    // before modes existed was in the room.
    const DateTime ten = *parseDateTime("2026-12-03T10:00");
    auto phoned = encodeEdit(MarkArrival{"p2", ten, PresenceMode::Phone});
    CHECK(phoned["mode"] == "phone");
    CHECK(std::get<MarkArrival>(decodeEdit(phoned)).mode == PresenceMode::Phone);
    phoned.erase("mode");
    CHECK(std::get<MarkArrival>(decodeEdit(phoned)).mode == PresenceMode::Room);
    auto change = encodeEdit(ChangeMode{"p2", ten, PresenceMode::Video});
    CHECK(std::get<ChangeMode>(decodeEdit(change)).mode == PresenceMode::Video);
    change["mode"] = "carrier_pigeon";
    CHECK_THROWS_AS(decodeEdit(change), cpc::storage::StorageError);

    auto move = std::get<MoveAction>(decodeEdit(encodeEdit(MoveAction{"a2", 0})));
    CHECK(move.id == "a2");
    CHECK(move.position == 0);
    CHECK(std::get<MoveAction>(decodeEdit(encodeEdit(MoveAction{"a2"}))).position == cpc::end);

    Action linked{"a1", "Parenting course", "p2"};
    linked.fromItem = "i4";
    CHECK(std::get<PutAction>(decodeEdit(encodeEdit(PutAction{linked}))).action == linked);
    CHECK_FALSE(encodeEdit(PutAction{{"a1", "Typed"}})["action"].contains("from_item"));
}

TEST_CASE("a damaged edit is a storage error, not a crash", "[edit_codec]") {
    using nlohmann::json;
    CHECK_THROWS_AS(decodeEdit(json::array()), StorageError);
    CHECK_THROWS_WITH(decodeEdit(json{{"kind", "launch_rocket"}}),
                      Catch::Contains("launch_rocket"));
    CHECK_THROWS_WITH(decodeEdit(json{{"kind", "move_item"}, {"id", 5}}),
                      Catch::Contains("move_item.id"));
    CHECK_THROWS_WITH(decodeEdit(json{{"kind", "move_item"}, {"id", "i1"}, {"column", "sideways"}}),
                      Catch::Contains("move_item.column"));
    CHECK_THROWS_WITH(
        decodeEdit(json{{"kind", "add_item"}, {"item", {{"column", "worried"}}}, {"position", 0}}),
        Catch::Contains("add_item.item"));
    CHECK_THROWS_WITH(decodeEdit(json{{"kind", "move_action"}, {"id", "a1"}, {"position", -1}}),
                      Catch::Contains("move_action.position"));
}
