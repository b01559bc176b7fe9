#pragma once
// The shortcut table (ui/contract/shortcuts.hpp) read against this frame's
// keys, through Dear ImGui.

#include "ui/contract/shortcuts.hpp"

namespace cpc::ui::shortcut {

// True on the frame one of the command's keys is pressed with exactly its
// modifiers (held keys repeat for moves, not for toggles).
bool fired(Command command);

} // namespace cpc::ui::shortcut
