#pragma once
// Who the plan's people are (DOMAIN.md, "The outline plan"): the key worker,
// a qualified children's social worker, the lead professional; and the core
// group, family members and professionals. The Plan phase offers and checks
// them by these rules; the rules' findings say when one is broken.

#include "domain/conference.hpp"

#include <vector>

namespace cpc {

// Who may be the key worker: a professional; a social worker usually is.
bool mayBeKeyWorker(Role role);
bool isUsualKeyWorker(Role role);

// Who may be in the core group: anyone but those who run or serve the
// meeting (the chair, the minute-taker, an interpreter). Someone already in
// it stays offered whatever their role, so they can be taken out.
bool mayBeInCoreGroup(Role role);
std::vector<const Participant*> coreGroupCandidates(const Conference& c, const PlanDetails& plan);

// The usual core group: the key worker, the parents and carers, and everyone
// who has an action, added to the group as it stands, each once, in that order.
std::vector<Id> withUsualCoreGroup(const Conference& c, const PlanDetails& plan);

} // namespace cpc
