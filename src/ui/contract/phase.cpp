#include "ui/contract/phase.hpp"

#include <array>

namespace cpc::ui {
namespace {
struct PhaseName {
    Phase phase;
    std::string_view token, label;
};
constexpr std::array<PhaseName, 8> phaseNames{
    {{Phase::Prepare, "prepare", "Prepare"},
     {Phase::Introductions, "introductions", "Introductions"},
     {Phase::Purpose, "purpose", "Purpose"},
     {Phase::Information, "information", "Information"},
     {Phase::Scaling, "scaling", "Scaling"},
     {Phase::Decision, "decision", "Decision"},
     {Phase::Plan, "plan", "Plan"},
     {Phase::Close, "close", "Close"}}};
} // namespace

std::string_view phaseLabel(Phase p) {
    return phaseNames[static_cast<std::size_t>(p)].label;
}
std::string_view phaseToken(Phase p) {
    return phaseNames[static_cast<std::size_t>(p)].token;
}
std::optional<Phase> phaseFromToken(std::string_view token) {
    for (const auto& n : phaseNames)
        if (n.token == token) return n.phase;
    return std::nullopt;
}

} // namespace cpc::ui
