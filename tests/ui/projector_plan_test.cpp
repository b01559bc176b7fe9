// The Plan page: the outline plan as a table that fits and pages like the
// board, the contingency and dates after it; and the table layout itself,
// with the fake ruler of projector_layout_test (a character is half a size).

#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/rules.hpp"
#include "fake_ruler.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/projector/projector_layout.hpp"
#include "ui/widgets/text_log.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cpc;
using namespace cpc::ui;
using namespace cpc::ui::projector;

namespace {

Participant person(Id id, std::string name, Role role, std::string agency = {}) {
    Participant p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.role = role;
    p.attendance = Attendance::Attended;
    p.agency = std::move(agency);
    return p;
}

Action action(Id id, std::string what, std::string who, std::optional<Date> by,
              std::vector<Id> children = {}) {
    return {std::move(id), std::move(what), std::move(who), by, std::move(children), {}};
}

Conference planned(int extraActions = 0) {
    Conference c;
    c.id = "p1";
    c.details.kind = Kind::Initial;
    c.details.title = "Initial conference";
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {
        {"c1", "Zoë Nowak", {}, {}}, {"c2", "Kacper Nowak", {}, {}}, {"c3", "Lena Nowak", {}, {}}};
    c.participants = {
        person("p3", "Danielle Nowak", Role::Parent, "Family (mother)"),
        person("p8", "Aisha Rahman", Role::SocialWorker, "Thornmere Children's Social Care"),
        person("p11", "Niamh Gallagher", Role::HealthVisitor, "0-19 Service"),
    };
    for (const char* child : {"c1", "c2", "c3"}) {
        Decision d;
        d.child = child;
        d.outcome = Outcome::Plan;
        d.categories = {Category::Emotional};
        c.decisions.push_back(d);
    }
    c.plan.details.keyWorker = "p8";
    c.plan.details.coreGroup = {"p3", "p8", "p11"};
    c.plan.details.contingency = "If there is another incident, a strategy discussion is held.";
    c.plan.details.keepingSafe = "Carol Hughes will have the children if there is an argument.";
    c.plan.actions = {
        action("a1", "Write a safety plan with Danielle and Zoë.", "p8", parseDate("2026-12-10")),
        action("a2", "Complete Lena's development review.", "p11", parseDate("2026-12-18"), {"c3"}),
        action("a3", "Attend the Freedom Programme.", "p3", std::nullopt, {"c1", "c2", "c3"}),
        action("a4", "Offer outreach support.", "Women's Aid outreach", parseDate("2027-01-15")),
    };
    for (int i = 0; i < extraActions; ++i)
        c.plan.actions.push_back(action("x" + std::to_string(i),
                                        "Extra action number " + std::to_string(i) +
                                            " with enough words to wrap a line.",
                                        "p8", parseDate("2027-01-20")));
    Item item;
    item.id = "i1";
    item.text = "Kestrel told the police";
    item.confidential = true;
    Item open = item;
    open.id = "i2";
    open.text = "Home seen on four visits";
    open.confidential = false;
    c.items = {item, open};
    return c;
}

struct Drawn {
    ProjectorResult result;
    TextLog log;
};

Drawn draw(Headless& h, const Conference& c, int page = 0, NameStyle names = NameStyle::Name) {
    Drawn d;
    ProjectorView view{.conference = c,
                       .phase = Phase::Plan,
                       .names = names,
                       .page = page,
                       .fonts = &h.fonts,
                       .log = &d.log};
    h.frame([&] { d.result = drawProjector(view); });
    return d;
}

std::vector<TextLog> allPages(Headless& h, const Conference& c) {
    std::vector<TextLog> out;
    int pages = draw(h, c).result.pages;
    for (int p = 0; p < pages; ++p)
        out.push_back(draw(h, c, p).log);
    return out;
}

int count(const std::vector<TextLog>& logs, const std::string& line) {
    int n = 0;
    for (const TextLog& l : logs)
        n += static_cast<int>(std::count(l.lines.begin(), l.lines.end(), line));
    return n;
}

} // namespace

TEST_CASE("the plan's table: every action's what, who and by when", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = planned();
    Drawn d = draw(h, c);
    REQUIRE(d.result.pages == 1);
    CHECK(d.log.contains("Outline child protection plan for Zoë, Kacper and Lena"));
    CHECK(d.log.contains("Key worker: Aisha Rahman, Thornmere Children's Social Care"));
    for (const char* heading : {"What will happen", "Who", "By when"})
        CHECK(d.log.contains(heading));
    for (const Action& a : c.plan.actions)
        CHECK(d.log.contains(a.what));
    // Who: a professional with their agency; family without; free text as typed.
    CHECK(count({d.log}, "Aisha Rahman") == 1);
    CHECK(count({d.log}, "Thornmere Children's Social Care") == 1);
    CHECK(count({d.log}, "Niamh Gallagher") == 1);
    CHECK(d.log.contains("0-19 Service"));
    CHECK(count({d.log}, "Danielle Nowak") == 1); // her action (and in the core group's line)
    CHECK_FALSE(d.log.contains("Family (mother)"));
    CHECK(d.log.contains("Women's Aid outreach"));
    // By when: the long date, or that it is still to agree.
    CHECK(d.log.contains("Thursday 10 December 2026"));
    CHECK(d.log.contains("Friday 18 December 2026"));
    CHECK(d.log.contains("Friday 15 January 2027"));
    CHECK(d.log.contains("Date to agree"));
    // Which children, only when the action is about some of them.
    CHECK(count({d.log}, "For Lena") == 1);
    CHECK_FALSE(d.log.contains("For Zoë"));
    // After the table.
    CHECK(d.log.contains(c.plan.details.keepingSafe));
    CHECK(d.log.contains(c.plan.details.contingency));
    CHECK(d.log.contains("Core group"));
    CHECK(d.log.contains("Danielle Nowak, Aisha Rahman and Niamh Gallagher"));
    // Board items are not the plan's: none of them, confidential or not.
    CHECK_FALSE(d.log.contains("Kestrel"));
    CHECK_FALSE(d.log.contains("Home seen"));
}

TEST_CASE("the plan's dates come from the rules when the chair has not set them", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = planned();
    const PlanDetails dates = withComputedDates(c);
    REQUIRE(dates.firstCoreGroup);
    REQUIRE(dates.reviewConference);
    Drawn d = draw(h, c);
    CHECK(d.log.contains("First core group meeting: by " + formatLongDate(*dates.firstCoreGroup)));
    CHECK(d.log.contains("Review conference: by " + formatLongDate(*dates.reviewConference)));
    c.plan.details.firstCoreGroup = parseDate("2026-12-15");
    CHECK(draw(h, c).log.contains("First core group meeting: Tuesday 15 December 2026"));
}

TEST_CASE("a long plan pages between actions, what follows it is on the last page", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = planned(30);
    std::vector<TextLog> pages = allPages(h, c);
    REQUIRE(pages.size() > 1);
    CHECK(draw(h, c).result.bodySize == h.fonts.ladder.front());
    CHECK(pages[0].contains("Page 1 of " + std::to_string(pages.size())));
    for (const Action& a : c.plan.actions) {
        INFO(a.what);
        CHECK(count(pages, a.what) == 1);
    }
    // The title on every page; what follows the table only once it has ended.
    std::size_t lastRow = 0;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        CHECK(pages[p].contains("Outline child protection plan"));
        if (pages[p].contains(c.plan.actions.back().what)) lastRow = p;
    }
    for (const std::string& after :
         {c.plan.details.contingency, std::string("Review conference: ")}) {
        INFO(after);
        int seen = 0;
        for (std::size_t p = 0; p < pages.size(); ++p)
            if (pages[p].contains(after)) {
                ++seen;
                CHECK(p >= lastRow);
            }
        CHECK(seen == 1);
    }
    CHECK(pages.back().contains("Core group"));
    // Every action's who and by when is on the same page as its what.
    for (const TextLog& page : pages)
        for (const Action& a : c.plan.actions)
            if (page.contains(a.what) && a.by) CHECK(page.contains(formatLongDate(*a.by)));
}

TEST_CASE("a Child in Need plan says so and shows its review", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = planned();
    for (Decision& d : c.decisions) {
        d.outcome = Outcome::ChildInNeed;
        d.categories.clear();
    }
    c.plan.details.firstCinReview = parseDate("2027-01-14");
    c.plan.details.cinMeetingFrequency = "every 6 weeks";
    Drawn d = draw(h, c);
    CHECK(d.log.contains("Child in Need plan for Zoë, Kacper and Lena"));
    CHECK_FALSE(d.log.contains("child protection plan"));
    CHECK(d.log.contains("First Child in Need review: Thursday 14 January 2027"));
    CHECK(d.log.contains("Meetings: every 6 weeks"));
    CHECK_FALSE(d.log.contains("Review conference"));
    CHECK_FALSE(d.log.contains("core group"));
    c.plan.details.firstCinReview.reset();
    CHECK(draw(h, c).log.contains("First Child in Need review: date to agree"));
    // One child still on a plan: a child protection plan.
    c.decisions[0].outcome = Outcome::Plan;
    CHECK(draw(h, c).log.contains("Outline child protection plan"));
}

namespace {

Conference withOutcomes(Conference c, std::initializer_list<Outcome> outcomes) {
    auto o = outcomes.begin();
    for (Decision& d : c.decisions) {
        d.outcome = *o++;
        if (d.outcome != Outcome::Plan && d.outcome != Outcome::ContinuePlan) d.categories.clear();
    }
    return c;
}

Conference review(Conference c) {
    c.reviewOf = "p0";
    c.details.kind = Kind::Review;
    c.details.title = "Review conference: the Nowak children";
    for (Action& a : c.plan.actions)
        a.progress = Progress::NotStarted; // as startReview carries them over
    return c;
}

} // namespace

TEST_CASE("plans ended at a review with a Child in Need plan after them: that plan, as on the "
          "console",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c =
        withOutcomes(review(planned()), {Outcome::EndPlan, Outcome::EndPlan, Outcome::EndPlan});
    for (Decision& d : c.decisions)
        d.childInNeedPlan = true;
    c.plan.details.firstCinReview = parseDate("2027-01-14");
    REQUIRE(conferencePlan(c) == PlanAfter::ChildInNeed); // what the console's editor says
    Drawn d = draw(h, c);
    CHECK(d.log.contains("Child in Need plan for Zoë, Kacper and Lena"));
    for (const char* name : {"Zoë", "Kacper", "Lena"})
        CHECK(d.log.contains(std::string(name) + "'s child protection plan will end, and a Child "
                                                 "in Need plan will follow."));
    CHECK_FALSE(d.log.contains("Outline child protection plan"));
    CHECK_FALSE(d.log.contains("Review conference: "));
    CHECK_FALSE(d.log.contains("Core group"));
    CHECK_FALSE(d.log.contains("core group"));
    CHECK(d.log.contains("First Child in Need review: Thursday 14 January 2027"));
    // The plan itself is still there: its actions and the key worker.
    for (const Action& a : c.plan.actions)
        CHECK(d.log.contains(a.what));
    CHECK(d.log.contains("Key worker: Aisha Rahman"));
}

TEST_CASE("plans ended at a review with nothing after them: a page that says there is no plan",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c =
        withOutcomes(review(planned()), {Outcome::EndPlan, Outcome::EndPlan, Outcome::EndPlan});
    REQUIRE(conferencePlan(c) == PlanAfter::None);
    Drawn d = draw(h, c);
    CHECK(d.log.contains("No plan"));
    CHECK(d.log.contains("Kacper's child protection plan will end, with no plan after it."));
    CHECK_FALSE(d.log.contains("Child in Need plan for"));
    CHECK_FALSE(d.log.contains("First Child in Need review"));
    for (const Action& a : c.plan.actions)
        CHECK_FALSE(d.log.contains(a.what));
}

TEST_CASE("no further action for every child: a page that says there is no plan", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = withOutcomes(
        planned(), {Outcome::NoFurtherAction, Outcome::NoFurtherAction, Outcome::NoFurtherAction});
    REQUIRE(conferencePlan(c) == PlanAfter::None);
    Drawn d = draw(h, c);
    REQUIRE(d.result.pages == 1);
    CHECK(d.log.contains("No plan"));
    for (const char* name : {"Zoë", "Kacper", "Lena"})
        CHECK(d.log.contains(std::string(name) +
                             " will not have a child protection plan, and no further action will "
                             "be taken under child protection procedures."));
    CHECK(d.log.contains("There is no child protection plan and no Child in Need plan."));
    CHECK_FALSE(d.log.contains("Outline child protection plan"));
    CHECK_FALSE(d.log.contains("Child in Need plan for"));
    CHECK_FALSE(d.log.contains("Review conference: "));
    CHECK_FALSE(d.log.contains("First Child in Need review"));
    CHECK_FALSE(d.log.contains("Core group"));
    // No empty plan table.
    CHECK_FALSE(d.log.contains("What will happen"));
    CHECK_FALSE(d.log.contains("No actions written yet."));
    for (const Action& a : c.plan.actions)
        CHECK_FALSE(d.log.contains(a.what));
    CHECK_FALSE(d.log.contains("will end")); // an initial conference: there was no plan
}

TEST_CASE("mixed outcomes: the title names the children on the plan, a line the others",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c =
        withOutcomes(planned(), {Outcome::Plan, Outcome::ChildInNeed, Outcome::NoFurtherAction});
    REQUIRE(conferencePlan(c) == PlanAfter::ChildProtection);
    Drawn d = draw(h, c);
    CHECK(d.log.contains("Outline child protection plan for Zoë"));
    CHECK_FALSE(d.log.contains("Outline child protection plan for Zoë,"));
    CHECK_FALSE(d.log.contains("Outline child protection plan for Zoë and"));
    CHECK(d.log.contains("Kacper will have a Child in Need plan, not a child protection plan."));
    CHECK(d.log.contains("Lena will not have a child protection plan, and no further action"));
    CHECK(d.log.contains("Review conference: "));
    // Child in Need and no further action: a Child in Need plan for Kacper only.
    c = withOutcomes(planned(),
                     {Outcome::NoFurtherAction, Outcome::ChildInNeed, Outcome::NoFurtherAction});
    d = draw(h, c);
    CHECK(d.log.contains("Child in Need plan for Kacper"));
    CHECK_FALSE(d.log.contains("Child in Need plan for Kacper and"));
    CHECK(d.log.contains("Zoë will not have a child protection plan"));
    CHECK(d.log.contains("Lena will not have a child protection plan"));
    CHECK_FALSE(d.log.contains("Outline child protection plan"));
}

TEST_CASE("every mix of outcomes: the wall's kind of plan is the console's", "[projector]") {
    Headless h(1920, 1080, true);
    std::vector<std::optional<OutcomeChoice>> all = {std::nullopt};
    for (const OutcomeChoice& o : everyChoice())
        all.push_back(o);
    Conference c = planned();
    auto set = [](Decision& d, const std::optional<OutcomeChoice>& o) {
        d.outcome = o ? std::optional(o->outcome) : std::nullopt;
        d.childInNeedPlan = o && o->childInNeedPlan;
    };
    for (const auto& a : all)
        for (const auto& b : all)
            for (const auto& z : all) {
                set(c.decisions[0], a);
                set(c.decisions[1], b);
                set(c.decisions[2], z);
                const PlanAfter plan = conferencePlan(c);
                TextLog d; // every page's lines
                for (const TextLog& page : allPages(h, c))
                    d.lines.insert(d.lines.end(), page.lines.begin(), page.lines.end());
                INFO(static_cast<int>(plan));
                CHECK(d.contains("Outline child protection plan for") ==
                      (plan == PlanAfter::ChildProtection));
                CHECK(d.contains("Review conference: ") == (plan == PlanAfter::ChildProtection));
                CHECK(d.contains("Child in Need plan for") == (plan == PlanAfter::ChildInNeed));
                CHECK(d.contains("There is no child protection plan and no Child in Need plan.") ==
                      (plan == PlanAfter::None));
            }
}

TEST_CASE("at a review, each carried-over action says what became of it", "[projector]") {
    Headless h(1920, 1080, true);
    Conference initial = planned();
    CHECK_FALSE(draw(h, initial).log.contains("Since last time"));

    Conference c = review(initial);
    c.plan.actions[0].progress = Progress::Done;
    c.plan.actions[1].progress = Progress::InProgress;
    c.plan.actions[2].progress = Progress::NotDone;
    // actions[3] is left as startReview marked it: not marked yet.
    c.plan.actions.push_back(
        action("a5", "Arrange a family group conference.", "p8", parseDate("2027-02-01")));
    const std::vector<TextLog> pages = allPages(h, c);
    CHECK(count(pages, "Since last time") >= 1);
    CHECK(count(pages, "Done") == 1);
    CHECK(count(pages, "In progress") == 1);
    CHECK(count(pages, "Not done") == 1);
    CHECK(count(pages, "Not yet discussed") == 1);
    CHECK(count(pages, "New this time") == 1);
    // The enum's own words for an unmarked action would tell parents it was
    // never started.
    for (const TextLog& page : pages)
        CHECK_FALSE(page.contains("Not started"));
}

TEST_CASE("roles instead of names, when the chair chose them", "[projector]") {
    Headless h(1920, 1080, true);
    Drawn d = draw(h, planned(), 0, NameStyle::Role);
    CHECK(d.log.contains("Social worker"));
    CHECK(d.log.contains("Key worker: Social worker, Thornmere Children's Social Care"));
    CHECK_FALSE(d.log.contains("Aisha"));
    CHECK_FALSE(d.log.contains("Niamh"));
    CHECK(d.log.contains("Women's Aid outreach")); // typed words stay as typed
}

// ---- the table layout ----

namespace {

using fake_ruler::chars;
using fake_ruler::halfEm;
using fake_ruler::ladder;

Spec table(int rows, int tallEvery = 0) {
    Spec s;
    s.rows = true;
    s.columns = {{{{"What"}}, false, {}, 3}, {{{"Who"}}, false, {}, 1}};
    for (int r = 0; r < rows; ++r) {
        std::string what = "row " + std::to_string(r);
        if (tallEvery && r % tallEvery == 0) what += "\nsecond line\nthird line";
        s.columns[0].blocks.push_back({{{what}}});
        s.columns[1].blocks.push_back({{{"who " + std::to_string(r)}}});
    }
    return s;
}

} // namespace

TEST_CASE("a table's columns share the width by weight, its cells start level", "[projector]") {
    Layout l = fit(table(4, 2), halfEm(), ladder, 1000, 1000);
    REQUIRE(l.pages.size() == 1);
    REQUIRE(l.widths.size() == 2);
    CHECK(l.widths[0] == Approx(3 * l.widths[1]));
    CHECK(l.columnX(1) == Approx(l.margin + l.widths[0] + l.gutter));
    const auto& what = l.pages[0].columns[0].lines;
    const auto& who = l.pages[0].columns[1].lines;
    for (const Line& w : who) {
        auto first = std::find_if(what.begin(), what.end(),
                                  [&](const Line& x) { return x.block == w.block; });
        REQUIRE(first != what.end());
        CHECK(first->y == Approx(w.y));
    }
    // Row 0 is three lines tall: row 1 starts below all three.
    auto row1 = std::find_if(who.begin(), who.end(), [](const Line& x) { return x.block == 1; });
    CHECK(row1->y == Approx(3 * l.size * Metrics::lineSpacing + Metrics::blockGap * l.size));
    // A rule between each two rows, and one under the last.
    CHECK(l.pages[0].rules.size() == 4);
}

TEST_CASE("a table pages between rows, each row once, never split", "[projector]") {
    Layout l = fit(table(60, 3), halfEm(), ladder, 1000, 700);
    REQUIRE(l.pages.size() > 1);
    CHECK(l.step == 0);
    std::vector<int> seen;
    for (const Page& p : l.pages) {
        CHECK(p.columns[0].blocks == p.columns[1].blocks);
        seen.insert(seen.end(), p.columns[0].blocks.begin(), p.columns[0].blocks.end());
        for (const auto& col : p.columns)
            for (const Line& line : col.lines)
                CHECK(line.y + line.height <= l.bodyHeight + 0.01f);
    }
    CHECK(seen.size() == 60);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
}

TEST_CASE("what comes after the table: below it when there is room, else a page of its own",
          "[projector]") {
    Spec s = table(3);
    s.after.push_back({{{"If things go wrong", Face::Bold}, {"call the social worker"}}});
    Layout l = fit(s, halfEm(), ladder, 1000, 1000);
    REQUIRE(l.pages.size() == 1);
    REQUIRE(l.pages[0].after.lines.size() == 2);
    float tableBottom = 0;
    for (const Line& line : l.pages[0].columns[0].lines)
        tableBottom = std::max(tableBottom, line.y + line.height);
    CHECK(l.pages[0].after.lines[0].y == Approx(tableBottom + Metrics::sectionGap * l.size));
    CHECK(l.used == Approx(l.pages[0].after.lines[1].y + l.pages[0].after.lines[1].height));

    // A table that fills its last page pushes it onto a page of its own.
    Spec full = table(60);
    full.after = s.after;
    Layout paged = fit(full, halfEm(), ladder, 1000, 700);
    REQUIRE(paged.pages.size() > 1);
    int withAfter = 0;
    for (const Page& p : paged.pages)
        if (!p.after.lines.empty()) ++withAfter;
    CHECK(withAfter == 1);
    CHECK_FALSE(paged.pages.back().after.lines.empty());
    for (const Line& line : paged.pages.back().after.lines)
        CHECK(line.y + line.height <= paged.bodyHeight + 0.01f);
}
