#pragma once
// What the projector says in each phase, as words and their looks (no
// positions, no ImGui): the one place that decides what may be shown, so the
// confidential filter lives here, before any layout can leave a trace of it.

#include "domain/conference.hpp"
#include "ui/console_state.hpp"
#include "ui/phase.hpp"
#include "ui/projector_layout.hpp"

#include <string>
#include <vector>

namespace cpc::ui::projector {

struct Screen {
    // Arrangements to try (the people in one column or two); the one that
    // needs fewest pages at the largest size wins, the first on a tie.
    std::vector<Spec> choices;
    bool boardAccents = false; // column i is Column(i): its accent colours the band
    bool centred = false;      // the title screen sits in the middle of the height
};

Screen screenFor(const Conference& c, Phase phase, NameStyle names);

// The items the projector may show in one column: never a confidential one.
std::vector<const Item*> shownItems(const Conference& c, Column column);

// "— Danielle Nowak, about Zoë and Kacper"; empty when there is nothing to say.
std::string attribution(const Conference& c, const Item& item, NameStyle names);

// "Zoë, Kacper and Lena": the first word of each child's name.
std::string firstNames(const Conference& c, const std::vector<Id>& children);

} // namespace cpc::ui::projector
