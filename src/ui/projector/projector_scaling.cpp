#include "ui/projector/projector_scaling.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/scaling.hpp"
#include "ui/projector/projector_content.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace cpc::ui::projector {
namespace {

// The round's own words for its ends (when the room may read them); without
// them, words that follow its direction, so that 10 is never "safe" on a
// scale where 10 is the most risk.
std::string endWords(const ScalingRound& r, bool high, bool ownWords) {
    const std::string& own = high ? r.high : r.low;
    if (ownWords && own.find_first_not_of(' ') != std::string::npos) return own;
    if (r.direction == Direction::HighIsSafe) return high ? "Safe enough" : "Not safe";
    return high ? "Highest risk" : "No worries";
}

std::string spreadWords(const Spread& s) {
    if (!s.lowest || !s.highest || !s.median) return {};
    return "range " + std::to_string(*s.lowest) + " to " + std::to_string(*s.highest) +
           ", median " + scoreText(*s.median);
}

ScalingRow rowOf(std::string when, const ScalingRound& r) {
    ScalingRow row;
    const Spread s = spreadOf(r);
    for (const ScaleAnswer& a : r.responses)
        if (a.score) row.scores.push_back(std::clamp(*a.score, lowestScore, highestScore));
    row.median = s.median;
    std::string words = spreadWords(s);
    row.title = words.empty() ? std::move(when) + ": no answers" : std::move(when) + ": " + words;
    return row;
}

} // namespace

std::string scoreText(double score) {
    double whole = std::round(score);
    if (std::abs(score - whole) < 0.01) return std::to_string(static_cast<int>(whole));
    std::string s = std::to_string(std::round(score * 10) / 10);
    return s.substr(0, s.find('.') + 2);
}

const ScalingRound* shownRound(const Conference& c, const std::optional<Id>& round) {
    if (round)
        if (const ScalingRound* r = findRound(c, *round)) return r;
    return c.scaling.empty() ? nullptr : &c.scaling.back();
}

ScalingPage scalingPage(const Conference& c, const ScalingRound& asked, const Conference* previous,
                        NameStyle names, DateTime now) {
    const Audience room = Audience::room(now);
    const ScalingRound r = seenBy(c, asked, room);
    ScalingPage page;
    std::vector<std::string> about;
    if (r.child) {
        if (const Child* child = findChild(c, *r.child)) about.push_back(firstName(child->name));
    } else {
        about = allChildren(c);
    }
    page.heading =
        about.empty() ? "Scaling question" : "Scaling question for " + joinWithAnd(about);
    // A statement round quotes a worry in its question: when the room may not
    // see that worry, the wall asks in general words (domain/disclosure.hpp).
    page.question = questionFor(c, r, room);
    page.low = endWords(r, false, mayShowQuestion(c, r, room));
    page.high = endWords(r, true, mayShowQuestion(c, r, room));
    page.revealed = r.revealed;
    page.named = !r.anonymous;
    if (!r.revealed) {
        // Blind: how many, never what nor who.
        page.answered = std::to_string(asked.responses.size()) + " of " +
                        std::to_string(countedFor(c, asked, now).size()) + " answered";
        return page;
    }

    const Spread spread = spreadOf(r);
    std::vector<std::string> declined;
    for (const ScaleAnswer& a : r.responses) {
        std::string who;
        if (!r.anonymous) {
            const Participant* p = findParticipant(c, a.participant);
            who = p ? personLabel(*p, names) : std::string("Someone");
        }
        if (!a.score) {
            declined.push_back(who);
            continue;
        }
        bool apart = std::find(spread.standApart.begin(), spread.standApart.end(), a.participant) !=
                     spread.standApart.end();
        page.marks.push_back(
            {std::clamp(*a.score, lowestScore, highestScore), std::move(who), apart});
    }
    page.lowest = spread.lowest;
    page.highest = spread.highest;
    page.median = spread.median;
    if (spread.lowest && spread.highest && spread.median)
        page.summary = "Range: " + std::to_string(*spread.lowest) + " to " +
                       std::to_string(*spread.highest) +
                       "      Median (the middle answer): " + scoreText(*spread.median);
    else
        page.summary = "No answers yet";
    if (!declined.empty()) {
        if (r.anonymous)
            page.declined = "Declined: " + std::to_string(declined.size()) +
                            (declined.size() == 1 ? " person" : " people");
        else
            page.declined = "Declined: " + joinWithAnd(declined);
    }
    // Earlier answers to the same question, never while this one is blind
    // (they would lead the room), and only ones that were revealed themselves.
    if (const ScalingRound* e = earlierRound(c, asked); e && e->revealed)
        page.earlier.push_back(rowOf("Earlier today", seenBy(c, *e, room)));
    if (previous)
        if (const ScalingRound* p = sameRoundIn(*previous, c, asked); p && p->revealed)
            page.earlier.push_back(rowOf("Last conference", *p));
    return page;
}

namespace {

// Rounding slack, as in the layout of the other pages.
constexpr float slack = 0.01f;

enum class Align { Left, Centre, Right };

struct Builder {
    const Measure& measure;
    const std::vector<float>& ladder;
    int step;
    float em;
    ScalingLayout& out;

    int stepOf(int relative) const {
        return std::clamp(step + relative, 0, static_cast<int>(ladder.size()) - 1);
    }
    float lineHeight(int relative) const {
        return ladder[static_cast<std::size_t>(stepOf(relative))] * Metrics::lineSpacing;
    }
    float width(std::string_view t, Face f, int relative) const {
        return measure(t, f, stepOf(relative));
    }
    std::vector<std::string> lines(const std::string& t, Face f, int relative, float w) const {
        int s = stepOf(relative);
        std::vector<std::string> wrapped;
        for (Range r : wrap(t, w, [&](std::string_view v) { return measure(v, f, s); }))
            wrapped.push_back(t.substr(r.begin, r.end - r.begin));
        return wrapped;
    }
    float height(const std::string& t, Face f, int relative, float w) const {
        return static_cast<float>(lines(t, f, relative, w).size()) * lineHeight(relative);
    }
    // Wrapped in [x, x + w]; returns the height used. Align::Right puts the
    // block against the right edge, its lines still starting level on the
    // left (a ragged left edge is harder to read).
    float text(const std::string& t, Face f, int relative, Ink ink, float x, float y, float w,
               Align a, int mark = -1) {
        float h = 0;
        bool first = true;
        auto wrapped = lines(t, f, relative, w);
        float widest = 0;
        for (const std::string& piece : wrapped)
            widest = std::max(widest, width(piece, f, relative));
        for (std::string& piece : wrapped) {
            float lw = width(piece, f, relative);
            float lx = a == Align::Left    ? x
                       : a == Align::Right ? x + w - widest
                                           : x + (w - lw) * 0.5f;
            out.texts.push_back(
                {std::move(piece), f, stepOf(relative), ink, lx, y + h, first ? t : "", mark});
            h += lineHeight(relative);
            first = false;
        }
        return h;
    }
    // Each line centred on `centre` where it can be, kept within [lo, hi].
    float centred(const std::string& t, Face f, int relative, Ink ink, float centre, float lo,
                  float hi, float y, int mark = -1) {
        float h = 0;
        bool first = true;
        for (std::string& piece : lines(t, f, relative, hi - lo)) {
            float lw = width(piece, f, relative);
            float lx = std::clamp(centre - lw * 0.5f, lo, std::max(lo, hi - lw));
            out.texts.push_back(
                {std::move(piece), f, stepOf(relative), ink, lx, y + h, first ? t : "", mark});
            h += lineHeight(relative);
            first = false;
        }
        return h;
    }
    // Whether some word of `t` is wider than `w` (it would be broken).
    bool breaks(const std::string& t, Face f, int relative, float w) const {
        std::size_t begin = 0;
        while (begin < t.size()) {
            std::size_t end = std::min(t.find(' ', begin), t.size());
            if (end > begin &&
                width(std::string_view(t).substr(begin, end - begin), f, relative) > w + slack)
                return true;
            begin = end + 1;
        }
        return false;
    }
};

// Spacing, in multiples of the chosen size.
struct Sizes {
    static constexpr float dot = 0.32f;        // radius of an answer's mark
    static constexpr float pitch = 0.8f;       // one mark above the next
    static constexpr float apartPitch = 1.15f; // ... in a stack with rings, so they do not touch
    static constexpr float ring = 0.52f;       // the outline round an answer that stands apart
    static constexpr float onLine = 0.2f;      // the lowest mark's gap to the line
    static constexpr float toLabels = 0.3f;    // the top mark to its names
    static constexpr float labelGap = 0.2f;    // between two names in a stack
    static constexpr float pad = 0.2f;         // either side of a stack of names
    static constexpr float line = 0.08f;       // the 0 to 10 line
    static constexpr float range = 0.28f;      // the band from the lowest answer to the highest
    static constexpr float tick = 0.25f;       // a tick's reach either side of the line
    static constexpr float toNumbers = 0.35f;  //
    static constexpr float pointer = 0.6f;     // the median's triangle
    static constexpr float faintDot = 0.25f;   // earlier rows
    static constexpr float faintPitch = 0.58f; //
    static constexpr float faintLine = 0.05f;  //
};

struct Stack {
    int score = 0;
    std::vector<int> marks; // indices into page.marks, first at the bottom
    bool apart = false;
    float lo = 0, hi = 0; // where its names may go
    float height = 0;
};

// The line with its ticks, numbers (`all`: 0 to 10; else only the two ends),
// and the ends' meanings under the ends. Returns the y below it.
float axis(Builder& b, const ScalingPage& page, float lineY, float width, bool all,
           const ScalingLayout& L) {
    const float em = b.em;
    const float margin = em;
    b.out.strokes.push_back({L.left - Sizes::tick * em, lineY, L.right + Sizes::tick * em, lineY,
                             std::max(2.0f, Sizes::line * em), Ink::Text});
    for (int s = lowestScore; s <= highestScore; ++s)
        b.out.strokes.push_back({L.x(s), lineY - Sizes::tick * em, L.x(s), lineY + Sizes::tick * em,
                                 std::max(2.0f, Sizes::line * em * 0.75f), Ink::Text});
    float y = lineY + Sizes::toNumbers * em;
    for (int s = lowestScore; s <= highestScore; ++s) {
        if (!all && s != 0 && s != 10) continue;
        std::string n = std::to_string(s);
        float w = b.width(n, Face::Bold, 0);
        b.out.texts.push_back({n, Face::Bold, b.stepOf(0), Ink::Text, L.x(s) - w * 0.5f, y, n});
    }
    y += b.lineHeight(0);
    if (all && page.median) {
        // The median: a triangle under the line pointing at it, and the word.
        const float x = L.x(*page.median);
        const float size = Sizes::pointer * em;
        b.out.pointers.push_back({x, y + 0.1f * em, size, Ink::Text});
        std::string word = "median";
        float w = b.width(word, Face::Body, -1);
        float wx = x + size * 0.75f;
        if (wx + w > width - margin) wx = x - size * 0.75f - w;
        b.out.texts.push_back(
            {word, Face::Body, b.stepOf(-1), Ink::Muted, wx, y + 0.1f * em, word});
        y += 0.1f * em + std::max(size, b.lineHeight(-1));
    }
    y += 0.35f * em;
    // The ends' meanings, in the round's words, under the ends they belong to.
    const float half = (width - 2 * margin) * 0.46f;
    float lh = b.text("0: " + page.low, Face::Body, 0, Ink::Text, margin, y, half, Align::Left);
    float rh = b.text("10: " + page.high, Face::Body, 0, Ink::Text, width - margin - half, y, half,
                      Align::Right);
    return y + std::max(lh, rh);
}

} // namespace

ScalingLayout scalingAt(const ScalingPage& page, const Measure& measure,
                        const std::vector<float>& ladder, float width, float height, int step,
                        bool listed) {
    ScalingLayout L;
    L.step = std::clamp(step, 0, static_cast<int>(ladder.size()) - 1);
    L.size = ladder[static_cast<std::size_t>(L.step)];
    L.listed = listed;
    const float em = L.size;
    Builder b{measure, ladder, L.step, em, L};
    const float margin = Metrics::margin * em;
    const float full = width - 2 * margin;
    const float slot = full / 11; // each score in the middle of its eleventh
    L.left = margin + slot * 0.5f;
    L.right = width - margin - slot * 0.5f;
    bool broken = false;

    float y = margin;
    y += b.text(page.heading, Face::Body, -1, Ink::Muted, margin, y, full, Align::Left);
    y += Metrics::paragraphGap * em;
    broken |= b.breaks(page.question, Face::Bold, 0, full);
    y += b.text(page.question, Face::Bold, 0, Ink::Text, margin, y, full, Align::Left);
    y += Metrics::sectionGap * em;

    if (!page.revealed) {
        y += b.text(page.answered, Face::Bold, 1, Ink::Text, margin, y, full, Align::Centre);
        y += Metrics::paragraphGap * em;
        y += b.text("The answers will be shown all together.", Face::Body, -1, Ink::Muted, margin,
                    y, full, Align::Centre);
        y += 2 * Metrics::sectionGap * em;
        y = axis(b, page, y, width, false, L);
        L.fits = y <= height - margin + slack && !broken;
        return L;
    }

    y += b.text(page.summary, Face::Body, 0, Ink::Text, margin, y, full, Align::Left);
    y += Metrics::sectionGap * em;

    // The stacks: one per score given, marks upward from the line, names above.
    std::array<Stack, 11> all;
    for (int s = lowestScore; s <= highestScore; ++s)
        all[static_cast<std::size_t>(s)].score = s;
    for (std::size_t i = 0; i < page.marks.size(); ++i) {
        Stack& s = all[static_cast<std::size_t>(page.marks[i].score)];
        s.marks.push_back(static_cast<int>(i));
        s.apart |= page.marks[i].apart;
    }
    std::vector<Stack> stacks;
    for (const Stack& s : all)
        if (!s.marks.empty()) stacks.push_back(s);
    const bool labelled = page.named && !listed;
    const float pad = Sizes::pad * em;
    auto pitchOf = [&](const Stack& s) {
        return (s.apart ? Sizes::apartPitch : Sizes::pitch) * em;
    };
    // What goes above a stack's marks, top first: its names (with "stands
    // apart" under a name that does), or, without names, only those words.
    struct Label {
        std::string text;
        int relative;
        Ink ink;
        int mark;
    };
    auto labelsOf = [&](const Stack& s) {
        std::vector<Label> out;
        if (labelled) {
            for (auto it = s.marks.rbegin(); it != s.marks.rend(); ++it) {
                const ScalingMark& m = page.marks[static_cast<std::size_t>(*it)];
                out.push_back({m.label, 0, Ink::Text, *it});
                if (m.apart) out.push_back({"stands apart", -1, Ink::Muted, *it});
            }
        } else if (s.apart) {
            out.push_back({"stands apart", -1, Ink::Muted, -1});
        }
        return out;
    };

    // Names go above their marks, as wide as they need but never over a
    // neighbour's marks; where two neighbours' names would meet, the later
    // one rises above the earlier, and a thin line leads down to its marks.
    // Heights here are "elevations": up from the line.
    struct Placed {
        float lo, hi, bottom, top;
    };
    std::vector<Placed> placed;
    std::vector<float> elevation(stacks.size()), dotsTop(stacks.size());
    std::vector<std::vector<Label>> labels(stacks.size());
    float tallest = 0;
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        Stack& s = stacks[i];
        const float x = L.x(s.score);
        const float r = Sizes::ring * em;
        float lo = i == 0 ? margin : L.x(stacks[i - 1].score) + r + pad;
        float hi = i + 1 == stacks.size() ? width - margin : L.x(stacks[i + 1].score) - r - pad;
        labels[i] = labelsOf(s);
        float natural = 0;
        for (const Label& l : labels[i])
            natural = std::max(natural, b.width(l.text, Face::Body, l.relative));
        // A hair wider than the widest name, so rounding never wraps it.
        const float w = std::min(natural + 1.0f, hi - lo);
        s.lo = std::clamp(x - w * 0.5f, lo, std::max(lo, hi - w));
        s.hi = s.lo + w;
        float h = 0;
        for (std::size_t k = 0; k < labels[i].size(); ++k) {
            const Label& l = labels[i][k];
            broken |= b.breaks(l.text, Face::Body, l.relative, w);
            if (k > 0 && l.relative == 0) h += Sizes::labelGap * em;
            h += b.height(l.text, Face::Body, l.relative, w);
        }
        dotsTop[i] = Sizes::onLine * em + static_cast<float>(s.marks.size()) * pitchOf(s);
        float e = dotsTop[i] + Sizes::toLabels * em;
        if (h > 0) {
            for (bool moved = true; moved;) {
                moved = false;
                for (const Placed& p : placed) {
                    bool across = s.lo < p.hi + pad && p.lo < s.hi + pad;
                    bool up = e < p.top + pad && p.bottom < e + h + pad;
                    if (across && up) {
                        e = p.top + pad * 1.5f;
                        moved = true;
                    }
                }
            }
            placed.push_back({s.lo, s.hi, e, e + h});
        }
        elevation[i] = e;
        s.height = h > 0 ? e + h : dotsTop[i];
        tallest = std::max(tallest, s.height);
    }

    const float lineY = y + tallest;
    // The range first, so the marks sit on top of it.
    if (page.lowest && page.highest)
        L.strokes.push_back({L.x(*page.lowest) - Sizes::range * em * 0.5f, lineY,
                             L.x(*page.highest) + Sizes::range * em * 0.5f, lineY,
                             Sizes::range * em, Ink::Faint});
    for (std::size_t i = 0; i < stacks.size(); ++i) {
        const Stack& s = stacks[i];
        const float x = L.x(s.score);
        const float pitch = pitchOf(s);
        float top = lineY - Sizes::onLine * em;
        for (int m : s.marks) {
            const ScalingMark& mark = page.marks[static_cast<std::size_t>(m)];
            L.dots.push_back({x, top - pitch * 0.5f, Sizes::dot * em, true,
                              mark.apart ? Sizes::ring * em : 0, Ink::Text, m});
            top -= pitch;
        }
        if (labels[i].empty()) continue;
        if (elevation[i] > dotsTop[i] + Sizes::toLabels * em + slack)
            L.strokes.push_back({x, lineY - dotsTop[i] - pad * 0.5f, x,
                                 lineY - elevation[i] + pad * 0.5f,
                                 std::max(1.5f, Sizes::faintLine * em), Ink::Muted});
        float ny = lineY - s.height;
        for (std::size_t k = 0; k < labels[i].size(); ++k) {
            const Label& l = labels[i][k];
            if (k > 0 && l.relative == 0) ny += Sizes::labelGap * em;
            ny += b.centred(l.text, Face::Body, l.relative, l.ink, x, s.lo, s.hi, ny, l.mark);
        }
    }
    y = axis(b, page, lineY, width, true, L);

    if (!labelled && page.named) {
        // Too many names for the line: who said what, score by score.
        y += Metrics::blockGap * em;
        for (const Stack& s : stacks) {
            std::vector<std::string> who;
            for (int m : s.marks) {
                const ScalingMark& mark = page.marks[static_cast<std::size_t>(m)];
                who.push_back(mark.apart ? mark.label + " (stands apart)" : mark.label);
            }
            y += b.text(std::to_string(s.score) + ": " + joinWithAnd(who), Face::Body, 0, Ink::Text,
                        margin, y, full, Align::Left);
            y += Metrics::paragraphGap * em;
        }
    }

    // The same question before: fainter, smaller, no names.
    for (const ScalingRow& row : page.earlier) {
        y += Metrics::blockGap * em;
        y += b.text(row.title, Face::Body, 0, Ink::Muted, margin, y, full, Align::Left);
        std::array<int, 11> count{};
        int most = 0;
        for (int s : row.scores)
            most = std::max(
                most, ++count[static_cast<std::size_t>(std::clamp(s, lowestScore, highestScore))]);
        const float fp = Sizes::faintPitch * em;
        const float rowY = y + static_cast<float>(most) * fp + Sizes::onLine * em;
        L.strokes.push_back({L.left - Sizes::tick * em, rowY, L.right + Sizes::tick * em, rowY,
                             std::max(1.0f, Sizes::faintLine * em), Ink::Muted});
        for (int s = lowestScore; s <= highestScore; ++s)
            L.strokes.push_back({L.x(s), rowY - Sizes::tick * em * 0.5f, L.x(s),
                                 rowY + Sizes::tick * em * 0.5f,
                                 std::max(1.0f, Sizes::faintLine * em), Ink::Muted});
        count.fill(0);
        for (int s : row.scores) {
            int k = count[static_cast<std::size_t>(s)]++;
            L.dots.push_back({L.x(s), rowY - Sizes::onLine * em * 0.5f - fp * (0.5f + k),
                              Sizes::faintDot * em, false, 0, Ink::Muted});
        }
        float below = 0;
        if (row.median) {
            const float size = Sizes::pointer * em * 0.6f;
            L.pointers.push_back({L.x(*row.median), rowY + 0.1f * em, size, Ink::Muted});
            below = size + 0.1f * em;
        }
        y = rowY + below;
    }

    if (!page.declined.empty()) {
        y += Metrics::blockGap * em;
        y += b.text(page.declined, Face::Body, 0, Ink::Muted, margin, y, full, Align::Left);
    }
    L.fits = y <= height - margin + slack && !broken;
    return L;
}

ScalingLayout layoutScaling(const ScalingPage& page, const Measure& measure,
                            const std::vector<float>& ladder, float width, float height) {
    const int top = static_cast<int>(ladder.size()) - 1;
    for (bool listed : {false, true}) {
        if (listed && !page.named) break; // nothing to list
        for (int step = top; step >= 0; --step) {
            ScalingLayout L = scalingAt(page, measure, ladder, width, height, step, listed);
            if (L.fits) return L;
        }
    }
    return scalingAt(page, measure, ladder, width, height, 0, page.named);
}

} // namespace cpc::ui::projector
