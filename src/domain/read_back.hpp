#pragma once
// The read-back (issue 24): what the chair reads aloud for those who cannot
// see the wall, a parent on the phone above all. It is heard by everyone in
// the room and on the call, so it is the wall in words and asks the wall's
// rule (domain/disclosure.hpp, Audience::room) for every text: nothing
// confidential, nothing said while a family member was out unless shared.

#include "domain/conference.hpp"

#include <optional>
#include <string>
#include <vector>

namespace cpc {

// What to read: what has not been read to this listener yet, or all of it.
enum class ReadBackScope { NotYetRead, Everything };

struct ReadAloud {
    struct Part {
        std::string heading; // "Who is here", "What are we worried about?", ...
        std::vector<std::string> lines;
    };
    std::vector<Part> parts;
    // The board items, revealed rounds and actions it reads, by id: what a
    // ReadBack records when the chair marks it read.
    std::vector<Id> items;
};

// The read-back at `at` for `listener` (nullopt: for nobody in particular,
// whose "not yet read" is everything). Who is here and how always comes
// first; then each column of the board, the revealed scaling rounds, each
// decision made and the plan, as far as the wall may show them.
ReadAloud readAloud(const Conference& c, DateTime at, const std::optional<Id>& listener,
                    ReadBackScope scope);

// Plain text in reading order: a heading, its lines, a blank line between parts.
std::string readAloudText(const ReadAloud& r);

// Those who cannot see the wall now: present, and on the phone. The console
// offers the read-back to them first.
std::vector<const Participant*> cannotSeeTheWall(const Conference& c, DateTime at);

// "Five people answered for Zoë: 3, 4, 4, 5 and 7; the middle answer is 4."
// Only the answers the room may see; the answers' comments stay with the chair.
std::string roundInWords(const Conference& c, const ScalingRound& round, DateTime at);

// The full record's and the audit trail's line: "Read back to Gemma Hartley,
// on the phone, at 10:42: 6 items".
std::string readBackLine(const Conference& c, const ReadBack& r);

} // namespace cpc
