// scripts/torture: the figures behind "never lose or change a word".
//
//   kill     SIGKILL a process that is applying edits through the storage API,
//            at a random moment, again and again on one file: acknowledged
//            edits lost, integrity, and whether the undo history still undoes
//            the last edits in order.
//   json     a corpus of damaged interchange files imported through the same
//            path as `cpcboard import`: crashes, hangs, refusals that changed
//            the database, files accepted but not consistent.
//   damaged  databases damaged at random (and crash images that are intact):
//            crashes, intact files refused, files changed by a refusal.
//
// Each case runs in a child process, so a crash is counted, not suffered.
// Usage: cpc_torture --kills N --json N --damaged N [--seed S] [--dir D]

#include "interchange/import_check.hpp"
#include "interchange/json.hpp"
#include "storage/store.hpp"

#include <SQLiteCpp/Database.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace cpc;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void spill(const fs::path& p, const std::string& bytes) {
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

std::string bytesOf(const fs::path& p) {
    std::error_code ec;
    return fs::exists(p, ec) ? slurp(p) : std::string("<absent>");
}

// Unreadable: the file opened, but a conference in it did not read back (exit 7).
enum class Ended { Zero, Refused, Unreadable, Invalid, Crashed, Hung };

bool failed = false; // any figure that must be 0 is not

// Runs `work` in a child; its exit code 0 or 3 is the answer, a signal a crash.
template <class F> Ended inChild(F work, int seconds = 20) {
    pid_t child = ::fork();
    if (child == 0) {
        int code = 4;
        try {
            code = work();
        } catch (...) {
            code = 5;
        }
        ::_exit(code);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    int status = 0;
    while (::waitpid(child, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            return Ended::Hung;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (WIFSIGNALED(status)) return Ended::Crashed;
    int code = WEXITSTATUS(status);
    if (code == 0) return Ended::Zero;
    if (code == 3) return Ended::Refused;
    if (code == 7) return Ended::Unreadable;
    return code == 5 || code == 6 ? Ended::Invalid : Ended::Crashed;
}

Conference sample() {
    return interchange::parse(slurp(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json"));
}

Edit addWorry(long n) {
    Item item;
    item.column = Column::Worried;
    item.text = "torture " + std::to_string(n);
    return edit::AddItem{item};
}

long numberOf(const Item& item) {
    if (!item.text.starts_with("torture ")) return -1;
    return std::stol(item.text.substr(8));
}

// ---- kill: SIGKILL while edits are being applied ----
void kills(int cycles, std::mt19937& random, const fs::path& dir) {
    const fs::path file = dir / "kill.db";
    fs::remove(file);
    Id id;
    {
        storage::Database db(file);
        id = storage::addConference(db, sample());
    }
    long next = 0, acknowledged = 0, lost = 0, damaged = 0, badUndo = 0, refused = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        int pipeFd[2];
        if (::pipe(pipeFd) != 0) throw std::runtime_error("pipe");
        pid_t child = ::fork();
        if (child == 0) {
            ::close(pipeFd[0]);
            storage::Database db(file);
            storage::Record record(db, id);
            for (long n = next;; ++n) {
                record.apply(addWorry(n));
                if (n % 7 == 3) { // now and then the history moves too
                    record.undo();
                    record.redo();
                }
                if (::write(pipeFd[1], &n, sizeof n) != sizeof n) ::_exit(1); // acknowledged
            }
        }
        ::close(pipeFd[1]);
        // Killed once it is writing (its first edit acknowledged), at a random
        // moment of the next 0 to 80 ms: mid-edit, mid-commit, mid-checkpoint.
        long n = -1, last = next - 1;
        if (::read(pipeFd[0], &n, sizeof n) == sizeof n) last = n;
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 80000));
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        while (::read(pipeFd[0], &n, sizeof n) == sizeof n)
            last = n;
        ::close(pipeFd[0]);
        acknowledged += last - next + 1;
        try {
            storage::Database db(file);
            if (db.sql().execAndGet("PRAGMA integrity_check").getString() != "ok") ++damaged;
            storage::Record record(db, id);
            std::vector<bool> seen(static_cast<std::size_t>(last + 1), false);
            long highest = -1;
            for (const auto& item : record.conference().items)
                if (long k = numberOf(item); k >= 0) {
                    if (k <= last) seen[static_cast<std::size_t>(k)] = true;
                    highest = std::max(highest, k);
                }
            for (long k = 0; k <= last; ++k)
                if (!seen[static_cast<std::size_t>(k)]) ++lost;
            next = std::max(last, highest) + 1;
            // The history undoes the newest edits first, then redoes them.
            if (cycle % 10 == 0 && record.canUndo()) {
                auto before = record.conference();
                record.undo();
                const auto& items = record.conference().items;
                bool newestGone = std::none_of(items.begin(), items.end(), [&](const Item& i) {
                    return numberOf(i) == highest;
                });
                record.redo();
                if (!newestGone || record.conference() != before) ++badUndo;
            }
        } catch (const std::exception& e) {
            ++refused;
            std::cerr << "kill cycle " << cycle << ": " << e.what() << "\n";
        }
    }
    failed = failed || lost || damaged || refused || badUndo;
    std::printf("kill     %6d SIGKILL cycles, %ld acknowledged edits: %ld lost, %ld damaged, "
                "%ld refused on reopening, %ld with an undo history out of step\n",
                cycles, acknowledged, lost, damaged, refused, badUndo);
}

// ---- json: damaged interchange files ----
std::string mutateJson(const std::string& good, const nlohmann::json& doc, std::mt19937& random) {
    std::string text = good;
    switch (random() % 8) {
    case 0: // a byte changed
        text[random() % text.size()] = static_cast<char>(random() % 256);
        return text;
    case 1: // cut short
        return text.substr(0, random() % text.size());
    case 2: // a NUL and more after it
        return text + std::string(1, '\0') + text.substr(0, random() % 100);
    case 3: { // a bit flipped in a number or a date
        auto at = text.find_first_of("0123456789", random() % text.size());
        if (at != std::string::npos) text[at] = static_cast<char>('0' + random() % 10);
        return text;
    }
    case 4: { // an entry copied (duplicate ids and so on)
        nlohmann::json j = doc;
        for (const char* list : {"items", "participants", "children"})
            if (random() % 2 && !j[list].empty())
                j[list].push_back(j[list][random() % j[list].size()]);
        return j.dump();
    }
    case 5: { // a huge text
        nlohmann::json j = doc;
        j["items"][random() % j["items"].size()]["text"] =
            std::string(10000 + random() % 20000, 'x');
        return j.dump();
    }
    case 6: { // times out of order, years out of range
        nlohmann::json j = doc;
        j["conference"]["meeting"] = {
            {"started", "2026-12-03T11:00"},
            {"ended", random() % 2 ? "2026-12-03T10:00" : "0000-01-01T10:00"}};
        return j.dump();
    }
    default: { // a field of the wrong type
        nlohmann::json j = doc;
        j["children"][0]["date_of_birth"] =
            random() % 2 ? nlohmann::json(12) : nlohmann::json("31/02/2026");
        return j.dump();
    }
    }
}

void jsons(int count, std::mt19937& random, const fs::path& dir) {
    const std::string good = slurp(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json");
    const auto doc = nlohmann::json::parse(good);
    const fs::path file = dir / "json.db";
    fs::remove(file);
    { storage::Database db(file); }
    int crashes = 0, hangs = 0, changed = 0, invalid = 0, accepted = 0, refusedCount = 0;
    for (int i = 0; i < count; ++i) {
        const std::string text = mutateJson(good, doc, random);
        const std::string before = bytesOf(file);
        const Ended ended = inChild([&] {
            Conference c;
            try {
                c = interchange::importDocument(text);
            } catch (const interchange::ImportError&) {
                return 3;
            }
            // Accepted: it must be consistent, survive a round trip, and store.
            interchange::checkConsistent(c);
            if (interchange::parse(interchange::write(c, {.fillComputedDates = false})) != c)
                return 6;
            storage::Database db(file);
            storage::addConference(db, c);
            return 0;
        });
        if (ended == Ended::Crashed) ++crashes;
        if (ended == Ended::Hung) ++hangs;
        if (ended == Ended::Refused) {
            ++refusedCount;
            if (bytesOf(file) != before) ++changed;
        }
        if (ended == Ended::Zero) ++accepted;
        if (ended == Ended::Invalid) ++invalid; // accepted, then not consistent or not kept
    }
    failed = failed || crashes || hangs || changed || invalid;
    std::printf("json     %6d damaged files: %d refused, %d accepted; %d crashes, %d hangs, "
                "%d refusals that changed the database, %d accepted but invalid\n",
                count, refusedCount, accepted, crashes, hangs, changed, invalid);
}

// ---- damaged: databases damaged at random ----
void damageds(int count, std::mt19937& random, const fs::path& dir) {
    const fs::path base = dir / "base.db";
    fs::remove(base);
    fs::remove(base.string() + "-wal");
    std::string mainBytes, walBytes;
    {
        storage::Database db(base);
        storage::addConference(db, sample());
        db.sql().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        storage::Record record(db, storage::listConferences(db).front().id);
        for (long n = 0; n < 40; ++n)
            record.apply(addWorry(n));
        mainBytes = slurp(base); // as a crash leaves it: the log not yet copied back
        walBytes = slurp(base.string() + "-wal");
    }
    // That crash image with its log copied back whole (closing the record
    // above wrote a checkpoint of its own after the image was taken).
    const fs::path back = dir / "copied-back.db";
    spill(back, mainBytes);
    spill(back.string() + "-wal", walBytes);
    {
        SQLite::Database raw(back.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const std::string copiedBack = slurp(back);
    fs::remove(back);
    fs::remove(back.string() + "-wal");
    const fs::path file = dir / "damaged.db";
    const std::string wal = file.string() + "-wal";
    int crashes = 0, hangs = 0, changedByRefusal = 0, intactRefused = 0, refused = 0, opened = 0,
        unreadable = 0;
    for (int i = 0; i < count; ++i) {
        std::string m = mainBytes, w = walBytes;
        const int kind = static_cast<int>(random() % 6);
        switch (kind) {
        case 0:
            break; // intact: a crash image, main file and log together
        case 1:    // intact: mid-checkpoint, some pages already copied back
            m = copiedBack.substr(0, copiedBack.size() / 2) +
                (mainBytes.size() > copiedBack.size() / 2 ? mainBytes.substr(copiedBack.size() / 2)
                                                          : std::string());
            break;
        case 2:
            for (int k = 0; k < 1 + static_cast<int>(random() % 16); ++k)
                m[random() % m.size()] = static_cast<char>(random() % 256);
            break;
        case 3:
            m.resize(random() % m.size());
            break;
        case 4:
            for (int k = 0; k < 1 + static_cast<int>(random() % 16); ++k)
                w[random() % w.size()] = static_cast<char>(random() % 256);
            break;
        default:
            std::memset(m.data() + 4096 * (1 + random() % (m.size() / 4096 - 1)), 0, 4096);
            break;
        }
        fs::remove(file);
        fs::remove(wal);
        spill(file, m);
        spill(wal, w);
        const std::string beforeMain = slurp(file), beforeWal = slurp(wal);
        const Ended ended = inChild([&] {
            std::unique_ptr<storage::Database> db;
            try {
                db = std::make_unique<storage::Database>(file);
            } catch (const storage::StorageError& e) {
                if (kind <= 1) std::cerr << "an intact image refused: " << e.what() << "\n";
                return 3;
            }
            // Damage in a page's contents (a document's or a log entry's
            // text) is found when it is read, once the file is open: the
            // conference is refused in words, the file stays open (and, like
            // any open file, has its log copied back on closing).
            try {
                for (const auto& c : storage::listConferences(*db))
                    storage::loadConference(*db, c.id);
                return 0;
            } catch (const storage::StorageError& e) {
                if (kind <= 1) std::cerr << "an intact image unreadable: " << e.what() << "\n";
                return 7;
            }
        });
        const bool intact = kind <= 1;
        if (ended == Ended::Crashed || ended == Ended::Invalid) ++crashes;
        if (ended == Ended::Hung) ++hangs;
        if (ended == Ended::Zero) ++opened;
        if (ended == Ended::Unreadable) {
            ++unreadable;
            if (intact) ++intactRefused;
        }
        if (ended == Ended::Refused) {
            ++refused;
            if (intact) ++intactRefused;
            if (slurp(file) != beforeMain || bytesOf(wal) != beforeWal) ++changedByRefusal;
        }
    }
    failed = failed || intactRefused || crashes || hangs || changedByRefusal;
    std::printf("damaged  %6d databases (a third intact crash images): %d opened, %d refused, "
                "%d opened with a conference refused in words; %d intact refused, %d crashes, "
                "%d hangs, %d files changed by a refusal\n",
                count, opened, refused, unreadable, intactRefused, crashes, hangs,
                changedByRefusal);
}

} // namespace

int main(int argc, char** argv) {
    int killCount = 200, jsonCount = 300, damagedCount = 60;
    unsigned seed = std::random_device{}();
    fs::path dir = fs::temp_directory_path() / ("cpcboard-torture-" + std::to_string(::getpid()));
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i], v = argv[i + 1];
        if (a == "--kills")
            killCount = std::stoi(v);
        else if (a == "--json")
            jsonCount = std::stoi(v);
        else if (a == "--damaged")
            damagedCount = std::stoi(v);
        else if (a == "--seed")
            seed = static_cast<unsigned>(std::stoul(v));
        else if (a == "--dir")
            dir = v;
        else {
            std::cerr << "cpc_torture: unknown option " << a << "\n";
            return 2;
        }
    }
    fs::create_directories(dir);
    std::printf("seed %u (--seed %u repeats this run)\n", seed, seed);
    std::mt19937 random(seed);
    const auto start = std::chrono::steady_clock::now();
    kills(killCount, random, dir);
    jsons(jsonCount, random, dir);
    damageds(damagedCount, random, dir);
    std::printf("took %.0f s\n",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    fs::remove_all(dir);
    if (failed) std::printf("FAILED: a figure that must be 0 is not\n");
    return failed ? 1 : 0;
}
