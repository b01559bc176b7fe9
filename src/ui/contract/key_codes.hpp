#pragma once
// Keys by number: GLFW's key codes, which Dear ImGui 1.86 indexes io.KeysDown
// by (app/ checks they still match). Plain numbers, so that the shortcut table
// and whatever lists it (the help, the session's messages) need no ImGui.

namespace cpc::ui::key {

// Letters and digits are their ASCII capitals, as in GLFW.
constexpr int A = 'A', B = 'B', C = 'C', D = 'D', E = 'E', F = 'F', G = 'G', H = 'H', K = 'K', L = 'L',
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

} // namespace cpc::ui::key
