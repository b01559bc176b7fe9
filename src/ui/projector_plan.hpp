#pragma once
// The Plan phase on the wall: the outline plan as a table (what, who, by
// when), then how the children are kept safe, the contingency and the dates.

#include "ui/projector_content.hpp"

#include <string>

namespace cpc::ui::projector {

Screen planScreen(const Conference& c, NameStyle names);

// A Child in Need plan: every child's decision is a Child in Need plan.
bool isChildInNeedPlan(const Conference& c);

// Who does an action: a participant's name (or role) and, for a
// professional, their agency; anything else just as the chair typed it.
Block actionOwner(const Conference& c, const std::string& who, NameStyle names);

} // namespace cpc::ui::projector
