#pragma once
// Dear ImGui 1.86 reads the keyboard as "held down" flags once a frame (the
// event queue came in 1.87). Keys that come faster than frames, as from a
// fast typist while a frame is slow or from xdotool, would be merged or
// lost: "1, Enter, 2, Enter" in one frame would give one Enter and "12". So
// the console's keys and characters are queued as they arrive and given to
// ImGui in order, a frame at a time: a key goes down or up at most once a
// frame; a key that does something (Enter, Tab, a shortcut) goes down alone,
// and what is typed after it waits for the next frame. Letters typed into a
// field flow at full speed.

#include <imgui.h>
#include <vector>

namespace cpc::app {

class InputQueue {
  public:
    // From the window's GLFW callbacks (GLFW_PRESS / GLFW_RELEASE; repeats are ignored).
    void onKey(int key, int action);
    void onChar(unsigned codepoint);
    // Before a frame: as much of the queue as this frame can take, in order.
    void beforeFrame(ImGuiIO& io);
    // Events are still waiting: more frames are wanted.
    bool pending() const { return !events_.empty(); }

  private:
    struct Event {
        bool isChar;
        int key;            // a key's code
        bool down;          // a key going down, or up
        unsigned codepoint; // a character
        bool paired;        // a character typed by the key pressed just before it
    };
    std::vector<Event> events_;
    long frame_ = 0;
    long charsFrom_ = 0; // the first frame characters may be given again after an action
};

} // namespace cpc::app
