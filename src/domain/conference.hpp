#pragma once
// One child protection conference: everything the chair records, in the
// meeting's own words. Plain values; the only way to change one is an Edit
// (edit.hpp), so that every change can be stored, audited and undone.

#include "domain/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc {

using Id = std::string;

enum class Kind { Initial, Review, Transfer };
enum class Region { EnglandWales, Scotland, NorthernIreland };

enum class Role {
    Chair,
    MinuteTaker,
    Parent,
    Carer,
    Child,
    Supporter,
    Advocate,
    Interpreter,
    SocialWorker,
    TeamManager,
    Police,
    Gp,
    HealthVisitor,
    SchoolNurse,
    Paediatrician,
    Education,
    EarlyYears,
    Probation,
    OtherProfessional,
};

enum class Attendance { Invited, Attended, Apologies, DidNotAttend, Excluded };
// How a person takes part during a stretch of the meeting. Most parents now
// join by phone (issue 24): they hear the room but never see the wall.
enum class PresenceMode { Room, Video, Phone };
enum class Column { Worried, WorkingWell, NeedsToHappen };
enum class Tag { Fact, Observation, Allegation, Opinion };
enum class Outcome { Plan, ChildInNeed, NoFurtherAction, ContinuePlan, EndPlan };
enum class Category { Physical, Emotional, Sexual, Neglect };
enum class Recommendation { Plan, NoPlan };
// Most areas scale 0 = unsafe .. 10 = safe; some turn it round.
enum class Direction { HighIsSafe, HighIsRisk };
enum class Progress { NotStarted, InProgress, Done, NotDone };
// The documents people leave the meeting with (domain/documents.hpp).
enum class DocumentKind { Plan, Parents, Full, Child, Letter };

struct Details {
    Kind kind = Kind::Initial;
    std::string title;
    std::optional<DateTime> scheduledStart;
    std::string venue;
    Region region = Region::EnglandWales;
    std::optional<Date> strategyDiscussion; // initial: starts the 15-working-day clock
    std::optional<Date> previousConference; // review: the conference being reviewed
    std::string purpose;
    bool operator==(const Details&) const = default;
};

// Area practice that differs between local procedures (DOMAIN.md).
// The area profile: set once for the installation, copied into each new
// conference and editable there.
struct Settings {
    bool healthIsOneAgency = false;
    int recordDueWorkingDays = 15;
    std::string organisation;                   // "Safeguarding Unit, Easterby Council"
    std::string complaintsContact;              // phone, email, web, post: printed in the letter
    std::string marking = "OFFICIAL-SENSITIVE"; // protective marking on every page
    bool operator==(const Settings&) const = default;
};

// How a view of the child reached the conference (DOMAIN.md, "The child's voice").
enum class ViewHow { InMeeting, Relayed, Written, Recorded, Advocate, Observed };

// One view of the child, in the child's words or as observed.
struct ChildView {
    ViewHow how = ViewHow::Relayed;
    std::optional<Id> by; // who relayed, read or observed it
    std::string text;
    bool confidential = false;
    std::optional<DateTime> said; // when it was given, to know who was in the room
    bool operator==(const ChildView&) const = default;
};

struct Child {
    Id id;
    std::string name;
    std::optional<Date> dateOfBirth;
    std::string address;
    std::vector<ChildView> views;
    bool operator==(const Child&) const = default;
};

struct Adult {
    Id id;
    std::string name;
    std::optional<Date> dateOfBirth;
    std::string address;
    std::string relationship;
    std::string knownAs; // what the children call them: "Mum", "Dad", "Nan"
    bool operator==(const Adult&) const = default;
};

// A stretch of time a person took part, in the room or on a call; `to` empty
// while they still do. A video that drops to a phone ends one stretch and
// starts the next at the same moment: a change of mode, not an absence.
struct Presence {
    DateTime from;
    std::optional<DateTime> to;
    // Why the chair asked them to leave at `to` (or took them off the call);
    // empty when they left of their own accord. What is said until they come
    // back stays out of the parents' copy.
    std::string askedToLeave;
    PresenceMode mode = PresenceMode::Room;
    bool operator==(const Presence&) const = default;
};

// Asked of a family member who takes part by video or phone: can they speak
// without being overheard, and who is with them. The note may name the person
// they are afraid of, so the check is for the full record only
// (mayShowPrivacyCheck in disclosure.hpp).
struct PrivacyCheck {
    DateTime at;
    std::optional<bool> canSpeakPrivately; // nullopt: asked, no answer yet
    std::string note;
    bool operator==(const PrivacyCheck&) const = default;
};

struct Participant {
    Id id;
    std::string name;
    Role role = Role::OtherProfessional;
    std::string agency;
    Attendance attendance = Attendance::Invited;
    std::string exclusionReason;
    std::vector<Presence> presence;
    std::optional<Id> adult; // this person is that adult of the household
    std::string language;    // the language they need an interpreter for; empty: none
    std::optional<PrivacyCheck> privacyCheck; // family members on a call only
    bool operator==(const Participant&) const = default;
};

struct Report {
    Id id;
    Id author; // a participant
    std::optional<Date> received;
    bool openToParents = false;
    std::string title;
    std::optional<Date> sharedWithParents;
    bool operator==(const Report&) const = default;
};

struct Item {
    Id id;
    Column column = Column::Worried;
    std::string text;
    std::vector<Id> children; // empty: about all the children
    std::optional<Id> source; // who said it
    std::optional<Tag> tag;
    bool confidential = false;
    std::optional<DateTime> said; // when it was typed, to know who was in the room
    // The chair released it to the family although it was said while one of
    // them was out (disclosure.hpp); never overrides `confidential`.
    bool shownToFamily = false;
    bool operator==(const Item&) const = default;
};

// The scale every round is asked on (seed 002): 0 to 10, whichever way round.
inline constexpr int lowestScore = 0, highestScore = 10;
inline constexpr bool onScale(int score) {
    return score >= lowestScore && score <= highestScore;
}

struct ScaleAnswer {
    Id participant;
    std::optional<int> score; // empty: declined to answer
    std::string comment;
    std::optional<DateTime> said; // when it was given, to know who was in the room
    bool operator==(const ScaleAnswer&) const = default;
};

struct ScalingRound {
    Id id;
    std::string question;
    std::string low;  // what 0 means
    std::string high; // what 10 means
    Direction direction = Direction::HighIsSafe;
    std::optional<Id> child;     // empty: all the children together
    std::optional<Id> statement; // the "worried about" item being scaled, if any
    bool revealed = true;        // false while a blind round is being collected
    bool anonymous = false;
    std::vector<ScaleAnswer> responses;
    bool operator==(const ScalingRound&) const = default;
};

// The threshold test as two plain questions; empty until the chair asks.
struct ThresholdTest {
    std::optional<bool> sufferedAndLikelyFurther;
    std::optional<bool> likelyToSuffer;
    bool operator==(const ThresholdTest&) const = default;
};

struct View {
    Id participant;
    Recommendation recommendation = Recommendation::Plan;
    std::vector<Category> categories;
    std::string comment;
    std::optional<DateTime> said; // when it was given, to know who was in the room
    bool operator==(const View&) const = default;
};

struct Dissent {
    Id participant;
    std::string reasons;
    bool escalated = false;
    // When the words were given: a dissent started from a professional's view
    // carries that view's time, since its words are the view's.
    std::optional<DateTime> said;
    bool operator==(const Dissent&) const = default;
};

// One parent's or carer's view of the decision. Each parent has their own:
// separated parents may disagree with each other and with the decision.
struct ParentsView {
    Id participant; // empty: the parents together, as files before this field say it
    std::optional<bool> agrees;
    std::string text;
    bool complaintProcessExplained = false;
    bool operator==(const ParentsView&) const = default;
};

struct Decision {
    Id child;
    ThresholdTest threshold;
    std::optional<Outcome> outcome; // empty while the conference is still deciding
    std::vector<Category> categories;
    std::string reasons;
    std::string multipleCategoryReasons; // required when more than one category
    std::vector<View> views;             // professionals' recommendations
    std::vector<Dissent> dissent;
    std::vector<ParentsView> parentsViews; // one per parent or carer
    // With EndPlan: a Child in Need plan follows (domain/outcome.hpp says what it means).
    bool childInNeedPlan = false;
    bool operator==(const Decision&) const = default;
};

struct Action {
    Id id;
    std::string what;
    std::string who; // a participant id, or a name or agency in words
    std::optional<Date> by;
    std::vector<Id> children;         // empty: all the children
    std::optional<Progress> progress; // marked at the review conference
    // The "needs to happen" item it was made from. Deleting the item leaves
    // the action and this id, which then names nothing and is ignored.
    std::optional<Id> fromItem;
    // Kept from the family: set when made from a confidential item, and by the chair.
    bool confidential = false;
    std::string outcome; // what will be different when it is done ("so that ...")
    // The words of the child's plan; empty: made from the action (domain/child_words.hpp).
    std::optional<std::string> forChild;
    bool operator==(const Action&) const = default;
};

// Everything of the outline plan but its actions. Serves a Child in Need plan
// too: then the CIN fields matter and the core group and review dates do not.
struct PlanDetails {
    std::optional<Id> keyWorker;
    std::vector<Id> coreGroup;
    std::string contingency;
    std::string keepingSafe; // how the child is kept safe in the meantime
    std::optional<Date> firstCoreGroup;
    std::optional<Date> reviewConference;
    std::optional<Date> coreGroupBeforeReview;
    std::optional<Date> firstCinReview;
    std::string cinMeetingFrequency;
    bool operator==(const PlanDetails&) const = default;
};

struct Plan {
    PlanDetails details;
    std::vector<Action> actions;
    bool operator==(const Plan&) const = default;
};

// When the meeting actually ran, for the duration rule and live quorum.
struct MeetingTimes {
    std::optional<DateTime> started;
    std::optional<DateTime> ended;
    bool operator==(const MeetingTimes&) const = default;
};

// What the chair read aloud to someone who cannot see the wall (a parent on
// the phone), and when: the board items, rounds and actions read, by id. An
// id may name something deleted since: it records what was read, not a link.
struct ReadBack {
    Id to;
    DateTime at;
    std::vector<Id> items;
    bool operator==(const ReadBack&) const = default;
};

struct Conference {
    Id id;
    Details details;
    Settings settings;
    MeetingTimes meeting;
    std::optional<Id> reviewOf; // the stored conference this one reviews
    std::vector<Child> children;
    std::vector<Adult> adults;
    std::vector<Participant> participants;
    std::vector<Report> reports;
    std::vector<Item> items; // grouped by column in board order, each column in its order
    std::vector<ScalingRound> scaling;
    std::vector<Decision> decisions;
    Plan plan;
    std::vector<ReadBack> readBacks; // in the order they were read
    bool operator==(const Conference&) const = default;
};

// Look-ups by id; nullptr when there is none.
const Child* findChild(const Conference& c, const Id& id);
const Participant* findParticipant(const Conference& c, const Id& id);
const Item* findItem(const Conference& c, const Id& id);
const ScalingRound* findRound(const Conference& c, const Id& id);
const Decision* findDecision(const Conference& c, const Id& child);
const Action* findAction(const Conference& c, const Id& id);
const Adult* findAdult(const Conference& c, const Id& id);
// The household adult this person is: the linked adult, else the one whose
// name is theirs (files from before the link); nullptr when neither.
const Adult* adultOf(const Conference& c, const Participant& p);
// The parents and carers invited, in the order of the list: each has their
// own view of the decision and their own letter.
std::vector<const Participant*> parentsAndCarers(const Conference& c);
// This parent's view of the decision; nullptr when none is recorded.
const ParentsView* parentsViewOf(const Decision& d, const Id& participant);

// A fresh id with this prefix that no entity of the conference uses yet:
// prefix + (highest number in use + 1), so ids stay short and readable.
Id nextId(const Conference& c, std::string_view prefix);

// The items of one column, in board order.
std::vector<const Item*> itemsIn(const Conference& c, Column column);

} // namespace cpc
