#include "domain/plan_people.hpp"

#include "domain/names.hpp"

#include <algorithm>

namespace cpc {

bool mayBeKeyWorker(Role role) {
    return isProfessional(role);
}

bool isUsualKeyWorker(Role role) {
    return role == Role::SocialWorker;
}

bool mayBeInCoreGroup(Role role) {
    return role != Role::Chair && role != Role::MinuteTaker && role != Role::Interpreter;
}

std::vector<const Participant*> coreGroupCandidates(const Conference& c, const PlanDetails& plan) {
    std::vector<const Participant*> out;
    for (const auto& p : c.participants) {
        const bool in =
            std::find(plan.coreGroup.begin(), plan.coreGroup.end(), p.id) != plan.coreGroup.end();
        if (in || mayBeInCoreGroup(p.role)) out.push_back(&p);
    }
    return out;
}

std::vector<Id> withUsualCoreGroup(const Conference& c, const PlanDetails& plan) {
    std::vector<Id> group = plan.coreGroup;
    auto add = [&](const Id& id) {
        if (findParticipant(c, id) && std::find(group.begin(), group.end(), id) == group.end())
            group.push_back(id);
    };
    if (plan.keyWorker) add(*plan.keyWorker);
    for (const auto& p : c.participants)
        if (p.role == Role::Parent || p.role == Role::Carer) add(p.id);
    for (const auto& a : c.plan.actions)
        add(a.who);
    return group;
}

} // namespace cpc
