// The command line end to end: the real program, as a script or a person runs it.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <sys/wait.h>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        path =
            fs::temp_directory_path() / ("cpcboard-cli-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    fs::path operator/(const std::string& name) const { return path / name; }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void spit(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
}

struct Run {
    int status = -1;
    std::string out, err;
};

// Runs cpcboard with these arguments (already shell-quoted where needed).
Run cpcboard(const Folder& f, const std::string& args) {
    std::string cmd = std::string("'") + CPCBOARD_EXE + "' " + args + " >'" +
                      (f / "stdout").string() + "' 2>'" + (f / "stderr").string() + "'";
    int raw = std::system(cmd.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(f / "stdout"), slurp(f / "stderr")};
}

std::string sample() {
    return slurp(fs::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json");
}

std::string q(const fs::path& p) {
    return "'" + p.string() + "'";
}

bool oneLine(const std::string& s) {
    return !s.empty() && s.back() == '\n' && s.find('\n') == s.size() - 1;
}

// A copy of the sample with one change made to it.
template <class Change> fs::path variant(const Folder& f, const std::string& name, Change change) {
    json doc = json::parse(sample());
    change(doc);
    spit(f / name, doc.dump(2));
    return f / name;
}

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> out;
    for (auto& e : fs::directory_iterator(folder))
        out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("the version and help options answer and succeed", "[cli]") {
    Folder f;
    auto v = cpcboard(f, "--version");
    CHECK(v.status == 0);
    CHECK(v.out.find("cpcboard 0.") == 0);
    auto h = cpcboard(f, "--help");
    CHECK(h.status == 0);
    for (auto word : {"import", "export", "list", "--db", "--demo"})
        CHECK(h.out.find(word) != std::string::npos);
}

TEST_CASE("a wrong command line is refused with one line and status 2", "[cli]") {
    Folder f;
    for (auto args :
         {"--frobnicate", "export k1 --format docx -o x", "import", "export k1 -o x.json"}) {
        INFO(args);
        auto r = cpcboard(f, args);
        CHECK(r.status == 2);
        CHECK(oneLine(r.err));
    }
}

TEST_CASE("import prints an id, list shows it, export gives back the same conference", "[cli]") {
    Folder f;
    auto db = q(f / "cp.db");
    auto imported =
        cpcboard(f, "import " + q(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json") +
                        " --db " + db);
    REQUIRE(imported.status == 0);
    std::string id = imported.out.substr(0, imported.out.find('\n'));
    CHECK(oneLine(imported.out));

    auto listed = cpcboard(f, "list --db " + db);
    CHECK(listed.status == 0);
    CHECK(listed.out ==
          id + "\t2026-12-03\tinitial\tInitial child protection conference: the Nowak children\n");

    REQUIRE(cpcboard(f, "export " + id + " --format json -o " + q(f / "out.json") + " --db " + db)
                .status == 0);
    json original = json::parse(sample());
    json exported = json::parse(slurp(f / "out.json"));
    CHECK(exported["format"] == "cpcboard/1");
    CHECK(exported["children"] == original["children"]);
    CHECK(exported["participants"].size() == original["participants"].size());
    CHECK(exported["items"].size() == original["items"].size());
    CHECK(exported["decisions"].size() == original["decisions"].size());

    SECTION("export fills the dates the rules compute") {
        CHECK(original["plan"]["first_core_group"].is_null());
        // 10 working days after Thursday 3 December 2026.
        CHECK(exported["plan"]["first_core_group"] == "2026-12-17");
        CHECK(exported["plan"]["review_conference"] == "2027-03-03");
    }
    SECTION("importing the export gives an equal conference") {
        auto again = cpcboard(f, "import " + q(f / "out.json") + " --db " + db);
        REQUIRE(again.status == 0);
        std::string id2 = again.out.substr(0, again.out.find('\n'));
        CHECK(id2 != id);
        REQUIRE(
            cpcboard(f, "export " + id2 + " --format json -o " + q(f / "out2.json") + " --db " + db)
                .status == 0);
        json second = json::parse(slurp(f / "out2.json"));
        exported["conference"].erase("id");
        second["conference"].erase("id");
        CHECK(second == exported);
    }
    SECTION("export to standard output") {
        auto r = cpcboard(f, "export " + id + " --format json -o - --db " + db);
        CHECK(r.status == 0);
        CHECK(json::parse(r.out) == exported);
    }
    SECTION("the exported file is the user's alone and no temporary file is left") {
        CHECK((fs::status(f / "out.json").permissions() & fs::perms::all) ==
              (fs::perms::owner_read | fs::perms::owner_write));
        for (auto& name : filesIn(f.path))
            CHECK(name.string().find("out.json.") == std::string::npos);
    }
}

TEST_CASE("bad documents are refused with the place named, and the database is untouched",
          "[cli]") {
    Folder f;
    auto dbFile = f / "cp.db";
    auto db = q(dbFile);
    REQUIRE(cpcboard(f, "import " + q(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json") +
                            " --db " + db)
                .status == 0);
    std::string listBefore = cpcboard(f, "list --db " + db).out;
    std::string bytesBefore = slurp(dbFile);

    struct Case {
        fs::path file;
        std::string message;
    };
    std::vector<Case> cases{
        {variant(f, "role.json", [](json& d) { d["participants"][3]["role"] = "polise"; }),
         "participants[3].role: unknown value \"polise\""},
        {variant(f, "source.json", [](json& d) { d["items"][12]["source"] = "p99"; }),
         "items[12].source: no participant \"p99\""},
        {variant(f, "score.json", [](json& d) { d["scaling"][0]["responses"][2]["score"] = 11; }),
         "scaling[0].responses[2].score: 11 is outside 0..10"},
        {variant(f, "kind.json", [](json& d) { d["conference"]["kind"] = 3; }), "conference.kind"},
        {variant(f, "format.json", [](json& d) { d["format"] = "cpcboard/9"; }), "format"},
    };
    spit(f / "broken.json", "{\n  \"format\": \"cpcboard/1\",\n  \"conference\": {,}\n}\n");
    cases.push_back({f / "broken.json", "line 3, column"});
    cases.push_back({f / "missing.json", "cannot read the file"});

    for (const auto& c : cases) {
        INFO(c.file);
        auto r = cpcboard(f, "import " + q(c.file) + " --db " + db);
        CHECK(r.status == 1);
        CHECK(oneLine(r.err));
        CHECK(r.err.find(c.file.string()) != std::string::npos);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.out.empty());
    }
    CHECK(cpcboard(f, "list --db " + db).out == listBefore);
    CHECK(slurp(dbFile) == bytesBefore);

    SECTION("a refused import does not even create the database") {
        auto r = cpcboard(f, "import " + q(f / "role.json") + " --db " + q(f / "new.db"));
        CHECK(r.status == 1);
        CHECK_FALSE(fs::exists(f / "new.db"));
    }
}

TEST_CASE("export failures leave no file behind", "[cli]") {
    Folder f;
    auto db = q(f / "cp.db");
    REQUIRE(cpcboard(f, "import " + q(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json") +
                            " --db " + db)
                .status == 0);
    auto before = filesIn(f.path);

    auto noFolder =
        cpcboard(f, "export k1 --format json -o " + q(f / "no/such/folder/x.json") + " --db " + db);
    CHECK(noFolder.status == 1);
    CHECK(oneLine(noFolder.err));
    CHECK(noFolder.err.find("no/such/folder/x.json: cannot write") != std::string::npos);

    auto noConference =
        cpcboard(f, "export k9 --format json -o " + q(f / "x.json") + " --db " + db);
    CHECK(noConference.status == 1);
    CHECK(noConference.err.find("no conference \"k9\"") != std::string::npos);
    CHECK_FALSE(fs::exists(f / "x.json"));

    auto intoFolder = cpcboard(f, "export k1 --format json -o " + q(f.path) + " --db " + db);
    CHECK(intoFolder.status == 1);

    auto pdf = cpcboard(f, "export k1 --format pdf -o " + q(f / "no/x.pdf") + " --db " + db);
    CHECK(pdf.status == 1);
    CHECK(oneLine(pdf.err));

    auto after = filesIn(f.path);
    after.erase(std::remove_if(after.begin(), after.end(),
                               [](auto& p) { return p == "stdout" || p == "stderr"; }),
                after.end());
    before.erase(std::remove_if(before.begin(), before.end(),
                                [](auto& p) { return p == "stdout" || p == "stderr"; }),
                 before.end());
    CHECK(after == before);
}

TEST_CASE("a database that cannot be used is one clear line, and is left as it was", "[cli]") {
    Folder f;
    spit(f / "notes.db", "these are my notes, not a database\n");
    auto r = cpcboard(f, "list --db " + q(f / "notes.db"));
    CHECK(r.status == 1);
    CHECK(oneLine(r.err));
    CHECK(r.err.find("not a cpcboard database") != std::string::npos);
    CHECK(slurp(f / "notes.db") == "these are my notes, not a database\n");
}

TEST_CASE("list of an empty database prints nothing and succeeds", "[cli]") {
    Folder f;
    auto r = cpcboard(f, "list --db " + q(f / "empty.db"));
    CHECK(r.status == 0);
    CHECK(r.out.empty());
}

TEST_CASE("the default database is created in the user's data folder", "[cli]") {
    Folder f;
    auto r = cpcboard(f, "XDG_DATA_HOME=x list");
    (void)r; // the variable must be set in the environment, not as an argument:
    std::string cmd = "XDG_DATA_HOME=" + q(f / "data") + " '" + CPCBOARD_EXE + "' import " +
                      q(fs::path(CPC_SOURCE_DIR) / "assets/sample-conference.json") + " >/dev/null";
    fs::create_directories(f / "data");
    REQUIRE(std::system(cmd.c_str()) == 0);
    CHECK(fs::exists(f / "data" / "cpcboard" / "cpcboard.db"));
}
