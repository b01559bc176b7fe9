#include "ui/projector_plan.hpp"

#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "ui/projector_decision.hpp"

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

} // namespace

bool isChildInNeedPlan(const Conference& c) {
    return !c.decisions.empty() &&
           std::all_of(c.decisions.begin(), c.decisions.end(),
                       [](const Decision& d) { return d.outcome == Outcome::ChildInNeed; });
}

Block actionOwner(const Conference& c, const std::string& who, NameStyle names) {
    if (who.find_first_not_of(' ') == std::string::npos) return {{muted("To agree")}};
    const Participant* p = findParticipant(c, who);
    if (!p) return {{{who}}}; // a name or an agency in words, as typed
    Block b{{{personLabel(*p, names)}}};
    if (showsAgency(*p)) b.paragraphs.push_back(muted(p->agency));
    return b;
}

Screen planScreen(const Conference& c, NameStyle names) {
    const bool cin = isChildInNeedPlan(c);
    Spec spec;
    std::string title = cin ? "Child in Need plan" : "Outline child protection plan";
    if (auto kids = allChildren(c); !kids.empty()) title += " for " + joinWithAnd(kids);
    spec.top.push_back({std::move(title), Face::Bold, 1});
    const PlanDetails& set = c.plan.details;
    if (set.keyWorker)
        if (const Participant* p = findParticipant(c, *set.keyWorker))
            spec.top.push_back({"Key worker: " + personWithAgency(*p, names)});

    // The table: what is wide, who and by when narrower; a row per action.
    spec.rows = true;
    ColumnContent what{{{"What will happen", Face::Bold}}, false, {}, 5};
    ColumnContent who{{{"Who", Face::Bold}}, false, {}, 3};
    ColumnContent when{{{"By when", Face::Bold}}, false, {}, 2};
    for (const Action& a : c.plan.actions) {
        Block w{{{a.what}}};
        if (auto about = forWhom(c, a); !about.empty()) w.paragraphs.push_back(muted(about));
        what.blocks.push_back(std::move(w));
        who.blocks.push_back(actionOwner(c, a.who, names));
        when.blocks.push_back(a.by ? Block{{{formatLongDate(*a.by)}}}
                                   : Block{{muted("Date to agree")}});
    }
    if (c.plan.actions.empty()) what.blocks.push_back({{muted("No actions written yet.")}});
    spec.columns = {std::move(what), std::move(who), std::move(when)};

    // Below the table, on its last page when there is room.
    appendParagraphs(spec.after, "Keeping the children safe in the meantime", set.keepingSafe);
    appendParagraphs(spec.after, "If things go wrong", set.contingency);
    const PlanDetails dates = withComputedDates(c);
    Block next{{{"Dates", Face::Bold}}};
    if (cin) {
        next.paragraphs.push_back(
            {"First Child in Need review: " + planDate(set.firstCinReview, {})});
        if (!set.cinMeetingFrequency.empty())
            next.paragraphs.push_back({"Meetings: " + set.cinMeetingFrequency});
    } else {
        if (dates.firstCoreGroup || set.firstCoreGroup)
            next.paragraphs.push_back({"First core group meeting: " +
                                       planDate(set.firstCoreGroup, dates.firstCoreGroup)});
        next.paragraphs.push_back(
            {"Review conference: " + planDate(set.reviewConference, dates.reviewConference)});
        if (set.firstCinReview)
            next.paragraphs.push_back(
                {"First Child in Need review: " + planDate(set.firstCinReview, {})});
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
