// Every key reaches the field it was typed into, in order, at any speed:
// recorded key timings replayed through the real input queue into the
// console, frame by frame, as the window's loop gives them. Down to 10 ms a
// key (faster than a frame), across Tab, Enter, Esc and the keys that open
// fields, whose own character never lands in the field they open.

#include "app/window_input_queue.hpp"
#include "support/console_rig.hpp"

#include <GLFW/glfw3.h>
#include <catch2/catch.hpp>
#include <cctype>
#include <string>

using namespace cpc;
using cpc::app::InputQueue;

namespace {

constexpr double frameMs = 1000.0 / 60;

// A keyboard at a steady speed: each key's press, its character, its
// release, as GLFW reports them; frames are drawn as time passes, and
// always at least one after the last key.
struct Typist {
    ConsoleRig& rig;
    double msPerKey;
    InputQueue queue;
    double clock = 0, drawnUpTo = 0;

    void frames() {
        while (drawnUpTo + frameMs <= clock) {
            drawnUpTo += frameMs;
            ImGui::SetCurrentContext(rig.ui.context);
            queue.beforeFrame(ImGui::GetIO());
            rig.ui.frame(rig.drawer());
        }
    }
    void key(int glfwKey, unsigned ch = 0, bool shift = false, bool ctrl = false) {
        if (ctrl) queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_PRESS);
        if (shift) queue.onKey(GLFW_KEY_LEFT_SHIFT, GLFW_PRESS);
        queue.onKey(glfwKey, GLFW_PRESS);
        if (ch) queue.onChar(ch);
        queue.onKey(glfwKey, GLFW_RELEASE);
        if (shift) queue.onKey(GLFW_KEY_LEFT_SHIFT, GLFW_RELEASE);
        if (ctrl) queue.onKey(GLFW_KEY_LEFT_CONTROL, GLFW_RELEASE);
        clock += msPerKey;
        frames();
    }
    void type(std::string_view text) {
        for (char ch : text) {
            const auto u = static_cast<unsigned char>(ch);
            const bool upper = std::isupper(u) != 0;
            key(std::toupper(u), u, upper);
        }
    }
    void tab() { key(GLFW_KEY_TAB); }
    void enter() { key(GLFW_KEY_ENTER); }
    void escape() { key(GLFW_KEY_ESCAPE); }
    void ctrl(int k) { key(k, 0, false, true); }
    // The rest of the queue, as the loop draws while anything is pending.
    void finish() {
        for (int i = 0; i < 200 && (queue.pending() || i < 6); ++i) {
            clock += frameMs;
            frames();
        }
        REQUIRE_FALSE(queue.pending());
    }
};

const double speeds[] = {60, 25, 10};

} // namespace

TEST_CASE("a child's form filled with Tab between fields keeps every key", "[typing]") {
    for (double ms : speeds) {
        CAPTURE(ms);
        ConsoleRig rig;
        rig.state.phase = ui::Phase::Prepare;
        rig.state.prepare.tab = 1; // Children
        rig.state.prepare.wantFocus = true;
        rig.settle();
        Typist t{rig, ms};
        t.type("Ava Smith");
        t.tab();
        t.type("14/06/2016");
        t.tab();
        t.type("12 Elm Road");
        t.enter();
        t.finish();
        const auto put = rig.edits<edit::PutChild>();
        REQUIRE(put.size() == 1);
        CHECK(put[0].child.name == "Ava Smith");
        CHECK(put[0].child.dateOfBirth == parseDate("2016-06-14"));
        CHECK(put[0].child.address == "12 Elm Road");
    }
}

TEST_CASE("the key that opens a field is not typed into it", "[typing]") {
    for (double ms : speeds) {
        CAPTURE(ms);
        ConsoleRig rig;
        rig.state.phase = ui::Phase::Introductions;
        rig.settle();
        Typist t{rig, ms};
        t.key(GLFW_KEY_DOWN); // Sam Patel, in the room
        t.key(GLFW_KEY_X, 'x');
        t.type("so Mia can speak freely");
        t.enter();
        t.finish();
        const auto left = rig.edits<edit::MarkDeparture>();
        REQUIRE(left.size() == 1);
        CHECK(left[0].askedToLeave == "so Mia can speak freely");
    }
}

TEST_CASE("words typed just before Esc are kept", "[typing]") {
    for (double ms : {25.0, 10.0, 5.0}) {
        CAPTURE(ms);
        ConsoleRig rig;
        for (auto& p : rig.conference.participants) {
            p.attendance = Attendance::Attended;
            p.presence = {Presence{at("2026-03-02T10:00"), std::nullopt, ""}};
        }
        Decision d;
        d.child = "c1";
        d.outcome = Outcome::Plan;
        d.categories = {Category::Emotional};
        d.reasons = "Reasons.";
        rig.conference.decisions.push_back(d);
        rig.state.phase = ui::Phase::Decision;
        rig.settle();
        Typist t{rig, ms};
        t.ctrl(GLFW_KEY_W); // the parents' view, in their words
        t.type("Jo says Mia is safe with her");
        t.escape();
        t.finish();
        REQUIRE(parentsViewOf(*findDecision(rig.conference, "c1"), "p3"));
        CHECK(parentsViewOf(*findDecision(rig.conference, "c1"), "p3")->text ==
              "Jo says Mia is safe with her");
    }
}
