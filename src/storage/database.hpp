#pragma once
// The SQLite file that holds every conference of this laptop. Opening it
// checks, before writing a byte, that it is ours, whole, not newer than this
// program, writable, and not in use by another running copy; any of those gets
// a StorageError with one line a person can act on, and the file is left as it was.

#include <SQLiteCpp/Database.h>
#include <filesystem>
#include <memory>
#include <stdexcept>

namespace cpc::storage {

struct StorageError : std::runtime_error {
    // ReadOnly: the file could still be opened read-only (Database::ReadOnly).
    enum class Kind { Other, ReadOnly };
    explicit StorageError(const std::string& what, Kind why = Kind::Other)
        : std::runtime_error(what), kind(why) {}
    Kind kind;
};

// What an SQLite failure means to the chair, in words ("the disk is full").
std::string inWords(const SQLite::Exception& e);

// The newest schema this program writes (PRAGMA user_version).
int latestSchema();

class Database {
  public:
    // `path` may be ":memory:" for tests. `upToSchema` exists for the migration
    // tests, which need a file at an older schema.
    explicit Database(const std::filesystem::path& path, int upToSchema = latestSchema());
    // For a file that cannot be written (read-only media, say): opened to read
    // only, after the same checks; every write through it fails.
    struct ReadOnly {};
    Database(const std::filesystem::path& path, ReadOnly);

    SQLite::Database& sql() { return *db_; }
    const std::filesystem::path& path() const { return path_; }
    int schema();

  private:
    std::filesystem::path path_;
    std::unique_ptr<SQLite::Database> db_;
};

} // namespace cpc::storage
