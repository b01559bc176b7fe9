#pragma once
// "Who said it?": pick a participant by typing part of their name. People in
// the room come first; Enter takes the highlighted one, Esc leaves things as
// they were, and the last entry clears the choice.

#include "domain/conference.hpp"
#include "ui/contract/console_state.hpp"
#include "ui/widgets/pick_list.hpp"
#include "ui/widgets/theme.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc::ui {

// The participants that match the filter, best first: name starts with it,
// then a word of the name, then role or agency; in the room before not.
std::vector<Id> pickerMatches(const Conference& c, DateTime now, const std::string& filter);

void openPicker(PickState& picker);

// What a picker asks and whom it offers; the defaults are "who said it?".
struct PickerSetup {
    std::string question = "Who said it? Type part of a name, Enter to pick, Esc to cancel.";
    std::optional<std::vector<Id>> only;             // offer only these people; nullopt: everyone
    std::string noOne = "No one: clear who said it"; // the last row; empty: no such row
    std::string noMatch;                             // said when no one offered matches the filter
};

// The participants as choices of a pick list: in the room first.
std::vector<PickChoice> personChoices(const Conference& c, DateTime now);

// Draws the picker where the cursor is and handles its keys (a pick list of
// the participants; Pick::id is the person).
Pick drawPersonPicker(PickState& picker, const Conference& c, DateTime now, const Palette& palette,
                      const PickerSetup& setup = {});

} // namespace cpc::ui
