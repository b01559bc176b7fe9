#pragma once
// Dear ImGui 1.86 reads keys as "held down" flags once a frame (the event
// queue came in 1.87). A press and its release that arrive between two frames
// (a quick tap while the loop sleeps, a tool such as xdotool) would never be
// seen: the Enter that adds an item would be lost. The latch holds such a key
// down for one frame, with the modifiers that were down with it.

#include <imgui.h>
#include <vector>

namespace cpc::app {

class KeyLatch {
  public:
    // From the window's GLFW key callback.
    void onKey(int key, int action);
    // Around the frame: holds down the keys that came and went unseen, then lets them go.
    void beforeFrame(ImGuiIO& io);
    void afterFrame(ImGuiIO& io);

  private:
    std::vector<int> pressed_; // since the last frame
    std::vector<int> missed_;  // pressed and released since the last frame
    std::vector<int> held_;    // held down by us for this frame
};

} // namespace cpc::app
