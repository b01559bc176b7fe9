#include "ui/contract/shortcuts.hpp"

#include "ui/contract/key_codes.hpp"

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
    Shortcut{C::ShareWithFamily, S::Information, k::H, true, true, "Said while a family member was out: share it with the family, or keep it from them again"},
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
    Shortcut{C::ChangeMode, S::Introductions, k::M, false, false, "How they take part: in the room, by video, on the phone"},
    Shortcut{C::PrivacyCheck, S::Introductions, k::C, false, false, "A family member on a call: can they speak without being overheard?"},
    Shortcut{C::Newcomer, S::Introductions, k::N, true, false, "Someone not on the list has arrived"},
    Shortcut{C::ChoiceUp, S::IntroductionsForm, k::Up, false, false, "The newcomer's role, or the privacy answer: the one above"},
    Shortcut{C::ChoiceDown, S::IntroductionsForm, k::Down, false, false, "The newcomer's role, or the privacy answer: the one below"},
    Shortcut{C::ConfirmForm, S::IntroductionsForm, k::Enter, false, false, "Record the reason, the privacy check, or add the newcomer"},
    Shortcut{C::CancelForm, S::IntroductionsForm, k::Escape, false, false, "Cancel the reason, the privacy check or the newcomer"},

    Shortcut{C::ConferenceUp, S::StartScreen, k::Up, false, false, "Select the conference above"},
    Shortcut{C::ConferenceDown, S::StartScreen, k::Down, false, false, "Select the conference below"},
    Shortcut{C::OpenConference, S::StartScreen, k::Enter, false, false, "Open the selected conference"},
    Shortcut{C::NewConference, S::StartScreen, k::N, true, false, "New conference"},
    Shortcut{C::CreateConference, S::NewConferenceForm, k::Enter, false, false, "Create it"},
    Shortcut{C::CancelNewConference, S::NewConferenceForm, k::Escape, false, false, "Cancel"},

    Shortcut{C::NewOverallRounds, S::Scaling, k::N, true, false, "New rounds: the overall question, one round for each child"},
    Shortcut{C::NewWorryRound, S::Scaling, k::N, true, true, "New round: scale one worry from the board"},
    Shortcut{C::AskAgain, S::Scaling, k::G, true, false, "Ask the selected round again: a new blind round; the earlier answers stay beside it"},
    Shortcut{C::RevealRound, S::Scaling, k::R, true, false, "Reveal the selected round to the room (again: blind it)"},
    Shortcut{C::RecordAnswer, S::Scaling, k::Enter, false, false, "Record the answer typed (0 to 10, or D for declined, then any comment); the next person is picked"},
    Shortcut{C::AnswerUp, S::Scaling, k::Up, false, false, "The person above"},
    Shortcut{C::AnswerDown, S::Scaling, k::Down, false, false, "The person below"},
    Shortcut{C::NextRound, S::Scaling, k::Tab, false, false, "The next round (the projector shows the selected round)"},
    Shortcut{C::PreviousRound, S::Scaling, k::Tab, false, true, "The previous round"},
    Shortcut{C::FindPerson, S::Scaling, k::P, true, false, "Who is answering? Pick them by typing part of their name"},
    Shortcut{C::ClearAnswer, S::Scaling, k::Delete, false, false, "With the line empty: clear the selected person's answer"},
    Shortcut{C::EditWording, S::Scaling, k::E, true, false, "Edit the selected round's question and what 0 and 10 mean"},
    Shortcut{C::TurnScale, S::Scaling, k::T, true, false, "Turn the selected round's scale round: 10 is safe, or 10 is the highest risk (before anyone answers)"},

    Shortcut{C::NextChild, S::Decision, k::K, true, false, "The next child's decision (not while this one lacks its reasons)"},
    Shortcut{C::ProfessionalUp, S::Decision, k::Up, false, false, "The professional above"},
    Shortcut{C::ProfessionalDown, S::Decision, k::Down, false, false, "The professional below"},
    Shortcut{C::RecommendPlan, S::Decision, k::P, false, false, "They recommend a child protection plan"},
    Shortcut{C::RecommendNoPlan, S::Decision, k::N, false, false, "They recommend no plan"},
    Shortcut{C::CategoryPhysical, S::Decision, k::D1, false, false, "Their category: physical abuse, on or off"},
    Shortcut{C::CategoryEmotional, S::Decision, k::D2, false, false, "Their category: emotional abuse, on or off"},
    Shortcut{C::CategorySexual, S::Decision, k::D3, false, false, "Their category: sexual abuse, on or off"},
    Shortcut{C::CategoryNeglect, S::Decision, k::D4, false, false, "Their category: neglect, on or off"},
    Shortcut{C::WriteComment, S::Decision, k::Enter, false, false, "Write their comment"},
    Shortcut{C::RemoveRecommendation, S::Decision, k::Delete, false, false, "Remove their recommendation"},
    Shortcut{C::ThresholdHarmed, S::Decision, k::D1, true, false, "Threshold, first question: yes, no, not asked"},
    Shortcut{C::ThresholdLikely, S::Decision, k::D2, true, false, "Threshold, second question: yes, no, not asked"},
    Shortcut{C::OfferDissent, S::Decision, k::D, true, false, "Record the next professional who differs from the outcome as dissenting, their comment as the reasons"},
    Shortcut{C::WriteReasons, S::Decision, k::E, true, false, "Write the chair's reasons"},
    Shortcut{C::ShowDecision, S::Decision, k::R, true, false, "Show this child's decision on the projector (again: take it off)"},
    Shortcut{C::NextOutcome, S::Decision, k::O, true, false, "The chair's outcome: the next of those usual for this conference, then not decided yet"},
    Shortcut{C::AnyOutcome, S::Decision, k::O, true, true, "The chair's outcome: the next of all outcomes, the unusual ones too"},
    Shortcut{C::DecisionPhysical, S::Decision, k::D1, true, true, "The decision's category: physical abuse, on or off"},
    Shortcut{C::DecisionEmotional, S::Decision, k::D2, true, true, "The decision's category: emotional abuse, on or off"},
    Shortcut{C::DecisionSexual, S::Decision, k::D3, true, true, "The decision's category: sexual abuse, on or off"},
    Shortcut{C::DecisionNeglect, S::Decision, k::D4, true, true, "The decision's category: neglect, on or off"},
    Shortcut{C::WriteMultiple, S::Decision, k::M, true, false, "Write why more than one category is needed"},
    Shortcut{C::SomeoneElseDissents, S::Decision, k::D, true, true, "Someone else dissents: pick them by typing part of their name"},
    Shortcut{C::DissentUp, S::Decision, k::Up, true, false, "The dissent above: select it and write its reasons"},
    Shortcut{C::DissentDown, S::Decision, k::Down, true, false, "The dissent below: select it and write its reasons"},
    Shortcut{C::ToggleEscalated, S::Decision, k::U, true, false, "The selected dissent: escalated (they think the child is left at risk), on or off"},
    Shortcut{C::RemoveDissent, S::Decision, k::Delete, true, false, "Remove the selected dissent"},
    Shortcut{C::ParentsAgree, S::Decision, k::A, true, false, "Does the selected parent agree? Yes, no, not known (not while writing)"},
    Shortcut{C::WriteParentsView, S::Decision, k::W, true, false, "Write the selected parent's view in their words"},
    Shortcut{C::ComplaintExplained, S::Decision, k::H, true, false, "The selected parent's right to complain, and how, has been explained: on or off"},
    Shortcut{C::NextParent, S::Decision, k::W, true, true, "The next parent or carer: each has their own view"},
    Shortcut{C::RecordChildView, S::Decision, k::V, true, true, "Record a view of this child: said, relayed, written, recorded, through an advocate, or observed"},
    Shortcut{C::SaveChildView, S::ChildViewForm, k::Enter, false, false, "Save the view of the child"},
    Shortcut{C::CancelChildView, S::ChildViewForm, k::Escape, false, false, "Close without saving it"},

    Shortcut{C::SaveWords, S::DecisionWriting, k::Enter, false, false, "Save the words and stop writing (Ctrl+Enter starts a new line)"},
    Shortcut{C::StopWriting, S::DecisionWriting, k::Escape, false, false, "Stop writing; the words are kept and saved"},

    Shortcut{C::GoToExport, S::Everywhere, 'E', true, true, "Export documents: go to Close, the documents in front"},
    Shortcut{C::SaveCopy, S::Everywhere, 'S', true, true, "When saving fails: save a copy of the whole conference (JSON and the five PDFs) into the folder the banner names"},

    Shortcut{C::NewAction, S::Plan, k::N, true, false, "New action: what, who, by when"},
    Shortcut{C::RowUp, S::Plan, k::Up, false, false, "Select the action (or board item) above"},
    Shortcut{C::RowDown, S::Plan, k::Down, false, false, "Select the action (or board item) below"},
    Shortcut{C::EditAction, S::Plan, k::Enter, false, false, "Edit the selected action in its row; on a board item: make it an action"},
    Shortcut{C::EditAction, S::Plan, k::F2, false, false, "Edit the selected action in its row; on a board item: make it an action"},
    Shortcut{C::MoveActionUp, S::Plan, k::Up, true, false, "Move the selected action up"},
    Shortcut{C::MoveActionDown, S::Plan, k::Down, true, false, "Move the selected action down"},
    Shortcut{C::RemoveAction, S::Plan, k::Delete, false, false, "Remove the selected action (Ctrl+Z brings it back)"},
    Shortcut{C::MarkDone, S::Plan, k::D, false, false, "At a review: the selected action is done"},
    Shortcut{C::MarkInProgress, S::Plan, 'I', false, false, "At a review: the selected action is in progress"},
    Shortcut{C::MarkNotDone, S::Plan, k::N, false, false, "At a review: the selected action is not done"},
    Shortcut{C::UseSuggestedDates, S::Plan, k::D, true, false, "Fill the empty dates with the ones the rules suggest"},
    Shortcut{C::EditDates, S::Plan, k::D, true, true, "Type the dates, one after another (Enter: the next)"},
    Shortcut{C::PickKeyWorker, S::Plan, 'W', true, false, "Choose the key worker (social workers first)"},
    Shortcut{C::EditCoreGroup, S::Plan, k::G, true, false, "Choose the core group"},
    Shortcut{C::EditKeepingSafe, S::Plan, 'M', true, false, "Write how the children are kept safe in the meantime"},
    Shortcut{C::EditContingency, S::Plan, 'I', true, false, "Write the contingency plan: if things go wrong"},
    Shortcut{C::ActionConfidential, S::Plan, k::H, true, false, "The selected action is confidential (kept from the family) or not"},

    Shortcut{C::ActionNextField, S::PlanAction, k::Enter, false, false, "Next field (what, who, by when); on the last, save. Under who: take the highlighted person"},
    Shortcut{C::ActionSave, S::PlanAction, k::Enter, true, false, "Save the action from any field"},
    Shortcut{C::ActionCancel, S::PlanAction, k::Escape, false, false, "Cancel: the action stays as it was"},
    Shortcut{C::ActionChildren, S::PlanAction, k::K, true, false, "Which children: all, then each child in turn"},
    Shortcut{C::WhoUp, S::PlanAction, k::Up, false, false, "Who: highlight the person above"},
    Shortcut{C::WhoDown, S::PlanAction, k::Down, false, false, "Who: highlight the person below"},

    Shortcut{C::PeopleUp, S::PlanPeople, k::Up, false, false, "Highlight the person above"},
    Shortcut{C::PeopleDown, S::PlanPeople, k::Down, false, false, "Highlight the person below"},
    Shortcut{C::PeopleChoose, S::PlanPeople, k::Enter, false, false, "Key worker: take the highlighted person. Core group: done"},
    Shortcut{C::PeopleToggle, S::PlanPeople, k::Space, false, false, "Core group: the highlighted person in or out"},
    Shortcut{C::PeopleClose, S::PlanPeople, k::Escape, false, false, "Close the list"},

    Shortcut{C::ExportPlan, S::Close, k::D1, false, false, "Write the outline plan"},
    Shortcut{C::ExportParents, S::Close, k::D2, false, false, "Write the parents' copy"},
    Shortcut{C::ExportFull, S::Close, k::D3, false, false, "Write the full record"},
    Shortcut{C::ExportChild, S::Close, k::D4, false, false, "Write the child's plan"},
    Shortcut{C::ExportLetter, S::Close, k::D5, false, false, "Write the decision letter"},
    Shortcut{C::ExportAll, S::Close, k::D6, false, false, "Write all five documents"},
    Shortcut{C::DocumentUp, S::Close, k::Up, false, false, "Highlight the document above"},
    Shortcut{C::DocumentDown, S::Close, k::Down, false, false, "Highlight the document below"},
    Shortcut{C::ExportHighlighted, S::Close, k::Enter, false, false, "Write the highlighted document"},
    Shortcut{C::OpenWritten, S::Close, 'O', true, false, "Open the first document written"},
    Shortcut{C::EditFolder, S::Close, k::L, true, false, "Change the folder the documents go into"},
    Shortcut{C::EditPassword, S::Close, k::P, true, false, "Type a password for the documents (weak: RC4)"},
    Shortcut{C::StartReviewConference, S::Close, k::R, true, false, "Start the review conference (asks first)"},
    Shortcut{C::ConfirmReview, S::CloseReview, k::Enter, false, false, "Yes, start the review conference now"},
    Shortcut{C::CancelReview, S::CloseReview, k::Escape, false, false, "No, not now"},
};
// clang-format on

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
    case key::Space:
        return "Space";
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
    case Scope::Scaling:
        return "Scaling: the answer line";
    case Scope::Decision:
        return "Decision: recommendations and the chair's decision";
    case Scope::ChildViewForm:
        return "Decision: writing a view of the child";
    case Scope::DecisionWriting:
        return "Decision: writing reasons, views and comments";
    case Scope::Plan:
        return "Plan: the actions and the plan's details";
    case Scope::PlanAction:
        return "Plan: an action being written";
    case Scope::PlanPeople:
        return "Plan: choosing the key worker or the core group";
    case Scope::Close:
        return "Close: the documents";
    case Scope::CloseReview:
        return "Close: asked to start the review conference";
    }
    return {};
}

} // namespace cpc::ui::shortcut
