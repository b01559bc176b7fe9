// The five documents of the sample conference, read back with poppler and
// qpdf: what each must hold, and what must never reach the family.
#include "documents/content.hpp"
#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "pdf_tools.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace cpc;
using namespace cpc::test;

namespace {

const DocumentKind all[] = {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan,
                            DocumentKind::Child, DocumentKind::Letter};

std::string render(const Conference& c, DocumentKind v) {
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
    CHECK(contains(text, "Carol Hughes has agreed that they can stay"));
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
    for (DocumentKind v : all) {
        INFO(token(v));
        std::string bytes = render(c, v);
        REQUIRE(bytes.rfind("%PDF-", 0) == 0);
        auto file = f.put(std::string(token(v)) + ".pdf", bytes);
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

// Where each of `parts` is, each looked for after the one before; npos when missing.
std::vector<std::size_t> positions(const std::string& text, const std::vector<std::string>& parts) {
    std::vector<std::size_t> out;
    std::size_t from = 0;
    for (const auto& part : parts) {
        auto at = text.find(part, from);
        out.push_back(at);
        if (at != std::string::npos) from = at + part.size();
    }
    return out;
}

void checkInOrder(const std::string& text, const std::vector<std::string>& parts) {
    const auto at = positions(text, parts);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        INFO("missing, or before the part above it: " << parts[i]);
        CHECK(at[i] != std::string::npos);
    }
}

TEST_CASE("the full record holds every part of the record, in order", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, DocumentKind::Full));
    checkCommon(text, c);
    // Seed 000's list, in its order; the plan's key worker, core group and
    // first core group date come before the next conference.
    const std::vector<std::string> parts{
        "Safeguarding and Quality Assurance Unit, Thornmere Borough Council",
        "Child protection conference record",
        "1. Purpose of the conference",
        "It was called after a Section 47 enquiry",
        "2. The children and the adults in the household",
        "Kacper Nowak 8 Feb 2019 14 Fenwick Close",
        "Łukasz Nowak 2 Mar 1988 Flat 3, 52 Bridge Street, Kelham, TM9 1AX",
        "Known to the children as \u201cDad\u201d",
        "3. Who was invited, who attended, apologies and exclusions",
        "The meeting started at 10:04 and ended at 11:52.",
        "Sent apologies",
        "4. Interpreters",
        "Łukasz Nowak, Parent, needs an interpreter in Polish.",
        "5. Reports to the conference",
        "Police report: domestic abuse",
        "6. The essential facts",
        "7. Opinions of members",
        "8. Views of the child",
        "Said in the meeting I just want it to be calm at home",
        "Written, passed on by Aisha Rahman (Social worker) The shouting scares Kacper.",
        "Relayed by Aisha Rahman (Social worker) I like it when Nan picks me up.",
        "Observed by Joanne Baptiste (Early years practitioner) Lena is too young to tell us in "
        "words.",
        "9. Views of the parents and carers",
        "Danielle Nowak (Parent, known to the children as Mum)",
        "On the decision about Zoë, Kacper and Lena: Does not agree with the decision. I don't "
        "think any of them need a plan.",
        "Their right to complain, and how, was explained.",
        "Ryan Tolley (Carer)",
        "There is no need for any plan.",
        "Not recorded that their right to complain was explained.",
        "Łukasz Nowak (Parent, known to the children as Dad)",
        "On the decision about Zoë, Kacper and Lena: Agrees with the decision. I will support "
        "whatever keeps the children safe.",
        "10. Summary of the discussion",
        "What are we worried about?",
        "What's working well?",
        "What needs to happen?",
        "11. Agencies' views and recommendations",
        "Child in Need plan instead",
        "12. Scaling",
        "9 answers, 1 declined",
        "13. Decisions",
        "Zoë has lived through three police call-outs",
        "Danielle Nowak: does not agree with the decision; right to complain explained.",
        "Lena Nowak",
        "Category Neglect and Emotional abuse",
        "Why more than one category",
        "Lena's health needs have gone unmet for months",
        std::string(pdf::multipleCategoryAudit()),
        "14. Outline child protection plan",
        "So that: Everyone knows what to do if an argument starts",
        "Key worker (lead social worker)",
        "Aisha Rahman",
        "Core group",
        "First core group meeting",
        "15. Next conference",
        "The review conference will be held by"};
    checkInOrder(text, parts);

    // The threshold test is answered for every child, as the reasons say.
    CHECK(contains(text, "Is likely to suffer significant harm: Yes"));
    CHECK_FALSE(contains(text, "Not asked"));
    for (const auto& found : checkDecisions(c)) {
        INFO(found.message);
        CHECK(found.rule.rfind("threshold-", 0) == std::string::npos);
    }
    CHECK(contains(text, "Excluded from the whole meeting by the chair on police advice"));
    CHECK(contains(text, "Thornshire Police, Public Protection Unit"));
    CHECK(contains(text, "Shared with parents"));
    CHECK(contains(text, "Open to parents"));
    CHECK(
        contains(text, "Tom Whitfield (Thornmere Academy) thinks a Child in Need plan")); // dissent
    checkPlanParts(text, c);
    // Zoë and Kacper have one category each: no heading, no audit for them.
    CHECK(text.find("Why more than one category") == text.rfind("Why more than one category"));
    // The confidential item is there, and marked.
    for (auto words : confidentialWords)
        CHECK(contains(text, words));
    CHECK(contains(text, "Confidential: not in the family's copies"));
}

TEST_CASE("more than one category: the reasons under their own heading only when there are some",
          "[pdf]") {
    Conference c = sampleConference();
    for (auto& d : c.decisions)
        if (d.child == "c3") d.multipleCategoryReasons = "  ";
    PdfFolder f;
    for (DocumentKind v : {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Letter}) {
        INFO(token(v));
        std::string text = pdfText(f, render(c, v));
        CHECK_FALSE(contains(text, "Why more than one category"));
        CHECK(contains(text, "The reasons for more than one category are not recorded."));
        CHECK(contains(text, std::string(pdf::multipleCategoryAudit())));
    }
    // One category: neither the heading, nor the sentence, nor the audit.
    for (auto& d : c.decisions)
        if (d.child == "c3") d.categories = {Category::Neglect};
    std::string one = pdfText(f, render(c, DocumentKind::Full));
    CHECK_FALSE(contains(one, "more than one category"));
    CHECK_FALSE(contains(one, "IRO manager"));
}

TEST_CASE("the views of the child: a view kept from the family is marked in the full record only",
          "[pdf]") {
    Conference c = sampleConference();
    c.children[1].views[0].confidential = true; // Kacper's, relayed
    c.children[0].views.clear();                // Zoë's: only her words on the board remain
    c.children[2].views.clear();                // Lena: none at all
    const std::string words = "When Ryan shouts I go under my bed with my headphones on.";
    PdfFolder f;
    std::string full = pdfText(f, render(c, DocumentKind::Full));
    std::string parents = pdfText(f, render(c, DocumentKind::Parents), "parents.pdf");
    std::string child = pdfText(f, render(c, DocumentKind::Child), "child.pdf");
    checkInOrder(full, {"8. Views of the child", "Relayed by Aisha Rahman", words,
                        "Confidential: not in the family's copies",
                        "No views of Lena are recorded.", "9. Views of the parents and carers"});
    CHECK(contains(full,
                   "On the board, under \u201cWhat's working well?\u201d Zoë: \"Mum is a good "
                   "mum."));
    CHECK_FALSE(contains(parents, "Relayed by Aisha Rahman"));
    CHECK_FALSE(contains(parents, "breakfast club with his friend Ollie"));
    CHECK(contains(parents, "No views of Kacper are recorded in this copy."));
    CHECK(contains(parents, "No views of Lena are recorded in this copy."));
    CHECK_FALSE(contains(child, "Ryan shouts"));
    CHECK_FALSE(contains(child, "Ollie"));
}

TEST_CASE("every plan the family gets says what each action is for", "[pdf]") {
    Conference c = sampleConference();
    c.plan.actions[7].outcome.clear(); // the rent arrears: no outcome written
    PdfFolder f;
    for (DocumentKind v :
         {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan, DocumentKind::Letter}) {
        INFO(token(v));
        std::string text = pdfText(f, render(c, v));
        CHECK(contains(text, "So that: Everyone knows what to do if an argument starts, and the "
                             "children know where they will go."));
        CHECK(contains(text, "So that: Kacper arrives on time and has had breakfast"));
        CHECK(contains(text, "So that: Danielle has support of her own"));
        // Only the full record says an outcome is missing.
        CHECK(contains(text, "So that: Not recorded") == (v == DocumentKind::Full));
    }
}

TEST_CASE("the parents' copy leaves out confidential items, closed reports and exclusion "
          "reasons",
          "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, DocumentKind::Parents));
    std::string full = pdfText(f, render(c, DocumentKind::Full), "full.pdf");
    checkCommon(text, c);
    checkNoConfidential(text);
    checkPlanParts(text, c);
    CHECK(contains(text, "Parents' copy"));
    CHECK(contains(text, "13. Decisions"));
    CHECK(contains(text, "Zoë has lived through three police call-outs"));
    CHECK(
        contains(text, "Relayed by Aisha Rahman (Social worker) I like it when Nan picks me up."));
    CHECK(contains(text, "Łukasz Nowak (Parent, known to the children as Dad)"));
    CHECK(contains(text, std::string(pdf::multipleCategoryAudit())));
    CHECK(contains(text, "Tom Whitfield (Thornmere Academy) thinks a Child in Need plan"));

    // The police report is not open to parents: the reports part lists the others only.
    // (pdftotext may read the next heading after the table under it: end at that table's header.)
    std::string reports = between(text, "5. Reports to the conference", "Said by");
    std::string fullReports = between(full, "5. Reports to the conference", "Said by");
    REQUIRE_FALSE(reports.empty());
    REQUIRE(contains(fullReports, "DC Priya Sandhu"));
    CHECK_FALSE(contains(reports, "DC Priya Sandhu"));
    CHECK_FALSE(contains(reports, "Thornshire Police"));
    CHECK(contains(reports, "Niamh Gallagher"));
    CHECK(contains(reports, "Health visitor report on Lena"));
    CHECK_FALSE(contains(reports, "Police report"));

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
    std::string parents = pdfText(f, render(c, DocumentKind::Parents));
    std::string full = pdfText(f, render(c, DocumentKind::Full), "full.pdf");
    CHECK(contains(full, "a neighbour reported shouting on 28 November"));
    CHECK(contains(full, "Said while a family member was out of the room"));
    CHECK(contains(full, "Police shared information about Ryan's former partner"));
    CHECK_FALSE(contains(parents, "a neighbour reported shouting on 28 November"));
    CHECK_FALSE(contains(parents, "Police shared information about Ryan's former partner"));
    CHECK(contains(parents, "the neighbour will be spoken to again"));
    CHECK(contains(parents, "was asked to leave the room at 11:00 and came back at 11:20"));
    for (DocumentKind v : {DocumentKind::Plan, DocumentKind::Child, DocumentKind::Letter}) {
        INFO(token(v));
        CHECK_FALSE(contains(pdfText(f, render(c, v), "other.pdf"),
                             "a neighbour reported shouting on 28 November"));
    }
}

TEST_CASE("the record and the parents' copy say who took part by video or phone", "[pdf][remote]") {
    Conference c = sampleConference();
    for (auto& p : c.participants) {
        if (p.name == "Danielle Nowak")
            p.presence = {{*parseDateTime("2026-12-03T10:00"), *parseDateTime("2026-12-03T10:40"),
                           "", PresenceMode::Video},
                          {*parseDateTime("2026-12-03T10:40"), *parseDateTime("2026-12-03T11:00"),
                           "Police information about a third party", PresenceMode::Phone},
                          {*parseDateTime("2026-12-03T11:20"), std::nullopt, "",
                           PresenceMode::Phone}};
        if (p.name == "Danielle Nowak")
            p.privacyCheck = PrivacyCheck{*parseDateTime("2026-12-03T10:01"), true,
                                          "At her sister's flat; Ryan does not know the address"};
    }
    PdfFolder f;
    for (DocumentKind kind : {DocumentKind::Full, DocumentKind::Parents}) {
        INFO(token(kind));
        const std::string text = pdfText(f, render(c, kind), "remote.pdf");
        CHECK(contains(text, "Attended, by video, then on the phone"));
        CHECK(contains(text, "was taken off the call at 11:00 and came back at 11:20"));
        // A change from video to phone is not a time out of the meeting.
        CHECK_FALSE(contains(text, "at 10:40"));
    }
    // The privacy check is the professionals' alone: it may say where she is.
    const std::string full = pdfText(f, render(c, DocumentKind::Full), "full.pdf");
    CHECK(contains(full, "Privacy checks of those on a call"));
    CHECK(contains(full, "asked at 10:01: can speak without being overheard."));
    CHECK(contains(full, "Ryan does not know the address"));
    for (DocumentKind kind : {DocumentKind::Parents, DocumentKind::Plan, DocumentKind::Child,
                              DocumentKind::Letter}) {
        INFO(token(kind));
        const std::string text = pdfText(f, render(c, kind), "family.pdf");
        CHECK_FALSE(contains(text, "Ryan does not know the address"));
        CHECK_FALSE(contains(text, "overheard"));
    }
}

TEST_CASE("the outline plan: per child the decision and category, then the plan", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string text = pdfText(f, render(c, DocumentKind::Plan));
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
    std::string bytes = render(c, DocumentKind::Child);
    std::string text = pdfText(f, bytes);
    CHECK(contains(text, "OFFICIAL-SENSITIVE"));
    CHECK(contains(text, "Page 1 of "));
    checkNoConfidential(text);
    CHECK_FALSE(contains(text, "Thornshire Police"));
    for (auto jargon : {"abuse", "Neglect", "neglect", "category", "Category", "threshold",
                        "DC Priya", "Dr Oluwaseun", "Aisha Rahman"}) {
        INFO(jargon);
        CHECK_FALSE(contains(text, jargon));
    }
    // People by first name and a role a child knows; the family as the children call them.
    CHECK(contains(text, "Aisha is your social worker."));
    CHECK(contains(text, "Aisha, your social worker"));
    CHECK(contains(text, "Niamh, your health visitor"));
    CHECK(contains(text, "Mum and Dad will be part of the plan too."));
    CHECK(contains(text, "Childline"));
    CHECK(contains(text, "Wednesday 3 March 2027")); // the review, in the next year

    // Each child's part starts a page of its own, addressed to them by first name;
    // Zoë (14) reads the fuller version, Kacper (7) and Lena (2) the simpler one.
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
    auto part = [&](int from, int to) {
        std::string out;
        for (int i = from; i < to; ++i)
            out += pages[static_cast<std::size_t>(i)] + " ";
        return out;
    };
    const std::string zoePart = part(zoe, kacper), kacperPart = part(kacper, lena),
                      lenaPart = part(lena, static_cast<int>(pages.size()));
    CHECK_FALSE(contains(kacperPart, "Zoë, this is your plan"));
    CHECK_FALSE(contains(lenaPart, "Kacper. This is your plan"));

    // Who and when, then the chair's words for the child.
    checkInOrder(zoePart,
                 {"What will happen", "Aisha, your social worker", "By Thursday 10 December.",
                  "Aisha, your social worker, will sit down with you, Mum and Nan.", "You told us",
                  "You said in the meeting:", "\u201cI just want it to be calm at home.",
                  "You wrote:", "\u201cThe shouting scares Kacper."});
    // The action with no words for the child is told from names alone, not pasted.
    CHECK(contains(zoePart, "Aisha, your social worker, will do a job to help your family."));
    CHECK_FALSE(contains(text, "will refer"));
    CHECK_FALSE(contains(text, "Mind of My Own"));
    // Kacper's words as he said them, not the social worker's report of them.
    checkInOrder(kacperPart, {"What you told us", "You told Aisha, your social worker:",
                              "\u201cI like it when Nan picks me up."});
    CHECK_FALSE(contains(kacperPart, "Kacper told me at school"));
    CHECK(contains(kacperPart, "Siobhán, your teacher"));
    // Lena's part names what is done for her, not the adults' programmes.
    checkInOrder(lenaPart,
                 {"Niamh, your health visitor", "By Friday 18 December.",
                  "Niamh, your health visitor, will check that you are growing well.",
                  "What the grown-ups have noticed", "Joanne, your nursery worker, has noticed:"});
    CHECK_FALSE(contains(lenaPart, "Building Better Relationships"));
    CHECK_FALSE(contains(lenaPart, "Ryan will go to a course"));
}

// The letters of one file, by the page each starts on ("Dear <name>,").
std::map<std::string, std::string> lettersByName(const std::vector<std::string>& pages,
                                                 const std::vector<std::string>& names) {
    std::map<std::string, std::string> out;
    std::string current;
    for (const auto& page : pages) {
        for (const auto& n : names)
            if (contains(page, "Dear " + n + ",")) current = n;
        out[current] += page + " ";
    }
    return out;
}

TEST_CASE("the decision letter: one to each parent and carer, at their own address", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    std::string bytes = render(c, DocumentKind::Letter);
    std::string text = pdfText(f, bytes);
    checkCommon(text, c);
    checkNoConfidential(text);
    checkPlanParts(text, c);
    CHECK_FALSE(contains(text, "Thornshire Police"));

    const std::vector<std::string> names{"Danielle Nowak", "Ryan Tolley", "Łukasz Nowak"};
    auto pages = pdfPages(f, bytes);
    auto letters = lettersByName(pages, names);
    REQUIRE(letters.size() == 3);
    REQUIRE(letters.count("") == 0); // every page belongs to a letter
    // Each starts a page of its own, in the order of the list of people.
    std::vector<int> starts;
    for (const auto& n : names)
        for (std::size_t i = 0; i < pages.size(); ++i)
            if (contains(pages[i], "Dear " + n + ",")) starts.push_back(static_cast<int>(i));
    REQUIRE(starts.size() == 3);
    CHECK(starts[0] == 0);
    CHECK(starts[1] > starts[0]);
    CHECK(starts[2] > starts[1]);

    const std::string &mother = letters["Danielle Nowak"], &carer = letters["Ryan Tolley"],
                      &father = letters["Łukasz Nowak"];
    checkInOrder(mother, {"Danielle Nowak 14 Fenwick Close, Thornmere, TM4 2QL", "Dear Danielle"});
    checkInOrder(carer, {"Ryan Tolley 14 Fenwick Close, Thornmere, TM4 2QL", "Dear Ryan"});
    checkInOrder(father, {"Łukasz Nowak Flat 3, 52 Bridge Street, Kelham, TM9 1AX", "Dear Łukasz"});
    CHECK_FALSE(contains(mother, "Bridge Street"));
    CHECK_FALSE(contains(carer, "Bridge Street"));
    CHECK_FALSE(contains(father, "Fenwick Close"));

    for (const auto& n : names) {
        const std::string& letter = letters[n];
        INFO(n);
        // Ryan was excluded from the whole meeting: the plan is explained to him in person.
        const bool excluded = n == "Ryan Tolley";
        const std::vector<std::string> plan =
            excluded ? std::vector<std::string>{"The outline plan",
                                                "your social worker will meet you to explain the "
                                                "plan and what it means for you."}
                     : std::vector<std::string>{"The outline plan", "So that:", "Key worker",
                                                "Core group", "Review conference"};
        std::vector<std::string> order{
            "Safeguarding and Quality Assurance Unit, Thornmere Borough Council",
            "Dear " + n + ",",
            "What was decided, and why",
            "Zoë Nowak will have a child protection plan under the category of emotional "
            "abuse.",
            "Kacper has been present during repeated incidents",
            "Lena Nowak will have a child protection plan under the categories of "
            "neglect and emotional abuse.",
            "Why more than one category",
            std::string(pdf::multipleCategoryAudit()),
            "Your view"};
        order.insert(order.end(), plan.begin(), plan.end());
        for (const char* tail :
             {"If you are unhappy with the decision", "complaints leaflet",
              "To make a complaint, contact: Complaints Team, Thornmere Borough Council: "
              "phone 01632 960 418 or freephone 0808 157 0192",
              "TM1 1AA.", "Yours sincerely, Hilary Okonjo"})
            order.emplace_back(tail);
        checkInOrder(letter, order);
        if (excluded) {
            CHECK_FALSE(contains(letter, "Freedom Programme"));
            CHECK_FALSE(contains(letter, "who they call if an argument starts"));
        }
    }
    // Each reads their own view, not another's.
    CHECK(contains(mother, "The conference recorded that you do not agree with the decision about "
                           "Zoë, Kacper and Lena."));
    CHECK(contains(mother, "Your words, as recorded: I don't think any of them need a plan."));
    CHECK_FALSE(contains(mother, "Wednesday evenings"));
    CHECK(contains(father, "The conference recorded that you agree with the decision about Zoë, "
                           "Kacper and Lena."));
    CHECK(contains(father, "I can have them on Wednesday evenings."));
    CHECK_FALSE(contains(father, "punished for ringing the police"));
    CHECK(contains(carer, "We argue like any couple"));
    CHECK_FALSE(contains(carer, "Wednesday evenings"));
    // Łukasz needs an interpreter.
    CHECK(contains(father, "explained in Polish"));
    CHECK_FALSE(contains(mother, "explained in Polish"));
}

TEST_CASE("a letter finds its reader's address by link, then by name, else says it is missing",
          "[pdf]") {
    Conference c = sampleConference();
    for (auto& p : c.participants) {
        if (p.name == "Łukasz Nowak") p.adult.reset(); // an old file: no link, same name
        if (p.name == "Ryan Tolley") {
            p.adult.reset();
            p.name = "Ryan James Tolley"; // matched by neither
        }
    }
    c.participants.push_back({"p99", "Carol Hughes", Role::Carer, "Family (grandmother)"});
    PdfFolder f;
    std::string bytes = render(c, DocumentKind::Letter);
    auto letters = lettersByName(pdfPages(f, bytes), {"Danielle Nowak", "Ryan James Tolley",
                                                      "Łukasz Nowak", "Carol Hughes"});
    CHECK(contains(letters["Ryan James Tolley"], "Ryan James Tolley Address not recorded"));
    CHECK(contains(letters["Łukasz Nowak"], "Flat 3, 52 Bridge Street, Kelham, TM9 1AX"));
    CHECK(contains(letters["Carol Hughes"], "Carol Hughes Address not recorded"));
    CHECK(contains(letters["Carol Hughes"], "Your view of the decision was not recorded"));
    CHECK_FALSE(contains(letters["Carol Hughes"], "Fenwick Close"));

    // No parent or carer invited: one letter to whoever has parental responsibility.
    Conference none = sampleConference();
    std::erase_if(none.participants, [](const Participant& p) {
        return p.role == Role::Parent || p.role == Role::Carer;
    });
    std::string text = pdfText(f, render(none, DocumentKind::Letter), "none.pdf");
    CHECK(contains(text, "Dear parent or carer,"));
    CHECK(contains(text, "phone 01632 960 418"));
}

TEST_CASE("the area's marking and organisation head every page of every document", "[pdf]") {
    Conference c = sampleConference();
    c.settings.marking = "OFFICIAL";
    c.settings.organisation = "Elm Council";
    PdfFolder f;
    for (DocumentKind v : all) {
        INFO(token(v));
        auto pages = pdfPages(f, render(c, v));
        REQUIRE_FALSE(pages.empty());
        for (const auto& p : pages) {
            CHECK(contains(p, "OFFICIAL"));
            CHECK_FALSE(contains(p, "OFFICIAL-SENSITIVE"));
            CHECK(contains(p, "Elm Council"));
        }
    }
}

TEST_CASE("the marking is an option, and the same conference gives the same bytes", "[pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    auto o = optionsFor(DocumentKind::Plan);
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
        for (DocumentKind v : all) {
            INFO(token(v));
            std::string bytes;
            REQUIRE_NOTHROW(bytes = render(*conf, v));
            CHECK(run("qpdf --check " + f.put("empty.pdf", bytes)).status == 0);
            CHECK(contains(pdfText(f, bytes), "Page 1 of "));
        }
}
