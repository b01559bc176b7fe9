// Names and words as people type them: accents, Polish and Yoruba letters,
// curly quotes, dashes, arrows and emoji. Each comes out as typed, or as a
// visible replacement; never as garbage, never a crash. And the password.
#include "documents/pdf_to_unicode.hpp"
#include "domain/names.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

using namespace cpc;
using namespace cpc::test;

namespace {

const std::string replacement = "\xEF\xBF\xBD"; // U+FFFD

Conference unicodeConference() {
    Conference c;
    c.id = "k-uni";
    c.details.kind = Kind::Initial;
    c.details.title = "Initial conference: Zoë and Łukasz";
    c.details.scheduledStart = *parseDateTime("2026-12-03T10:00");
    c.details.purpose = "To decide about “the children” — and their ‘plan’ – now.";
    c.children = {{"c1", "Zoë Nowak", parseDate("2015-04-19"), "1 Rue d’Été"},
                  {"c2", "Łukasz Wiśniewski", parseDate("2019-02-08"), "1 Rue d’Été"}};
    c.adults = {{"a1", "Ngozi Ọkọnkwọ", parseDate("1990-09-14"), "1 Rue d’Été", "Mother"}};
    c.participants = {{"p1",
                       "Siobhán Kelly",
                       Role::Chair,
                       "Independent Reviewing Service",
                       Attendance::Attended,
                       "",
                       {}},
                      {"p2", "Ngozi Ọkọnkwọ", Role::Parent, "Family", Attendance::Attended, "", {}},
                      {"p3", "Zoë Nowak", Role::Child, "Family", Attendance::Attended, "", {}},
                      {"p4",
                       "Søren Ødegård",
                       Role::SocialWorker,
                       "Children’s Services",
                       Attendance::Attended,
                       "",
                       {}}};
    Item quote;
    quote.id = "i1";
    quote.text = "Ngozi: “I’m trying” — she said it twice – honestly.";
    quote.source = "p2";
    Item emoji;
    emoji.id = "i2";
    emoji.column = Column::WorkingWell;
    emoji.text =
        "Zoë drew 👍 and 👨‍👩‍👧 ❤️ then wrote “thanks” → done; ক";
    emoji.source = "p3";
    c.items = {quote, emoji};
    Decision d;
    d.child = "c1";
    d.outcome = Outcome::Plan;
    d.categories = {Category::Emotional};
    d.reasons = "Zoë’s view — and Łukasz’s — were heard.";
    c.decisions = {d};
    c.plan.details.keyWorker = "p4";
    c.plan.details.coreGroup = {"p2", "p4"};
    c.plan.actions = {{"x1", "Visit Zoë – weekly 😊", "p4", parseDate("2026-12-10"), {}, {}}};
    return c;
}

// Characters that Noto Sans lacks and DejaVu Sans has, in the regular face
// (an item) and, through the title, the bold one.
const std::string fallbackSample = "≤ ≥ ≠ ≈ ∞ ✓ ✗ ★ ☺ ⚠ ← →";

Conference fallbackConference() {
    Conference c = unicodeConference();
    c.details.title = "Initial conference: Zoë and Łukasz ✓ ★";
    Item symbols;
    symbols.id = "i3";
    symbols.text = "Symbols: " + fallbackSample + " end.";
    symbols.source = "p1";
    c.items.push_back(symbols);
    return c;
}

} // namespace

TEST_CASE("names in other alphabets, quotes and dashes come out as typed", "[pdf][unicode]") {
    const Conference c = unicodeConference();
    PdfFolder f;
    for (DocumentKind v : {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan,
                           DocumentKind::Child, DocumentKind::Letter}) {
        INFO(token(v));
        std::string text = pdfText(f, pdf::render(c, optionsFor(v)));
        // The child's plan names people as a child would: by first name.
        for (auto name : {"Zoë Nowak", "Łukasz Wiśniewski", "Søren Ødegård", "Siobhán Kelly"}) {
            const std::string shown = v == DocumentKind::Child ? cpc::firstName(name) : name;
            INFO(shown);
            CHECK(contains(text, shown));
        }
        if (v != DocumentKind::Child) CHECK(contains(text, "Ngozi Ọkọnkwọ"));
    }
    std::string full = pdfText(f, pdf::render(c, optionsFor(DocumentKind::Full)));
    CHECK(contains(full, "To decide about “the children” — and their ‘plan’ – now."));
    CHECK(contains(full, "Ngozi: “I’m trying” — she said it twice – honestly."));
    CHECK(contains(full, "1 Rue d’Été"));
    CHECK(contains(full, "Zoë’s view — and Łukasz’s — were heard."));
}

TEST_CASE("characters no font has become a visible replacement, and nothing breaks",
          "[pdf][unicode]") {
    const Conference c = unicodeConference();
    PdfFolder f;
    std::string bytes = pdf::render(c, optionsFor(DocumentKind::Full));
    auto file = f.put("emoji.pdf", bytes);
    CHECK(run("qpdf --check " + file).status == 0);
    std::string text = pdfText(f, bytes);
    // Each emoji beyond 16 bits is one replacement; the joiners and the variation
    // selector draw nothing; the heart, which DejaVu Sans has, stays a heart.
    CHECK(contains(text, "Zoë drew " + replacement + " and " + replacement + replacement +
                             replacement + " ❤ then wrote “thanks”"));
    // Noto has no arrow: DejaVu Sans draws it. Neither has Bengali: replaced.
    CHECK(contains(text, "→ done; " + replacement));
    CHECK(contains(text, "Visit Zoë – weekly " + replacement));
    bool dejavu = false;
    for (const auto& font : pdfFonts(f, bytes)) {
        CHECK(font.embedded);
        dejavu = dejavu || contains(font.name, "DejaVuSans");
    }
    CHECK(dejavu);
}

TEST_CASE("text that is not UTF-8 is replaced, not passed on", "[pdf][unicode]") {
    Conference c = unicodeConference();
    c.items[0].text = std::string("bad \xC3\x28 byte and \xFF end");
    PdfFolder f;
    std::string bytes = pdf::render(c, optionsFor(DocumentKind::Full));
    CHECK(run("qpdf --check " + f.put("bad.pdf", bytes)).status == 0);
    CHECK(contains(pdfText(f, bytes), "bad " + replacement + "( byte and " + replacement + " end"));
}

TEST_CASE("a missing font is one clear error naming the file", "[pdf]") {
    auto o = optionsFor(DocumentKind::Plan);
    o.fontDir = "/no/such/fonts";
    try {
        pdf::render(unicodeConference(), o);
        FAIL("no error");
    } catch (const pdf::FontError& e) {
        std::string what = e.what();
        CHECK(contains(what, "/no/such/fonts/NotoSans-Regular.ttf"));
        CHECK(what.find('\n') == std::string::npos);
    }
}

TEST_CASE("a password keeps the document closed to whoever does not have it", "[pdf]") {
    auto o = optionsFor(DocumentKind::Plan);
    o.password = "Thornmere-2026";
    std::string bytes = pdf::render(sampleConference(), o);
    PdfFolder f;
    auto file = f.put("locked.pdf", bytes);
    CHECK(run("pdftotext " + file + " -").status != 0);
    CHECK(run("pdftotext -upw guess " + file + " -").status != 0);
    // qpdf reports a wrong password in its output, with status 0.
    CHECK(contains(run("qpdf --show-encryption " + file + " 2>&1").out, "Incorrect password"));
    CHECK(contains(run("qpdf --password=guess --show-encryption " + file + " 2>&1").out,
                   "Incorrect password"));
    auto shown = run("qpdf --password=Thornmere-2026 --show-encryption " + file);
    CHECK(shown.status == 0);
    CHECK(contains(shown.out, "Supplied password is user password"));
    CHECK(contains(shown.out, "R = 3")); // RC4, 128-bit: all libharu offers
    // A screen reader may still read it, once opened.
    CHECK(contains(shown.out, "extract for accessibility: allowed"));
    CHECK(run("qpdf --password=Thornmere-2026 --check " + file).status == 0);
    auto text = run("pdftotext -upw Thornmere-2026 " + file + " -");
    CHECK(text.status == 0);
    CHECK(contains(flatten(text.out), "Outline child protection plan"));
    CHECK(contains(flatten(text.out), "Zoë Nowak"));
    // Without a password the same document is open.
    auto open = f.put("open.pdf", pdf::render(sampleConference(), optionsFor(DocumentKind::Plan)));
    CHECK(run("pdftotext " + open + " -").status == 0);
}

TEST_CASE("poppler reads every page of every document without a warning", "[pdf][unicode]") {
    PdfFolder f;
    auto quiet = [&](const std::string& bytes, const std::string& password) {
        auto file = f.put("quiet.pdf", bytes);
        std::string upw = password.empty() ? "" : " -upw '" + password + "'";
        for (const std::string& command :
             {"pdftotext" + upw + " " + file + " -", "pdffonts" + upw + " " + file,
              "pdftoppm -r 12 -png" + upw + " " + file + " '" + (f.path / "page").string() + "'"}) {
            INFO(command);
            Said said = runWithErrors(f, command);
            CHECK(said.status == 0);
            CHECK(said.err.empty());
        }
    };
    const Conference c = fallbackConference();
    for (DocumentKind v : {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan,
                           DocumentKind::Child, DocumentKind::Letter}) {
        INFO(token(v));
        quiet(pdf::render(c, optionsFor(v)), "");
        quiet(pdf::render(sampleConference(), optionsFor(v)), "");
    }
    auto locked = optionsFor(DocumentKind::Full);
    locked.password = "Thornmere-2026";
    quiet(pdf::render(c, locked), locked.password);
}

TEST_CASE("names and the fallback font's characters are extracted exactly as typed",
          "[pdf][unicode]") {
    const Conference c = fallbackConference();
    PdfFolder f;
    std::string bytes = pdf::render(c, optionsFor(DocumentKind::Full));
    std::string text = pdfText(f, bytes);
    for (auto name : {"Zoë", "Łukasz", "Ngozi Ọkọnkwọ", "Siobhán"}) {
        INFO(name);
        CHECK(contains(text, name));
    }
    CHECK(contains(text, "Symbols: " + fallbackSample + " end."));
    CHECK(contains(text, "Initial conference: Zoë and Łukasz ✓ ★"));
    bool regular = false, bold = false;
    for (const auto& font : pdfFonts(f, bytes)) {
        regular = regular || contains(font.name, "DejaVuSans,Book");
        bold = bold || contains(font.name, "DejaVuSans-Bold");
    }
    CHECK(regular);
    CHECK(bold);
    // The same, through the password: encryption must not spoil the map.
    auto locked = optionsFor(DocumentKind::Full);
    locked.password = "Thornmere-2026";
    auto file = f.put("locked.pdf", pdf::render(c, locked));
    std::string unlocked = flatten(run("pdftotext -upw Thornmere-2026 " + file + " -").out);
    CHECK(contains(unlocked, "Ngozi Ọkọnkwọ"));
    CHECK(contains(unlocked, fallbackSample));
}

TEST_CASE("each font carries a ToUnicode map of bfranges, not libharu's cidrange",
          "[pdf][unicode]") {
    PdfFolder f;
    auto file = f.put("map.pdf", pdf::render(fallbackConference(), optionsFor(DocumentKind::Full)));
    // qpdf's QDF form has every stream uncompressed, so the maps can be read.
    std::string qdf = run("qpdf --qdf --object-streams=disable " + file + " -").out;
    REQUIRE(!qdf.empty());
    CHECK(!contains(qdf, "cidrange"));
    CHECK(!contains(qdf, "/CMapName /UTF-8"));
    std::size_t maps = 0;
    for (std::size_t at = 0; (at = qdf.find("endcmap", at)) != std::string::npos; ++at)
        ++maps;
    CHECK(maps == 4); // Noto and DejaVu, regular and bold

    // Within the map: ranges that vary only in their last byte, each mapping
    // onto itself, in blocks of at most 100, and no surrogates.
    std::istringstream lines{std::string(pdf::identityToUnicode())};
    std::regex range("<([0-9A-F]{2})00> <([0-9A-F]{2})FF> <([0-9A-F]{2})00>");
    std::string line;
    int inBlock = -1, ranges = 0;
    while (std::getline(lines, line)) {
        INFO(line);
        CHECK(!contains(line, "cid"));
        if (contains(line, "beginbfrange")) {
            CHECK(inBlock == -1);
            inBlock = 0;
            CHECK(std::stoi(line) <= 100);
        } else if (line == "endbfrange") {
            inBlock = -1;
        } else if (inBlock >= 0) {
            std::smatch m;
            REQUIRE(std::regex_match(line, m, range));
            CHECK(m[1] == m[2]);
            CHECK(m[1] == m[3]);
            int high = std::stoi(m[1], nullptr, 16);
            CHECK((high < 0xD8 || high > 0xDF));
            ++inBlock;
            ++ranges;
        }
    }
    CHECK(ranges == 256 - 8);
}
