#include "ui/projector/projector_layout.hpp"

#include <algorithm>

namespace cpc::ui::projector {
namespace {

// Rounding slack: a column that fills the height exactly still fits.
constexpr float slack = 0.01f;

bool continuation(unsigned char c) {
    return (c & 0xC0) == 0x80;
}

// The longest prefix of text[begin, end) that fits, at least one character
// so that a narrow column still moves forward.
std::size_t breakWord(std::string_view text, std::size_t begin, std::size_t end, float width,
                      const std::function<float(std::string_view)>& measure) {
    std::size_t fit = begin, at = begin;
    while (at < end) {
        std::size_t next = at + 1;
        while (next < end && continuation(static_cast<unsigned char>(text[next])))
            ++next;
        if (fit > begin && measure(text.substr(begin, next - begin)) > width) break;
        fit = at = next;
    }
    return fit;
}

void wrapLine(std::string_view text, std::size_t begin, std::size_t end, float width,
              const std::function<float(std::string_view)>& measure, std::vector<Range>& out) {
    auto skipSpaces = [&](std::size_t i) {
        while (i < end && text[i] == ' ')
            ++i;
        return i;
    };
    std::size_t start = skipSpaces(begin);
    if (start == end) {
        out.push_back({start, start}); // an empty line keeps its place
        return;
    }
    // Each word is measured once, with the spaces before it, and added to the
    // width of the line so far: text widths add up (no kerning), so wrapping
    // is linear in the text rather than in its words times its lines' length.
    std::size_t lineEnd = start; // end of the last word that fits
    float lineWidth = 0;         // of text[start, lineEnd)
    std::size_t at = start;
    while (at < end) {
        std::size_t wordEnd = text.find(' ', at);
        if (wordEnd == std::string_view::npos || wordEnd > end) wordEnd = end;
        const float wider = lineWidth + measure(text.substr(lineEnd, wordEnd - lineEnd));
        if (wider <= width) {
            lineEnd = wordEnd;
            lineWidth = wider;
            at = skipSpaces(wordEnd);
            continue;
        }
        if (lineEnd > start) { // the line so far is full: the word starts the next one
            out.push_back({start, lineEnd});
            start = lineEnd = at;
            lineWidth = 0;
            continue;
        }
        // A word wider than the line on its own.
        std::size_t cut = breakWord(text, start, wordEnd, width, measure);
        out.push_back({start, cut});
        start = lineEnd = at = cut;
        lineWidth = 0;
    }
    if (lineEnd > start) out.push_back({start, lineEnd});
}

struct Context {
    const Measure& measure;
    const std::vector<float>& ladder;
    int step;
    float size;
    // Only whether it fits on one page is wanted: stop at the first overflow.
    // fit() tries the sizes from the largest, and at 3,000 items a full layout
    // of each size that cannot fit was most of the projector's first frame.
    bool onlyIfFits = false;

    bool overflowed(float used, float capacity) const {
        return onlyIfFits && used > capacity + slack;
    }

    int stepOf(const Paragraph& p) const {
        return std::clamp(step + p.step, 0, static_cast<int>(ladder.size()) - 1);
    }
    float lineHeight(int s) const {
        return ladder[static_cast<std::size_t>(s)] * Metrics::lineSpacing;
    }

    // Lays paragraphs out one under another from y; returns the y below them.
    float paragraphs(const std::vector<Paragraph>& ps, float width, float y, int block,
                     std::vector<Line>& out) const {
        for (std::size_t i = 0; i < ps.size(); ++i) {
            const Paragraph& p = ps[i];
            if (i > 0) y += Metrics::paragraphGap * size;
            int s = stepOf(p);
            Face face = p.face;
            auto ruler = [&](std::string_view t) { return measure(t, face, s); };
            for (Range r : wrap(p.text, width, ruler)) {
                Line l{p.text.substr(r.begin, r.end - r.begin),
                       p.face,
                       s,
                       p.tone,
                       y,
                       lineHeight(s),
                       block,
                       static_cast<int>(i),
                       r.begin,
                       r.end};
                y += l.height;
                out.push_back(std::move(l));
            }
        }
        return y;
    }
};

// Puts blocks on pages of height `capacity`; with `paged` false, everything
// goes on one page and the height used tells whether it fits. The first page
// starts at `top` (something else is above it there).
std::vector<ColumnPage> placeBlocks(const Context& cx, const std::vector<Block>& blocks,
                                    float width, float capacity, bool paged, float& used,
                                    float top = 0) {
    std::vector<ColumnPage> pages(1);
    float y = top; // the bottom of what is on the current page
    auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    for (std::size_t b = 0; b < blocks.size() && !cx.overflowed(used, capacity); ++b) {
        std::vector<Line> lines;
        float h = cx.paragraphs(blocks[b].paragraphs, width, 0, static_cast<int>(b), lines);
        if (lines.empty()) continue;
        bool empty = pages.back().lines.empty() && y <= 0;
        float start = pages.back().lines.empty() ? y : y + Metrics::blockGap * cx.size;
        if (paged && start + h > capacity + slack) {
            if (!empty) newPage();
            start = 0;
        }
        if (!paged || h <= capacity + slack) {
            for (Line& l : lines) {
                l.y += start;
                pages.back().lines.push_back(std::move(l));
            }
            pages.back().blocks.push_back(static_cast<int>(b));
            y = start + h;
        } else {
            // Taller than a whole page on its own: continue it line by line.
            float offset = 0;
            pages.back().blocks.push_back(static_cast<int>(b));
            for (Line& l : lines) {
                if (l.y - offset + l.height > capacity + slack && !pages.back().lines.empty()) {
                    newPage();
                    pages.back().blocks.push_back(static_cast<int>(b));
                    offset = l.y;
                }
                l.y -= offset;
                y = l.y + l.height;
                pages.back().lines.push_back(std::move(l));
            }
        }
        used = std::max(used, y);
    }
    return pages;
}

// A table's rows: cell r of every column starts level; the next row starts
// below the tallest cell, with a rule half-way down the gap.
std::vector<Page> placeRows(const Context& cx, const Spec& spec, const std::vector<float>& widths,
                            float capacity, bool paged, float& used) {
    const std::size_t n = spec.columns.size();
    std::size_t rows = 0;
    for (const ColumnContent& c : spec.columns)
        rows = std::max(rows, c.blocks.size());
    std::vector<Page> pages(1);
    pages.back().columns.resize(n);
    float y = 0; // the bottom of the last row on the current page
    auto newPage = [&] {
        pages.emplace_back();
        pages.back().columns.resize(n);
        y = 0;
    };
    const float gap = Metrics::blockGap * cx.size;
    for (std::size_t r = 0; r < rows && !cx.overflowed(used, capacity); ++r) {
        std::vector<std::pair<std::size_t, Line>> cells;
        float h = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (r >= spec.columns[c].blocks.size()) continue;
            std::vector<Line> lines;
            h = std::max(h, cx.paragraphs(spec.columns[c].blocks[r].paragraphs, widths[c], 0,
                                          static_cast<int>(r), lines));
            for (Line& l : lines)
                cells.emplace_back(c, std::move(l));
        }
        if (cells.empty()) continue;
        bool empty = !pages.back().hasColumns();
        float start = empty ? 0 : y + gap;
        if (paged && !empty && start + h > capacity + slack) {
            newPage();
            empty = true;
            start = 0;
        }
        if (!empty) pages.back().rules.push_back(start - gap * 0.5f);
        // Line by line in reading order, so that a row taller than a page
        // (only ever when paged) continues on the next one.
        std::stable_sort(cells.begin(), cells.end(),
                         [](const auto& a, const auto& b) { return a.second.y < b.second.y; });
        float offset = 0; // the row's y at the top of the current page
        std::vector<bool> started(n, false);
        for (auto& [c, l] : cells) {
            if (paged && start + l.y - offset + l.height > capacity + slack &&
                pages.back().hasColumns()) {
                newPage();
                start = 0;
                offset = l.y;
                started.assign(n, false);
            }
            if (!started[c]) pages.back().columns[c].blocks.push_back(static_cast<int>(r));
            started[c] = true;
            l.y += start - offset;
            y = std::max(y, l.y + l.height);
            pages.back().columns[c].lines.push_back(std::move(l));
        }
        y = std::max(y, start + h - offset);
        used = std::max(used, y);
    }
    return pages;
}

// The bottom of the columns' lines on a page.
float bottomOf(const Page& page) {
    float bottom = 0;
    for (const ColumnPage& c : page.columns)
        for (const Line& l : c.lines)
            bottom = std::max(bottom, l.y + l.height);
    return bottom;
}

} // namespace

std::vector<Range> wrap(std::string_view text, float width,
                        const std::function<float(std::string_view)>& measure) {
    std::vector<Range> out;
    std::size_t begin = 0;
    while (true) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string_view::npos) end = text.size();
        wrapLine(text, begin, end, width, measure, out);
        if (end == text.size()) break;
        begin = end + 1;
    }
    return out;
}

namespace {

Layout arrange(const Spec& spec, const Measure& measure, const std::vector<float>& ladder,
               float width, float height, int step, bool paged, bool onlyIfFits) {
    Layout L;
    L.step = std::clamp(step, 0, static_cast<int>(ladder.size()) - 1);
    L.size = ladder[static_cast<std::size_t>(L.step)];
    const float em = L.size;
    Context cx{measure, ladder, L.step, em, onlyIfFits && !paged};
    const std::size_t n = std::max<std::size_t>(spec.columns.size(), 1);
    L.margin = Metrics::margin * em;
    L.gutter = Metrics::gutter * em;
    const float fullWidth = width - 2 * L.margin;
    float weights = 0;
    for (const ColumnContent& c : spec.columns)
        weights += std::max(c.weight, 0.0f);
    const float shared = fullWidth - static_cast<float>(n - 1) * L.gutter;
    for (const ColumnContent& c : spec.columns)
        L.widths.push_back(weights > 0 ? shared * std::max(c.weight, 0.0f) / weights
                                       : shared / static_cast<float>(n));
    L.columnWidth = L.widths.empty() ? shared : L.widths.front();

    L.topY = L.margin;
    float topHeight = cx.paragraphs(spec.top, fullWidth, 0, -1, L.top);
    if (!L.top.empty()) topHeight += Metrics::sectionGap * em;

    L.headingY = L.topY + topHeight;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        const ColumnContent& c = spec.columns[i];
        auto& lines = L.headings.emplace_back();
        float y = c.band ? (Metrics::band + Metrics::bandGap) * em : 0;
        y = cx.paragraphs(c.heading, L.widths[i], y, -1, lines);
        if (y > 0) y += Metrics::headingGap * em;
        L.headingHeight = std::max(L.headingHeight, y);
    }

    std::vector<Line> bottom;
    float bottomHeight = cx.paragraphs(spec.bottom, fullWidth, 0, -1, bottom);
    if (!bottom.empty()) bottomHeight += Metrics::sectionGap * em;
    float footerHeight = paged ? Metrics::sectionGap * em + cx.lineHeight(L.step) : 0;
    L.footerY = height - L.margin - cx.lineHeight(L.step);

    L.bodyY = L.headingY + L.headingHeight;
    L.bodyHeight = height - L.margin - footerHeight - bottomHeight - L.bodyY;

    if (spec.rows) {
        L.pages = placeRows(cx, spec, L.widths, L.bodyHeight, paged, L.used);
        // A rule under the last row on each page closes the table there.
        for (Page& p : L.pages)
            if (p.hasColumns()) p.rules.push_back(bottomOf(p) + Metrics::blockGap * em * 0.5f);
    } else {
        std::vector<std::vector<ColumnPage>> perColumn;
        for (std::size_t c = 0; c < spec.columns.size(); ++c)
            perColumn.push_back(
                placeBlocks(cx, spec.columns[c].blocks, L.widths[c], L.bodyHeight, paged, L.used));
        std::size_t pageCount = 1;
        for (const auto& p : perColumn)
            pageCount = std::max(pageCount, p.size());
        L.pages.resize(pageCount);
        for (Page& p : L.pages)
            p.columns.resize(spec.columns.size());
        for (std::size_t c = 0; c < perColumn.size(); ++c)
            for (std::size_t p = 0; p < perColumn[c].size(); ++p)
                L.pages[p].columns[c] = std::move(perColumn[c][p]);
    }
    if (!spec.after.empty()) {
        const float last = bottomOf(L.pages.back());
        const float top = last > 0 ? last + Metrics::sectionGap * em : 0;
        auto after = placeBlocks(cx, spec.after, fullWidth, L.bodyHeight, paged, L.used, top);
        L.pages.back().after = std::move(after.front());
        for (std::size_t p = 1; p < after.size(); ++p) {
            Page& page = L.pages.emplace_back();
            page.columns.resize(spec.columns.size());
            page.after = std::move(after[p]);
        }
    }

    L.fits = L.used <= L.bodyHeight + slack && L.bodyHeight > 0;
    L.bottomY = L.bodyY + L.used + (bottom.empty() ? 0 : Metrics::sectionGap * em);
    L.bottom = std::move(bottom);
    return L;
}

} // namespace

Layout layoutAt(const Spec& spec, const Measure& measure, const std::vector<float>& ladder,
                float width, float height, int step, bool paged) {
    return arrange(spec, measure, ladder, width, height, step, paged, false);
}

Layout fit(const Spec& spec, const Measure& measure, const std::vector<float>& ladder, float width,
           float height) {
    for (int step = static_cast<int>(ladder.size()) - 1; step >= 0; --step) {
        Layout L = arrange(spec, measure, ladder, width, height, step, false, true);
        if (L.fits) return L;
    }
    return layoutAt(spec, measure, ladder, width, height, 0, true);
}

} // namespace cpc::ui::projector
