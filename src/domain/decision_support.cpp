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

std::vector<Id> dissentToOffer(const Conference& c, const Decision& d) {
    std::vector<Id> out;
    if (!d.outcome) return out;
    for (const auto& v : d.views) {
        const Participant* p = findParticipant(c, v.participant);
        if (!p || !isProfessional(p->role) || agrees(v.recommendation, *d.outcome)) continue;
        bool recorded = std::any_of(d.dissent.begin(), d.dissent.end(), [&](const Dissent& x) {
            return x.participant == v.participant;
        });
        if (!recorded) out.push_back(v.participant);
    }
    return out;
}

} // namespace cpc
