#include "domain/scaling.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace cpc {
namespace {

template <typename T> double medianOf(std::vector<T> xs) {
    std::sort(xs.begin(), xs.end());
    auto n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
}

// How far each score lies from `centre`; their median is the median absolute
// deviation, a measure of spread that a few far answers cannot pull.
std::vector<double> deviationsFrom(const std::vector<int>& xs, double centre) {
    std::vector<double> out;
    for (int x : xs)
        out.push_back(std::abs(x - centre));
    return out;
}

// How many answers at one end stand apart (`fromEnd` is sorted from that end
// inwards): the most, up to `most`, with standApartDistance or more between
// them and the rest, and far from the rest for how closely the rest agree.
std::size_t apartAtEnd(const std::vector<int>& fromEnd, std::size_t most) {
    for (std::size_t k = most; k > 0; --k) {
        if (std::abs(fromEnd[k] - fromEnd[k - 1]) < standApartDistance) continue;
        const std::vector<int> rest(fromEnd.begin() + static_cast<std::ptrdiff_t>(k),
                                    fromEnd.end());
        const double centre = medianOf(rest);
        if (std::abs(fromEnd[k - 1] - centre) >=
            standApartDeviations * medianOf(deviationsFrom(rest, centre)))
            return k;
    }
    return 0;
}

// Letters and digits only, folded to lower case: "Where are things today?"
// and "where are things  today" are one question, however it was retyped.
std::string gist(const std::string& text) {
    std::string out;
    for (unsigned char ch : text)
        if (std::isalnum(ch) || ch >= 0x80) out += static_cast<char>(std::tolower(ch));
    return out;
}

// Two rounds ask the same thing when they scale the same child, on the same
// scale (a turned-round scale would plot 8 where 2 was meant), and either the
// same statement or the same question.
bool sameQuestion(const Conference& a, const ScalingRound& x, const Conference& b,
                  const ScalingRound& y) {
    if (x.child != y.child || x.direction != y.direction) return false;
    if (x.statement || y.statement) {
        const Item* ix = x.statement ? findItem(a, *x.statement) : nullptr;
        const Item* iy = y.statement ? findItem(b, *y.statement) : nullptr;
        return ix && iy && gist(ix->text) == gist(iy->text);
    }
    return gist(x.question) == gist(y.question);
}

// The child's one round about no statement: the overall question, however it
// was worded. Null when there is none or more than one.
const ScalingRound* onlyOverallRound(const Conference& c, const ScalingRound& like) {
    const ScalingRound* found = nullptr;
    for (const auto& r : c.scaling) {
        if (r.statement || r.child != like.child || r.direction != like.direction) continue;
        if (found && gist(found->question) != gist(r.question)) return nullptr;
        found = &r;
    }
    return found;
}

} // namespace

Spread spreadOf(const ScalingRound& round) {
    Spread s;
    std::vector<const ScaleAnswer*> scored;
    std::vector<int> scores;
    for (const auto& a : round.responses) {
        if (!a.score) {
            ++s.declined;
            continue;
        }
        scored.push_back(&a);
        scores.push_back(*a.score);
    }
    s.answered = static_cast<int>(scores.size());
    if (scores.empty()) return s;
    auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    s.lowest = *lo;
    s.highest = *hi;
    s.median = medianOf(scores);
    const std::size_t n = scores.size();
    if (n < 4) return s;

    // Measured from the median alone, one side of a room that falls into
    // camps is ringed, and so is the end of an even spread; neither tells the
    // room anything. A ring should say "this view is not shared": a few
    // answers with empty line between them and a rest that agrees.
    std::vector<int> sorted = scores;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t few = n / 4;
    const std::size_t low = apartAtEnd(sorted, few);
    const std::size_t high = apartAtEnd(std::vector<int>(sorted.rbegin(), sorted.rend()), few);
    if (low + high > 0 && low + high <= few) {
        for (const ScaleAnswer* a : scored)
            if ((low && *a->score <= sorted[low - 1]) || (high && *a->score >= sorted[n - high]))
                s.standApart.push_back(a->participant);
        return s;
    }

    // Two groups by the same empty stretch of line, rather than by clustering,
    // so that it is what the room sees and never finds camps that are not there.
    std::optional<std::size_t> gap; // the first answer above it, in `sorted`
    for (std::size_t i = 1; i < n; ++i) {
        if (sorted[i] - sorted[i - 1] < standApartDistance) continue;
        if (gap) return s; // three groups or more
        gap = i;
    }
    if (!gap || *gap < 2 || n - *gap < 2) return s; // one answer alone is not a group
    for (const ScaleAnswer* a : scored)
        (*a->score < sorted[*gap] ? s.lowerGroup : s.upperGroup).push_back(a->participant);
    return s;
}

bool isVeryLow(const ScalingRound& round, int score) {
    return round.direction == Direction::HighIsSafe ? score <= 2 : score >= 8;
}

std::vector<Id> whoIsAsked(const Conference& c, DateTime now) {
    std::vector<Id> out;
    for (const auto& p : c.participants)
        if (givesViews(p.role) && isPresent(p, now)) out.push_back(p.id);
    return out;
}

std::vector<Id> countedFor(const Conference& c, const ScalingRound& round, DateTime now) {
    std::vector<Id> out = whoIsAsked(c, now);
    for (const auto& a : round.responses)
        if (std::find(out.begin(), out.end(), a.participant) == out.end())
            out.push_back(a.participant);
    return out;
}

ScalingRound overallRound(const Child& child, Id id) {
    std::string name = firstName(child.name);
    ScalingRound r;
    r.id = std::move(id);
    r.child = child.id;
    r.question = "On a scale of 0 to 10, where are things for " + name + " today?";
    r.low = name + " is not safe at home";
    r.high = name + " is safe enough that the case can close";
    r.revealed = false; // blind until the chair reveals
    return r;
}

ScalingRound statementRound(const Item& worry, std::optional<Id> child, Id id) {
    ScalingRound r;
    r.id = std::move(id);
    r.child = std::move(child);
    r.statement = worry.id;
    r.question = "On a scale of 0 to 10, how safe are things now, about this worry? \u201C" +
                 worry.text + "\u201D";
    r.low = "this danger is happening now";
    r.high = "this danger is no longer a worry";
    r.revealed = false;
    return r;
}

const ScalingRound* earlierRound(const Conference& c, const ScalingRound& round) {
    const ScalingRound* found = nullptr;
    for (const auto& r : c.scaling) {
        if (r.id == round.id) return found;
        if (sameQuestion(c, r, c, round)) found = &r;
    }
    return nullptr;
}

const ScalingRound* sameRoundIn(const Conference& previous, const Conference& c,
                                const ScalingRound& round) {
    const ScalingRound* found = nullptr;
    for (const auto& r : previous.scaling)
        if (sameQuestion(previous, r, c, round)) found = &r; // the last time it was asked
    if (found || round.statement) return found;
    // Reworded between the conferences: still the child's overall question
    // when each conference asked only one about no statement.
    const ScalingRound* here = onlyOverallRound(c, round);
    if (!here || gist(here->question) != gist(round.question)) return nullptr;
    return onlyOverallRound(previous, round);
}

} // namespace cpc
