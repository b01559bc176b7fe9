#pragma once
// Conferences in the database, and the live record of one conference: every
// edit applied to it is one transaction, on disk when apply() returns, and
// kept in the edit log, which is both the audit trail and the undo history.
// The whole conference is written now and then as a checkpoint; opening reads
// the last checkpoint and applies the log entries after it.

#include "domain/edit.hpp"
#include "storage/database.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cpc::storage {

using Clock = std::function<std::chrono::system_clock::time_point()>;

struct ConferenceSummary {
    Id id;
    std::optional<Date> date;
    Kind kind = Kind::Initial;
    std::string title;
};

struct LogEntry {
    long long seq = 0;
    std::string at;     // UTC, YYYY-MM-DDTHH:MM:SSZ
    std::string action; // create, do, undo, redo
    std::string kind;
    std::string summary;
};

// Every conference in the file, newest first.
std::vector<ConferenceSummary> listConferences(Database& db);

// Stores a new conference and returns its id: the conference's own id when it
// is free, otherwise a new one. The whole conference is one "create" entry.
Id addConference(Database& db, Conference c, const Clock& now = std::chrono::system_clock::now);

// Throws StorageError when there is no such conference, or it does not read back.
Conference loadConference(Database& db, const Id& id);

// A number no other state of any conference in this run has had: what the
// screens key their cached layouts and findings on (Record::revision).
long long newRevision();

// Remembered between runs (the last conference opened, ...).
std::optional<std::string> recall(Database& db, const std::string& key);
// Synced: on disk when it returns, like an edit. Unsynced: handed to the
// operating system without waiting for the disk, so it survives the program
// being killed but not the power going; the next synced write (of anything)
// takes it to the disk too. For what changes with every key: the half-typed line.
enum class Durability { Synced, Unsynced };
void remember(Database& db, const std::string& key, const std::string& value,
              Durability durability = Durability::Synced);
// Takes every unsynced write before it to the disk.
void syncWrites(Database& db);

class Record {
  public:
    Record(Database& db, Id id, Clock now = std::chrono::system_clock::now);
    // Closing writes a checkpoint, so the next opening applies nothing.
    ~Record();
    Record(const Record&) = delete;
    Record& operator=(const Record&) = delete;

    // A checkpoint at the latest every this many edits, undos and redos (the
    // session takes one at each phase change, so a meeting rarely gets here):
    // rare enough that edits stay cheap, often enough that opening applies few.
    static constexpr int checkpointEvery = 500;

    const Conference& conference() const { return conference_; }
    // Changes whenever conference() does, and is never reused (newRevision).
    long long revision() const { return revision_; }

    // Applies, stores and returns only when the edit is on disk. An edit that
    // does not fit throws EditError; a failed write throws StorageError; either
    // way the conference and the file are as they were.
    void apply(const Edit& e);

    bool canUndo() const { return !done_.empty(); }
    bool canRedo() const { return !undone_.empty(); }
    // What undo/redo would change, in words ("Added to ..."); empty when nothing.
    std::string nextUndo() const;
    std::string nextRedo() const;
    void undo();
    void redo();

    // The audit trail: every change with its time, oldest first.
    std::vector<LogEntry> history() const;

    // Writes the whole conference, when anything changed since the last
    // checkpoint: at a phase change and on closing. Throws StorageError.
    void checkpoint();
    // Log entries after the last checkpoint (what opening now would apply).
    int sinceCheckpoint() const { return sinceCheckpoint_; }

  private:
    struct Done {
        long long seq;
        std::string summary;
    };
    void applyAndCommit(const Edit& e, const std::string& action, std::optional<long long> target,
                        const std::string& summary);
    void commit(const Edit& e, const Edit& inverse, const std::string& action,
                std::optional<long long> target, const std::string& summary, bool listedChanged);
    Edit stored(long long seq, const char* column) const;
    void replay(const char* column, const char* action, const std::string& prefix,
                std::vector<Done>& from, std::vector<Done>& to);

    Database& db_;
    Conference conference_;
    Clock now_;
    std::vector<Done> done_;   // undo pops from the back
    std::vector<Done> undone_; // redo pops from the back
    long long revision_ = newRevision();
    long long lastSeq_ = 0; // the newest log entry applied
    int sinceCheckpoint_ = 0;
};

} // namespace cpc::storage
