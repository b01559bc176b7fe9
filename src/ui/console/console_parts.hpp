#pragma once
// The parts of the chair console around the phase editor, each in its own
// file: the status bar, the phase rail, the findings beside the editor, the
// help overlay. drawConsole (console.cpp) puts them together.

#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"

#include <span>
#include <string_view>

namespace cpc::ui {

// When saving fails: what failed and why, and a way to save a copy elsewhere.
void drawSaveBanner(const ConsoleView& view, ConsoleState& state, Intents& out);

// Title and children; the clock against the limit; quorum; saved; projector.
void drawStatusBar(const ConsoleView& view, ConsoleState& state, Intents& out);

// The phases down the side; a click puts that phase's editor in front.
void drawPhaseRail(const ConsoleView& view, ConsoleState& state);
void goToPhase(ConsoleState& state, Phase phase);

// The rules' findings whose keys start with one of `prefixes`, in words.
// Returns false (drawing nothing) when there are none.
bool hasFindings(const ConsoleView& view, std::span<const std::string_view> prefixes);
void drawFindings(const ConsoleView& view, const ConsoleState& state,
                  std::span<const std::string_view> prefixes);

// Every shortcut of the table, grouped by where it works.
void drawHelpOverlay(const ConsoleView& view, ConsoleState& state);

} // namespace cpc::ui
