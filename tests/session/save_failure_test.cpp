// A save the disk refuses is loud and loses nothing: the change stays on
// screen, held in order, said in the banner's words, written when the disk
// takes it; a copy can be saved elsewhere meanwhile; a full disk or read-only
// file at the start still opens the meeting. Real databases, and a disk that
// fills (full_disk.hpp), through the session the console drives.
#include "interchange/json.hpp"
#include "session/session.hpp"
#include "support/full_disk.hpp"
#include "support/manual_clock.hpp"
#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using namespace cpc;
namespace fs = std::filesystem;

namespace {

constexpr long long plenty = std::numeric_limits<long long>::max();

Conference sample() {
    return interchange::parse(
        readBytes(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json"));
}

ui::Intents addWorry(const std::string& words) {
    Item item;
    item.column = Column::Worried;
    item.text = words;
    return {ui::intent::ApplyEdit{edit::AddItem{item}}};
}

bool shows(const Conference& c, const std::string& words) {
    for (const auto& item : c.items)
        if (item.text == words) return true;
    return false;
}

// The sample open in a session, on a disk that fills when a test says so.
struct SampleOnDisk {
    TempFolder tmp;
    full_disk::FullDisk disk{plenty};
    storage::Database db{tmp / "cp.db"};
    test::ManualClock time;
    session::Session session{db, time.clock()};
    std::ostringstream err;
    SampleOnDisk() { session.open(storage::addConference(db, sample())); }
};

} // namespace

TEST_CASE(
    "a change the full disk refuses stays on screen, is said, and is saved when there is room",
    "[save-failure]") {
    TempFolder tmp;
    full_disk::FullDisk disk(plenty);
    Id id;
    {
        storage::Database db(tmp.path / "cp.db");
        id = storage::addConference(db, sample());
        session::Session session(db, session::laptopClock());
        session.open(id);
        std::ostringstream err;

        disk.makeRoom(0); // the disk fills mid-meeting
        session.carryOut(addWorry("Dad shouted at the health visitor"), err);
        CHECK(session.saveProblem().find("the disk is full") != std::string::npos);
        CHECK(err.str().find("the disk is full") != std::string::npos);
        CHECK(session.unsaved() == 1);
        CHECK_FALSE(session.saved());
        CHECK(shows(session.conference(), "Dad shouted at the health visitor"));
        CHECK_FALSE(shows(session.record()->conference(), "Dad shouted at the health visitor"));

        // More typing is held behind it, in order; undo cannot reach into the log.
        session.carryOut(addWorry("Nan will have the children on Fridays"), err);
        CHECK(session.unsaved() == 2);
        session.carryOut(ui::Intents{ui::intent::Undo{}}, err);
        CHECK(session.console().refused.find("waits until the changes on screen are saved") !=
              std::string::npos);
        CHECK(session.unsaved() == 2);
        // Trying again while the disk is still full changes nothing and loses nothing.
        session.retrySaving(true);
        CHECK(session.unsaved() == 2);
        CHECK(shows(session.conference(), "Nan will have the children on Fridays"));

        disk.makeRoom(plenty); // someone frees space
        session.retrySaving(true);
        CHECK(session.unsaved() == 0);
        CHECK(session.saveProblem().empty());
        CHECK(session.saved());
        CHECK(session.record()->conference() == session.conference());
    }
    storage::Database db(tmp.path / "cp.db");
    auto stored = storage::loadConference(db, id);
    REQUIRE(shows(stored, "Dad shouted at the health visitor"));
    // Oldest first: the order they were typed in.
    auto at = [&](const std::string& words) {
        return std::find_if(stored.items.begin(), stored.items.end(),
                            [&](const Item& i) { return i.text == words; }) -
               stored.items.begin();
    };
    CHECK(at("Dad shouted at the health visitor") < at("Nan will have the children on Fridays"));
}

TEST_CASE("while changes are held, a copy of everything on screen can be saved elsewhere",
          "[save-failure]") {
    SampleOnDisk run;
    auto& [tmp, disk, db, time, session, err] = run;
    disk.makeRoom(0);
    session.carryOut(addWorry("Words only on screen"), err);
    REQUIRE(session.unsaved() == 1);
    disk.makeRoom(plenty); // the USB stick has room (the full-disk VFS is SQLite's only)
    fs::path stick = tmp.path / "USB stick" / "meeting";
    session.carryOut(ui::Intents{ui::intent::SaveCopy{stick.string()}}, err);
    const auto& copied = session.console().copied;
    INFO(copied.error);
    REQUIRE(copied.error.empty());
    REQUIRE(copied.files.size() == 6);
    auto json = std::find_if(copied.files.begin(), copied.files.end(),
                             [](const std::string& f) { return f.ends_with(".json"); });
    REQUIRE(json != copied.files.end());
    CHECK(shows(interchange::parse(readBytes(*json)), "Words only on screen"));
    // Closing would lose it: refused once, with the way out; asked again, it closes.
    session.carryOut(ui::Intents{ui::intent::Quit{}}, err);
    CHECK_FALSE(session.quitting());
    CHECK(session.console().refused.find("1 change is not saved. Save a copy first "
                                         "(Ctrl+Shift+S)") != std::string::npos);
    session.carryOut(ui::Intents{ui::intent::Quit{}}, err);
    CHECK(session.quitting());
    // Another conference would leave the held change behind: refused while held.
    session.carryOut(ui::Intents{ui::intent::StartReview{}}, err);
    CHECK(session.console().refused.find("not saved yet") != std::string::npos);
    CHECK(session.unsaved() == 1);
}

TEST_CASE("a disk already full at the start still opens the meeting and says so at once",
          "[save-failure]") {
    TempFolder tmp;
    Id id;
    {
        storage::Database db(tmp.path / "cp.db");
        id = storage::addConference(db, sample());
    }
    full_disk::FullDisk disk(0);
    storage::Database db(tmp.path / "cp.db");
    session::Session session(db, session::laptopClock());
    session.open(id);
    CHECK(session.record() != nullptr);
    CHECK(session.saveProblem().find("the disk is full") != std::string::npos);
    std::ostringstream err;
    session.carryOut(addWorry("Typed on a full disk"), err);
    CHECK(session.unsaved() == 1);
    CHECK(shows(session.conference(), "Typed on a full disk"));
}

TEST_CASE("a read-only file opens read-only: changes are held on screen and the file is untouched",
          "[save-failure]") {
    TempFolder tmp;
    auto file = tmp.path / "cp.db";
    Id id;
    {
        storage::Database db(file);
        id = storage::addConference(db, sample());
        session::Session typing(db, session::laptopClock());
        typing.open(id);
        typing.console().entry.text = "Half a line";
        typing.keepDraft();
    }
    fs::permissions(file, fs::perms::owner_read, fs::perm_options::replace);
    try {
        storage::Database refused(file);
        FAIL("a read-only file opened to write");
    } catch (const storage::StorageError& e) {
        CHECK(e.kind == storage::StorageError::Kind::ReadOnly);
    }
    const std::string before = readBytes(file);
    {
        storage::Database db(file, storage::Database::ReadOnly{});
        session::Session session(db, session::laptopClock());
        session.openedReadOnly("cp.db: the file is read-only; opened read-only");
        session.open(id);
        CHECK(session.conference().id == id);
        CHECK(session.console().entry.text == "Half a line"); // given back, read-only too
        std::ostringstream err;
        session.carryOut(addWorry("Said while read-only"), err);
        CHECK(session.unsaved() == 1);
        CHECK(session.saveProblem().find("read-only") != std::string::npos);
        session.retrySaving(true);
        CHECK(session.unsaved() == 1);
        session.keepDraft();
    }
    CHECK(readBytes(file) == before);
    CHECK_FALSE(fs::exists(file.string() + "-wal"));
}

TEST_CASE("a change typed once the disk has room again still waits behind the held ones",
          "[save-failure]") {
    SampleOnDisk run;
    auto& [tmp, disk, db, time, session, err] = run;
    disk.makeRoom(0);
    session.carryOut(addWorry("First, held"), err);
    disk.makeRoom(plenty); // space again, before the next try is due
    session.carryOut(addWorry("Second, typed after"), err);
    CHECK(shows(session.conference(), "Second, typed after"));
    session.retrySaving(true);
    REQUIRE(session.unsaved() == 0);
    const auto& items = session.record()->conference().items;
    auto at = [&](const std::string& words) {
        return std::find_if(items.begin(), items.end(),
                            [&](const Item& i) { return i.text == words; }) -
               items.begin();
    };
    REQUIRE(at("Second, typed after") < static_cast<long>(items.size()));
    CHECK(at("First, held") < at("Second, typed after"));
}

TEST_CASE("an import that fills the disk is refused whole, and the file opens with what it had",
          "[save-failure]") {
    TempFolder tmp;
    const auto file = tmp.path / "cp.db";
    Id first;
    {
        storage::Database db(file);
        first = storage::addConference(db, sample());
    }
    for (long long room : {0LL, 1000LL, 8192LL, 40000LL}) {
        CAPTURE(room);
        {
            full_disk::FullDisk disk(plenty);
            storage::Database db(file);
            disk.makeRoom(room);
            CHECK_THROWS_WITH(storage::addConference(db, sample()),
                              Catch::Contains("the disk is full"));
        } // closing on the full disk: the log may not be copied back
        storage::Database db(file);
        const auto all = storage::listConferences(db);
        REQUIRE(all.size() == 1);
        CHECK(storage::loadConference(db, first).items.size() == sample().items.size());
    }
}

TEST_CASE("held changes are tried again after three seconds of the session's clock, not before",
          "[save-failure]") {
    SampleOnDisk s;
    s.disk.makeRoom(0);
    s.session.carryOut(addWorry("Dad shouted at the health visitor"), s.err);
    REQUIRE(s.session.unsaved() == 1);
    s.disk.makeRoom(plenty);
    s.time.pass(std::chrono::milliseconds(2999));
    s.session.retrySaving(); // as the frame loop does every frame
    CHECK(s.session.unsaved() == 1);
    s.time.pass(std::chrono::milliseconds(1));
    s.session.retrySaving();
    CHECK(s.session.unsaved() == 0);
    CHECK(s.session.saved());
}

TEST_CASE("the wall is drawn at the session's room clock", "[save-failure]") {
    SampleOnDisk s;
    CHECK(s.session.projectorView(nullptr).now == s.time.room);
    s.time.pass(std::chrono::minutes(25));
    CHECK(s.session.now() == s.time.room);
    CHECK(s.session.projectorView(nullptr).now == s.time.room);
}
