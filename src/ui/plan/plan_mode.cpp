#include "ui/plan/plan_mode.hpp"

#include <algorithm>

namespace cpc::ui::plan {

Mode modeOf(const Decision& d) {
    if (!d.outcome) return Mode::ChildProtection;
    switch (*d.outcome) {
    case Outcome::Plan:
    case Outcome::ContinuePlan:
        return Mode::ChildProtection;
    case Outcome::ChildInNeed:
    case Outcome::EndPlan: // ending a plan often leaves a Child in Need plan
        return Mode::ChildInNeed;
    case Outcome::NoFurtherAction:
        return Mode::NoPlan;
    }
    return Mode::ChildProtection;
}

Mode modeOf(const Conference& c) {
    if (c.decisions.empty()) return Mode::ChildProtection;
    bool childInNeed = false;
    for (const auto& d : c.decisions) {
        const Mode m = modeOf(d);
        if (m == Mode::ChildProtection) return m;
        childInNeed = childInNeed || m == Mode::ChildInNeed;
    }
    return childInNeed ? Mode::ChildInNeed : Mode::NoPlan;
}

Mode modeOfChild(const Conference& c, const Id& child) {
    auto d = std::find_if(c.decisions.begin(), c.decisions.end(),
                          [&](const Decision& x) { return x.child == child; });
    return d == c.decisions.end() ? modeOf(c) : modeOf(*d);
}

bool atReview(const Conference& c, const Conference* previous) {
    return previous != nullptr || c.reviewOf.has_value();
}

bool carriedOver(const Conference& c, const Conference* previous, const Action& a) {
    if (previous) return findAction(*previous, a.id) != nullptr;
    // Without the last conference at hand: startReview marks every action it
    // carries over "not started"; actions added since have no progress.
    return c.reviewOf.has_value() && a.progress.has_value();
}

} // namespace cpc::ui::plan
