#pragma once
// What each panel is given to show: read-only, built by app/ each frame.

#include "domain/conference.hpp"
#include "domain/quorum.hpp"
#include "domain/rules.hpp"
#include "ui/contract/console_state.hpp"

#include <string>
#include <vector>

namespace cpc::ui {

struct Fonts;
struct TextLog;

struct ConsoleView {
    const Conference& conference;
    DateTime now;                  // the room's clock
    Quorum quorum;                 // at `now`
    std::vector<Finding> findings; // rules' findings at `now`
    bool saved = true;             // everything typed is on disk
    // Why saving fails, in words, and how many changes are on screen only;
    // empty and 0 when everything is on disk. A banner says so.
    std::string saveProblem;
    int unsaved = 0;
    bool readOnly = false;  // the file opened read-only: nothing will be saved by waiting
    std::string copyFolder; // where a copy can go instead: removable media, else home
    std::string undoLabel;  // what Ctrl+Z would undo, in words; empty: nothing
    std::string redoLabel;
    int projectorPages = 1; // pages the projector needs for the current phase
    const Fonts* fonts = nullptr;
    TextLog* log = nullptr; // tests: every string drawn is recorded here
    // The conference this one reviews, when it is a review and that one is in
    // the file: for comparing scaling and marking last plan's actions.
    const Conference* previous = nullptr;
    std::string exportFolder;        // where Export writes by default, shown to the chair
    bool areaProfileMatches = false; // the conference's settings are the area profile's
    // Names this state of the conference (storage::newRevision): panels keep
    // what they work out from it while it stays the same. 0: every frame.
    long long revision = 0;
};

struct ProjectorView {
    const Conference& conference;
    Phase phase = Phase::Information;
    NameStyle names = NameStyle::Name;
    int page = 0;
    bool blank = false;
    const Fonts* fonts = nullptr;
    TextLog* log = nullptr;               // tests: every string drawn is recorded here
    Theme theme = Theme::Light;           // light by default: projectors wash out dark themes
    const Conference* previous = nullptr; // see ConsoleView::previous
    std::optional<Id> round;              // ProjectorControl::round
    std::optional<Id> decisionChild;      // ProjectorControl::decisionChild, when shown
    // The room's clock: a blind round counts those in the room now, as the
    // console does (countedFor).
    DateTime now{};
    // Names this state of the conference (storage::newRevision): the layout
    // is reused while it, the screen and the rest of this view stay the
    // same. 0: worked out afresh every frame.
    long long revision = 0;
};

// What the projector drew, for the console's page indicator.
struct ProjectorResult {
    int pages = 1;
    float bodySize = 0; // the text size it chose, in pixels
};

struct ConferenceEntry {
    Id id;
    std::string date; // "Thu 17 Dec 2026", or empty
    Kind kind = Kind::Initial;
    std::string title;
};

struct StartView {
    const std::vector<ConferenceEntry>& conferences;
    const Fonts* fonts = nullptr;
    TextLog* log = nullptr; // tests: every string drawn is recorded here
};

struct StartState {
    int selected = 0;
    Details draft;
    bool creating = false;
    std::string dateText;   // the new conference's date as typed: YYYY-MM-DD [HH:MM]
    std::string error;      // why "Create" was refused, in words
    bool wantFocus = false; // give the title field keyboard focus on the next frame
};

} // namespace cpc::ui
