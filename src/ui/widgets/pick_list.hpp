#pragma once
// One widget for every choice from a list (a person, a role, a worry): type
// part of it, Up/Down, Enter; the mouse works too. Entries whose words start
// with what is typed come first, then those with a later word that does,
// then those whose other words (a role, an agency) do.

#include "ui/contract/console_state.hpp"
#include "ui/widgets/theme.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc::ui {

struct PickChoice {
    std::string id;    // what is picked: a participant's id, a role's token, ...
    std::string line;  // as the row shows it
    std::string words; // what typing looks in first (a name)
    std::string also;  // and then (a role, an agency)
    int tier = 0;      // a lower tier comes first whatever matches better (social workers
                       // for a key worker)
    int group = 0;     // then how well it matches; then a lower group (in the room, say)
    bool muted = false;
    bool anywhere = false; // what is typed may match inside the words (a worry's text)
};

// The choices that match `filter`, best first (indexes into `choices`).
std::vector<std::size_t> pickOrder(const std::vector<PickChoice>& choices,
                                   const std::string& filter);

enum class PickOutcome { Open, Picked, Cancelled };

struct Pick {
    PickOutcome outcome = PickOutcome::Open;
    std::optional<std::string> id; // when picked: empty means "no one"
};

// What a pick list asks and offers beside its choices.
struct PickListSetup {
    std::string question;
    std::string hint = "type part of it";
    std::string noOne;   // a last row choosing nothing; empty: no such row
    std::string noMatch; // said when nothing matches the filter
    float widthEm = 30;  // the rows' width; 0: all there is
};

// A pick list opened by a key (PickState::open): a filter line that has
// the keyboard, and the rows under it.
Pick drawPickList(PickState& state, const std::vector<PickChoice>& choices, const Palette& palette,
                  const PickListSetup& setup);

// The rows alone, for a field with its own line (the "who" of an action,
// which also keeps free words): `order` indexes `choices`; a non-empty `noOne`
// is the last row. Returns the row clicked.
std::optional<int> drawPickRows(const std::vector<PickChoice>& choices,
                                const std::vector<std::size_t>& order, const std::string& noOne,
                                int highlighted, bool moved, const Palette& palette,
                                float widthEm = 30);

// A field in a form that is a pick list: Tab reaches it like any field and
// it shows the current choice; typing filters, Up/Down move, Enter or Tab
// takes the highlighted one, Esc leaves the choice as it was. Returns the id
// chosen on the frame it is chosen.
std::optional<std::string> pickField(const char* id, const std::string& current, PickState& state,
                                     const std::vector<PickChoice>& choices,
                                     const Palette& palette);

// The roles, by their labels, for pickField.
std::vector<PickChoice> roleChoices();

} // namespace cpc::ui
