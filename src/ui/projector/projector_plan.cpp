#include "ui/projector/projector_plan.hpp"

#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/review.hpp"
#include "domain/rules.hpp"
#include "ui/projector/projector_decision.hpp"

#include <algorithm>

namespace cpc::ui::projector {
namespace {

// "For Lena": only when an action is about some of the children, not all.
std::string forWhom(const Conference& c, const Action& a) {
    if (c.children.size() < 2 || a.children.empty()) return {};
    bool all = std::all_of(c.children.begin(), c.children.end(), [&](const Child& ch) {
        return std::find(a.children.begin(), a.children.end(), ch.id) != a.children.end();
    });
    if (all) return {};
    std::string names = firstNames(c, a.children);
    return names.empty() ? std::string() : "For " + names;
}

std::string personWithAgency(const Participant& p, NameStyle names) {
    std::string out = personLabel(p, names);
    if (showsAgency(p)) out += ", " + p.agency;
    return out;
}

// Whose plan the page is: the children with that plan after this meeting;
// for a child protection plan, those not decided yet too (theirs is being made).
bool inPlan(const Conference& c, const Child& ch, PlanAfter plan) {
    const PlanAfter mine = planAfter(c, ch.id);
    return mine == plan || (mine == PlanAfter::Undecided && plan == PlanAfter::ChildProtection);
}

// "Outline child protection plan for Zoë and Kacper": the children it is for.
std::string titled(const Conference& c, PlanAfter plan) {
    std::vector<std::string> kids;
    for (const Child& ch : c.children)
        if (inPlan(c, ch, plan)) kids.push_back(firstName(ch.name));
    if (kids.empty()) kids = allChildren(c);
    std::string title(planTitle(plan));
    if (!kids.empty()) title += " for " + joinWithAnd(kids);
    return title;
}

// Under the title: what was decided for each child the title leaves out, in
// the words the decision itself is shown in.
void otherChildren(const Conference& c, PlanAfter plan, std::vector<Paragraph>& top) {
    for (const Child& ch : c.children) {
        const Decision* d = findDecision(c, ch.id);
        // On the plan the title names, a line only for a plan that ends: the
        // title says what follows, the line that the old plan is over.
        if (inPlan(c, ch, plan) && !(d && planEnds(*d))) continue;
        top.push_back({d && d->outcome
                           ? decisionSentence(*d, firstName(ch.name))
                           : "The decision for " + firstName(ch.name) + " is not made yet."});
    }
}

// At a review, what became of an action since the last conference.
Block progressOf(const Conference& c, const Action& a) {
    if (!carriedOver(c, nullptr, a)) return {{muted("New this time")}};
    switch (a.progress.value_or(Progress::NotStarted)) {
    case Progress::Done:
        return {{{"Done"}}};
    case Progress::InProgress:
        return {{{"In progress"}}};
    case Progress::NotDone:
        return {{{"Not done"}}};
    case Progress::NotStarted:
        break;
    }
    return {{muted("Not yet discussed")}};
}

// No child has a plan after this meeting: no table, each child's decision
// plainly, in the words the decision itself is shown in.
Screen noPlanScreen(const Conference& c) {
    ColumnContent col;
    col.blocks.push_back({{{std::string(planTitle(PlanAfter::None)), Face::Bold, 1}}});
    Block said;
    for (const Child& ch : c.children)
        if (const Decision* d = findDecision(c, ch.id); d && d->outcome)
            said.paragraphs.push_back({decisionSentence(*d, firstName(ch.name))});
    said.paragraphs.push_back({"There is no child protection plan and no Child in Need plan."});
    col.blocks.push_back(std::move(said));
    Spec spec;
    spec.columns.push_back(std::move(col));
    return {{std::move(spec)}, false, true};
}

} // namespace

Block actionOwner(const Conference& c, const std::string& who, NameStyle names) {
    if (who.find_first_not_of(' ') == std::string::npos) return {{muted("To agree")}};
    const Participant* p = findParticipant(c, who);
    if (!p) return {{{who}}}; // a name or an agency in words, as typed
    Block b{{{personLabel(*p, names)}}};
    if (showsAgency(*p)) b.paragraphs.push_back(muted(p->agency));
    return b;
}

Screen planScreen(const Conference& c, NameStyle names, const Audience& room) {
    const PlanAfter plan = conferencePlan(c);
    if (plan == PlanAfter::None) return noPlanScreen(c);
    const bool cin = plan == PlanAfter::ChildInNeed;
    Spec spec;
    spec.top.push_back({titled(c, plan), Face::Bold, 1});
    otherChildren(c, plan, spec.top);
    const PlanDetails& set = c.plan.details;
    if (set.keyWorker)
        if (const Participant* p = findParticipant(c, *set.keyWorker))
            spec.top.push_back({"Key worker: " + personWithAgency(*p, names)});

    // The table: what is wide, who and by when narrower; a row per action.
    spec.rows = true;
    ColumnContent what{{{"What will happen", Face::Bold}}, false, {}, 5};
    ColumnContent who{{{"Who", Face::Bold}}, false, {}, 3};
    ColumnContent when{{{"By when", Face::Bold}}, false, {}, 2};
    const bool review = atReview(c, nullptr);
    ColumnContent progress{{{"Since last time", Face::Bold}}, false, {}, 2};
    bool any = false;
    for (const Action& a : c.plan.actions) {
        if (!mayShow(c, a, room)) continue;
        any = true;
        Block w{{{a.what}}};
        if (a.outcome.find_first_not_of(" \t\n") != std::string::npos)
            w.paragraphs.push_back({"So that: " + a.outcome});
        if (auto about = forWhom(c, a); !about.empty()) w.paragraphs.push_back(muted(about));
        what.blocks.push_back(std::move(w));
        who.blocks.push_back(actionOwner(c, a.who, names));
        when.blocks.push_back(a.by ? Block{{{formatLongDate(*a.by)}}}
                                   : Block{{muted("Date to agree")}});
        if (review) progress.blocks.push_back(progressOf(c, a));
    }
    if (!any) what.blocks.push_back({{muted("No actions written yet.")}});
    spec.columns = {std::move(what), std::move(who), std::move(when)};
    if (review) spec.columns.push_back(std::move(progress));

    // Below the table, on its last page when there is room.
    appendParagraphs(spec.after, "Keeping the children safe in the meantime", set.keepingSafe);
    appendParagraphs(spec.after, "If things go wrong", set.contingency);
    const PlanDetails dates = withComputedDates(c);
    Block next{{{"Dates", Face::Bold}}};
    if (cin) {
        next.paragraphs.push_back(
            {"First Child in Need review: " + planDateWords(set.firstCinReview, {})});
        if (!set.cinMeetingFrequency.empty())
            next.paragraphs.push_back({"Meetings: " + set.cinMeetingFrequency});
    } else {
        if (dates.firstCoreGroup || set.firstCoreGroup)
            next.paragraphs.push_back({"First core group meeting: " +
                                       planDateWords(set.firstCoreGroup, dates.firstCoreGroup)});
        next.paragraphs.push_back(
            {"Review conference: " + planDateWords(set.reviewConference, dates.reviewConference)});
        if (set.firstCinReview)
            next.paragraphs.push_back(
                {"First Child in Need review: " + planDateWords(set.firstCinReview, {})});
    }
    spec.after.push_back(std::move(next));
    std::vector<std::string> group;
    for (const Id& id : set.coreGroup)
        if (const Participant* p = findParticipant(c, id)) group.push_back(personLabel(*p, names));
    if (!group.empty() && !cin)
        spec.after.push_back({{{"Core group", Face::Bold}, {joinWithAnd(group)}}});
    return {{std::move(spec)}, false, false};
}

} // namespace cpc::ui::projector
