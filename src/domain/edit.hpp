#pragma once
// Every change to a conference is an Edit: a value that is applied, stored in
// the edit log, and undone the same way. applyEdit() checks the edit against the
// conference, changes it, and returns the inverse edit, so undo is "apply the
// inverse" and needs no knowledge of what the edit was.

#include "domain/conference.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>

namespace cpc {

// Positions count within a list (items: within their column); `end` appends.
inline constexpr std::size_t end = std::numeric_limits<std::size_t>::max();

namespace edit {

struct SetDetails {
    Details details;
};
struct SetSettings {
    Settings settings;
};
struct SetMeetingTimes {
    MeetingTimes times;
};

// Put: add when the id is new, replace in place when it exists.
struct PutChild {
    Child child;
    std::size_t position = end;
};
struct RemoveChild {
    Id id;
};
struct PutAdult {
    Adult adult;
    std::size_t position = end;
};
struct RemoveAdult {
    Id id;
};
struct PutParticipant {
    Participant participant;
    std::size_t position = end;
};
struct RemoveParticipant {
    Id id;
};
struct PutReport {
    Report report;
    std::size_t position = end;
};
struct RemoveReport {
    Id id;
};

// Attendance as it happens, in the room and on the call.
struct MarkArrival {
    Id participant;
    DateTime at;
    PresenceMode mode = PresenceMode::Room;
};
struct MarkDeparture {
    Id participant;
    DateTime at;
    std::string askedToLeave; // the reason, when the chair asked them to step out
};
// A video that drops to a phone, or a parent who walks in after joining by
// phone: the stretch they are in ends at `at` and one in `mode` begins.
struct ChangeMode {
    Id participant;
    DateTime at;
    PresenceMode mode = PresenceMode::Room;
};
// A read-back marked as read, put at `position` of the list (end: last).
struct RecordReadBack {
    ReadBack readBack;
    std::size_t position = end;
};
struct RemoveReadBack {
    std::size_t position;
};
// The privacy check of a family member on a call; nullopt clears it.
struct SetPrivacyCheck {
    Id participant;
    std::optional<PrivacyCheck> check;
};
struct SetAttendance {
    Id participant;
    Attendance attendance;
    std::string exclusionReason;
};

// The board.
struct AddItem {
    Item item;
    std::size_t position = end;
};
struct EditItem {
    Item item;
}; // same id, same place; new content (column is kept)
struct MoveItem {
    Id id;
    Column column;
    std::size_t position = end;
};
struct DeleteItem {
    Id id;
};

// Scaling.
struct PutRound {
    ScalingRound round;
    std::size_t position = end;
};
struct RemoveRound {
    Id id;
};
struct RecordAnswer {
    Id round;
    ScaleAnswer answer;
}; // replaces that person's answer
struct ClearAnswer {
    Id round;
    Id participant;
};
struct RevealRound {
    Id round;
    bool revealed = true;
};

// Decisions, one per child.
struct PutDecision {
    Decision decision;
    std::size_t position = end;
};
struct RemoveDecision {
    Id child;
};
struct SetThreshold {
    Id child;
    ThresholdTest threshold;
};
struct SetOutcome {
    Id child;
    std::optional<Outcome> outcome;
    std::vector<Category> categories;
    bool childInNeedPlan = false; // with EndPlan: a Child in Need plan follows
};
struct SetReasons {
    Id child;
    std::string reasons;
    std::string multipleCategoryReasons;
};
struct RecordView {
    Id child;
    View view;
}; // replaces that professional's view
struct RemoveView {
    Id child;
    Id participant;
};
struct RecordDissent {
    Id child;
    Dissent dissent;
};
struct RemoveDissent {
    Id child;
    Id participant;
};
struct SetParentsView {
    Id child;
    ParentsView view;
};

// The plan.
struct SetPlanDetails {
    PlanDetails details;
};
struct PutAction {
    Action action;
    std::size_t position = end;
};
struct RemoveAction {
    Id id;
};
// To `position` in the list as it is after the move; `end` is the last place.
struct MoveAction {
    Id id;
    std::size_t position = end;
};

} // namespace edit

using Edit =
    std::variant<edit::SetDetails, edit::SetSettings, edit::SetMeetingTimes, edit::PutChild,
                 edit::RemoveChild, edit::PutAdult, edit::RemoveAdult, edit::PutParticipant,
                 edit::RemoveParticipant, edit::PutReport, edit::RemoveReport, edit::MarkArrival,
                 edit::MarkDeparture, edit::SetAttendance, edit::AddItem, edit::EditItem,
                 edit::MoveItem, edit::DeleteItem, edit::PutRound, edit::RemoveRound,
                 edit::RecordAnswer, edit::ClearAnswer, edit::RevealRound, edit::PutDecision,
                 edit::RemoveDecision, edit::SetThreshold, edit::SetOutcome, edit::SetReasons,
                 edit::RecordView, edit::RemoveView, edit::RecordDissent, edit::RemoveDissent,
                 edit::SetParentsView, edit::SetPlanDetails, edit::PutAction, edit::RemoveAction,
                 edit::MoveAction, edit::ChangeMode, edit::SetPrivacyCheck,
                 edit::RecordReadBack, edit::RemoveReadBack>;

// An edit that does not fit the conference: names a missing id, an answer out
// of 0..10, an id used twice, a removal of someone the record still refers to.
// The conference is left as it was.
struct EditError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The edit with an id given to whatever it adds without one (a child, adult,
// person, report, item, scaling round or action): the domain names new
// things, panels do not. An edit with its ids is what the log keeps, so that
// redo adds the very same thing.
Edit identified(const Conference& c, Edit e);

// Applies `identified(c, e)` to `c` and returns the edit that undoes it.
// Throws EditError, leaving `c` unchanged, when the edit does not fit.
Edit applyEdit(Conference& c, const Edit& e);

// One line for the audit trail, in words: "Added to What are we worried about?: ...".
// Reads `before` (the conference before the edit) for names.
std::string describe(const Conference& before, const Edit& e);

// The stable name of the edit's kind, as stored in the edit log ("add_item").
std::string_view kindName(const Edit& e);

// A default-valued edit of the kind with that stored name; nullopt for an
// unknown name. Lets the edit log read an edit back knowing only its kind.
std::optional<Edit> blankEdit(std::string_view kind);

} // namespace cpc
