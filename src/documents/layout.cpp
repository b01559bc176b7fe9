#include "documents/layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cpc::pdf {
namespace {

// Bytes in the UTF-8 sequence that starts with this byte; a stray byte counts as one.
std::size_t sequenceLength(unsigned char lead) {
    if (lead >= 0xF0) return 4;
    if (lead >= 0xE0) return 3;
    if (lead >= 0xC0) return 2;
    return 1;
}

struct Piece {
    std::string text;
    Face face = Face::Regular;
    Colour colour;
};

// What may not be broken: text between spaces, possibly in several faces ("Name:" in bold then
// "Zoë" in regular, with no space between, stays together).
struct Word {
    std::vector<Piece> pieces;
    bool gapBefore = false;
    int breaksBefore = 0; // forced line breaks ('\n') just before it
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

std::vector<Word> splitWords(const std::vector<Span>& spans) {
    std::vector<Word> out;
    bool gap = false, joined = false;
    int breaks = 0;
    for (const auto& span : spans) {
        const std::string& t = span.text;
        std::size_t i = 0;
        while (i < t.size()) {
            if (isSpace(t[i]) || t[i] == '\n') {
                if (t[i] == '\n')
                    ++breaks;
                else
                    gap = true;
                joined = false;
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < t.size() && !isSpace(t[j]) && t[j] != '\n')
                ++j;
            Piece piece{t.substr(i, j - i), span.face, span.colour};
            if (joined) {
                auto& last = out.back().pieces.back();
                if (last.face == piece.face && last.colour == piece.colour)
                    last.text += piece.text;
                else
                    out.back().pieces.push_back(std::move(piece));
            } else {
                out.push_back({{std::move(piece)}, gap && !out.empty(), out.empty() ? 0 : breaks});
            }
            gap = false;
            breaks = 0;
            joined = true;
            i = j;
        }
    }
    return out;
}

class LineBuilder {
  public:
    LineBuilder(const TextMeasure& m, double size, double width)
        : measure_(m), size_(size), width_(width) {}

    void add(const Word& word) {
        for (int i = 0; i < word.breaksBefore; ++i)
            flush(true);
        double wordWidth = 0;
        for (const auto& p : word.pieces)
            wordWidth += measure_.width(p.text, p.face, size_);
        bool gap = word.gapBefore && !current_.runs.empty();
        double gapWidth = gap ? spaceWidth(word.pieces.front().face) : 0;
        if (!current_.runs.empty() && current_.width + gapWidth + wordWidth > width_) {
            flush(false);
            gap = false;
        }
        if (wordWidth > width_) {
            cut(word, gap);
            return;
        }
        for (std::size_t i = 0; i < word.pieces.size(); ++i) {
            const auto& p = word.pieces[i];
            append(p, measure_.width(p.text, p.face, size_), i == 0 && gap);
        }
    }

    std::vector<Line> finish() {
        if (!current_.runs.empty()) flush(false);
        return std::move(lines_);
    }

  private:
    double spaceWidth(Face face) const { return measure_.width(" ", face, size_); }

    void append(const Piece& p, double width, bool gap) {
        double gapWidth = gap ? spaceWidth(p.face) : 0;
        if (!current_.runs.empty()) {
            auto& last = current_.runs.back();
            if (gap) {
                // The space goes into the text itself, so text extraction sees the words apart.
                last.text += ' ';
                last.width += gapWidth;
                current_.width += gapWidth;
            }
            if (last.face == p.face && last.colour == p.colour) {
                last.text += p.text;
                last.width += width;
                current_.width += width;
                return;
            }
        }
        current_.runs.push_back({current_.width, 0, p.text, p.face, size_, p.colour, width});
        current_.width += width;
    }

    // A word longer than the whole line: as many characters on each line as fit.
    void cut(const Word& word, bool gap) {
        for (const auto& p : word.pieces) {
            std::size_t i = 0;
            while (i < p.text.size()) {
                std::size_t n = std::min(sequenceLength(static_cast<unsigned char>(p.text[i])),
                                         p.text.size() - i);
                Piece one{p.text.substr(i, n), p.face, p.colour};
                double w = measure_.width(one.text, one.face, size_);
                double gapWidth = gap ? spaceWidth(p.face) : 0;
                if (!current_.runs.empty() && current_.width + gapWidth + w > width_) {
                    flush(false);
                    gap = false;
                }
                append(one, w, gap);
                gap = false;
                i += n;
            }
        }
    }

    void flush(bool forced) {
        if (current_.runs.empty() && !forced) return;
        lines_.push_back(std::move(current_));
        current_ = {};
    }

    const TextMeasure& measure_;
    double size_, width_;
    std::vector<Line> lines_;
    Line current_;
};

struct HeadingStyle {
    double size, before, after;
    Colour colour;
    double ruleGap, ruleThickness; // no rule when the thickness is 0
    Colour ruleColour;
};

HeadingStyle headingStyle(const Heading& h) {
    HeadingStyle s;
    switch (h.level) {
    case 0:
        s = {20, 0, 12, colours::accent, 5, 1.6, colours::accent};
        break;
    case 1:
        s = {13.5, 18, 8, colours::accent, 3, 0.6, {0.70, 0.76, 0.84}};
        break;
    case 2:
        s = {11, 10, 4, colours::text, 0, 0, {}};
        break;
    default:
        s = {10, 8, 3, colours::text, 0, 0, {}};
        break;
    }
    if (h.size > 0) {
        double scale = h.size / s.size;
        s.size = h.size;
        s.before *= scale;
        s.after *= scale;
    }
    if (!h.rule) s.ruleThickness = 0;
    return s;
}

// Where the baseline sits below the top of a line of this size.
double baselineOffset(double size) {
    return size * 1.06;
}

struct TableMetrics {
    std::vector<double> x, width; // of each column
    double padTop, padBottom, lineHeight;
    double padLeft(std::size_t column, bool ruled) const {
        return ruled ? 4.5 : (column == 0 ? 0 : 6);
    }
    double padRight(bool ruled) const { return ruled ? 4.5 : 6; }
};

class Layouter {
  public:
    Layouter(const Document& doc, const TextMeasure& m, const Geometry& g)
        : doc_(doc), measure_(m), g_(g) {}

    std::vector<Page> run() {
        newPage();
        for (std::size_t i = 0; i < doc_.blocks.size(); ++i) {
            index_ = i;
            std::visit([this](const auto& b) { place(b); }, doc_.blocks[i]);
        }
        decorate();
        return std::move(pages_);
    }

  private:
    // ---- pages ----
    void newPage() {
        pages_.emplace_back();
        y_ = g_.top;
        fresh_ = true;
    }
    double room() const { return g_.textBottom() - y_; }
    double fullRoom() const { return g_.textBottom() - g_.top; }
    Page& page() { return pages_.back(); }

    void placeLine(const Line& line, double x, double top) {
        double baseline = top + baselineOffset(line.runs.empty() ? 10 : line.runs.front().size);
        for (const auto& run : line.runs) {
            PlacedText t = run;
            t.x = x + run.x;
            t.baseline = baseline;
            page().text.push_back(std::move(t));
        }
        fresh_ = false;
    }

    std::vector<Line> lines(const std::vector<Span>& spans, double size, double width) const {
        LineBuilder b(measure_, size, width);
        for (const auto& w : splitWords(spans))
            b.add(w);
        return b.finish();
    }

    // ---- how much room the start of a block needs, to keep a heading with it ----
    // `chained`: introductions (keepWithNext) count whole, with what follows them.
    double leadOf(std::size_t i, bool chained) const {
        if (i >= doc_.blocks.size()) return 0;
        const Block& b = doc_.blocks[i];
        if (auto* p = std::get_if<Paragraph>(&b)) {
            auto n = lines(p->spans, p->size, g_.textWidth() - p->indent).size();
            if (p->keepWithNext && chained)
                return static_cast<double>(n) * lineHeight(p->size) + p->spaceAfter +
                       leadOf(i + 1, true);
            return static_cast<double>(std::min<std::size_t>(n, 2)) * lineHeight(p->size);
        }
        if (auto* t = std::get_if<Table>(&b)) return tableLead(*t);
        if (auto* h = std::get_if<Heading>(&b))
            return headingHeight(*h, false) + leadOf(i + 1, chained);
        if (auto* s = std::get_if<Spacer>(&b)) return s->height + leadOf(i + 1, chained);
        return 0;
    }

    // Room needed by a block of this height and the start of what follows; a
    // chain too long for any page asks only for the start of the next block.
    double keepNeed(double own) const {
        double need = own + leadOf(index_ + 1, true);
        return need <= fullRoom() ? need : own + leadOf(index_ + 1, false);
    }

    // ---- headings ----
    double headingHeight(const Heading& h, bool atTop) const {
        HeadingStyle s = headingStyle(h);
        double n = static_cast<double>(
            std::max<std::size_t>(1, lines({{h.text, Face::Bold}}, s.size, g_.textWidth()).size()));
        double rule = s.ruleThickness > 0 ? s.ruleGap + s.ruleThickness : 0;
        return (atTop ? 0 : s.before) + n * lineHeight(s.size) + rule + s.after;
    }

    void place(const Heading& h) {
        HeadingStyle s = headingStyle(h);
        if (!fresh_ && keepNeed(headingHeight(h, false)) > room()) newPage();
        if (!fresh_) y_ += s.before;
        for (auto& line : lines({{h.text, Face::Bold, s.colour}}, s.size, g_.textWidth())) {
            placeLine(line, g_.left, y_);
            y_ += lineHeight(s.size);
        }
        if (s.ruleThickness > 0) {
            y_ += s.ruleGap;
            page().rules.push_back(
                {g_.left, y_, g_.left + g_.textWidth(), y_, s.ruleThickness, s.ruleColour});
            y_ += s.ruleThickness;
        }
        y_ += s.after;
        fresh_ = false;
    }

    // ---- paragraphs ----
    void place(const Paragraph& p) {
        auto ls = lines(p.spans, p.size, g_.textWidth() - p.indent);
        const double lh = lineHeight(p.size);
        const std::size_t n = ls.size();
        if (!fresh_ && p.keepWithNext &&
            keepNeed(static_cast<double>(n) * lh + p.spaceAfter) > room())
            newPage();
        std::size_t i = 0;
        while (i < n) {
            auto fit = static_cast<std::size_t>(std::max(0.0, std::floor(room() / lh + 1e-9)));
            std::size_t take = std::min(fit, n - i);
            // Neither the first line alone at the foot of a page, nor the last
            // alone at the head of the next.
            bool orphan = i == 0 && take == 1 && n > 1;
            bool widow = take < n - i && n - i - take == 1;
            if (widow && take >= 3)
                --take;
            else if (!fresh_ && (take == 0 || orphan || (widow && i == 0))) {
                newPage();
                continue;
            }
            take = std::max<std::size_t>(take, 1); // a fresh page takes a line, whatever
            if (i == 0 && !p.marker.empty()) {
                double w = measure_.width(p.marker, Face::Regular, p.size);
                double x = g_.left + p.indent - w - p.size * 0.5;
                page().text.push_back({x, y_ + baselineOffset(p.size), p.marker, Face::Regular,
                                       p.size, colours::text, w});
            }
            for (std::size_t k = i; k < i + take; ++k) {
                placeLine(ls[k], g_.left + p.indent, y_);
                y_ += lh;
            }
            i += take;
            if (i < n) newPage();
        }
        y_ += p.spaceAfter;
    }

    // ---- tables ----
    TableMetrics metrics(const Table& t) const {
        TableMetrics m;
        double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
        double x = g_.left;
        for (double w : t.widths) {
            double width = total > 0 ? w / total * g_.textWidth() : 0;
            m.x.push_back(x);
            m.width.push_back(width);
            x += width;
        }
        m.padTop = t.ruled ? 4 : 1.5;
        m.padBottom = t.ruled ? 4 : 2.5;
        m.lineHeight = lineHeight(t.size);
        return m;
    }

    std::vector<std::vector<Line>> rowLines(const Table& t, const TableMetrics& m,
                                            const std::vector<Cell>& row) const {
        std::vector<std::vector<Line>> out;
        for (std::size_t c = 0; c < m.width.size(); ++c) {
            double inner = m.width[c] - m.padLeft(c, t.ruled) - m.padRight(t.ruled);
            out.push_back(c < row.size() ? lines(row[c], t.size, std::max(inner, 1.0))
                                         : std::vector<Line>{});
        }
        return out;
    }

    static std::size_t tallest(const std::vector<std::vector<Line>>& cells) {
        std::size_t n = 1;
        for (const auto& c : cells)
            n = std::max(n, c.size());
        return n;
    }

    double rowHeight(const TableMetrics& m, std::size_t lineCount) const {
        return m.padTop + m.padBottom + static_cast<double>(lineCount) * m.lineHeight;
    }

    double headerHeight(const Table& t, const TableMetrics& m) const {
        if (t.header.empty()) return 0;
        return rowHeight(m, tallest(rowLines(t, m, t.header)));
    }

    // The header and the first row, or as much of the first row as a page allows.
    double tableLead(const Table& t) const {
        TableMetrics m = metrics(t);
        if (t.keepTogether && tableHeight(t, m) <= fullRoom()) return tableHeight(t, m);
        double header = headerHeight(t, m);
        if (t.rows.empty()) return header;
        double first = rowHeight(m, tallest(rowLines(t, m, t.rows.front())));
        if (header + first <= fullRoom()) return header + first;
        return header + rowHeight(m, 1);
    }

    double tableHeight(const Table& t, const TableMetrics& m) const {
        double h = headerHeight(t, m);
        for (const auto& row : t.rows)
            h += rowHeight(m, tallest(rowLines(t, m, row)));
        return h;
    }

    void drawRow(const Table& t, const TableMetrics& m, const std::vector<std::vector<Line>>& cells,
                 std::size_t from, std::size_t to, bool header) {
        double h = rowHeight(m, to - from);
        double x0 = g_.left, x1 = g_.left + g_.textWidth();
        if (header && t.ruled) page().boxes.push_back({x0, y_, x1 - x0, h, {0.90, 0.93, 0.96}});
        for (std::size_t c = 0; c < cells.size(); ++c) {
            double top = y_ + m.padTop;
            for (std::size_t i = from; i < to && i < cells[c].size(); ++i) {
                placeLine(cells[c][i], m.x[c] + m.padLeft(c, t.ruled), top);
                top += m.lineHeight;
            }
        }
        y_ += h;
        if (t.ruled) {
            Colour colour = header ? Colour{0.55, 0.62, 0.72} : Colour{0.80, 0.82, 0.85};
            page().rules.push_back({x0, y_, x1, y_, header ? 0.8 : 0.5, colour});
        }
        fresh_ = false;
    }

    void drawHeader(const Table& t, const TableMetrics& m) {
        if (t.header.empty()) return;
        auto cells = rowLines(t, m, t.header);
        drawRow(t, m, cells, 0, tallest(cells), true);
    }

    void tablePage(const Table& t, const TableMetrics& m) {
        newPage();
        drawHeader(t, m);
    }

    void place(const Table& t) {
        TableMetrics m = metrics(t);
        double need = t.keepTogether ? tableHeight(t, m) : tableLead(t);
        if (!fresh_ && need > room() &&
            (!t.keepTogether || need <= fullRoom() || tableLead(t) > room()))
            newPage();
        if (t.ruled && t.header.empty())
            page().rules.push_back(
                {g_.left, y_, g_.left + g_.textWidth(), y_, 0.5, {0.80, 0.82, 0.85}});
        drawHeader(t, m);
        double header = headerHeight(t, m);
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            auto cells = rowLines(t, m, t.rows[r]);
            std::size_t n = tallest(cells);
            double h = rowHeight(m, n);
            // The last row never goes over the page alone: the one before goes with it.
            if (r > 0 && r + 2 == t.rows.size() && h <= room()) {
                double last = rowHeight(m, tallest(rowLines(t, m, t.rows[r + 1])));
                if (h + last > room() && h + last <= fullRoom() - header) tablePage(t, m);
            }
            if (h <= room()) {
                drawRow(t, m, cells, 0, n, false);
                continue;
            }
            if (h <= fullRoom() - header) {
                tablePage(t, m);
                drawRow(t, m, cells, 0, n, false);
                continue;
            }
            // Taller than a page: as many lines of every cell as fit, then on over the page.
            std::size_t from = 0;
            bool turned = false; // a new page has just begun: one line goes on it whatever
            while (from < n) {
                double avail = room() - m.padTop - m.padBottom;
                std::size_t fit =
                    avail > 0 ? static_cast<std::size_t>(std::floor(avail / m.lineHeight + 1e-9))
                              : 0;
                if (fit == 0 && !turned) {
                    tablePage(t, m);
                    turned = true;
                    continue;
                }
                std::size_t to = std::min(n, from + std::max<std::size_t>(fit, 1));
                drawRow(t, m, cells, from, to, false);
                from = to;
                turned = false;
                if (from < n) {
                    tablePage(t, m);
                    turned = true;
                }
            }
        }
        y_ += t.spaceAfter;
    }

    void place(const PageBreak&) {
        if (!fresh_) newPage();
    }

    void place(const Spacer& s) {
        if (!fresh_) y_ += s.height;
    }

    // ---- running header and footer, once the number of pages is known ----
    std::string fitted(const std::string& text, Face face, double size, double width) const {
        if (measure_.width(text, face, size) <= width) return text;
        const std::string ellipsis = "\u2026";
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            std::size_t n =
                std::min(sequenceLength(static_cast<unsigned char>(text[i])), text.size() - i);
            if (measure_.width(out + text.substr(i, n) + ellipsis, face, size) > width) break;
            out += text.substr(i, n);
            i += n;
        }
        return out + ellipsis;
    }

    void put(Page& p, double x, double baseline, const std::string& text, Face face, double size,
             Colour colour, double width) {
        p.text.push_back({x, baseline, text, face, size, colour, width});
    }

    void decorate() {
        const double left = g_.left, right = g_.left + g_.textWidth();
        const Colour ruleColour{0.75, 0.78, 0.82};
        const std::size_t count = pages_.size();
        // Sizes of the furniture, scaled together so the smallest is the document's smallest.
        const double k = doc_.smallestType > 0 ? doc_.smallestType / 8 : 1;
        const double small = 8 * k, normal = 8.5 * k, marked = 9 * k;
        double markingWidth = measure_.width(doc_.marking, Face::Bold, marked);
        for (std::size_t i = 0; i < count; ++i) {
            Page& p = pages_[i];
            double headBaseline = g_.top - 30, headRule = g_.top - 22;
            if (!doc_.marking.empty())
                put(p, right - markingWidth, headBaseline, doc_.marking, Face::Bold, marked,
                    colours::text, markingWidth);
            if (!doc_.runningTitle.empty()) {
                std::string title = fitted(doc_.runningTitle, Face::Regular, normal,
                                           g_.textWidth() - markingWidth - 24);
                put(p, left, headBaseline, title, Face::Regular, normal, colours::muted,
                    measure_.width(title, Face::Regular, normal));
            }
            p.rules.push_back({left, headRule, right, headRule, 0.5, ruleColour});

            double footRule = g_.textBottom() + 20, footBaseline = g_.textBottom() + 34;
            p.rules.push_back({left, footRule, right, footRule, 0.5, ruleColour});
            if (!doc_.produced.empty())
                put(p, left, footBaseline, doc_.produced, Face::Regular, small, colours::muted,
                    measure_.width(doc_.produced, Face::Regular, small));
            if (!doc_.marking.empty())
                put(p, left + (g_.textWidth() - markingWidth) / 2, footBaseline, doc_.marking,
                    Face::Bold, marked, colours::text, markingWidth);
            std::string number = "Page " + std::to_string(i + 1) + " of " + std::to_string(count);
            double w = measure_.width(number, Face::Regular, normal);
            put(p, right - w, footBaseline, number, Face::Regular, normal, colours::text, w);
        }
    }

    const Document& doc_;
    const TextMeasure& measure_;
    const Geometry& g_;
    std::vector<Page> pages_;
    double y_ = 0;
    bool fresh_ = true; // nothing placed on this page yet
    std::size_t index_ = 0;
};

} // namespace

double lineHeight(double size) {
    return size * 1.4;
}

std::vector<Line> breakLines(const std::vector<Span>& spans, double size, double width,
                             const TextMeasure& measure) {
    LineBuilder b(measure, size, width);
    for (const auto& w : splitWords(spans))
        b.add(w);
    return b.finish();
}

std::vector<Page> layout(const Document& doc, const TextMeasure& measure,
                         const Geometry& geometry) {
    return Layouter(doc, measure, geometry).run();
}

} // namespace cpc::pdf
