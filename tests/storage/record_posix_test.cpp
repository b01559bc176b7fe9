// Linux only: the program killed with SIGKILL in a child made with fork()
// (Windows has neither; tests/CMakeLists.txt leaves this file out there).
#include "storage/store.hpp"
#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cpc;
using namespace cpc::edit;
using namespace cpc::storage;

namespace {

Conference sample() {
    Conference c;
    c.details.title = "Initial conference: the Nowak children";
    c.children = {{"c1", "Zoë Nowak", parseDate("2012-05-01"), "4 Elm Row"}};
    c.participants = {{"p2", "Danielle Nowak", Role::Parent, ""}};
    return c;
}

} // namespace

TEST_CASE("an edit is on disk when apply returns: killing the program loses nothing", "[record]") {
    TempFolder tmp;
    auto file = tmp / "killed.db";
    Id id;
    {
        Database db(file);
        id = addConference(db, sample());
    }
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        Database db(file);
        Record record(db, id);
        record.apply(
            AddItem{{"i2", Column::WorkingWell, "Typed just before the power went", {}, "p2"}});
        ::raise(SIGKILL); // no destructors, no clean close
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    Database db(file);
    CHECK(findItem(loadConference(db, id), "i2"));
}
