// Writing a file whole or not at all, and making folders: every failure is
// one line, nothing half-written is left, and a folder the chair chose keeps
// its mode.

#include "platform/atomic_file.hpp"
#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using cpc::platform::makeFolderForUser;
using cpc::platform::writeFileAtomically;

namespace {

unsigned mode(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

long entries(const fs::path& folder) {
    return std::distance(fs::directory_iterator(folder), fs::directory_iterator{});
}

} // namespace

TEST_CASE("a written file replaces the old one whole and is the user's alone", "[atomic]") {
    TempFolder tmp;
    auto file = tmp.path / "plan.pdf";
    writeFileAtomically(file, "first");
    writeFileAtomically(file, "second, longer");
    CHECK(readBytes(file) == "second, longer");
    CHECK(mode(file) == 0600);
    CHECK(entries(tmp.path) == 1);
}

TEST_CASE("a folder the chair chose keeps its mode, and folders made on the way are private",
          "[atomic]") {
    TempFolder tmp;
    auto chosen = tmp.path / "Team share";
    fs::create_directory(chosen);
    ::chmod(chosen.c_str(), 0775);
    makeFolderForUser(chosen);
    CHECK(mode(chosen) == 0775);
    makeFolderForUser(chosen / "Nowak" / "2026-12-03");
    CHECK(mode(chosen) == 0775);
    CHECK(mode(chosen / "Nowak") == 0700);
    CHECK(mode(chosen / "Nowak" / "2026-12-03") == 0700);
    writeFileAtomically(chosen / "letter.pdf", "%PDF-");
    CHECK(mode(chosen / "letter.pdf") == 0600);
    CHECK(mode(chosen) == 0775);
}

TEST_CASE("a folder that cannot be made is one line naming it", "[atomic]") {
    TempFolder tmp;
    std::ofstream(tmp.path / "a file") << "x";
    REQUIRE_THROWS_WITH(makeFolderForUser(tmp.path / "a file" / "inside"),
                        Catch::StartsWith((tmp.path / "a file").string()) &&
                            Catch::Contains("cannot make the folder") && !Catch::Contains("\n"));
}

TEST_CASE("a write that fails part way leaves the old file and no temporary one", "[atomic]") {
    TempFolder tmp;
    auto file = tmp.path / "record.pdf";
    writeFileAtomically(file, "the old record");
    // A child process whose files may not grow past 1 KiB: as a full disk does,
    // the write fails after some bytes have gone.
    int status = 0;
    pid_t child = ::fork();
    if (child == 0) {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{1024, 1024};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        try {
            writeFileAtomically(file, std::string(100000, 'x'));
        } catch (const std::runtime_error& e) {
            std::string what = e.what();
            bool oneLine = what.find('\n') == std::string::npos &&
                           what.starts_with(file.string() + ": cannot write (");
            ::_exit(oneLine ? 0 : 2);
        }
        ::_exit(1);
    }
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    CHECK(readBytes(file) == "the old record");
    CHECK(entries(tmp.path) == 1);
}

TEST_CASE("a read-only folder is one line, and nothing is written", "[atomic]") {
    if (::geteuid() == 0) {
        // root writes anyway; a folder on read-only media is what refuses root,
        // and a file in place of the folder is the nearest the test can make.
        TempFolder tmp;
        std::ofstream(tmp.path / "folder") << "x";
        REQUIRE_THROWS_WITH(writeFileAtomically(tmp.path / "folder" / "plan.pdf", "x"),
                            Catch::Contains("cannot write (") && !Catch::Contains("\n"));
        return;
    }
    TempFolder tmp;
    ::chmod(tmp.path.c_str(), 0500);
    REQUIRE_THROWS_WITH(writeFileAtomically(tmp.path / "plan.pdf", "x"),
                        Catch::Contains("cannot write (") && !Catch::Contains("\n"));
    CHECK(entries(tmp.path) == 0);
}
