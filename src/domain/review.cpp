#include "domain/review.hpp"

#include "domain/rules.hpp"

namespace cpc {

Conference startReview(const Conference& concluded) {
    Conference r;
    r.reviewOf = concluded.id;
    r.settings = concluded.settings;
    r.details.kind = Kind::Review;
    r.details.region = concluded.details.region;
    r.details.venue = concluded.details.venue;
    r.details.previousConference = conferenceDate(concluded);
    r.details.title = "Review conference";
    if (!concluded.children.empty()) {
        const auto& name = concluded.children.front().name;
        auto surname = name.substr(name.rfind(' ') + 1);
        r.details.title +=
            ": the " + surname + (concluded.children.size() > 1 ? " children" : " child");
    }
    r.details.purpose =
        "To review the child protection plan agreed on " +
        (r.details.previousConference ? formatLongDate(*r.details.previousConference)
                                      : std::string("at the last conference")) +
        ": what has changed, and whether the plan should continue, change or end.";
    r.details.scheduledStart = reviewStart(concluded);

    r.children = concluded.children;
    r.adults = concluded.adults;
    r.participants = concluded.participants;
    for (auto& p : r.participants) {
        p.attendance = Attendance::Invited;
        p.exclusionReason.clear();
        p.presence.clear();
    }
    r.plan = concluded.plan;
    r.plan.details.firstCoreGroup.reset(); // the first core group belongs to the initial plan
    r.plan.details.reviewConference.reset();
    r.plan.details.coreGroupBeforeReview.reset();
    for (auto& a : r.plan.actions) {
        a.progress = Progress::NotStarted;
        a.fromItem.reset(); // the board is not carried over: its items are not in the review
    }
    return r;
}

std::optional<DateTime> reviewStart(const Conference& concluded) {
    // Conferences are usually called for the morning: a time the chair moves in Prepare.
    constexpr std::chrono::hours usualStart{10};
    const PlanDetails dates = withComputedDates(concluded);
    if (!dates.reviewConference) return std::nullopt;
    return DateTime{std::chrono::local_days{*dates.reviewConference}} + usualStart;
}

bool atReview(const Conference& c, const Conference* previous) {
    return previous != nullptr || c.reviewOf.has_value();
}

bool carriedOver(const Conference& c, const Conference* previous, const Action& a) {
    if (previous) return findAction(*previous, a.id) != nullptr;
    // Without the last conference at hand: startReview marks every action it
    // carries over "not started"; actions added since have no progress.
    return c.reviewOf.has_value() && a.progress.has_value();
}

} // namespace cpc
