#include "app/cli.hpp"

#include "app/sample.hpp"
#include "documents/pdf.hpp"
#include "domain/names.hpp"
#include "domain/read_back.hpp"
#include "interchange/import_check.hpp"
#include "interchange/json.hpp"
#include "platform/atomic_file.hpp"
#include "platform/clock.hpp"
#include "platform/fonts_dir.hpp"
#include "platform/os.hpp"
#include "platform/paths.hpp"
#include "session/session.hpp"
#include "storage/store.hpp"
#include "ui/contract/phase.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <ostream>
#include <regex>
#include <sstream>

namespace cpc::app {

using platform::fontFolder;
using platform::roomClock;
using platform::writeFileAtomically;
using session::openDatabase;
namespace {

namespace fs = std::filesystem;

struct Options {
    std::string db;
    std::string open;
    std::string projector = "fullscreen";
    bool demo = false;
    std::string file;
    std::string id;
    std::string format;
    std::string variant = "full";
    std::string output;
    std::string password; // export --format pdf
    std::string view;     // render
    std::string phase;    // render
    std::string size;     // render: WIDTHxHEIGHT
    std::string at;       // render: the room's clock, YYYY-MM-DDTHH:MM[:SS]; empty: now
};

// A problem with what the person gave us: one line, what and where.
struct Refusal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

fs::path databasePath(const Options& o) {
    return o.db.empty() ? os::dataFolder() / "cpcboard.db" : os::pathFrom(o.db);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Refusal(os::utf8(path) + ": cannot read the file (" + std::strerror(errno) + ")");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void printList(storage::Database& db, std::ostream& out) {
    for (const auto& c : storage::listConferences(db))
        out << c.id << '\t' << (c.date ? formatDate(*c.date) : "-") << '\t' << token(c.kind) << '\t'
            << c.title << '\n';
}

int importCommand(const Options& o, std::ostream& out) {
    // Read and check everything before the database is even opened: a refused
    // document leaves no trace.
    Conference c;
    try {
        c = interchange::importDocument(readFile(os::pathFrom(o.file)));
    } catch (const interchange::ImportError& e) {
        throw Refusal(o.file + ": " + e.what());
    }
    storage::Database db(databasePath(o));
    out << storage::addConference(db, std::move(c)) << '\n';
    return 0;
}

std::string pdfDocument(const Conference& c, const Options& o) {
    pdf::Options p;
    p.document = *fromToken<DocumentKind>(o.variant); // checked by the parser
    p.fontDir = fontFolder();
    p.produced = roomClock();
    p.password = o.password;
    return pdf::render(c, p);
}

int exportCommand(const Options& o, std::ostream& out) {
    if (o.format != "pdf" && o.variant != "full")
        throw Refusal("export --variant " + o.variant + ": variants apply to PDF documents only");
    if (o.format != "pdf" && !o.password.empty())
        throw Refusal("export --password: only PDF documents can have a password");
    std::string readOnly; // export only reads: a read-only file is fine
    auto db = openDatabase(databasePath(o), readOnly);
    const Conference c = storage::loadConference(*db, o.id);
    std::string text = o.format == "pdf" ? pdfDocument(c, o) : interchange::write(c);
    if (o.output == "-") {
        out << text;
        return 0;
    }
    writeFileAtomically(os::pathFrom(o.output), text);
    return 0;
}

// Everything the wall may show at that time, in words: a chair preparing to
// read it aloud, or a check of what a read-back would have said.
int readBackCommand(const Options& o, std::ostream& out) {
    std::string readOnly; // only reads: a read-only file is fine
    auto db = openDatabase(databasePath(o), readOnly);
    const Conference c = storage::loadConference(*db, o.id);
    const DateTime at = o.at.empty() ? roomClock() : *parseDateTime(o.at);
    out << readAloudText(readAloud(c, at, std::nullopt, ReadBackScope::Everything));
    return 0;
}

CLI::Validator timeValidator() {
    return CLI::Validator(
        [](std::string& text) {
            return parseDateTime(text)
                       ? std::string()
                       : "--at " + text + ": expected a date and time, YYYY-MM-DDTHH:MM:SS";
        },
        "TIME");
}

ui::ProjectorMode projectorMode(const Options& o) {
    if (o.projector == "off") return ui::ProjectorMode::Off;
    if (o.projector == "fullscreen") return ui::ProjectorMode::Fullscreen;
    return ui::ProjectorMode::Window;
}

// "1920x1080" -> {1920, 1080}; nothing when it is not a size the GL can draw.
std::optional<std::pair<int, int>> pictureSize(const std::string& text) {
    std::smatch m;
    if (!std::regex_match(text, m, std::regex("([0-9]{2,5})x([0-9]{2,5})"))) return std::nullopt;
    int w = std::stoi(m[1]), h = std::stoi(m[2]);
    if (w < 64 || h < 64 || w > 8192 || h > 8192) return std::nullopt;
    return std::pair{w, h};
}

int renderCommand(const Options& o, const Windows& windows) {
    auto [width, height] = *pictureSize(o.size); // checked by the parser
    windows.render({.database = databasePath(o),
                    .id = o.id,
                    .projector = o.view == "projector",
                    .phase = *ui::phaseFromToken(o.phase),
                    .width = width,
                    .height = height,
                    .output = os::pathFrom(o.output),
                    .at = o.at.empty() ? std::nullopt : parseDateTime(o.at)});
    return 0;
}

int demoCommand(const Options& o, std::ostream& out, std::ostream& err, const Windows& windows) {
    fs::path folder;
    try {
        folder = os::newPrivateFolder("cpcboard-demo");
    } catch (const std::exception& e) {
        throw Refusal(std::string("cannot make a folder for the demo database: ") + e.what());
    }
    fs::path file = folder / "demo.db";
    Id id;
    {
        // Closed again before the console opens it: a database has one user at a time.
        storage::Database db(file);
        id = storage::addConference(db, interchange::parse(sampleConference()));
        out << "Demo database: " << os::utf8(file) << "\n";
        printList(db, out);
        out << std::flush;
    }
    return windows.gui({.database = file, .open = id, .projector = projectorMode(o)}, err);
}

int windowCommand(const Options& o, std::ostream& err, const Windows& windows) {
    return windows.gui({.database = databasePath(o),
                        .open = o.open.empty() ? std::nullopt : std::optional<Id>(o.open),
                        .projector = projectorMode(o)},
                       err);
}

} // namespace

int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   const Windows& windows) {
    Options o;
    CLI::App app{"cpcboard: the chair's board for a child protection conference.\n"
                 "Without a command it opens the chair console.",
                 "cpcboard"};
    app.fallthrough();
    app.set_version_flag("--version", "cpcboard " CPC_VERSION);
    app.add_option("--db", o.db,
                   "The database file (default: cpcboard.db in the user's data folder: "
                   "$XDG_DATA_HOME/cpcboard, %LOCALAPPDATA%\\cpcboard on Windows)");
    app.add_option("--open", o.open, "Open this conference");
    app.add_option("--projector", o.projector,
                   "The projector view: off, window, or fullscreen (the default: full screen on "
                   "a second screen, a window when there is one screen)")
        ->check(CLI::IsMember({"off", "window", "fullscreen"}));
    app.add_flag("--demo", o.demo, "Open a fresh copy of the sample conference");

    auto* import = app.add_subcommand("import", "Add a conference from a JSON file; prints its id");
    import->add_option("FILE", o.file, "A cpcboard/1 JSON document")->required();

    auto* exportCmd = app.add_subcommand("export", "Write a conference to a file");
    exportCmd->add_option("ID", o.id, "The conference (see list)")->required();
    exportCmd->add_option("--format", o.format, "json or pdf")
        ->required()
        ->check(CLI::IsMember({"json", "pdf"}));
    std::vector<std::string> documents;
    for (const auto& n : names<DocumentKind>())
        documents.emplace_back(n.token);
    exportCmd->add_option("--variant", o.variant, "PDF: full, parents, plan, child or letter")
        ->check(CLI::IsMember(documents));
    exportCmd->add_option("-o,--output", o.output, "The file to write ('-': standard output)")
        ->required();
    exportCmd->add_option("--password", o.password,
                          "PDF: needed to open the file (RC4 encryption: weak, keeps out only a "
                          "casual reader)");

    auto* list = app.add_subcommand("list", "One line per conference: id, date, kind, title");

    auto* renderCmd = app.add_subcommand(
        "render",
        "Draw one frame of a view to a PNG, off-screen (needs a display: xvfb-run gives one)");
    renderCmd->add_option("ID", o.id, "The conference (see list)")->required();
    renderCmd->add_option("--view", o.view, "console or projector")
        ->required()
        ->check(CLI::IsMember({"console", "projector"}));
    std::vector<std::string> phases;
    for (auto p : ui::allPhases)
        phases.emplace_back(ui::phaseToken(p));
    renderCmd->add_option("--phase", o.phase, "The meeting's phase: prepare ... close")
        ->required()
        ->check(CLI::IsMember(phases));
    renderCmd->add_option("--size", o.size, "WIDTHxHEIGHT in pixels, e.g. 1920x1080")
        ->required()
        ->check(CLI::Validator(
            [](std::string& text) {
                return pictureSize(text) ? std::string()
                                         : "--size " + text +
                                               ": expected WIDTHxHEIGHT, each 64 "
                                               "to 8192 pixels, e.g. 1920x1080";
            },
            "WxH"));
    renderCmd->add_option("-o,--output", o.output, "The PNG file to write")->required();
    // Who is in the room, and so what the wall may show, depends on the time.
    renderCmd
        ->add_option("--at", o.at, "The room's clock for the picture, e.g. 2026-12-03T10:50:00")
        ->check(timeValidator());

    auto* readBackCmd = app.add_subcommand(
        "readback", "Print what may be read aloud to the room: who is here and how, then what "
                    "the wall may show");
    readBackCmd->add_option("ID", o.id, "The conference (see list)")->required();
    readBackCmd->add_option("--at", o.at, "The room's clock (default: now)")->check(timeValidator());
    app.require_subcommand(0, 1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e, out, err); // --help, --version
        err << "cpcboard: " << e.what() << " (see cpcboard --help)\n";
        return 2;
    }

    try {
        if (import->parsed()) return importCommand(o, out);
        if (exportCmd->parsed()) return exportCommand(o, out);
        if (list->parsed()) {
            std::string readOnly; // list only reads: a read-only file is fine
            auto db = openDatabase(databasePath(o), readOnly);
            printList(*db, out);
            return 0;
        }
        if (renderCmd->parsed()) return renderCommand(o, windows);
        if (readBackCmd->parsed()) return readBackCommand(o, out);
        if (o.demo) return demoCommand(o, out, err, windows);
        return windowCommand(o, err, windows);
    } catch (const std::exception& e) {
        // Refusals, storage errors and write errors all say what and where already.
        err << "cpcboard: " << e.what() << '\n';
        return 1;
    }
}

} // namespace cpc::app
