#pragma once
// The Scaling phase's parts, shared by its source files: the answer line, its
// keys and new rounds (scaling_panel.cpp); the grid of everyone's answers
// (scaling_panel_grid.cpp); the selected round in full, its wording, spread
// and earlier answers (scaling_panel_round.cpp).

#include "domain/conference.hpp"
#include "domain/typed.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"
#include "ui/widgets/theme.hpp"

#include <imgui.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::ui::scaling {

// What has the keyboard in the Scaling phase: the answer line, unless one of
// the pickers is open or the chair is writing the round's wording.
enum class ScalingKeys { AnswerLine, PersonPicker, WorryPicker, Wording };
ScalingKeys keysGoTo(const ScalingState& st);

// The grid's rows: everyone asked now (whoIsAsked), then anyone who answered
// a round and is no longer in the room.
std::vector<Id> rowsOf(const Conference& c, DateTime now);
const ScaleAnswer* answerOf(const ScalingRound& r, const Id& person);
// "6 of 9 answered"
std::string answeredText(const Conference& c, const ScalingRound& r, DateTime now);
// How many times this question has been asked up to and including this round.
int timesAsked(const Conference& c, const ScalingRound& r);

// Short, for the grid's header: "Zoë", "Zoë · 2nd", "Zoë: Police call…".
std::string roundLabel(const Conference& c, const ScalingRound& r);
// In full: "Zoë: the overall question, asked the 2nd time".
std::string roundTitle(const Conference& c, const ScalingRound& r);
// "7", "2  very low", "declined": what a cell shows.
std::string cellText(const ScalingRound& r, const ScaleAnswer& a);

const ScalingRound* selectedRound(const Conference& c, const ScalingState& st);
// Selects a round and puts it on the projector.
void selectRound(ConsoleState& state, const Id& round);
void emit(Intents& out, Edit e);

// Reveal a blind round (putting it on the projector), or blind it again. A
// round not everyone asked has answered is revealed on the second asking.
void toggleReveal(const ConsoleView& view, ConsoleState& state, Intents& out,
                  const ScalingRound& r);

// 10 is safe, or 10 is the highest risk: only before anyone has answered.
void turnScale(ConsoleState& state, Intents& out, const ScalingRound& r);

void drawGrid(const ConsoleView& view, ConsoleState& state, const Palette& pal, ImVec2 size);
void drawRound(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal);

} // namespace cpc::ui::scaling
