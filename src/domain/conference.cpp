#include "domain/conference.hpp"

#include "domain/typed.hpp"

#include <algorithm>
#include <charconv>

namespace cpc {
namespace {

template <class T, class Key> const T* findBy(const std::vector<T>& list, const Id& id, Key key) {
    auto it = std::find_if(list.begin(), list.end(), [&](const T& x) { return x.*key == id; });
    return it == list.end() ? nullptr : &*it;
}

// The number after `prefix` in `id`, when id is exactly prefix + digits.
long numberAfter(std::string_view id, std::string_view prefix) {
    if (id.size() <= prefix.size() || id.substr(0, prefix.size()) != prefix) return 0;
    long n = 0;
    auto tail = id.substr(prefix.size());
    auto [end, ec] = std::from_chars(tail.data(), tail.data() + tail.size(), n);
    return (ec == std::errc{} && end == tail.data() + tail.size()) ? n : 0;
}

} // namespace

const Child* findChild(const Conference& c, const Id& id) {
    return findBy(c.children, id, &Child::id);
}
const Participant* findParticipant(const Conference& c, const Id& id) {
    return findBy(c.participants, id, &Participant::id);
}
const Item* findItem(const Conference& c, const Id& id) {
    return findBy(c.items, id, &Item::id);
}
const ScalingRound* findRound(const Conference& c, const Id& id) {
    return findBy(c.scaling, id, &ScalingRound::id);
}
const Decision* findDecision(const Conference& c, const Id& child) {
    return findBy(c.decisions, child, &Decision::child);
}
const Action* findAction(const Conference& c, const Id& id) {
    return findBy(c.plan.actions, id, &Action::id);
}
const Adult* findAdult(const Conference& c, const Id& id) {
    return findBy(c.adults, id, &Adult::id);
}
const Adult* adultOf(const Conference& c, const Participant& p) {
    if (p.adult) return findAdult(c, *p.adult);
    const std::string name = trimmed(p.name);
    if (name.empty()) return nullptr;
    for (const auto& a : c.adults)
        if (trimmed(a.name) == name) return &a;
    return nullptr;
}
std::vector<const Participant*> parentsAndCarers(const Conference& c) {
    std::vector<const Participant*> out;
    for (const auto& p : c.participants)
        if (p.role == Role::Parent || p.role == Role::Carer) out.push_back(&p);
    return out;
}
const ParentsView* parentsViewOf(const Decision& d, const Id& participant) {
    return findBy(d.parentsViews, participant, &ParentsView::participant);
}

Id nextId(const Conference& c, std::string_view prefix) {
    long highest = 0;
    auto see = [&](const Id& id) { highest = std::max(highest, numberAfter(id, prefix)); };
    for (const auto& x : c.children)
        see(x.id);
    for (const auto& x : c.adults)
        see(x.id);
    for (const auto& x : c.participants)
        see(x.id);
    for (const auto& x : c.reports)
        see(x.id);
    for (const auto& x : c.items)
        see(x.id);
    for (const auto& x : c.scaling)
        see(x.id);
    for (const auto& x : c.plan.actions) {
        see(x.id);
        // A deleted item's id stays taken while an action names it, so that a
        // new item never inherits the link.
        if (x.fromItem) see(*x.fromItem);
    }
    return std::string(prefix) + std::to_string(highest + 1);
}

std::vector<const Item*> itemsIn(const Conference& c, Column column) {
    std::vector<const Item*> out;
    for (const auto& item : c.items)
        if (item.column == column) out.push_back(&item);
    return out;
}

} // namespace cpc
