// The five documents of the sample conference, read back with poppler and
// qpdf: what each must hold, and what must never reach the family.
#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace cpc::test;
using pdf::Variant;

namespace {

const Variant all[] = {Variant::Full, Variant::Parents, Variant::Plan, Variant::Child,
                       Variant::Letter};

std::string render(const Conference& c, Variant v) {
    return pdf::render(c, optionsFor(v));
}

// Words of the sample's one confidential item, and of the police report that
// is not open to parents (its author's agency, in the reports table).
const char* const confidentialWords[] = {"CONFIDENTIAL, NOT FOR THE FAMILY",
                                         "police intelligence, not yet tested",
                                         "in breach of a restraining order"};

std::string between(const std::string& text, const std::string& from, const std::string& to) {
    auto a = text.find(from);
    auto b = text.find(to, a == std::string::npos ? 0 : a);
    if (a == std::string::npos || b == std::string::npos) return {};
    return text.substr(a, b - a);
}

void checkCommon(const std::string& text, const Conference& c) {
    CHECK(contains(text, "OFFICIAL-SENSITIVE"));
    CHECK(contains(text, "Page 1 of "));
    CHECK(contains(text, "Produced Thursday 3 December 2026, 14:30"));
    for (const auto& child : c.children) {
        INFO(child.name);
        CHECK(contains(text, child.name));
    }
}

void checkNoConfidential(const std::string& text) {
    for (auto words : confidentialWords) {
        INFO(words);
        CHECK_FALSE(contains(text, words));
    }
    CHECK_FALSE(contains(text, "Open to parents"));
}

void checkPlanParts(const std::string& text, const Conference& c) {
    const PlanDetails dates = withComputedDates(c);
    CHECK(contains(text, "Aisha Rahman")); // the key worker
    CHECK(contains(text, "Key worker"));
    CHECK(contains(text, formatLongDate(*dates.firstCoreGroup)));
    CHECK(contains(text, formatLongDate(*dates.reviewConference)));
    CHECK(contains(text, "Offer Kacper a free breakfast club place"));
    CHECK(contains(text, "Women's Aid outreach")); // an owner in words, not an id
    CHECK(contains(text, "Carol Hughes has agreed that they can stay with her"));
    for (auto member : {"Danielle Nowak", "Łukasz Nowak", "Niamh Gallagher", "Siobhán Kelly",
                        "Joanne Baptiste", "Marcus Ellery", "Tom Whitfield"}) {
        INFO(member);
        CHECK(contains(text, member));
    }
}

} // namespace

TEST_CASE("every document of the sample is a sound PDF with its fonts embedded", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    for (Variant v : all) {
        INFO(pdf::token(v));
        std::string bytes = render(c, v);
        REQUIRE(bytes.rfind("%PDF-", 0) == 0);
        auto file = f.put(std::string(pdf::token(v)) + ".pdf", bytes);
        CHECK(run("qpdf --check " + file).status == 0);
        auto fonts = pdfFonts(f, bytes);
        REQUIRE_FALSE(fonts.empty());
        bool noto = false;
        for (const auto& font : fonts) {
            INFO(font.name);
            CHECK(font.embedded);
            noto = noto || contains(font.name, "NotoSans");
        }
        CHECK(noto);
    }
}

TEST_CASE("the full record holds every part of the record, in order", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, Variant::Full));
    checkCommon(text, c);
    const char* const parts[] = {"1. Purpose of the conference",
                                 "2. The children and the adults in the household",
                                 "3. Who was invited, who attended, apologies and exclusions",
                                 "4. Reports to the conference",
                                 "5. The essential facts",
                                 "6. Opinions of members",
                                 "7. The views of the children",
                                 "8. The views of the parents and carers",
                                 "9. Summary of the discussion",
                                 "10. Agencies' views and recommendations",
                                 "11. Scaling",
                                 "12. Decisions",
                                 "13. Outline child protection plan",
                                 "14. Next conference"};
    std::size_t last = 0;
    for (auto part : parts) {
        INFO(part);
        auto at = text.find(part);
        REQUIRE(at != std::string::npos);
        CHECK(at > last);
        last = at;
    }
    // A sample of what each part holds.
    CHECK(contains(text, "It was called after a Section 47 enquiry"));
    CHECK(contains(text, "Flat 3, 52 Bridge Street")); // the father's address
    CHECK(contains(text, "Sent apologies"));
    CHECK(contains(text, "Excluded from the whole meeting by the chair on police advice"));
    CHECK(contains(text, "Thornshire Police, Public Protection Unit"));
    CHECK(contains(text, "Opinion"));
    CHECK(contains(text, "I just want it to be calm at home"));
    CHECK(contains(text, "We argue like any couple"));
    CHECK(contains(text, "What are we worried about?"));
    CHECK(contains(text, "What's working well?"));
    CHECK(contains(text, "What needs to happen?"));
    CHECK(contains(text, "Child in Need plan instead"));
    CHECK(contains(text, "10 answers") == false); // one declined in each round
    CHECK(contains(text, "9 answers, 1 declined"));
    CHECK(contains(text, "Child protection plan"));
    CHECK(contains(text, "Emotional abuse"));
    CHECK(contains(text, "Neglect"));
    CHECK(contains(text, "Zoë has lived through three police call-outs")); // reasons
    // The threshold test is answered for every child, as the reasons say.
    CHECK(contains(text, "Is likely to suffer significant harm: Yes"));
    CHECK_FALSE(contains(text, "Not asked"));
    for (const auto& found : checkDecisions(c)) {
        INFO(found.message);
        CHECK(found.rule.rfind("threshold-", 0) == std::string::npos);
    }
    CHECK(
        contains(text, "Tom Whitfield (Thornmere Academy) thinks a Child in Need plan")); // dissent
    CHECK(contains(text, "The parents do not agree with the decision."));
    CHECK(contains(text, "Right to complain explained Yes"));
    checkPlanParts(text, c);
    CHECK(contains(text, "The review conference will be held by"));
    // The confidential item is there, and marked.
    for (auto words : confidentialWords)
        CHECK(contains(text, words));
    CHECK(contains(text, "Confidential: not in the family's copies"));
}

TEST_CASE("the parents' copy leaves out confidential items, closed reports and exclusion "
          "reasons",
          "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, Variant::Parents));
    std::string full = pdfText(f, render(c, Variant::Full), "full.pdf");
    checkCommon(text, c);
    checkNoConfidential(text);
    checkPlanParts(text, c);
    CHECK(contains(text, "Parents' copy"));
    CHECK(contains(text, "12. Decisions"));
    CHECK(contains(text, "Zoë has lived through three police call-outs"));
    CHECK(contains(text, "Tom Whitfield (Thornmere Academy) thinks a Child in Need plan"));

    // The police report is not open to parents: the reports part lists the others only.
    // (pdftotext may read the next heading after the table under it: end at that table's header.)
    std::string reports = between(text, "4. Reports to the conference", "Said by");
    std::string fullReports = between(full, "4. Reports to the conference", "Said by");
    REQUIRE_FALSE(reports.empty());
    REQUIRE(contains(fullReports, "DC Priya Sandhu"));
    CHECK_FALSE(contains(reports, "DC Priya Sandhu"));
    CHECK_FALSE(contains(reports, "Thornshire Police"));
    CHECK(contains(reports, "Niamh Gallagher"));

    // Ryan's exclusion is recorded; its reasons (police advice) are not.
    CHECK(contains(text, "Ryan Tolley"));
    CHECK(contains(text, "excluded from the meeting"));
    CHECK_FALSE(contains(text, "on police advice"));
    CHECK_FALSE(contains(text, "could not speak freely"));
}

TEST_CASE("the parents' copy leaves out what was said while a parent was asked to leave", "[pdf]") {
    Conference c = sampleConference();
    Participant* mother = nullptr;
    for (auto& p : c.participants)
        if (p.name == "Danielle Nowak") mother = &p;
    REQUIRE(mother);
    mother->presence = {{*parseDateTime("2026-12-03T10:00"), *parseDateTime("2026-12-03T11:00"),
                         "Police shared information about Ryan's former partner"},
                        {*parseDateTime("2026-12-03T11:20"), std::nullopt, ""}};
    Item out;
    out.id = "i-out";
    out.column = Column::Worried;
    out.text = "Said while she was out: a neighbour reported shouting on 28 November.";
    out.source = "p10";
    out.tag = Tag::Allegation;
    out.said = *parseDateTime("2026-12-03T11:05");
    Item back = out;
    back.id = "i-back";
    back.text = "Said once she was back: the neighbour will be spoken to again.";
    back.said = *parseDateTime("2026-12-03T11:30");
    c.items.insert(c.items.begin(), {out, back});
    REQUIRE(withheld(c, c.items[0]) == Withheld::SaidWhileOut);
    REQUIRE(withheld(c, c.items[1]) == Withheld::No);

    PdfFolder f;
    std::string parents = pdfText(f, render(c, Variant::Parents));
    std::string full = pdfText(f, render(c, Variant::Full), "full.pdf");
    CHECK(contains(full, "a neighbour reported shouting on 28 November"));
    CHECK(contains(full, "Said while a family member was out of the room"));
    CHECK(contains(full, "Police shared information about Ryan's former partner"));
    CHECK_FALSE(contains(parents, "a neighbour reported shouting on 28 November"));
    CHECK_FALSE(contains(parents, "Police shared information about Ryan's former partner"));
    CHECK(contains(parents, "the neighbour will be spoken to again"));
    CHECK(contains(parents, "was asked to leave the room at 11:00 and came back at 11:20"));
    for (Variant v : {Variant::Plan, Variant::Child, Variant::Letter}) {
        INFO(pdf::token(v));
        CHECK_FALSE(contains(pdfText(f, render(c, v), "other.pdf"),
                             "a neighbour reported shouting on 28 November"));
    }
}

TEST_CASE("the outline plan: per child the decision and category, then the plan", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, Variant::Plan));
    checkCommon(text, c);
    checkNoConfidential(text);
    checkPlanParts(text, c);
    CHECK(contains(text, "Outline child protection plan"));
    CHECK(contains(text, "Child protection plan"));
    CHECK(contains(text, "Emotional abuse"));
    CHECK(contains(text, "Neglect"));
    CHECK(contains(text, "Hilary Okonjo"));
    CHECK_FALSE(contains(text, "Thornshire Police"));
    CHECK_FALSE(contains(text, "What are we worried about?"));
}

TEST_CASE("the child's plan: a page of plain words for each child, no categories", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string bytes = render(c, Variant::Child);
    std::string text = pdfText(f, bytes);
    checkCommon(text, c);
    checkNoConfidential(text);
    CHECK_FALSE(contains(text, "Thornshire Police"));
    for (auto jargon : {"abuse", "Neglect", "neglect", "category", "Category", "threshold"}) {
        INFO(jargon);
        CHECK_FALSE(contains(text, jargon));
    }
    CHECK(contains(text, "Aisha Rahman is your social worker"));
    CHECK(contains(text, "Childline"));
    CHECK(contains(text, formatLongDate(*withComputedDates(c).reviewConference)));

    // Each child's part starts a page of its own, addressed to them by first name;
    // Zoë (14) reads the fuller version, Lena (2) the simpler one.
    auto pages = pdfPages(f, bytes);
    auto firstPage = [&](const std::string& words) {
        for (std::size_t i = 0; i < pages.size(); ++i)
            if (contains(pages[i], words)) return static_cast<int>(i);
        return -1;
    };
    int zoe = firstPage("Zoë, this is your plan");
    int kacper = firstPage("Hello Kacper. This is your plan.");
    int lena = firstPage("Hello Lena. This is your plan.");
    REQUIRE(zoe == 0);
    REQUIRE(kacper > zoe);
    REQUIRE(lena > kacper);
    CHECK_FALSE(contains(pages[static_cast<std::size_t>(kacper)], "Zoë, this is your plan"));
    CHECK_FALSE(contains(pages[static_cast<std::size_t>(lena)], "Kacper. This is your plan"));
    CHECK(contains(text, "Zoë: \"Mum is a good mum.")); // her own words, back to her
    // Lena's part names what is done for her, not the adults' programmes.
    std::string lenaPart;
    for (std::size_t i = static_cast<std::size_t>(lena); i < pages.size(); ++i)
        lenaPart += pages[i];
    CHECK(contains(lenaPart, "development review"));
    CHECK_FALSE(contains(lenaPart, "Building Better Relationships"));
}

TEST_CASE("the decision letter: decision, reasons, plan, dates and how to complain", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string bytes = render(c, Variant::Letter);
    std::string text = pdfText(f, bytes);
    checkCommon(text, c);
    checkNoConfidential(text);
    checkPlanParts(text, c);
    CHECK_FALSE(contains(text, "Thornshire Police"));
    CHECK(contains(text, "Zoë Nowak will be subject to a child protection plan, under the category "
                         "of emotional abuse."));
    CHECK(contains(text,
                   "Lena Nowak will be subject to a child protection plan, under the category "
                   "of neglect."));
    CHECK(contains(text, "Kacper has been present during repeated incidents")); // reasons
    CHECK(contains(text, "complaints leaflet"));
    CHECK(contains(text, "complaints procedure"));
    CHECK(contains(text, "Yours sincerely, Hilary Okonjo"));

    // A letter to each parent, each with their own address only.
    auto pages = pdfPages(f, bytes);
    std::string mother, father;
    bool second = false;
    for (const auto& p : pages) {
        second = second || contains(p, "Dear Łukasz Nowak,");
        (second ? father : mother) += p;
    }
    CHECK(contains(mother, "Dear Danielle Nowak,"));
    CHECK(contains(mother, "14 Fenwick Close, Thornmere, TM4 2QL"));
    CHECK_FALSE(contains(mother, "Bridge Street"));
    CHECK(contains(father, "Flat 3, 52 Bridge Street, Kelham, TM9 1AX"));
    CHECK_FALSE(contains(father, "Fenwick Close"));
    CHECK_FALSE(contains(father, "Dear Danielle"));
    for (const auto& letter : {mother, father}) {
        CHECK(contains(letter, "What was decided, and why"));
        CHECK(contains(letter, "If you are unhappy with the decision"));
    }
}

TEST_CASE("the marking is an option, and the same conference gives the same bytes", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    auto o = optionsFor(Variant::Plan);
    o.marking = "OFFICIAL";
    std::string bytes = pdf::render(c, o);
    auto pages = pdfPages(f, bytes);
    REQUIRE_FALSE(pages.empty());
    for (const auto& p : pages) {
        CHECK(contains(p, "OFFICIAL"));
        CHECK_FALSE(contains(p, "OFFICIAL-SENSITIVE"));
    }
    CHECK(contains(pages.back(),
                   "Page " + std::to_string(pages.size()) + " of " + std::to_string(pages.size())));
    CHECK(pdf::render(c, o) == bytes);
}

TEST_CASE("a conference with nothing in it yet still gives five sound documents", "[pdf]") {
    Conference c;
    c.id = "k-empty";
    Conference one = c;
    one.children = {{"c1", "Amara", std::nullopt, ""}};
    one.plan.actions = {{"x1", "", "p404", std::nullopt, {"c404"}, std::nullopt}};
    one.items = {{"i1", Column::Worried, "", {"c404"}, Id("p404"), std::nullopt, false, {}}};
    PdfFolder f;
    for (const Conference* conf : {&c, &one})
        for (Variant v : all) {
            INFO(pdf::token(v));
            std::string bytes;
            REQUIRE_NOTHROW(bytes = render(*conf, v));
            CHECK(run("qpdf --check " + f.put("empty.pdf", bytes)).status == 0);
            CHECK(contains(pdfText(f, bytes), "Page 1 of "));
        }
}
