// The "done when", as a test: the demo's family before the meeting
// reaches its decisions, and a chair who only has the keyboard. A late
// arrival makes eleven people to ask; a blind round for each of the three
// children, revealed; a decision for each child, one professional dissenting
// and a parent who disagrees; a five-action plan whose dates keep the rules.
// The projector is drawn at each step and read as the room would read it.

#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "domain/scaling.hpp"
#include "interchange/json.hpp"
#include "support/console_rig.hpp"
#include "support/sample.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {

// The chair's hands: every key and character is counted.
struct Chair {
    ConsoleRig& rig;
    int keys = 0;
    void press(int k, bool ctrl = false, bool shift = false) {
        rig.press(k, ctrl, shift);
        ++keys;
    }
    void ctrl(int k) { press(k, true); }
    void enter() { press(key::Enter); }
    void type(std::string_view text) {
        rig.type(text);
        for (unsigned char ch : text)
            keys += (ch & 0xC0) != 0x80 ? 1 : 0; // characters, not bytes
    }
    void line(std::string_view text) {
        type(text);
        enter();
    }
};

// What the projector shows for the console's choices, as the room reads it.
ui::TextLog projector(const ConsoleRig& rig) {
    Headless wall(1920, 1080, true);
    ui::TextLog log;
    const auto& p = rig.state.projector;
    ui::ProjectorView view{.conference = rig.conference,
                           .phase = rig.state.phase,
                           .names = p.names,
                           .fonts = &wall.fonts,
                           .log = &log,
                           .round = p.round,
                           .decisionChild = p.showDecision ? p.decisionChild : std::nullopt,
                           .now = rig.now};
    wall.frame([&] { ui::drawProjector(view); });
    return log;
}

// The sample as it stands when the meeting starts to decide: the board is
// full; no scaling, no decisions, no plan yet.
Conference demoBeforeTheDecision() {
    Conference c = test::sampleConference();
    c.scaling.clear();
    c.decisions.clear();
    c.plan = {};
    c.meeting.started = c.details.scheduledStart;
    return c;
}

} // namespace

TEST_CASE("The demo from the keyboard: scaling for three children and eleven people, "
          "decisions with dissent, a five-action plan",
          "[demo]") {
    ConsoleRig rig;
    rig.conference = demoBeforeTheDecision();
    REQUIRE(rig.conference.children.size() == 3);
    rig.now = *rig.conference.details.scheduledStart + std::chrono::minutes(50);
    Chair chair{rig};
    rig.settle();

    // Łukasz Nowak sent apologies, then arrives after all.
    rig.state.phase = ui::Phase::Introductions;
    rig.settle();
    while (rig.state.introductions.selected != std::optional<Id>("p6") && chair.keys < 20)
        chair.press(key::Down);
    chair.press(key::A);
    REQUIRE(isPresent(*findParticipant(rig.conference, "p6"), rig.now));
    REQUIRE(whoIsAsked(rig.conference, rig.now).size() == 11);

    // Scaling: one key makes a blind round for each child; then a digit and Enter each.
    rig.state.phase = ui::Phase::Scaling;
    rig.settle();
    const int beforeScaling = chair.keys;
    chair.ctrl(key::N);
    REQUIRE(rig.conference.scaling.size() == 3);
    const char* zoe[] = {"3", "4", "5", "4", "4", "5", "4", "7", "3", "4", "4"};
    const char* kacper[] = {"4", "5", "6", "4", "3", "4", "5", "8", "4", "4", "5"};
    const char* lena[] = {"3", "3", "4", "2", "2", "3", "3", "6", "2", "3", "3"};
    for (const auto* answers : {zoe, kacper, lena})
        for (int i = 0; i < 11; ++i)
            chair.line(answers[i]);
    for (const auto& r : rig.conference.scaling) {
        CHECK(r.responses.size() == 11);
        CHECK_FALSE(r.revealed);
    }
    // Blind: the room sees the question and the count, no one's score or name.
    {
        const auto wall = projector(rig);
        CHECK(wall.contains("11 of 11 answered"));
        CHECK_FALSE(wall.contains("Aisha Rahman"));
        CHECK_FALSE(wall.contains("Danielle Nowak"));
    }
    // Reveal each round in turn; the room sees every answer, named.
    for (int i = 0; i < 3; ++i) {
        chair.ctrl(key::R);
        CHECK(projector(rig).contains("Aisha Rahman"));
        chair.press(key::Tab);
    }
    for (const auto& r : rig.conference.scaling)
        CHECK(r.revealed);
    // Three rounds of eleven: well under a minute of typing at a steady pace.
    CHECK(chair.keys - beforeScaling <= 1 + 33 * 2 + 6);

    // The decision for each child.
    chair.ctrl(key::PageDown);
    REQUIRE(rig.state.phase == ui::Phase::Decision);
    const std::vector<std::string> reasons{
        "Zoe has lived through repeated violence at home and is at risk of emotional harm.",
        "Kacper has seen violence at home and is frightened.",
        "Lena is too young to keep herself safe from the violence at home."};
    for (std::size_t child = 0; child < 3; ++child) {
        INFO("child " << child);
        const Id id = rig.conference.children[child].id;
        REQUIRE(rig.state.decision.child == std::optional<Id>(id));
        chair.ctrl(key::D1); // suffered harm, further harm likely: yes
        chair.ctrl(key::D2); // likely to suffer: yes
        // Eight professionals, top to bottom: emotional abuse (a plan), Tom
        // Whitfield for Zoë alone no plan.
        const auto rows = rig.conference.participants;
        int professionals = 0;
        for (const auto& p : rows) {
            if (!isProfessional(p.role) || !isPresent(p, rig.now)) continue;
            if (professionals++ > 0) chair.press(key::Down);
            REQUIRE(rig.state.decision.person == std::optional<Id>(p.id));
            chair.press(child == 0 && p.id == "p13" ? key::N : key::D2);
        }
        CHECK(professionals == 8);
        chair.ctrl(key::O);               // a child protection plan
        chair.press(key::D2, true, true); // emotional abuse
        chair.ctrl(key::E);               // the chair's reasons
        chair.line(reasons[child]);
        if (child == 0) {
            chair.ctrl(key::D); // Tom differs: his dissent, his words open
            chair.line("He does not think Zoe is left at risk and will not escalate.");
        }
        // The parents' view: Danielle disagrees, in her words; her right to complain explained.
        chair.ctrl(key::A);
        chair.ctrl(key::A);
        chair.ctrl(key::W);
        chair.line("Danielle does not agree: she says the children are safe now.");
        chair.ctrl(key::H);
        // The room sees the decision when the chair shows it.
        chair.ctrl(key::R);
        {
            const auto wall = projector(rig);
            const std::string& name = rig.conference.children[child].name;
            CHECK(wall.contains(name.substr(0, name.find(' '))));
            CHECK(wall.contains("emotional abuse"));
            CHECK_FALSE(wall.contains("escalate")); // dissent stays in the record
        }
        const Decision& d = *findDecision(rig.conference, id);
        CHECK(d.outcome == Outcome::Plan);
        CHECK(d.categories == std::vector<Category>{Category::Emotional});
        CHECK(d.reasons == reasons[child]);
        REQUIRE(parentsViewOf(d, "p3"));
        CHECK(parentsViewOf(d, "p3")->agrees == false);
        CHECK(parentsViewOf(d, "p3")->complaintProcessExplained);
        CHECK(d.views.size() == 8);
        if (child < 2) chair.ctrl(key::K);
    }
    const Decision& zoeDecision = *findDecision(rig.conference, "c1");
    REQUIRE(zoeDecision.dissent.size() == 1);
    CHECK(zoeDecision.dissent[0].participant == "p13");
    INFO(zoeDecision.dissent[0].reasons);
    CHECK(zoeDecision.dissent[0].reasons ==
          "Tom Whitfield (Teacher / safeguarding lead) recommended no plan. He does not think Zoe "
          "is left at risk and will not escalate.");
    CHECK(checkDecisions(rig.conference).empty());

    // The plan: five actions, what, who by type-ahead, by when, so that what; the dates from
    // the rules.
    chair.ctrl(key::PageDown);
    REQUIRE(rig.state.phase == ui::Phase::Plan);
    struct Typed {
        const char* what;
        const char* who;
        const char* by;
        const char* outcome;
    };
    const Typed actions[] = {
        {"Visit the children at home every two weeks, seeing each alone", "aish", "2026-12-17",
         "Each child is seen and heard on their own"},
        {"Refer Danielle to the domestic abuse outreach service", "aish", "2026-12-10",
         "Danielle has support of her own"},
        {"Check Ryan Tolley's contact with the children against his licence", "marc", "2026-12-10",
         "Breaches are known the same day"},
        {"Offer Zoe a young carers' assessment", "tom", "2027-01-15",
         "Zoe is no longer the one in charge at home"},
        {"Weigh and review Lena's development at the next health visit", "niam", "2027-01-08",
         "Lena's health needs are met"},
    };
    for (const auto& a : actions) {
        chair.ctrl(key::N);
        chair.line(a.what);
        chair.line(a.who);
        chair.line(a.by);
        chair.line(a.outcome);
    }
    REQUIRE(rig.conference.plan.actions.size() == 5);
    for (const auto& a : rig.conference.plan.actions) {
        INFO(a.what);
        CHECK(a.who.rfind('p', 0) == 0); // a participant, picked by type-ahead
        CHECK(a.by);
    }
    chair.ctrl(key::D); // the dates the rules suggest
    chair.ctrl('W');    // the key worker: the social worker, offered first
    chair.enter();
    CHECK(rig.conference.plan.details.keyWorker == std::optional<Id>("p8"));
    const auto& details = rig.conference.plan.details;
    CHECK(details.firstCoreGroup);
    CHECK(details.reviewConference);
    CHECK(details.coreGroupBeforeReview);
    CHECK(checkPlanDates(rig.conference).empty());
    CHECK(checkActions(rig.conference, dateOf(rig.now)).empty());
    {
        const auto wall = projector(rig);
        CHECK(wall.contains("Refer Danielle to the domestic abuse outreach service"));
        CHECK(wall.contains("Aisha Rahman"));
    }
    CHECK(rig.refused.empty());
    INFO("keys pressed: " << chair.keys);
}
