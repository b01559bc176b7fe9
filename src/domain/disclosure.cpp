#include "domain/disclosure.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "domain/words.hpp"

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

bool sharedWithFamily(const Conference& c, const Item& item) {
    return !item.confidential && item.shownToFamily && !outWhenSaid(c, item).empty();
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

ScalingRound seenBy(const Conference& c, const ScalingRound& round, const Audience& a) {
    ScalingRound shown = round;
    std::erase_if(shown.responses, [&](const ScaleAnswer& x) { return !mayShow(c, x, a); });
    return shown;
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

bool mayShowPrivacyCheck(const Audience& a) {
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

std::string questionFor(const Conference& c, const ScalingRound& round, const Audience& a) {
    if (!mayShowQuestion(c, round, a))
        return "On a scale of 0 to 10, how safe are things now, about this worry?";
    if (round.question.find_first_not_of(" \t\r\n") == std::string::npos)
        return "On a scale of 0 to 10, where are things today?";
    return round.question;
}

LeftOut leftOutOfFamilyPapers(const Conference& c) {
    const Audience family = Audience::family();
    LeftOut left;
    for (const auto& i : c.items)
        left.items += mayShow(c, i, family) ? 0 : 1;
    for (const auto& a : c.plan.actions)
        left.actions += mayShow(c, a, family) ? 0 : 1;
    for (const auto& r : c.scaling)
        for (const auto& answer : r.responses)
            left.answers += mayShow(c, answer, family) ? 0 : 1;
    for (const auto& d : c.decisions) {
        for (const auto& v : d.views)
            left.recommendations += mayShow(c, v, family) ? 0 : 1;
        for (const auto& x : d.dissent)
            left.dissents += mayShow(c, x, family) ? 0 : 1;
    }
    for (const auto& child : c.children)
        for (const auto& v : child.views)
            left.views += mayShow(c, v, family) ? 0 : 1;
    for (const auto& r : c.reports)
        left.reports += mayShow(r, family) ? 0 : 1;
    if (!mayShowReasonsForLeaving(family))
        for (const auto& p : c.participants) {
            bool reason = !p.exclusionReason.empty();
            for (const auto& stretch : p.presence)
                reason = reason || !stretch.askedToLeave.empty();
            left.reasons += reason ? 1 : 0;
        }
    if (!mayShowPrivacyCheck(family))
        for (const auto& p : c.participants)
            left.privacyChecks += p.privacyCheck ? 1 : 0;
    return left;
}

std::string leftOutWords(const LeftOut& left) {
    std::vector<std::string> parts;
    auto add = [&](int n, const char* one, const char* many) {
        if (n > 0) parts.push_back(std::to_string(n) + " " + (n == 1 ? one : many));
    };
    add(left.items, "board item", "board items");
    add(left.actions, "action", "actions");
    add(left.answers, "scaling answer", "scaling answers");
    add(left.recommendations, "recommendation's comment", "recommendations' comments");
    add(left.dissents, "dissent's reasons", "dissents' reasons");
    add(left.views, "view of a child", "views of the children");
    add(left.reports, "report not open to parents", "reports not open to parents");
    add(left.reasons, "reason someone was asked to leave", "reasons people were asked to leave");
    add(left.privacyChecks, "privacy check of someone on a call",
        "privacy checks of those on a call");
    return joinWithAnd(parts);
}

} // namespace cpc
