// Writing the documents from the console: the five PDFs of the sample
// conference into a folder, named for people, readable by the user only; and
// a folder that cannot be made says so and writes nothing.

#include "domain/documents.hpp"
#include "domain/names.hpp"
#include "interchange/json.hpp"
#include "platform/os.hpp"
#include "platform/paths.hpp"
#include "session/export.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

struct TempFolder {
    fs::path path;
    TempFolder() {
        path = fs::temp_directory_path() /
               ("cpcboard-export-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~TempFolder() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

const cpc::DateTime produced = *cpc::parseDateTime("2026-12-03T14:30:00");

cpc::Conference sample() {
    return cpc::interchange::parse(slurp(CPC_SOURCE_DIR "/assets/sample-conference.json"));
}

const std::vector<cpc::DocumentKind> five = cpc::allDocuments();

} // namespace

TEST_CASE("exportDocuments writes the five PDFs of the sample, each the user's alone",
          "[documents_export]") {
    const cpc::Conference c = sample();
    TempFolder tmp;
    const fs::path folder = tmp.path / "2026-12-03 the Nowak children";
    const auto out = cpc::session::exportDocuments(c, five, folder, "", produced);
    CHECK(out.error.empty());
    REQUIRE(out.files.size() == 5);
    for (std::size_t i = 0; i < five.size(); ++i) {
        const fs::path file = folder / cpc::session::documentFileName(c, five[i]);
        CHECK(out.files[i] == cpc::os::utf8(file));
        REQUIRE(fs::is_regular_file(file));
        CHECK(cpc::os::isPrivate(file));
        CHECK(slurp(file).starts_with("%PDF-"));
    }
    CHECK(cpc::session::documentFileName(c, cpc::DocumentKind::Plan) ==
          "2026-12-03 the Nowak children - Outline plan.pdf");
    CHECK(cpc::session::documentFileName(c, cpc::DocumentKind::Parents) ==
          "2026-12-03 the Nowak children - Parents' copy.pdf");
    // Nothing else was left in the folder (no half-written temporary files).
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator{}) == 5);
    // The folder too is the user's alone: these are confidential records.
    CHECK(cpc::os::isPrivate(folder));
}

TEST_CASE("a family name in any letters is kept in the folder and the files, not garbled",
          "[documents_export]") {
    // On Windows a std::string joined to a path is read in the ANSI code
    // page: found when the glyphs test drew the folder under Wine.
    cpc::Conference c = sample();
    c.details.title = "Initial child protection conference: the Łukasiewicz children (Σοφία)";
    const std::string name = cpc::os::utf8(cpc::session::defaultExportFolder(c).filename());
    CHECK(name == "2026-12-03 the Łukasiewicz children (Σοφία)");
    TempFolder tmp;
    const fs::path folder = tmp.path / cpc::os::pathFrom(name);
    const auto out =
        cpc::session::exportDocuments(c, {cpc::DocumentKind::Plan}, folder, "", produced);
    REQUIRE(out.error.empty());
    REQUIRE(out.files.size() == 1);
    CHECK(out.files[0].find("the Łukasiewicz children (Σοφία) - Outline plan.pdf") !=
          std::string::npos);
    REQUIRE(fs::is_directory(folder));
    const fs::directory_iterator only(folder);
    CHECK(cpc::os::utf8(only->path().filename()) ==
          "2026-12-03 the Łukasiewicz children (Σοφία) - Outline plan.pdf");
}

TEST_CASE("exporting into a folder the chair chose leaves the folder's mode as it was",
          "[documents_export]") {
    const cpc::Conference c = sample();
    TempFolder tmp;
    const fs::path chosen = tmp.path / "Shared with the team";
    fs::create_directory(chosen);
    const auto shared = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec;
    fs::permissions(chosen, shared, fs::perm_options::replace);
    const auto before = fs::status(chosen).permissions();
    const bool wasPrivate = cpc::os::isPrivate(chosen);
    const auto out =
        cpc::session::exportDocuments(c, {cpc::DocumentKind::Plan}, chosen, "", produced);
    CHECK(out.error.empty());
    CHECK(fs::status(chosen).permissions() == before);
    CHECK(cpc::os::isPrivate(chosen) == wasPrivate);
    REQUIRE(out.files.size() == 1);
    CHECK(cpc::os::isPrivate(cpc::os::pathFrom(out.files[0])));
}

TEST_CASE("A password is passed to the PDF", "[documents_export]") {
    const cpc::Conference c = sample();
    TempFolder tmp;
    const auto out =
        cpc::session::exportDocuments(c, {cpc::DocumentKind::Plan}, tmp.path, "s3cret", produced);
    CHECK(out.error.empty());
    REQUIRE(out.files.size() == 1);
    const std::string bytes = slurp(out.files[0]);
    CHECK(bytes.starts_with("%PDF-"));
    CHECK(bytes.find("/Encrypt") != std::string::npos);
}

TEST_CASE("A folder that cannot be made gives an error in words and no files",
          "[documents_export]") {
    const cpc::Conference c = sample();
    TempFolder tmp;
    // A file where a folder would have to be.
    const fs::path blocker = tmp.path / "not-a-folder";
    std::ofstream(blocker) << "x";
    const fs::path folder = blocker / "documents";
    const auto out = cpc::session::exportDocuments(c, five, folder, "", produced);
    CHECK(out.files.empty());
    CHECK_FALSE(out.error.empty());
    CHECK(out.error.find("cannot make the folder") != std::string::npos);
    CHECK_FALSE(fs::exists(folder));
    CHECK(std::distance(fs::directory_iterator(tmp.path), fs::directory_iterator{}) == 1);
}

TEST_CASE("every document has a file name of its own, from the catalogue's names",
          "[documents_export]") {
    const cpc::Conference c = sample();
    std::set<std::string> names;
    for (cpc::DocumentKind d : five) {
        const std::string name = cpc::session::documentFileName(c, d);
        CHECK(name.find(std::string(cpc::label(d))) != std::string::npos);
        names.insert(name);
    }
    CHECK(names.size() == five.size());
}
