// The chair console end to end: the real program in a real (virtual) X
// display, typed into with xdotool, killed without warning, and its database
// read back with the command line.
#include "gui_test_support.hpp"

#include <nlohmann/json.hpp>

using namespace gui_test;
using nlohmann::json;

TEST_CASE("an item typed into the console is on disk when the program is killed", "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    const std::string text = "Dad now collects Kacper from school every Friday";
    {
        WindowLock turn;
        Child app({"--db", f.db().string(), "--open", id, "--projector", "off"});
        REQUIRE(app.pid() > 0);
        auto windows = windowsOf(f, app.pid(), "^cpcboard");
        REQUIRE(windows.size() == 1);
        REQUIRE(app.running());
        // The console opens in the Information phase with the entry line focused.
        f.shell("xdotool windowfocus --sync " + windows.front(), 10);
        pause(500);
        f.shell("xdotool type --delay 15 " + q(text), 30);
        f.shell("xdotool key Return", 10);
        pause(700);
        REQUIRE(app.running());
        app.kill(); // no chance to save anything on the way out
    }
    auto r = f.cpcboard("export " + id + " --format json -o - --db " + q(f.db().string()), 30);
    REQUIRE(r.status == 0);
    const json doc = json::parse(r.out);
    bool found = false;
    for (const auto& item : doc["items"])
        found = found || item["text"] == text;
    CHECK(found);
}

TEST_CASE("the projector opens as a second window titled for it", "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    WindowLock turn;
    Child app({"--db", f.db().string(), "--open", id, "--projector", "window"});
    REQUIRE(app.pid() > 0);
    CHECK(windowsOf(f, app.pid(), "^cpcboard projector$").size() == 1);
    CHECK(windowsOf(f, app.pid(), "the Nowak children").size() == 1);
    CHECK(windowsOf(f, app.pid(), "^cpcboard").size() == 2);
    CHECK(app.running());
}

TEST_CASE("with the projector off there is one window, and full screen falls back to a window",
          "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    WindowLock turn;
    {
        Child app({"--db", f.db().string(), "--open", id, "--projector", "off"});
        CHECK(windowsOf(f, app.pid(), "^cpcboard").size() == 1);
        pause(300);
        CHECK(windowsOf(f, app.pid(), "^cpcboard projector$", 1).empty());
    }
    // Xvfb has one monitor: "fullscreen" must still show the projector, in a window.
    Child app({"--db", f.db().string(), "--open", id, "--projector", "fullscreen"});
    CHECK(windowsOf(f, app.pid(), "^cpcboard projector$").size() == 1);
    CHECK(app.running());
}

TEST_CASE("the console refuses a conference that is not there, with one line", "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    f.importSample();
    auto r = f.cpcboard("--db " + q(f.db().string()) + " --open nope --projector off", 30);
    CHECK(r.status == 1);
    CHECK(r.err.find('\n') == r.err.size() - 1);
}

TEST_CASE("the demo opens the console on a fresh copy of the sample conference", "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    WindowLock turn;
    const fs::path out = f / "demo.out";
    Child app({"--demo", "--projector", "off"}, out);
    REQUIRE(app.pid() > 0);
    CHECK(windowsOf(f, app.pid(), "the Nowak children").size() == 1);
    app.kill();
    std::string printed = slurp(out);
    auto start = printed.find("Demo database: ");
    REQUIRE(start != std::string::npos);
    start += 15;
    fs::path file = printed.substr(start, printed.find('\n', start) - start);
    CHECK(fs::exists(file));
    fs::remove_all(file.parent_path());
}

TEST_CASE("keys typed 10 ms apart across Enter and Tab all reach the record, in order", "[gui]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    const std::string first = "Nan collects Lena on Tuesdays and Thursdays";
    const std::string second = "14/06/2016 12 Elm Road: Dad has moved there";
    {
        WindowLock turn;
        Child app({"--db", f.db().string(), "--open", id, "--projector", "off"});
        REQUIRE(app.pid() > 0);
        auto windows = windowsOf(f, app.pid(), "^cpcboard");
        REQUIRE(windows.size() == 1);
        f.shell("xdotool windowfocus --sync " + windows.front(), 10);
        pause(500);
        // Straight after one another: only the 10 ms delay between keys.
        f.shell("sh -c " + q("xdotool type --delay 10 \"" + first +
                             "\"; xdotool key --delay 10 Return Tab; xdotool type --delay 10 \"" +
                             second + "\"; xdotool key Return"),
                60);
        pause(1500);
        REQUIRE(app.running());
        app.kill();
    }
    auto r = f.cpcboard("export " + id + " --format json -o - --db " + q(f.db().string()), 30);
    REQUIRE(r.status == 0);
    const json doc = json::parse(r.out);
    std::string firstColumn, secondColumn;
    for (const auto& item : doc["items"]) {
        if (item["text"] == first) firstColumn = item["column"];
        if (item["text"] == second) secondColumn = item["column"];
    }
    CHECK(firstColumn == "worried");
    CHECK(secondColumn == "working_well");
}
