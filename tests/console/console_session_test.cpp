// The console driven through the session, as the window drives it: panels
// drawn headless from session::consoleView, their intents carried out by
// the Session on a real database file. What the chair types goes through
// Record, the edit log and undo, and a full disk is met where it happens.
#include "interchange/json.hpp"
#include "session/console_view.hpp"
#include "session/session.hpp"
#include "support/full_disk.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using namespace cpc;
namespace fs = std::filesystem;
namespace key = cpc::ui::key;

namespace {

struct SessionRig {
    fs::path folder =
        fs::temp_directory_path() / ("cpcboard-rig-" + std::to_string(std::random_device{}()));
    std::unique_ptr<full_disk::FullDisk> disk =
        std::make_unique<full_disk::FullDisk>(std::numeric_limits<long long>::max());
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<session::Session> session;
    Headless ui;
    std::ostringstream err;
    DateTime now = *parseDateTime("2026-12-03T10:30");
    Id id;

    SessionRig() {
        fs::create_directories(folder);
        db = std::make_unique<storage::Database>(folder / "cp.db");
        std::ifstream in(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json");
        std::stringstream text;
        text << in.rdbuf();
        id = storage::addConference(*db, interchange::parse(text.str()));
        session = std::make_unique<session::Session>(*db, session::laptopClock());
        session->open(id);
        session->console().phase = ui::Phase::Information;
        settle();
    }
    ~SessionRig() {
        session.reset();
        db.reset();
        disk.reset();
        fs::remove_all(folder);
    }
    void draw() {
        ui::Intents intents;
        ui::drawConsole(session::consoleView(*session, now, &ui.fonts, 1), session->console(),
                        intents);
        session->carryOut(intents, err);
        session->keepDraft();
    }
    std::function<void()> drawer() {
        return [this] { draw(); };
    }
    void settle(int frames = 3) {
        for (int i = 0; i < frames; ++i)
            ui.frame(drawer());
    }
    void type(std::string_view text) { ui.type(text, drawer()); }
    void press(int k, bool ctrl = false) { ui.press(k, drawer(), ctrl); }
    bool shows(const std::string& words) const {
        for (const auto& item : session->conference().items)
            if (item.text == words) return true;
        return false;
    }
};

} // namespace

TEST_CASE("an item typed into the console is in the record, and Ctrl+Z takes it out",
          "[session-console]") {
    SessionRig rig;
    rig.type("Nan collects Lena on Tuesdays");
    rig.press(key::Enter);
    rig.settle();
    CHECK(rig.shows("Nan collects Lena on Tuesdays"));
    CHECK(rig.session->saved());
    // On disk, through the log: a new Record reads it back.
    CHECK(storage::Record(*rig.db, rig.id).conference() == rig.session->conference());
    rig.press(key::Z, true);
    rig.settle();
    CHECK_FALSE(rig.shows("Nan collects Lena on Tuesdays"));
    CHECK(rig.session->console().entry.text.empty());
}

TEST_CASE("on a full disk the typed item stays on screen, the banner says so, and it is saved "
          "when there is room",
          "[session-console]") {
    SessionRig rig;
    rig.disk->makeRoom(0);
    rig.type("Dad shouted at the health visitor");
    rig.press(key::Enter);
    rig.settle();
    CHECK(rig.shows("Dad shouted at the health visitor"));
    CHECK(rig.session->unsaved() == 1);
    // What the chair sees: the banner with the reason.
    rig.settle(1);
    const auto view = session::consoleView(*rig.session, rig.now, &rig.ui.fonts, 1);
    CHECK(view.saveProblem.find("the disk is full") != std::string::npos);
    CHECK(view.unsaved == 1);
    rig.disk->makeRoom(std::numeric_limits<long long>::max());
    rig.session->retrySaving(true);
    CHECK(rig.session->unsaved() == 0);
    CHECK(storage::Record(*rig.db, rig.id).conference() == rig.session->conference());
}
