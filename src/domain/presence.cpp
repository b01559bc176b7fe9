#include "domain/presence.hpp"

#include "domain/names.hpp"

namespace cpc {

bool wasAskedToLeaveAt(const Participant& p, DateTime at) {
    for (std::size_t i = 0; i < p.presence.size(); ++i) {
        const auto& stretch = p.presence[i];
        if (stretch.askedToLeave.empty() || !stretch.to || at < *stretch.to) continue;
        bool cameBack = i + 1 < p.presence.size() && p.presence[i + 1].from <= at;
        if (!cameBack) return true;
    }
    return false;
}

bool saidWhileFamilyAskedToLeave(const Conference& c, const Item& item) {
    if (!item.said) return false;
    for (const auto& p : c.participants)
        if ((p.role == Role::Parent || p.role == Role::Carer) && wasAskedToLeaveAt(p, *item.said))
            return true;
    return false;
}

} // namespace cpc
