#pragma once
// The Prepare phase's forms, shared by its source files. Each form edits a
// draft held in PrepareState and emits one edit when saved; a date that is
// not a date is shown as wrong and nothing is saved.

#include "domain/typed.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"
#include "ui/widgets/theme.hpp"

#include <string>

namespace cpc::ui::prepare {

void emit(Intents& out, Edit e);

// A labelled one-line field; true when Enter was pressed in it.
bool field(const char* label, std::string& value, bool& focus, const char* hint = nullptr);
bool field(const char* label, std::string& value);
// A date field (YYYY-MM-DD): says so beside it when the text is not a date.
bool dateField(const char* label, std::string& value, const Palette& pal);
bool dateField(const char* label, std::string& value, const Palette& pal, bool& focus);
// Starts the row of a labelled widget that is not a text field.
void label(const char* text);

// The conference details; shared with the Purpose phase, which edits the purpose.
void syncDetails(const Conference& c, PrepareState& st);
void saveDetails(const Conference& c, PrepareState& st, Intents& out);
void drawDetails(const ConsoleView& view, ConsoleState& state, Intents& out);

void drawChildren(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawAdults(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawParticipants(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawReports(const ConsoleView& view, ConsoleState& state, Intents& out);
// The area profile as this conference has it (prepare_area.cpp).
void drawArea(const ConsoleView& view, ConsoleState& state, Intents& out);

} // namespace cpc::ui::prepare
