// Linux only: a second process made with fork() and killed with SIGKILL
// mid-write (Windows has neither; tests/CMakeLists.txt leaves this file out there).
#include "storage/database.hpp"
#include "support/temp_folder.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace cpc::storage;
namespace fs = std::filesystem;

namespace {

void addRows(Database& db, int from, int count) {
    for (int i = from; i < from + count; ++i)
        db.sql().exec("INSERT INTO app_state VALUES ('key" + std::to_string(i) + "', '" +
                      std::string(300, 'a' + static_cast<char>(i % 26)) + "')");
}

} // namespace

TEST_CASE("a file another copy is writing is called in use, never damaged", "[database][crash]") {
    TempFolder tmp;
    auto file = tmp / "shared.db";
    { Database db(file); }
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    pid_t child = ::fork();
    if (child == 0) {
        // The other copy: opens the file and writes until it is killed.
        Database db(file);
        char one = 1;
        if (::write(ready[1], &one, 1) != 1) ::_exit(1);
        for (int i = 0;; ++i) {
            addRows(db, i * 5, 5);
            if (i % 7 == 0) db.sql().exec("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }
    char one = 0;
    REQUIRE(::read(ready[0], &one, 1) == 1);
    for (int attempt = 0; attempt < 40; ++attempt)
        REQUIRE_THROWS_WITH(Database(file), Catch::Contains("in use by another running copy"));
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    Database after(file); // what the killed copy left opens, with its committed rows
    CHECK(after.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
}
