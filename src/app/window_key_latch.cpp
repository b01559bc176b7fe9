#include "app/window_key_latch.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>

namespace cpc::app {
namespace {

bool contains(const std::vector<int>& keys, int key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// As the 1.86 GLFW backend computes them, from the keys down.
void modifiersFromKeys(ImGuiIO& io) {
    auto down = [&](int a, int b) { return io.KeysDown[a] || io.KeysDown[b]; };
    io.KeyCtrl = down(GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL);
    io.KeyShift = down(GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT);
    io.KeyAlt = down(GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT);
    io.KeySuper = down(GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER);
}

} // namespace

void KeyLatch::onKey(int key, int action) {
    constexpr int keys = sizeof(ImGuiIO::KeysDown) / sizeof(ImGuiIO::KeysDown[0]);
    if (key < 0 || key >= keys) return;
    if (action == GLFW_PRESS && !contains(pressed_, key)) pressed_.push_back(key);
    if (action == GLFW_RELEASE && contains(pressed_, key) && !contains(missed_, key))
        missed_.push_back(key);
}

void KeyLatch::beforeFrame(ImGuiIO& io) {
    for (int key : missed_)
        if (!io.KeysDown[key]) {
            io.KeysDown[key] = true;
            held_.push_back(key);
        }
    if (!held_.empty()) modifiersFromKeys(io);
    pressed_.clear();
    missed_.clear();
}

void KeyLatch::afterFrame(ImGuiIO& io) {
    if (held_.empty()) return;
    for (int key : held_)
        io.KeysDown[key] = false;
    held_.clear();
    modifiersFromKeys(io);
}

} // namespace cpc::app
