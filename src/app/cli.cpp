#include "app/cli.hpp"

#include "app/atomic_file.hpp"
#include "app/sample.hpp"
#include "documents/json.hpp"
#include "domain/names.hpp"
#include "storage/store.hpp"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

namespace cpc::app {
namespace {

namespace fs = std::filesystem;

struct Options {
    std::string db;
    std::string open;
    std::string projector = "window";
    bool demo = false;
    std::string file;
    std::string id;
    std::string format;
    std::string variant = "full";
    std::string output;
};

// A problem with what the person gave us: one line, what and where.
struct Refusal : std::runtime_error {
    using std::runtime_error::runtime_error;
};

fs::path databasePath(const Options& o) {
    return o.db.empty() ? storage::defaultDatabasePath() : fs::path(o.db);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Refusal(path.string() + ": cannot read the file (" + std::strerror(errno) + ")");
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
        c = interchange::parse(readFile(o.file));
    } catch (const interchange::ImportError& e) {
        throw Refusal(o.file + ": " + e.what());
    }
    storage::Database db(databasePath(o));
    out << storage::addConference(db, std::move(c)) << '\n';
    return 0;
}

int exportCommand(const Options& o, std::ostream& out) {
    if (o.format == "pdf")
        throw Refusal("export --format pdf: PDF documents are not in this version yet; use "
                      "--format json");
    if (o.variant != "full")
        throw Refusal("export --variant " + o.variant + ": variants apply to PDF documents only");
    storage::Database db(databasePath(o));
    std::string text = interchange::write(storage::loadConference(db, o.id));
    if (o.output == "-") {
        out << text;
        return 0;
    }
    writeFileAtomically(o.output, text);
    return 0;
}

int demoCommand(std::ostream& out) {
    std::string folder = (fs::temp_directory_path() / "cpcboard-demo-XXXXXX").string();
    if (!::mkdtemp(folder.data())) throw Refusal("cannot make a folder for the demo database");
    fs::path file = fs::path(folder) / "demo.db";
    storage::Database db(file);
    storage::addConference(db, interchange::parse(sampleConference()));
    out << "Demo database: " << file.string() << "\n";
    printList(db, out);
    out << "This version has no window yet: try\n"
        << "  cpcboard export " << storage::listConferences(db).front().id
        << " --format json -o demo.json --db " << file.string() << "\n";
    return 0;
}

int windowCommand(std::ostream& err) {
    err << "cpcboard: the chair console (the window) is not in this version yet; use import, "
           "export or list (cpcboard --help), or --demo\n";
    return 2;
}

} // namespace

int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    Options o;
    CLI::App app{"cpcboard: the chair's board for a child protection conference.\n"
                 "Without a command it opens the chair console.",
                 "cpcboard"};
    app.fallthrough();
    app.set_version_flag("--version", "cpcboard " CPC_VERSION);
    app.add_option("--db", o.db,
                   "The database file (default: $XDG_DATA_HOME/cpcboard/cpcboard.db)");
    app.add_option("--open", o.open, "Open this conference");
    app.add_option("--projector", o.projector, "The projector view: off, window or fullscreen")
        ->check(CLI::IsMember({"off", "window", "fullscreen"}));
    app.add_flag("--demo", o.demo, "Open a fresh copy of the sample conference");

    auto* import = app.add_subcommand("import", "Add a conference from a JSON file; prints its id");
    import->add_option("FILE", o.file, "A cpcboard/1 JSON document")->required();

    auto* exportCmd = app.add_subcommand("export", "Write a conference to a file");
    exportCmd->add_option("ID", o.id, "The conference (see list)")->required();
    exportCmd->add_option("--format", o.format, "json or pdf")
        ->required()
        ->check(CLI::IsMember({"json", "pdf"}));
    exportCmd->add_option("--variant", o.variant, "PDF: full, parents, plan, child or letter")
        ->check(CLI::IsMember({"full", "parents", "plan", "child", "letter"}));
    exportCmd->add_option("-o,--output", o.output, "The file to write ('-': standard output)")
        ->required();

    auto* list = app.add_subcommand("list", "One line per conference: id, date, kind, title");
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
            storage::Database db(databasePath(o));
            printList(db, out);
            return 0;
        }
        if (o.demo) return demoCommand(out);
        return windowCommand(err);
    } catch (const std::exception& e) {
        // Refusals, storage errors and write errors all say what and where already.
        err << "cpcboard: " << e.what() << '\n';
        return 1;
    }
}

} // namespace cpc::app
