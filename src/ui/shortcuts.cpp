#include "ui/shortcuts.hpp"

#include "ui/keys.hpp"

#include <array>

namespace cpc::ui::shortcut {
namespace {

using C = Command;
using S = Scope;
namespace k = key;

// clang-format off
constexpr std::array table{
    Shortcut{C::ToggleHelp, S::Everywhere, k::F1, false, false, "Show or hide this list of shortcuts"},
    Shortcut{C::ToggleHelp, S::Everywhere, k::Slash, true, false, "Show or hide this list of shortcuts"},
    Shortcut{C::PreviousPhase, S::Everywhere, k::PageUp, true, false, "Previous phase of the meeting"},
    Shortcut{C::NextPhase, S::Everywhere, k::PageDown, true, false, "Next phase of the meeting"},
    Shortcut{C::Undo, S::Everywhere, k::Z, true, false, "Undo the last change to the record"},
    Shortcut{C::Redo, S::Everywhere, k::Z, true, true, "Redo what was undone"},
    Shortcut{C::Redo, S::Everywhere, k::Y, true, false, "Redo what was undone"},
    Shortcut{C::Freeze, S::Everywhere, k::F, true, false, "Freeze or unfreeze the projector"},
    Shortcut{C::Blank, S::Everywhere, k::B, true, false, "Blank or show the projector"},
    Shortcut{C::Present, S::Everywhere, k::F5, false, false, "Presentation mode: the projector view on this screen"},
    Shortcut{C::ZoomIn, S::Everywhere, k::Equal, true, false, "Larger text"},
    Shortcut{C::ZoomIn, S::Everywhere, k::KeypadAdd, true, false, "Larger text"},
    Shortcut{C::ZoomOut, S::Everywhere, k::Minus, true, false, "Smaller text"},
    Shortcut{C::ZoomOut, S::Everywhere, k::KeypadSubtract, true, false, "Smaller text"},
    Shortcut{C::ZoomReset, S::Everywhere, k::D0, true, false, "Text back to normal size"},
    Shortcut{C::ProjectorPageBack, S::Everywhere, k::PageUp, false, false, "Projector: previous page"},
    Shortcut{C::ProjectorPageOn, S::Everywhere, k::PageDown, false, false, "Projector: next page"},

    Shortcut{C::AddItem, S::Information, k::Enter, false, false, "Add what was typed to the current column"},
    Shortcut{C::NextColumn, S::Information, k::Tab, false, false, "Next column"},
    Shortcut{C::PreviousColumn, S::Information, k::Tab, false, true, "Previous column"},
    Shortcut{C::Column1, S::Information, k::D1, true, false, "Column 1: What are we worried about?"},
    Shortcut{C::Column2, S::Information, k::D2, true, false, "Column 2: What's working well?"},
    Shortcut{C::Column3, S::Information, k::D3, true, false, "Column 3: What needs to happen?"},
    Shortcut{C::PickSource, S::Information, k::P, true, false, "Who said it? Pick a person by typing their name"},
    Shortcut{C::CycleChild, S::Information, k::K, true, false, "Which child: all, then each child in turn"},
    Shortcut{C::CycleTag, S::Information, k::T, true, false, "Tag: none, fact, observation, allegation, opinion"},
    Shortcut{C::ToggleConfidential, S::Information, k::H, true, false, "Confidential (never projected) on or off"},
    Shortcut{C::SelectUp, S::Information, k::Up, false, false, "With the line empty: select the item above"},
    Shortcut{C::SelectDown, S::Information, k::Down, false, false, "With the line empty: select the item below"},

    Shortcut{C::EditItem, S::SelectedItem, k::Enter, false, false, "Edit it in place (Enter saves, Esc cancels)"},
    Shortcut{C::EditItem, S::SelectedItem, k::F2, false, false, "Edit it in place (Enter saves, Esc cancels)"},
    Shortcut{C::MoveItemUp, S::SelectedItem, k::Up, true, false, "Move it up the column"},
    Shortcut{C::MoveItemDown, S::SelectedItem, k::Down, true, false, "Move it down the column"},
    Shortcut{C::MoveItemLeft, S::SelectedItem, k::Left, true, false, "Move it to the column on the left"},
    Shortcut{C::MoveItemRight, S::SelectedItem, k::Right, true, false, "Move it to the column on the right"},
    Shortcut{C::DeleteItem, S::SelectedItem, k::Delete, false, false, "Delete it (Ctrl+Z brings it back)"},
    Shortcut{C::BackToLine, S::SelectedItem, k::Escape, false, false, "Back to the typing line"},

    Shortcut{C::PickerUp, S::Picker, k::Up, false, false, "Highlight the person above"},
    Shortcut{C::PickerDown, S::Picker, k::Down, false, false, "Highlight the person below"},
    Shortcut{C::PickerChoose, S::Picker, k::Enter, false, false, "Pick the highlighted person"},
    Shortcut{C::PickerCancel, S::Picker, k::Escape, false, false, "Close without changing"},

    Shortcut{C::PersonUp, S::Introductions, k::Up, false, false, "Select the person above"},
    Shortcut{C::PersonDown, S::Introductions, k::Down, false, false, "Select the person below"},
    Shortcut{C::Arrived, S::Introductions, k::A, false, false, "Arrived now"},
    Shortcut{C::Left, S::Introductions, k::L, false, false, "Left now"},
    Shortcut{C::AskedToLeave, S::Introductions, k::X, false, false, "Asked to leave (or excluded): asks for the reason"},
    Shortcut{C::Apologies, S::Introductions, k::P, false, false, "Sent apologies"},
    Shortcut{C::DidNotAttend, S::Introductions, k::N, false, false, "Did not attend"},
    Shortcut{C::Newcomer, S::Introductions, k::N, true, false, "Someone not on the list has arrived"},
    Shortcut{C::RoleUp, S::IntroductionsForm, k::Up, false, false, "The newcomer's role: the one above"},
    Shortcut{C::RoleDown, S::IntroductionsForm, k::Down, false, false, "The newcomer's role: the one below"},
    Shortcut{C::ConfirmForm, S::IntroductionsForm, k::Enter, false, false, "Record the reason, or add the newcomer"},
    Shortcut{C::CancelForm, S::IntroductionsForm, k::Escape, false, false, "Cancel the reason or the newcomer"},

    Shortcut{C::ConferenceUp, S::StartScreen, k::Up, false, false, "Select the conference above"},
    Shortcut{C::ConferenceDown, S::StartScreen, k::Down, false, false, "Select the conference below"},
    Shortcut{C::OpenConference, S::StartScreen, k::Enter, false, false, "Open the selected conference"},
    Shortcut{C::NewConference, S::StartScreen, k::N, true, false, "New conference"},
    Shortcut{C::CreateConference, S::NewConferenceForm, k::Enter, false, false, "Create it"},
    Shortcut{C::CancelNewConference, S::NewConferenceForm, k::Escape, false, false, "Cancel"},
};
// clang-format on

bool repeats(int k) {
    return k == key::Up || k == key::Down || k == key::Left || k == key::Right ||
           k == key::PageUp || k == key::PageDown;
}

std::string keyName(int k) {
    switch (k) {
    case key::F1:
        return "F1";
    case key::F2:
        return "F2";
    case key::F5:
        return "F5";
    case key::Slash:
        return "/";
    case key::Equal:
        return "=";
    case key::Minus:
        return "-";
    case key::KeypadAdd:
        return "Keypad +";
    case key::KeypadSubtract:
        return "Keypad -";
    case key::PageUp:
        return "Page Up";
    case key::PageDown:
        return "Page Down";
    case key::Enter:
        return "Enter";
    case key::Tab:
        return "Tab";
    case key::Escape:
        return "Esc";
    case key::Delete:
        return "Delete";
    case key::Up:
        return "Up";
    case key::Down:
        return "Down";
    case key::Left:
        return "Left";
    case key::Right:
        return "Right";
    default:
        return std::string(1, static_cast<char>(k));
    }
}

} // namespace

std::span<const Shortcut> shortcuts() {
    return table;
}

bool fired(Command command) {
    const ImGuiIO& io = ImGui::GetIO();
    for (const auto& s : table)
        if (s.command == command && io.KeyCtrl == s.ctrl && io.KeyShift == s.shift && !io.KeyAlt &&
            ImGui::IsKeyPressed(s.key, repeats(s.key)))
            return true;
    return false;
}

std::string keyLabel(const Shortcut& s) {
    return std::string(s.ctrl ? "Ctrl+" : "") + (s.shift ? "Shift+" : "") + keyName(s.key);
}

std::string keysFor(Command command) {
    std::string out;
    for (const auto& s : table)
        if (s.command == command) out += (out.empty() ? "" : " or ") + keyLabel(s);
    return out;
}

std::string_view scopeLabel(Scope scope) {
    switch (scope) {
    case Scope::Everywhere:
        return "Everywhere";
    case Scope::Information:
        return "Information: the typing line";
    case Scope::SelectedItem:
        return "Information: a selected item";
    case Scope::Picker:
        return "Who said it? (the person picker)";
    case Scope::Introductions:
        return "Introductions and attendance";
    case Scope::IntroductionsForm:
        return "Introductions: asking a reason, or adding a newcomer";
    case Scope::StartScreen:
        return "Start screen";
    case Scope::NewConferenceForm:
        return "Start screen: a new conference";
    }
    return {};
}

} // namespace cpc::ui::shortcut
