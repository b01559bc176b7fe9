#include "storage/store.hpp"
#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::edit;
using namespace cpc::storage;

namespace {

Conference sample() {
    Conference c;
    c.details.title = "Initial conference: the Nowak children";
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {{"c1", "Zoë Nowak", parseDate("2012-05-01"), "4 Elm Row"}};
    c.participants = {{"p1", "Ruth Mensah", Role::Chair, "IRO service"},
                      {"p2", "Danielle Nowak", Role::Parent, ""},
                      {"p3", "Sam Patel", Role::SocialWorker, "Children's social care"}};
    c.items = {{"i1", Column::Worried, "Three police call-outs since June", {}, "p3", Tag::Fact}};
    return c;
}

// A clock that ticks one second per call, so every log entry has its own time.
Clock ticking() {
    auto t = std::make_shared<std::chrono::system_clock::time_point>(
        std::chrono::sys_days{std::chrono::year{2026} / 12 / 3} + std::chrono::hours{10});
    return [t] { return *t += std::chrono::seconds{1}; };
}

int logSize(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM edit_log").getInt();
}

Item item(const char* id, const char* text) {
    return {id, Column::WorkingWell, text, {}, "p2"};
}

} // namespace

TEST_CASE("a conference is stored whole and read back equal", "[record]") {
    Database db(":memory:");
    Id id = addConference(db, sample());
    Conference back = loadConference(db, id);
    Conference expected = sample();
    expected.id = id;
    CHECK(back == expected);
    REQUIRE_THROWS_WITH(loadConference(db, "nope"), Catch::Contains("no conference \"nope\""));
}

TEST_CASE("conferences are listed newest first, each with its own id", "[record]") {
    Database db(":memory:");
    Conference older = sample();
    older.details.scheduledStart = parseDateTime("2026-06-01T10:00");
    older.details.title = "Older";
    Id a = addConference(db, older);
    Id b = addConference(db, sample());
    Id c = addConference(db, sample()); // the same document twice is two conferences
    CHECK(a != b);
    CHECK(b != c);
    auto list = listConferences(db);
    REQUIRE(list.size() == 3);
    CHECK(list.back().title == "Older");
    CHECK(list.back().date == parseDate("2026-06-01"));
}

TEST_CASE("each edit is stored as it is applied, and survives reopening", "[record]") {
    TempFolder tmp;
    auto file = tmp / "meeting.db";
    Id id;
    {
        Database db(file);
        id = addConference(db, sample());
        Record record(db, id, ticking());
        record.apply(AddItem{item("i2", "Mum has kept every appointment since October")});
        record.apply(MarkArrival{"p2", *parseDateTime("2026-12-03T10:04")});
    }
    Database db(file);
    Record again(db, id);
    CHECK(findItem(again.conference(), "i2"));
    CHECK(findParticipant(again.conference(), "p2")->attendance == Attendance::Attended);
}

TEST_CASE("an edit that does not fit changes neither the record nor the file", "[record]") {
    Database db(":memory:");
    Record record(db, addConference(db, sample()));
    const Conference before = record.conference();
    int entries = logSize(db);
    REQUIRE_THROWS_AS(record.apply(AddItem{{"i9", Column::Worried, "x", {}, "p99"}}), EditError);
    CHECK(record.conference() == before);
    CHECK(logSize(db) == entries);
    CHECK(loadConference(db, before.id) == before);
}

TEST_CASE("undo and redo walk the edit log, and keep working after a restart", "[record]") {
    TempFolder tmp;
    auto file = tmp / "undo.db";
    Id id;
    Conference start;
    {
        Database db(file);
        id = addConference(db, sample());
        Record record(db, id, ticking());
        start = record.conference();
        CHECK_FALSE(record.canUndo());
        record.apply(AddItem{item("i2", "Nan helps with school runs")});
        record.apply(MoveItem{"i2", Column::Worried, 0});
        record.apply(EditItem{item("i2", "Nan helps with every school run")});
        CHECK(record.nextUndo().find("Edited item") == 0);
        record.undo();
        CHECK(findItem(record.conference(), "i2")->text == "Nan helps with school runs");
        CHECK(record.canRedo());
    }
    {
        Database db(file);
        Record record(db, id, ticking());
        REQUIRE(record.canRedo());
        record.redo();
        CHECK(findItem(record.conference(), "i2")->text == "Nan helps with every school run");
        record.undo();
        record.undo();
        CHECK(findItem(record.conference(), "i2")->column == Column::WorkingWell);
    }
    {
        Database db(file);
        Record record(db, id, ticking());
        record.undo();
        CHECK(record.conference() == start);
        CHECK_FALSE(record.canUndo());
        CHECK(record.canRedo());
        record.undo(); // nothing left: a no-op, not an error
        CHECK(loadConference(db, id) == start);

        // A new edit after undoing starts a new future: redo has nothing left.
        record.apply(DeleteItem{"i1"});
        CHECK_FALSE(record.canRedo());
    }
    Database db(file);
    Record record(db, id);
    CHECK_FALSE(record.canRedo());
    record.undo();
    CHECK(record.conference() == start);
}

TEST_CASE("the edit log is an audit trail of every change with its time", "[record]") {
    Database db(":memory:");
    Record record(db, addConference(db, sample(), ticking()), ticking());
    record.apply(AddItem{item("i2", "Zoë says she feels safer when Nan is there")});
    record.apply(MarkArrival{"p3", *parseDateTime("2026-12-03T10:01")});
    record.undo();
    record.redo();
    auto log = record.history();
    REQUIRE(log.size() == 5);
    CHECK(log[0].action == "create");
    CHECK(log[1].action == "do");
    CHECK(log[1].kind == "add_item");
    CHECK(log[1].summary ==
          "Added to What's working well? \"Zoë says she feels safer when Nan is there\"");
    CHECK(log[2].summary == "Sam Patel arrived at 10:01");
    CHECK(log[3].action == "undo");
    CHECK(log[3].summary == "Undid: Sam Patel arrived at 10:01");
    CHECK(log[4].action == "redo");
    CHECK(log[1].at == "2026-12-03T10:00:01Z");
    CHECK(log[4].at == "2026-12-03T10:00:04Z");
}

TEST_CASE("moving an action is one entry in the log, undone in one step", "[record]") {
    TempFolder tmp;
    auto file = tmp / "plan.db";
    Conference c = sample();
    c.plan.actions = {{"a1", "Refer to Women's Aid", "p3"},
                      {"a2", "Parenting course", "p2"},
                      {"a3", "Evening safety plan", "p3"}};
    c.plan.actions[1].fromItem = "i9"; // an item deleted since: the conference still stores
    Id id;
    Conference start;
    {
        Database db(file);
        id = addConference(db, c);
        Record record(db, id, ticking());
        start = record.conference();
        CHECK(start.plan.actions[1].fromItem == std::optional<Id>("i9"));
        record.apply(MoveAction{"a3", 0});
        CHECK(record.conference().plan.actions[0].id == "a3");
        auto log = record.history();
        REQUIRE(log.size() == 2);
        CHECK(log[1].kind == "move_action");
        CHECK(log[1].summary == "Moved action \"Evening safety plan\" to number 1");
    }
    Database db(file);
    Record record(db, id, ticking());
    CHECK(record.conference().plan.actions[0].id == "a3");
    CHECK(record.nextUndo() == "Moved action \"Evening safety plan\" to number 1");
    record.undo();
    CHECK(record.conference() == start);
    CHECK(loadConference(db, id) == start);
    record.redo();
    CHECK(record.conference().plan.actions[0].id == "a3");
}

TEST_CASE("small things are remembered between runs", "[record]") {
    Database db(":memory:");
    CHECK_FALSE(recall(db, "last_conference"));
    remember(db, "last_conference", "k1");
    remember(db, "last_conference", "k2");
    CHECK(recall(db, "last_conference") == "k2");
}

TEST_CASE("a file written when times were held to the minute opens, undoes and redoes",
          "[record]") {
    TempFolder tmp;
    auto file = tmp / "minutes.db";
    Id id;
    {
        Database db(file);
        id = addConference(db, sample());
        Record record(db, id, ticking());
        record.apply(MarkArrival{"p2", *parseDateTime("2026-12-03T10:04")});
        Item said = item("", "Said at a minute");
        said.said = parseDateTime("2026-12-03T10:05");
        record.apply(AddItem{said});
        // As the earlier version wrote them: "2026-12-03T10:04", no seconds.
        for (const char* column :
             {"conference SET document = replace(document", "edit_log SET edit = replace(edit",
              "edit_log SET inverse = replace(inverse"})
            for (const char* t : {"10:04", "10:05"})
                db.sql().exec(std::string("UPDATE ") + column + ", 'T" + t + ":00\"', 'T" + t +
                              "\"')");
        REQUIRE(db.sql()
                    .execAndGet("SELECT count(*) FROM edit_log WHERE edit LIKE "
                                "'%T10:04\"%'")
                    .getInt() == 1);
    }
    Database db(file);
    Record record(db, id, ticking());
    const Participant& p2 = *findParticipant(record.conference(), "p2");
    CHECK(p2.presence.front().from == *parseDateTime("2026-12-03T10:04:00"));
    // The domain named the new item, and the log kept that name for redo.
    const Item* said = findItem(record.conference(), "i2");
    REQUIRE(said);
    CHECK(said->said == parseDateTime("2026-12-03T10:05:00"));
    record.undo();
    CHECK_FALSE(findItem(record.conference(), "i2"));
    record.redo();
    CHECK(findItem(record.conference(), "i2"));
}
