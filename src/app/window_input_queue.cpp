#include "app/window_input_queue.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>

namespace cpc::app {
namespace {

// As the 1.86 GLFW backend computes them, from the keys down.
void modifiersFromKeys(ImGuiIO& io) {
    auto down = [&](int a, int b) { return io.KeysDown[a] || io.KeysDown[b]; };
    io.KeyCtrl = down(GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL);
    io.KeyShift = down(GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT);
    io.KeyAlt = down(GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT);
    io.KeySuper = down(GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER);
}

constexpr int keyCount = sizeof(ImGuiIO::KeysDown) / sizeof(ImGuiIO::KeysDown[0]);

bool isModifier(int key) {
    return key >= GLFW_KEY_LEFT_SHIFT && key <= GLFW_KEY_RIGHT_SUPER;
}

// A key that types a character: letters, digits, punctuation, the keypad's digits.
bool isTextKey(int key) {
    return (key >= GLFW_KEY_SPACE && key <= GLFW_KEY_WORLD_2) ||
           (key >= GLFW_KEY_KP_0 && key <= GLFW_KEY_KP_ADD) || key == GLFW_KEY_KP_EQUAL;
}

} // namespace

// Frames an action's focus change takes: the frame it goes down, and the
// frame a field it moves to takes the keyboard (and drops characters).
constexpr long settleFrames = 2;

void InputQueue::onKey(int key, int action) {
    if (key < 0 || key >= keyCount || (action != GLFW_PRESS && action != GLFW_RELEASE)) return;
    events_.push_back({false, key, action == GLFW_PRESS, 0, false});
}

void InputQueue::onChar(unsigned codepoint) {
    // GLFW reports a key's character straight after the key itself.
    const bool paired = !events_.empty() && !events_.back().isChar && events_.back().down &&
                        isTextKey(events_.back().key);
    events_.push_back({true, 0, false, codepoint, paired});
}

void InputQueue::beforeFrame(ImGuiIO& io) {
    ++frame_;
    std::vector<int> changed; // keys that went down or up this frame
    bool actionDown = false;  // a key that does something (Enter, Tab, a shortcut) went down
    bool typed = false;       // characters were given this frame
    std::size_t taken = 0;
    for (; taken < events_.size(); ++taken) {
        const Event& e = events_[taken];
        if (e.isChar) {
            // The shortcut key's own character comes with it; anything typed
            // after an action waits for the focus it moved to settle.
            const bool ownCharacter =
                actionDown && e.paired && taken > 0 && !events_[taken - 1].isChar;
            if (!ownCharacter && (actionDown || frame_ < charsFrom_)) break;
            io.AddInputCharacter(e.codepoint);
            typed = true;
            continue;
        }
        if (actionDown) break; // one action a frame, and nothing after it: order kept
        // Into a text field, letters are just typing: as many as came.
        const bool typing =
            io.WantTextInput && isTextKey(e.key) && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper;
        if (!typing) {
            // Seen down for a frame before up, and up for a frame before down again.
            if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
            if (e.down && !isModifier(e.key)) {
                // Esc takes the field's focus before its characters are kept.
                if (e.key == GLFW_KEY_ESCAPE && typed) break;
                actionDown = true;
                charsFrom_ = frame_ + settleFrames;
            }
            changed.push_back(e.key);
        }
        io.KeysDown[e.key] = e.down;
        modifiersFromKeys(io);
    }
    events_.erase(events_.begin(), events_.begin() + static_cast<std::ptrdiff_t>(taken));
}

} // namespace cpc::app
