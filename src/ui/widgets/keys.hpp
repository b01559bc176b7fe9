#pragma once
// Keys as Dear ImGui reports them: pressed, with which modifiers. Panels use
// these and the key codes (ui/contract/key_codes.hpp) instead of GLFW's
// header, which ui/ must not include.

#include "ui/contract/key_codes.hpp"

#include <imgui.h>

namespace cpc::ui::key {

inline bool pressed(int k, bool repeat = true) {
    return ImGui::IsKeyPressed(k, repeat);
}
inline bool ctrl() {
    return ImGui::GetIO().KeyCtrl;
}
inline bool shift() {
    return ImGui::GetIO().KeyShift;
}
inline bool alt() {
    return ImGui::GetIO().KeyAlt;
}
// Ctrl+key and nothing else held (Shift counts as different).
inline bool ctrlPressed(int k) {
    return ctrl() && !shift() && !alt() && pressed(k);
}

// The mapping the GLFW backend installs, for contexts without it (tests).
inline void useGlfwKeyMap(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = Left;
    io.KeyMap[ImGuiKey_RightArrow] = Right;
    io.KeyMap[ImGuiKey_UpArrow] = Up;
    io.KeyMap[ImGuiKey_DownArrow] = Down;
    io.KeyMap[ImGuiKey_PageUp] = PageUp;
    io.KeyMap[ImGuiKey_PageDown] = PageDown;
    io.KeyMap[ImGuiKey_Home] = Home;
    io.KeyMap[ImGuiKey_End] = End;
    io.KeyMap[ImGuiKey_Insert] = Insert;
    io.KeyMap[ImGuiKey_Delete] = Delete;
    io.KeyMap[ImGuiKey_Backspace] = Backspace;
    io.KeyMap[ImGuiKey_Space] = Space;
    io.KeyMap[ImGuiKey_Enter] = Enter;
    io.KeyMap[ImGuiKey_Escape] = Escape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = KeypadEnter;
    io.KeyMap[ImGuiKey_A] = 'A';
    io.KeyMap[ImGuiKey_C] = 'C';
    io.KeyMap[ImGuiKey_V] = 'V';
    io.KeyMap[ImGuiKey_X] = 'X';
    io.KeyMap[ImGuiKey_Y] = 'Y';
    io.KeyMap[ImGuiKey_Z] = 'Z';
}

} // namespace cpc::ui::key
