#include "storage/store.hpp"

#include "app/os/paths.hpp"
#include "documents/json.hpp"
#include "domain/names.hpp"
#include "storage/edit_codec.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
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

void bindSummary(SQLite::Statement& st, const Conference& c) {
    st.bind(":title", c.details.title);
    st.bind(":kind", std::string(token(c.details.kind)));
    if (auto d = dayOf(c))
        st.bind(":date", formatDate(*d));
    else
        st.bind(":date");
    st.bind(":document", document(c));
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
                             "updated_at) VALUES (:id, :title, :kind, :date, :document, :at, :at)");
        st.bind(":id", c.id);
        st.bind(":at", at);
        bindSummary(st, c);
        st.exec();
        appendLog(db, c.id, at, "create", "create", document(c), "{}", std::nullopt,
                  "Created the conference \"" + c.details.title + "\"");
        tx.commit();
        return c.id;
    });
}

Conference loadConference(Database& db, const Id& id) {
    std::string text = guarded(db, [&] {
        SQLite::Statement st(db.sql(), "SELECT document FROM conference WHERE id = ?");
        st.bind(1, id);
        if (!st.executeStep())
            throw StorageError("no conference \"" + id + "\" in " + os::utf8(db.path()));
        return st.getColumn(0).getString();
    });
    try {
        Conference c = interchange::parse(text);
        c.id = id;
        return c;
    } catch (const interchange::ImportError& e) {
        throw StorageError("conference \"" + id + "\" in " + os::utf8(db.path()) +
                           " does not read back: " + e.what());
    }
}

std::optional<std::string> recall(Database& db, const std::string& key) {
    return guarded(db, [&]() -> std::optional<std::string> {
        SQLite::Statement st(db.sql(), "SELECT value FROM app_state WHERE key = ?");
        st.bind(1, key);
        if (!st.executeStep()) return std::nullopt;
        return st.getColumn(0).getString();
    });
}

void remember(Database& db, const std::string& key, const std::string& value) {
    guarded(db, [&] {
        SQLite::Statement st(db.sql(), "INSERT INTO app_state (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bind(1, key);
        st.bind(2, value);
        st.exec();
        return 0;
    });
}

Record::Record(Database& db, Id id, Clock now)
    : db_(db), conference_(loadConference(db, id)), now_(std::move(now)) {
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

void Record::commit(const Edit& e, const Edit& inverse, const std::string& action,
                    std::optional<long long> target, const std::string& summary, Conference next) {
    guarded(db_, [&] {
        SQLite::Transaction tx(db_.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        auto at = utc(now_());
        SQLite::Statement st(db_.sql(), "UPDATE conference SET title = :title, kind = :kind, "
                                        "date = :date, document = :document, updated_at = :at "
                                        "WHERE id = :id");
        bindSummary(st, next);
        st.bind(":at", at);
        st.bind(":id", conference_.id);
        st.exec();
        appendLog(db_, conference_.id, at, action, kindName(e), encodeEdit(e).dump(),
                  encodeEdit(inverse).dump(), target, summary);
        tx.commit();
        return 0;
    });
    conference_ = std::move(next);
}

void Record::apply(const Edit& given) {
    const Edit e = identified(conference_, given);
    Conference next = conference_;
    Edit inverse = applyEdit(next, e);
    std::string summary = describe(conference_, e);
    commit(e, inverse, "do", std::nullopt, summary, std::move(next));
    done_.push_back({db_.sql().getLastInsertRowid(), summary});
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
    Conference next = conference_;
    Edit back = applyEdit(next, e);
    commit(e, back, action, top.seq, prefix + top.summary, std::move(next));
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
