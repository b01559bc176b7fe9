#include "domain/disclosure.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"

#include <algorithm>

namespace cpc {
namespace {

bool outAt(const Participant& p, DateTime at) {
    for (std::size_t i = 0; i < p.presence.size(); ++i) {
        const Presence& stretch = p.presence[i];
        if (!stretch.to || at < *stretch.to) continue;
        const bool back = i + 1 < p.presence.size() && p.presence[i + 1].from <= at;
        if (!back) return true;
    }
    return false;
}

bool familyReads(const Audience& a) {
    return a.reader == Reader::Family || a.reader == Reader::Child;
}

// Whether text said at `said` may be read by `a`, as far as who was out goes.
bool seenByThoseWhoWereOut(const Conference& c, const std::optional<DateTime>& said,
                           const Audience& a) {
    if (a.reader == Reader::Professionals || !said) return true;
    const auto out = familyOutAt(c, *said);
    if (out.empty()) return true;
    if (familyReads(a)) return false;
    // The wall: hidden only while someone who was out is back in the room.
    return std::none_of(out.begin(), out.end(), [&](const Id& id) {
        const Participant* p = findParticipant(c, id);
        return p && isPresent(*p, a.now);
    });
}

const Item* sourceOf(const Conference& c, const Action& action) {
    return action.fromItem ? findItem(c, *action.fromItem) : nullptr;
}

} // namespace

std::vector<Id> familyOutAt(const Conference& c, DateTime at) {
    std::vector<Id> out;
    for (const Participant& p : c.participants)
        if (isFamily(p.role) && outAt(p, at)) out.push_back(p.id);
    return out;
}

std::vector<Id> outWhenSaid(const Conference& c, const Item& item) {
    return item.said ? familyOutAt(c, *item.said) : std::vector<Id>{};
}

Withheld withheld(const Conference& c, const Item& item) {
    if (item.confidential) return Withheld::Confidential;
    if (!item.shownToFamily && !outWhenSaid(c, item).empty()) return Withheld::SaidWhileOut;
    return Withheld::No;
}

Withheld withheld(const Conference& c, const Action& action) {
    if (action.confidential) return Withheld::Confidential;
    if (const Item* item = sourceOf(c, action)) return withheld(c, *item);
    return Withheld::No;
}

Withheld withheld(const Conference& c, const ChildView& view) {
    if (view.confidential) return Withheld::Confidential;
    if (!seenByThoseWhoWereOut(c, view.said, Audience::family())) return Withheld::SaidWhileOut;
    return Withheld::No;
}

bool mayShow(const Conference& c, const Item& item, const Audience& a) {
    if (a.reader == Reader::Professionals) return true;
    if (item.confidential) return false;
    return item.shownToFamily || seenByThoseWhoWereOut(c, item.said, a);
}

bool mayShow(const Conference& c, const Action& action, const Audience& a) {
    if (a.reader == Reader::Professionals) return true;
    if (action.confidential) return false;
    const Item* item = sourceOf(c, action);
    return !item || mayShow(c, *item, a);
}

bool mayShowQuestion(const Conference& c, const ScalingRound& round, const Audience& a) {
    if (a.reader == Reader::Professionals) return true;
    if (round.statement)
        if (const Item* worry = findItem(c, *round.statement); worry && !mayShow(c, *worry, a))
            return false;
    // Words retyped to quote an item carry that item's protection: the
    // question, and what 0 and 10 mean.
    auto quotes = [&](const Item& i) {
        for (const std::string* words : {&round.question, &round.low, &round.high})
            if (words->find(i.text) != std::string::npos) return true;
        return false;
    };
    return std::none_of(c.items.begin(), c.items.end(), [&](const Item& i) {
        return !i.text.empty() && quotes(i) && !mayShow(c, i, a);
    });
}

bool mayShow(const Conference& c, const ScaleAnswer& answer, const Audience& a) {
    return seenByThoseWhoWereOut(c, answer.said, a);
}

bool mayShow(const Conference& c, const View& view, const Audience& a) {
    return seenByThoseWhoWereOut(c, view.said, a);
}

bool mayShow(const Conference& c, const Dissent& dissent, const Audience& a) {
    return seenByThoseWhoWereOut(c, dissent.said, a);
}

bool mayShow(const Conference& c, const ChildView& view, const Audience& a) {
    if (a.reader == Reader::Professionals) return true;
    return !view.confidential && seenByThoseWhoWereOut(c, view.said, a);
}

bool mayShow(const Report& report, const Audience& a) {
    return !familyReads(a) || report.openToParents;
}

bool mayShowReasonsForLeaving(const Audience& a) {
    return a.reader == Reader::Professionals;
}

Conference asProtectedNow(Conference picture, const Conference& live) {
    picture.participants = live.participants;
    for (Item& item : picture.items)
        if (const Item* now = findItem(live, item.id)) {
            item.confidential = item.confidential || now->confidential;
            item.shownToFamily = item.shownToFamily && now->shownToFamily;
        }
    for (Child& child : picture.children)
        if (const Child* now = findChild(live, child.id))
            for (std::size_t i = 0; i < child.views.size() && i < now->views.size(); ++i)
                child.views[i].confidential =
                    child.views[i].confidential || now->views[i].confidential;
    for (Action& action : picture.plan.actions)
        if (const Action* now = findAction(live, action.id))
            action.confidential = action.confidential || now->confidential;
    return picture;
}

bool isInRoom(const Participant& p, const Audience& a) {
    return isPresent(p, a.now);
}

std::vector<bool> inRoomAt(const Conference& c, DateTime now) {
    std::vector<bool> in;
    in.reserve(c.participants.size());
    for (const Participant& p : c.participants)
        in.push_back(isInRoom(p, Audience::room(now)));
    return in;
}

} // namespace cpc
