#pragma once
// Stretches of presence for the tests of who takes part and how.

#include "domain/conference.hpp"

#include <optional>
#include <string>

namespace cpc::test {

// A stretch from `start` (to `end`, when given) in `mode`; `asked`: why the
// chair asked them to leave at its end.
inline Presence stretch(const char* start, std::optional<const char*> end, PresenceMode mode,
                        std::string asked = "") {
    Presence s{*parseDateTime(start), std::nullopt, std::move(asked), mode};
    if (end) s.to = *parseDateTime(*end);
    return s;
}

} // namespace cpc::test
