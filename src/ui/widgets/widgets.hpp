#pragma once
// Small drawing helpers the console's panels share: text that is also
// recorded in a TextLog (tests read what a person would read), headings,
// keyboard-friendly input lines, and the words for people, children and times.

#include "domain/conference.hpp"
#include "ui/fonts/fonts.hpp"
#include "ui/widgets/text_log.hpp"

#include <chrono>
#include <imgui.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::ui::widget {

// Every size is a multiple of the font size (ARCHITECTURE.md rule 4).
inline float em() {
    return ImGui::GetFontSize();
}

// While alive, child windows begun are not painted: they lie on the colour
// of the pane that holds them (panels.hpp says why that matters).
class OnPane {
  public:
    OnPane() { ImGui::PushStyleColor(ImGuiCol_ChildBg, 0u); }
    ~OnPane() { ImGui::PopStyleColor(); }
    OnPane(const OnPane&) = delete;
    OnPane& operator=(const OnPane&) = delete;
};

// While alive, every string drawn through these helpers is also added to `log`.
// Panels open one each, so they log whether drawn by the console or alone.
class LogScope {
  public:
    explicit LogScope(TextLog* log);
    ~LogScope();
    LogScope(const LogScope&) = delete;
    LogScope& operator=(const LogScope&) = delete;

  private:
    TextLog* previous_;
};
void record(std::string_view text);

void text(std::string_view s);
void text(std::string_view s, ImU32 colour);
void wrapped(std::string_view s);
void wrapped(std::string_view s, ImU32 colour);
// A heading in the bold face when there is one.
void heading(const Fonts* fonts, std::string_view s);
void heading(const Fonts* fonts, std::string_view s, ImU32 colour);
bool button(std::string_view label);
// A button that does nothing and looks it when `enabled` is false.
bool button(std::string_view label, bool enabled);
// Call between buttons of a row: the next one goes on this line if it fits.
void sameLineIfFits(std::string_view nextLabel);

// A one-line text field that does not keep its own undo (Ctrl+Z belongs to
// the record). When `wantFocus` is set it takes the keyboard, with the cursor
// at the end rather than everything selected (ImGui 1.86 selects all on
// focus), and clears the flag. A field focused on the frame Enter or Esc is
// pressed would act on that key at once, so focus waits a frame then.
// A field takes the keyboard a frame after it asks; what is typed in between
// would be lost. Call before drawing a field that has asked (or is asking) for
// the keyboard: the characters go into `value`. Never lose a word.
void keepTypedBeforeFocus(std::string& value, bool focusPending);

bool inputLine(const char* id, std::string& text, bool& wantFocus, const char* hint = nullptr,
               ImGuiInputTextFlags flags = 0);

// Words for people, children and time.
// ImGui 1.86 selects everything in a field it focuses, so the next key would
// replace the chair's words. Pass cursorToEnd as the InputText callback with a
// CursorRequest whose flag is set on focus: the cursor goes to the end instead.
struct CursorRequest {
    ImGuiStorage* storage;
    ImGuiID key;
};
int cursorToEnd(ImGuiInputTextCallbackData* data);

// At most `chars` characters (whole UTF-8 sequences), with "…" when cut.
std::string shortened(const std::string& text, std::size_t chars);
std::string childWithAge(const Child& child, Date today);                // "Mia (7)"
std::string childNames(const Conference& c, const std::vector<Id>& ids); // "Mia, Leo"
std::string personName(const Conference& c, const Id& id);
std::string personWithRole(const Conference& c, const Id& id); // "Grace Hill (Health visitor)"
std::string clockTime(DateTime t);                             // "10:05"
std::string hoursMinutes(std::chrono::minutes m);              // "1:52"

// A reader's problem ("there is no 31 February 2026") as a sentence to show.
std::string sentence(std::string_view problem);

} // namespace cpc::ui::widget
