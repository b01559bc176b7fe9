#include "storage/database.hpp"
#include "temp_folder.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <sys/stat.h>

using namespace cpc::storage;
namespace fs = std::filesystem;

namespace {

// A refused file must be byte for byte what it was, and gain no journal beside it.
void refusedUntouched(const fs::path& file, const std::string& words) {
    std::string before = readBytes(file);
    REQUIRE_THROWS_WITH(Database(file), Catch::Contains(words) && Catch::StartsWith(file.string()));
    CHECK(readBytes(file) == before);
    CHECK_FALSE(fs::exists(file.string() + "-wal"));
}

void makeOtherDatabase(const fs::path& file, const char* sql) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(sql);
}

} // namespace

TEST_CASE("a new database file is created at the latest schema, private to the user",
          "[database]") {
    TempFolder tmp;
    auto file = tmp / "new.db";
    Database db(file);
    CHECK(db.schema() == latestSchema());
    CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.sql().execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    struct stat st {};
    REQUIRE(::stat(file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("an in-memory database serves the tests", "[database]") {
    Database db(":memory:");
    CHECK(db.schema() == latestSchema());
}

TEST_CASE("reopening keeps what was written", "[database]") {
    TempFolder tmp;
    auto file = tmp / "keep.db";
    {
        Database db(file);
        db.sql().exec("INSERT INTO app_state VALUES ('k', 'v')");
    }
    Database again(file);
    CHECK(again.sql().execAndGet("SELECT value FROM app_state").getString() == "v");
}

TEST_CASE("a file that is not a database is refused and left as it was", "[database]") {
    TempFolder tmp;
    auto file = tmp / "notes.db";
    writeBytes(file, "Minutes of the meeting, not a database\n");
    refusedUntouched(file, "not a cpcboard database");
}

TEST_CASE("another program's SQLite file is refused and left as it was", "[database]") {
    TempFolder tmp;
    auto file = tmp / "other.db";
    makeOtherDatabase(file, "CREATE TABLE songs (title TEXT)");
    refusedUntouched(file, "another program");
}

TEST_CASE("a file written by a newer version is refused and left as it was", "[database]") {
    TempFolder tmp;
    auto file = tmp / "newer.db";
    { Database db(file); }
    {
        SQLite::Database raw(file.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA journal_mode = DELETE");
        raw.exec("PRAGMA user_version = 99");
    }
    refusedUntouched(file, "newer version of cpcboard (schema 99; this version reads up to");
}

TEST_CASE("a damaged file is refused and left as it was", "[database]") {
    TempFolder tmp;
    auto file = tmp / "damaged.db";
    {
        Database db(file);
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        for (int i = 0; i < 200; ++i)
            db.sql().exec("INSERT INTO app_state VALUES ('key" + std::to_string(i) + "', '" +
                          std::string(200, 'x') + "')");
    }
    std::string bytes = readBytes(file);
    REQUIRE(bytes.size() > 8192);
    // Scribble over the second page: the b-tree of a table.
    for (std::size_t i = 4096; i < 4096 + 64; ++i)
        bytes[i] = '\x7f';
    writeBytes(file, bytes);
    refusedUntouched(file, "damaged");
}

TEST_CASE("a read-only file is refused and left as it was", "[database]") {
    TempFolder tmp;
    auto file = tmp / "readonly.db";
    { Database db(file); }
    fs::permissions(file, fs::perms::owner_read, fs::perm_options::replace);
    refusedUntouched(file, "read-only");
}

TEST_CASE("a file in use by another running copy is refused", "[database]") {
    TempFolder tmp;
    auto file = tmp / "busy.db";
    Database first(file);
    first.sql().exec("INSERT INTO app_state VALUES ('k', 'v')");
    REQUIRE_THROWS_WITH(Database(file), Catch::Contains("in use by another running copy"));
    // The first copy carries on.
    CHECK(first.sql().execAndGet("SELECT count(*) FROM app_state").getInt() == 1);
}

TEST_CASE("a missing folder is a clear error", "[database]") {
    TempFolder tmp;
    REQUIRE_THROWS_WITH(Database(tmp / "no" / "such" / "x.db"),
                        Catch::Contains("the folder does not exist"));
}

TEST_CASE("a database at the first schema is migrated and keeps its data", "[database]") {
    TempFolder tmp;
    auto file = tmp / "old.db";
    {
        Database old(file, 1);
        REQUIRE(old.schema() == 1);
        old.sql().exec("INSERT INTO conference VALUES ('k1', 'Old one', 'initial', '2025-01-06', "
                       "'{}', '2025-01-06T09:00:00Z', '2025-01-06T09:00:00Z')");
        REQUIRE_THROWS(old.sql().exec("SELECT * FROM app_state"));
    }
    Database db(file);
    CHECK(db.schema() == latestSchema());
    CHECK(db.sql().execAndGet("SELECT title FROM conference").getString() == "Old one");
    db.sql().exec("INSERT INTO app_state VALUES ('last', 'k1')");
}

TEST_CASE("the default database lives in the user's data folder", "[database]") {
    TempFolder tmp;
    const char* old = std::getenv("XDG_DATA_HOME");
    std::string saved = old ? old : "";
    ::setenv("XDG_DATA_HOME", (tmp / "data").c_str(), 1);
    fs::create_directories(tmp / "data");
    auto path = defaultDatabasePath();
    CHECK(path == tmp / "data" / "cpcboard" / "cpcboard.db");
    CHECK(fs::is_directory(path.parent_path()));
    CHECK((fs::status(path.parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
    if (old)
        ::setenv("XDG_DATA_HOME", saved.c_str(), 1);
    else
        ::unsetenv("XDG_DATA_HOME");
}
