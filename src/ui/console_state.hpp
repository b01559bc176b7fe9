#pragma once
// The console's own state: what the chair has selected and half-typed. It
// lives outside the panels (Dear ImGui style) so that panels are functions of
// (what to show, this state) and tests can set it up and read it back.

#include "domain/conference.hpp"
#include "ui/intent.hpp"
#include "ui/phase.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc::ui {

// How the projector names who said something.
enum class NameStyle { Name, Role };

// The chair's controls over the projected picture.
struct ProjectorControl {
    ProjectorMode mode = ProjectorMode::Window;
    bool frozen = false;     // keeps showing the last picture while the chair edits
    bool blank = false;      // a calm neutral screen
    bool presenting = false; // one screen: the console shows the projector view
    int page = 0;            // when the board is longer than one screen
    NameStyle names = NameStyle::Name;
    // What the Scaling and Decision phases put on the screen, chosen by the chair.
    std::optional<Id> round;         // the scaling round shown; empty: the latest
    std::optional<Id> decisionChild; // the decision shown; empty: none yet
    bool showDecision = false;       // decisions appear only when the chair says so
};

// What the last export wrote, or why it could not.
struct ExportOutcome {
    std::vector<std::string> files;
    std::string error;
};

// The quick-entry line of the Information phase and what the next item gets.
struct BoardEntry {
    std::string text;
    Column column = Column::Worried;
    std::optional<Id> source;  // sticky: people often say several things in a row
    std::vector<Id> children;  // empty: all children
    std::optional<Tag> tag;    // cleared after each item
    bool confidential = false; // cleared after each item
    bool wantFocus = true;     // give the line keyboard focus on the next frame
};

// Picking a person by typing part of their name.
struct PersonPicker {
    bool open = false;
    std::string filter;
    int highlighted = 0;
    bool wantFocus = false; // give the filter keyboard focus on the next frame
};

struct BoardSelection {
    std::optional<Id> item;    // selected with the arrow keys or a click
    std::optional<Id> editing; // being edited in place
    std::string editText;
    bool wantFocus = false; // give the in-place editor keyboard focus on the next frame
};

struct IntroductionsState {
    std::optional<Id> selected;
    std::string reason; // for "asked to leave" / "excluded"
    bool askingReason = false;
    Participant newcomer; // someone who turned up unannounced
    bool addingNewcomer = false;
    bool wantFocus = false; // give the reason or the newcomer's name keyboard focus next frame
};

struct PrepareState {
    int tab = 0;
    Child newChild;
    Adult newAdult;
    Participant newParticipant;
    Report newReport;
    // The conference details as being edited; reloaded from the record while
    // not dirty, so that undo shows through.
    Details details;
    bool detailsDirty = false;
    // Dates as typed (YYYY-MM-DD, or YYYY-MM-DD HH:MM for the start), kept as
    // text so that a wrong one can be shown and corrected rather than lost.
    std::string startText, strategyText, previousText;
    std::string childBirth, adultBirth, reportReceived;
    std::string error;      // why the last save was refused, in words
    bool wantFocus = false; // give the open form's first field keyboard focus next frame
};

struct ConsoleState {
    Phase phase = Phase::Information;
    BoardEntry entry;
    PersonPicker sourcePicker;
    BoardSelection selection;
    IntroductionsState introductions;
    PrepareState prepare;
    ProjectorControl projector;
    Theme theme = Theme::Light;
    bool showHelp = false;
    ExportOutcome exported; // filled in by app/ after an Export intent
    std::string refused;    // the last edit app/ could not apply, in words; empty: none
};

} // namespace cpc::ui
