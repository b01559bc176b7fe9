// What a durable edit costs, against its floor measured in the same run: a
// plain SQLite INSERT and COMMIT of a row of the same size, in a file with
// the same settings (WAL, synchronous=FULL, exclusive locking), in the same
// folder. For S, L and XL; undo and redo too. Prints, for scripts/bench:
//   edit.floor SIZE MEDIAN_MS P99_MS
//   edit.apply SIZE MEDIAN_MS P99_MS
//   edit.undo  SIZE MEDIAN_MS P99_MS   (undos and redos together)
#include "conference_sizes.hpp"
#include "storage/store.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace cpc;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Figures {
    std::vector<double> ms;
    void time(const std::function<void()>& work) {
        auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    double at(double fraction) {
        std::sort(ms.begin(), ms.end());
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(fraction * ms.size()))];
    }
    void print(const char* what, bench::Size size) {
        std::printf("%s %s %.3f %.3f\n", what, bench::name(size), at(0.5), at(0.99));
        if (std::getenv("CPC_BENCH_TOP"))
            for (std::size_t i = ms.size() - std::min<std::size_t>(ms.size(), 6); i < ms.size();
                 ++i)
                std::printf("  %.3f\n", ms[i]);
        std::fflush(stdout);
    }
};

void removeDatabase(const fs::path& file) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(file.string() + suffix);
}

// The floor: what SQLite itself needs to make one row durable.
void floorRows(const fs::path& file, int count, Figures& out) {
    removeDatabase(file);
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("CREATE TABLE row (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, edit TEXT, "
            "inverse TEXT)");
    const std::string edit(260, 'e'), inverse(60, 'i'); // an added item and its undo, as JSON
    for (int i = 0; i < count; ++i)
        out.time([&] {
            db.exec("BEGIN IMMEDIATE");
            SQLite::Statement st(db, "INSERT INTO row (at, edit, inverse) VALUES (?, ?, ?)");
            st.bind(1, "2026-12-03T10:00:00Z");
            st.bind(2, edit);
            st.bind(3, inverse);
            st.exec();
            db.exec("COMMIT");
        });
}

Edit aWorry(int n) {
    Item item;
    item.column = static_cast<Column>(n % 3);
    item.text = "Said in the meeting, number " + std::to_string(n) +
                ": the children were late for school three times this week";
    item.source = "p3";
    return edit::AddItem{item};
}

} // namespace

int main(int argc, char** argv) {
    const fs::path folder = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path();
    fs::create_directories(folder);
    // More than a checkpoint's worth (Record::checkpointEvery), and enough
    // that SQLite copies its log back into the file now and then, in the
    // floor's run as in the record's.
    const int count = 1000;
    for (bench::Size size : bench::sizes) {
        const Conference conference = bench::conferenceOf(size);
        Figures floor, edits, history;
        floorRows(folder / "bench-floor.db", count / 2, floor);
        {
            const fs::path file = folder / "bench-edit.db";
            removeDatabase(file);
            storage::Database db(file);
            const Id id = storage::addConference(db, conference);
            storage::Record record(db, id);
            for (int n = 0; n < count; ++n)
                edits.time([&] { record.apply(aWorry(n)); });
            for (int n = 0; n < count / 2; ++n)
                history.time([&] { record.undo(); });
            for (int n = 0; n < count / 2; ++n)
                history.time([&] { record.redo(); });
        }
        floorRows(folder / "bench-floor.db", count / 2, floor); // before and after: drift shows
        floor.print("edit.floor", size);
        edits.print("edit.apply", size);
        history.print("edit.undo", size);
        removeDatabase(folder / "bench-floor.db");
        removeDatabase(folder / "bench-edit.db");
    }
    return 0;
}
