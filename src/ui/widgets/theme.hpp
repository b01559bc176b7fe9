#pragma once
// Colours and spacing. Light and high-contrast by default: projectors wash
// out dark themes. Column accents are from the Okabe-Ito set, which people
// with the common colour-vision differences can tell apart; every column is
// also named in words, so colour is never the only signal.

#include "domain/conference.hpp"
#include "ui/contract/intent.hpp"

#include <imgui.h>

namespace cpc::ui {

struct Palette {
    ImU32 background, surface, text, muted, rule, selection;
    ImU32 worried, workingWell, needsToHappen; // column accents
    ImU32 good, warning, problem;              // quorum, timers, findings
    ImU32 confidential;
};

const Palette& palette(Theme theme);
ImU32 columnAccent(const Palette& p, Column c);

// Sets ImGui's style for this theme, every size a multiple of the font size.
void applyTheme(Theme theme, float fontSize);

} // namespace cpc::ui
