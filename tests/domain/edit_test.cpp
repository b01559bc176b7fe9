#include "domain/edit.hpp"
#include "domain/disclosure.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace cpc;
using namespace cpc::edit;

namespace {

DateTime at(const char* text) {
    return *parseDateTime(text);
}

Conference meeting() {
    Conference c;
    c.id = "conf1";
    c.details.title = "Initial conference: the Adeyemi children";
    c.children = {{"c1", "Zoë Adeyemi", parseDate("2012-05-01"), "1 Mill Lane"},
                  {"c2", "Tobi Adeyemi", parseDate("2019-02-11"), "1 Mill Lane"}};
    c.adults = {{"a1", "Dan Kerr", std::nullopt, "1 Mill Lane", "mother's partner"}};
    c.participants = {
        {"p1", "Ruth Mensah", Role::Chair, "IRO service"},
        {"p2", "Grace Adeyemi", Role::Parent, ""},
        {"p3", "Sam Patel", Role::SocialWorker, "Children's social care"},
        {"p4", "PC Lee", Role::Police, "Police"},
    };
    c.reports = {{"r1", "p4", parseDate("2026-12-01"), false}};
    c.items = {
        {"i1", Column::Worried, "Two police call-outs", {}, "p4", Tag::Fact},
        {"i3", Column::Worried, "Tobi missed two health checks", {"c2"}, "p3", Tag::Fact},
        {"i2", Column::WorkingWell, "Zoë goes to school every day", {"c1"}, "p2"},
        {"i4", Column::NeedsToHappen, "A safety plan for evenings", {}, "p3"},
    };
    c.scaling = {{"s1", "How safe is Zoë?", "unsafe", "safe", Direction::HighIsSafe, "c1"}};
    c.scaling[0].responses = {{"p2", 8, ""}, {"p4", 3, "worried"}};
    c.decisions = {{.child = "c1", .outcome = Outcome::Plan, .categories = {Category::Emotional}}};
    c.plan.details.keyWorker = "p3";
    c.plan.actions = {{"a1", "Refer to Women's Aid", "p3", parseDate("2026-12-10"), {}}};
    return c;
}

// Applies the edit, checks what it did, then undoes it and checks nothing is left.
template <class Check> void applyAndUndo(const Edit& e, Check check) {
    Conference c = meeting();
    const Conference before = c;
    Edit inverse = applyEdit(c, e);
    check(c);
    REQUIRE_FALSE(c == before);
    applyEdit(c, inverse);
    REQUIRE(c == before);
}

std::vector<std::string> column(const Conference& c, Column col) {
    std::vector<std::string> ids;
    for (auto* item : itemsIn(c, col))
        ids.push_back(item->id);
    return ids;
}

} // namespace

TEST_CASE("every kind of edit is applied and undone", "[edit]") {
    // One of each kind; the last check makes sure a new kind cannot be added untested.
    std::set<std::size_t> kinds;
    auto run = [&](const Edit& e, auto check) {
        kinds.insert(e.index());
        INFO(kindName(e));
        applyAndUndo(e, check);
    };

    Details d = meeting().details;
    d.title = "Renamed";
    run(SetDetails{d}, [](auto& c) { CHECK(c.details.title == "Renamed"); });
    run(SetSettings{{true, 10}}, [](auto& c) { CHECK(c.settings.recordDueWorkingDays == 10); });
    run(SetMeetingTimes{{at("2026-12-03T10:02"), std::nullopt}},
        [](auto& c) { CHECK(c.meeting.started == at("2026-12-03T10:02")); });
    run(PutChild{{"c3", "Baby Adeyemi"}, 0}, [](auto& c) { CHECK(c.children[0].id == "c3"); });
    run(PutChild{{"c2", "Tobi A."}}, [](auto& c) { CHECK(c.children[1].name == "Tobi A."); });
    run(PutAdult{{"a2", "Nan"}}, [](auto& c) { CHECK(c.adults.size() == 2); });
    run(RemoveAdult{"a1"}, [](auto& c) { CHECK(c.adults.empty()); });
    run(PutParticipant{{"p9", "Mo Khan", Role::Gp, "Mill surgery"}},
        [](auto& c) { CHECK(findParticipant(c, "p9")); });
    run(PutReport{{"r2", "p3", std::nullopt, true}}, [](auto& c) { CHECK(c.reports.size() == 2); });
    run(RemoveReport{"r1"}, [](auto& c) { CHECK(c.reports.empty()); });
    run(MarkArrival{"p4", at("2026-12-03T10:05")}, [](auto& c) {
        auto* p = findParticipant(c, "p4");
        CHECK(p->attendance == Attendance::Attended);
        CHECK(p->presence.size() == 1);
    });
    run(SetAttendance{"p2", Attendance::Excluded, "asked to step out"},
        [](auto& c) { CHECK(findParticipant(c, "p2")->exclusionReason == "asked to step out"); });
    run(AddItem{{"i9", Column::Worried, "New worry"}, 1}, [](auto& c) {
        CHECK(column(c, Column::Worried) == std::vector<std::string>{"i1", "i9", "i3"});
    });
    run(EditItem{{"i1", Column::Worried, "Three call-outs", {}, "p4", Tag::Fact, true}},
        [](auto& c) {
            CHECK(findItem(c, "i1")->text == "Three call-outs");
            CHECK(findItem(c, "i1")->confidential);
        });
    run(MoveItem{"i3", Column::NeedsToHappen, 0}, [](auto& c) {
        CHECK(column(c, Column::NeedsToHappen) == std::vector<std::string>{"i3", "i4"});
    });
    run(DeleteItem{"i2"}, [](auto& c) { CHECK_FALSE(findItem(c, "i2")); });
    run(PutRound{{"s2", "How safe is Tobi?", "unsafe", "safe", Direction::HighIsSafe, "c2"}},
        [](auto& c) { CHECK(c.scaling.size() == 2); });
    run(RemoveRound{"s1"}, [](auto& c) { CHECK(c.scaling.empty()); });
    run(RecordAnswer{"s1", {"p3", 5, "some progress"}},
        [](auto& c) { CHECK(c.scaling[0].responses.size() == 3); });
    run(RecordAnswer{"s1", {"p4", std::nullopt, "declined"}},
        [](auto& c) { CHECK_FALSE(c.scaling[0].responses[1].score); });
    run(ClearAnswer{"s1", "p2"}, [](auto& c) { CHECK(c.scaling[0].responses.size() == 1); });
    run(RevealRound{"s1", false}, [](auto& c) { CHECK_FALSE(c.scaling[0].revealed); });
    run(PutDecision{{.child = "c2", .outcome = Outcome::ChildInNeed}},
        [](auto& c) { CHECK(c.decisions.size() == 2); });
    run(RemoveDecision{"c1"}, [](auto& c) { CHECK(c.decisions.empty()); });
    run(SetThreshold{"c1", {true, std::nullopt}},
        [](auto& c) { CHECK(c.decisions[0].threshold.sufferedAndLikelyFurther == true); });
    run(SetOutcome{"c2", Outcome::Plan, {Category::Neglect, Category::Physical}},
        [](auto& c) { CHECK(findDecision(c, "c2")->categories.size() == 2); });
    run(SetReasons{"c1", "Risk of harm from ...", ""},
        [](auto& c) { CHECK(c.decisions[0].reasons == "Risk of harm from ..."); });
    run(RecordView{"c1", {"p4", Recommendation::Plan, {Category::Emotional}, ""}},
        [](auto& c) { CHECK(c.decisions[0].views.size() == 1); });
    run(RecordDissent{"c1", {"p4", "No plan needed", false}},
        [](auto& c) { CHECK(c.decisions[0].dissent.size() == 1); });
    run(SetParentsView{"c1", {"p2", false, "I don't agree", true}},
        [](auto& c) { CHECK(c.decisions[0].parentsViews[0].agrees == false); });
    PlanDetails plan;
    plan.contingency = "Police called if Dan returns";
    run(SetPlanDetails{plan}, [](auto& c) { CHECK_FALSE(c.plan.details.keyWorker); });
    run(PutAction{{"a2", "Health check for Tobi", "p9", std::nullopt, {"c2"}}},
        [](auto& c) { CHECK(c.plan.actions.size() == 2); });
    run(RemoveAction{"a1"}, [](auto& c) { CHECK(c.plan.actions.empty()); });

    // Edits that need something set up first.
    Conference c = meeting();
    applyEdit(c, MarkArrival{"p3", at("2026-12-03T10:00")});
    const Conference before = c;
    Edit leave = MarkDeparture{"p3", at("2026-12-03T11:00")};
    kinds.insert(leave.index());
    auto undoLeave = applyEdit(c, leave);
    CHECK(c.participants[2].presence[0].to == at("2026-12-03T11:00"));
    applyEdit(c, undoLeave);
    CHECK(c == before);

    applyEdit(c, RecordView{"c1", {"p4", Recommendation::NoPlan, {}, ""}});
    applyEdit(c, RecordDissent{"c1", {"p4", "thinks CIN is enough", false}});
    const Conference withViews = c;
    for (Edit e : {Edit{RemoveView{"c1", "p4"}}, Edit{RemoveDissent{"c1", "p4"}}}) {
        kinds.insert(e.index());
        auto undo = applyEdit(c, e);
        CHECK_FALSE(c == withViews);
        applyEdit(c, undo);
        CHECK(c == withViews);
    }

    applyEdit(c, PutAction{{"a2", "Health check for Tobi", "p3", std::nullopt, {"c2"}}});
    const Conference withTwo = c;
    Edit move = MoveAction{"a2", 0};
    kinds.insert(move.index());
    auto undoMove = applyEdit(c, move);
    CHECK(c.plan.actions[0].id == "a2");
    applyEdit(c, undoMove);
    CHECK(c == withTwo);

    Conference bare = meeting();
    bare.items.clear();
    bare.reports.clear();
    bare.scaling.clear();
    bare.decisions.clear();
    bare.plan = {};
    for (Edit e : {Edit{RemoveChild{"c2"}}, Edit{RemoveParticipant{"p2"}}}) {
        kinds.insert(e.index());
        const Conference b = bare;
        auto undo = applyEdit(bare, e);
        CHECK(bare.children.size() + bare.participants.size() == 5);
        applyEdit(bare, undo);
        CHECK(bare == b);
    }

    // A change of mode needs someone taking part.
    Conference call = meeting();
    applyEdit(call, MarkArrival{"p2", at("2026-12-03T10:00"), PresenceMode::Video});
    const Conference onVideo = call;
    Edit phone = ChangeMode{"p2", at("2026-12-03T10:20"), PresenceMode::Phone};
    kinds.insert(phone.index());
    auto undoPhone = applyEdit(call, phone);
    CHECK(findParticipant(call, "p2")->presence.size() == 2);
    applyEdit(call, undoPhone);
    CHECK(call == onVideo);

    Edit privacy = SetPrivacyCheck{"p2", PrivacyCheck{at("2026-12-03T10:01"), false, "Dan is there"}};
    kinds.insert(privacy.index());
    auto undoPrivacy = applyEdit(call, privacy);
    CHECK(findParticipant(call, "p2")->privacyCheck->note == "Dan is there");
    // The audit line leaves the note out: it may name the person she fears.
    CHECK(describe(call, privacy) ==
          "Privacy check of Grace Adeyemi at 10:01: cannot speak without being overheard");
    applyEdit(call, undoPrivacy);
    CHECK(call == onVideo);

    // What was read to someone on the phone, and taking the mark back.
    Edit read = RecordReadBack{ReadBack{"p2", at("2026-12-03T10:42"), {"i1", "i2"}}};
    kinds.insert(read.index());
    auto undoRead = applyEdit(call, read);
    CHECK(describe(onVideo, read) == "Read back to Grace Adeyemi, by video, at 10:42: 2 items");
    const Conference marked = call;
    kinds.insert(undoRead.index());
    CHECK(describe(call, undoRead) ==
          "Unmarked: read back to Grace Adeyemi, by video, at 10:42: 2 items");
    auto redoRead = applyEdit(call, undoRead);
    CHECK(call == onVideo);
    applyEdit(call, redoRead);
    CHECK(call == marked);
    REQUIRE_THROWS_WITH(applyEdit(call, RemoveReadBack{1}), Catch::Contains("no read-back 2"));
    REQUIRE_THROWS_WITH(
        applyEdit(call, RecordReadBack{ReadBack{"p99", at("2026-12-03T10:42"), {}}}),
        Catch::Contains("p99"));

    CHECK(kinds.size() == std::variant_size_v<Edit>);
}

TEST_CASE("items keep their order within each column", "[edit]") {
    Conference c = meeting();
    applyEdit(c, AddItem{{"i5", Column::Worried, "first"}, 0});
    applyEdit(c, AddItem{{"i6", Column::Worried, "last"}});
    applyEdit(c, AddItem{{"i7", Column::WorkingWell, "way past the end"}, 99});
    CHECK(column(c, Column::Worried) == std::vector<std::string>{"i5", "i1", "i3", "i6"});
    CHECK(column(c, Column::WorkingWell) == std::vector<std::string>{"i2", "i7"});

    SECTION("moving within a column and undoing puts it back exactly") {
        const Conference before = c;
        auto undo = applyEdit(c, MoveItem{"i6", Column::Worried, 1});
        CHECK(column(c, Column::Worried) == std::vector<std::string>{"i5", "i6", "i1", "i3"});
        applyEdit(c, undo);
        CHECK(c == before);
    }
    SECTION("an edit keeps the item's column: moving is a move") {
        applyEdit(c, EditItem{{"i1", Column::NeedsToHappen, "changed text"}});
        CHECK(findItem(c, "i1")->column == Column::Worried);
    }
    SECTION("an item added to an empty column lands there") {
        Conference empty = meeting();
        empty.items.clear();
        applyEdit(empty, AddItem{{"i1", Column::NeedsToHappen, "only"}, 3});
        CHECK(column(empty, Column::NeedsToHappen) == std::vector<std::string>{"i1"});
    }
}

TEST_CASE("an edit that does not fit is refused and changes nothing", "[edit]") {
    Conference c = meeting();
    const Conference before = c;
    auto refused = [&](const Edit& e, const std::string& words) {
        INFO(kindName(e));
        REQUIRE_THROWS_WITH(applyEdit(c, e), Catch::Contains(words));
        REQUIRE(c == before);
    };
    refused(AddItem{{"i9", Column::Worried, "   "}}, "empty");
    refused(AddItem{{"i1", Column::Worried, "dup"}}, "already used");
    refused(AddItem{{"i9", Column::Worried, "x", {}, "p99"}}, "no participant \"p99\"");
    refused(AddItem{{"i9", Column::Worried, "x", {"c9"}}}, "no child \"c9\"");
    refused(EditItem{{"i99", Column::Worried, "x"}}, "no item \"i99\"");
    refused(MoveItem{"i99", Column::Worried}, "no item");
    refused(DeleteItem{"i99"}, "no item");
    refused(RecordAnswer{"s1", {"p3", 11, ""}}, "11 is outside 0..10");
    refused(RecordAnswer{"s1", {"p3", -1, ""}}, "outside 0..10");
    refused(RecordAnswer{"s9", {"p3", 5, ""}}, "no scaling round");
    refused(RecordAnswer{"s1", {"p99", 5, ""}}, "no participant");
    refused(RemoveParticipant{"p4"}, "refers to them");
    refused(RemoveChild{"c1"}, "refers to them");
    refused(PutChild{{"p2", "Clash"}}, "already names another person");
    refused(PutParticipant{{"p9", ""}}, "name is empty");
    refused(SetAttendance{"p2", Attendance::Excluded, ""}, "needs its reasons");
    refused(SetPrivacyCheck{"p4", PrivacyCheck{at("2026-12-03T10:00"), true, ""}},
            "a privacy check is for a family member on a call, and PC Lee is police");
    refused(MarkDeparture{"p2", at("2026-12-03T10:00")}, "not in the room");
    refused(SetOutcome{"c9", Outcome::Plan, {}}, "no child");
    refused(RecordDissent{"c1", {"p99", "x"}}, "no participant");
    refused(RemoveView{"c1", "p4"}, "no recommendation from \"p4\"");
    refused(SetPlanDetails{{.keyWorker = "p99"}}, "no participant");
    refused(PutAction{{"a2", "x", "", std::nullopt, {"c7"}}}, "no child");
    refused(SetSettings{{false, 0}}, "1 to 60");
    refused(SetMeetingTimes{{at("2026-12-03T11:00"), at("2026-12-03T10:00")}}, "end before");
    refused(PutReport{{"r2", "p99"}}, "no participant");
}

TEST_CASE("an action moves within the plan in one edit, and one undo puts it back", "[edit]") {
    Conference c = meeting();
    applyEdit(c, PutAction{{"a2", "Health check for Tobi", "p3"}});
    applyEdit(c, PutAction{{"a3", "Evening safety plan", "p3"}});
    const Conference before = c;
    auto order = [&] {
        std::vector<std::string> ids;
        for (const auto& a : c.plan.actions)
            ids.push_back(a.id);
        return ids;
    };
    auto moved = [&](const MoveAction& e, std::vector<std::string> expected) {
        INFO(e.id << " to " << e.position);
        Edit undo = applyEdit(c, e);
        CHECK(order() == expected);
        applyEdit(c, undo);
        CHECK(c == before);
    };
    moved({"a1", 2}, {"a2", "a3", "a1"}); // first to last
    moved({"a3", 0}, {"a3", "a1", "a2"}); // last to first
    moved({"a2", 0}, {"a2", "a1", "a3"});
    moved({"a1"}, {"a2", "a3", "a1"});    // `end` is the last place
    moved({"a2", 1}, {"a1", "a2", "a3"}); // where it is: nothing changes
    CHECK(std::get<MoveAction>(applyEdit(c, MoveAction{"a3", 1})).position == 2);

    c = before;
    REQUIRE_THROWS_WITH(applyEdit(c, MoveAction{"a1", 3}), "position 3 is outside 0..2, "
                                                           "the places of the plan's actions");
    REQUIRE_THROWS_WITH(applyEdit(c, MoveAction{"a9", 0}), Catch::Contains("no action \"a9\""));
    CHECK(c == before);
    Conference none = meeting();
    none.plan.actions.clear();
    REQUIRE_THROWS_WITH(applyEdit(none, MoveAction{"a1"}), Catch::Contains("no action"));

    CHECK(describe(c, MoveAction{"a3", 0}) == "Moved action \"Evening safety plan\" to number 1");
    CHECK(describe(c, MoveAction{"a1"}) == "Moved action \"Refer to Women's Aid\" to number 3");
}

TEST_CASE("arrivals and departures keep a history of who was in the room", "[edit]") {
    Conference c = meeting();
    applyEdit(c, MarkArrival{"p2", at("2026-12-03T10:00")});
    REQUIRE_THROWS_WITH(applyEdit(c, MarkArrival{"p2", at("2026-12-03T10:01")}),
                        Catch::Contains("already in the room"));
    REQUIRE_THROWS_WITH(applyEdit(c, MarkDeparture{"p2", at("2026-12-03T09:59")}),
                        Catch::Contains("before arriving"));
    applyEdit(c, MarkDeparture{"p2", at("2026-12-03T10:30")});
    REQUIRE_THROWS_WITH(applyEdit(c, MarkArrival{"p2", at("2026-12-03T10:29")}),
                        Catch::Contains("before they last left"));
    applyEdit(c, MarkArrival{"p2", at("2026-12-03T10:45")});
    const auto& p = *findParticipant(c, "p2");
    REQUIRE(p.presence.size() == 2);
    CHECK(p.presence[0].to == at("2026-12-03T10:30"));
    CHECK_FALSE(p.presence[1].to);
}

TEST_CASE("a change of mode is a new stretch, never an absence", "[edit][remote]") {
    Conference c = meeting();
    REQUIRE_THROWS_WITH(applyEdit(c, ChangeMode{"p2", at("2026-12-03T10:00"), PresenceMode::Phone}),
                        Catch::Contains("Grace Adeyemi is not taking part"));
    applyEdit(c, MarkArrival{"p2", at("2026-12-03T10:00"), PresenceMode::Video});
    // At the very moment of joining: how they joined is corrected, no stretch of no time.
    applyEdit(c, ChangeMode{"p2", at("2026-12-03T10:00"), PresenceMode::Phone});
    REQUIRE(findParticipant(c, "p2")->presence.size() == 1);
    CHECK(findParticipant(c, "p2")->presence[0].mode == PresenceMode::Phone);
    REQUIRE_THROWS_WITH(applyEdit(c, ChangeMode{"p2", at("2026-12-03T10:05"), PresenceMode::Phone}),
                        Catch::Contains("already on the phone"));
    REQUIRE_THROWS_WITH(applyEdit(c, ChangeMode{"p2", at("2026-12-03T09:59"), PresenceMode::Room}),
                        Catch::Contains("before arriving"));
    // She walks in at 10:40: on the phone until then, in the room from then.
    applyEdit(c, ChangeMode{"p2", at("2026-12-03T10:40"), PresenceMode::Room});
    const auto& p = *findParticipant(c, "p2");
    REQUIRE(p.presence.size() == 2);
    CHECK(p.presence[0].to == at("2026-12-03T10:40"));
    CHECK(p.presence[1].from == at("2026-12-03T10:40"));
    CHECK(p.presence[1].mode == PresenceMode::Room);
    CHECK(p.attendance == Attendance::Attended);
    // Nothing said as she walked in was said while she was out.
    CHECK(familyOutAt(c, at("2026-12-03T10:40")).empty());
    CHECK(describe(c, ChangeMode{"p2", at("2026-12-03T10:50"), PresenceMode::Video}) ==
          "Grace Adeyemi by video from 10:50");
    CHECK(describe(c, MarkArrival{"p4", at("2026-12-03T10:07"), PresenceMode::Phone}) ==
          "PC Lee joined on the phone at 10:07");
}

TEST_CASE("changing a decision that did not exist creates it, and undo removes it", "[edit]") {
    Conference c = meeting();
    auto undo = applyEdit(c, SetReasons{"c2", "Tobi is safe with the plan for Zoë", ""});
    REQUIRE(findDecision(c, "c2"));
    CHECK_FALSE(findDecision(c, "c2")->outcome);
    applyEdit(c, undo);
    CHECK_FALSE(findDecision(c, "c2"));
}

TEST_CASE("a long undo chain walks back to the start", "[edit]") {
    Conference c = meeting();
    const Conference start = c;
    std::vector<Edit> undos;
    for (int i = 0; i < 50; ++i) {
        Id id = nextId(c, "i");
        undos.push_back(applyEdit(c, AddItem{{id, Column(i % 3), "item " + std::to_string(i)}, 0}));
        if (i % 7 == 0) undos.push_back(applyEdit(c, MoveItem{id, Column((i + 1) % 3), 1}));
        if (i % 11 == 0) undos.push_back(applyEdit(c, DeleteItem{id}));
    }
    for (auto it = undos.rbegin(); it != undos.rend(); ++it)
        applyEdit(c, *it);
    CHECK(c == start);
}

TEST_CASE("edits describe themselves in words for the audit trail", "[edit]") {
    Conference c = meeting();
    CHECK(describe(c, AddItem{{"i9", Column::Worried, "Mum is scared"}}) ==
          "Added to What are we worried about? \"Mum is scared\"");
    CHECK(describe(c, MarkArrival{"p4", at("2026-12-03T10:07")}) == "PC Lee arrived at 10:07");
    CHECK(describe(c, RecordAnswer{"s1", {"p2", std::nullopt, ""}}) ==
          "Scaling: Grace Adeyemi declined");
    CHECK(describe(c, SetOutcome{"c1", Outcome::Plan, {Category::Neglect}}) ==
          "Outcome for Zoë Adeyemi: Child protection plan, Neglect");
    std::string longText(200, 'x');
    CHECK(describe(c, EditItem{{"i1", Column::Worried, longText}}).size() < 100);
    // A round by whom or what it is about, never by its id.
    CHECK(describe(c, RevealRound{"s1", true}) == "Revealed the scaling round for Zoë Adeyemi");
    CHECK(describe(c, RevealRound{"s1", false}) ==
          "Blinded the scaling round for Zoë Adeyemi again");
    CHECK(describe(c, RemoveRound{"s1"}) == "Removed the scaling round for Zoë Adeyemi");
    c.scaling[0].statement = c.items[0].id;
    CHECK(describe(c, RevealRound{"s1", true}) ==
          "Revealed the scaling round on \"" + c.items[0].text + "\"");
    c.scaling[0].statement.reset();
    c.scaling[0].child.reset();
    CHECK(describe(c, RemoveRound{"s1"}) == "Removed the scaling round for all the children");
    CHECK(describe(c, RemoveRound{"s9"}) == "Removed a scaling round");
}

template <std::size_t... I, class F> void eachKind(std::index_sequence<I...>, F f) {
    (f(Edit{std::in_place_index<I>}), ...);
}

TEST_CASE("every edit kind has its own stored name that gives the kind back", "[edit]") {
    std::set<std::string_view> names;
    eachKind(std::make_index_sequence<std::variant_size_v<Edit>>{}, [&](const Edit& e) {
        auto name = kindName(e);
        INFO(name);
        CHECK(names.insert(name).second);
        auto back = blankEdit(name);
        REQUIRE(back);
        CHECK(back->index() == e.index());
    });
    CHECK(names.size() == std::variant_size_v<Edit>);
    CHECK_FALSE(blankEdit("launch_rocket"));
}

TEST_CASE("nextId never reuses an id in use", "[edit]") {
    Conference c = meeting();
    CHECK(nextId(c, "i") == "i5");
    CHECK(nextId(c, "p") == "p5");
    c.items.push_back({"i41", Column::Worried, "x"});
    c.items.push_back({"i4x", Column::Worried, "y"});
    CHECK(nextId(c, "i") == "i42");
    CHECK(nextId(c, "zz") == "zz1");

    // An action made from a deleted item still names it: a new item must not take the link.
    c.plan.actions[0].fromItem = "i57";
    CHECK(nextId(c, "i") == "i58");
}

TEST_CASE("the domain names new things: an item, a round or an action added without an id",
          "[edit]") {
    Conference c;
    c.children = {{"c1", "Amir"}};
    c.items = {{"i7", Column::Worried, "already here"}};
    const Edit given = AddItem{Item{"", Column::Worried, "new"}};
    const Edit named = identified(c, given);
    CHECK(std::get<AddItem>(named).item.id == "i8");
    CHECK(std::get<PutRound>(identified(c, PutRound{ScalingRound{"", "q"}})).round.id == "s1");
    CHECK(std::get<PutAction>(identified(c, PutAction{Action{"", "do"}})).action.id == "a1");
    // An id that was given is kept.
    CHECK(std::get<AddItem>(identified(c, AddItem{Item{"x", Column::Worried, "t"}})).item.id ==
          "x");

    const Edit undo = applyEdit(c, given);
    CHECK(std::get<DeleteItem>(undo).id == "i8");
    CHECK(c.items.back().id == "i8");
}

TEST_CASE("sharing an item with the family, and marking one confidential, are said in words",
          "[edit]") {
    Conference c;
    c.items = {{"i1", Column::Worried, "words"}};
    Item shared = c.items[0];
    shared.shownToFamily = true;
    CHECK(describe(c, EditItem{shared}) == "Shared with the family: \"words\"");
    Item secret = c.items[0];
    secret.confidential = true;
    CHECK(describe(c, EditItem{secret}) == "Marked confidential: \"words\"");
    c.plan.actions = {{"a1", "do it", "sw"}};
    Action hidden = c.plan.actions[0];
    hidden.confidential = true;
    CHECK(describe(c, PutAction{hidden}) == "Marked action confidential: \"do it\"");
    applyEdit(c, EditItem{shared});
    Item again = c.items[0];
    again.shownToFamily = false;
    const Edit back = applyEdit(c, EditItem{again});
    CHECK(std::get<EditItem>(back).item == shared);
}

TEST_CASE("the record's due days are a setting from 1 to 60 working days, no more, no less",
          "[edit]") {
    Conference c;
    for (int days : {1, 15, 60}) {
        INFO(days);
        CHECK_NOTHROW(applyEdit(c, SetSettings{{false, days}}));
    }
    for (int days : {0, -1, 61, 600}) {
        INFO(days);
        const Conference before = c;
        CHECK_THROWS_AS(applyEdit(c, SetSettings{{false, days}}), EditError);
        CHECK(c == before);
    }
}

TEST_CASE("the stored names of the edit kinds never change: old logs must read the same",
          "[edit]") {
    // The edit log holds these words. Renaming or swapping one would make an
    // old conference's undo history, and its audit trail, say something else.
    const std::vector<std::string_view> stored{
        "set_details",        "set_settings",     "set_meeting_times", "put_child",
        "remove_child",       "put_adult",        "remove_adult",      "put_participant",
        "remove_participant", "put_report",       "remove_report",     "mark_arrival",
        "mark_departure",     "set_attendance",   "add_item",          "edit_item",
        "move_item",          "delete_item",      "put_round",         "remove_round",
        "record_answer",      "clear_answer",     "reveal_round",      "put_decision",
        "remove_decision",    "set_threshold",    "set_outcome",       "set_reasons",
        "record_view",        "remove_view",      "record_dissent",    "remove_dissent",
        "set_parents_view",   "set_plan_details", "put_action",        "remove_action",
        "move_action",        "change_mode",      "set_privacy_check", "record_read_back",
        "remove_read_back"};
    REQUIRE(stored.size() == std::variant_size_v<Edit>);
    CHECK(kindName(RemoveChild{"c1"}) == "remove_child");
    CHECK(kindName(RemoveAdult{"a1"}) == "remove_adult");
    for (std::size_t i = 0; i < stored.size(); ++i) {
        INFO(stored[i]);
        const auto e = blankEdit(stored[i]);
        REQUIRE(e);
        CHECK(e->index() == i); // the variant's order is the list's
        CHECK(kindName(*e) == stored[i]);
    }
    CHECK(std::holds_alternative<RemoveChild>(*blankEdit("remove_child")));
    CHECK(std::holds_alternative<RemoveAdult>(*blankEdit("remove_adult")));
    CHECK(std::holds_alternative<AddItem>(*blankEdit("add_item")));
    CHECK(std::holds_alternative<MarkDeparture>(*blankEdit("mark_departure")));
}

TEST_CASE("a withheld item cannot be deleted from under an action made from it", "[edit]") {
    Conference c;
    c.items = {{"i1", Column::NeedsToHappen, "secret words"}};
    c.items[0].confidential = true;
    Action a{"a1", "secret words", "sw"};
    a.fromItem = "i1";
    c.plan.actions = {a};
    const Conference before = c;
    CHECK_THROWS_WITH(applyEdit(c, DeleteItem{"i1"}),
                      Catch::Contains("mark the action confidential"));
    CHECK(c == before);
    // Once the action carries its own protection, the item may go.
    c.plan.actions[0].confidential = true;
    CHECK_NOTHROW(applyEdit(c, DeleteItem{"i1"}));
    // An item the family may see goes as before.
    Conference open;
    open.items = {{"i1", Column::NeedsToHappen, "open words"}};
    open.plan.actions = {a};
    CHECK_NOTHROW(applyEdit(open, DeleteItem{"i1"}));
}

TEST_CASE("a view of the child is kept with the child, and checked", "[edit]") {
    Conference c = meeting();
    Child zoe = c.children[0];
    zoe.views = {{ViewHow::Relayed, "p1", "I want Mum to stop shouting.", false, std::nullopt}};
    const Conference before = c;
    Edit undo = applyEdit(c, PutChild{zoe});
    CHECK(c.children[0].views.size() == 1);
    CHECK(describe(before, PutChild{zoe}) ==
          "Recorded a view of Zoë Adeyemi: \"I want Mum to stop shouting.\"");
    applyEdit(c, undo);
    CHECK(c == before);

    Child bad = zoe;
    bad.views[0].by = "p99";
    CHECK_THROWS_AS(applyEdit(c, PutChild{bad}), EditError);
    bad.views[0] = {ViewHow::InMeeting, std::nullopt, "  ", false, std::nullopt};
    CHECK_THROWS_AS(applyEdit(c, PutChild{bad}), EditError);
    CHECK(c == before);

    // Whoever relayed a view stays in the record while the view is.
    applyEdit(c, PutChild{zoe});
    CHECK_THROWS_WITH(applyEdit(c, RemoveParticipant{"p1"}),
                      Catch::Contains("a view of the child refers to them"));
}

TEST_CASE("an invited person is linked to the household adult they are", "[edit]") {
    Conference c = meeting();
    Participant dan{"p5", "Dan Kerr", Role::Carer, ""};
    dan.adult = "a1";
    dan.language = "Polish";
    applyEdit(c, PutParticipant{dan});
    CHECK(adultOf(c, *findParticipant(c, "p5"))->address == "1 Mill Lane");
    CHECK_THROWS_WITH(applyEdit(c, RemoveAdult{"a1"}),
                      Catch::Contains("an invited person refers to them"));
    dan.adult = "a9";
    CHECK_THROWS_WITH(applyEdit(c, PutParticipant{dan}), Catch::Contains("no adult \"a9\""));
}

TEST_CASE("each parent's view is their own: set, replaced, and taken away when emptied", "[edit]") {
    Conference c = meeting();
    applyEdit(c, SetParentsView{"c1", {"p2", false, "No plan is needed.", true}});
    applyEdit(c, SetParentsView{"c1", {"", std::nullopt, "Dad agrees, by phone.", false}});
    REQUIRE(c.decisions[0].parentsViews.size() == 2);
    applyEdit(c, SetParentsView{"c1", {"p2", true, "No plan is needed.", true}});
    CHECK(parentsViewOf(c.decisions[0], "p2")->agrees == true);
    applyEdit(c, SetParentsView{"c1", {"p2", std::nullopt, " ", false}});
    CHECK(parentsViewOf(c.decisions[0], "p2") == nullptr);
    CHECK_THROWS_AS(applyEdit(c, SetParentsView{"c1", {"p99", true, "", false}}), EditError);
}
