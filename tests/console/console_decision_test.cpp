// The Decision phase by keyboard: the threshold, the professionals'
// recommendations and their tally, the chair's outcome and reasons, dissent
// offered pre-filled, and no leaving a decision without its reasons.

#include "domain/decision_support.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "support/console_rig.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {

// Everyone in the room: the social worker, the health visitor, the parent,
// the police officer and the teacher.
ConsoleRig& decision(ConsoleRig& rig) {
    for (auto& p : rig.conference.participants) {
        p.attendance = Attendance::Attended;
        p.presence = {Presence{at("2026-03-02T10:00"), std::nullopt, ""}};
    }
    rig.state.phase = ui::Phase::Decision;
    rig.settle();
    return rig;
}

// Mia's decision as the meeting reached it: a plan for emotional abuse; the
// health visitor and the police officer recommended no plan.
Decision miaDecided(std::string reasons) {
    Decision d;
    d.child = "c1";
    d.outcome = Outcome::Plan;
    d.categories = {Category::Emotional};
    d.reasons = std::move(reasons);
    d.views = {{"p1", Recommendation::Plan, {Category::Emotional}, "Risk is rising."},
               {"p2", Recommendation::NoPlan, {}, "A Child in Need plan would do."},
               {"p4", Recommendation::NoPlan, {}, ""},
               {"p5", Recommendation::Plan, {Category::Emotional}, ""}};
    return d;
}

} // namespace

TEST_CASE("The threshold test: two plain questions, yes, no, not asked", "[decision_panel]") {
    ConsoleRig rig;
    decision(rig);
    CHECK(rig.log.contains("Has Mia suffered significant harm, with further harm likely?"));
    CHECK(rig.log.contains("Is Mia likely to suffer significant harm?"));
    rig.ctrl(key::D1);
    auto set = rig.edits<edit::SetThreshold>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].child == "c1");
    CHECK(set[0].threshold.sufferedAndLikelyFurther == true);
    CHECK_FALSE(set[0].threshold.likelyToSuffer);
    rig.ctrl(key::D1);
    rig.ctrl(key::D2);
    set = rig.edits<edit::SetThreshold>();
    REQUIRE(set.size() == 3);
    CHECK(set[2].threshold.sufferedAndLikelyFurther == false);
    CHECK(set[2].threshold.likelyToSuffer == true);
    rig.settle(1);
    CHECK(rig.log.contains("Threshold met: Mia is at continuing risk of significant harm."));
    rig.ctrl(key::D2);
    rig.ctrl(key::D2);
    rig.settle(1);
    CHECK(findDecision(rig.conference, "c1")->threshold.likelyToSuffer == std::nullopt);
    CHECK(rig.log.contains("Threshold: no / not asked."));
}

TEST_CASE("Recommendations: one or two keys each over the professionals in the room, the tally",
          "[decision_panel]") {
    ConsoleRig rig;
    decision(rig);
    // The professionals in the room, not the parent: her view is recorded apart.
    CHECK(rig.log.contains("Sam Patel (Social worker)"));
    CHECK(rig.log.contains("Anna Graham (Teacher / safeguarding lead)"));
    CHECK_FALSE(rig.log.contains("Jo Smith (Parent)"));
    CHECK(rig.state.decision.person == std::optional<Id>("p1"));

    rig.press(key::P);    // Sam: plan
    rig.press(key::D2);   // emotional abuse
    rig.press(key::Down); // Grace
    rig.press(key::N);    // no plan
    rig.press(key::Down); // Dan
    rig.press(key::D4);   // a category alone means a plan: neglect
    rig.press(key::Down); // Anna
    rig.press(key::D2);   // emotional abuse
    rig.press(key::D4);   // and neglect
    const auto views = rig.edits<edit::RecordView>();
    REQUIRE(views.size() == 6);
    const Decision& d = *findDecision(rig.conference, "c1");
    REQUIRE(d.views.size() == 4);
    // Each view is timed when first given, to know who was in the room.
    CHECK(d.views[0] == View{"p1", Recommendation::Plan, {Category::Emotional}, "", rig.now});
    CHECK(d.views[1] == View{"p2", Recommendation::NoPlan, {}, "", rig.now});
    CHECK(d.views[2] == View{"p4", Recommendation::Plan, {Category::Neglect}, "", rig.now});
    CHECK(d.views[3] ==
          View{"p5", Recommendation::Plan, {Category::Emotional, Category::Neglect}, "", rig.now});
    rig.settle(1);
    CHECK(rig.log.contains(
        "Tally: 3 for a plan, 1 for no plan.  Categories: Emotional abuse 2, Neglect 2."));

    SECTION("Enter writes their comment; Enter saves it") {
        rig.press(key::Up);
        rig.press(key::Up);
        REQUIRE(rig.state.decision.person == std::optional<Id>("p2"));
        rig.enter();
        CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::Comment{"p2"}});
        rig.settle(1);
        rig.type("Child in Need would do");
        rig.enter();
        CHECK(!rig.state.decision.editing);
        CHECK(findDecision(rig.conference, "c1")->views[1].comment == "Child in Need would do");
        CHECK(findDecision(rig.conference, "c1")->views[1].recommendation ==
              Recommendation::NoPlan);
    }
    SECTION("Delete removes a recommendation") {
        rig.press(key::Delete);
        REQUIRE(rig.edits<edit::RemoveView>().size() == 1);
        CHECK(findDecision(rig.conference, "c1")->views.size() == 3);
    }
}

TEST_CASE("Dissent: exactly the professionals who differ are offered, pre-filled",
          "[decision_panel]") {
    ConsoleRig rig;
    rig.conference.decisions.push_back(miaDecided("Mia is at risk of emotional harm."));
    // Grace gave her view at 10:20: her dissent, in her view's words, keeps that
    // time, so that words given while a parent was out stay out of their copy.
    for (View& v : rig.conference.decisions[0].views)
        if (v.participant == "p2") v.said = at("2026-03-02T10:20");
    decision(rig);
    CHECK(dissentToOffer(rig.conference, rig.conference.decisions[0]) ==
          std::vector<Id>{"p2", "p4"});
    CHECK(rig.log.contains("Grace Hill (Health visitor) recommended no plan: \"A Child in Need "
                           "plan would do.\""));
    CHECK(rig.log.contains("Dan Cole (Police) recommended no plan."));
    CHECK_FALSE(rig.log.contains("Sam Patel (Social worker) recommended"));
    CHECK_FALSE(rig.log.contains("Anna Graham (Teacher / safeguarding lead) recommended"));

    rig.ctrl(key::D);
    const auto recorded = rig.edits<edit::RecordDissent>();
    REQUIRE(recorded.size() == 1);
    CHECK(recorded[0].child == "c1");
    CHECK(recorded[0].dissent ==
          Dissent{"p2", "A Child in Need plan would do.", false, at("2026-03-02T10:20")});
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("Grace Hill (Health visitor) recommended no plan"));
    CHECK(rig.log.contains("Grace Hill (Health visitor) dissents:"));
    CHECK(rig.log.contains("A Child in Need plan would do."));
    // The next one has no comment: the starting reasons say what they recommended.
    rig.ctrl(key::D);
    REQUIRE(rig.edits<edit::RecordDissent>().size() == 2);
    CHECK(rig.edits<edit::RecordDissent>()[1].dissent ==
          Dissent{"p4", "Dan Cole (Police) recommended no plan.", false});
    CHECK(dissentToOffer(rig.conference, rig.conference.decisions[0]).empty());
    // Nothing more to offer: Ctrl+D does nothing.
    rig.ctrl(key::D);
    CHECK(rig.edits<edit::RecordDissent>().size() == 2);
}

TEST_CASE("An outcome without reasons keeps the chair in the decision until they are given",
          "[decision_panel]") {
    ConsoleRig rig;
    rig.conference.decisions.push_back(miaDecided(""));
    decision(rig);

    rig.ctrl(key::PageDown);
    CHECK(rig.state.phase == ui::Phase::Decision);
    rig.settle(1);
    CHECK(rig.log.contains("Not yet: the decision for Mia (Child protection plan) has no "
                           "reasons."));
    rig.ctrl(key::PageUp);
    CHECK(rig.state.phase == ui::Phase::Decision);
    // Nor to the next child.
    rig.ctrl(key::K);
    CHECK(rig.state.decision.child == std::optional<Id>("c1"));
    rig.settle(1);
    CHECK(rig.log.contains("Not yet: the decision for Mia"));

    SECTION("Reasons typed and saved let the chair go") {
        rig.ctrl(key::E);
        CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::Reasons{}});
        rig.settle(1);
        rig.type("Mia has seen violence at home.");
        rig.enter();
        REQUIRE(rig.edits<edit::SetReasons>().size() == 1);
        CHECK(findDecision(rig.conference, "c1")->reasons == "Mia has seen violence at home.");
        rig.settle(1);
        CHECK_FALSE(rig.log.contains("Not yet:"));
        rig.ctrl(key::PageDown);
        CHECK(rig.state.phase == ui::Phase::Plan);
    }
    SECTION("Reasons still being typed are saved on the way out") {
        rig.ctrl(key::E);
        rig.settle(1);
        rig.type("Mia is frightened at home.");
        rig.ctrl(key::PageDown);
        CHECK(rig.state.phase == ui::Phase::Plan);
        REQUIRE(rig.edits<edit::SetReasons>().size() == 1);
        CHECK(findDecision(rig.conference, "c1")->reasons == "Mia is frightened at home.");
    }
    SECTION("Without an outcome there is nothing to give reasons for") {
        rig.conference.decisions[0].outcome.reset();
        rig.conference.decisions[0].categories.clear();
        rig.settle(1);
        rig.ctrl(key::K);
        CHECK(rig.state.decision.child == std::optional<Id>("c2"));
        rig.ctrl(key::PageDown);
        CHECK(rig.state.phase == ui::Phase::Plan);
    }
}

TEST_CASE("More than one category asks for the exceptional reason and says it is audited",
          "[decision_panel]") {
    ConsoleRig rig;
    Decision d = miaDecided("Reasons.");
    decision(rig);
    CHECK_FALSE(rig.log.contains("audit"));
    d.categories = {Category::Emotional, Category::Neglect};
    rig.conference.decisions.push_back(d);
    rig.settle(1);
    CHECK(rig.log.contains("More than one category is for exceptional circumstances only: say "
                           "why. This decision is flagged for audit by the IRO manager."));
    CHECK(rig.log.contains("Press Ctrl+M, or click, to write why more than one category is "
                           "needed."));
    // The rules' findings for this child, beside, in words.
    CHECK(
        rig.log.contains("Problem: Mia Smith has more than one category, and the reasons for that "
                         "are not recorded."));
    CHECK(rig.log.contains("flagged for audit by the IRO manager"));
}

TEST_CASE("Ctrl+R shows this child's decision on the projector, and takes it off",
          "[decision_panel]") {
    ConsoleRig rig;
    decision(rig);
    CHECK_FALSE(rig.state.projector.showDecision);
    CHECK(rig.log.contains("The projector shows no decision."));
    rig.ctrl(key::R);
    CHECK(rig.state.projector.showDecision);
    CHECK(rig.state.projector.decisionChild == std::optional<Id>("c1"));
    rig.settle(1);
    CHECK(rig.log.contains("The projector shows Mia's decision."));
    rig.ctrl(key::K);
    REQUIRE(rig.state.decision.child == std::optional<Id>("c2"));
    rig.ctrl(key::R);
    CHECK(rig.state.projector.decisionChild == std::optional<Id>("c2"));
    CHECK(rig.state.projector.showDecision);
    rig.ctrl(key::R);
    CHECK_FALSE(rig.state.projector.showDecision);
    CHECK(rig.editCount() == 0);
}

TEST_CASE("The chair's outcome and categories by keyboard", "[decision_panel]") {
    ConsoleRig rig;
    decision(rig);
    CHECK(rig.log.contains("Ctrl+O: the next outcome.  Ctrl+Shift+O: the unusual ones too."));
    // A category before there is a plan: nothing to put it on.
    rig.press(key::D2, true, true);
    CHECK(rig.editCount() == 0);

    // The outcomes of an initial conference in turn, then not decided yet.
    std::vector<std::optional<Outcome>> seen;
    for (int i = 0; i < 4; ++i) {
        rig.ctrl(key::O);
        seen.push_back(findDecision(rig.conference, "c1")->outcome);
    }
    CHECK(seen == std::vector<std::optional<Outcome>>{Outcome::Plan, Outcome::ChildInNeed,
                                                      Outcome::NoFurtherAction, std::nullopt});
    // Ctrl+Shift+O reaches those not usual here: every choice, in the table's order (a plan
    // that ends twice: with a Child in Need plan after it, and without).
    const auto every = everyChoice();
    REQUIRE(every.size() == names<Outcome>().size() + 1);
    std::vector<std::optional<OutcomeChoice>> all;
    for (std::size_t i = 0; i <= every.size(); ++i) {
        rig.press(key::O, true, true);
        all.push_back(choiceOf(*findDecision(rig.conference, "c1")));
    }
    CHECK(all.back() == std::nullopt);
    for (std::size_t i = 0; i < every.size(); ++i)
        CHECK(all[i] == every[i]);

    rig.ctrl(key::O); // a plan
    rig.settle(1);
    CHECK(rig.log.contains("Category (Ctrl+Shift+1 to 4):"));
    CHECK(rig.log.contains("A plan needs a category of abuse or neglect."));
    rig.press(key::D2, true, true);
    CHECK(findDecision(rig.conference, "c1")->categories ==
          std::vector<Category>{Category::Emotional});
    rig.press(key::D4, true, true);
    CHECK(findDecision(rig.conference, "c1")->categories ==
          std::vector<Category>{Category::Emotional, Category::Neglect});
    rig.settle(1);
    CHECK(rig.log.contains("This decision is flagged for audit by the IRO manager."));
    // Why more than one: Ctrl+M writes it.
    rig.ctrl(key::M);
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::MultipleCategories{}});
    rig.settle(1);
    rig.type("Both are severe and separate.");
    rig.enter();
    CHECK(findDecision(rig.conference, "c1")->multipleCategoryReasons ==
          "Both are severe and separate.");
    rig.press(key::D4, true, true);
    CHECK(findDecision(rig.conference, "c1")->categories ==
          std::vector<Category>{Category::Emotional});
    // Another outcome than a plan takes the categories away.
    rig.ctrl(key::O);
    CHECK(findDecision(rig.conference, "c1")->outcome == Outcome::ChildInNeed);
    CHECK(findDecision(rig.conference, "c1")->categories.empty());
    CHECK(rig.refused.empty());
}

TEST_CASE("Dissent by keyboard: offered, someone else, escalated, selected, removed",
          "[decision_panel]") {
    ConsoleRig rig;
    rig.conference.decisions.push_back(miaDecided("Mia is at risk of emotional harm."));
    decision(rig);

    // Ctrl+D records Grace with her own words and opens them to add to.
    rig.ctrl(key::D);
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::DissentReasons{"p2"}});
    rig.settle(1);
    rig.type("She will escalate."); // after the space left for it
    rig.enter();
    const Decision* d = findDecision(rig.conference, "c1");
    REQUIRE(d->dissent.size() == 1);
    CHECK(d->dissent[0].reasons == "A Child in Need plan would do. She will escalate.");
    rig.settle(1);
    CHECK(rig.log.contains("(Ctrl+U: escalated.  Ctrl+Delete: remove.)"));
    rig.ctrl(key::U);
    CHECK(findDecision(rig.conference, "c1")->dissent[0].escalated);

    // Someone not offered (the parent) dissents: Ctrl+Shift+D, a name, Enter.
    rig.settle(1);
    CHECK(rig.log.contains("Someone else dissents (Ctrl+Shift+D)"));
    rig.press(key::D, true, true);
    CHECK(rig.state.decision.dissentPicker.open);
    rig.settle(1);
    CHECK(rig.log.contains("Who else dissents? Type part of a name, Enter to pick, Esc to "
                           "cancel."));
    // Grace dissents already, and Dan is offered: neither is offered again here.
    CHECK_FALSE(rig.log.contains("Grace Hill - Health visitor"));
    CHECK(rig.log.contains("Jo Smith - Parent  (in the room)"));
    // Up and Down belong to the picker while it is open, not to the professionals.
    const auto person = rig.state.decision.person;
    rig.press(key::Down);
    CHECK(rig.state.decision.person == person);
    rig.type("jo");
    rig.enter();
    CHECK_FALSE(rig.state.decision.dissentPicker.open);
    d = findDecision(rig.conference, "c1");
    REQUIRE(d->dissent.size() == 2);
    CHECK(d->dissent[1].participant == "p3");
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::DissentReasons{"p3"}});
    rig.settle(1);
    rig.type("Jo says the risk is overstated.");
    rig.ctrl(key::U); // escalated, while writing: the words go with it and writing goes on
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::DissentReasons{"p3"}});
    rig.type(" She wants it reviewed.");
    rig.enter();
    d = findDecision(rig.conference, "c1");
    CHECK(d->dissent[1] == Dissent{"p3", "Jo says the risk is overstated. She wants it reviewed.",
                                   true,
                                   rig.now}); // someone with no view: timed as the chair records it

    // Ctrl+Up selects Grace's and opens her words; Esc keeps them; Ctrl+Delete removes hers.
    rig.press(key::Up, true);
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::DissentReasons{"p2"}});
    CHECK(rig.state.decision.dissent == std::optional<Id>("p2"));
    rig.press(key::Escape);
    CHECK(!rig.state.decision.editing);
    rig.press(key::Delete, true);
    d = findDecision(rig.conference, "c1");
    REQUIRE(d->dissent.size() == 1);
    CHECK(d->dissent[0].participant == "p3");
    // Esc leaves the picker without recording anyone.
    rig.press(key::D, true, true);
    REQUIRE(rig.state.decision.dissentPicker.open);
    rig.press(key::Escape);
    CHECK_FALSE(rig.state.decision.dissentPicker.open);
    CHECK(findDecision(rig.conference, "c1")->dissent.size() == 1);
    CHECK(rig.refused.empty());
}

namespace {
const ParentsView* viewOf(const ConsoleRig& rig, const Id& parent) {
    return parentsViewOf(*findDecision(rig.conference, "c1"), parent);
}
std::optional<bool> agreesOf(const ConsoleRig& rig, const Id& parent) {
    const ParentsView* v = viewOf(rig, parent);
    return v ? v->agrees : std::nullopt;
}
} // namespace

TEST_CASE("The parents' view by keyboard: agree or not, their words, complaint explained",
          "[decision_panel]") {
    ConsoleRig rig;
    rig.conference.decisions.push_back(miaDecided("Reasons."));
    decision(rig);
    CHECK(rig.log.contains("View of Jo Smith"));
    rig.ctrl(key::A);
    CHECK(agreesOf(rig, "p3") == true);
    rig.ctrl(key::A);
    CHECK(agreesOf(rig, "p3") == false);
    rig.settle(1);
    CHECK(rig.log.contains("They disagree: explain their right to complain, and how, before the "
                           "meeting ends."));

    rig.ctrl(key::W);
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::ParentsWords{"p3"}});
    rig.settle(1);
    rig.type("Jo does not agree: she says Mia is safe with her.");
    // Ctrl+A while writing selects the words; it does not change whether they agree.
    rig.ctrl(key::A);
    CHECK(agreesOf(rig, "p3") == false);
    rig.press(key::End);
    rig.ctrl(key::H);
    CHECK(viewOf(rig, "p3")->complaintProcessExplained);
    CHECK(viewOf(rig, "p3")->text == "Jo does not agree: she says Mia is safe with her.");
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::ParentsWords{"p3"}});
    rig.enter();
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("They disagree: explain"));
    CHECK(*viewOf(rig, "p3") ==
          ParentsView{"p3", false, "Jo does not agree: she says Mia is safe with her.", true});
    rig.ctrl(key::A);
    CHECK(agreesOf(rig, "p3") == std::nullopt);
    CHECK(rig.refused.empty());
}

TEST_CASE("Each parent has their own view: Ctrl+Shift+W moves to the next parent",
          "[decision_panel]") {
    ConsoleRig rig;
    Participant dad{"p6", "Lee Smith", Role::Parent, ""};
    rig.conference.participants.push_back(dad);
    rig.conference.decisions.push_back(miaDecided("Reasons."));
    decision(rig);
    CHECK(rig.log.contains("View of Lee Smith"));
    rig.ctrl(key::A); // Jo agrees
    rig.press(key::W, true, true);
    rig.ctrl(key::A);
    rig.ctrl(key::A); // Lee does not
    CHECK(agreesOf(rig, "p3") == true);
    CHECK(agreesOf(rig, "p6") == false);
    rig.ctrl(key::W);
    CHECK(rig.state.decision.editing == ui::DecisionWords{ui::writing::ParentsWords{"p6"}});
    rig.settle(1);
    rig.type("Lee wants the children to live with him.");
    rig.enter();
    CHECK(viewOf(rig, "p6")->text == "Lee wants the children to live with him.");
    CHECK(viewOf(rig, "p3")->text.empty());
    // Two parents who disagree with each other are both in the record.
    CHECK(findDecision(rig.conference, "c1")->parentsViews.size() == 2);
    CHECK(rig.refused.empty());
}

TEST_CASE("A view of the child by keyboard: Ctrl+Shift+V, the words, Enter", "[decision_panel]") {
    ConsoleRig rig;
    decision(rig);
    CHECK(rig.log.contains("Views of Mia"));
    CHECK(rig.log.contains("None recorded yet."));
    rig.press(key::V, true, true);
    REQUIRE(rig.state.decision.view.open);
    rig.settle(1);
    // Relayed by the social worker unless the chair says otherwise.
    CHECK(rig.state.decision.view.by == std::optional<Id>("p1"));
    // Letters go into the words, not to the decision's single-key shortcuts.
    rig.type("Mia told me she likes it when Nan picks her up. P N");
    rig.enter();
    const Child& mia = *findChild(rig.conference, "c1");
    REQUIRE(mia.views.size() == 1);
    CHECK(mia.views[0].how == ViewHow::Relayed);
    CHECK(mia.views[0].by == std::optional<Id>("p1"));
    CHECK(mia.views[0].text == "Mia told me she likes it when Nan picks her up. P N");
    CHECK(mia.views[0].said == rig.now);
    CHECK(findDecision(rig.conference, "c1") == nullptr); // no recommendation was made
    CHECK_FALSE(rig.state.decision.view.open);
    rig.settle(1);
    CHECK(rig.log.contains("Mia told Sam Patel, the social worker:"));

    // Esc closes a new view without saving; empty words are refused in words.
    rig.press(key::V, true, true);
    rig.settle(1);
    rig.enter();
    CHECK(rig.state.decision.view.error == "Write the child's words, or what was seen.");
    rig.press(key::Escape);
    CHECK_FALSE(rig.state.decision.view.open);
    CHECK(findChild(rig.conference, "c1")->views.size() == 1);
    CHECK(rig.refused.empty());
}

TEST_CASE("a view the child's plan will not give back as written is said so beside it",
          "[decision_panel]") {
    ConsoleRig rig;
    rig.conference.children[0].views = {
        {ViewHow::Relayed,
         Id{"p1"},
         "Mia told Sam she likes her new bedroom and her cat.",
         false,
         {}},
        {ViewHow::Relayed,
         Id{"p1"},
         "Mia disclosed during the section 47 enquiry that she is scared at home.",
         false,
         {}}};
    decision(rig);
    CHECK(rig.log.contains("Not given back in Mia's plan as written: \"section 47\" is not a word "
                           "for a child."));
    // The first reads easily: nothing is said of it.
    int said = 0;
    for (const auto& line : rig.log.lines)
        said += line.find("Not given back in Mia's plan") != std::string::npos ? 1 : 0;
    CHECK(said == 1);
}
