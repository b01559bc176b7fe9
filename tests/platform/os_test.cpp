// The platform layer (app/os), the same tests on Linux and on Windows.
#include "platform/os.hpp"
#include "platform/paths.hpp"

#include <catch2/catch.hpp>
#include <fstream>

namespace fs = std::filesystem;
using namespace cpc;

namespace {

struct Scratch {
    fs::path path = os::newPrivateFolder("cpcboard-os-test");
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

TEST_CASE("the data folder is cpcboard's own folder, the user's alone", "[os]") {
    Scratch tmp;
    const char* variable = os::dataFolderVariable();
    const std::string saved = os::environment(variable);
    os::setEnvironment(variable, os::utf8(tmp.path));
    auto folder = os::dataFolder();
    CHECK(folder == tmp.path / "cpcboard");
    CHECK(fs::is_directory(folder));
    CHECK(os::isPrivate(folder));
    // A folder left open to others (an older version, a restore) is tightened.
    fs::permissions(folder, fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
    CHECK(os::dataFolder() == folder);
    CHECK(os::isPrivate(folder));
    os::setEnvironment(variable, saved);
}

TEST_CASE("a private folder and file are the user's alone", "[os]") {
    Scratch tmp;
    CHECK(os::isPrivate(tmp.path));
    CHECK(os::makePrivateFolder(tmp.path / "inner"));
    CHECK_FALSE(os::makePrivateFolder(tmp.path / "inner"));
    CHECK(os::isPrivate(tmp.path / "inner"));
    CHECK(os::createPrivateFile(tmp.path / "inner" / "a.db"));
    CHECK_FALSE(os::createPrivateFile(tmp.path / "inner" / "a.db"));
    CHECK(os::isPrivate(tmp.path / "inner" / "a.db"));
    CHECK_THROWS(os::makePrivateFolder(tmp.path / "missing" / "deeper"));
}

TEST_CASE("a file written whole replaces the old one, keeps a name with any letters, leaves "
          "nothing beside it",
          "[os]") {
    Scratch tmp;
    const fs::path file = tmp.path / os::pathFrom("Zoë and Łukasz – plan.pdf");
    os::writeWhole(file, "first");
    os::writeWhole(file, "second, longer");
    std::ifstream in(file, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    CHECK(text == "second, longer");
    CHECK(os::isPrivate(file));
    CHECK(os::utf8(file.filename()) == "Zoë and Łukasz – plan.pdf");
    int files = 0;
    for (auto& entry : fs::directory_iterator(tmp.path)) {
        (void)entry;
        ++files;
    }
    CHECK(files == 1);
    // Into a folder that is not there: an error naming the file, and no file.
    const fs::path nowhere = tmp.path / "no such folder" / "x.pdf";
    try {
        os::writeWhole(nowhere, "x");
        FAIL("wrote into a folder that does not exist");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("cannot write") != std::string::npos);
    }
    CHECK_FALSE(fs::exists(nowhere));
}

TEST_CASE("a lock held on a file is seen from another handle, and a free one is not", "[os]") {
    Scratch tmp;
    const fs::path file = tmp.path / "locked.db";
    os::writeWhole(file, std::string(4096, 'x'));
    CHECK_FALSE(os::lockHeld(file, 0x40000000, 512));
    CHECK_FALSE(os::lockHeld(tmp.path / "absent.db", 0x40000000, 512));
}

TEST_CASE("paths go to UTF-8 text and back unchanged", "[os]") {
    for (std::string name : {"plain", "Zoë", "Łukasz Nowak", "Аня", "محمد", "2026-12-17 – plan"}) {
        CHECK(os::utf8(os::pathFrom(name)) == name);
    }
    CHECK(os::localTime(0).tm_year >= 69);
    CHECK_FALSE(os::executable().empty());
    CHECK_FALSE(os::copyFolder().empty());
}
