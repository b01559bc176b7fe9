#pragma once
// Helping the chair decide (DOMAIN.md "The decision and dissent"): the tally
// of professionals' recommendations, and who disagrees with the outcome.

#include "domain/conference.hpp"

#include <array>
#include <vector>

namespace cpc {

struct Tally {
    int plan = 0;
    int noPlan = 0;
    std::array<int, 4> categories{}; // indexed by Category
};

// Professionals' recommendations only: family views are recorded as the
// parents' view and are not counted.
Tally tallyOf(const Conference& c, const Decision& d);

// Whether a recommendation agrees with an outcome: a plan with a plan (or a
// continued plan); no plan with a Child in Need plan, no further action, or
// ending the plan. Plan or no plan only: categories are not compared here.
bool agrees(Recommendation r, Outcome o);

// Whether a recommendation of a plan names a category the decision does not
// have, when the outcome is a plan: one whose categories are all among the
// decision's agrees with it. A recommendation or a decision
// without categories does not differ by category: there is nothing to differ on.
bool differsByCategory(const View& v, const Decision& d);

// The professionals whose recommendation differs from the outcome (plan or no
// plan, or a plan's categories) and who are not yet recorded as dissenting: the
// chair is offered each of them.
std::vector<Id> dissentToOffer(const Conference& c, const Decision& d);

} // namespace cpc
