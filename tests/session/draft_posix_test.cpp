// A half-typed line is kept without a sync per key, which must still survive
// the program being killed: it is with the operating system, not in the
// program's memory. fork() and SIGKILL: Linux only.
#include "interchange/json.hpp"
#include "session/session.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace cpc;
namespace fs = std::filesystem;

TEST_CASE("a line kept without a sync survives the program being killed", "[draft]") {
    const fs::path folder =
        fs::temp_directory_path() / ("cpcboard-kill-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder);
    Id id;
    {
        storage::Database db(folder / "cp.db");
        std::ifstream in(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json");
        std::stringstream text;
        text << in.rdbuf();
        id = storage::addConference(db, interchange::parse(text.str()));
    }
    const std::string line = "Nan says she can have the children on Fridays";
    const pid_t child = ::fork();
    if (child == 0) {
        storage::Database db(folder / "cp.db");
        session::Session session(db, session::laptopClock());
        session.open(id);
        for (char ch : line) {
            session.console().entry.text += ch;
            session.keepDraft(); // within a second: none of it synced
        }
        ::kill(::getpid(), SIGKILL); // no destructor, no syncDraft
        ::_exit(1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    {
        storage::Database db(folder / "cp.db");
        session::Session session(db, session::laptopClock());
        session.open(id);
        CHECK(session.console().entry.text == line);
    }
    fs::remove_all(folder);
}
