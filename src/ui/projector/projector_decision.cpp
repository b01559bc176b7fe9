#include "ui/projector/projector_decision.hpp"

#include "domain/child_words.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/rules.hpp"

namespace cpc::ui::projector {
namespace {

std::string childFirstName(const Conference& c, const Id& id) {
    const Child* child = findChild(c, id);
    return child ? firstName(child->name) : std::string("the child");
}

// Nothing decided, or nothing the chair has chosen to show: who the
// conference is deciding about, and no outcome at all.
Screen deciding(const Conference& c, const std::optional<Id>& child, const Audience& room) {
    ColumnContent col;
    col.blocks.push_back({{{"The conference is deciding", Face::Bold, 1}}});
    std::vector<const Child*> about;
    if (const Child* one = child ? findChild(c, *child) : nullptr)
        about.push_back(one);
    else
        for (const auto& ch : c.children)
            about.push_back(&ch);
    std::vector<std::string> names;
    for (const Child* ch : about)
        names.push_back(firstName(ch->name));
    if (!names.empty()) col.blocks.push_back({{{joinWithAnd(names)}}});
    col.blocks.push_back({{muted("The chair will share each decision when it has been made.")}});
    // The children's own words, as the conference heard them.
    bool any = false;
    for (const Child* ch : about)
        for (const auto& view : ch->views) {
            if (!mayShow(c, view, room)) continue;
            if (!any) col.blocks.push_back({{{"The children's views", Face::Bold, 1}}});
            any = true;
            col.blocks.push_back({{muted(howViewCame(c, *ch, view)), {viewWords(*ch, view)}}});
        }
    Spec spec;
    spec.columns.push_back(std::move(col));
    return {{std::move(spec)}, false, !any};
}

} // namespace

Screen decisionScreen(const Conference& c, const std::optional<Id>& child, const Audience& room) {
    const Decision* d = child ? findDecision(c, *child) : nullptr;
    if (!d || !d->outcome) return deciding(c, child, room);

    // Who dissents, and why, is in the record and the decision letter, not on
    // the wall: the wall is read by the whole room, parents included, and
    // naming a professional who disagreed there turns a recorded view into a
    // public split the family has to sit through. The chair says it aloud.
    // The parents' view stays off for the same reason: it is theirs to give.
    Spec spec;
    spec.top.push_back(muted("Decision for " + childFirstName(c, d->child)));
    ColumnContent& col = spec.columns.emplace_back();
    col.blocks.push_back({{{decisionSentence(*d, childFirstName(c, d->child)), Face::Bold, 1}}});

    appendParagraphs(col.blocks, "Why", d->reasons);

    const PlanDetails& set = c.plan.details;
    const PlanDetails dates = withComputedDates(c);
    std::vector<Paragraph> next;
    switch (planAfter(*d)) {
    case PlanAfter::ChildProtection:
        if (dates.firstCoreGroup)
            next.push_back({"First core group meeting: " +
                            planDateWords(set.firstCoreGroup, dates.firstCoreGroup)});
        next.push_back(
            {"Review conference: " + planDateWords(set.reviewConference, dates.reviewConference)});
        break;
    case PlanAfter::ChildInNeed:
        next.push_back({"First Child in Need review: " + planDateWords(set.firstCinReview, {})});
        if (!set.cinMeetingFrequency.empty())
            next.push_back({"Meetings: " + set.cinMeetingFrequency});
        break;
    case PlanAfter::None:
    case PlanAfter::Undecided:
        break;
    }
    if (!next.empty()) {
        Block b;
        b.paragraphs.push_back({"What happens next", Face::Bold});
        b.paragraphs.insert(b.paragraphs.end(), next.begin(), next.end());
        col.blocks.push_back(std::move(b));
    }
    return {{std::move(spec)}, false, false};
}

} // namespace cpc::ui::projector
