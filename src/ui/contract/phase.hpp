#pragma once
// The phases of a meeting (PRODUCT.md). A phase decides what the projector
// shows by default and which editor the console puts in front; the chair can
// move between them freely.

#include <optional>
#include <string_view>

namespace cpc::ui {

enum class Phase { Prepare, Introductions, Purpose, Information, Scaling, Decision, Plan, Close };

inline constexpr Phase allPhases[] = {Phase::Prepare,     Phase::Introductions, Phase::Purpose,
                                      Phase::Information, Phase::Scaling,       Phase::Decision,
                                      Phase::Plan,        Phase::Close};

std::string_view phaseLabel(Phase p); // "Information"
std::string_view phaseToken(Phase p); // "information", as on the command line
std::optional<Phase> phaseFromToken(std::string_view token);

} // namespace cpc::ui
