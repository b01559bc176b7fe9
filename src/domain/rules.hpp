#pragma once
// The timescales and checks of DOMAIN.md, each returning findings a person can
// read. Rules never change a conference; they look at one.

#include "domain/conference.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc {

enum class Severity { Info, Warning, Problem };

struct Finding {
    std::string rule; // stable key, e.g. "initial-late", "action-no-owner"
    Severity severity = Severity::Warning;
    std::string message; // one plain sentence, with names and dates
    std::string subject; // id of what it is about (action, child, participant), or empty
    bool operator==(const Finding&) const = default;
};

// The dates the rules set for this conference, counted in working days of its
// region. Empty where the conference lacks what the date depends on.
struct Timescales {
    std::optional<Date> conferenceDueBy;         // initial/transfer: strategy + 15 wd
    std::optional<Date> reportsDueBy;            // 2 (initial) or 5 (review) wd before
    std::optional<Date> reportsToParentsBy;      // 2 wd before
    std::optional<Date> firstCoreGroupBy;        // initial: 10 wd after
    std::optional<Date> reviewBy;                // initial: 3 months; review: 6 months
    std::optional<Date> coreGroupBeforeReviewBy; // 2 weeks before the review date
    std::optional<Date> planToParentsBy;         // 1 wd after
    std::optional<Date> recordBy;                // settings.recordDueWorkingDays wd after
};

// Each date the rules set, with the sentence that explains it: the number of
// each rule is written once (rules.cpp) and both the date and its words are
// made from it, so a screen never says "10 working days" of a date counted
// otherwise.
enum class Timescale {
    Conference,            // initial/transfer: within 15 working days of the strategy discussion
    Reports,               // 2 (initial) or 5 (review) working days before
    ReportsToParents,      // shared with parents 2 working days before
    FirstCoreGroup,        // initial: within 10 working days after
    Review,                // initial: within 3 months; review: within 6 months
    CoreGroupBeforeReview, // at least 2 weeks before the review conference
    PlanToParents,         // 1 working day after
    Record,                // settings.recordDueWorkingDays working days after
};
// "10 working days after the conference", "3 months after the conference",
// "2 weeks before the review conference": what the rule asks, in words.
std::string timescaleRule(const Conference& c, Timescale t);

// The day of the conference: its scheduled start, or when it started.
std::optional<Date> conferenceDate(const Conference& c);
Timescales timescales(const Conference& c);

// The plan's dates with every empty one filled from the rules (the latest date
// the rule allows; for the core group before the review, 2 weeks before the
// review). Dates the chair set are kept as they are.
PlanDetails withComputedDates(const Conference& c);
// A plan's date for the room: the one set, "by <the latest the rules allow>",
// or "date to agree".
std::string planDateWords(const std::optional<Date>& set, const std::optional<Date>& computed);

std::vector<Finding> checkConferenceTiming(const Conference& c); // held within 15 wd
std::vector<Finding> checkReports(const Conference& c);          // received in time
std::vector<Finding> checkPlanDates(const Conference& c);        // core group, review, CIN review
// The key worker is usually a qualified social worker (plan_people.hpp); of
// the plan as it is, or as the chair is changing it.
std::vector<Finding> checkPlanPeople(const Conference& c);
std::vector<Finding> checkPlanPeople(const Conference& c, const PlanDetails& plan);
std::vector<Finding> checkDuration(const Conference& c, DateTime now); // 2 h / 1.5 h
std::vector<Finding> checkActions(const Conference& c, Date today);    // SMART
// Reasons, the threshold test against the outcome, categories, dissent.
std::vector<Finding> checkDecisions(const Conference& c);
// Every child of school age has views recorded (seed 000: part of the record).
inline constexpr int schoolAge = 5;
std::vector<Finding> checkChildViews(const Conference& c);
// After the meeting: plan to parents in 1 wd, record in recordDueWorkingDays.
std::vector<Finding> checkAfterMeeting(const Conference& c, Date today);

std::vector<Finding> checkAll(const Conference& c, DateTime now);

// Longest a conference of this kind should run: 2 h initial, 1.5 h review.
std::chrono::minutes durationLimit(Kind kind);

} // namespace cpc
