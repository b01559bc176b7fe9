// The record is a checkpoint and the log after it: what opening rebuilds
// must be exactly what was applied, for any sequence of edits, undos and
// redos, on either side of a checkpoint; and an edit writes its log row,
// not the whole conference.

#include "interchange/json.hpp"
#include "storage/store.hpp"
#include "support/temp_folder.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <random>

using namespace cpc;
using namespace cpc::edit;
using namespace cpc::storage;

namespace {

Conference sample() {
    std::ifstream in(std::string(CPC_SOURCE_DIR) + "/assets/sample-conference.json");
    return interchange::parse(std::string(std::istreambuf_iterator<char>(in), {}));
}

template <class T> const T& pick(const std::vector<T>& from, std::mt19937& random) {
    return from[random() % from.size()];
}

const char* const words[] = {"Zoë", "said", "school", "Łukasz", "is", "safe", "—", "at", "home"};

std::string sentence(std::mt19937& random) {
    std::string out;
    for (unsigned n = 1 + random() % 8; n > 0; --n)
        out += std::string(out.empty() ? "" : " ") + words[random() % std::size(words)];
    return out;
}

Column column(std::mt19937& random) {
    const Column all[] = {Column::Worried, Column::WorkingWell, Column::NeedsToHappen};
    return all[random() % 3];
}

// One that does not fit: it names what is not there.
Edit aRefusedEdit(const Conference& c, std::mt19937& random) {
    switch (random() % 3) {
    case 0: {
        Item item{"", column(random), sentence(random)};
        item.source = "p999";
        return AddItem{item};
    }
    case 1:
        return MoveItem{"i99999", column(random), 0};
    default:
        Action a;
        a.id = c.plan.actions.empty() ? "x1" : pick(c.plan.actions, random).id;
        a.what = sentence(random);
        a.children = {"c999"};
        return PutAction{a};
    }
}

// One edit of the kinds a meeting makes most, over what the conference holds.
Edit anEdit(const Conference& c, std::mt19937& random) {
    if (random() % 12 == 0) return aRefusedEdit(c, random);
    switch (random() % 9) {
    case 0:
    case 1: {
        Item item;
        item.column = column(random);
        item.text = sentence(random);
        item.confidential = random() % 5 == 0;
        if (!c.participants.empty()) item.source = pick(c.participants, random).id;
        return AddItem{item, random() % 3 == 0 ? 0 : end};
    }
    case 2:
        if (!c.items.empty()) {
            Item item = pick(c.items, random);
            item.text = sentence(random);
            return EditItem{item};
        }
        [[fallthrough]];
    case 3:
        if (!c.items.empty()) return MoveItem{pick(c.items, random).id, column(random), 0};
        [[fallthrough]];
    case 4:
        if (!c.items.empty()) return DeleteItem{pick(c.items, random).id};
        [[fallthrough]];
    case 5: {
        Action a;
        a.what = sentence(random);
        a.who = c.participants.empty() ? "Someone" : pick(c.participants, random).id;
        a.outcome = sentence(random);
        return PutAction{a};
    }
    case 6:
        if (!c.plan.actions.empty()) return RemoveAction{pick(c.plan.actions, random).id};
        [[fallthrough]];
    case 7:
        if (!c.decisions.empty())
            return SetReasons{pick(c.decisions, random).child, sentence(random), ""};
        [[fallthrough]];
    default: {
        Details d = c.details;
        d.title = sentence(random);
        return SetDetails{d};
    }
    }
}

// The state as opening the file now would rebuild it: the checkpoint and the log after it.
Conference reopened(Database& db, const Id& id) {
    return loadConference(db, id);
}

} // namespace

TEST_CASE("any sequence of edits, undos and redos is rebuilt exactly from the log",
          "[record][generated]") {
    const Conference start = sample();
    for (unsigned seed = 1; seed <= 12; ++seed) {
        CAPTURE(seed);
        std::mt19937 random(seed);
        Database db(":memory:");
        const Id id = addConference(db, start);
        Record record(db, id);
        // Past a checkpoint or two for some seeds, short of one for others.
        const int steps = static_cast<int>(random() % 1200);
        int refused = 0;
        for (int step = 0; step < steps; ++step) {
            const unsigned what = random() % 10;
            if (what == 0 && record.canUndo())
                record.undo();
            else if (what == 1 && record.canRedo())
                record.redo();
            else {
                const Conference before = record.conference();
                try {
                    record.apply(anEdit(record.conference(), random));
                } catch (const EditError&) {
                    // An edit that does not fit changes nothing (it is applied in place).
                    REQUIRE(record.conference() == before);
                    ++refused;
                }
            }
            if (random() % 40 == 0) REQUIRE(reopened(db, id) == record.conference());
        }
        CHECK(record.sinceCheckpoint() < Record::checkpointEvery);
        if (steps > 400) CHECK(refused > 0); // the generator does make refused edits
        REQUIRE(reopened(db, id) == record.conference());
        // And a Record opened on it carries on with the same undo history.
        const Conference applied = record.conference();
        const std::string undo = record.nextUndo();
        Record again(db, id);
        CHECK(again.conference() == applied);
        CHECK(again.nextUndo() == undo);
    }
}

TEST_CASE("an edit writes its row in the log and not the whole conference", "[record]") {
    Database db(":memory:");
    const Id id = addConference(db, sample());
    auto row = [&] {
        SQLite::Statement st(db.sql(),
                             "SELECT document, checkpoint_seq FROM conference WHERE id = ?");
        st.bind(1, id);
        REQUIRE(st.executeStep());
        return std::pair{st.getColumn(0).getString(), st.getColumn(1).getInt64()};
    };
    const auto before = row();
    Record record(db, id);
    for (int n = 0; n < Record::checkpointEvery - 2; ++n)
        record.apply(AddItem{Item{"", Column::Worried, "worry " + std::to_string(n)}});
    record.undo();
    CHECK(row() == before);
    CHECK(record.sinceCheckpoint() == Record::checkpointEvery - 1);
    // ... until the checkpointEvery-th entry, which writes it whole.
    CHECK(reopened(db, id) == record.conference());
    record.redo();
    CHECK(row() != before);
    CHECK(record.sinceCheckpoint() == 0);
    CHECK(interchange::parse(row().first).items.size() == record.conference().items.size());
}

TEST_CASE("closing writes a checkpoint, so the next opening applies nothing", "[record]") {
    TempFolder tmp;
    auto file = tmp / "closed.db";
    Id id;
    Conference applied;
    {
        Database db(file);
        id = addConference(db, sample());
        Record record(db, id);
        record.apply(AddItem{Item{"", Column::WorkingWell, "Mum walks them to school"}});
        record.apply(AddItem{Item{"", Column::Worried, "Missed appointments"}});
        CHECK(record.sinceCheckpoint() == 2);
        applied = record.conference();
    }
    Database db(file);
    Record record(db, id);
    CHECK(record.sinceCheckpoint() == 0);
    CHECK(record.conference() == applied);
    record.undo();
    CHECK(record.conference().items.size() + 1 == applied.items.size());
}

TEST_CASE("a log entry that no longer applies is said, by conference and entry", "[record]") {
    Database db(":memory:");
    const Id id = addConference(db, sample());
    {
        Record record(db, id);
        record.apply(AddItem{Item{"", Column::Worried, "One"}});
    }
    // The next opening applies the entry, which now names an item there is not.
    db.sql().exec("UPDATE conference SET checkpoint_seq = 0");
    db.sql().exec("UPDATE edit_log SET edit = '{\"kind\":\"delete_item\",\"id\":\"nope\"}' "
                  "WHERE action = 'do'");
    REQUIRE_THROWS_WITH(loadConference(db, id), Catch::Contains("conference \"" + id + "\"") &&
                                                    Catch::Contains("edit log entry") &&
                                                    Catch::Contains("does not apply"));
}
