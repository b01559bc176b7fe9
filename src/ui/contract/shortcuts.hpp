#pragma once
// Every keyboard shortcut of the console, in one table. The panels ask
// `shortcut::fired(Command::X)` (ui/widgets/shortcut_keys.hpp) instead of naming keys, and the help
// overlay lists the same table, so the help cannot drift from the keys.

#include <span>
#include <string>
#include <string_view>

namespace cpc::ui::shortcut {

// Where a shortcut works, as the help overlay groups them.
enum class Scope {
    Everywhere,
    Information,
    SelectedItem,
    Picker,
    Introductions,
    IntroductionsForm,
    StartScreen,
    NewConferenceForm,
    Scaling,
    Decision,
    DecisionWriting,
    ChildViewForm,
    Plan,
    PlanAction,
    PlanPeople,
    Close,
    CloseReview,
};

enum class Command {
    // Everywhere
    ToggleHelp,
    PreviousPhase,
    NextPhase,
    Undo,
    Redo,
    Freeze,
    Blank,
    Present,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ProjectorPageBack,
    ProjectorPageOn,
    // Information: the typing line
    AddItem,
    NextColumn,
    PreviousColumn,
    Column1,
    Column2,
    Column3,
    PickSource,
    CycleChild,
    CycleTag,
    ToggleConfidential,
    ShareWithFamily,
    SelectUp,
    SelectDown,
    // Information: a selected item
    EditItem,
    MoveItemUp,
    MoveItemDown,
    MoveItemLeft,
    MoveItemRight,
    DeleteItem,
    BackToLine,
    // The person picker
    PickerUp,
    PickerDown,
    PickerChoose,
    PickerCancel,
    // Introductions
    PersonUp,
    PersonDown,
    Arrived,
    Left,
    AskedToLeave,
    Apologies,
    DidNotAttend,
    ChangeMode,
    PrivacyCheck,
    Newcomer,
    ChoiceUp,
    ChoiceDown,
    ConfirmForm,
    CancelForm,
    // Start screen
    ConferenceUp,
    ConferenceDown,
    OpenConference,
    NewConference,
    CreateConference,
    CancelNewConference,
    // Scaling
    NewOverallRounds,
    NewWorryRound,
    AskAgain,
    RevealRound,
    RecordAnswer,
    AnswerUp,
    AnswerDown,
    NextRound,
    PreviousRound,
    FindPerson,
    ClearAnswer,
    EditWording,
    TurnScale,
    // Decision
    NextChild,
    ProfessionalUp,
    ProfessionalDown,
    RecommendPlan,
    RecommendNoPlan,
    CategoryPhysical,
    CategoryEmotional,
    CategorySexual,
    CategoryNeglect,
    WriteComment,
    RemoveRecommendation,
    ThresholdHarmed,
    ThresholdLikely,
    OfferDissent,
    WriteReasons,
    ShowDecision,
    NextOutcome,
    AnyOutcome,
    DecisionPhysical,
    DecisionEmotional,
    DecisionSexual,
    DecisionNeglect,
    WriteMultiple,
    SomeoneElseDissents,
    DissentUp,
    DissentDown,
    ToggleEscalated,
    RemoveDissent,
    ParentsAgree,
    WriteParentsView,
    ComplaintExplained,
    NextParent,
    RecordChildView,
    // Decision: writing a view of the child
    SaveChildView,
    CancelChildView,
    // Decision: writing words
    SaveWords,
    StopWriting,
    // Everywhere: straight to the documents
    GoToExport,
    SaveCopy,
    // Plan: the list of actions and board items
    NewAction,
    RowUp,
    RowDown,
    EditAction,
    MoveActionUp,
    MoveActionDown,
    RemoveAction,
    MarkDone,
    MarkInProgress,
    MarkNotDone,
    UseSuggestedDates,
    EditDates,
    PickKeyWorker,
    EditCoreGroup,
    EditKeepingSafe,
    EditContingency,
    ActionConfidential,
    // Plan: an action being edited
    ActionNextField,
    ActionSave,
    ActionCancel,
    ActionChildren,
    WhoUp,
    WhoDown,
    // Plan: the key worker and core group lists
    PeopleUp,
    PeopleDown,
    PeopleChoose,
    PeopleToggle,
    PeopleClose,
    // Close
    ExportPlan,
    ExportParents,
    ExportFull,
    ExportChild,
    ExportLetter,
    ExportAll,
    DocumentUp,
    DocumentDown,
    ExportHighlighted,
    OpenWritten,
    EditFolder,
    EditPassword,
    StartReviewConference,
    ConfirmReview,
    CancelReview,
};

struct Shortcut {
    Command command;
    Scope scope;
    int key;
    bool ctrl = false;
    bool shift = false;
    std::string_view what; // what it does, in words, for the help overlay
};

std::span<const Shortcut> shortcuts();

// "Ctrl+Shift+Z"; all of a command's keys joined with " or ".
std::string keyLabel(const Shortcut& s);
std::string keysFor(Command command);

std::string_view scopeLabel(Scope scope);

} // namespace cpc::ui::shortcut
