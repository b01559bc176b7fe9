#include "storage/store.hpp"

#include "domain/names.hpp"
#include "interchange/json.hpp"
#include "platform/paths.hpp"
#include "storage/edit_codec.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <atomic>
#include <cstdio>
#include <ctime>

namespace cpc::storage {
namespace {

using nlohmann::json;

std::string utc(std::chrono::system_clock::time_point t) {
    using namespace std::chrono;
    auto secs = floor<seconds>(t);
    auto day = floor<days>(secs);
    year_month_day date{day};
    hh_mm_ss time{secs - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return buf;
}

// The snapshot keeps dates exactly as set: computed ones are computed on the way out.
std::string document(const Conference& c) {
    return interchange::write(c, interchange::WriteOptions{.fillComputedDates = false});
}

std::optional<Date> dayOf(const Conference& c) {
    if (c.details.scheduledStart) return dateOf(*c.details.scheduledStart);
    return std::nullopt;
}

// The columns the list of conferences reads, so it needs no document.
void bindSummary(SQLite::Statement& st, const Conference& c) {
    st.bind(":title", c.details.title);
    st.bind(":kind", std::string(token(c.details.kind)));
    if (auto d = dayOf(c))
        st.bind(":date", formatDate(*d));
    else
        st.bind(":date");
}

struct Summary {
    std::string title;
    Kind kind;
    std::optional<Date> date;
    bool operator==(const Summary&) const = default;
};

Summary summaryOf(const Conference& c) {
    return {c.details.title, c.details.kind, dayOf(c)};
}

// The whole conference, as it is after log entry `seq`.
void writeCheckpoint(Database& db, const Conference& c, long long seq, const std::string& at) {
    SQLite::Statement st(db.sql(), "UPDATE conference SET document = :document, "
                                   "checkpoint_seq = :seq, updated_at = :at WHERE id = :id");
    st.bind(":document", document(c));
    st.bind(":seq", static_cast<int64_t>(seq));
    st.bind(":at", at);
    st.bind(":id", c.id);
    st.exec();
}

void appendLog(Database& db, const Id& conference, const std::string& at, const std::string& action,
               std::string_view kind, const std::string& edit, const std::string& inverse,
               std::optional<long long> target, const std::string& summary) {
    SQLite::Statement st(db.sql(),
                         "INSERT INTO edit_log (conference_id, at, action, kind, edit, inverse, "
                         "target, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, conference);
    st.bind(2, at);
    st.bind(3, action);
    st.bind(4, std::string(kind));
    st.bind(5, edit);
    st.bind(6, inverse);
    if (target)
        st.bind(7, static_cast<int64_t>(*target));
    else
        st.bind(7);
    st.bind(8, summary);
    st.exec();
}

template <class F> auto guarded(Database& db, F work) {
    try {
        return work();
    } catch (const SQLite::Exception& e) {
        throw StorageError(os::utf8(db.path()) + ": " + inWords(e));
    }
}

bool exists(Database& db, const Id& id) {
    SQLite::Statement st(db.sql(), "SELECT 1 FROM conference WHERE id = ?");
    st.bind(1, id);
    return st.executeStep();
}

} // namespace

std::vector<ConferenceSummary> listConferences(Database& db) {
    return guarded(db, [&] {
        std::vector<ConferenceSummary> out;
        SQLite::Statement st(db.sql(), "SELECT id, date, kind, title FROM conference "
                                       "ORDER BY date IS NULL, date DESC, created_at DESC, id");
        while (st.executeStep()) {
            ConferenceSummary s;
            s.id = st.getColumn(0).getString();
            if (!st.getColumn(1).isNull()) s.date = parseDate(st.getColumn(1).getString());
            s.kind = fromToken<Kind>(st.getColumn(2).getString()).value_or(Kind::Initial);
            s.title = st.getColumn(3).getString();
            out.push_back(std::move(s));
        }
        return out;
    });
}

Id addConference(Database& db, Conference c, const Clock& now) {
    return guarded(db, [&] {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        if (c.id.empty() || exists(db, c.id)) {
            // Short, readable, and unique in this file: "k1", "k2", ...
            long long n = db.sql().execAndGet("SELECT count(*) FROM conference").getInt64() + 1;
            while (exists(db, "k" + std::to_string(n)))
                ++n;
            c.id = "k" + std::to_string(n);
        }
        auto at = utc(now());
        SQLite::Statement st(db.sql(),
                             "INSERT INTO conference (id, title, kind, date, document, created_at, "
                             "updated_at) VALUES (:id, :title, :kind, :date, '{}', :at, :at)");
        st.bind(":id", c.id);
        st.bind(":at", at);
        bindSummary(st, c);
        st.exec();
        appendLog(db, c.id, at, "create", "create", document(c), "{}", std::nullopt,
                  "Created the conference \"" + c.details.title + "\"");
        writeCheckpoint(db, c, db.sql().getLastInsertRowid(), at);
        tx.commit();
        return c.id;
    });
}

namespace {

struct Loaded {
    Conference conference;
    long long lastSeq = 0;   // the last log entry in it
    int sinceCheckpoint = 0; // entries applied after the checkpoint
};

// The last checkpoint, and the log entries after it applied in order.
Loaded load(Database& db, const Id& id) {
    auto [text, checkpoint] = guarded(db, [&] {
        SQLite::Statement st(db.sql(),
                             "SELECT document, checkpoint_seq FROM conference WHERE id = ?");
        st.bind(1, id);
        if (!st.executeStep())
            throw StorageError("no conference \"" + id + "\" in " + os::utf8(db.path()));
        return std::pair{st.getColumn(0).getString(), st.getColumn(1).getInt64()};
    });
    const std::string where = "conference \"" + id + "\" in " + os::utf8(db.path());
    Loaded out;
    try {
        out.conference = interchange::parse(text);
    } catch (const interchange::ImportError& e) {
        throw StorageError(where + " does not read back: " + e.what());
    }
    out.conference.id = id;
    out.lastSeq = checkpoint;
    guarded(db, [&] {
        SQLite::Statement st(db.sql(), "SELECT seq, edit FROM edit_log WHERE conference_id = ? "
                                       "AND seq > ? AND action <> 'create' ORDER BY seq");
        st.bind(1, id);
        st.bind(2, static_cast<int64_t>(checkpoint));
        while (st.executeStep()) {
            const long long seq = st.getColumn(0).getInt64();
            const std::string entry =
                " does not read back: the edit log entry " + std::to_string(seq);
            auto j = json::parse(st.getColumn(1).getString(), nullptr, false);
            if (j.is_discarded()) throw StorageError(where + entry + " is damaged");
            try {
                applyEdit(out.conference, decodeEdit(j));
            } catch (const std::exception& e) {
                throw StorageError(where + entry + " does not apply (" + e.what() + ")");
            }
            out.lastSeq = seq;
            ++out.sinceCheckpoint;
        }
        return 0;
    });
    return out;
}

} // namespace

Conference loadConference(Database& db, const Id& id) {
    return load(db, id).conference;
}

void syncWrites(Database& db) {
    // A synced write takes every write before it to the disk, but SQLite
    // skips one that changes nothing, and then syncs nothing: the time of
    // this one (never the same twice) is what changes.
    const auto at = std::chrono::system_clock::now().time_since_epoch();
    remember(db, "synced_at",
             std::to_string(std::chrono::duration_cast<std::chrono::nanoseconds>(at).count()));
}

long long newRevision() {
    static std::atomic<long long> last{0};
    return ++last;
}

std::optional<std::string> recall(Database& db, const std::string& key) {
    return guarded(db, [&]() -> std::optional<std::string> {
        SQLite::Statement st(db.sql(), "SELECT value FROM app_state WHERE key = ?");
        st.bind(1, key);
        if (!st.executeStep()) return std::nullopt;
        return st.getColumn(0).getString();
    });
}

void remember(Database& db, const std::string& key, const std::string& value,
              Durability durability) {
    guarded(db, [&] {
        // In WAL mode NORMAL writes the log without syncing it; FULL again at once.
        if (durability == Durability::Unsynced) db.sql().exec("PRAGMA synchronous = NORMAL");
        struct Full {
            Database& db;
            ~Full() {
                try {
                    db.sql().exec("PRAGMA synchronous = FULL");
                } catch (const SQLite::Exception&) {
                    // Setting a pragma reads nothing from the disk: it does not fail.
                }
            }
        } full{db};
        SQLite::Statement st(db.sql(), "INSERT INTO app_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bind(1, key);
        st.bind(2, value);
        st.exec();
        return 0;
    });
}

Record::Record(Database& db, Id id, Clock now) : db_(db), now_(std::move(now)) {
    Loaded loaded = load(db, id);
    conference_ = std::move(loaded.conference);
    lastSeq_ = loaded.lastSeq;
    sinceCheckpoint_ = loaded.sinceCheckpoint;
    // The undo and redo stacks are the log replayed: so undo works after a restart.
    guarded(db_, [&] {
        SQLite::Statement st(db_.sql(), "SELECT seq, action, target, summary FROM edit_log "
                                        "WHERE conference_id = ? ORDER BY seq");
        st.bind(1, conference_.id);
        while (st.executeStep()) {
            std::string action = st.getColumn(1).getString();
            long long seq = st.getColumn(0).getInt64();
            if (action == "do") {
                done_.push_back({seq, st.getColumn(3).getString()});
                undone_.clear();
            } else if (action == "undo" && !done_.empty()) {
                undone_.push_back(done_.back());
                done_.pop_back();
            } else if (action == "redo" && !undone_.empty()) {
                done_.push_back(undone_.back());
                undone_.pop_back();
            }
        }
        return 0;
    });
}

Record::~Record() {
    try {
        checkpoint();
    } catch (const std::exception&) {
        // Nothing is lost: the log holds every edit, and is applied on opening.
    }
}

// The edit is applied in place (no copy of the conference: that would cost
// what the conference holds) and undone by its inverse when the disk refuses it.
void Record::applyAndCommit(const Edit& e, const std::string& action,
                            std::optional<long long> target, const std::string& summary) {
    const Summary before = summaryOf(conference_);
    const Edit inverse = applyEdit(conference_, e); // EditError: nothing changed
    try {
        commit(e, inverse, action, target, summary, summaryOf(conference_) != before);
    } catch (...) {
        applyEdit(conference_, inverse);
        // The same words, but perhaps not in the same memory: what screens
        // kept of the last revision (pointers among them) must go.
        revision_ = newRevision();
        throw;
    }
    revision_ = newRevision();
}

// An edit is one row in the log (the edit and what undoes it); the whole
// document is written only every checkpointEvery edits, so an edit costs
// what it changes, not what the conference holds.
void Record::commit(const Edit& e, const Edit& inverse, const std::string& action,
                    std::optional<long long> target, const std::string& summary,
                    bool listedChanged) {
    const bool checkpointToo = sinceCheckpoint_ + 1 >= checkpointEvery;
    guarded(db_, [&] {
        SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        auto at = utc(now_());
        if (listedChanged) { // what the list of conferences shows
            SQLite::Statement st(db_.sql(), "UPDATE conference SET title = :title, kind = :kind, "
                                            "date = :date WHERE id = :id");
            bindSummary(st, conference_);
            st.bind(":id", conference_.id);
            st.exec();
        }
        appendLog(db_, conference_.id, at, action, kindName(e), encodeEdit(e).dump(),
                  encodeEdit(inverse).dump(), target, summary);
        const long long seq = db_.sql().getLastInsertRowid();
        if (checkpointToo) writeCheckpoint(db_, conference_, seq, at);
        tx.commit();
        lastSeq_ = seq;
        return 0;
    });
    sinceCheckpoint_ = checkpointToo ? 0 : sinceCheckpoint_ + 1;
}

void Record::checkpoint() {
    if (sinceCheckpoint_ == 0) return;
    guarded(db_, [&] {
        writeCheckpoint(db_, conference_, lastSeq_, utc(now_()));
        return 0;
    });
    sinceCheckpoint_ = 0;
}

void Record::apply(const Edit& given) {
    const Edit e = identified(conference_, given);
    std::string summary = describe(conference_, e);
    applyAndCommit(e, "do", std::nullopt, summary);
    done_.push_back({lastSeq_, summary});
    undone_.clear();
}

Edit Record::stored(long long seq, const char* column) const {
    std::string text = guarded(db_, [&] {
        SQLite::Statement st(db_.sql(),
                             std::string("SELECT ") + column + " FROM edit_log WHERE seq = ?");
        st.bind(1, static_cast<int64_t>(seq));
        if (!st.executeStep())
            throw StorageError("the edit log has no entry " + std::to_string(seq));
        return st.getColumn(0).getString();
    });
    auto j = json::parse(text, nullptr, false);
    if (j.is_discarded())
        throw StorageError("the edit log entry " + std::to_string(seq) + " is damaged");
    return decodeEdit(j);
}

// Undo applies the stored inverse of the last edit; redo applies the stored
// edit again. Both are logged as edits of their own, so the trail stays whole.
void Record::replay(const char* column, const char* action, const std::string& prefix,
                    std::vector<Done>& from, std::vector<Done>& to) {
    if (from.empty()) return;
    Done top = from.back();
    Edit e = stored(top.seq, column);
    applyAndCommit(e, action, top.seq, prefix + top.summary);
    to.push_back(top);
    from.pop_back();
}

void Record::undo() {
    replay("inverse", "undo", "Undid: ", done_, undone_);
}
void Record::redo() {
    replay("edit", "redo", "Redid: ", undone_, done_);
}

std::string Record::nextUndo() const {
    return done_.empty() ? "" : done_.back().summary;
}
std::string Record::nextRedo() const {
    return undone_.empty() ? "" : undone_.back().summary;
}

std::vector<LogEntry> Record::history() const {
    return guarded(db_, [&] {
        std::vector<LogEntry> out;
        SQLite::Statement st(db_.sql(), "SELECT seq, at, action, kind, summary FROM edit_log "
                                        "WHERE conference_id = ? ORDER BY seq");
        st.bind(1, conference_.id);
        while (st.executeStep())
            out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                           st.getColumn(2).getString(), st.getColumn(3).getString(),
                           st.getColumn(4).getString()});
        return out;
    });
}

} // namespace cpc::storage
