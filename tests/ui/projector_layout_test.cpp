// The projector's fitting and paging with a fake ruler: every character is
// half the font size wide, so the numbers can be worked out by hand.

#include "fake_ruler.hpp"
#include "ui/projector_layout.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>

using namespace cpc::ui::projector;

namespace {

using fake_ruler::chars;
using fake_ruler::halfEm;
using fake_ruler::ladder;

std::vector<std::string> wrapped(std::string_view text, float width) {
    std::vector<std::string> out;
    for (Range r : wrap(text, width, [](std::string_view t) { return chars(t) * 10; }))
        out.emplace_back(text.substr(r.begin, r.end - r.begin));
    return out;
}

Block block(std::string text) {
    return {{{std::move(text)}}};
}

Spec oneColumn(std::vector<Block> blocks) {
    Spec s;
    s.columns.push_back({{}, false, std::move(blocks)});
    return s;
}

} // namespace

TEST_CASE("text wraps at spaces, and a word too long for the line is broken", "[projector]") {
    CHECK(wrapped("aaa bb cc", 50) == std::vector<std::string>{"aaa", "bb cc"});
    CHECK(wrapped("abcdefghijkl", 50) == std::vector<std::string>{"abcde", "fghij", "kl"});
    CHECK(wrapped("one\ntwo", 100) == std::vector<std::string>{"one", "two"});
    CHECK(wrapped("  lead  and  gaps ", 100) == std::vector<std::string>{"lead  and", "gaps"});
    // Multi-byte letters count as one and are never split.
    CHECK(wrapped("Zoë Łukasz", 60) == std::vector<std::string>{"Zoë", "Łukasz"});
    CHECK(wrapped("ŁŁŁŁŁŁŁ", 30) == std::vector<std::string>{"ŁŁŁ", "ŁŁŁ", "Ł"});
}

TEST_CASE("a column that exactly fills the height keeps the largest size, one line more steps down",
          "[projector]") {
    // Top step: size 40, margin 40, line 50, gap between items 30.
    // Five one-line items: 5 x 50 + 4 x 30 = 370 = 450 - 2 x 40.
    const float width = 480, height = 450; // column 400 wide: 20 characters at size 40
    std::vector<Block> blocks(4, block("x"));
    blocks.push_back(block(std::string(20, 'a')));

    Layout fits = fit(oneColumn(blocks), halfEm(), ladder, width, height);
    CHECK(fits.step == 3);
    CHECK(fits.size == 40);
    CHECK(fits.pages.size() == 1);
    CHECK(fits.used == Approx(fits.bodyHeight));

    blocks.back() = block(std::string(10, 'a') + " " + std::string(10, 'a')); // two lines at 40
    Layout over = fit(oneColumn(blocks), halfEm(), ladder, width, height);
    CHECK(over.step == 2);
    CHECK(over.size == 30);
    CHECK(over.pages.size() == 1);

    blocks.back() = block("x");
    blocks.push_back(block("x")); // one item more
    CHECK(fit(oneColumn(blocks), halfEm(), ladder, width, height).step == 2);
}

TEST_CASE("the tallest column decides the size for all three", "[projector]") {
    Spec s;
    for (int c = 0; c < 3; ++c) {
        ColumnContent col{{{"Heading " + std::to_string(c), Face::Bold}}, true, {}};
        for (int i = 0; i < (c == 1 ? 30 : 2); ++i)
            col.blocks.push_back(block("item"));
        s.columns.push_back(col);
    }
    Layout l = fit(s, halfEm(), ladder, 1920, 1080);
    Layout few = fit(oneColumn({block("item"), block("item")}), halfEm(), ladder, 1920, 1080);
    CHECK(few.step == 3);
    CHECK(l.step < 3);
    REQUIRE(l.headings.size() == 3);
    // Headings: band, gap, one bold line, gap below, all in multiples of the size.
    CHECK(l.headingHeight ==
          Approx((Metrics::band + Metrics::bandGap + Metrics::lineSpacing + Metrics::headingGap) *
                 l.size));
    CHECK(l.bodyY == Approx(l.margin + l.headingHeight));
}

TEST_CASE("past the floor the columns page, every item once and in order", "[projector]") {
    std::vector<Block> blocks;
    for (int i = 0; i < 60; ++i)
        blocks.push_back(block("item " + std::to_string(i)));
    Spec s = oneColumn(blocks);
    s.columns.push_back({{}, false, {block("short")}});
    Layout l = fit(s, halfEm(), ladder, 1000, 720);
    CHECK(l.step == 0);
    CHECK(l.size == ladder.front());
    REQUIRE(l.pages.size() > 1);
    CHECK(l.fits);
    // The footer line is kept free when there are pages.
    Layout unpaged = layoutAt(s, halfEm(), ladder, 1000, 720, 0, false);
    CHECK(l.bodyHeight < unpaged.bodyHeight);

    std::vector<int> seen;
    for (const Page& p : l.pages) {
        for (const Line& line : p.columns[0].lines)
            CHECK(line.y + line.height <= l.bodyHeight + 0.01f);
        seen.insert(seen.end(), p.columns[0].blocks.begin(), p.columns[0].blocks.end());
    }
    std::vector<int> all;
    for (int i = 0; i < 60; ++i)
        all.push_back(i);
    CHECK(seen == all);
    // The short column sits on the first page only.
    CHECK(l.pages[0].columns[1].blocks == std::vector<int>{0});
    CHECK(l.pages[1].columns[1].lines.empty());
}

TEST_CASE("an item taller than a page continues on the next one, no line lost", "[projector]") {
    std::string words;
    for (int i = 0; i < 400; ++i)
        words += "word" + std::to_string(i) + " ";
    Spec s = oneColumn({block("before"), block(words), block("after")});
    Layout l = fit(s, halfEm(), ladder, 800, 400);
    CHECK(l.step == 0);
    REQUIRE(l.pages.size() > 2);
    std::string joined;
    std::map<int, int> pagesPerBlock;
    for (const Page& p : l.pages) {
        for (int b : p.columns[0].blocks)
            ++pagesPerBlock[b];
        for (const Line& line : p.columns[0].lines) {
            CHECK(line.y + line.height <= l.bodyHeight + 0.01f);
            if (line.block == 1) joined += line.text + " ";
        }
    }
    CHECK(joined == words);
    CHECK(pagesPerBlock[0] == 1);
    CHECK(pagesPerBlock[1] > 1);
    CHECK(pagesPerBlock[2] == 1);
}

TEST_CASE("full-width text above and below the columns takes its share of the height",
          "[projector]") {
    Spec s = oneColumn({block("a")});
    s.top.push_back({"Who is here", Face::Bold, 1});
    s.bottom.push_back({"Sent apologies: someone", Face::Body, -1, Tone::Muted});
    Layout l = fit(s, halfEm(), ladder, 800, 600);
    CHECK(l.step == 3);
    REQUIRE(l.top.size() == 1);
    REQUIRE(l.bottom.size() == 1);
    CHECK(l.top[0].step == 3); // one up from the top step stays on the ladder
    CHECK(l.bottom[0].step == 2);
    CHECK(l.bodyY == Approx(l.margin + (Metrics::lineSpacing + Metrics::sectionGap) * l.size));
    CHECK(l.bottomY == Approx(l.bodyY + l.used + Metrics::sectionGap * l.size));
}
