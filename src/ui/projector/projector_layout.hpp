#pragma once
// Where the projector's words go, computed apart from drawing so it can be
// tested with a fake ruler: given the texts, a measuring function and the
// screen, pick the largest ladder size at which every column fits; past the
// floor, split the columns into pages. The drawing only paints what this says.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::ui::projector {

enum class Face { Body, Bold };
enum class Tone { Text, Muted };

// Spacing as multiples of the chosen body size, never pixels.
struct Metrics {
    static constexpr float margin = 1.0f;        // round the screen
    static constexpr float gutter = 1.5f;        // between columns
    static constexpr float lineSpacing = 1.25f;  // line height / font size
    static constexpr float paragraphGap = 0.25f; // between an item's text and who said it
    static constexpr float blockGap = 0.75f;     // between items
    static constexpr float band = 0.25f;         // the accent band above a column heading
    static constexpr float bandGap = 0.25f;      // band to heading text
    static constexpr float headingGap = 0.75f;   // heading to the first item
    static constexpr float sectionGap = 1.0f;    // full-width text to the columns, and the footer
};

// One run of text with one look. `step` is relative to the chosen ladder step
// (-1: one size smaller, for who said it), clamped to the ladder.
struct Paragraph {
    std::string text;
    Face face = Face::Body;
    int step = 0;
    Tone tone = Tone::Text;
};

// What stays together when it can: a board item, a person.
struct Block {
    std::vector<Paragraph> paragraphs;
};

struct ColumnContent {
    std::vector<Paragraph> heading; // repeated on every page
    bool band = false;              // an accent band above the heading
    std::vector<Block> blocks;
    float weight = 1; // the column's share of the width, against the others'
};

struct Spec {
    std::vector<Paragraph> top; // full width, above the columns, on every page
    std::vector<ColumnContent> columns;
    std::vector<Paragraph> bottom; // full width, below the columns, on every page
    // A table: the blocks at one index in every column make a row. A row's
    // cells start level, the next row starts below the tallest, and pages
    // break between rows, never inside one that fits on a page.
    bool rows = false;
    // Full width after the columns have ended: on the last page when there is
    // room, else on pages of their own (the plan's contingency and dates).
    std::vector<Block> after;
};

// Width of `text` in one face at ladder step `step` (an index into the ladder).
using Measure = std::function<float(std::string_view text, Face face, int step)>;

// One line on the screen. y is from the top of its area (the heading, the
// column body, the top or the bottom text); begin/end locate it in its
// paragraph's text, so the drawing can log whole sentences.
struct Line {
    std::string text;
    Face face = Face::Body;
    int step = 0; // absolute ladder index
    Tone tone = Tone::Text;
    float y = 0;
    float height = 0;
    int block = -1; // -1: not part of a block
    int paragraph = 0;
    std::size_t begin = 0, end = 0;
};

struct ColumnPage {
    std::vector<Line> lines;
    std::vector<int> blocks; // which blocks start or continue here, in order
};

struct Page {
    std::vector<ColumnPage> columns;
    std::vector<float> rules; // rows: between two rows, from the top of the body
    ColumnPage after;         // Spec::after, full width, y from the top of the body
    bool hasColumns() const {
        for (const ColumnPage& c : columns)
            if (!c.lines.empty()) return true;
        return false;
    }
};

struct Layout {
    int step = 0;   // the ladder step chosen
    float size = 0; // the body size in pixels
    float margin = 0, gutter = 0;
    float columnWidth = 0;     // the first column's; all of them when their weights are equal
    std::vector<float> widths; // each column's
    float topY = 0, headingY = 0, bodyY = 0, bodyHeight = 0, bottomY = 0;
    float used = 0;    // the tallest column on any page, from bodyY
    bool fits = true;  // every column within bodyHeight (on every page)
    float footerY = 0; // where "Page 1 of 2" goes, when there are pages
    std::vector<Line> top, bottom;
    std::vector<std::vector<Line>> headings; // per column
    float headingHeight = 0;                 // the same for all columns, so items line up
    std::vector<Page> pages;                 // at least one
    float columnX(std::size_t column) const {
        float x = margin;
        for (std::size_t c = 0; c < column && c < widths.size(); ++c)
            x += widths[c] + gutter;
        return x;
    }
    float widthOf(std::size_t column) const {
        return column < widths.size() ? widths[column] : columnWidth;
    }
};

// Breaks text into lines no wider than `width` at word boundaries; a word too
// long for a line is broken between characters. Returns [begin, end) ranges.
struct Range {
    std::size_t begin, end;
};
std::vector<Range> wrap(std::string_view text, float width,
                        const std::function<float(std::string_view)>& measure);

// The largest step at which everything fits on one page; else the floor
// (step 0) split into pages. `ladder` holds the sizes, smallest first.
Layout fit(const Spec& spec, const Measure& measure, const std::vector<float>& ladder, float width,
           float height);

// The same at one given step; `paged` reserves the footer line and pages.
Layout layoutAt(const Spec& spec, const Measure& measure, const std::vector<float>& ladder,
                float width, float height, int step, bool paged);

} // namespace cpc::ui::projector
