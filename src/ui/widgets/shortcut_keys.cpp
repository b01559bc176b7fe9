// Whether a shortcut was pressed this frame, from Dear ImGui's input: the
// table itself (ui/contract/shortcuts.hpp) knows no ImGui.
#include "ui/widgets/shortcut_keys.hpp"

#include "ui/widgets/keys.hpp"

namespace cpc::ui::shortcut {
namespace {

bool repeats(int k) {
    return k == key::Up || k == key::Down || k == key::Left || k == key::Right ||
           k == key::PageUp || k == key::PageDown;
}
// A shortcut on a plain letter or digit types that character too; the key is
// the shortcut's, so its character is taken away before a field it opens (or
// any field) can take it: X (ask to leave) never puts an "x" in the reason.
void takeOwnCharacter(ImGuiIO& io, int key) {
    auto& typed = io.InputQueueCharacters;
    for (int i = 0; i < typed.Size; ++i) {
        const ImWchar ch = typed[i];
        const int upper = ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch;
        if (upper == key) {
            typed.erase(typed.Data + i);
            return;
        }
    }
}

} // namespace

bool fired(Command command) {
    ImGuiIO& io = ImGui::GetIO();
    for (const auto& s : shortcuts())
        if (s.command == command && io.KeyCtrl == s.ctrl && io.KeyShift == s.shift && !io.KeyAlt &&
            ImGui::IsKeyPressed(s.key, repeats(s.key))) {
            if (!s.ctrl && ((s.key >= 'A' && s.key <= 'Z') || (s.key >= '0' && s.key <= '9')))
                takeOwnCharacter(io, s.key);
            return true;
        }
    return false;
}

} // namespace cpc::ui::shortcut
