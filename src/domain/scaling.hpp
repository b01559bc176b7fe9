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
    std::vector<Id> standApart; // a few answers far from a rest that agrees
    // When the answers fall into two groups instead, who is in each, in the
    // order they answered; both empty otherwise.
    std::vector<Id> lowerGroup, upperGroup;
    bool split() const { return !lowerGroup.empty(); }
};

// Answers stand apart when they are a few at either end of the line (at
// most a quarter of four or more scores) with standApartDistance points or
// more between them and the nearest of the rest, and the rest agree closely:
// each lies at least standApartDeviations times the rest's median absolute
// deviation from the rest's median. When more than a few would, none do.
// The answers are split when nobody stands apart and there is exactly one
// such gap, with at least two answers on each side. Declined answers are not
// scores.
inline constexpr int standApartDistance = 3;
inline constexpr double standApartDeviations = 3;
Spread spreadOf(const ScalingRound& round);

// Very low answers call for the chair's immediate attention: 0 to 2 where 10
// is safe, 8 to 10 where the scale is turned round.
bool isVeryLow(const ScalingRound& round, int score);

// Who is asked: everyone in the room who gives views, family included;
// supporters, interpreters, the minute-taker and the chair are not asked.
std::vector<Id> whoIsAsked(const Conference& c, DateTime now);
// Whom a round waits for: those asked now, and anyone who has answered (one
// who has left, or is no longer on the list, still counts). The console's
// count and the projector's "6 of 9 answered" are this.
std::vector<Id> countedFor(const Conference& c, const ScalingRound& round, DateTime now);

// Ready-made rounds. The overall question for one child, or one danger
// statement (a "worried about" item), both with the usual 0 = unsafe, 10 = safe.
ScalingRound overallRound(const Child& child, Id id);
ScalingRound statementRound(const Item& worry, std::optional<Id> child, Id id);

// The round of the same question asked earlier in `c` than `round` (start of
// the meeting vs end), or in the previous conference; nullptr when none. The
// same question: the same child, scale and statement, or the same words
// however retyped; between conferences, also each one's only overall question.
const ScalingRound* earlierRound(const Conference& c, const ScalingRound& round);
const ScalingRound* sameRoundIn(const Conference& previous, const Conference& c,
                                const ScalingRound& round);

} // namespace cpc
