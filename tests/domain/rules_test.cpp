#include "domain/calendar.hpp"
#include "domain/rules.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cpc;
using std::chrono::minutes;

namespace {

Date day(const char* text) {
    return *parseDate(text);
}
DateTime at(const char* text) {
    return *parseDateTime(text);
}

// Wednesday 17 June 2026: no bank holiday within three weeks either side.
Conference initialOn(const char* when = "2026-06-17T10:00") {
    Conference c;
    c.id = "conf1";
    c.details.kind = Kind::Initial;
    c.details.scheduledStart = at(when);
    c.children = {{"c1", "Amy Smith", std::nullopt, ""}, {"c2", "Ben Smith", std::nullopt, ""}};
    return c;
}

Conference reviewOn(const char* when = "2026-06-17T10:00") {
    Conference c = initialOn(when);
    c.details.kind = Kind::Review;
    return c;
}

std::vector<std::string> rulesOf(const std::vector<Finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.rule);
    return out;
}

const Finding* find(const std::vector<Finding>& findings, const std::string& rule) {
    auto it = std::find_if(findings.begin(), findings.end(),
                           [&](const Finding& f) { return f.rule == rule; });
    return it == findings.end() ? nullptr : &*it;
}

bool has(const std::vector<Finding>& findings, const std::string& rule) {
    return find(findings, rule) != nullptr;
}

Decision decided(const char* child, Outcome outcome, std::vector<Category> categories = {}) {
    Decision d;
    d.child = child;
    d.outcome = outcome;
    d.categories = std::move(categories);
    d.reasons = "Significant harm is likely.";
    // A plan is made on the threshold test; no plan, without asking it.
    if (outcome == Outcome::Plan || outcome == Outcome::ContinuePlan)
        d.threshold.likelyToSuffer = true;
    return d;
}

Conference withPlan(Conference c) {
    c.decisions = {
        decided("c1", c.details.kind == Kind::Review ? Outcome::ContinuePlan : Outcome::Plan,
                {Category::Neglect}),
        decided("c2", c.details.kind == Kind::Review ? Outcome::ContinuePlan : Outcome::Plan,
                {Category::Neglect})};
    return c;
}

} // namespace

// ---------------------------------------------------------------- dates

TEST_CASE("The conference date is the scheduled day, else the day it started", "[rules]") {
    Conference c;
    CHECK_FALSE(conferenceDate(c));
    c.meeting.started = at("2026-06-18T09:30");
    CHECK(conferenceDate(c) == day("2026-06-18"));
    c.details.scheduledStart = at("2026-06-17T10:00");
    CHECK(conferenceDate(c) == day("2026-06-17"));
}

TEST_CASE("Timescales of an initial conference", "[rules]") {
    Conference c = initialOn();
    c.details.strategyDiscussion = day("2026-06-01");
    Timescales t = timescales(c);
    CHECK(t.conferenceDueBy == day("2026-06-22"));
    CHECK(t.reportsDueBy == day("2026-06-15"));
    CHECK(t.reportsToParentsBy == day("2026-06-15"));
    CHECK(t.firstCoreGroupBy == day("2026-07-01"));
    CHECK(t.reviewBy == day("2026-09-17"));
    CHECK(t.coreGroupBeforeReviewBy == day("2026-09-03"));
    CHECK(t.planToParentsBy == day("2026-06-18"));
    CHECK(t.recordBy == day("2026-07-08"));
}

TEST_CASE("Timescales of a review conference", "[rules]") {
    Conference c = reviewOn();
    c.details.strategyDiscussion = day("2026-06-01"); // not the review's clock
    Timescales t = timescales(c);
    CHECK_FALSE(t.conferenceDueBy);
    CHECK(t.reportsDueBy == day("2026-06-10"));
    CHECK(t.reportsToParentsBy == day("2026-06-15"));
    CHECK_FALSE(t.firstCoreGroupBy);
    CHECK(t.reviewBy == day("2026-12-17"));
    CHECK(t.coreGroupBeforeReviewBy == day("2026-12-03"));
}

TEST_CASE("Timescales follow the chair's review date and the record setting", "[rules]") {
    Conference c = initialOn();
    c.plan.details.reviewConference = day("2026-09-10");
    c.settings.recordDueWorkingDays = 10;
    Timescales t = timescales(c);
    CHECK(t.coreGroupBeforeReviewBy == day("2026-08-27"));
    CHECK(t.recordBy == day("2026-07-01"));
}

TEST_CASE("Timescales without a conference date are empty", "[rules]") {
    Conference c;
    c.details.strategyDiscussion = day("2026-06-01");
    Timescales t = timescales(c);
    CHECK(t.conferenceDueBy == day("2026-06-22"));
    CHECK_FALSE(t.reportsDueBy);
    CHECK_FALSE(t.reportsToParentsBy);
    CHECK_FALSE(t.firstCoreGroupBy);
    CHECK_FALSE(t.reviewBy);
    CHECK_FALSE(t.coreGroupBeforeReviewBy);
    CHECK_FALSE(t.planToParentsBy);
    CHECK_FALSE(t.recordBy);
}

TEST_CASE("Computed plan dates skip Christmas and the New Year", "[rules]") {
    Conference c = initialOn("2026-12-21T10:00");
    PlanDetails plan = withComputedDates(c);
    CHECK(plan.firstCoreGroup == day("2027-01-07"));
    // 21 March 2027 is a Sunday: the Friday before.
    CHECK(plan.reviewConference == day("2027-03-19"));
    CHECK(*plan.reviewConference <= day("2027-03-21"));
    CHECK(isWorkingDay(*plan.reviewConference, Region::EnglandWales));
    CHECK(plan.coreGroupBeforeReview == day("2027-03-05"));
}

TEST_CASE("Computed plan dates keep what the chair set", "[rules]") {
    Conference c = initialOn();
    c.plan.details.firstCoreGroup = day("2026-06-25");
    c.plan.details.reviewConference = day("2026-09-14");
    PlanDetails plan = withComputedDates(c);
    CHECK(plan.firstCoreGroup == day("2026-06-25"));
    CHECK(plan.reviewConference == day("2026-09-14"));
    // 14 days before is Monday 31 August, the summer bank holiday: the Friday before.
    CHECK(plan.coreGroupBeforeReview == day("2026-08-28"));
}

TEST_CASE("Computed plan dates of a review conference", "[rules]") {
    Conference c = reviewOn();
    PlanDetails plan = withComputedDates(c);
    CHECK_FALSE(plan.firstCoreGroup);
    CHECK(plan.reviewConference == day("2026-12-17"));
    CHECK(plan.coreGroupBeforeReview == day("2026-12-03"));
}

TEST_CASE("Computed plan dates without a conference date stay empty", "[rules]") {
    PlanDetails plan = withComputedDates(Conference{});
    CHECK(plan == PlanDetails{});
}

// ---------------------------------------------------------------- conference timing

TEST_CASE("An initial conference within 15 working days of the strategy discussion", "[rules]") {
    Conference c = initialOn("2026-06-22T10:00");
    c.details.strategyDiscussion = day("2026-06-01");
    CHECK(checkConferenceTiming(c).empty());

    c.details.scheduledStart = at("2026-06-23T10:00");
    auto findings = checkConferenceTiming(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"conference-late"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message ==
          "The conference on Tuesday 23 June 2026 is 16 working days after the strategy "
          "discussion on Monday 1 June 2026; it should be held within 15 working days of the "
          "strategy discussion.");
}

TEST_CASE("Conference timing counts working days across Christmas", "[rules]") {
    Conference c = initialOn("2027-01-07T10:00");
    c.details.strategyDiscussion = day("2026-12-14");
    CHECK(checkConferenceTiming(c).empty());
    c.details.scheduledStart = at("2027-01-08T10:00");
    CHECK(rulesOf(checkConferenceTiming(c)) == std::vector<std::string>{"conference-late"});
}

TEST_CASE("A transfer conference is timed too, a review is not", "[rules]") {
    Conference c = initialOn("2026-06-23T10:00");
    c.details.kind = Kind::Transfer;
    c.details.strategyDiscussion = day("2026-06-01");
    CHECK(rulesOf(checkConferenceTiming(c)) == std::vector<std::string>{"conference-late"});
    c.details.kind = Kind::Review;
    CHECK(checkConferenceTiming(c).empty());
}

TEST_CASE("Missing strategy discussion date", "[rules]") {
    Conference c = initialOn();
    auto findings = checkConferenceTiming(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"strategy-date-missing"});
    CHECK(findings[0].severity == Severity::Info);

    c.details.kind = Kind::Transfer;
    CHECK(checkConferenceTiming(c).empty());
}

TEST_CASE("Conference timing without a conference date says nothing", "[rules]") {
    Conference c;
    c.details.strategyDiscussion = day("2026-06-01");
    CHECK(checkConferenceTiming(c).empty());
}

// ---------------------------------------------------------------- reports

namespace {

Conference withReport(Conference c, std::optional<Date> received, bool openToParents = false) {
    c.participants = {
        {"p1", "Sam Green", Role::Police, "Avon Police", Attendance::Attended, "", {}}};
    c.reports = {{"r1", "p1", received, openToParents}};
    return c;
}

} // namespace

TEST_CASE("A report not received", "[rules]") {
    auto findings = checkReports(withReport(initialOn(), std::nullopt));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"report-missing"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message == "No report received from Sam Green (Avon Police).");
    CHECK(findings[0].subject == "r1");
}

TEST_CASE("A missing report from a person with no agency names the role", "[rules]") {
    Conference c = withReport(initialOn(), std::nullopt);
    c.participants[0].agency = "";
    CHECK(checkReports(c)[0].message == "No report received from Sam Green (Police).");
}

TEST_CASE("Initial conference reports are due 2 working days before", "[rules]") {
    CHECK(checkReports(withReport(initialOn(), day("2026-06-15"))).empty());
    auto findings = checkReports(withReport(initialOn(), day("2026-06-16")));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"report-late"});
    CHECK(findings[0].message ==
          "The report from Sam Green (Avon Police) arrived on Tuesday 16 June 2026, after Monday "
          "15 June 2026 (2 working days before the conference).");
}

TEST_CASE("Review conference reports are due 5 working days before", "[rules]") {
    CHECK(checkReports(withReport(reviewOn(), day("2026-06-10"))).empty());
    CHECK(rulesOf(checkReports(withReport(reviewOn(), day("2026-06-11")))) ==
          std::vector<std::string>{"report-late"});
}

TEST_CASE("Reports open to parents are shared 2 working days before", "[rules]") {
    CHECK(checkReports(withReport(initialOn(), day("2026-06-15"), true)).empty());
    auto both = checkReports(withReport(initialOn(), day("2026-06-16"), true));
    REQUIRE(rulesOf(both) == std::vector<std::string>{"report-late"});
    CHECK(both[0].message ==
          "The report from Sam Green (Avon Police) arrived on Tuesday 16 June 2026, after Monday "
          "15 June 2026 (2 working days before the conference), too late to share with the "
          "parents 2 working days before the conference.");
    // Late for the chair of a review, still in time for the parents.
    CHECK(rulesOf(checkReports(withReport(reviewOn(), day("2026-06-15"), true))) ==
          std::vector<std::string>{"report-late"});
    auto late = checkReports(withReport(reviewOn(), day("2026-06-16"), true));
    REQUIRE(rulesOf(late) == std::vector<std::string>{"report-late"});
    CHECK(late[0].message.find("too late to share with the parents") != std::string::npos);
    CHECK(checkReports(withReport(reviewOn(), day("2026-06-15"), true))[0].message.find(
              "parents") == std::string::npos);
}

TEST_CASE("Reports without a conference date can only be missing", "[rules]") {
    Conference c = withReport(Conference{}, day("2030-01-01"));
    CHECK(checkReports(c).empty());
    c.reports[0].received.reset();
    CHECK(rulesOf(checkReports(c)) == std::vector<std::string>{"report-missing"});
    CHECK(checkReports(Conference{}).empty());
}

// ---------------------------------------------------------------- plan dates

TEST_CASE("Plan dates are checked only when there is a plan", "[rules]") {
    Conference c = initialOn();
    c.plan.details.firstCoreGroup = day("2026-08-01");
    CHECK(checkPlanDates(c).empty());
    c.decisions = {decided("c1", Outcome::ChildInNeed)};
    CHECK(checkPlanDates(c).empty());
    c.decisions.push_back(decided("c2", Outcome::Plan, {Category::Neglect}));
    CHECK_FALSE(checkPlanDates(c).empty());
}

TEST_CASE("First core group within 10 working days", "[rules]") {
    Conference c = withPlan(initialOn());
    c.plan.details.firstCoreGroup = day("2026-07-01");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.firstCoreGroup = day("2026-07-02");
    auto findings = checkPlanDates(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"core-group-late"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message == "The first core group is set for Thursday 2 July 2026, after "
                                 "Wednesday 1 July 2026 (10 working days after the conference).");
}

TEST_CASE("The brief's example of a late first core group", "[rules]") {
    Conference c = withPlan(initialOn("2026-12-21T10:00"));
    c.plan.details.firstCoreGroup = day("2027-01-15");
    CHECK(find(checkPlanDates(c), "core-group-late")->message ==
          "The first core group is set for Friday 15 January 2027, after Thursday 7 January 2027 "
          "(10 working days after the conference).");
}

TEST_CASE("Review within 3 months of an initial conference", "[rules]") {
    Conference c = withPlan(initialOn());
    c.plan.details.reviewConference = day("2026-09-17");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.reviewConference = day("2026-09-18");
    auto findings = checkPlanDates(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"review-too-late"});
    CHECK(findings[0].message == "The review conference is set for Friday 18 September 2026, "
                                 "after Thursday 17 September 2026 (3 months after the "
                                 "conference).");
}

TEST_CASE("Review within 6 months of a review conference", "[rules]") {
    Conference c = withPlan(reviewOn());
    c.plan.details.reviewConference = day("2026-12-17");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.reviewConference = day("2026-12-18");
    CHECK(rulesOf(checkPlanDates(c)) == std::vector<std::string>{"review-too-late"});
}

TEST_CASE("A review date on or before the conference", "[rules]") {
    Conference c = withPlan(initialOn());
    c.plan.details.reviewConference = day("2026-06-18");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.reviewConference = day("2026-06-17");
    auto findings = checkPlanDates(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"review-before-conference"});
    CHECK(findings[0].severity == Severity::Problem);
    c.plan.details.reviewConference = day("2026-06-01");
    CHECK(rulesOf(checkPlanDates(c)) == std::vector<std::string>{"review-before-conference"});
}

TEST_CASE("Core group at least 2 weeks before the review", "[rules]") {
    Conference c = withPlan(initialOn());
    c.plan.details.coreGroupBeforeReview = day("2026-09-03");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.coreGroupBeforeReview = day("2026-09-04");
    CHECK(rulesOf(checkPlanDates(c)) == std::vector<std::string>{"core-group-too-close-to-review"});

    // Counted from the review date the chair set.
    c.plan.details.reviewConference = day("2026-09-10");
    c.plan.details.coreGroupBeforeReview = day("2026-08-27");
    CHECK(checkPlanDates(c).empty());
    c.plan.details.coreGroupBeforeReview = day("2026-08-28");
    CHECK(rulesOf(checkPlanDates(c)) == std::vector<std::string>{"core-group-too-close-to-review"});
}

TEST_CASE("Plan dates on a weekend or bank holiday", "[rules]") {
    Conference c = withPlan(initialOn());
    c.plan.details.reviewConference = day("2026-08-31");
    auto findings = checkPlanDates(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"date-not-working-day"});
    CHECK(findings[0].severity == Severity::Info);
    CHECK(findings[0].message == "The review conference is set for Monday 31 August 2026, which "
                                 "is a public holiday (Summer bank holiday).");

    c.plan.details.reviewConference = day("2026-09-05");
    findings = checkPlanDates(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"date-not-working-day"});
    CHECK(findings[0].message ==
          "The review conference is set for Saturday 5 September 2026, which is a Saturday.");

    c.plan.details.reviewConference.reset();
    c.plan.details.firstCoreGroup = day("2026-06-28");
    c.plan.details.coreGroupBeforeReview = day("2026-08-31");
    CHECK(rulesOf(checkPlanDates(c)) ==
          std::vector<std::string>{"date-not-working-day", "date-not-working-day"});
}

TEST_CASE("Plan dates are checked as set, not as computed", "[rules]") {
    Conference c = withPlan(initialOn());
    CHECK(checkPlanDates(c).empty());
}

// ---------------------------------------------------------------- duration

TEST_CASE("Duration limits", "[rules]") {
    CHECK(durationLimit(Kind::Initial) == minutes{120});
    CHECK(durationLimit(Kind::Transfer) == minutes{120});
    CHECK(durationLimit(Kind::Review) == minutes{90});
}

TEST_CASE("An initial conference running towards two hours", "[rules]") {
    Conference c = initialOn();
    c.meeting.started = at("2026-06-17T10:00");
    CHECK(checkDuration(c, at("2026-06-17T11:44")).empty());

    auto findings = checkDuration(c, at("2026-06-17T11:45"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"nearly-over-time"});
    CHECK(findings[0].severity == Severity::Info);
    CHECK(findings[0].message == "The conference has run for 1 hour 45 minutes; 15 minutes left "
                                 "of the 2 hours.");

    CHECK(rulesOf(checkDuration(c, at("2026-06-17T12:00"))) ==
          std::vector<std::string>{"nearly-over-time"});

    findings = checkDuration(c, at("2026-06-17T12:01"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"over-time"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message == "The conference has run for 2 hours 1 minute, over the 2 hours "
                                 "an initial conference should take.");
}

TEST_CASE("A review conference over an hour and a half", "[rules]") {
    Conference c = reviewOn();
    c.meeting.started = at("2026-06-17T10:00");
    CHECK(checkDuration(c, at("2026-06-17T11:14")).empty());
    CHECK(rulesOf(checkDuration(c, at("2026-06-17T11:15"))) ==
          std::vector<std::string>{"nearly-over-time"});
    CHECK(rulesOf(checkDuration(c, at("2026-06-17T11:30"))) ==
          std::vector<std::string>{"nearly-over-time"});
    CHECK(rulesOf(checkDuration(c, at("2026-06-17T11:31"))) ==
          std::vector<std::string>{"over-time"});
}

TEST_CASE("A finished conference is timed by its end", "[rules]") {
    Conference c = initialOn();
    c.meeting.started = at("2026-06-17T10:00");
    c.meeting.ended = at("2026-06-17T12:00");
    CHECK(checkDuration(c, at("2026-06-17T16:00")).empty());
    c.meeting.ended = at("2026-06-17T12:01");
    CHECK(rulesOf(checkDuration(c, at("2026-06-17T16:00"))) ==
          std::vector<std::string>{"over-time"});
}

TEST_CASE("A conference not started has no duration", "[rules]") {
    CHECK(checkDuration(initialOn(), at("2026-06-17T23:00")).empty());
}

// ---------------------------------------------------------------- actions

namespace {

Conference withAction(Action a) {
    Conference c = initialOn();
    c.plan.actions = {std::move(a)};
    return c;
}

Action smart() {
    Action a;
    a.id = "a1";
    a.what = "Arrange a health assessment for Amy";
    a.who = "p1";
    a.by = day("2026-06-30");
    a.outcome = "Amy's health needs are known and met.";
    return a;
}

} // namespace

TEST_CASE("A SMART action has no findings", "[rules]") {
    CHECK(checkActions(withAction(smart()), day("2026-06-17")).empty());
    CHECK(checkActions(initialOn(), day("2026-06-17")).empty());
}

TEST_CASE("An action without what, who or when", "[rules]") {
    Action a = smart();
    a.who = "  ";
    auto findings = checkActions(withAction(a), day("2026-06-17"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"action-no-owner"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].subject == "a1");
    CHECK(findings[0].message == "'Arrange a health assessment for Amy' has no one responsible.");

    a = smart();
    a.by.reset();
    findings = checkActions(withAction(a), day("2026-06-17"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"action-no-date"});
    CHECK(findings[0].severity == Severity::Warning);

    a = smart();
    a.what = "";
    findings = checkActions(withAction(a), day("2026-06-17"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"action-no-what"});
    CHECK(findings[0].severity == Severity::Problem);
    CHECK(findings[0].message == "Action a1 does not say what is to be done.");

    CHECK(rulesOf(checkActions(withAction(Action{"a2", "", "", std::nullopt, {}, std::nullopt}),
                               day("2026-06-17"))) ==
          std::vector<std::string>{"action-no-what", "action-no-owner", "action-no-date",
                                   "action-no-outcome"});
}

TEST_CASE("An action past its date", "[rules]") {
    Action a = smart();
    a.by = day("2026-06-17");
    CHECK(checkActions(withAction(a), day("2026-06-17")).empty());

    auto findings = checkActions(withAction(a), day("2026-06-18"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"action-date-past"});
    CHECK(findings[0].message == "'Arrange a health assessment for Amy' was due by Wednesday 17 "
                                 "June 2026 and is not marked done.");

    a.progress = Progress::InProgress;
    CHECK(rulesOf(checkActions(withAction(a), day("2026-06-18"))) ==
          std::vector<std::string>{"action-date-past"});
    a.progress = Progress::NotDone;
    CHECK(rulesOf(checkActions(withAction(a), day("2026-06-18"))) ==
          std::vector<std::string>{"action-date-past"});
    a.progress = Progress::Done;
    CHECK(checkActions(withAction(a), day("2026-06-18")).empty());
}

TEST_CASE("A long action is quoted short", "[rules]") {
    Action a = smart();
    a.what = "Arrange a health assessment for Amy and Ben with the community paediatrician at "
             "the Royal Infirmary";
    a.who = "";
    CHECK(checkActions(withAction(a), day("2026-06-17"))[0].message ==
          "'Arrange a health assessment for Amy and Ben with the ...' has no one responsible.");
}

// ---------------------------------------------------------------- decisions

TEST_CASE("A complete plan decision has no findings", "[rules]") {
    CHECK(checkDecisions(withPlan(initialOn())).empty());
    CHECK(checkDecisions(withPlan(reviewOn())).empty());
}

TEST_CASE("No decisions yet: nothing to say", "[rules]") {
    CHECK(checkDecisions(initialOn()).empty());
    CHECK(checkDecisions(Conference{}).empty());
}

TEST_CASE("A child with no decision", "[rules]") {
    Conference c = initialOn();
    c.decisions = {decided("c1", Outcome::ChildInNeed)};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"decision-missing"});
    CHECK(findings[0].severity == Severity::Info);
    CHECK(findings[0].subject == "c2");
    CHECK(findings[0].message == "No decision has been recorded for Ben Smith.");

    // A decision still being made is not yet a decision.
    c.decisions.push_back(Decision{});
    c.decisions.back().child = "c2";
    CHECK(rulesOf(checkDecisions(c)) == std::vector<std::string>{"decision-missing"});
}

TEST_CASE("A decision without reasons", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].reasons = " ";
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"decision-no-reasons"});
    CHECK(findings[0].severity == Severity::Problem);
    CHECK(findings[0].subject == "c1");
    CHECK(findings[0].message == "The decision for Amy Smith has no reasons recorded.");
}

TEST_CASE("A plan needs a category", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].categories.clear();
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"plan-no-category"});
    CHECK(findings[0].severity == Severity::Problem);

    c = withPlan(reviewOn());
    c.decisions[1].categories.clear();
    findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"plan-no-category"});
    CHECK(findings[0].subject == "c2");
}

TEST_CASE("More than one category", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].categories = {Category::Neglect, Category::Emotional};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) ==
            std::vector<std::string>{"categories-need-reasons", "categories-audit"});
    CHECK(findings[0].severity == Severity::Problem);
    CHECK(findings[1].severity == Severity::Info);

    c.decisions[0].multipleCategoryReasons = "Both are significant and distinct.";
    CHECK(rulesOf(checkDecisions(c)) == std::vector<std::string>{"categories-audit"});
}

TEST_CASE("Categories without a plan", "[rules]") {
    Conference c = initialOn();
    c.decisions = {decided("c1", Outcome::ChildInNeed, {Category::Neglect}),
                   decided("c2", Outcome::NoFurtherAction)};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"categories-without-plan"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message == "Categories are recorded for Amy Smith, but the outcome (No plan: "
                                 "Child in Need plan) is not a plan.");
}

TEST_CASE("Dissent needs a person and reasons", "[rules]") {
    Conference c = withPlan(initialOn());
    c.participants = {
        {"p1", "Sam Green", Role::Police, "Avon Police", Attendance::Attended, "", {}}};
    c.decisions[0].dissent = {{"p1", "The risk is lower than stated.", false}};
    CHECK(checkDecisions(c).empty());

    c.decisions[0].dissent = {{"p1", "", false}};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"dissent-no-reasons"});
    CHECK(findings[0].severity == Severity::Problem);
    CHECK(findings[0].message ==
          "The dissent of Sam Green from the decision for Amy Smith has no reasons.");

    c.decisions[0].dissent = {{"", "Reasons.", false}, {"p9", "Reasons.", false}};
    CHECK(rulesOf(checkDecisions(c)) ==
          std::vector<std::string>{"dissent-no-person", "dissent-no-person"});

    c.decisions[0].dissent = {{"", "", true}};
    CHECK(rulesOf(checkDecisions(c)) ==
          std::vector<std::string>{"dissent-no-person", "dissent-no-reasons"});
}

TEST_CASE("Outcomes belong to the kind of conference", "[rules]") {
    Conference c = initialOn();
    c.decisions = {decided("c1", Outcome::ChildInNeed), decided("c2", Outcome::NoFurtherAction)};
    CHECK(checkDecisions(c).empty());
    c.decisions = {decided("c1", Outcome::ContinuePlan, {Category::Neglect}),
                   decided("c2", Outcome::EndPlan)};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) ==
            std::vector<std::string>{"outcome-wrong-kind", "outcome-wrong-kind"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].message == "The outcome for Amy Smith (Continue the child protection plan) "
                                 "is not one an initial conference can reach.");

    c.details.kind = Kind::Transfer;
    CHECK(rulesOf(checkDecisions(c)) ==
          std::vector<std::string>{"outcome-wrong-kind", "outcome-wrong-kind"});

    c = reviewOn();
    c.decisions = {decided("c1", Outcome::EndPlan), decided("c2", Outcome::ChildInNeed)};
    CHECK(checkDecisions(c).empty());
    c.decisions = {decided("c1", Outcome::Plan, {Category::Neglect}),
                   decided("c2", Outcome::NoFurtherAction)};
    CHECK(rulesOf(checkDecisions(c)) ==
          std::vector<std::string>{"outcome-wrong-kind", "outcome-wrong-kind"});
}

TEST_CASE("A plan with the threshold test not recorded", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].threshold = {};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"threshold-not-recorded"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].subject == "c1");
    CHECK(findings[0].message == "The threshold test for Amy Smith is not recorded: a plan needs "
                                 "a yes to at least one of its two questions.");

    // A no with the other question not asked is not yet a threshold test either.
    c.decisions[0].threshold.sufferedAndLikelyFurther = false;
    findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"threshold-not-recorded"});
    CHECK(findings[0].message == "The threshold test for Amy Smith is not complete: a plan needs "
                                 "a yes to at least one of its two questions.");

    // One yes is enough, whichever question it answers.
    c.decisions[0].threshold = {true, std::nullopt};
    CHECK(checkDecisions(c).empty());
    c.decisions[0].threshold = {false, true};
    CHECK(checkDecisions(c).empty());

    c = withPlan(reviewOn());
    c.decisions[1].threshold = {};
    CHECK(rulesOf(checkDecisions(c)) == std::vector<std::string>{"threshold-not-recorded"});
}

TEST_CASE("A plan with the threshold not met", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].threshold = {false, false};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"threshold-not-met"});
    CHECK(findings[0].severity == Severity::Problem);
    CHECK(findings[0].subject == "c1");
    CHECK(findings[0].message == "The threshold test for Amy Smith is not met (no to both "
                                 "questions), so a child protection plan cannot be made.");

    c = withPlan(reviewOn());
    c.decisions[0].threshold = {false, false};
    findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"threshold-not-met"});
    CHECK(findings[0].message == "The threshold test for Amy Smith is not met (no to both "
                                 "questions), so the child protection plan cannot continue.");
}

TEST_CASE("The threshold met, but no plan", "[rules]") {
    Conference c = initialOn();
    c.decisions = {decided("c1", Outcome::ChildInNeed), decided("c2", Outcome::NoFurtherAction)};
    c.decisions[0].threshold = {false, false};
    c.decisions[1].threshold = {std::nullopt, false};
    CHECK(checkDecisions(c).empty()); // not met, or not asked: no plan is what follows

    c.decisions[0].threshold = {std::nullopt, true};
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"threshold-met-no-plan"});
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].subject == "c1");
    CHECK(findings[0].message ==
          "The threshold test for Amy Smith is met, but the outcome (No plan: Child in Need "
          "plan) is not a plan: the reasons should say why.");

    c = reviewOn();
    c.decisions = {decided("c1", Outcome::EndPlan), decided("c2", Outcome::ChildInNeed)};
    c.decisions[0].threshold = {true, false};
    CHECK(rulesOf(checkDecisions(c)) == std::vector<std::string>{"threshold-met-no-plan"});
}

TEST_CASE("Parents who disagree are told how to complain", "[rules]") {
    Conference c = withPlan(initialOn());
    c.decisions[0].parentsViews = {{"", true, "", false}};
    CHECK(checkDecisions(c).empty());
    c.decisions[0].parentsViews[0].agrees = false;
    auto findings = checkDecisions(c);
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"complaint-not-explained"});
    CHECK(findings[0].severity == Severity::Warning);
    c.decisions[0].parentsViews[0].complaintProcessExplained = true;
    CHECK(checkDecisions(c).empty());
}

// ---------------------------------------------------------------- after the meeting

TEST_CASE("The outline plan goes out within 1 working day", "[rules]") {
    Conference c = withPlan(initialOn());
    CHECK(checkAfterMeeting(c, day("2026-06-17")).empty());

    auto findings = checkAfterMeeting(c, day("2026-06-18"));
    REQUIRE(find(findings, "plan-due"));
    CHECK(find(findings, "plan-due")->severity == Severity::Info);

    findings = checkAfterMeeting(c, day("2026-06-19"));
    REQUIRE(find(findings, "plan-overdue"));
    CHECK(find(findings, "plan-overdue")->severity == Severity::Warning);
    CHECK_FALSE(has(findings, "plan-due"));
}

TEST_CASE("No outline plan to send without a plan", "[rules]") {
    Conference c = initialOn();
    c.decisions = {decided("c1", Outcome::NoFurtherAction),
                   decided("c2", Outcome::NoFurtherAction)};
    CHECK(rulesOf(checkAfterMeeting(c, day("2026-06-19"))) ==
          std::vector<std::string>{"record-due"});
}

TEST_CASE("The record goes out within the set number of working days", "[rules]") {
    Conference c = initialOn();
    auto findings = checkAfterMeeting(c, day("2026-07-08"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"record-due"});
    CHECK(findings[0].message == "The conference record (to everyone invited) should be sent by "
                                 "Wednesday 8 July 2026.");
    findings = checkAfterMeeting(c, day("2026-07-09"));
    REQUIRE(rulesOf(findings) == std::vector<std::string>{"record-overdue"});
    CHECK(findings[0].severity == Severity::Warning);

    c.settings.recordDueWorkingDays = 10;
    CHECK(rulesOf(checkAfterMeeting(c, day("2026-07-01"))) ==
          std::vector<std::string>{"record-due"});
    CHECK(rulesOf(checkAfterMeeting(c, day("2026-07-02"))) ==
          std::vector<std::string>{"record-overdue"});
}

TEST_CASE("Nothing is due after a meeting with no date", "[rules]") {
    CHECK(checkAfterMeeting(Conference{}, day("2026-06-19")).empty());
}

// ---------------------------------------------------------------- all

TEST_CASE("checkAll gathers every rule, today taken from now", "[rules]") {
    Conference c = withReport(withPlan(initialOn()), std::nullopt);
    c.plan.actions = {smart()};
    c.plan.actions[0].by = day("2026-06-17");
    c.plan.actions[0].forChild = "A doctor will check that you are well.";
    c.meeting.started = at("2026-06-17T10:00");

    auto during = rulesOf(checkAll(c, at("2026-06-17T12:30")));
    CHECK(during ==
          std::vector<std::string>{"strategy-date-missing", "report-missing", "over-time"});

    auto after = checkAll(c, at("2026-06-18T09:00"));
    CHECK(has(after, "action-date-past"));
    CHECK(has(after, "plan-due"));
    CHECK(has(after, "record-due"));
    CHECK(has(after, "over-time"));
}

TEST_CASE("An empty conference only lacks its strategy discussion date", "[rules]") {
    Conference c;
    CHECK(rulesOf(checkAll(c, at("2026-06-17T10:00"))) ==
          std::vector<std::string>{"strategy-date-missing"});
    c.details.kind = Kind::Review;
    CHECK(checkAll(c, at("2026-06-17T10:00")).empty());
}

// ---------------------------------------------------------------- issue 11

TEST_CASE("Each parent who disagrees is told how to complain, by name", "[rules]") {
    Conference c = withPlan(initialOn());
    c.participants = {{"p1", "Jo Smith", Role::Parent, ""}, {"p2", "Lee Smith", Role::Parent, ""}};
    c.decisions[0].parentsViews = {{"p1", true, "", false}, {"p2", false, "", false}};
    auto found = checkDecisions(c);
    REQUIRE(rulesOf(found) == std::vector<std::string>{"complaint-not-explained"});
    CHECK(found[0].message.find("Lee Smith disagrees") != std::string::npos);
    c.decisions[0].parentsViews[1].complaintProcessExplained = true;
    CHECK(checkDecisions(c).empty());
}

TEST_CASE("A child of school age with no views recorded is named", "[rules]") {
    Conference c = initialOn();                    // 17 June 2026
    c.children[0].dateOfBirth = day("2021-06-17"); // 5 that day
    c.children[1].dateOfBirth = day("2021-06-18"); // 4 until the next
    auto found = checkChildViews(c);
    REQUIRE(rulesOf(found) == std::vector<std::string>{"child-no-views"});
    CHECK(found[0].subject == "c1");
    c.children[0].views = {{ViewHow::Observed, std::nullopt, "Happy at school.", false, {}}};
    CHECK(checkChildViews(c).empty());
    // What the child said on the board in the meeting is a view too.
    c.children[0].views.clear();
    c.participants = {{"p9", "Amy Smith", Role::Child, ""}};
    c.items = {{"i1", Column::WorkingWell, "I like my school.", {}, "p9"}};
    CHECK(checkChildViews(c).empty());
}

TEST_CASE("Reports: shared with parents 2 working days before, and none missing", "[rules]") {
    Conference c = initialOn(); // Wednesday 17 June: 2 working days before is Monday 15 June
    c.participants = {{"p1", "Sam Patel", Role::SocialWorker, "Children's Services"},
                      {"p2", "Grace Hill", Role::HealthVisitor, "NHS"},
                      {"p3", "Ann Lee", Role::TeamManager, "Children's Services"},
                      {"p4", "Jo Smith", Role::Parent, ""}};
    c.reports = {{"r1", "p1", day("2026-06-10"), true, "Social work report", day("2026-06-15")}};
    auto found = checkReports(c);
    // Grace sent none; the team manager and the parent are not asked for one.
    REQUIRE(rulesOf(found) == std::vector<std::string>{"report-none"});
    CHECK(found[0].subject == "p2");
    c.reports[0].sharedWithParents = day("2026-06-16");
    c.reports.push_back({"r2", "p2", day("2026-06-10"), false});
    found = checkReports(c);
    REQUIRE(rulesOf(found) == std::vector<std::string>{"report-shared-late"});
    CHECK(found[0].message.find("Tuesday 16 June 2026") != std::string::npos);
}

TEST_CASE("An action without an expected outcome is flagged as not SMART", "[rules]") {
    Conference c = initialOn();
    Action a{"a1", "Visit weekly", "p1", day("2026-07-01")};
    c.plan.actions = {a};
    CHECK(rulesOf(checkActions(c, day("2026-06-17"))) ==
          std::vector<std::string>{"action-no-outcome"});
    c.plan.actions[0].outcome = "Amy and Ben are seen every week.";
    CHECK(checkActions(c, day("2026-06-17")).empty());
}

TEST_CASE("Each SMART check stands alone: a missing outcome hides no missing or past date",
          "[rules]") {
    const Date today = day("2026-06-17");
    Action a = smart();
    a.by.reset();
    CHECK(rulesOf(checkActions(withAction(a), today)) ==
          std::vector<std::string>{"action-no-date"});
    a.by = day("2026-06-01");
    a.outcome.clear();
    CHECK(rulesOf(checkActions(withAction(a), today)) ==
          std::vector<std::string>{"action-date-past", "action-no-outcome"});
}

TEST_CASE("each timescale's words are the rule its date is counted by", "[rules]") {
    Conference c;
    c.details.kind = Kind::Initial;
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.details.strategyDiscussion = parseDate("2026-11-16");
    CHECK(timescaleRule(c, Timescale::Conference) == "15 working days of the strategy discussion");
    CHECK(timescaleRule(c, Timescale::Reports) == "2 working days before the conference");
    CHECK(timescaleRule(c, Timescale::ReportsToParents) == "2 working days before the conference");
    CHECK(timescaleRule(c, Timescale::FirstCoreGroup) == "10 working days after the conference");
    CHECK(timescaleRule(c, Timescale::Review) == "3 months after the conference");
    CHECK(timescaleRule(c, Timescale::CoreGroupBeforeReview) ==
          "2 weeks before the review conference");
    CHECK(timescaleRule(c, Timescale::PlanToParents) == "1 working day after the conference");
    CHECK(timescaleRule(c, Timescale::Record) == "15 working days after the conference");
    // The dates say the same: counted in working days of the region.
    const Date day = *parseDate("2026-12-03");
    const Timescales due = timescales(c);
    CHECK(workingDaysBetween(day, *due.firstCoreGroupBy, c.details.region) == 10);
    CHECK(workingDaysBetween(day, *due.planToParentsBy, c.details.region) == 1);
    CHECK(workingDaysBetween(*due.reportsDueBy, day, c.details.region) == 2);
    CHECK(due.reviewBy == parseDate("2027-03-03"));
    CHECK(due.coreGroupBeforeReviewBy == parseDate("2027-02-17"));
    // A review: 5 working days for reports, 6 months to the next review; a setting for the record.
    c.details.kind = Kind::Review;
    c.settings.recordDueWorkingDays = 20;
    CHECK(timescaleRule(c, Timescale::Reports) == "5 working days before the conference");
    CHECK(timescaleRule(c, Timescale::Review) == "6 months after the conference");
    CHECK(timescaleRule(c, Timescale::Record) == "20 working days after the conference");
    CHECK(workingDaysBetween(*timescales(c).reportsDueBy, day, c.details.region) == 5);
    CHECK(timescales(c).reviewBy == parseDate("2027-06-03"));
    // A transfer's clock starts with the move into the area.
    c.details.kind = Kind::Transfer;
    CHECK(timescaleRule(c, Timescale::Conference) ==
          "15 working days of the child's move into the area");
}
