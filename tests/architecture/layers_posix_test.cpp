// The house as docs/architecture.md describes it, held against the code:
// - every target links exactly what the document's tables say, and only
//   targets below it (no arrow up);
// - no file includes a header of a target its own does not link;
// - Dear ImGui, GLFW and GL reach neither the session, the contract nor the
//   command line and its tests;
// - no #if on the system outside src/platform.
// It reads build/layers.txt (cmake/Layers.cmake writes it at configure time)
// and the source tree: what CMake and the files say, not what we hope.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path source = CPC_SOURCE_DIR, binary = CPC_BINARY_DIR;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line);
    return {std::istream_iterator<std::string>(in), {}};
}

// The libraries from the system whose arrows the document draws; the
// system's own (dl, the Windows DLLs) are CMake's business.
const std::set<std::string> drawn{
    "PkgConfig::IMGUI", "Freetype::Freetype", "glfw",       "cpc::glad",
    "OpenGL::GL",       "SQLiteCpp",          "Haru::hpdf", "nlohmann_json::nlohmann_json",
    "CLI11::CLI11",     "Threads::Threads"};
const std::set<std::string> windowing{"PkgConfig::IMGUI", "Freetype::Freetype", "glfw", "cpc::glad",
                                      "OpenGL::GL"};

struct Target {
    std::set<std::string> links;
    std::vector<fs::path> sources;
};

// build/layers.txt: "target NAME", "links ...", "sources ..." for each target.
std::map<std::string, Target> cmakeTargets() {
    std::map<std::string, Target> out;
    std::istringstream in(slurp(binary / "layers.txt"));
    std::string line, name;
    while (std::getline(in, line)) {
        auto w = words(line);
        if (w.empty()) continue;
        const std::string key = w.front();
        w.erase(w.begin());
        if (key == "target" && !w.empty()) name = w.front();
        if (key == "links") out[name].links = {w.begin(), w.end()};
        if (key == "sources")
            for (const auto& s : w)
                out[name].sources.push_back(fs::path(s).lexically_normal());
    }
    return out;
}

struct Row {
    std::string target, folder;
    std::set<std::string> links;
    int order = 0;
};

// The rows of the table under `heading` in docs/architecture.md.
std::vector<Row> documented(const std::string& heading) {
    std::istringstream in(slurp(source / "docs" / "architecture.md"));
    std::string line;
    bool under = false;
    std::vector<Row> rows;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) under = line == "## " + heading;
        if (!under || line.rfind("| ", 0) != 0 || line.rfind("|---", 0) == 0) continue;
        std::vector<std::string> cells;
        std::stringstream cellsIn(line.substr(1));
        std::string cell;
        while (std::getline(cellsIn, cell, '|'))
            cells.push_back(cell);
        if (cells.size() < 3) continue;
        const auto first = words(cells[0]);
        if (first.empty() || first[0] == "target" || first[0] == "test") continue;
        const auto folder = words(cells[1]), links = words(cells[2]);
        rows.push_back({first[0],
                        folder.empty() ? "" : folder[0],
                        {links.begin(), links.end()},
                        static_cast<int>(rows.size())});
    }
    return rows;
}

std::set<std::string> relevant(const std::set<std::string>& links,
                               const std::map<std::string, Target>& targets) {
    std::set<std::string> out;
    for (const auto& l : links)
        if (targets.count(l) || drawn.count(l)) out.insert(l);
    return out;
}

std::set<std::string> closure(const std::string& target,
                              const std::map<std::string, Target>& targets) {
    std::set<std::string> seen;
    std::vector<std::string> todo{target};
    while (!todo.empty()) {
        const std::string t = todo.back();
        todo.pop_back();
        auto it = targets.find(t);
        if (it == targets.end()) continue;
        for (const auto& l : it->second.links)
            if (seen.insert(l).second) todo.push_back(l);
    }
    return seen;
}

std::string listed(const std::set<std::string>& s) {
    std::string out;
    for (const auto& x : s)
        out += (out.empty() ? "" : " ") + x;
    return out.empty() ? "(nothing)" : out;
}

// Who owns each file under src/: the target that compiles it; a header, the
// target that compiles the .cpp of its name, else the one that compiles the
// other files of its folder.
struct Owners {
    std::map<std::string, std::string> byFile; // src/... relative path -> target
    std::map<std::string, std::set<std::string>> byFolder;

    static std::string key(const fs::path& p) {
        for (const fs::path& root : {source / "src", binary / "src", source / "tests"}) {
            const auto rel = p.lexically_relative(root);
            if (!rel.empty() && *rel.begin() != "..")
                return (root == source / "tests" ? "tests/" : "") + rel.generic_string();
        }
        return {};
    }
    explicit Owners(const std::map<std::string, Target>& targets) {
        for (const auto& [name, t] : targets)
            for (const auto& s : t.sources) {
                const std::string k = key(s);
                if (k.empty()) continue;
                byFile[k] = name;
                byFolder[fs::path(k).parent_path().generic_string()].insert(name);
            }
    }
    std::string of(const std::string& k) const {
        if (auto it = byFile.find(k); it != byFile.end()) return it->second;
        // A file CMake configures (sample.cpp.in) is owned as what it becomes.
        if (k.ends_with(".in")) return of(k.substr(0, k.size() - 3));
        const fs::path p(k);
        if (auto it = byFile.find((p.parent_path() / p.stem()).generic_string() + ".cpp");
            it != byFile.end())
            return it->second;
        if (auto it = byFolder.find(p.parent_path().generic_string());
            it != byFolder.end() && it->second.size() == 1)
            return *it->second.begin();
        return {};
    }
};

const std::regex includeLine(R"re(^\s*#\s*include\s*"([a-z_]+/[a-z_/]+\.hpp)")re");

std::vector<std::string> includesOf(const fs::path& file) {
    std::vector<std::string> out;
    std::istringstream in(slurp(file));
    std::string line;
    std::smatch m;
    while (std::getline(in, line))
        if (std::regex_search(line, m, includeLine)) out.push_back(m[1]);
    return out;
}

std::vector<fs::path> filesUnder(const fs::path& root) {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(root))
        if (e.is_regular_file() &&
            (e.path().extension() == ".cpp" || e.path().extension() == ".hpp" ||
             e.path().filename().string().ends_with(".cpp.in")))
            out.push_back(e.path().lexically_normal());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("every target links what docs/architecture.md says, and nothing above it",
          "[architecture]") {
    const auto targets = cmakeTargets();
    REQUIRE(targets.count("cpc_domain"));
    for (const char* heading : {"Targets", "Test targets"}) {
        const auto rows = documented(heading);
        REQUIRE(rows.size() >= 10);
        std::map<std::string, int> order;
        for (const auto& r : rows)
            order[r.target] = r.order;
        for (const auto& r : rows) {
            INFO(heading << ": " << r.target);
            REQUIRE(targets.count(r.target));
            const auto links = relevant(targets.at(r.target).links, targets);
            INFO("CMake links " << listed(links) << "; the document says " << listed(r.links));
            CHECK(links == r.links);
            if (std::string(heading) == "Targets")
                for (const auto& l : links)
                    if (order.count(l)) {
                        INFO(r.target << " links " << l << ", which is not below it");
                        CHECK(order.at(l) < r.order);
                    }
        }
    }
    // Every target of the program and of its tests is in a table.
    std::set<std::string> inTables;
    for (const char* heading : {"Targets", "Test targets"})
        for (const auto& r : documented(heading))
            inTables.insert(r.target);
    for (const auto& [name, t] : targets) {
        const bool ours =
            name.rfind("cpc_", 0) == 0 || name.rfind("test_", 0) == 0 || name == "cpcboard";
        const bool tool = name == "cpc_glad" || name == "cpc_test_main" || name == "cpc_torture" ||
                          name.rfind("cpc_bench", 0) == 0;
        if (!ours || tool) continue;
        INFO(name << " is not in docs/architecture.md's tables");
        CHECK(inTables.count(name));
    }
}

TEST_CASE("no file includes a header of a target its own does not link", "[architecture]") {
    const auto targets = cmakeTargets();
    const Owners owners(targets);
    int checked = 0;
    for (const auto& file : filesUnder(source / "src")) {
        const std::string k = Owners::key(file);
        const std::string mine = owners.of(k);
        INFO(k);
        REQUIRE_FALSE(mine.empty()); // every file has a target
        const auto& links = targets.at(mine).links;
        for (const auto& inc : includesOf(file)) {
            const std::string theirs = owners.of(inc);
            INFO(k << " (" << mine << ") includes " << inc << " (" << theirs << ")");
            CHECK_FALSE(theirs.empty());
            CHECK((theirs == mine || links.count(theirs)));
            ++checked;
        }
    }
    CHECK(checked > 500);
    // Tests include what their target links, through whatever it links.
    for (const auto& file : filesUnder(source / "tests")) {
        const std::string k = Owners::key(file);
        if (k.rfind("tests/support/", 0) == 0 || file.extension() != ".cpp") continue;
        const std::string mine = owners.of(k);
        if (mine.empty()) continue; // torture, and *_posix_test files of another system
        const auto reach = closure(mine, targets);
        for (const auto& inc : includesOf(file)) {
            if (!fs::exists(source / "src" / inc)) continue; // a test's own helper
            const std::string theirs = owners.of(inc);
            INFO(k << " (" << mine << ") includes " << inc << " (" << theirs << ")");
            CHECK(reach.count(theirs));
        }
    }
}

TEST_CASE("the session, the contract and the command line build without Dear ImGui or GL",
          "[architecture]") {
    const auto targets = cmakeTargets();
    for (const char* t : {"cpc_platform", "cpc_domain", "cpc_interchange", "cpc_storage",
                          "cpc_documents", "cpc_ui_contract", "cpc_session", "cpc_cli", "test_cli",
                          "test_session", "test_storage", "test_documents"}) {
        INFO(t);
        REQUIRE(targets.count(t));
        const auto reach = closure(t, targets);
        for (const auto& w : windowing) {
            INFO(t << " reaches " << w);
            CHECK_FALSE(reach.count(w));
        }
    }
    // And the panels and the windows do reach them: the check can fail.
    CHECK(closure("cpc_ui", targets).count("PkgConfig::IMGUI"));
    CHECK(closure("cpc_app", targets).count("glfw"));
}

TEST_CASE("only src/platform asks which system it is built for", "[architecture]") {
    const std::regex system(
        R"re(^\s*#\s*(if|ifdef|ifndef|elif)\b.*(_WIN32|__linux__|__APPLE__|_MSC_VER|__MINGW))re");
    const std::regex library(
        R"re(^\s*#\s*include\s*[<"](imgui|GLFW|glad|SQLiteCpp|sqlite3|hpdf|nlohmann|CLI))re");
    for (const auto& file : filesUnder(source / "src")) {
        const std::string k = Owners::key(file);
        std::istringstream in(slurp(file));
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            INFO(k << ":" << n << ": " << line);
            if (k.rfind("platform/", 0) != 0) CHECK_FALSE(std::regex_search(line, system));
            // The domain is standard C++ only.
            if (k.rfind("domain/", 0) == 0 || k.rfind("ui/contract/", 0) == 0)
                CHECK_FALSE(std::regex_search(line, library));
        }
    }
}
