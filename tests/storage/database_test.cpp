#include "platform/os.hpp"
#include "storage/database.hpp"
#include "support/full_disk.hpp"
#include "support/temp_folder.hpp"

#include <SQLiteCpp/Statement.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <limits>

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

void addRows(Database& db, int from, int count) {
    for (int i = from; i < from + count; ++i)
        db.sql().exec("INSERT INTO app_state VALUES ('key" + std::to_string(i) + "', '" +
                      std::string(300, 'a' + static_cast<char>(i % 26)) + "')");
}

int rows(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM app_state").getInt();
}

std::string quickCheckAlone(const fs::path& main) {
    SQLite::Database raw("file:" + main.string() + "?immutable=1",
                         SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    return raw.execAndGet("PRAGMA quick_check").getString();
}

// What a crash in the middle of a checkpoint leaves: the log whole, and the
// main file with some pages already copied from it and the rest still old.
// Alone the main file is inconsistent; with its log it is the whole database.
void makeMidCheckpointCrash(const fs::path& folder, const fs::path& file, int later = 200) {
    auto before = folder / "before.db";
    std::string old;
    {
        Database db(before);
        addRows(db, 0, 40);
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        old = readBytes(before);
        addRows(db, 40, later); // in the log only: nothing checkpoints below 1000 pages
        writeBytes(file, readBytes(before));
        writeBytes(file.string() + "-wal", readBytes(before.string() + "-wal"));
    }
    std::string done = readBytes(before); // closing checkpointed everything
    REQUIRE(done.size() > old.size());
    std::string half = done.substr(0, done.size() / 2);
    half += old.size() > half.size() ? old.substr(half.size()) : std::string();
    half.resize(done.size(), '\0');
    writeBytes(file, half);
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
    CHECK(cpc::os::isPrivate(file));
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

// Closed cleanly, a file is not read through on opening (a few hundred
// megabytes of conferences would cost seconds): damage there is said, in
// words, when the damaged pages are read, and the file is left as it was.
TEST_CASE("a damaged file closed cleanly is said damaged when read, and left as it was",
          "[database]") {
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
    REQUIRE_FALSE(fs::exists(file.string() + "-wal")); // closed cleanly
    // Scribble over the head of every page but the first (the schema).
    for (std::size_t page = 4096; page < bytes.size(); page += 4096)
        for (std::size_t k = 0; k < 64; ++k)
            bytes[page + k] = '\x7f';
    writeBytes(file, bytes);
    {
        Database db(file); // opens without reading every page
        try {
            db.sql().execAndGet("SELECT sum(length(value)) FROM app_state");
            FAIL("the damaged pages were read without a word");
        } catch (const SQLite::Exception& e) {
            CHECK_THAT(inWords(e), Catch::Contains("damaged"));
        }
    }
    CHECK(readBytes(file) == bytes);
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

TEST_CASE("an intact database caught by a crash mid-checkpoint opens with everything in it",
          "[database][crash]") {
    TempFolder tmp;
    auto file = tmp / "crashed.db";
    makeMidCheckpointCrash(tmp.path, file);
    REQUIRE(quickCheckAlone(file) != "ok"); // the old pre-open check refused this file
    Database db(file);
    CHECK(rows(db) == 240);
    CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("the crash fixtures open with everything in them", "[database][crash]") {
    // Made by makeMidCheckpointCrash and kept, so a change in how the
    // fixtures are made cannot quietly make the test easy.
    fs::path fixtures = fs::path(CPC_SOURCE_DIR) / "tests" / "storage" / "fixtures";
    for (const char* name : {"mid-checkpoint", "mid-checkpoint-small"}) {
        CAPTURE(name);
        TempFolder tmp;
        auto file = tmp / "copy.db";
        fs::copy_file(fixtures / (std::string(name) + ".db"), file);
        fs::copy_file(fixtures / (std::string(name) + ".db-wal"), file.string() + "-wal");
        REQUIRE(quickCheckAlone(file) != "ok");
        Database db(file);
        CHECK(rows(db) > 0);
        CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
    }
}

TEST_CASE("a damaged database with its log beside it is refused and both are left as they were",
          "[database][crash]") {
    TempFolder tmp;
    auto file = tmp / "damaged.db";
    makeMidCheckpointCrash(tmp.path, file);
    // Damage the log's frames too: now the main file and log together are broken.
    std::string wal = readBytes(file.string() + "-wal");
    std::string main = readBytes(file);
    for (std::size_t i = 4096 * 2; i < main.size(); i += 4096)
        for (std::size_t k = 0; k < 64 && i + k < main.size(); ++k)
            main[i + k] = '\x5a';
    writeBytes(file, main);
    REQUIRE_THROWS_WITH(Database(file), Catch::Contains("damaged") && !Catch::Contains("\n") &&
                                            Catch::StartsWith(file.string()));
    CHECK(readBytes(file) == main);
    CHECK(readBytes(file.string() + "-wal") == wal);
    CHECK_FALSE(fs::exists(file.string() + "-shm"));
}

TEST_CASE("a disk that fills while the log is copied back leaves a database that opens",
          "[database][full]") {
    TempFolder tmp;
    auto file = tmp / "full.db";
    for (long long room : {0LL, 4096LL, 3 * 4096LL + 100, 20 * 4096LL}) {
        CAPTURE(room);
        fs::remove(file);
        {
            full_disk::FullDisk disk(std::numeric_limits<long long>::max());
            Database db(file);
            addRows(db, 0, 20);
            db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            addRows(db, 20, 150);
            disk.makeRoom(room); // closing checkpoints, and the disk fills part way
        }
        Database again(file);
        CHECK(rows(again) == 170);
        CHECK(again.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
    }
}

TEST_CASE("a write on a full disk says so, and the file opens afterwards with what was saved",
          "[database][full]") {
    TempFolder tmp;
    auto file = tmp / "full.db";
    {
        full_disk::FullDisk disk(std::numeric_limits<long long>::max());
        Database db(file);
        addRows(db, 0, 10);
        disk.makeRoom(2000);
        REQUIRE_THROWS_AS(addRows(db, 10, 100), SQLite::Exception);
        disk.makeRoom(std::numeric_limits<long long>::max());
        CHECK(rows(db) >= 10);
    }
    Database again(file);
    CHECK(rows(again) >= 10);
    CHECK(again.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
}

// Run by hand to remake the kept fixtures: cpc_storage_tests "[.make-fixtures]"
TEST_CASE("make the crash fixtures", "[.make-fixtures]") {
    fs::path fixtures = fs::path(CPC_SOURCE_DIR) / "tests" / "storage" / "fixtures";
    fs::create_directories(fixtures);
    for (const char* name : {"mid-checkpoint", "mid-checkpoint-small"}) {
        TempFolder tmp;
        auto file = fixtures / (std::string(name) + ".db");
        fs::remove(file);
        makeMidCheckpointCrash(tmp.path, file, name == std::string("mid-checkpoint") ? 60 : 15);
    }
}
