#include "domain/decision_support.hpp"

#include "domain/names.hpp"

#include <algorithm>

namespace cpc {

Tally tallyOf(const Conference& c, const Decision& d) {
    Tally t;
    for (const auto& v : d.views) {
        const Participant* p = findParticipant(c, v.participant);
        if (!p || !isProfessional(p->role)) continue;
        (v.recommendation == Recommendation::Plan ? t.plan : t.noPlan)++;
        for (auto cat : v.categories)
            ++t.categories[static_cast<std::size_t>(cat)];
    }
    return t;
}

bool agrees(Recommendation r, Outcome o) {
    bool plan = o == Outcome::Plan || o == Outcome::ContinuePlan;
    return (r == Recommendation::Plan) == plan;
}

namespace {

std::vector<Category> asSet(std::vector<Category> cats) {
    std::sort(cats.begin(), cats.end());
    cats.erase(std::unique(cats.begin(), cats.end()), cats.end());
    return cats;
}

} // namespace

bool differsByCategory(const View& v, const Decision& d) {
    if (!d.outcome || !agrees(Recommendation::Plan, *d.outcome)) return false;
    if (v.recommendation != Recommendation::Plan) return false;
    if (v.categories.empty() || d.categories.empty()) return false;
    // A professional who asked for fewer categories than the chair decided
    // still has every worry of theirs recognised: that is agreement.
    const auto theirs = asSet(v.categories), decided = asSet(d.categories);
    return !std::includes(decided.begin(), decided.end(), theirs.begin(), theirs.end());
}

std::vector<Id> dissentToOffer(const Conference& c, const Decision& d) {
    std::vector<Id> out;
    if (!d.outcome) return out;
    for (const auto& v : d.views) {
        const Participant* p = findParticipant(c, v.participant);
        if (!p || !isProfessional(p->role)) continue;
        if (agrees(v.recommendation, *d.outcome) && !differsByCategory(v, d)) continue;
        bool recorded = std::any_of(d.dissent.begin(), d.dissent.end(), [&](const Dissent& x) {
            return x.participant == v.participant;
        });
        if (!recorded) out.push_back(v.participant);
    }
    return out;
}

} // namespace cpc
