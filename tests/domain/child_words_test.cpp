#include "domain/child_words.hpp"
#include "domain/names.hpp"

#include <catch2/catch.hpp>
#include <random>

using namespace cpc;

namespace {

Conference family() {
    Conference c;
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {{"c1", "Zoë Nowak", parseDate("2012-04-19"), ""},
                  {"c2", "Lena Nowak", parseDate("2024-06-27"), ""}};
    c.adults = {{"a1", "Danielle Nowak", std::nullopt, "14 Fenwick Close", "mother", "Mum"}};
    Participant mum{"p1", "Danielle Nowak", Role::Parent, ""};
    mum.adult = "a1";
    c.participants = {mum,
                      {"p2", "Aisha Rahman", Role::SocialWorker, "Children's Social Care"},
                      {"p3", "DC Priya Sandhu", Role::Police, "Police"},
                      {"p4", "Łukasz Nowak", Role::Parent, ""},
                      {"p5", "Dr Oluwaseun Adeyemi", Role::Gp, "Surgery"}};
    return c;
}

Action action(std::string what, std::string who) {
    Action a;
    a.id = "a1";
    a.what = std::move(what);
    a.who = std::move(who);
    return a;
}

} // namespace

TEST_CASE("A first name skips the titles a record puts before it", "[child_words]") {
    CHECK(firstName("DC Priya Sandhu") == "Priya");
    CHECK(firstName("Dr Oluwaseun Adeyemi") == "Oluwaseun");
    CHECK(firstName("  Siobhán Kelly") == "Siobhán");
    CHECK(firstName("Mrs Ngozi Ọkọnkwọ") == "Ngozi");
    CHECK(firstName("Dr") == "Dr"); // a name that is only a title stays
    CHECK(firstName("") == "");
    CHECK(firstName("Drew Barker") == "Drew"); // a title only as a whole word
}

TEST_CASE("Sentences and words are counted as a reader meets them", "[child_words]") {
    CHECK(sentencesOf("One. Two two! Three three three?") ==
          std::vector<std::string>{"One.", "Two two!", "Three three three?"});
    // A stop inside a number or a line end without one.
    CHECK(sentencesOf("We meet at 10.30 today\nBring Kacper") ==
          std::vector<std::string>{"We meet at 10.30 today", "Bring Kacper"});
    CHECK(wordCount("Zoë's nan can't come — she's ill.") == 6);
    CHECK(wordCount("   ") == 0);
}

TEST_CASE("Easy to read: short sentences and no jargon, at the limits", "[child_words]") {
    auto words = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += (i ? " " : "") + std::string("word");
        return s + ".";
    };
    // None over 25, whatever the average.
    const std::string shortOnes = " " + words(5) + " " + words(5) + " " + words(5);
    CHECK(readability(words(25) + shortOnes).easy());
    CHECK_FALSE(readability(words(26) + shortOnes).easy());
    CHECK(readability(words(26) + shortOnes).longest == 26);
    // On average at most 15: 16 and 14 is 15.
    CHECK(readability(words(16) + " " + words(14)).easy());
    CHECK_FALSE(readability(words(16) + " " + words(15)).easy());
    auto hard = readability("Zoë is on a plan under the category of emotional abuse.");
    CHECK_FALSE(hard.easy());
    CHECK(hard.jargon == std::vector<std::string>{"emotional abuse", "category"});
    CHECK(readability("The Core Group meets.").jargon == std::vector<std::string>{"core group"});
    // Whole words only: "conferences" is not "conference", "cinema" is not "cin".
    CHECK(readability("We went to the cinema.").easy());
}

TEST_CASE("People are named to a child by first name and plain role", "[child_words]") {
    const Conference c = family();
    CHECK(nameForChild(c, "p1") == "Mum"); // the adult the children call Mum
    CHECK(nameForChild(c, "p2") == "Aisha, your social worker");
    CHECK(nameForChild(c, "p3") == "Priya, a police officer"); // there about an adult
    CHECK(nameForChild(c, "p4") == "Łukasz");                  // family without a name for them
    CHECK(nameForChild(c, "p5") == "Oluwaseun, your doctor");
    CHECK(nameForChild(c, "Women's Aid outreach") == "Women's Aid outreach");
}

TEST_CASE("An action's words for a child are never a verb pasted before typed words",
          "[child_words]") {
    const Conference c = family();
    // Easy words are used as the chair wrote them.
    CHECK(madeChildWords(c, action("Find Zoë a place at breakfast club.", "p2")) ==
          "Find Zoë a place at breakfast club.");
    // Hard ones give way to a sentence of names and fixed words.
    const Action hard = action("Gareth to complete a domestic abuse perpetrator programme", "p2");
    CHECK(madeChildWords(c, hard) ==
          "Aisha, your social worker, will do a job to help your family.");
    CHECK(madeChildWords(c, action(hard.what, "p1")) == "Mum will do a job to help your family.");
    CHECK(madeChildWords(c, action(hard.what, "")) == "Someone will do a job to help your family.");
    // The chair's own words win.
    Action own = hard;
    own.forChild = "Gareth will go to a course.";
    CHECK(childWords(c, own) == "Gareth will go to a course.");
    own.forChild = "  ";
    CHECK(childWords(c, own) == madeChildWords(c, hard));
}

TEST_CASE("Generated actions: the made words are always easy to read", "[child_words]") {
    const Conference c = family();
    std::mt19937 random(20261203);
    const std::vector<std::string> pieces = {
        "Refer",        "the",        "core group", "Zoë",    "to",
        "Section 47",   "assessment", "and",        "weekly", "child protection plan",
        "safeguarding", "visits",     "school.",    "I want", "help",
        "Gareth",       "programme.", "neglect",    "Mum",    "every day"};
    const std::vector<std::string> owners = {"p1", "p2", "p3", "p4", "p5", "Housing", ""};
    for (int n = 0; n < 400; ++n) {
        std::string what;
        const int length = std::uniform_int_distribution<int>(1, 60)(random);
        for (int w = 0; w < length; ++w)
            what += (w ? " " : "") + pieces[random() % pieces.size()];
        const Action a = action(what, owners[random() % owners.size()]);
        const std::string words = childWords(c, a);
        INFO(what << " -> " << words);
        CHECK(readability(words).easy());
        CHECK(words.find(" will " + what) == std::string::npos);
    }
}

TEST_CASE("Each way a child's view comes is said in words", "[child_words]") {
    const Conference c = family();
    const Child& zoe = c.children[0];
    auto came = [&](ViewHow how, std::optional<Id> by) {
        return howViewCame(c, zoe, ChildView{how, by, "words", false, std::nullopt});
    };
    CHECK(came(ViewHow::InMeeting, std::nullopt) == "Zoë said in the meeting:");
    CHECK(came(ViewHow::Relayed, "p2") == "Zoë told Aisha Rahman, the social worker:");
    CHECK(came(ViewHow::Written, "p2") == "Zoë wrote, read by Aisha Rahman, the social worker:");
    CHECK(came(ViewHow::Observed, "p5") == "Dr Oluwaseun Adeyemi, the doctor, has seen:");
    CHECK(came(ViewHow::Observed, std::nullopt) == "What the adults around Zoë have seen:");
}

TEST_CASE("Actions too hard for a child's plan are pointed out to the chair", "[child_words]") {
    Conference c = family();
    Action a = action("Refer Zoë to the young carers service for an assessment.", "p2");
    a.children = {"c1"};
    c.plan.actions = {a};
    auto found = checkChildPlan(c);
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "child-words-needed");
    c.plan.actions[0].forChild = "Aisha will find you a group for young carers.";
    CHECK(checkChildPlan(c).empty());
    c.plan.actions[0].forChild = "Aisha will make a referral.";
    REQUIRE(checkChildPlan(c).size() == 1);
    CHECK(checkChildPlan(c)[0].rule == "child-words-hard");
    // A confidential action is in no child's plan, so needs no words.
    c.plan.actions[0].forChild.reset();
    c.plan.actions[0].confidential = true;
    CHECK(checkChildPlan(c).empty());
}

TEST_CASE("a view told through a grown-up is given back to the child in its own words",
          "[child_words]") {
    Conference c = family();
    const Child& zoe = c.children[0];
    // The example: relayed in the third person, one sentence of 17 words.
    ChildView told{ViewHow::Relayed, Id{"p2"},
                   "Zoë told Aisha she wants the shouting to stop and she wants to keep going to "
                   "Brownies"};
    ViewForChild v = viewForChild(c, zoe, told);
    CHECK(v.kept);
    CHECK_FALSE(v.quoted); // the grown-up's telling, not the child's words
    CHECK(v.lead == "Aisha, your social worker, told the meeting what you said:");
    CHECK(v.words == told.text);
    // In the first person: the child's own words, in quotation marks.
    told.text = "I want the shouting to stop. I want to keep going to Brownies.";
    v = viewForChild(c, zoe, told);
    CHECK(v.kept);
    CHECK(v.quoted);
    CHECK(v.lead == "You told Aisha, your social worker:");
    // What a grown-up put between quotation marks is the child's, whatever is around it.
    told.text = "Zoë said at school: \"I miss Dad.\" Presents as withdrawn in the core group.";
    v = viewForChild(c, zoe, told);
    CHECK(v.quoted);
    CHECK(v.words == "I miss Dad.");
}

TEST_CASE("a view is given back unless its words would harm the easy-read rules badly",
          "[child_words]") {
    Conference c = family();
    const Child& zoe = c.children[0];
    auto words = [](int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += (i ? " " : "") + std::string("word");
        return s + ".";
    };
    ChildView v{ViewHow::Relayed, Id{"p2"}, words(static_cast<int>(viewAverageWords))};
    CHECK(viewForChild(c, zoe, v).kept);
    CHECK(notForChild(v.text).empty());
    v.text = words(static_cast<int>(viewAverageWords) + 1);
    CHECK_FALSE(viewForChild(c, zoe, v).kept);
    CHECK(notForChild(v.text) == "its sentences are long (21 words on average)");
    v.text = words(easyReadLongestWords + 1);
    CHECK_FALSE(viewForChild(c, zoe, v).kept);
    CHECK(notForChild(v.text) == "a sentence of 26 words (25 at most)");
    // Sentences a little over the plan's average are carried; many long ones are not.
    v.text = words(20) + " " + words(20);
    CHECK(viewForChild(c, zoe, v).kept);
    v.text = words(21) + " " + words(22);
    CHECK_FALSE(viewForChild(c, zoe, v).kept);
    CHECK(notForChild(v.text) == "its sentences are long (21 words on average)");
    v.text = "She disclosed during the section 47 enquiry that she is scared.";
    CHECK_FALSE(viewForChild(c, zoe, v).kept);
    CHECK(notForChild(v.text) == "\"section 47\" is not a word for a child");
    // The chair is told, in the rules' findings, which view to put another way.
    c.children[0].views = {v};
    bool found = false;
    for (const auto& f : checkChildPlan(c))
        found = found || (f.rule == "child-view-not-quoted" && f.subject == "c1");
    CHECK(found);
    // A confidential view is not in the plan at all: nothing to rephrase.
    c.children[0].views[0].confidential = true;
    for (const auto& f : checkChildPlan(c))
        CHECK(f.rule != "child-view-not-quoted");
}

TEST_CASE("what a grown-up has seen is given back as theirs", "[child_words]") {
    Conference c = family();
    ChildView seen{ViewHow::Observed, Id{"p2"}, "Lena laughs when Mum sings to her."};
    const ViewForChild v = viewForChild(c, c.children[1], seen);
    CHECK(v.noticed);
    CHECK(v.lead == "Aisha, your social worker, has noticed:");
    CHECK(v.words == seen.text);
}

TEST_CASE("the adults' pages quote a view only when the words are the child's", "[child_words]") {
    Conference c = family();
    const Child& zoe = c.children[0];
    const ChildView own{ViewHow::Relayed, Id{"p2"}, "I want it to be quiet."};
    const ChildView retold{ViewHow::Relayed, Id{"p2"}, "Zoë wants it to be quiet."};
    CHECK_FALSE(toldAbout(zoe, own));
    CHECK(toldAbout(zoe, retold));
    CHECK(viewWords(zoe, own) == "\u201CI want it to be quiet.\u201D");
    CHECK(viewWords(zoe, retold) == "Zoë wants it to be quiet.");
    // Someone else's name is not hers: Lena's view that names Zoë is Lena's.
    CHECK_FALSE(toldAbout(c.children[1], retold));
}
