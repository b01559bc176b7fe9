#pragma once
// What the projector says in each phase, as words and their looks (no
// positions, no ImGui). What may be shown is asked of domain/disclosure.hpp
// here, before any layout can leave a trace of it.

#include "domain/conference.hpp"
#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/taking_part.hpp"
#include "domain/words.hpp"
#include "ui/contract/console_state.hpp"
#include "ui/contract/phase.hpp"
#include "ui/projector/projector_layout.hpp"

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

// `now`: the room's clock, for who is in front of the wall. `decisionChild`:
// the child whose decision the chair chose to show, if any.
Screen screenFor(const Conference& c, Phase phase, NameStyle names, DateTime now,
                 const std::optional<Id>& decisionChild = {});

// The calm title: the conference, the children's first names, the date.
Screen titleScreen(const Conference& c);

// The items the room may see in one column, in board order.
std::vector<const Item*> shownItems(const Conference& c, Column column, const Audience& room);

// "— Danielle Nowak, about Zoë and Kacper"; empty when there is nothing to say.
std::string attribution(const Conference& c, const Item& item, NameStyle names);

// "Zoë, Kacper and Lena": the first word of each child's name.
std::string firstNames(const Conference& c, const std::vector<Id>& children);

// Every child's first name, in the conference's order.
std::vector<std::string> allChildren(const Conference& c);
// One step smaller and grey: who said it, a note.
Paragraph muted(std::string text);
// What the chair typed, a block per paragraph so that pages break between
// them, `heading` in bold at the top of the first; nothing when it is blank.
void appendParagraphs(std::vector<Block>& out, const std::string& heading, const std::string& text);
// A person as the chair chose to name people on the wall: name or role.
std::string personLabel(const Participant& p, NameStyle names);

} // namespace cpc::ui::projector
