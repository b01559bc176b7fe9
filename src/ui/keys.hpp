#pragma once
// Keys by number. Dear ImGui 1.86 indexes io.KeysDown by the platform's key
// codes; ours is GLFW, whose codes these are (app/ checks they still match).
// Panels use these instead of GLFW's header, which ui/ must not include.

#include <imgui.h>

namespace cpc::ui::key {

// Letters and digits are their ASCII capitals, as in GLFW.
constexpr int A = 'A', B = 'B', D = 'D', E = 'E', F = 'F', G = 'G', H = 'H', K = 'K', L = 'L',
              M = 'M', N = 'N', O = 'O', P = 'P', R = 'R', T = 'T', U = 'U', W = 'W', X = 'X',
              V = 'V', Y = 'Y', Z = 'Z';
constexpr int D0 = '0', D1 = '1', D2 = '2', D3 = '3', D4 = '4', D5 = '5', D6 = '6', D7 = '7',
              D8 = '8', D9 = '9';
constexpr int Space = 32, Minus = 45, Equal = 61, Slash = 47;
constexpr int Escape = 256, Enter = 257, Tab = 258, Backspace = 259, Insert = 260, Delete = 261,
              Right = 262, Left = 263, Down = 264, Up = 265, PageUp = 266, PageDown = 267,
              Home = 268, End = 269;
constexpr int F1 = 290, F2 = 291, F5 = 294, F11 = 300;
constexpr int KeypadEnter = 335, KeypadAdd = 334, KeypadSubtract = 333;

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
