// The Plan phase by keyboard: actions from the board, actions typed with who
// by type-ahead and a date, the SMART marks, the key worker and core group,
// the dates the rules suggest, the Child in Need plan, and a review's marks.

#include "domain/typed.hpp"
#include "support/console_rig.hpp"
#include "ui/plan/plan_panel.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {

ConsoleRig& plan(ConsoleRig& rig) {
    rig.state.phase = ui::Phase::Plan;
    rig.settle();
    return rig;
}

// The log holds exactly this line (not only a longer line that contains it).
bool hasLine(const ui::TextLog& log, std::string_view text) {
    return std::find(log.lines.begin(), log.lines.end(), text) != log.lines.end();
}

bool hasLineStarting(const ui::TextLog& log, std::string_view start) {
    return std::any_of(log.lines.begin(), log.lines.end(),
                       [&](const std::string& l) { return l.starts_with(start); });
}

Item needs(Id id, std::string text, std::vector<Id> children = {}) {
    Item i;
    i.id = std::move(id);
    i.column = Column::NeedsToHappen;
    i.text = std::move(text);
    i.children = std::move(children);
    return i;
}

Decision decided(Id child, Outcome outcome) {
    Decision d;
    d.child = std::move(child);
    d.outcome = outcome;
    if (outcome == Outcome::Plan) d.categories = {Category::Neglect};
    d.reasons = "Reasons.";
    return d;
}

} // namespace

TEST_CASE("A needs-to-happen item becomes an action with one key", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.items = {needs("i1", "Jo to attend a parenting course", {"c1"}),
                            needs("i2", "Health visitor to see Leo weekly", {"c2"})};
    plan(rig);
    CHECK(rig.log.contains("Jo to attend a parenting course"));
    // The first item waiting to become an action is selected: one key makes it one.
    CHECK(rig.state.plan.item == std::optional<Id>("i1"));
    rig.enter();
    const auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.id == "a1");
    CHECK(put[0].action.what == "Jo to attend a parenting course");
    CHECK(put[0].action.children == std::vector<Id>{"c1"});
    CHECK(put[0].action.who.empty());
    CHECK(put[0].action.fromItem == std::optional<Id>("i1"));
    REQUIRE(rig.conference.plan.actions.size() == 1);

    // Straight on to who and by when, while the room is saying it.
    CHECK(rig.state.plan.editing);
    rig.settle(2);
    rig.type("Jo");
    rig.enter();
    rig.type("2026-04-01");
    rig.enter();
    rig.type("Jo feels able to handle Mia's behaviour");
    rig.enter();
    REQUIRE(rig.edits<edit::PutAction>().size() == 2);
    CHECK(rig.edits<edit::PutAction>()[1].action.outcome ==
          "Jo feels able to handle Mia's behaviour");
    const Action a = rig.edits<edit::PutAction>()[1].action;
    CHECK(a.id == "a1");
    CHECK(a.who == "p3");
    CHECK(a.by == parseDate("2026-04-01"));
    CHECK(a.children == std::vector<Id>{"c1"});
    // The item is in the plan now; the next one waits its turn, selected.
    CHECK_FALSE(rig.state.plan.editing);
    CHECK(rig.state.plan.item == std::optional<Id>("i2"));
    rig.settle(1);
    CHECK_FALSE(hasLine(rig.log, "Jo to attend a parenting course  (Mia)"));
    CHECK(hasLine(rig.log, "Health visitor to see Leo weekly  (Leo)"));
}

TEST_CASE("An item made into an action stays one whichever text is edited", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.items = {needs("i1", "Jo to attend a parenting course"),
                            needs("i2", "Health visitor to see Leo weekly")};
    plan(rig);
    rig.enter();
    auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.fromItem == std::optional<Id>("i1"));
    rig.press(key::Escape);
    CHECK(rig.state.plan.item == std::optional<Id>("i2"));

    // The action's words no longer start with the item's.
    rig.press(key::Up);
    REQUIRE(rig.state.plan.action == std::optional<Id>("a1"));
    rig.enter();
    rig.settle(2);
    rig.press(key::Home);
    rig.type("Book: ");
    rig.press(key::Enter, true);
    put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 2);
    CHECK(put[1].action.what == "Book: Jo to attend a parenting course");
    CHECK(put[1].action.fromItem == std::optional<Id>("i1"));
    rig.state.plan = ui::PlanState{}; // as when the conference is opened again
    rig.settle(1);
    CHECK_FALSE(hasLine(rig.log, "Jo to attend a parenting course"));
    CHECK(hasLine(rig.log, "Health visitor to see Leo weekly"));

    // Nor the item's the action's.
    applyEdit(rig.conference, edit::EditItem{needs("i1", "Jo and Dan to attend a course")});
    rig.settle(1);
    CHECK_FALSE(hasLine(rig.log, "Jo and Dan to attend a course"));

    // Deleted from the board: the action stays, naming nothing, and a new item
    // with the old words is not taken for the one the action came from.
    applyEdit(rig.conference, edit::DeleteItem{"i1"});
    applyEdit(rig.conference,
              edit::AddItem{needs(nextId(rig.conference, "i"), "Jo to attend a parenting course")});
    rig.settle(1);
    CHECK(rig.refused.empty());
    CHECK(rig.log.contains("Book: Jo to attend a parenting course"));
    CHECK(hasLine(rig.log, "Jo to attend a parenting course"));

    // An action from an older file has no link: its words still say which item it is.
    rig.conference.plan.actions.push_back({"a2", "Health visitor to see Leo weekly, from May"});
    rig.settle(1);
    CHECK_FALSE(hasLine(rig.log, "Health visitor to see Leo weekly"));
}

TEST_CASE("An action typed by keyboard: what, who by type-ahead, and a date", "[plan_panel]") {
    ConsoleRig rig;
    plan(rig);
    CHECK(rig.log.contains("No actions yet"));
    rig.ctrl(key::N);
    rig.type("Book a health check for Leo");
    rig.enter();
    rig.type("gra");
    rig.settle(1);
    CHECK(rig.log.contains("Grace Hill (Health visitor)")); // offered as typed
    rig.enter();
    CHECK(rig.state.plan.draft.whoId == std::optional<Id>("p2"));
    rig.type("2026-03-16");
    rig.ctrl(key::K); // for Mia only
    rig.ctrl(key::K); // for Leo only
    CHECK(rig.editCount() == 0);
    rig.enter(); // on to what will be different
    CHECK(rig.editCount() == 0);
    rig.settle(1);
    rig.type("Leo is seen and well");
    rig.enter();
    const auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.outcome == "Leo is seen and well");
    // Easy words for a child are the action's own, so nothing of the child's is stored.
    CHECK_FALSE(put[0].action.forChild);
    CHECK(put[0].action.what == "Book a health check for Leo");
    CHECK(put[0].action.who == "p2");
    CHECK(put[0].action.by == parseDate("2026-03-16"));
    CHECK(put[0].action.children == std::vector<Id>{"c2"});
    CHECK(put[0].position == cpc::end);

    // Someone who is not in the room, in words.
    rig.ctrl(key::N);
    rig.type("Offer Jo outreach support");
    rig.enter();
    rig.type("Women's Aid outreach");
    rig.enter();
    rig.type("2026-04-30");
    rig.enter();
    rig.enter(); // the outcome left for later
    REQUIRE(rig.edits<edit::PutAction>().size() == 2);
    CHECK(rig.edits<edit::PutAction>()[1].action.who == "Women's Aid outreach");
    CHECK(rig.edits<edit::PutAction>()[1].action.id == "a2");
    rig.settle(1);
    CHECK(rig.log.contains("Women's Aid outreach"));
    CHECK(rig.conference.plan.actions.size() == 2);
}

TEST_CASE("Dates are read as typed: 2026-12-17, 17/12/2026, 17.12.26", "[plan_panel]") {
    using cpc::readDate;
    const auto dec17 = parseDate("2026-12-17");
    for (const char* typed :
         {"2026-12-17", "17/12/2026", " 17/12/2026 ", "17.12.26", "17-12-2026"}) {
        INFO(typed);
        CHECK(readDate(typed).valid);
        CHECK(readDate(typed).date == dec17);
    }
    CHECK(readDate("7/1/2027").date == parseDate("2027-01-07"));
    CHECK(readDate("").valid); // empty: no date, and nothing wrong
    CHECK_FALSE(readDate("").date);
    for (const char* wrong : {"31/2/2026", "12/17/2026", "17/12", "17/12/026", "2026/12/17x",
                              "17//2026", "117/12/2026", "tomorrow"}) {
        INFO(wrong);
        CHECK_FALSE(readDate(wrong).valid);
    }
}

TEST_CASE("A date that is not a date is refused, in words, and can be put right", "[plan_panel]") {
    ConsoleRig rig;
    plan(rig);
    rig.ctrl(key::N);
    rig.type("Visit the family at home");
    rig.enter();
    rig.type("Sam");
    rig.enter();
    rig.type("2026-02-30");
    rig.enter();
    CHECK(rig.edits<edit::PutAction>().empty());
    CHECK(rig.state.plan.editing);
    rig.settle(2);
    CHECK(rig.log.contains("\"2026-02-30\": there is no 30 February 2026 (it has 28 days). Write "
                           "the day, month and year, for example 16/3/2026 or 2026-03-16."));
    // The words stay; the cursor is back in the date, at its end.
    rig.press(key::Backspace);
    rig.press(key::Backspace);
    rig.type("27");
    rig.enter();
    rig.enter(); // no outcome yet: saved all the same, and marked
    const auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.by == parseDate("2026-02-27"));
    CHECK(put[0].action.who == "p1");
}

TEST_CASE("The SMART check marks beside each action what it lacks", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.plan.actions = {
        {"a1", "Attend parenting course", "", std::nullopt},
        {"a2", "Send the school report", "p5", parseDate("2026-02-20")}, // before today
        {"a3", "Weekly home visits", "p1", parseDate("2026-04-01")},
    };
    rig.conference.plan.actions[1].outcome = "The conference knows how Mia is at school.";
    rig.conference.plan.actions[2].outcome = "Mia and Leo are seen every week.";
    plan(rig);
    CHECK(hasLine(rig.log, "no outcome"));
    CHECK(hasLine(rig.log, "no one responsible"));
    CHECK(hasLine(rig.log, "no date"));
    CHECK(hasLine(rig.log, "date passed"));
    CHECK(hasLine(rig.log, "ok"));
    CHECK(hasLine(rig.log, "Sam Patel (Social worker)"));
    CHECK(rig.editCount() == 0);
    // A complete plan has no marks at all.
    rig.conference.plan.actions = {{"a3", "Weekly home visits", "p1", parseDate("2026-04-01")}};
    rig.conference.plan.actions[0].outcome = "Mia and Leo are seen every week.";
    rig.settle(1);
    CHECK_FALSE(hasLine(rig.log, "no one responsible"));
    CHECK_FALSE(hasLine(rig.log, "no date"));
}

TEST_CASE("Actions are edited in place, reordered and removed by keyboard", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.plan.actions = {{"a1", "First", "p1", parseDate("2026-04-01")},
                                   {"a2", "Second", "p2", parseDate("2026-04-02")}};
    plan(rig);
    CHECK(rig.state.plan.action == std::optional<Id>("a1"));
    rig.enter();
    REQUIRE(rig.state.plan.editing);
    rig.settle(2);
    rig.type(" and more");
    rig.press(key::Enter, true); // Ctrl+Enter saves from any field
    auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.what == "First and more");
    CHECK(put[0].action.who == "p1");

    rig.clear();
    const Conference before = rig.conference;
    rig.press(key::Down, true); // Ctrl+Down: move it down
    CHECK(rig.conference.plan.actions[0].id == "a2");
    CHECK(rig.conference.plan.actions[1].id == "a1");
    CHECK(rig.conference.plan.actions[1].what == "First and more");
    CHECK(rig.state.plan.action == std::optional<Id>("a1"));
    // One edit, so one Ctrl+Z puts it back.
    REQUIRE(rig.editCount() == 1);
    const auto moved = rig.edits<edit::MoveAction>();
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].id == "a1");
    CHECK(moved[0].position == 1);
    Conference undone = before;
    applyEdit(undone, applyEdit(undone, moved[0]));
    CHECK(undone == before);
    // Already last: nothing to do.
    rig.press(key::Down, true);
    CHECK(rig.editCount() == 1);
    rig.press(key::Up, true);
    REQUIRE(rig.editCount() == 2);
    CHECK(rig.edits<edit::MoveAction>()[1].position == 0);
    CHECK(rig.conference == before);
    rig.press(key::Down, true);
    CHECK(rig.editCount() == 3);

    rig.clear();
    rig.press(key::Delete);
    const auto removed = rig.edits<edit::RemoveAction>();
    REQUIRE(removed.size() == 1);
    CHECK(removed[0].id == "a1");
    CHECK(rig.conference.plan.actions.size() == 1);

    // Esc leaves an action as it was.
    rig.settle(1);
    rig.enter();
    rig.settle(2);
    rig.type("zzz");
    rig.press(key::Escape);
    CHECK(rig.edits<edit::PutAction>().empty());
    CHECK_FALSE(rig.state.plan.editing);
}

TEST_CASE("Key worker (social workers first) and core group emit SetPlanDetails", "[plan_panel]") {
    ConsoleRig rig;
    // A second social worker, not in the room: offered before those who are.
    Participant sw{"p6", "Zara Quinn", Role::SocialWorker, "Children's Services"};
    rig.conference.participants.push_back(sw);
    plan(rig);
    CHECK(hasLine(rig.log, "not chosen yet"));
    rig.ctrl('W');
    rig.settle(1);
    rig.press(key::Down);
    rig.enter();
    auto set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].details.keyWorker == std::optional<Id>("p6"));

    // By type-ahead.
    rig.ctrl('W');
    rig.settle(1);
    rig.type("sam");
    rig.enter();
    set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 2);
    CHECK(set[1].details.keyWorker == std::optional<Id>("p1"));

    rig.ctrl(key::G);
    rig.press(key::Space); // Sam Patel in
    rig.press(key::Down);
    rig.press(key::Space); // Grace Hill in
    set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 4);
    CHECK(set[3].details.coreGroup == std::vector<Id>{"p1", "p2"});
    CHECK(set[3].details.keyWorker == std::optional<Id>("p1"));
    rig.press(key::Space); // and out again
    CHECK(rig.conference.plan.details.coreGroup == std::vector<Id>{"p1"});
    rig.enter(); // done
    CHECK_FALSE(rig.state.plan.coreGroupOpen);
    rig.settle(1);
    CHECK(rig.log.contains("Sam Patel (Social worker)"));
}

TEST_CASE("The suggested dates are accepted with one key", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.details.scheduledStart = at("2026-12-21T10:00");
    rig.conference.meeting.started = at("2026-12-21T10:00");
    rig.now = at("2026-12-21T11:30");
    plan(rig);
    CHECK(rig.log.contains("by Thu 7 Jan 2027 (10 working days after the conference)"));
    CHECK(rig.log.contains("Use Thu 7 Jan 2027"));
    rig.ctrl(key::D);
    const auto set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].details.firstCoreGroup == parseDate("2027-01-07"));
    CHECK(set[0].details.reviewConference == parseDate("2027-03-19")); // 21 March is a Sunday
    CHECK(set[0].details.coreGroupBeforeReview == parseDate("2027-03-05"));
    Conference before = rig.conference;
    before.plan.details = {};
    CHECK(set[0].details == withComputedDates(before));
    // Dates the chair set are kept: a second press changes nothing.
    rig.ctrl(key::D);
    CHECK(rig.edits<edit::SetPlanDetails>().size() == 1);
}

TEST_CASE("A date that breaks its rule shows the rule's warning", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.decisions = {decided("c1", Outcome::Plan), decided("c2", Outcome::Plan)};
    rig.conference.plan.details.firstCoreGroup = parseDate("2026-03-30");
    rig.conference.plan.details.reviewConference = parseDate("2026-07-01");
    plan(rig);
    CHECK(hasLineStarting(rig.log, "Warning: The first core group is set for Monday 30 March "
                                   "2026, after Monday 16 March 2026"));
    CHECK(hasLineStarting(rig.log, "Warning: The review conference is set for"));
    // Within the rules: no warning.
    rig.conference.plan.details.firstCoreGroup = parseDate("2026-03-12");
    rig.conference.plan.details.reviewConference = parseDate("2026-05-29");
    rig.settle(1);
    CHECK_FALSE(hasLineStarting(rig.log, "Warning: The first core group"));
    CHECK_FALSE(hasLineStarting(rig.log, "Warning: The review conference"));
}

TEST_CASE("A Child in Need plan shows its own fields and no review conference", "[plan_panel]") {
    ConsoleRig rig;
    plan(rig);
    CHECK(hasLine(rig.log, "Review conference"));
    CHECK(hasLine(rig.log, "Core group"));
    CHECK_FALSE(hasLine(rig.log, "First CIN review"));

    rig.conference.decisions = {decided("c1", Outcome::ChildInNeed),
                                decided("c2", Outcome::ChildInNeed)};
    rig.settle(1);
    CHECK(hasLine(rig.log, "First CIN review"));
    CHECK(hasLine(rig.log, "Meetings"));
    CHECK(rig.log.contains("Child in Need plan"));
    CHECK_FALSE(hasLine(rig.log, "Review conference"));
    CHECK_FALSE(hasLine(rig.log, "Core group"));
    CHECK_FALSE(hasLine(rig.log, "First core group"));
    // Ctrl+D has no review or core group dates to fill in a CIN plan.
    rig.ctrl(key::D);
    CHECK(rig.edits<edit::SetPlanDetails>().empty());

    // One child on a plan: the child protection plan again, and the other's
    // Child in Need plan beside it, with its own review.
    rig.conference.decisions[1].outcome = Outcome::Plan;
    rig.settle(1);
    CHECK(hasLine(rig.log, "Review conference"));
    CHECK(hasLine(rig.log, "First CIN review"));
    CHECK(rig.log.contains("Child in Need plan (Mia)"));
    // Both on a plan: no Child in Need review to set.
    rig.conference.decisions[0].outcome = Outcome::Plan;
    rig.settle(1);
    CHECK(hasLine(rig.log, "Review conference"));
    CHECK_FALSE(hasLine(rig.log, "First CIN review"));

    // No further action for both: no plan of either kind, and no dates to keep.
    rig.conference.decisions = {decided("c1", Outcome::NoFurtherAction),
                                decided("c2", Outcome::NoFurtherAction)};
    rig.settle(1);
    CHECK(rig.log.contains("No child has a plan after this meeting: there is no plan to agree."));
    CHECK(hasLine(rig.log, "No plan: no dates to keep"));
    CHECK_FALSE(rig.log.contains("Child in Need plan"));
    CHECK_FALSE(hasLine(rig.log, "First CIN review"));
    CHECK_FALSE(hasLine(rig.log, "Review conference"));
}

TEST_CASE("At a review each carried-over action is marked with one key", "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.details.kind = Kind::Review;
    rig.conference.reviewOf = "conf0";
    rig.conference.plan.actions = {
        {"a1", "Attend parenting course", "p3", parseDate("2026-02-01"), {}, Progress::NotStarted},
        {"a2", "Weekly home visits", "p1", parseDate("2026-02-15"), {}, Progress::NotStarted},
        {"a3", "New this time", "p1", parseDate("2026-04-15")},
    };
    plan(rig);
    CHECK(rig.log.contains("3 actions carried over") == false);
    CHECK(rig.log.contains("2 actions carried over from the last plan, 0 marked"));
    rig.press(key::D);
    auto put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 1);
    CHECK(put[0].action.id == "a1");
    CHECK(put[0].action.progress == Progress::Done);
    CHECK(put[0].action.what == "Attend parenting course");
    rig.press(key::Down);
    rig.press('I');
    rig.press(key::Down);
    rig.press(key::N); // a3 was not carried over: nothing to mark
    put = rig.edits<edit::PutAction>();
    REQUIRE(put.size() == 2);
    CHECK(put[1].action.id == "a2");
    CHECK(put[1].action.progress == Progress::InProgress);
    rig.settle(1);
    CHECK(hasLine(rig.log, "Done"));
    CHECK(hasLine(rig.log, "In progress"));
    CHECK(hasLine(rig.log, "new this time"));

    // With the last conference at hand, what it held is what was carried over.
    Conference previous = smallConference();
    previous.plan.actions = {{"a2", "Weekly home visits", "p1", parseDate("2026-02-15")}};
    ui::Intents out;
    ui::TextLog log;
    rig.ui.frame([&] {
        ui::ConsoleView view{.conference = rig.conference,
                             .now = rig.now,
                             .quorum = quorumAt(rig.conference, rig.now),
                             .log = &log,
                             .previous = &previous};
        ui::drawConsole(view, rig.state, out);
    });
    CHECK(log.contains("1 action carried over from the last plan, 1 marked"));
}

TEST_CASE("Keeping safe and the contingency plan are written by keyboard, and saved",
          "[plan_panel]") {
    ConsoleRig rig;
    plan(rig);
    rig.ctrl('M');
    rig.settle(2);
    rig.type("Carol Hughes stays at the house");
    CHECK(rig.edits<edit::SetPlanDetails>().empty());
    // A pause in the typing saves the words so far.
    rig.settle(150);
    auto set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].details.keepingSafe == "Carol Hughes stays at the house");

    rig.ctrl('I'); // on to the contingency plan
    rig.settle(2);
    rig.type("Call 999");
    rig.press(key::Escape); // stops writing, keeps the words
    set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 2);
    CHECK(set[1].details.contingency == "Call 999");
    CHECK(set[1].details.keepingSafe == "Carol Hughes stays at the house");
    rig.settle(1);
    CHECK(hasLine(rig.log, "Call 999"));
}

TEST_CASE("Dates are typed by keyboard, a wrong one is refused, one past its rule warned of",
          "[plan_panel]") {
    ConsoleRig rig;
    rig.conference.decisions = {decided("c1", Outcome::Plan), decided("c2", Outcome::Plan)};
    plan(rig);
    rig.press(key::D, true, true); // Ctrl+Shift+D: the first date
    rig.settle(1);
    rig.type("2026-13-01");
    rig.enter();
    CHECK(rig.edits<edit::SetPlanDetails>().empty());
    rig.settle(1);
    CHECK(rig.log.contains("\"2026-13-01\": there is no month 13. Not saved."));

    rig.press(key::D, true, true);
    rig.settle(1);
    for (int i = 0; i < 10; ++i)
        rig.press(key::Backspace);
    rig.type("2026-03-30");
    rig.enter(); // saved, and on to the review conference
    auto set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 1);
    CHECK(set[0].details.firstCoreGroup == parseDate("2026-03-30"));
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("is not a date"));
    CHECK(hasLineStarting(rig.log, "Warning: The first core group is set for Monday 30 March"));
    rig.type("2026-05-29");
    rig.enter();
    set = rig.edits<edit::SetPlanDetails>();
    REQUIRE(set.size() == 2);
    CHECK(set[1].details.reviewConference == parseDate("2026-05-29"));
    CHECK(set[1].details.firstCoreGroup == parseDate("2026-03-30"));
}

TEST_CASE("An action made from a confidential item is confidential, and Ctrl+H changes that",
          "[plan_panel]") {
    ConsoleRig rig;
    Item secret = needs("i1", "Police to share the new information with the key worker");
    secret.confidential = true;
    rig.conference.items = {secret};
    plan(rig);
    CHECK(rig.log.contains("(confidential)"));
    rig.enter(); // it becomes an action
    REQUIRE(rig.edits<edit::PutAction>().size() == 1);
    CHECK(rig.edits<edit::PutAction>()[0].action.confidential);
    rig.press(key::Escape); // who and when can wait
    rig.settle(2);
    CHECK(rig.log.contains("Confidential: kept from the family (Ctrl+H)"));

    // The chair decides these words may be shared: still kept, since the item is confidential.
    rig.state.plan.action = rig.conference.plan.actions[0].id;
    rig.clear();
    rig.ctrl(key::H);
    REQUIRE(rig.edits<edit::PutAction>().size() == 1);
    CHECK_FALSE(rig.conference.plan.actions[0].confidential);
    rig.settle(1);
    CHECK(rig.log.contains("Kept from the family: made from a confidential item"));

    // A typed action can be marked confidential, and unmarked, from the keyboard.
    rig.conference.items[0].confidential = false;
    rig.ctrl(key::H);
    CHECK(rig.conference.plan.actions[0].confidential);
    rig.ctrl(key::H);
    CHECK_FALSE(rig.conference.plan.actions[0].confidential);
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("Kept from the family"));
}

TEST_CASE("a long list of items not yet actions draws what is in sight, and the selected one",
          "[plan_panel]") {
    ConsoleRig rig;
    rig.state.phase = ui::Phase::Plan;
    for (int i = 1; i <= 150; ++i)
        rig.conference.items.push_back({"n" + std::to_string(i), Column::NeedsToHappen,
                                        "Step number " + std::to_string(i) + "."});
    rig.settle();
    CHECK(rig.log.contains("Step number 1."));
    CHECK_FALSE(rig.log.contains("Step number 150."));
    ui::plan::selectItem(rig.state.plan, "n150");
    rig.settle();
    CHECK(rig.log.contains("Step number 150."));
    CHECK(rig.state.plan.item == std::optional<Id>("n150"));
}
