#pragma once
// The Scaling phase on the wall (DOMAIN.md "Scaling questions"): one round
// on a 0 to 10 line. Blind, only how many have answered; revealed, every
// answer as a mark with who gave it, the range and the median in words and
// marks, who stands apart, and the same question earlier today and at the
// last conference as fainter rows, so movement shows. Words (scalingPage)
// and places (layoutScaling) are worked out apart from the drawing
// (paintScaling), so both can be tested without a screen.

#include "domain/conference.hpp"
#include "ui/contract/console_state.hpp"
#include "ui/projector/projector_layout.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

struct ImDrawList;
struct ImFont;

namespace cpc::ui {
struct Palette;
struct TextLog;
} // namespace cpc::ui

namespace cpc::ui::projector {

// ---- the words ----

struct ScalingMark {
    int score = 0;
    std::string label; // name or role; empty in an anonymous round
    bool apart = false;
};

// A fainter row: the same question asked before. No names, only marks.
struct ScalingRow {
    std::string title; // "Earlier today: range 2 to 6, median 4"
    std::vector<int> scores;
    std::optional<double> median;
};

struct ScalingPage {
    std::string heading;   // "Scaling question for Lena"
    std::string question;  // in the round's words
    std::string low, high; // what 0 and what 10 mean, in the round's words
    bool revealed = true;
    bool named = true;    // marks carry who gave them (not an anonymous round)
    std::string answered; // blind: "6 of 9 answered"
    std::vector<ScalingMark> marks;
    std::optional<int> lowest, highest;
    std::optional<double> median;
    std::string summary;  // "Range: 3 to 8   Median (the middle answer): 5"
    std::string declined; // "Declined: Marcus Ellery"; empty when nobody did
    std::vector<ScalingRow> earlier;
};

// The round the chair chose, else the latest; nullptr when there is none.
const ScalingRound* shownRound(const Conference& c, const std::optional<Id>& round);

ScalingPage scalingPage(const Conference& c, const ScalingRound& round, const Conference* previous,
                        NameStyle names, DateTime now = {});

// "5", "4.5"
std::string scoreText(double score);

// ---- the places ----

enum class Ink { Text, Muted, Faint };

struct Glyphs {
    std::string text; // one wrapped line
    Face face = Face::Body;
    int step = 0; // absolute ladder index
    Ink ink = Ink::Text;
    float x = 0, y = 0; // top left
    std::string whole;  // the sentence this line starts, for the log; empty on later lines
    int mark = -1;      // index into ScalingPage::marks when it names one
};

struct Dot {
    float x = 0, y = 0, radius = 0;
    bool filled = true;
    float ring = 0; // radius of the outline round an answer that stands apart; 0: none
    Ink ink = Ink::Text;
    int mark = -1;
};

struct Stroke {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0, thickness = 1;
    Ink ink = Ink::Text;
};

// A triangle pointing up at (x, y): the median.
struct Pointer {
    float x = 0, y = 0, size = 0;
    Ink ink = Ink::Text;
};

struct ScalingLayout {
    int step = 0;
    float size = 0;
    bool fits = true;
    bool listed = false;       // names listed below the line rather than on it
    float left = 0, right = 0; // x of 0 and of 10
    std::vector<Glyphs> texts;
    std::vector<Dot> dots;
    std::vector<Stroke> strokes;
    std::vector<Pointer> pointers;
    float x(double score) const { return left + (right - left) * static_cast<float>(score) / 10; }
};

// The largest step at which everything fits with the names on the line; else
// the largest with the names listed below it; else the floor, listed.
ScalingLayout layoutScaling(const ScalingPage& page, const Measure& measure,
                            const std::vector<float>& ladder, float width, float height);
ScalingLayout scalingAt(const ScalingPage& page, const Measure& measure,
                        const std::vector<float>& ladder, float width, float height, int step,
                        bool listed);

// ---- the drawing ----

using FontFor = std::function<ImFont*(Face face, int step)>;
void paintScaling(ImDrawList* draw, float x0, float y0, const ScalingLayout& layout,
                  const std::vector<float>& sizes, const FontFor& font, const Palette& colours,
                  TextLog* log);

} // namespace cpc::ui::projector
