// The projector's fitting and paging with a fake ruler: every character is
// half the font size wide, so the numbers can be worked out by hand.

#include "fake_ruler.hpp"
#include "ui/projector/projector_layout.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>
#include <utility>

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

namespace {

// What fit() promises, said the slow way: the largest step whose whole
// layout fits on one page, else the floor in pages.
Layout fitByDefinition(const Spec& s, float width, float height) {
    for (int step = static_cast<int>(ladder.size()) - 1; step >= 0; --step) {
        Layout l = layoutAt(s, halfEm(), ladder, width, height, step, false);
        if (l.fits) return l;
    }
    return layoutAt(s, halfEm(), ladder, width, height, 0, true);
}

std::string words(std::mt19937& random, int most) {
    static const char* const some[] = {
        "a",      "Zoë", "worried",    "school",  "every",
        "Łukasz", "x",   "attendance", "nursery", "a-very-long-unbroken-word"};
    std::string out;
    const int n = std::uniform_int_distribution<int>(0, most)(random);
    for (int i = 0; i < n; ++i)
        out += std::string(i ? " " : "") + some[random() % std::size(some)];
    return out;
}

Spec generatedSpec(std::mt19937& random) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    auto paragraphs = [&](int most) {
        std::vector<Paragraph> ps;
        for (int i = pick(0, most); i > 0; --i)
            ps.push_back(
                {words(random, 12), pick(0, 1) ? Face::Bold : Face::Body, pick(-1, 1), Tone::Text});
        return ps;
    };
    Spec s;
    s.rows = pick(0, 3) == 0;
    s.top = paragraphs(1);
    s.bottom = paragraphs(1);
    for (int c = pick(1, 3); c > 0; --c) {
        ColumnContent column{paragraphs(1), pick(0, 1) == 1, {}, static_cast<float>(pick(1, 3))};
        for (int b = pick(0, 1) ? pick(0, 6) : pick(0, 60); b > 0; --b)
            column.blocks.push_back({paragraphs(2)});
        s.columns.push_back(std::move(column));
    }
    for (int b = pick(0, 3) == 0 ? pick(1, 4) : 0; b > 0; --b)
        s.after.push_back({paragraphs(2)});
    return s;
}

void requireSame(const std::vector<Line>& a, const std::vector<Line>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].text == b[i].text);
        CHECK(a[i].y == b[i].y);
        CHECK(a[i].step == b[i].step);
        CHECK(a[i].block == b[i].block);
    }
}

} // namespace

TEST_CASE("generated columns: fit chooses as the whole layout at each size would",
          "[projector][generated]") {
    const auto seed = GENERATE(range(1, 301));
    std::mt19937 random(static_cast<unsigned>(seed));
    const Spec s = generatedSpec(random);
    const float width = static_cast<float>(std::uniform_int_distribution<int>(300, 1920)(random));
    const float height = static_cast<float>(std::uniform_int_distribution<int>(200, 1080)(random));
    INFO("seed " << seed << ", " << width << "x" << height);

    const Layout got = fit(s, halfEm(), ladder, width, height);
    const Layout want = fitByDefinition(s, width, height);
    CHECK(got.step == want.step);
    CHECK(got.fits == want.fits);
    CHECK(got.used == want.used);
    requireSame(got.top, want.top);
    requireSame(got.bottom, want.bottom);
    REQUIRE(got.pages.size() == want.pages.size());
    for (std::size_t p = 0; p < got.pages.size(); ++p) {
        REQUIRE(got.pages[p].columns.size() == want.pages[p].columns.size());
        for (std::size_t c = 0; c < got.pages[p].columns.size(); ++c) {
            requireSame(got.pages[p].columns[c].lines, want.pages[p].columns[c].lines);
            CHECK(got.pages[p].columns[c].blocks == want.pages[p].columns[c].blocks);
        }
        requireSame(got.pages[p].after.lines, want.pages[p].after.lines);
        CHECK(got.pages[p].rules == want.pages[p].rules);
    }
}

TEST_CASE("a wall of items is measured about once, not once for every size tried", "[projector]") {
    // 3,000 items cannot fit at any size: only the pages at the floor need
    // all of them measured.
    std::vector<Block> blocks;
    for (int i = 0; i < 3000; ++i)
        blocks.push_back(block("item " + std::to_string(i) + " said by someone"));
    const Spec s = oneColumn(blocks);
    int measured = 0;
    const Measure counting = [&](std::string_view t, Face f, int step) {
        ++measured;
        return halfEm()(t, f, step);
    };
    const Layout l = fit(s, counting, ladder, 1920, 1080);
    const int byFit = std::exchange(measured, 0);
    CHECK(l.step == 0);
    CHECK(l.pages.size() > 1);
    layoutAt(s, counting, ladder, 1920, 1080, 0, true);
    const int pagesAlone = measured;
    INFO(byFit << " measurements by fit, " << pagesAlone << " for the pages alone");
    CHECK(byFit < pagesAlone * 11 / 10);
}
