// The console's keys and characters reach ImGui in order, a frame at a time,
// however fast they came: "1, Enter, 2, Enter" in one slow frame must not be
// one Enter and "12".

#include "app/window_input_queue.hpp"
#include "support/console_rig.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>
#include <cctype>
#include <string>
#include <vector>

using cpc::app::InputQueue;

namespace {

// What one frame sees: the characters typed, and the keys that went down.
struct Seen {
    std::string typed;
    std::vector<int> wentDown;
    bool ctrl = false;
};

struct Rig {
    ImGuiContext* context = ImGui::CreateContext();
    InputQueue queue;
    bool down[512] = {};
    Rig() { ImGui::SetCurrentContext(context); }
    ~Rig() { ImGui::DestroyContext(context); }

    void tap(int key) {
        queue.onKey(key, GLFW_PRESS);
        queue.onKey(key, GLFW_RELEASE);
    }
    void type(const std::string& text) {
        for (char ch : text)
            queue.onChar(static_cast<unsigned char>(ch));
    }
    Seen frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.InputQueueCharacters.resize(0); // ImGui empties it every frame
        queue.beforeFrame(io);
        Seen seen;
        for (ImWchar ch : io.InputQueueCharacters)
            seen.typed += static_cast<char>(ch);
        for (int k = 0; k < 512; ++k) {
            if (io.KeysDown[k] && !down[k]) seen.wentDown.push_back(k);
            down[k] = io.KeysDown[k];
        }
        seen.ctrl = io.KeyCtrl;
        return seen;
    }
};

} // namespace

TEST_CASE("answers typed faster than frames arrive one at a time, in order", "[input]") {
    Rig rig;
    // Everything arrives before one frame is drawn.
    for (const char* answer : {"1", "10", "d"}) {
        rig.type(answer);
        rig.tap(GLFW_KEY_ENTER);
    }
    std::vector<Seen> frames;
    while (rig.queue.pending() && frames.size() < 20)
        frames.push_back(rig.frame());
    // Each answer with its Enter on one frame (characters first, as ImGui
    // reads them); the Enter comes up on the next, and what is typed after it
    // waits for that frame too: focus may be moving.
    REQUIRE(frames.size() == 6);
    CHECK(frames[0].typed == "1");
    CHECK(frames[0].wentDown == std::vector<int>{GLFW_KEY_ENTER});
    CHECK(frames[1].typed.empty()); // Enter is up again; the next answer waits
    CHECK(frames[1].wentDown.empty());
    CHECK(frames[2].typed == "10");
    CHECK(frames[2].wentDown == std::vector<int>{GLFW_KEY_ENTER});
    CHECK(frames[4].typed == "d");
    CHECK(frames[4].wentDown == std::vector<int>{GLFW_KEY_ENTER});
    CHECK(frames[5].typed.empty());
    CHECK_FALSE(rig.down[GLFW_KEY_ENTER]);
}

TEST_CASE("a chord: the modifier is held with the key, a key before a modifier is not a chord",
          "[input]") {
    Rig rig;
    rig.queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
    rig.tap(GLFW_KEY_O);
    rig.queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
    const Seen first = rig.frame();
    CHECK(first.wentDown == std::vector<int>{GLFW_KEY_O, GLFW_KEY_LEFT_CONTROL});
    CHECK(first.ctrl);
    const Seen second = rig.frame();
    CHECK(second.wentDown.empty());
    CHECK_FALSE(second.ctrl);
    CHECK_FALSE(rig.queue.pending());

    // "o" then Ctrl+Z, faster than a frame: the o alone, then the chord.
    rig.tap(GLFW_KEY_O);
    rig.queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
    rig.tap(GLFW_KEY_Z);
    rig.queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
    const Seen o = rig.frame();
    CHECK(o.wentDown == std::vector<int>{GLFW_KEY_O});
    CHECK_FALSE(o.ctrl);
    const Seen z = rig.frame();
    CHECK(z.wentDown == std::vector<int>{GLFW_KEY_Z, GLFW_KEY_LEFT_CONTROL});
    CHECK(z.ctrl);
}

TEST_CASE("a tap between frames is seen down for one frame, repeats are not queued", "[input]") {
    Rig rig;
    rig.queue.onKey(GLFW_KEY_DOWN, GLFW_PRESS);
    rig.queue.onKey(GLFW_KEY_DOWN, GLFW_REPEAT);
    rig.queue.onKey(GLFW_KEY_DOWN, GLFW_RELEASE);
    CHECK(rig.frame().wentDown == std::vector<int>{GLFW_KEY_DOWN});
    CHECK(rig.down[GLFW_KEY_DOWN]);
    rig.frame();
    CHECK_FALSE(rig.down[GLFW_KEY_DOWN]);
    CHECK_FALSE(rig.queue.pending());
    // Out of range keys (GLFW_KEY_UNKNOWN) are dropped, not written past the array.
    rig.queue.onKey(-1, GLFW_PRESS);
    rig.queue.onKey(100000, GLFW_PRESS);
    CHECK_FALSE(rig.queue.pending());
}

TEST_CASE("typing into a field flows at full speed, out of a field, one key a frame", "[input]") {
    Rig rig;
    // As xdotool and a keyboard send them: each letter's key, its character, its release.
    auto letters = [&](const std::string& word) {
        for (char ch : word) {
            const int key = std::toupper(static_cast<unsigned char>(ch));
            rig.queue.onKey(key, GLFW_PRESS);
            rig.queue.onChar(static_cast<unsigned char>(ch));
            rig.queue.onKey(key, GLFW_RELEASE);
        }
    };
    ImGui::GetIO().WantTextInput = true;
    letters("dad");
    letters("x");
    int frames = 0;
    std::string typed;
    while (rig.queue.pending() && frames < 20) {
        typed += rig.frame().typed;
        ++frames;
    }
    CHECK(typed == "dadx");
    CHECK(frames <= 3); // "d" twice waits a frame for its own release, no more

    // Not typing: each letter is a shortcut, one a frame, in order.
    ImGui::GetIO().WantTextInput = false;
    letters("pn");
    const Seen first = rig.frame();
    CHECK(first.wentDown == std::vector<int>{'P'});
    const Seen second = rig.frame();
    CHECK(second.wentDown == std::vector<int>{'N'});
}

TEST_CASE("a whole round typed before a single frame is drawn lands answer by answer", "[input]") {
    ConsoleRig rig;
    rig.conference.participants[3].attendance = cpc::Attendance::Attended;
    rig.conference.participants[4].attendance = cpc::Attendance::Attended;
    rig.state.phase = cpc::ui::Phase::Scaling;
    rig.settle();
    rig.ctrl(cpc::ui::key::N);
    rig.settle();
    ImGui::SetCurrentContext(rig.ui.context);
    InputQueue queue;
    // Key down, its character, key up: as GLFW reports a keyboard.
    auto key = [&](int k, unsigned ch) {
        queue.onKey(k, GLFW_PRESS);
        if (ch) queue.onChar(ch);
        queue.onKey(k, GLFW_RELEASE);
    };
    for (const char* answer : {"1", "10", "d", "7", "3"}) {
        for (const char* c = answer; *c; ++c)
            key(std::toupper(static_cast<unsigned char>(*c)), static_cast<unsigned char>(*c));
        key(GLFW_KEY_ENTER, 0);
    }
    for (int frame = 0; frame < 60 && (queue.pending() || frame < 50); ++frame) {
        queue.beforeFrame(ImGui::GetIO());
        rig.ui.frame(rig.drawer());
    }
    CHECK_FALSE(queue.pending());
    const auto answers = rig.edits<cpc::edit::RecordAnswer>();
    REQUIRE(answers.size() == 5);
    const std::vector<std::optional<int>> scores{1, 10, std::nullopt, 7, 3};
    for (std::size_t i = 0; i < 5; ++i) {
        INFO(i);
        CHECK(answers[i].answer.score == scores[i]);
        CHECK(answers[i].answer.participant == rig.conference.participants[i].id);
    }
}

TEST_CASE("after Tab, what is typed waits until the field Tab moved to can take it", "[input]") {
    Rig rig;
    rig.tap(GLFW_KEY_TAB);
    rig.type("14/06/2016");
    const Seen tab = rig.frame();
    CHECK(tab.wentDown == std::vector<int>{GLFW_KEY_TAB});
    CHECK(tab.typed.empty());
    CHECK(rig.frame().typed.empty()); // the frame the next field takes the keyboard
    CHECK(rig.frame().typed == "14/06/2016");
}

TEST_CASE("Esc never shares a frame with the characters typed before it", "[input]") {
    Rig rig;
    ImGui::GetIO().WantTextInput = true;
    rig.type("words");
    rig.tap(GLFW_KEY_ESCAPE);
    const Seen typed = rig.frame();
    CHECK(typed.typed == "words");
    CHECK(typed.wentDown.empty());
    CHECK(rig.frame().wentDown == std::vector<int>{GLFW_KEY_ESCAPE});
}

TEST_CASE("a shortcut key's own character comes in its frame, for the shortcut to take",
          "[input]") {
    Rig rig;
    ImGui::GetIO().WantTextInput = false;
    rig.queue.onKey(GLFW_KEY_X, GLFW_PRESS);
    rig.queue.onChar('x');
    rig.queue.onKey(GLFW_KEY_X, GLFW_RELEASE);
    rig.type("so Mia");
    const Seen x = rig.frame();
    CHECK(x.wentDown == std::vector<int>{GLFW_KEY_X});
    CHECK(x.typed == "x"); // shortcut::fired takes it away from any field
    rig.frame();
    std::string later;
    for (int i = 0; i < 4; ++i)
        later += rig.frame().typed;
    CHECK(later == "so Mia");
}
