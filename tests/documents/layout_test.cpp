// Line and page breaking, without a PDF: a fake font where every character is
// half as wide as the type is tall.
#include "documents/layout.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace cpc::pdf;

namespace {

struct FixedWidth : TextMeasure {
    double width(std::string_view utf8, Face, double size) const override {
        double n = 0;
        for (char c : utf8)
            if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
        return n * size * 0.5;
    }
};

const FixedWidth fixed;

// Width of n characters at size 10.
double chars(int n) {
    return n * 5.0;
}

std::vector<std::string> texts(const std::vector<Line>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) {
        std::string s;
        for (const auto& r : l.runs)
            s += r.text;
        out.push_back(s);
    }
    return out;
}

Paragraph para(std::string text) {
    Paragraph p;
    p.spans = {{std::move(text)}};
    return p;
}

// The page (0-based) on which a text first appears, or -1.
int pageOf(const std::vector<Page>& pages, const std::string& text) {
    for (std::size_t i = 0; i < pages.size(); ++i)
        for (const auto& t : pages[i].text)
            if (t.text.find(text) != std::string::npos) return static_cast<int>(i);
    return -1;
}

double baselineOf(const std::vector<Page>& pages, const std::string& text) {
    for (const auto& p : pages)
        for (const auto& t : p.text)
            if (t.text.find(text) != std::string::npos) return t.baseline;
    return -1;
}

// Nothing of the body runs outside the text area; the running header and
// footer sit in the margins, by design.
void checkInside(const std::vector<Page>& pages, const Geometry& g) {
    for (const auto& p : pages)
        for (const auto& t : p.text) {
            INFO(t.text);
            CHECK(t.x >= g.left - 0.01);
            CHECK(t.x + t.width <= g.width - g.right + 0.01);
            CHECK(t.baseline > 0);
            CHECK(t.baseline < g.height);
        }
}

} // namespace

TEST_CASE("text wraps at spaces, as many words on a line as fit", "[layout]") {
    auto lines = breakLines({{"aaa bbb ccc ddd"}}, 10, chars(7), fixed);
    CHECK(texts(lines) == std::vector<std::string>{"aaa bbb", "ccc ddd"});
    CHECK(lines[0].width == Approx(chars(7)));
    CHECK(lines[1].runs[0].x == 0);

    // One character short: every word on its own line.
    CHECK(texts(breakLines({{"aaa bbb ccc"}}, 10, chars(6), fixed)) ==
          std::vector<std::string>{"aaa", "bbb", "ccc"});
    // Runs of spaces count as one, leading and trailing spaces as none.
    CHECK(texts(breakLines({{"  aaa    bbb  "}}, 10, chars(20), fixed)) ==
          std::vector<std::string>{"aaa bbb"});
    CHECK(breakLines({{""}}, 10, chars(20), fixed).empty());
}

TEST_CASE("a new line in the text starts a new line, a blank one a blank line", "[layout]") {
    CHECK(texts(breakLines({{"one\ntwo"}}, 10, chars(40), fixed)) ==
          std::vector<std::string>{"one", "two"});
    CHECK(texts(breakLines({{"one\n\ntwo"}}, 10, chars(40), fixed)) ==
          std::vector<std::string>{"one", "", "two"});
}

TEST_CASE("a word longer than the line is cut between characters", "[layout]") {
    CHECK(texts(breakLines({{"abcdefghij"}}, 10, chars(4), fixed)) ==
          std::vector<std::string>{"abcd", "efgh", "ij"});
    // After a word that fits, the long one starts on its own line.
    CHECK(texts(breakLines({{"xy abcdefghij"}}, 10, chars(4), fixed)) ==
          std::vector<std::string>{"xy", "abcd", "efgh", "ij"});
    // Never inside a UTF-8 sequence.
    CHECK(texts(breakLines({{"ŁŁŁŁŁ"}}, 10, chars(2), fixed)) ==
          std::vector<std::string>{"ŁŁ", "ŁŁ", "Ł"});
    // A line narrower than one character still takes one character per line.
    CHECK(texts(breakLines({{"abc"}}, 10, 1, fixed)) == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("faces change within a line, and a word in two faces is not broken", "[layout]") {
    auto lines = breakLines({{"Key worker:", Face::Bold}, {" Aisha Rahman"}}, 10, chars(40), fixed);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].runs.size() == 2);
    CHECK(lines[0].runs[0].face == Face::Bold);
    CHECK(lines[0].runs[0].text == "Key worker: ");
    CHECK(lines[0].runs[1].text == "Aisha Rahman");
    CHECK(lines[0].runs[1].x == Approx(chars(12)));

    // "(8):" in bold glued to "x" in regular: one word, wrapped whole.
    auto glued = breakLines({{"aaaa (8):", Face::Bold}, {"x"}}, 10, chars(7), fixed);
    CHECK(texts(glued) == std::vector<std::string>{"aaaa", "(8):x"});
}

TEST_CASE("paragraphs flow onto new pages, numbered N of M", "[layout]") {
    Document doc;
    doc.marking = "OFFICIAL-SENSITIVE";
    doc.produced = "Produced today";
    for (int i = 0; i < 200; ++i)
        doc.blocks.push_back(para("Paragraph " + std::to_string(i)));
    Geometry g;
    auto pages = layout(doc, fixed, g);
    REQUIRE(pages.size() > 3);
    checkInside(pages, g);
    for (std::size_t i = 0; i < pages.size(); ++i) {
        std::string number =
            "Page " + std::to_string(i + 1) + " of " + std::to_string(pages.size());
        CHECK(pageOf(pages, number) == static_cast<int>(i));
        int markings = 0;
        for (const auto& t : pages[i].text) {
            if (t.text == "OFFICIAL-SENSITIVE") ++markings;
            // Body text stays between the margins.
            if (t.text.rfind("Paragraph", 0) == 0) {
                CHECK(t.baseline > g.top);
                CHECK(t.baseline <= g.textBottom());
            }
        }
        CHECK(markings == 2); // top and bottom
    }
    // In order, none lost.
    int last = 0;
    for (int i = 0; i < 200; ++i) {
        int p = pageOf(pages, "Paragraph " + std::to_string(i) + "");
        CHECK(p >= last);
        last = p;
    }
    CHECK(pageOf(pages, "Paragraph 199") == static_cast<int>(pages.size()) - 1);
}

TEST_CASE("a page break starts a new page, but never an empty one", "[layout]") {
    Document doc;
    doc.blocks = {PageBreak{}, para("one"), PageBreak{}, PageBreak{}, para("two")};
    auto pages = layout(doc, fixed);
    CHECK(pages.size() == 2);
    CHECK(pageOf(pages, "one") == 0);
    CHECK(pageOf(pages, "two") == 1);
}

TEST_CASE("a heading at the foot of a page goes over with what follows it", "[layout]") {
    Geometry g;
    // Fill the first page to within two lines of its foot.
    Document doc;
    double lh = lineHeight(10) + 6; // a one-line paragraph and its space after
    int fill = static_cast<int>((g.textBottom() - g.top) / lh) - 1;
    for (int i = 0; i < fill; ++i)
        doc.blocks.push_back(para("filler"));
    doc.blocks.push_back(Heading{"The heading", 1});
    doc.blocks.push_back(para("First line of the section. " + std::string(300, 'x')));
    auto pages = layout(doc, fixed, g);
    REQUIRE(pages.size() == 2);
    CHECK(pageOf(pages, "The heading") == 1);
    CHECK(pageOf(pages, "First line") == 1);
    CHECK(baselineOf(pages, "The heading") < baselineOf(pages, "First line"));

    // With room enough, it stays.
    Document roomy;
    roomy.blocks = {para("filler"), Heading{"The heading", 1}, para("First line")};
    auto one = layout(roomy, fixed, g);
    CHECK(one.size() == 1);
}

TEST_CASE("a chain of headings and an introduction stays with the table after them", "[layout]") {
    Geometry g;
    Document doc;
    double lh = lineHeight(10) + 6;
    int fill = static_cast<int>((g.textBottom() - g.top) / lh) - 3;
    for (int i = 0; i < fill; ++i)
        doc.blocks.push_back(para("filler"));
    doc.blocks.push_back(Heading{"Section", 1});
    Paragraph note = para("An introduction.");
    note.keepWithNext = true;
    doc.blocks.push_back(note);
    doc.blocks.push_back(Heading{"Part", 2});
    Table t;
    t.widths = {1, 1};
    t.header = {{{"Name"}}, {{"Value"}}};
    t.rows = {{{{"cell-a"}}, {{"cell-b"}}}};
    doc.blocks.push_back(t);
    auto pages = layout(doc, fixed, g);
    REQUIRE(pages.size() == 2);
    for (auto text : {"Section", "An introduction.", "Part", "Name", "cell-a"}) {
        INFO(text);
        CHECK(pageOf(pages, text) == 1);
    }
}

TEST_CASE("a paragraph leaves neither its first nor its last line alone", "[layout]") {
    Geometry g;
    double lh = lineHeight(10);
    double step = lh + 6;
    int fill = static_cast<int>((g.textBottom() - g.top) / step);
    // One line's room left at the foot: a four-line paragraph goes over whole.
    for (int spare : {1, 3}) {
        Document doc;
        for (int i = 0; i < fill - 1; ++i)
            doc.blocks.push_back(para("filler"));
        double used = (fill - 1) * step;
        double room = g.textBottom() - g.top - used;
        Spacer s{room - spare * lh - 0.5};
        doc.blocks.push_back(s);
        doc.blocks.push_back(para("l1\nl2\nl3\nl4"));
        auto pages = layout(doc, fixed, g);
        REQUIRE(pages.size() == 2);
        int onSecond = 0;
        for (const auto& t : pages[1].text)
            if (t.baseline > g.top && t.baseline < g.textBottom()) ++onSecond;
        INFO("room for " << spare << " lines");
        if (spare == 1) CHECK(onSecond == 4); // no orphan: all of it goes over
        if (spare == 3) CHECK(onSecond == 2); // no widow: two lines go over, not one
    }
}

TEST_CASE("a table row taller than a page is split across pages, header repeated", "[layout]") {
    Geometry g;
    Table t;
    t.widths = {0.3, 0.7};
    t.header = {{{"Who", Face::Bold}}, {{"What", Face::Bold}}};
    std::string tall;
    for (int i = 0; i < 150; ++i)
        tall += "line" + std::to_string(i) + "\n";
    t.rows = {{{{"first"}}, {{"short"}}}, {{{"second"}}, {{tall}}}, {{{"third"}}, {{"end"}}}};
    Document doc;
    doc.blocks = {t};
    auto pages = layout(doc, fixed, g);
    REQUIRE(pages.size() >= 3);
    checkInside(pages, g);
    // Every line of the tall cell, in order, none lost, none past the foot of a page.
    int page = 0;
    double last = 0;
    for (int i = 0; i < 150; ++i) {
        std::string text = "line" + std::to_string(i);
        int p = -1;
        double y = 0;
        for (std::size_t k = 0; k < pages.size() && p < 0; ++k)
            for (const auto& x : pages[k].text)
                if (x.text == text) {
                    p = static_cast<int>(k);
                    y = x.baseline;
                }
        INFO(text);
        REQUIRE(p >= 0);
        CHECK(y <= g.textBottom());
        CHECK((p > page || (p == page && y > last)));
        page = p;
        last = y;
    }
    // The header heads every page of the table.
    for (const auto& p : pages) {
        int headers = 0;
        for (const auto& x : p.text)
            if (x.text == "Who") ++headers;
        CHECK(headers == 1);
    }
    CHECK(pageOf(pages, "third") == static_cast<int>(pages.size()) - 1);
    // The row's box is shaded only in the header.
    for (const auto& p : pages)
        CHECK(p.boxes.size() == 1);
}

TEST_CASE("a table row that does not fit the rest of the page starts the next", "[layout]") {
    Geometry g;
    Table t;
    t.widths = {1};
    t.header = {{{"Head", Face::Bold}}};
    for (int i = 0; i < 60; ++i)
        t.rows.push_back({{{"row " + std::to_string(i) + "\na\nb"}}});
    Document doc;
    doc.blocks = {t};
    auto pages = layout(doc, fixed, g);
    REQUIRE(pages.size() > 1);
    // No row is split: each row's three lines share a page.
    for (int i = 0; i < 60; ++i) {
        int p = pageOf(pages, "row " + std::to_string(i));
        REQUIRE(p >= 0);
        bool withIt = false;
        for (const auto& x : pages[static_cast<std::size_t>(p)].text)
            withIt = withIt ||
                     (x.text == "b" && x.baseline > baselineOf(pages, "row " + std::to_string(i)));
        CHECK(withIt);
    }
}

TEST_CASE("a long running title is cut short to leave room for the marking", "[layout]") {
    Document doc;
    doc.runningTitle = std::string(400, 'T');
    doc.marking = "OFFICIAL-SENSITIVE";
    doc.blocks = {para("x")};
    Geometry g;
    auto pages = layout(doc, fixed, g);
    checkInside(pages, g);
    bool found = false;
    for (const auto& t : pages[0].text)
        if (t.text.rfind("TTT", 0) == 0) {
            found = true;
            CHECK(t.text.size() < 400);
            CHECK(t.text.substr(t.text.size() - 3) == "\u2026");
        }
    CHECK(found);
}
