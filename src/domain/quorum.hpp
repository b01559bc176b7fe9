#pragma once
// Live quorum (DOMAIN.md "Quorum"): quorate when children's social care and at
// least two other agencies are in the room. People come and go, so it is
// asked of a moment, not of the meeting.

#include "domain/conference.hpp"
#include "domain/taking_part.hpp"

#include <string>
#include <vector>

namespace cpc {

struct Quorum {
    bool quorate = false;
    bool socialCare = false;                // a social worker or team manager is present
    std::vector<std::string> otherAgencies; // present, other than social care, as named
    std::string explanation;                // "Quorate: ..." / "Not quorate: no ..."
};

// Who is in the room at `at`: attended, and inside one of their presence
// stretches (an attendee with no times recorded counts as present throughout).
// Present by video or phone counts exactly as in the room: quorum asks who
// takes part, not where they sit.
bool isPresent(const Participant& p, DateTime at);

Quorum quorumAt(const Conference& c, DateTime at);

} // namespace cpc
