#include "domain/scaling.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"

#include <algorithm>
#include <cmath>

namespace cpc {
namespace {

double medianOf(std::vector<int> xs) {
    std::sort(xs.begin(), xs.end());
    auto n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2.0;
}

std::string firstName(const std::string& name) {
    return name.substr(0, name.find(' '));
}

// Two rounds ask the same thing when they scale the same child and either the
// same statement or the same question.
bool sameQuestion(const Conference& a, const ScalingRound& x, const Conference& b,
                  const ScalingRound& y) {
    if (x.child != y.child) return false;
    if (x.statement || y.statement) {
        const Item* ix = x.statement ? findItem(a, *x.statement) : nullptr;
        const Item* iy = y.statement ? findItem(b, *y.statement) : nullptr;
        return ix && iy && ix->text == iy->text;
    }
    return x.question == y.question;
}

} // namespace

Spread spreadOf(const ScalingRound& round) {
    Spread s;
    std::vector<int> scores;
    for (const auto& a : round.responses) {
        if (!a.score) {
            ++s.declined;
            continue;
        }
        scores.push_back(*a.score);
    }
    s.answered = static_cast<int>(scores.size());
    if (scores.empty()) return s;
    auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    s.lowest = *lo;
    s.highest = *hi;
    s.median = medianOf(scores);
    if (scores.size() < 4) return s;
    for (const auto& a : round.responses) {
        if (!a.score) continue;
        std::vector<int> others;
        bool skipped = false;
        for (const auto& b : round.responses) {
            if (!b.score) continue;
            if (!skipped && b.participant == a.participant) {
                skipped = true;
                continue;
            }
            others.push_back(*b.score);
        }
        if (std::abs(*a.score - medianOf(others)) >= standApartDistance)
            s.standApart.push_back(a.participant);
    }
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

ScalingRound overallRound(const Child& child, Id id) {
    std::string name = firstName(child.name);
    ScalingRound r;
    r.id = std::move(id);
    r.child = child.id;
    r.question = "On a scale of 0 to 10, where are things for " + name + " today?";
    r.low = name + " is not safe at home";
    r.high = name + " is safe enough that the plan can end";
    r.revealed = false; // blind until the chair reveals
    return r;
}

ScalingRound statementRound(const Item& worry, std::optional<Id> child, Id id) {
    ScalingRound r;
    r.id = std::move(id);
    r.child = std::move(child);
    r.statement = worry.id;
    r.question = "How worried are we about this? \u201C" + worry.text + "\u201D";
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
    return found;
}

} // namespace cpc
