#pragma once
// The Plan phase on the wall: the outline plan as a table (what, who, by
// when, and at a review what became of each action since the last time),
// then how the children are kept safe, the contingency and the dates. The
// kind of plan is the console's (domain/outcome.hpp, conferencePlan): a
// child protection plan, a Child in Need plan, or, when no child has a plan
// after the meeting, a page that says so.

#include "ui/projector/projector_content.hpp"

#include <string>

namespace cpc::ui::projector {

// Only the actions the room may see (domain/disclosure.hpp).
Screen planScreen(const Conference& c, NameStyle names, const Audience& room);

// Who does an action: a participant's name (or role) and, for a
// professional, their agency; anything else just as the chair typed it.
Block actionOwner(const Conference& c, const std::string& who, NameStyle names);

} // namespace cpc::ui::projector
