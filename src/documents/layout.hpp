#pragma once
// A document as blocks (headings, paragraphs, tables), and the pages they
// make: every piece of text and every rule at its place on A4. Worked out
// apart from drawing, so line and page breaks can be tested without a PDF.
// Coordinates are points from the top left corner of the page.

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace cpc::pdf {

enum class Face { Regular, Bold };

struct Colour {
    double r = 0, g = 0, b = 0;
    bool operator==(const Colour&) const = default;
};

// How wide a text is. The PDF writer answers from the fonts' own metrics;
// tests answer with a fixed width per character. Widths must add up: the
// width of "ab" is the width of "a" plus the width of "b".
class TextMeasure {
  public:
    virtual ~TextMeasure() = default;
    virtual double width(std::string_view utf8, Face face, double size) const = 0;
};

struct Span {
    std::string text; // '\n' starts a new line
    Face face = Face::Regular;
    Colour colour;
};
using Cell = std::vector<Span>;

struct Heading {
    std::string text;
    int level = 1;    // 0: the document's title; 1: a section; 2: within a section
    double size = 0;  // 0: the size that goes with the level
    bool rule = true; // level 0 and 1: a line under the heading
};

struct Paragraph {
    std::vector<Span> spans;
    double size = 10;
    double indent = 0;  // of every line, from the left margin
    std::string marker; // a bullet or a number, set just before the indent
    double spaceAfter = 6;
    bool keepWithNext = false; // an introduction: never at the foot of a page without what follows
};

struct Table {
    std::vector<double>
        widths;               // of each column, as parts of the text width; they are scaled to fit
    std::vector<Cell> header; // empty: no header row
    std::vector<std::vector<Cell>> rows;
    double size = 9.5;
    bool ruled = true;         // false: a plain list of labels and values, no lines, no shading
    bool keepTogether = false; // start on a new page rather than split, when it fits on one
    double spaceAfter = 10;
};

struct PageBreak {};

struct Spacer {
    double height = 10;
};

using Block = std::variant<Heading, Paragraph, Table, PageBreak, Spacer>;

struct Document {
    std::string runningTitle; // at the top of every page
    std::string marking;      // the protective marking, top and bottom of every page
    std::string produced;     // bottom left of every page, e.g. "Produced 3 December 2026, 14:30"
    // The smallest type of the running header and footer, in points; 0: the
    // usual 8. The child's plan keeps every word at its easy-read size.
    double smallestType = 0;
    std::vector<Block> blocks;
};

struct Geometry {
    double width = 595.276; // A4
    double height = 841.89;
    double left = 62, right = 62; // 22 mm
    double top = 76, bottom = 72; // room for the running header and footer
    double textWidth() const { return width - left - right; }
    double textBottom() const { return height - bottom; }
};

struct PlacedText {
    double x = 0, baseline = 0;
    std::string text;
    Face face = Face::Regular;
    double size = 10;
    Colour colour;
    double width = 0; // as measured when placed
};

struct PlacedRule {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double thickness = 0.5;
    Colour colour;
};

struct PlacedBox {
    double x = 0, y = 0, width = 0, height = 0;
    Colour colour;
};

struct Page {
    std::vector<PlacedBox> boxes; // drawn first, under the rest
    std::vector<PlacedRule> rules;
    std::vector<PlacedText> text;
};

// One line of a broken paragraph: runs of one face and colour, x from the line's start.
struct Line {
    std::vector<PlacedText> runs; // baseline 0
    double width = 0;
};

// Greedy line breaking at spaces; '\n' forces a break; a word longer than the
// line is cut between characters. Runs of spaces count as one.
std::vector<Line> breakLines(const std::vector<Span>& spans, double size, double width,
                             const TextMeasure& measure);

// Distance between baselines for text of this size.
double lineHeight(double size);

std::vector<Page> layout(const Document& doc, const TextMeasure& measure,
                         const Geometry& geometry = {});

// Colours of the house style, for content that wants to match it.
namespace colours {
inline constexpr Colour text{0.10, 0.10, 0.12};
inline constexpr Colour muted{0.38, 0.40, 0.44};
inline constexpr Colour accent{0.06, 0.22, 0.40}; // headings: a dark council blue
inline constexpr Colour warning{0.62, 0.08, 0.08};
} // namespace colours

} // namespace cpc::pdf
