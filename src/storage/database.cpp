#include "storage/database.hpp"

#include "platform/os.hpp"
#include "platform/paths.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <array>
#include <cstdio>
#include <fstream>
#include <sqlite3.h>
#include <string_view>

namespace cpc::storage {
namespace {

namespace fs = std::filesystem;

// "CPCB": marks a file as ours, so another program's SQLite file is refused.
constexpr int applicationId = 0x43504342;

// Each migration takes the schema from its index to index + 1. Never edit one
// that has shipped: add another.
constexpr std::array<std::string_view, 3> migrations{
    // 1: conferences and their edit log (the audit trail and the undo history).
    R"sql(
    CREATE TABLE conference (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT,                -- YYYY-MM-DD, for listing without reading the document
        document TEXT NOT NULL,   -- the conference as an interchange document (cpcboard/1)
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE edit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        conference_id TEXT NOT NULL REFERENCES conference(id),
        at TEXT NOT NULL,         -- UTC, YYYY-MM-DDTHH:MM:SSZ
        action TEXT NOT NULL CHECK (action IN ('create', 'do', 'undo', 'redo')),
        kind TEXT NOT NULL,       -- the edit's kind (add_item, ...)
        edit TEXT NOT NULL,       -- the edit applied, as JSON
        inverse TEXT NOT NULL,    -- the edit that undoes it, as JSON
        target INTEGER,           -- undo/redo: the seq of the edit undone or redone
        summary TEXT NOT NULL     -- in words, for the audit trail
    );
    CREATE INDEX edit_log_by_conference ON edit_log (conference_id, seq);
    )sql",
    // 2: small things the program remembers between runs (the last conference opened).
    R"sql(
    CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    )sql",
    // 3: the document is a checkpoint: the conference as it was after the log
    // entry checkpoint_seq; the entries after it are applied on opening. Until
    // now every edit rewrote the document, so it is up to date with the log.
    R"sql(
    ALTER TABLE conference ADD COLUMN checkpoint_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE conference SET checkpoint_seq =
        coalesce((SELECT max(seq) FROM edit_log WHERE conference_id = conference.id), 0);
    )sql",
};

[[noreturn]] void refuse(const fs::path& path, const std::string& why,
                         StorageError::Kind kind = StorageError::Kind::Other) {
    throw StorageError(os::utf8(path) + ": " + why, kind);
}

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

} // namespace

std::string inWords(const SQLite::Exception& e) {
    switch (e.getErrorCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "in use by another running copy of cpcboard; close it first";
    case SQLITE_NOTADB:
        return "not a cpcboard database (not an SQLite file)";
    case SQLITE_CORRUPT:
        return "the database is damaged (" + firstLine(e.what()) + ")";
    case SQLITE_READONLY:
        return "the file is read-only; cpcboard needs to write to it";
    case SQLITE_CANTOPEN:
        return "cannot open the file (" + std::string(e.what()) + ")";
    case SQLITE_FULL:
        return "the disk is full";
    default:
        return e.what();
    }
}

namespace {

bool isMemory(const fs::path& path) {
    return path == ":memory:";
}

std::string uri(const fs::path& path) {
    // SQLite's URIs take forward slashes, and a Windows drive after one more.
    std::string out = "file:";
    auto generic = fs::absolute(path).generic_u8string();
    std::string whole(generic.begin(), generic.end());
    if (!whole.starts_with('/')) whole.insert(0, "/");
    for (char ch : whole) {
        if (ch == '%' || ch == '?' || ch == '#' || ch == ' ') {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(ch));
            out += hex;
        } else {
            out += ch;
        }
    }
    return out;
}

// Every running copy holds SQLite's lock bytes on the file for as long as it
// is open (locking_mode EXCLUSIVE), so a lock there means a copy is at work.
// Asked before looking, because a file caught mid-write is not a damaged one.
// 0x40000000: SQLite's PENDING_BYTE, then RESERVED and SHARED, on every system.
bool heldByAnotherProcess(const fs::path& path) {
    return os::lockHeld(path, 0x40000000, 512);
}

bool hasJournal(const fs::path& path) {
    std::error_code ec;
    for (const char* suffix : {"-wal", "-journal"}) {
        fs::path beside = path;
        beside += suffix;
        if (fs::exists(beside, ec) && fs::file_size(beside, ec) > 0) return true;
    }
    return false;
}

// Reads the file as SQLite will: the main file together with its
// write-ahead log, which SQLite reads back after a crash. With no log, the
// main file is the whole database and is read immutable, touching nothing.
// With one, SQLite will not read it read-only without a -shm file, so the
// connection may write, but in exclusive mode (no -shm is made) and never
// checkpointing on close: a refused file and its log stay byte for byte.
std::unique_ptr<SQLite::Database> openReadOnly(const fs::path& path, const char* how) {
    return std::make_unique<SQLite::Database>(uri(path) + how,
                                              SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

std::unique_ptr<SQLite::Database> openToLook(const fs::path& path) {
    if (!hasJournal(path)) return openReadOnly(path, "?immutable=1");
    auto db =
        std::make_unique<SQLite::Database>(uri(path), SQLite::OPEN_READWRITE | SQLite::OPEN_URI);
    sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    db->exec("PRAGMA locking_mode = EXCLUSIVE");
    return db;
}

// Ours, not newer than this program, and whole: asked of the database as
// SQLite will see it, so an intact file caught by a crash mid-checkpoint opens.
// Whole means every page read: done only after an unclean end (a log left
// beside the file), so a big file closed cleanly opens without being read
// through; damage there is found, and said, when its pages are read.
void checkContents(SQLite::Database& db, const fs::path& path) {
    int version = db.execAndGet("PRAGMA user_version").getInt();
    int app = db.execAndGet("PRAGMA application_id").getInt();
    int tables = db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt();
    if (app != applicationId && (tables > 0 || version > 0))
        refuse(path, "an SQLite database of another program, not of cpcboard");
    if (version > latestSchema())
        refuse(path, "written by a newer version of cpcboard (schema " + std::to_string(version) +
                         "; this version reads up to " + std::to_string(latestSchema()) + ")");
    if (!hasJournal(path)) return;
    // The first problem is enough for the chair; the rest are for a SQLite tool.
    std::string check = db.execAndGet("PRAGMA quick_check(1)").getString();
    if (check != "ok") refuse(path, "the database is damaged (" + firstLine(check) + ")");
}

void look(const fs::path& path) {
    try {
        checkContents(*openToLook(path), path);
    } catch (const SQLite::Exception& e) {
        refuse(path, inWords(e));
    }
}

// Refuses what must not be written to, looking only, so a refused file stays as it was.
void inspect(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
        if (!fs::is_directory(folder, ec)) refuse(path, "the folder does not exist");
        if (!os::mayWrite(folder)) refuse(path, "the folder is read-only");
        return;
    }
    if (!fs::is_regular_file(path, ec)) refuse(path, "not a file");
    // The mode bits as well as access(): root may write anything, but a file
    // marked read-only was marked so by someone who meant it.
    bool writable =
        (fs::status(path, ec).permissions() & fs::perms::owner_write) != fs::perms::none;
    if (fs::file_size(path, ec) > 0) {
        std::array<char, 16> header{};
        std::ifstream(path, std::ios::binary).read(header.data(), header.size());
        if (std::string_view(header.data(), header.size()) !=
            std::string_view("SQLite format 3\0", 16))
            refuse(path, "not a cpcboard database (not an SQLite file)");
    }
    if (!writable || !os::mayWrite(path))
        refuse(path, "the file is read-only; cpcboard needs to write to it",
               StorageError::Kind::ReadOnly);
    auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    if (!os::mayWrite(folder))
        refuse(path, "the folder is read-only; cpcboard keeps its journal beside the file",
               StorageError::Kind::ReadOnly);
    if (fs::file_size(path, ec) == 0) return; // an empty file is an empty database

    if (heldByAnotherProcess(path))
        refuse(path, "in use by another running copy of cpcboard; close it first");
    look(path);
}

void migrate(SQLite::Database& db, int from, int to) {
    for (int v = from; v < to; ++v)
        db.exec(std::string(migrations[static_cast<std::size_t>(v)]));
    db.exec("PRAGMA user_version = " + std::to_string(to));
}

} // namespace

int latestSchema() {
    return static_cast<int>(migrations.size());
}

Database::Database(const fs::path& path, int upToSchema) : path_(path) {
    if (!isMemory(path)) inspect(path);
    bool created = !isMemory(path) && !fs::exists(path);
    try {
        if (created) {
            // Records are confidential: the file is the user's alone from its first byte.
            if (!os::createPrivateFile(path)) refuse(path, "cannot create the file");
        }
        db_ = std::make_unique<SQLite::Database>(os::utf8(path),
                                                 SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        // One running copy owns the file: a second one is told so at once
        // instead of two chairs' edits interleaving.
        db_->exec("PRAGMA locking_mode = EXCLUSIVE");
        db_->exec("PRAGMA journal_mode = WAL");
        // FULL: each commit is synced to disk before the call returns, so an edit
        // the chair has seen on screen survives pulling the power cord. NORMAL
        // would only survive a crash of the program, not of the machine.
        db_->exec("PRAGMA synchronous = FULL");
        db_->exec("PRAGMA foreign_keys = ON");

        SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
        int version = schema();
        if (version < upToSchema) {
            if (version == 0) db_->exec("PRAGMA application_id = " + std::to_string(applicationId));
            migrate(*db_, version, upToSchema);
        }
        tx.commit();
    } catch (const SQLite::Exception& e) {
        db_.reset();
        refuse(path, inWords(e),
               e.getErrorCode() == SQLITE_READONLY ? StorageError::Kind::ReadOnly
                                                   : StorageError::Kind::Other);
    }
}

Database::Database(const fs::path& path, ReadOnly) : path_(path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) == 0)
        refuse(path, "there is no database to read");
    if (heldByAnotherProcess(path))
        refuse(path, "in use by another running copy of cpcboard; close it first");
    try {
        // Nothing beside the file can be made on read-only media, so SQLite
        // reads the main file alone (immutable) when there is no log to read.
        db_ = openReadOnly(path, hasJournal(path) ? "?mode=ro" : "?immutable=1");
        checkContents(*db_, path);
        // An older schema would need migrating, which is writing.
        if (schema() != latestSchema())
            refuse(path, "written by an older version of cpcboard (schema " +
                             std::to_string(schema()) + "), which this one must update to read");
    } catch (const SQLite::Exception& e) {
        db_.reset();
        refuse(path, inWords(e));
    }
}

int Database::schema() {
    return db_->execAndGet("PRAGMA user_version").getInt();
}

} // namespace cpc::storage
