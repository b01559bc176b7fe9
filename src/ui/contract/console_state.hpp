#pragma once
// The console's own state: what the chair has selected and half-typed. It
// lives outside the panels (Dear ImGui style) so that panels are functions of
// (what to show, this state) and tests can set it up and read it back.

#include "domain/conference.hpp"
#include "domain/disclosure.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/phase.hpp"

#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
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

// One pick list while it is open (ui/pick_list): what is typed and the row highlighted.
struct PickState {
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

// Something a panel asked the domain to add: the domain names new things
// (edit.hpp, identified), so the panel knows only where it will be in its
// list. The edits are applied between frames: on the next frame it is there,
// or it was refused.
struct Awaited {
    std::optional<std::size_t> index;
    // The id of what arrived at `index`, once; nullopt when nothing is awaited
    // or the edit was refused.
    template <class T> std::optional<Id> take(const std::vector<T>& list) {
        const auto at = index;
        index.reset();
        if (!at || *at >= list.size()) return std::nullopt;
        return list[*at].id;
    }
};

struct IntroductionsState {
    PickState role; // the newcomer's role, a pick list
    Awaited added;  // the newcomer just added, to select
    std::optional<Id> selected;
    // How the selected person will be marked as arriving; back to the room
    // once they have arrived or someone else is selected.
    PresenceMode joining = PresenceMode::Room;
    std::string reason; // for "asked to leave" / "excluded"
    bool askingReason = false;
    // The privacy check of a family member on a call, as being recorded.
    bool checkingPrivacy = false;
    std::optional<bool> canSpeakPrivately;
    std::string privacyNote;
    Participant newcomer; // someone who turned up unannounced
    bool addingNewcomer = false;
    bool wantFocus = false; // give the reason or the newcomer's name keyboard focus next frame
};

struct PrepareState {
    PickState role;  // the invited person's role, a pick list
    PickState adult; // the household adult the invited person is
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
    std::string childBirth, adultBirth, reportReceived, reportShared;
    Settings settings; // the area's settings as being edited
    bool settingsDirty = false;
    std::string error;      // why the last save was refused, in words
    bool wantFocus = false; // give the open form's first field keyboard focus next frame
};

// The Scaling phase: the round selected (the projector shows it too), whose
// answer the line records, and the answer as typed: "7 better at school",
// "10", or "D" for declined.
// A reveal the chair was asked to confirm: this round, with this many answers.
struct RevealAsked {
    Id round;
    std::size_t answers = 0;
    bool operator==(const RevealAsked&) const = default;
};

// The words of a scaling round the chair can change.
enum class Wording { Question, Low, High };

struct ScalingState {
    Awaited started; // the first of the rounds just started, to select
    std::optional<Id> round;
    std::optional<Id> person;
    std::string answer;
    bool wantFocus = true; // give the answer line keyboard focus on the next frame
    std::string message;   // what the last key could not do, in words
    PickState picker;      // Ctrl+P: who is answering, by part of their name
    PickState worryPicker; // Ctrl+Shift+N: which worry on the board to scale
    // The selected round's wording while the chair types in one of its
    // fields; saved with Enter or on leaving the field.
    std::optional<Wording> editing;
    std::string draft;
    bool wordingFocus = false; // Ctrl+E: give the question field the keyboard next frame
    std::optional<RevealAsked> revealAsked;
};

// The Decision phase, one child at a time.
// A view of the child being written: how it came, by whom, the words.
struct ChildViewDraft {
    bool open = false;
    std::optional<std::size_t> index; // the view being changed; empty: a new one
    ViewHow how = ViewHow::Relayed;
    std::optional<Id> by;
    std::string text;
    bool confidential = false;
    PickState howPicker, byPicker;
    bool wantFocus = false;
    std::string error;
};

// The words the chair writes at length in the Decision phase, one field at a
// time: which field, and whose.
namespace writing {
struct Reasons {
    bool operator==(const Reasons&) const = default;
};
struct MultipleCategories { // why more than one category
    bool operator==(const MultipleCategories&) const = default;
};
struct ParentsWords { // a parent's or carer's own words about the decision
    Id parent;
    bool operator==(const ParentsWords&) const = default;
};
struct Comment { // a professional's comment on their recommendation
    Id professional;
    bool operator==(const Comment&) const = default;
};
struct DissentReasons {
    Id participant;
    bool operator==(const DissentReasons&) const = default;
};
} // namespace writing
using DecisionWords =
    std::variant<writing::Reasons, writing::MultipleCategories, writing::ParentsWords,
                 writing::Comment, writing::DissentReasons>;

// Whether the chair may leave the Decision phase. The panel says, each frame
// it draws, whether leaving is held (an outcome has no reasons, or words are
// typed and not yet saved); goToPhase turns a request to leave while held
// into Asked, and the panel then saves what it can and lets the chair go, or
// says why not.
namespace leaving {
struct Free {
    bool operator==(const Free&) const = default;
};
struct Held {
    bool operator==(const Held&) const = default;
};
struct Asked {
    Phase to;
    bool operator==(const Asked&) const = default;
};
} // namespace leaving
using Leaving = std::variant<leaving::Free, leaving::Held, leaving::Asked>;

struct DecisionState {
    std::optional<Id> child;
    ChildViewDraft view;       // Ctrl+Shift+V: a view of the child
    std::optional<Id> person;  // the professional selected in the recommendations table
    std::optional<Id> dissent; // the dissent selected: recorded last, or moved to with Ctrl+Up/Down
    std::optional<Id> parent;  // the parent or carer whose view the keys change
    PickState dissentPicker;   // "someone else dissents"
    std::optional<DecisionWords> editing; // the words being written; empty: none
    std::string draft;
    bool wantFocus = false;
    std::string message; // why the chair cannot leave the decision yet, in words
    Leaving leaving = leaving::Free{};
};

// The fields of an action's row, in the order Enter moves through them.
enum class ActionField { What, Who, By, SoThat, ForChild };

// An action of the plan as the chair types it, in its row of the table.
struct ActionDraft {
    Id id; // the action's id; empty for a new one, named by the domain on saving
    std::string what;
    std::string who;         // as typed, or the name of the person picked
    std::optional<Id> whoId; // a participant picked from the type-ahead
    std::string by;          // YYYY-MM-DD as typed
    std::vector<Id> children;
    std::optional<Progress> progress;
    std::string outcome;      // "so that ...": what will be different when it is done
    std::string forChild;     // the child's plan's words, as made from the action until changed
    bool childEdited = false; // the chair changed them: they no longer follow the action
    bool childActive = false; // their field had the keyboard last frame
    // The field that takes the keyboard next; empty: none.
    std::optional<ActionField> focus = ActionField::What;
    int highlighted = 0;        // the person the type-ahead offers under "who"
    std::string error;          // why it was not saved, in words
    std::optional<Id> fromItem; // made from this "needs to happen" item
};

// A date or a line of the plan's details while the chair types in it: kept as
// text, so that a wrong date is shown and corrected rather than lost.
struct PlanField {
    std::string text;
    bool active = false;
    std::string error;
    double changedAt = 0; // when the text last changed (ImGui time), to save on a pause
};

// The plan's words that take the keyboard by a shortcut.
enum class PlanWords { KeepingSafe, Contingency };

// The Plan phase: one list of rows (the actions, then the board's "needs to
// happen" items not yet in the plan), the action being edited in place, and
// the plan's details as typed.
struct PlanState {
    Awaited made; // an action just made from an item (the draft takes its id), or saved new
    std::optional<Id> action; // the selected row: an action ...
    std::optional<Id> item;   // ... or a board item not yet an action
    bool scrollToSelected = false;
    bool editing = false;
    ActionDraft draft;
    PickState keyWorker;        // Ctrl+W: the key worker, social workers first
    bool coreGroupOpen = false; // Ctrl+G: the core group list takes the keys
    int coreGroupRow = 0;
    PlanField firstCoreGroup, reviewConference, coreGroupBeforeReview, firstCinReview;
    PlanField keepingSafe, contingency, cinFrequency;
    std::optional<PlanWords> wantFocus; // give it the keyboard next frame
    int dateFocus = -1; // the date field (in the order shown) that takes the keyboard next frame

    // What the list shows that depends only on the conference, worked out
    // when it changes (ConsoleView::revision, set here as each frame starts)
    // and not several times a frame: at a few thousand items it is most of one.
    struct Worked {
        long long revision = 0;
        std::optional<Id> skipped;        // the item being made into an action
        std::vector<const Item*> pending; // plan::pendingItems
        std::vector<Withheld> withheld;   // of each action, in order
    };
    long long revision = 0; // 0: a view with no revision, worked out every time
    mutable Worked worked;
};

// A row of the Close phase's list: one document, or all of them at once.
struct AllDocuments {
    bool operator==(const AllDocuments&) const = default;
};
using DocumentChoice = std::variant<DocumentKind, AllDocuments>;

enum class CloseField { Folder, Password };

// The Close phase: which documents, where, with what password.
struct CloseState {
    std::string folder;                              // as shown and typed
    bool folderEdited = false;                       // false: follows ConsoleView::exportFolder
    std::string password;                            // empty: none
    DocumentChoice highlighted = DocumentKind::Plan; // what Enter writes
    bool jumped = false; // came here by the export shortcut: scroll to the documents
    bool confirmingReview = false;
    std::string asked;                   // the last export asked for, in words: "the outline plan"
    std::optional<CloseField> wantFocus; // takes the keyboard next frame
};

// The height each board item took when last drawn, so that items scrolled
// out of sight keep their place without being wrapped again: wrapping a few
// thousand items every frame costs more than the rest of the frame. Forgotten
// when the columns' width or the text size changes; an item in sight is
// always drawn, and measured again. Forgotten too when the fonts are rebuilt.
struct DrawnHeights {
    float width = 0, em = 0;
    long long fonts = 0; // their generation: a new script may wrap text anew
    std::unordered_map<Id, float> of;
};

struct ConsoleState {
    Phase phase = Phase::Information;
    BoardEntry entry;
    PickState sourcePicker;
    BoardSelection selection;
    DrawnHeights boardHeights;
    IntroductionsState introductions;
    PrepareState prepare;
    ScalingState scaling;
    DecisionState decision;
    PlanState plan;
    CloseState close;
    ProjectorControl projector;
    Theme theme = Theme::Light;
    bool showHelp = false;
    ExportOutcome exported; // filled in by app/ after an Export intent
    ExportOutcome copied;   // filled in by app/ after a SaveCopy intent
    std::string copyFolder; // where the banner's "Save a copy" writes, as typed
    std::string refused;    // the last edit app/ could not apply, in words; empty: none
};

} // namespace cpc::ui
