#include "domain/rules.hpp"

#include "domain/calendar.hpp"
#include "domain/child_words.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/plan_people.hpp"
#include "domain/typed.hpp"
#include "domain/words.hpp"

#include <algorithm>
#include <utility>

namespace cpc {
namespace {

using std::chrono::days;
using std::chrono::minutes;
using std::chrono::sys_days;

Date plusDays(Date d, int n) {
    return Date{sys_days{d} + days{n}};
}

// A date a rule proposes should be one the family and professionals can meet on.
Date workingDayOnOrBefore(Date d, Region region) {
    return isWorkingDay(d, region) ? d : addWorkingDays(d, -1, region);
}

bool opensPlan(Kind kind) {
    return kind == Kind::Initial || kind == Kind::Transfer;
}

bool anyPlanDecision(const Conference& c) {
    return std::any_of(c.decisions.begin(), c.decisions.end(),
                       [](const Decision& d) { return d.outcome && isPlanOutcome(*d.outcome); });
}

Finding finding(std::string rule, Severity severity, std::string message,
                std::string subject = {}) {
    return Finding{std::move(rule), severity, std::move(message), std::move(subject)};
}

void append(std::vector<Finding>& to, std::vector<Finding> more) {
    to.insert(to.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

// ---- the timescales: each number once ----

constexpr int conferenceWithin = 15;      // working days after the strategy discussion
constexpr int reportsBeforeInitial = 2;   // working days
constexpr int reportsBeforeReview = 5;    // working days
constexpr int reportsToParentsBefore = 2; // working days
constexpr int firstCoreGroupWithin = 10;  // working days
constexpr int firstReviewWithin = 3;      // months, after an initial or transfer conference
constexpr int laterReviewWithin = 6;      // months, after a review
constexpr int coreGroupWeeksBeforeReview = 2;
constexpr int planToParentsWithin = 1; // working days

int reportsBefore(Kind kind) {
    return kind == Kind::Review ? reportsBeforeReview : reportsBeforeInitial;
}

std::string workingDays(int n) {
    return plural(n, "working day", "working days");
}

// ---- conference timing ----

// For a transfer the clock starts when the child on a plan moves into the area.
std::string clockStart(Kind kind) {
    return kind == Kind::Transfer ? "the child's move into the area" : "the strategy discussion";
}

// ---- reports ----

std::string authorName(const Conference& c, const Report& r) {
    const Participant* p = findParticipant(c, r.author);
    if (!p) return r.author.empty() ? std::string("an unnamed author") : r.author;
    std::string agency = isBlank(p->agency) ? std::string(label(p->role)) : p->agency;
    return p->name + " (" + agency + ")";
}

std::vector<Finding> checkReport(const Conference& c, const Report& r, const Timescales& due) {
    const std::string from = authorName(c, r);
    if (!r.received)
        return {finding("report-missing", Severity::Warning,
                        "No report received from " + from + ".", r.id)};
    // The parents' deadline (2 wd before) is never earlier than the chair's (2 or
    // 5 wd before), so a report late for the parents is late for the chair too:
    // one finding says both, rather than two near-identical warnings.
    if (!due.reportsDueBy || *r.received <= *due.reportsDueBy) return {};
    std::string message = "The report from " + from + " arrived on " + formatLongDate(*r.received) +
                          ", after " + formatLongDate(*due.reportsDueBy) + " (" +
                          timescaleRule(c, Timescale::Reports) + ")";
    if (r.openToParents && due.reportsToParentsBy && *r.received > *due.reportsToParentsBy)
        message +=
            ", too late to share with the parents " + timescaleRule(c, Timescale::ReportsToParents);
    return {finding("report-late", Severity::Warning, message + ".", r.id)};
}

// Reports are shared with parents at least 2 working days before (seed 004).
std::vector<Finding> checkShared(const Conference& c, const Report& r, const Timescales& due) {
    if (!r.openToParents || !r.sharedWithParents || !due.reportsToParentsBy) return {};
    if (*r.sharedWithParents <= *due.reportsToParentsBy) return {};
    return {finding("report-shared-late", Severity::Warning,
                    "The report from " + authorName(c, r) + " was shared with the parents on " +
                        formatLongDate(*r.sharedWithParents) + ", after " +
                        formatLongDate(*due.reportsToParentsBy) + " (" +
                        timescaleRule(c, Timescale::ReportsToParents) + ").",
                    r.id)};
}

// Each professional who knows the family sends a report, even when they
// cannot attend (seed 003). The chair and the manager who supervises the
// social worker do not.
bool sendsReport(Role role) {
    return isProfessional(role) && role != Role::TeamManager;
}

// ---- plan dates ----

std::string whyNotWorking(Date d, Region region) {
    int year = static_cast<int>(d.year());
    for (const auto& h : holidays(year, region))
        if (h.date == d) return "a public holiday (" + h.name + ")";
    std::chrono::weekday wd{sys_days{d}};
    return wd == std::chrono::Saturday ? "a Saturday" : "a Sunday";
}

void checkWorkingDay(std::vector<Finding>& out, const std::string& what,
                     const std::optional<Date>& d, Region region) {
    if (!d || isWorkingDay(*d, region)) return;
    out.push_back(finding("date-not-working-day", Severity::Info,
                          "The " + what + " is set for " + formatLongDate(*d) + ", which is " +
                              whyNotWorking(*d, region) + "."));
}

void checkChildInNeedReview(std::vector<Finding>& out, const Conference& c) {
    const auto& review = c.plan.details.firstCinReview;
    if (!review) return;
    const auto day = conferenceDate(c);
    if (day && *review <= *day)
        out.push_back(finding("cin-review-before-conference", Severity::Problem,
                              "The first Child in Need review is set for " +
                                  formatLongDate(*review) +
                                  ", which is not after this conference."));
    else
        checkWorkingDay(out, "first Child in Need review", review, c.details.region);
}

void checkFirstCoreGroup(std::vector<Finding>& out, const Conference& c, const Timescales& due) {
    const PlanDetails& plan = c.plan.details;
    if (!plan.firstCoreGroup || !due.firstCoreGroupBy) return;
    if (*plan.firstCoreGroup <= *due.firstCoreGroupBy) return;
    out.push_back(finding("core-group-late", Severity::Warning,
                          "The first core group is set for " +
                              formatLongDate(*plan.firstCoreGroup) + ", after " +
                              formatLongDate(*due.firstCoreGroupBy) + " (" +
                              timescaleRule(c, Timescale::FirstCoreGroup) + ")."));
}

void checkReview(std::vector<Finding>& out, const Conference& c, const Timescales& due) {
    const auto& review = c.plan.details.reviewConference;
    if (!review) return;
    auto date = conferenceDate(c);
    if (date && *review <= *date) {
        out.push_back(finding("review-before-conference", Severity::Problem,
                              "The review conference is set for " + formatLongDate(*review) +
                                  ", which is not after this conference on " +
                                  formatLongDate(*date) + "."));
        return;
    }
    if (due.reviewBy && *review > *due.reviewBy)
        out.push_back(finding("review-too-late", Severity::Warning,
                              "The review conference is set for " + formatLongDate(*review) +
                                  ", after " + formatLongDate(*due.reviewBy) + " (" +
                                  timescaleRule(c, Timescale::Review) + ")."));
}

void checkCoreGroupBeforeReview(std::vector<Finding>& out, const Conference& c,
                                const Timescales& due) {
    const PlanDetails& plan = c.plan.details;
    if (!plan.coreGroupBeforeReview || !due.coreGroupBeforeReviewBy) return;
    if (*plan.coreGroupBeforeReview <= *due.coreGroupBeforeReviewBy) return;
    out.push_back(finding("core-group-too-close-to-review", Severity::Warning,
                          "The core group before the review is set for " +
                              formatLongDate(*plan.coreGroupBeforeReview) + ", after " +
                              formatLongDate(*due.coreGroupBeforeReviewBy) + " (" +
                              timescaleRule(c, Timescale::CoreGroupBeforeReview) + ")."));
}

// ---- duration ----

std::string hoursAndMinutes(minutes m) {
    long h = m.count() / 60, rest = m.count() % 60;
    if (h == 0) return plural(rest, "minute", "minutes");
    if (rest == 0) return plural(h, "hour", "hours");
    return plural(h, "hour", "hours") + " " + plural(rest, "minute", "minutes");
}

std::string kindPhrase(Kind kind) {
    switch (kind) {
    case Kind::Initial:
        return "an initial conference";
    case Kind::Review:
        return "a review conference";
    case Kind::Transfer:
        return "a transfer-in conference";
    }
    return "a conference";
}

// ---- actions ----

// Long actions are cut at a word so that the sentence still reads on screen.
// Appended in steps: GCC 12 at -O3 warns falsely (-Wrestrict) on "'" + text + "'".
std::string quoted(const std::string& text) {
    constexpr std::size_t longest = 60;
    std::string out(1, '\'');
    if (text.size() <= longest) {
        out += text;
    } else {
        auto cut = text.rfind(' ', longest);
        if (cut == std::string::npos || cut == 0) cut = longest;
        out.append(text, 0, cut);
        out += " ...";
    }
    out += '\'';
    return out;
}

std::vector<Finding> checkAction(const Action& a, Date today) {
    std::vector<Finding> out;
    const std::string name = isBlank(a.what) ? "Action " + a.id : quoted(a.what);
    if (isBlank(a.what))
        out.push_back(finding("action-no-what", Severity::Problem,
                              name + " does not say what is to be done.", a.id));
    if (isBlank(a.who))
        out.push_back(
            finding("action-no-owner", Severity::Warning, name + " has no one responsible.", a.id));
    if (!a.by)
        out.push_back(finding("action-no-date", Severity::Warning,
                              name + " has no date to be done by.", a.id));
    else if (*a.by < today && a.progress != Progress::Done)
        out.push_back(finding(
            "action-date-past", Severity::Warning,
            name + " was due by " + formatLongDate(*a.by) + " and is not marked done.", a.id));
    // "Clearly set out what is expected as outcomes" (seed 001).
    if (isBlank(a.outcome))
        out.push_back(finding("action-no-outcome", Severity::Warning,
                              name + " does not say what will be different when it is done.",
                              a.id));
    return out;
}

// ---- decisions ----

std::string childName(const Conference& c, const Id& id) {
    const Child* child = findChild(c, id);
    return child && !isBlank(child->name) ? child->name : id;
}

bool outcomeFitsKind(Kind kind, Outcome o) {
    if (kind == Kind::Review) return o != Outcome::Plan && o != Outcome::NoFurtherAction;
    return o != Outcome::ContinuePlan && o != Outcome::EndPlan;
}

void checkCategories(std::vector<Finding>& out, const Decision& d, const std::string& child) {
    const bool plan = isPlanOutcome(*d.outcome);
    if (plan && d.categories.empty())
        out.push_back(finding("plan-no-category", Severity::Problem,
                              "The plan for " + child + " has no category of abuse or neglect.",
                              d.child));
    if (!plan && !d.categories.empty())
        out.push_back(finding("categories-without-plan", Severity::Warning,
                              "Categories are recorded for " + child + ", but the outcome (" +
                                  std::string(label(*d.outcome)) + ") is not a plan.",
                              d.child));
    if (d.categories.size() < 2) return;
    if (isBlank(d.multipleCategoryReasons))
        out.push_back(finding("categories-need-reasons", Severity::Problem,
                              child + " has more than one category, and the reasons for that are "
                                      "not recorded.",
                              d.child));
    // Every multiple categorisation goes to the IRO manager, whatever the reasons (seed 000).
    out.push_back(finding("categories-audit", Severity::Info,
                          child + " has more than one category, so the decision will be flagged "
                                  "for audit by the IRO manager.",
                          d.child));
}

void checkDissent(std::vector<Finding>& out, const Conference& c, const Decision& d,
                  const std::string& child) {
    for (const auto& dissent : d.dissent) {
        const Participant* p =
            isBlank(dissent.participant) ? nullptr : findParticipant(c, dissent.participant);
        if (!p)
            out.push_back(finding("dissent-no-person", Severity::Problem,
                                  "A dissent from the decision for " + child +
                                      " does not say which participant dissents.",
                                  d.child));
        if (isBlank(dissent.reasons))
            out.push_back(finding("dissent-no-reasons", Severity::Problem,
                                  "The dissent of " + (p ? p->name : std::string("someone")) +
                                      " from the decision for " + child + " has no reasons.",
                                  d.child));
    }
}

// The threshold test (DOMAIN.md): the child has suffered significant harm and
// further harm is likely, or the child is likely to suffer significant harm. A
// yes to either meets it; a plan needs it met.
void checkThreshold(std::vector<Finding>& out, const Decision& d, const std::string& child) {
    const ThresholdTest& t = d.threshold;
    const bool met = t.sufferedAndLikelyFurther == true || t.likelyToSuffer == true;
    const bool notMet = t.sufferedAndLikelyFurther == false && t.likelyToSuffer == false;
    const std::string test = "The threshold test for " + child;
    if (!isPlanOutcome(*d.outcome)) {
        if (met)
            out.push_back(finding("threshold-met-no-plan", Severity::Warning,
                                  test + " is met, but the outcome (" +
                                      std::string(label(*d.outcome)) +
                                      ") is not a plan: the reasons should say why.",
                                  d.child));
        return;
    }
    if (met) return;
    if (notMet) {
        const std::string cannot = *d.outcome == Outcome::ContinuePlan
                                       ? "the child protection plan cannot continue"
                                       : "a child protection plan cannot be made";
        out.push_back(finding("threshold-not-met", Severity::Problem,
                              test + " is not met (no to both questions), so " + cannot + ".",
                              d.child));
        return;
    }
    const bool untouched = !t.sufferedAndLikelyFurther && !t.likelyToSuffer;
    out.push_back(finding("threshold-not-recorded", Severity::Warning,
                          test + (untouched ? " is not recorded" : " is not complete") +
                              ": a plan needs a yes to at least one of its two questions.",
                          d.child));
}

std::vector<Finding> checkDecision(const Conference& c, const Decision& d) {
    std::vector<Finding> out;
    const std::string child = childName(c, d.child);
    if (isBlank(d.reasons))
        out.push_back(finding("decision-no-reasons", Severity::Problem,
                              "The decision for " + child + " has no reasons recorded.", d.child));
    checkThreshold(out, d, child);
    checkCategories(out, d, child);
    checkDissent(out, c, d, child);
    if (!outcomeFitsKind(c.details.kind, *d.outcome))
        out.push_back(finding("outcome-wrong-kind", Severity::Warning,
                              "The outcome for " + child + " (" + std::string(label(*d.outcome)) +
                                  ") is not one " + kindPhrase(c.details.kind) + " can reach.",
                              d.child));
    for (const auto& pv : d.parentsViews) {
        if (pv.agrees != false || pv.complaintProcessExplained) continue;
        const Participant* p = findParticipant(c, pv.participant);
        const std::string who = p ? p->name : std::string("The parents");
        out.push_back(finding("complaint-not-explained", Severity::Warning,
                              who + (p ? " disagrees" : " disagree") + " with the decision for " +
                                  child + ", and " +
                                  "their right to complain has not been explained.",
                              d.child));
    }
    return out;
}

// ---- after the meeting ----

struct SendRule {
    const char* due;
    const char* overdue;
};

void checkSent(std::vector<Finding>& out, const std::string& what, SendRule rule, Date due,
               Date today) {
    if (today <= due)
        out.push_back(finding(rule.due, Severity::Info,
                              "The " + what + " should be sent by " + formatLongDate(due) + "."));
    else
        out.push_back(finding(rule.overdue, Severity::Warning,
                              "The " + what + " was due to be sent by " + formatLongDate(due) +
                                  "; check that it has gone."));
}

} // namespace

std::string timescaleRule(const Conference& c, Timescale t) {
    const Kind kind = c.details.kind;
    switch (t) {
    case Timescale::Conference:
        return workingDays(conferenceWithin) + " of " + clockStart(kind);
    case Timescale::Reports:
        return workingDays(reportsBefore(kind)) + " before the conference";
    case Timescale::ReportsToParents:
        return workingDays(reportsToParentsBefore) + " before the conference";
    case Timescale::FirstCoreGroup:
        return workingDays(firstCoreGroupWithin) + " after the conference";
    case Timescale::Review:
        return plural(opensPlan(kind) ? firstReviewWithin : laterReviewWithin, "month", "months") +
               " after the conference";
    case Timescale::CoreGroupBeforeReview:
        return plural(coreGroupWeeksBeforeReview, "week", "weeks") +
               " before the review conference";
    case Timescale::PlanToParents:
        return workingDays(planToParentsWithin) + " after the conference";
    case Timescale::Record:
        return workingDays(c.settings.recordDueWorkingDays) + " after the conference";
    }
    return {};
}

std::optional<Date> conferenceDate(const Conference& c) {
    if (c.details.scheduledStart) return dateOf(*c.details.scheduledStart);
    if (c.meeting.started) return dateOf(*c.meeting.started);
    return std::nullopt;
}

Timescales timescales(const Conference& c) {
    Timescales t;
    const Kind kind = c.details.kind;
    const Region region = c.details.region;
    if (opensPlan(kind) && c.details.strategyDiscussion)
        t.conferenceDueBy = addWorkingDays(*c.details.strategyDiscussion, conferenceWithin, region);
    auto date = conferenceDate(c);
    if (!date) return t;
    t.reportsDueBy = addWorkingDays(*date, -reportsBefore(kind), region);
    t.reportsToParentsBy = addWorkingDays(*date, -reportsToParentsBefore, region);
    if (opensPlan(kind)) t.firstCoreGroupBy = addWorkingDays(*date, firstCoreGroupWithin, region);
    t.reviewBy = addMonths(*date, opensPlan(kind) ? firstReviewWithin : laterReviewWithin);
    t.coreGroupBeforeReviewBy = plusDays(c.plan.details.reviewConference.value_or(*t.reviewBy),
                                         -7 * coreGroupWeeksBeforeReview);
    t.planToParentsBy = addWorkingDays(*date, planToParentsWithin, region);
    t.recordBy = addWorkingDays(*date, c.settings.recordDueWorkingDays, region);
    return t;
}

std::string planDateWords(const std::optional<Date>& set, const std::optional<Date>& computed) {
    if (set) return formatLongDate(*set);
    if (computed) return "by " + formatLongDate(*computed);
    return "date to agree";
}

PlanDetails withComputedDates(const Conference& c) {
    PlanDetails plan = c.plan.details;
    const Timescales due = timescales(c);
    const Region region = c.details.region;
    if (!plan.firstCoreGroup) plan.firstCoreGroup = due.firstCoreGroupBy;
    if (!plan.reviewConference && due.reviewBy)
        plan.reviewConference = workingDayOnOrBefore(*due.reviewBy, region);
    if (!plan.coreGroupBeforeReview && plan.reviewConference)
        plan.coreGroupBeforeReview = workingDayOnOrBefore(
            plusDays(*plan.reviewConference, -7 * coreGroupWeeksBeforeReview), region);
    return plan;
}

std::vector<Finding> checkConferenceTiming(const Conference& c) {
    const Kind kind = c.details.kind;
    if (!opensPlan(kind)) return {};
    const auto& strategy = c.details.strategyDiscussion;
    if (!strategy) {
        if (kind != Kind::Initial) return {};
        return {finding("strategy-date-missing", Severity::Info,
                        "The date of the strategy discussion is not recorded, so the 15 working "
                        "days cannot be checked.")};
    }
    auto date = conferenceDate(c);
    if (!date) return {};
    int count = workingDaysBetween(*strategy, *date, c.details.region);
    if (count <= conferenceWithin) return {};
    return {finding("conference-late", Severity::Warning,
                    "The conference on " + formatLongDate(*date) + " is " + workingDays(count) +
                        " after " + clockStart(kind) + " on " + formatLongDate(*strategy) +
                        "; it should be held within " + timescaleRule(c, Timescale::Conference) +
                        ".")};
}

std::vector<Finding> checkReports(const Conference& c) {
    const Timescales due = timescales(c);
    std::vector<Finding> out;
    for (const auto& r : c.reports) {
        append(out, checkReport(c, r, due));
        append(out, checkShared(c, r, due));
    }
    for (const auto& p : c.participants) {
        if (!sendsReport(p.role)) continue;
        bool sent = std::any_of(c.reports.begin(), c.reports.end(),
                                [&](const Report& r) { return r.author == p.id; });
        if (!sent)
            out.push_back(finding("report-none", Severity::Warning,
                                  p.name + " (" +
                                      (isBlank(p.agency) ? std::string(label(p.role)) : p.agency) +
                                      ") is invited and has no report listed.",
                                  p.id));
    }
    return out;
}

std::vector<Finding> checkPlanDates(const Conference& c) {
    std::vector<Finding> out;
    checkChildInNeedReview(out, c); // whatever the plan: the date is set
    if (!anyPlanDecision(c)) return out;
    const PlanDetails& plan = c.plan.details;
    const Timescales due = timescales(c);
    const Region region = c.details.region;
    checkFirstCoreGroup(out, c, due);
    checkReview(out, c, due);
    checkCoreGroupBeforeReview(out, c, due);
    checkWorkingDay(out, "first core group", plan.firstCoreGroup, region);
    checkWorkingDay(out, "review conference", plan.reviewConference, region);
    checkWorkingDay(out, "core group before the review", plan.coreGroupBeforeReview, region);
    return out;
}

std::vector<Finding> checkPlanPeople(const Conference& c) {
    return checkPlanPeople(c, c.plan.details);
}

std::vector<Finding> checkPlanPeople(const Conference& c, const PlanDetails& plan) {
    if (!plan.keyWorker) return {};
    const Participant* p = findParticipant(c, *plan.keyWorker);
    if (!p || isUsualKeyWorker(p->role)) return {};
    return {finding("key-worker-not-social-worker", Severity::Warning,
                    "The key worker, " + p->name + " (" + std::string(label(p->role)) +
                        "), is not a social worker: the key worker is usually a qualified "
                        "social worker.",
                    p->id)};
}

std::chrono::minutes durationLimit(Kind kind) {
    return kind == Kind::Review ? minutes{90} : minutes{120};
}

std::vector<Finding> checkDuration(const Conference& c, DateTime now) {
    if (!c.meeting.started) return {};
    const minutes limit = durationLimit(c.details.kind);
    // Whole minutes: the room counts in minutes, the clock in seconds.
    const minutes elapsed =
        std::chrono::floor<minutes>(c.meeting.ended.value_or(now) - *c.meeting.started);
    if (elapsed > limit)
        return {finding("over-time", Severity::Warning,
                        "The conference has run for " + hoursAndMinutes(elapsed) + ", over the " +
                            hoursAndMinutes(limit) + " " + kindPhrase(c.details.kind) +
                            " should take.")};
    // A warning is only of use while the chair can still act on it.
    if (!c.meeting.ended && elapsed >= limit - minutes{15})
        return {finding("nearly-over-time", Severity::Info,
                        "The conference has run for " + hoursAndMinutes(elapsed) + "; " +
                            hoursAndMinutes(limit - elapsed) + " left of the " +
                            hoursAndMinutes(limit) + ".")};
    return {};
}

std::vector<Finding> checkActions(const Conference& c, Date today) {
    std::vector<Finding> out;
    for (const auto& a : c.plan.actions)
        append(out, checkAction(a, today));
    return out;
}

std::vector<Finding> checkDecisions(const Conference& c) {
    std::vector<Finding> out;
    for (const auto& d : c.decisions)
        if (d.outcome) append(out, checkDecision(c, d));
    // Before the conference reaches its decisions a missing one is not news.
    if (c.decisions.empty()) return out;
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        if (!d || !d->outcome)
            out.push_back(finding(
                "decision-missing", Severity::Info,
                "No decision has been recorded for " + childName(c, child.id) + ".", child.id));
    }
    return out;
}

std::vector<Finding> checkChildViews(const Conference& c) {
    std::vector<Finding> out;
    const auto day = conferenceDate(c);
    for (const auto& child : c.children) {
        auto age = ageOn(child.dateOfBirth, day);
        if (!age || *age < schoolAge || !child.views.empty()) continue;
        // What the child said on the board in the meeting is a view too.
        bool spoke = std::any_of(c.items.begin(), c.items.end(), [&](const Item& i) {
            const Participant* p = i.source ? findParticipant(c, *i.source) : nullptr;
            return p && p->role == Role::Child && p->name == child.name;
        });
        if (!spoke)
            out.push_back(finding("child-no-views", Severity::Warning,
                                  "No views of " + child.name + " (" + std::to_string(*age) +
                                      ") are recorded: said, relayed, written or observed.",
                                  child.id));
    }
    return out;
}

std::vector<Finding> checkAfterMeeting(const Conference& c, Date today) {
    auto date = conferenceDate(c);
    if (!date || today <= *date) return {};
    const Timescales due = timescales(c);
    std::vector<Finding> out;
    // The conference does not yet record when the plan and the record went out, so these
    // remind until the due date and then ask the chair to check, rather than know.
    if (anyPlanDecision(c))
        checkSent(out, "outline plan (to the parents and professionals)",
                  {"plan-due", "plan-overdue"}, *due.planToParentsBy, today);
    checkSent(out, "conference record (to everyone invited)", {"record-due", "record-overdue"},
              *due.recordBy, today);
    return out;
}

std::vector<Finding> checkAll(const Conference& c, DateTime now) {
    const Date today = dateOf(now);
    std::vector<Finding> out;
    append(out, checkConferenceTiming(c));
    append(out, checkReports(c));
    append(out, checkPlanDates(c));
    append(out, checkPlanPeople(c));
    append(out, checkDuration(c, now));
    append(out, checkActions(c, today));
    append(out, checkDecisions(c));
    append(out, checkChildViews(c));
    append(out, checkChildPlan(c));
    append(out, checkAfterMeeting(c, today));
    return out;
}

} // namespace cpc
