// The line the chair is typing is on screen, so it is on disk too: a new run
// of the program (after a crash, say) gives it back. Kept without a sync per
// key, and synced within a second or when the typing pauses.
#include "interchange/json.hpp"
#include "session/session.hpp"
#include "support/manual_clock.hpp"
#include "sync_counter.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace cpc;
namespace fs = std::filesystem;

TEST_CASE("a line typed but not yet entered is given back when the conference opens again",
          "[draft]") {
    fs::path folder =
        fs::temp_directory_path() / ("cpcboard-draft-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder);
    std::ifstream in(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json");
    std::stringstream text;
    text << in.rdbuf();
    Id id;
    {
        storage::Database db(folder / "cp.db");
        id = storage::addConference(db, interchange::parse(text.str()));
        session::Session session(db, session::laptopClock());
        session.open(id);
        CHECK(session.console().entry.text.empty());
        session.console().entry.text = "Nan says she can have the children";
        session.keepDraft(); // as the frame loop does after every frame
    }                        // no Enter: the program ends here, as if killed
    {
        storage::Database db(folder / "cp.db");
        session::Session session(db, session::laptopClock());
        session.open(id);
        CHECK(session.console().entry.text == "Nan says she can have the children");
        // Once the line is entered (and so cleared), nothing comes back.
        session.console().entry.text.clear();
        session.keepDraft();
    }
    {
        storage::Database db(folder / "cp.db");
        session::Session session(db, session::laptopClock());
        session.open(id);
        CHECK(session.console().entry.text.empty());
    } // closed first: Windows deletes no file that is open
    fs::remove_all(folder);
}

namespace {

struct DraftRig {
    fs::path folder =
        fs::temp_directory_path() / ("cpcboard-draft-" + std::to_string(std::random_device{}()));
    SyncCounter counter; // before the file is opened: its files go through it
    test::ManualClock clock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<session::Session> session;

    DraftRig() {
        fs::create_directories(folder);
        db = std::make_unique<storage::Database>(folder / "cp.db");
        std::ifstream in(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json");
        std::stringstream text;
        text << in.rdbuf();
        session = std::make_unique<session::Session>(*db, clock.clock());
        session->open(storage::addConference(*db, interchange::parse(text.str())));
        SyncCounter::syncs = 0;
    }
    ~DraftRig() {
        session.reset();
        db.reset();
        fs::remove_all(folder);
    }
    void type(std::string_view text) {
        for (char ch : text) {
            session->console().entry.text += ch;
            session->keepDraft(); // as the frame loop does after every frame
        }
    }
};

} // namespace

TEST_CASE("typing a line asks the disk for no sync per key, and a pause takes it there",
          "[draft]") {
    DraftRig rig;
    rig.type("Nan says she can have the children");
    CHECK(SyncCounter::syncs == 0);
    rig.session->syncDraft(); // the frame loop, going idle
    CHECK(SyncCounter::syncs > 0);
    const int after = SyncCounter::syncs;
    rig.session->syncDraft(); // nothing new: nothing to sync
    CHECK(SyncCounter::syncs == after);
}

TEST_CASE("a line typed for longer than a second is on the disk within the second", "[draft]") {
    DraftRig rig;
    rig.type("Nan says");
    CHECK(SyncCounter::syncs == 0);
    rig.clock.pass(std::chrono::milliseconds(1100));
    rig.type(" she");
    CHECK(SyncCounter::syncs > 0);
}

TEST_CASE("after lines kept without a sync, an entered item is still synced before it shows",
          "[draft]") {
    DraftRig rig;
    rig.type("Nan says she can have the children");
    REQUIRE(SyncCounter::syncs == 0);
    std::ostringstream err;
    rig.session->carryOut(ui::Intents{ui::intent::ApplyEdit{
                              edit::AddItem{Item{"", Column::WorkingWell, "Nan can help"}}}},
                          err);
    CHECK(err.str().empty());
    CHECK(SyncCounter::syncs > 0);
}
