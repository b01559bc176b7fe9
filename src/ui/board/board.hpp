#pragma once
// The Information phase's parts, shared by its source files: the typing line
// and its keys (board_panel.cpp) and the three columns (board_columns.cpp).

#include "domain/conference.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"

#include <optional>
#include <vector>

namespace cpc::ui::board {

// Ctrl+K: all children, then each child in turn, then all again.
std::vector<Id> nextChildren(const Conference& c, const std::vector<Id>& current);
// Ctrl+T: none, fact, observation, allegation, opinion, none.
std::optional<Tag> nextTag(std::optional<Tag> current);
Column nextColumn(Column c, int step); // wraps round

void emit(Intents& out, Edit e);

// Selects an item and puts its column in front.
void select(ConsoleState& state, const Item& item);
// Back to the typing line: nothing selected, the line takes the keyboard.
void backToLine(ConsoleState& state);
// What can be done to the selected item, by key or by button.
enum class ItemAction { Edit, Up, Down, Left, Right, Delete, Confidential };
void itemAction(const Conference& c, ConsoleState& state, Intents& out, const Item& item,
                ItemAction action);

// Saves or drops the in-place edit of the selected item.
void finishEditing(const Conference& c, ConsoleState& state, Intents& out, bool save);

// The three columns side by side, with their items; clicks select and edit.
void drawColumns(const ConsoleView& view, ConsoleState& state, Intents& out, float height);

} // namespace cpc::ui::board
