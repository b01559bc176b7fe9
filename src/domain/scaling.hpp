#pragma once
// Scaling questions (DOMAIN.md): the point is to show differences, so a round
// is summed up by its spread — every answer, the range, the median, and who
// stands apart — never by an average alone.

#include "domain/conference.hpp"

#include <optional>
#include <vector>

namespace cpc {

struct Spread {
    int answered = 0; // with a score
    int declined = 0;
    std::optional<int> lowest, highest;
    std::optional<double> median;
    std::vector<Id> standApart; // participants whose answers stand apart from the rest
};

// An answer stands apart when there are at least four scores and it lies
// three or more points from the median of the others.
inline constexpr int standApartDistance = 3;
Spread spreadOf(const ScalingRound& round);

// Very low answers call for the chair's immediate attention: 0 to 2 where 10
// is safe, 8 to 10 where the scale is turned round.
bool isVeryLow(const ScalingRound& round, int score);

// Who is asked: everyone in the room who gives views, family included;
// supporters, interpreters, the minute-taker and the chair are not asked.
std::vector<Id> whoIsAsked(const Conference& c, DateTime now);

// Ready-made rounds. The overall question for one child, or one danger
// statement (a "worried about" item), both with the usual 0 = unsafe, 10 = safe.
ScalingRound overallRound(const Child& child, Id id);
ScalingRound statementRound(const Item& worry, std::optional<Id> child, Id id);

// The round of the same question asked earlier in `c` than `round` (start of
// the meeting vs end), or in the previous conference; nullptr when none.
const ScalingRound* earlierRound(const Conference& c, const ScalingRound& round);
const ScalingRound* sameRoundIn(const Conference& previous, const Conference& c,
                                const ScalingRound& round);

} // namespace cpc
