// What the rules found that matters to the phase in front, in words beside
// its editor: severity as a word as well as a colour.

#include "ui/console/console_parts.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace cpc::ui {
namespace {

bool relevant(const Finding& f, std::span<const std::string_view> prefixes) {
    for (auto prefix : prefixes)
        if (std::string_view(f.rule).starts_with(prefix)) return true;
    return false;
}

} // namespace

bool hasFindings(const ConsoleView& view, std::span<const std::string_view> prefixes) {
    for (const auto& f : view.findings)
        if (relevant(f, prefixes)) return true;
    return false;
}

void drawFindings(const ConsoleView& view, const ConsoleState& state,
                  std::span<const std::string_view> prefixes) {
    if (!hasFindings(view, prefixes)) return;
    const Palette& pal = palette(state.theme);
    widget::heading(view.fonts, "To check");
    for (const auto& f : view.findings) {
        if (!relevant(f, prefixes)) continue;
        switch (f.severity) {
        case Severity::Problem:
            widget::text("Problem", pal.problem);
            break;
        case Severity::Warning:
            widget::text("Warning", pal.warning);
            break;
        case Severity::Info:
            widget::text("Note", pal.muted);
            break;
        }
        widget::wrapped(f.message);
        ImGui::Spacing();
    }
}

} // namespace cpc::ui
