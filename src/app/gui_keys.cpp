// ui/keys.hpp names keys by number so the panels need not include GLFW; the
// numbers are GLFW's because the 1.86 backend indexes io.KeysDown by them.
// If GLFW ever renumbered, the build stops here rather than keys going astray.
#include "ui/widgets/keys.hpp"

#include <GLFW/glfw3.h>

namespace key = cpc::ui::key;

static_assert(GLFW_KEY_A == key::A && GLFW_KEY_B == key::B && GLFW_KEY_D == key::D &&
              GLFW_KEY_E == key::E && GLFW_KEY_F == key::F && GLFW_KEY_H == key::H &&
              GLFW_KEY_K == key::K && GLFW_KEY_L == key::L && GLFW_KEY_N == key::N &&
              GLFW_KEY_P == key::P && GLFW_KEY_R == key::R && GLFW_KEY_T == key::T &&
              GLFW_KEY_X == key::X && GLFW_KEY_Y == key::Y && GLFW_KEY_Z == key::Z);
static_assert(GLFW_KEY_0 == key::D0 && GLFW_KEY_1 == key::D1 && GLFW_KEY_2 == key::D2 &&
              GLFW_KEY_3 == key::D3 && GLFW_KEY_4 == key::D4 && GLFW_KEY_5 == key::D5 &&
              GLFW_KEY_6 == key::D6 && GLFW_KEY_7 == key::D7 && GLFW_KEY_8 == key::D8 &&
              GLFW_KEY_9 == key::D9);
static_assert(GLFW_KEY_SPACE == key::Space && GLFW_KEY_MINUS == key::Minus &&
              GLFW_KEY_EQUAL == key::Equal && GLFW_KEY_SLASH == key::Slash);
static_assert(GLFW_KEY_ESCAPE == key::Escape && GLFW_KEY_ENTER == key::Enter &&
              GLFW_KEY_TAB == key::Tab && GLFW_KEY_BACKSPACE == key::Backspace &&
              GLFW_KEY_INSERT == key::Insert && GLFW_KEY_DELETE == key::Delete);
static_assert(GLFW_KEY_RIGHT == key::Right && GLFW_KEY_LEFT == key::Left &&
              GLFW_KEY_DOWN == key::Down && GLFW_KEY_UP == key::Up &&
              GLFW_KEY_PAGE_UP == key::PageUp && GLFW_KEY_PAGE_DOWN == key::PageDown &&
              GLFW_KEY_HOME == key::Home && GLFW_KEY_END == key::End);
static_assert(GLFW_KEY_F1 == key::F1 && GLFW_KEY_F2 == key::F2 && GLFW_KEY_F5 == key::F5 &&
              GLFW_KEY_F11 == key::F11);
static_assert(GLFW_KEY_KP_ENTER == key::KeypadEnter && GLFW_KEY_KP_ADD == key::KeypadAdd &&
              GLFW_KEY_KP_SUBTRACT == key::KeypadSubtract);
