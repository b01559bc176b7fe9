// When the disk refuses what is typed, the console says so where the chair
// cannot miss it, and offers a copy elsewhere from the keyboard.
#include "support/console_rig.hpp"

#include <catch2/catch.hpp>

using namespace cpc;

TEST_CASE("nothing about saving is shown while everything is saved", "[save-banner]") {
    ConsoleRig rig;
    rig.settle();
    CHECK(rig.log.contains("Saved"));
    CHECK_FALSE(rig.log.contains("NOT SAVED"));
    CHECK_FALSE(rig.log.contains("Save a copy"));
}

TEST_CASE("a failed save is a banner with the reason, the count, and a copy elsewhere",
          "[save-banner]") {
    ConsoleRig rig;
    rig.saveProblem = "/home/chair/.local/share/cpcboard/cpcboard.db: the disk is full";
    rig.unsaved = 2;
    rig.copyFolder = "/media/chair/USB";
    rig.settle();
    CHECK(rig.log.contains("NOT SAVED: /home/chair/.local/share/cpcboard/cpcboard.db: the disk "
                           "is full"));
    CHECK(rig.log.contains("2 changes are on screen only"));
    CHECK(rig.log.contains("nothing is lost while this window stays open"));
    CHECK(rig.log.contains("Save a copy (Ctrl+Shift+S)"));
    CHECK(rig.state.copyFolder == "/media/chair/USB");
    CHECK_FALSE(rig.log.contains("Saved"));

    rig.clear();
    rig.press('S', true, true);
    REQUIRE(rig.count<ui::intent::SaveCopy>() == 1);
    auto copy = std::get<ui::intent::SaveCopy>(rig.intents.front());
    CHECK(copy.folder == "/media/chair/USB");

    // What happened to the copy is said in the banner.
    rig.state.copied.files = {"/media/chair/USB/a.json", "/media/chair/USB/b.pdf"};
    rig.settle();
    CHECK(rig.log.contains("Copied 2 files into /media/chair/USB."));
    rig.state.copied = {
        .files = {}, .error = "/media/chair/USB: cannot make the folder (Read-only file system)"};
    rig.settle();
    CHECK(rig.log.contains("The copy failed: /media/chair/USB: cannot make the folder"));
}

TEST_CASE("a file opened read-only says that waiting will not save it", "[save-banner]") {
    ConsoleRig rig;
    rig.saveProblem = "cp.db: the file is read-only; opened read-only";
    rig.readOnly = true;
    rig.unsaved = 1;
    rig.settle();
    CHECK(rig.log.contains("1 change is on screen only"));
    CHECK(rig.log.contains("save a copy before you close cpcboard"));
    CHECK_FALSE(rig.log.contains("as soon as the disk takes them"));
}
