// The line the chair is typing is on screen, so it is on disk too: a new run
// of the program (after a crash, say) gives it back.
#include "documents/json.hpp"
#include "session/session.hpp"

#include <catch2/catch.hpp>
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
        session::Session session(db);
        session.open(id);
        CHECK(session.console().entry.text.empty());
        session.console().entry.text = "Nan says she can have the children";
        session.keepDraft(); // as the frame loop does after every frame
    }                        // no Enter: the program ends here, as if killed
    {
        storage::Database db(folder / "cp.db");
        session::Session session(db);
        session.open(id);
        CHECK(session.console().entry.text == "Nan says she can have the children");
        // Once the line is entered (and so cleared), nothing comes back.
        session.console().entry.text.clear();
        session.keepDraft();
    }
    {
        storage::Database db(folder / "cp.db");
        session::Session session(db);
        session.open(id);
        CHECK(session.console().entry.text.empty());
    } // closed first: Windows deletes no file that is open
    fs::remove_all(folder);
}
