// The child's plan is easy to read (DOMAIN.md, "The child's voice and the
// family as people"): at least 14 pt (17 for the under-10s), sentences of 15
// words on average and none over 25, no jargon, people by first name and a
// role a child knows, never an adult's action pasted after "will". Checked on
// the sample and on conferences generated from a printed seed, whose actions
// are long, full of jargon and owned by people with titles (CPC_SEED=N reruns one).
#include "documents/content.hpp"
#include "domain/child_words.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "pdf_tools.hpp"
#include "support/seeds.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <regex>

using namespace cpc;
using namespace cpc::test;

namespace {

// ---- reading the document's blocks ----

double headingSize(const pdf::Heading& h) {
    if (h.size > 0) return h.size;
    switch (h.level) { // the layout's sizes for each level (layout.cpp)
    case 0:
        return 20;
    case 1:
        return 13.5;
    case 2:
        return 11;
    default:
        return 10;
    }
}

std::string spansText(const std::vector<pdf::Span>& spans) {
    std::string out;
    for (const auto& s : spans)
        out += s.text;
    return out;
}

// One child's part of the plan: the blocks between page breaks.
struct Part {
    std::string text; // every block's words, a line each
    double smallest = 1000;
};

std::vector<Part> parts(const pdf::Document& doc) {
    std::vector<Part> out(1);
    auto note = [&](const std::string& text, double size) {
        out.back().text += text + "\n";
        out.back().smallest = std::min(out.back().smallest, size);
    };
    for (const auto& block : doc.blocks) {
        if (std::holds_alternative<pdf::PageBreak>(block)) {
            out.emplace_back();
        } else if (const auto* h = std::get_if<pdf::Heading>(&block)) {
            note(h->text, headingSize(*h));
        } else if (const auto* p = std::get_if<pdf::Paragraph>(&block)) {
            note(spansText(p->spans), p->size);
        } else if (const auto* t = std::get_if<pdf::Table>(&block)) {
            for (const auto& c : t->header)
                note(spansText(c), t->size);
            for (const auto& row : t->rows)
                for (const auto& c : row)
                    note(spansText(c), t->size);
        }
    }
    return out;
}

pdf::Document childPlan(const Conference& c) {
    pdf::Options o;
    o.document = DocumentKind::Child;
    o.produced = producedAt();
    return pdf::content(c, o);
}

// Every run of spaces and line breaks one space: words as a reader reads them.
std::string flattened(const std::string& s) {
    std::string out;
    for (char ch : s) {
        const bool space = ch == ' ' || ch == '\n';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : ch;
    }
    return out;
}

std::string lower(std::string s) {
    for (char& ch : s)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::string withoutStop(std::string s) {
    while (!s.empty() && (s.back() == '.' || s.back() == ' '))
        s.pop_back();
    return s;
}

// The first `n` words of a text.
std::string firstWords(const std::string& text, int n) {
    std::string out;
    int words = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ' && ++words == n) break;
        out += text[i];
    }
    return out;
}

// A role as this test expects a child to read it, written here, not taken
// from domain/child_words.cpp.
std::string expectedRole(Role r) {
    switch (r) {
    case Role::SocialWorker:
        return "social worker";
    case Role::Police:
        return "police officer";
    case Role::Gp:
        return "doctor";
    case Role::HealthVisitor:
        return "health visitor";
    case Role::SchoolNurse:
        return "school nurse";
    case Role::Education:
        return "teacher";
    case Role::EarlyYears:
        return "nursery worker";
    case Role::Probation:
        return "probation officer";
    default:
        return "";
    }
}

const char* const titles[] = {"DC", "Dr", "Mrs", "Mr", "PC", "Ms", "DS", "Prof"};

// What every child's plan must be, whatever the conference: the checks of the
// brief, each on the words the program put in the blocks.
void checkEasyRead(const Conference& c, const std::vector<std::string>& hidden = {}) {
    const pdf::Document doc = childPlan(c);
    const auto ps = parts(doc);
    REQUIRE(ps.size() == std::max<std::size_t>(1, c.children.size()));
    std::string all;
    for (std::size_t i = 0; i < ps.size(); ++i) {
        const Part& part = ps[i];
        all += part.text;
        const bool young = i < c.children.size() && isYoungChild(c, c.children[i]);
        INFO("child " << i << (young ? " (young)" : "") << ":\n" << part.text);
        CHECK(part.smallest >= easyReadSmallestType);
        if (young) CHECK(part.smallest >= 17);
        const Readability r = readability(part.text);
        CHECK(r.averageWords() <= easyReadAverageWords);
        CHECK(r.longest <= easyReadLongestWords);
        for (const auto& j : r.jargon) {
            INFO("jargon: " << j);
            CHECK(false);
        }
    }
    INFO(all);
    const std::string folded = lower(all);
    // Never "X will <the adult's instruction>". The chair's own words for the
    // child are theirs ("Ryan will go to a course"): the check skips them.
    std::string made = all;
    for (const auto& a : c.plan.actions)
        if (a.forChild && !trimmed(*a.forChild).empty())
            for (auto at = made.find(trimmed(*a.forChild)); at != std::string::npos;
                 at = made.find(trimmed(*a.forChild)))
                made.erase(at, trimmed(*a.forChild).size());
    CHECK_FALSE(std::regex_search(made, std::regex(" will [a-z]+ to ")));
    for (const auto& a : c.plan.actions) {
        const std::string what = withoutStop(trimmed(a.what));
        if (what.empty()) continue;
        INFO("action " << a.id << ": " << what);
        CHECK_FALSE(contains(folded, "will " + lower(firstWords(what, 2))));
        if (!readability(what).easy()) CHECK_FALSE(contains(folded, lower(firstWords(what, 5))));
    }
    // People by first name and a role a child knows: no title, no surname.
    for (const auto& p : c.participants) {
        INFO(p.name);
        if (trimmed(p.name).find(' ') != std::string::npos) CHECK_FALSE(contains(all, p.name));
    }
    for (auto t : titles)
        CHECK_FALSE(contains(all, std::string(t) + " "));
    for (const auto& child : c.children)
        for (const Action* a : actionsForChild(c, child)) {
            const Participant* p = findParticipant(c, a->who);
            if (!p || expectedRole(p->role).empty()) continue;
            // "Your" for those there for the child; the police and probation are there about an
            // adult.
            const bool theirs = p->role == Role::Police || p->role == Role::Probation;
            CHECK(contains(all, firstName(p->name) + (theirs ? ", a " : ", your ") +
                                    expectedRole(p->role)));
        }
    if (const auto& kw = c.plan.details.keyWorker) {
        const Participant* p = findParticipant(c, *kw);
        if (p && !expectedRole(p->role).empty())
            CHECK(contains(all, firstName(p->name) + " is your " + expectedRole(p->role) + "."));
    }
    for (const auto& words : hidden) {
        INFO("must not reach the child: " << words);
        CHECK_FALSE(contains(all, words));
    }
}

// ---- conferences made from a seed ----

class Generator {
  public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    struct Made {
        Conference c;
        std::vector<std::string> hidden; // words that must not reach the child
        // Views a child can read, by how they were made: each is given back.
        std::vector<std::string> givenBack;
    };

    Made conference() {
        Made m;
        Conference& c = m.c;
        c.id = "g";
        c.details.kind = Kind::Initial;
        c.details.scheduledStart = *parseDateTime("2026-12-03T10:00");
        c.settings.organisation = "Safeguarding Unit, Elm Council";
        children(c);
        people(c);
        views(m);
        items(m);
        decisions(c);
        actions(m);
        return m;
    }

  private:
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
    template <class T> const T& pick(const std::vector<T>& v) {
        return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))];
    }
    std::string marker() { return "Zq" + std::to_string(1000 + ++count_); }

    std::string freshFirst() {
        static const std::vector<std::string> names{
            "Aisha",  "Priya",  "Oluwaseun", "Niamh", "Gareth", "Siobhán", "Tom",    "Joanne",
            "Marcus", "Hilary", "Beth",      "Kofi",  "Grace",  "Dan",     "Ngozi",  "Rachel",
            "Amir",   "Chen",   "Fatima",    "Owen",  "Megan",  "Rhys",    "Imogen", "Bartosz"};
        for (;;) {
            const std::string n = pick(names);
            if (std::find(used_.begin(), used_.end(), n) == used_.end()) {
                used_.push_back(n);
                return n;
            }
        }
    }
    std::string surname() {
        static const std::vector<std::string> names{"Rahman", "Sandhu", "Adeyemi",   "Gallagher",
                                                    "Hollis", "Kelly",  "Whitfield", "Baptiste",
                                                    "Ellery", "Okonjo", "Carrow",    "Mensah"};
        return pick(names);
    }
    std::string titled(const std::string& name) {
        return chance(0.5) ? std::string(titles[between(0, 7)]) + " " + name : name;
    }

    void children(Conference& c) {
        const int n = between(1, 3);
        for (int k = 0; k < n; ++k) {
            Child child;
            child.id = "c" + std::to_string(k + 1);
            child.name = freshFirst() + " Evans";
            const int age = between(0, 17);
            child.dateOfBirth = Date{std::chrono::year{2026 - age},
                                     std::chrono::month{static_cast<unsigned>(between(1, 12))},
                                     std::chrono::day{static_cast<unsigned>(between(1, 28))}};
            child.address = "1 Elm Road";
            c.children.push_back(child);
        }
    }

    void people(Conference& c) {
        auto add = [&](Role role, const std::string& name) {
            Participant p;
            p.id = "p" + std::to_string(c.participants.size() + 1);
            p.role = role;
            p.name = name;
            p.attendance = Attendance::Attended;
            c.participants.push_back(p);
            return p.id;
        };
        add(Role::Chair, titled(freshFirst() + " " + surname()));
        const std::vector<Role> roles{Role::SocialWorker,  Role::Police,      Role::Gp,
                                      Role::HealthVisitor, Role::Education,   Role::EarlyYears,
                                      Role::Probation,     Role::SchoolNurse, Role::TeamManager,
                                      Role::Paediatrician};
        add(Role::SocialWorker, titled(freshFirst() + " " + surname()));
        for (int n = between(2, 6); n > 0; --n)
            professionals_.push_back(add(pick(roles), titled(freshFirst() + " " + surname())));
        professionals_.push_back("p2");
        const std::vector<std::string> known{"Mum", "Dad", "Nan", ""};
        for (int n = between(1, 3); n > 0; --n) {
            Adult a;
            a.id = "a" + std::to_string(c.adults.size() + 1);
            a.name = freshFirst() + " Evans";
            a.knownAs = pick(known);
            a.address = "1 Elm Road";
            c.adults.push_back(a);
            const Id id = add(chance(0.7) ? Role::Parent : Role::Carer, a.name);
            if (chance(0.8)) c.participants.back().adult = a.id;
            family_.push_back(id);
        }
        for (const auto& child : c.children)
            if (chance(0.5)) childIds_[child.id] = add(Role::Child, child.name);
    }

    // What a child says, and what a grown-up notices: short, as people say them.
    std::string childSays() {
        static const std::vector<std::string> said{"I like my school.",
                                                   "I want it to be quiet at home.",
                                                   "I miss my dad.",
                                                   "I like it when Nan picks me up.",
                                                   "I want to play football on Saturdays.",
                                                   "Sometimes I feel scared at night."};
        return pick(said);
    }

    // A view in the third person, as a grown-up relays it: 15 to 20 words,
    // longer than the plan's average, none of them jargon.
    std::string toldAbout(const std::string& first) {
        static const std::vector<std::string> wants{
            " wants the shouting to stop and wants to keep going to Brownies on Tuesdays",
            " said that the best part of the week is swimming with Nan on Saturday mornings",
            " told me that bedtime is scary when the house is loud and the lights are off",
            " would like to see Dad at the weekend but only when Mum can be there too"};
        return first + pick(wants) + ".";
    }

    void views(Made& m) {
        Conference& c = m.c;
        const std::vector<std::string> hard{
            "Presents as withdrawn in the core group, consistent with the emotional abuse and "
            "neglect concerns identified in the section 47 enquiry and the multi-agency "
            "strategy discussion held last month.",
            "The child disclosed during the assessment that the perpetrator has continued to "
            "attend the property despite the safeguarding plan, which the conference should "
            "consider when it sets the threshold."};
        for (auto& child : c.children)
            for (int n = between(0, 3); n > 0; --n) {
                ChildView v;
                v.how = static_cast<ViewHow>(between(0, 5));
                if (v.how != ViewHow::InMeeting && chance(0.8)) v.by = pick(professionals_);
                const int kind = between(0, 3);
                const std::string first = firstName(child.name);
                if (v.how == ViewHow::Observed)
                    v.text = kind == 0 ? pick(hard) : first + " plays happily with other children.";
                else if (kind == 0)
                    v.text = first + " told me at school: \"" + childSays() + "\" " + pick(hard);
                else if (kind == 1)
                    v.text = pick(hard);
                else if (kind == 2 || v.how == ViewHow::InMeeting)
                    v.text = childSays();
                else
                    v.text = toldAbout(first); // in the grown-up's words, as they told it
                const bool readable = v.how != ViewHow::Observed ? kind != 1 : kind != 0;
                if (chance(0.2)) {
                    v.confidential = true;
                    v.text = "Secret " + marker() + ". " + v.text;
                    m.hidden.push_back(v.text.substr(0, 12));
                } else if (readable) {
                    m.givenBack.push_back(v.text);
                }
                child.views.push_back(v);
            }
    }

    void items(Made& m) {
        Conference& c = m.c;
        int k = 0;
        for (const auto& [child, participant] : childIds_)
            for (int n = between(0, 2); n > 0; --n) {
                Item i;
                i.id = "i" + std::to_string(++k);
                i.column = static_cast<Column>(between(0, 2));
                i.source = participant;
                i.text = childSays();
                if (chance(0.2)) {
                    i.confidential = true;
                    i.text = "Hidden " + marker() + ".";
                    m.hidden.push_back(i.text);
                }
                c.items.push_back(i);
            }
        Item adult;
        adult.id = "i" + std::to_string(++k);
        adult.source = pick(professionals_);
        adult.text = "Neglect is the main category of concern " + marker() + ".";
        m.hidden.push_back(adult.text);
        c.items.push_back(adult);
    }

    void decisions(Conference& c) {
        for (const auto& child : c.children) {
            Decision d;
            d.child = child.id;
            d.outcome = chance(0.8) ? Outcome::Plan : Outcome::ChildInNeed;
            d.categories = {Category::Emotional};
            if (chance(0.4)) d.categories.push_back(Category::Neglect);
            d.reasons = "Likely to suffer significant harm under the category of emotional abuse.";
            c.decisions.push_back(d);
        }
    }

    // An adult's action as the chair types it: an instruction, long, in the
    // words of the procedures.
    std::string adultWhat() {
        static const std::vector<std::string> clauses{
            "speak to the school about the child protection plan",
            "refer the family to the domestic abuse service",
            "complete a section 47 assessment of neglect at home",
            "share the outcome with the core group and the IRO",
            "arrange a multi-agency safeguarding meeting with the LADO",
            "ask the GP to send the emotional abuse chronology to the conference",
            "go to the family home twice a week and check the contingency arrangements",
            "tell the key worker within one working day of any missed appointment"};
        std::string out;
        for (int n = between(3, 5); n > 0; --n)
            out += (out.empty() ? "" : n == 1 ? " and " : ", ") + pick(clauses);
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
        return out + ".";
    }

    void actions(Made& m) {
        Conference& c = m.c;
        const std::vector<std::string> forChild{
            "You can go to breakfast club at school.", "Your family will get some help at home.",
            "Someone will check that you are growing well.",
            "You and Mum will make a safety plan together. It says who to call.",
            "You can talk about your worries every week."};
        const std::vector<std::string> inWords{"Women's Aid outreach", "Family Support Team"};
        for (int n = between(2, 8), k = 1; k <= n; ++k) {
            Action a;
            a.id = "x" + std::to_string(k);
            a.what = chance(0.15) ? "Visit each week." : adultWhat();
            const int owner = between(0, 9);
            a.who = owner < 6   ? pick(professionals_)
                    : owner < 8 ? pick(family_)
                    : owner < 9 ? pick(inWords)
                                : "";
            if (chance(0.7))
                a.by = Date{std::chrono::year{2026}, std::chrono::December,
                            std::chrono::day{static_cast<unsigned>(between(4, 31))}};
            for (const auto& child : c.children)
                if (chance(0.4)) a.children.push_back(child.id);
            if (chance(0.5)) a.forChild = pick(forChild);
            a.outcome = "The children are safe at home.";
            if (chance(0.15)) {
                a.confidential = true;
                const std::string secret = "Private " + marker() + ".";
                a.what = secret + " " + a.what;
                if (a.forChild) a.forChild = secret + " " + *a.forChild;
                m.hidden.push_back(secret);
            }
            c.plan.actions.push_back(a);
        }
        c.plan.details.keyWorker = chance(0.9) ? "p2" : pick(professionals_);
        for (const auto& p : c.participants)
            if (p.role != Role::Chair && p.role != Role::Child && chance(0.5))
                c.plan.details.coreGroup.push_back(p.id);
    }

    std::mt19937 rng_;
    int count_ = 0;
    std::vector<std::string> used_;
    std::vector<Id> professionals_, family_;
    std::map<Id, Id> childIds_; // child -> their participant id
};

} // namespace

TEST_CASE("the sample's child's plan is easy to read", "[child]") {
    const Conference c = sampleConference();
    checkEasyRead(c);
    // The figures, for the record (-s shows them).
    for (const auto& part : parts(childPlan(c))) {
        const Readability r = readability(part.text);
        INFO(firstWords(part.text, 3) << ": " << r.sentences << " sentences, " << r.averageWords()
                                      << " words on average, longest " << r.longest);
        CHECK(r.easy());
    }
}

TEST_CASE("the child's plan of generated conferences is easy to read", "[child]") {
    constexpr const char* property = "the child's plan of generated conferences";
    for (const unsigned s : test::seedsFor(property, 200).list) {
        INFO("seed " << s << ": " << test::replayCommand(property, s));
        Generator g(s);
        const auto made = g.conference();
        checkEasyRead(made.c, made.hidden);
        // The child's own words, or the view as it was written, when a child
        // can read it: never only "you told us what you think".
        std::string all;
        for (const auto& part : parts(childPlan(made.c)))
            all += part.text;
        const std::string flat = flattened(all);
        for (const auto& words : made.givenBack) {
            INFO("a view a child can read: " << words);
            CHECK(flat.find(flattened(quotedWords(words).empty() ? words : quotedWords(words))) !=
                  std::string::npos);
        }
    }
}

TEST_CASE("the child's plan shows only what the child may see of their views", "[child]") {
    Conference c = sampleConference();
    c.children[1].views.push_back(
        {ViewHow::Relayed, Id{"p14"}, "Kacper said: \"I want to live with Nan.\"", true, {}});
    c.children[1].views.push_back(
        {ViewHow::Advocate, std::nullopt, "\"I want to keep going to football.\"", false, {}});
    std::string all;
    for (const auto& part : parts(childPlan(c)))
        all += part.text;
    CHECK_FALSE(contains(all, "live with Nan"));
    CHECK(contains(all, "You told your advocate:\n\u201cI want to keep going to football.\u201d"));
}

TEST_CASE("the sample's child's plan read back from the PDF", "[child][pdf]") {
    const Conference c = sampleConference();
    PdfFolder f;
    pdf::Options o = optionsFor(DocumentKind::Child);
    const std::string text = pdfText(f, pdf::render(c, o));
    CHECK(contains(text, "Mum"));
    CHECK(contains(text, "Aisha, your social worker"));
    CHECK(contains(text, "Hello Lena. This is your plan."));
    const std::string folded = lower(text);
    CHECK_FALSE(contains(folded, "emotional abuse"));
    CHECK_FALSE(contains(folded, "neglect"));
    CHECK_FALSE(contains(folded, "child protection"));
    // The area's organisation is "Safeguarding and ...": not on the child's pages.
    CHECK_FALSE(contains(folded, "safeguarding"));
}

// Not a check: CPC_RENDER_DIR=/tmp/x test_documents "[.render]" writes the
// sample's five documents there, to be looked at.
TEST_CASE("write the sample's documents to look at", "[.render]") {
    const char* dir = std::getenv("CPC_RENDER_DIR");
    if (!dir) return;
    const Conference c = sampleConference();
    for (auto v : {DocumentKind::Full, DocumentKind::Parents, DocumentKind::Plan,
                   DocumentKind::Child, DocumentKind::Letter})
        std::ofstream(fs::path(dir) / (std::string(token(v)) + ".pdf"), std::ios::binary)
            << pdf::render(c, optionsFor(v));
}

TEST_CASE("a view relayed in the grown-up's words is given back in the child's plan", "[child]") {
    Conference c = sampleConference();
    const std::string words = "Zoë told Aisha she wants the shouting to stop and she wants to keep "
                              "going to Brownies.";
    c.children[0].views = {{ViewHow::Relayed, Id{"p8"}, words, false, {}}};
    std::string all;
    for (const auto& part : parts(childPlan(c)))
        all += part.text;
    CHECK(contains(flattened(all),
                   "Aisha, your social worker, told the meeting what you said: " + words));
    CHECK_FALSE(contains(all, "what you think. It was shared at the meeting."));
    checkEasyRead(c);
    // And as the child reads it on paper.
    PdfFolder f;
    const std::string text = flattened(pdfText(f, pdf::render(c, optionsFor(DocumentKind::Child))));
    CHECK(contains(text, "she wants the shouting to stop and she wants to keep going to Brownies"));
}
