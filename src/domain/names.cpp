#include "domain/names.hpp"

#include <algorithm>
#include <array>

namespace cpc {

// Tokens are the interchange contract (INTERCHANGE.md): never rename one.
#define CPC_NAMES(Enum, ...)                                                                       \
    template <> std::span<const Name<Enum>> names<Enum>() {                                        \
        static constexpr Name<Enum> table[] = {__VA_ARGS__};                                       \
        return table;                                                                              \
    }

CPC_NAMES(Kind, {Kind::Initial, "initial", "Initial conference"},
          {Kind::Review, "review", "Review conference"},
          {Kind::Transfer, "transfer", "Transfer-in conference"})

CPC_NAMES(Region, {Region::EnglandWales, "england-wales", "England and Wales"},
          {Region::Scotland, "scotland", "Scotland"},
          {Region::NorthernIreland, "northern-ireland", "Northern Ireland"})

CPC_NAMES(Role, {Role::Chair, "chair", "Chair"},
          {Role::MinuteTaker, "minute_taker", "Minute-taker"}, {Role::Parent, "parent", "Parent"},
          {Role::Carer, "carer", "Carer"}, {Role::Child, "child", "Child or young person"},
          {Role::Supporter, "supporter", "Supporter"}, {Role::Advocate, "advocate", "Advocate"},
          {Role::Interpreter, "interpreter", "Interpreter"},
          {Role::SocialWorker, "social_worker", "Social worker"},
          {Role::TeamManager, "team_manager", "Team manager"}, {Role::Police, "police", "Police"},
          {Role::Gp, "gp", "GP"}, {Role::HealthVisitor, "health_visitor", "Health visitor"},
          {Role::SchoolNurse, "school_nurse", "School nurse"},
          {Role::Paediatrician, "paediatrician", "Community paediatrician"},
          {Role::Education, "education", "Teacher / safeguarding lead"},
          {Role::EarlyYears, "early_years", "Early years practitioner"},
          {Role::Probation, "probation", "Probation officer"},
          {Role::OtherProfessional, "other_professional", "Other professional"})

CPC_NAMES(Attendance, {Attendance::Invited, "invited", "Invited"},
          {Attendance::Attended, "attended", "Attended"},
          {Attendance::Apologies, "apologies", "Sent apologies"},
          {Attendance::DidNotAttend, "did_not_attend", "Did not attend"},
          {Attendance::Excluded, "excluded", "Excluded"})
// The labels read after a name: "Gemma Hartley, Mum, on the phone".
CPC_NAMES(PresenceMode, {PresenceMode::Room, "room", "In the room"},
          {PresenceMode::Video, "video", "By video"}, {PresenceMode::Phone, "phone", "On the phone"})

CPC_NAMES(Column, {Column::Worried, "worried", "What are we worried about?"},
          {Column::WorkingWell, "working_well", "What's working well?"},
          {Column::NeedsToHappen, "needs_to_happen", "What needs to happen?"})

CPC_NAMES(Tag, {Tag::Fact, "fact", "Fact"}, {Tag::Observation, "observation", "Observation"},
          {Tag::Allegation, "allegation", "Allegation"}, {Tag::Opinion, "opinion", "Opinion"})

CPC_NAMES(Outcome, {Outcome::Plan, "plan", "Child protection plan"},
          {Outcome::ChildInNeed, "child_in_need", "No plan: Child in Need plan"},
          {Outcome::NoFurtherAction, "no_further_action", "No further action"},
          {Outcome::ContinuePlan, "continue_plan", "Continue the child protection plan"},
          {Outcome::EndPlan, "end_plan", "End the child protection plan"})

// In the order the Close phase lists them: what people take away first.
CPC_NAMES(DocumentKind, {DocumentKind::Plan, "plan", "Outline plan"},
          {DocumentKind::Parents, "parents", "Parents' copy"},
          {DocumentKind::Full, "full", "Full record"},
          {DocumentKind::Child, "child", "Child's plan"},
          {DocumentKind::Letter, "letter", "Decision letter"})

CPC_NAMES(Category, {Category::Physical, "physical", "Physical abuse"},
          {Category::Emotional, "emotional", "Emotional abuse"},
          {Category::Sexual, "sexual", "Sexual abuse"}, {Category::Neglect, "neglect", "Neglect"})

CPC_NAMES(Recommendation, {Recommendation::Plan, "plan", "Plan"},
          {Recommendation::NoPlan, "no_plan", "No plan"})

CPC_NAMES(Direction, {Direction::HighIsSafe, "high_is_safe", "10 is safe"},
          {Direction::HighIsRisk, "high_is_risk", "10 is highest risk"})

CPC_NAMES(ViewHow, {ViewHow::InMeeting, "in_meeting", "Said in the meeting"},
          {ViewHow::Relayed, "relayed", "Relayed"}, {ViewHow::Written, "written", "Written"},
          {ViewHow::Recorded, "recorded", "Recorded"},
          {ViewHow::Advocate, "advocate", "Through an advocate"},
          {ViewHow::Observed, "observed", "Observed"})

CPC_NAMES(Progress, {Progress::NotStarted, "not_started", "Not started"},
          {Progress::InProgress, "in_progress", "In progress"}, {Progress::Done, "done", "Done"},
          {Progress::NotDone, "not_done", "Not done"})

#undef CPC_NAMES

bool isFamily(Role r) {
    return r == Role::Parent || r == Role::Carer || r == Role::Child;
}

bool isProfessional(Role r) {
    switch (r) {
    case Role::Chair:
    case Role::MinuteTaker:
    case Role::Parent:
    case Role::Carer:
    case Role::Child:
    case Role::Supporter:
    case Role::Advocate:
    case Role::Interpreter:
        return false;
    default:
        return true;
    }
}

bool givesViews(Role r) {
    return r != Role::Supporter && r != Role::Interpreter && r != Role::MinuteTaker &&
           r != Role::Chair;
}

bool isHealth(Role r) {
    return r == Role::Gp || r == Role::HealthVisitor || r == Role::SchoolNurse ||
           r == Role::Paediatrician;
}

std::string_view censusCode(const std::vector<Category>& categories) {
    if (categories.size() > 1) return "MUL";
    if (categories.empty()) return "";
    switch (categories.front()) {
    case Category::Neglect:
        return "NEG";
    case Category::Physical:
        return "PHY";
    case Category::Sexual:
        return "SAB";
    case Category::Emotional:
        return "EMO";
    }
    return "";
}

std::string firstName(std::string_view name) {
    // Titles a record puts before a name: a child calls no one "DC".
    static constexpr std::string_view titles[] = {
        "Mr",   "Mrs", "Ms",   "Miss", "Mx",  "Dr",    "Prof", "Rev",  "Revd", "DC",
        "DS",   "DI",  "PC",   "PS",   "Sgt", "Insp",  "Cllr", "Sir",  "Dame", "Lady",
        "Lord", "Mr.", "Mrs.", "Ms.",  "Dr.", "Prof.", "Rev.", "Sgt.", "Insp."};
    std::string_view first;
    std::size_t at = 0;
    while (at < name.size()) {
        while (at < name.size() && name[at] == ' ')
            ++at;
        std::size_t stop = std::min(name.find(' ', at), name.size());
        std::string_view word = name.substr(at, stop - at);
        at = stop;
        if (word.empty()) break;
        if (first.empty()) first = word;
        bool title = std::find(std::begin(titles), std::end(titles), word) != std::end(titles);
        if (!title) return std::string(word);
    }
    return std::string(first); // a name that is only a title stays as it is
}

} // namespace cpc
