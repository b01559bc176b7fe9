#pragma once
// The Decision phase on the wall: one child's decision in plain words, only
// once the chair has chosen to show it; until then, a calm "deciding" screen.

#include "ui/projector/projector_content.hpp"

#include <optional>
#include <string>

namespace cpc::ui::projector {

// `child`: set only when the chair chose to show that child's decision.
// Until then the wall shows the children's views the room may see: the
// conference decides having heard them.
Screen decisionScreen(const Conference& c, const std::optional<Id>& child, const Audience& room);

} // namespace cpc::ui::projector
