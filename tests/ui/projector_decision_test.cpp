// The Decision page: nothing of an outcome until the chair shows one child's
// decision; then that decision in plain words, with its category in words
// and the dates that follow from it.

#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/text_log.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cpc;
using namespace cpc::ui;

namespace {

Participant person(Id id, std::string name, Role role) {
    Participant p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.role = role;
    p.attendance = Attendance::Attended;
    return p;
}

Conference decided() {
    Conference c;
    c.id = "d1";
    c.details.kind = Kind::Initial;
    c.details.title = "Initial conference: the Nowak children";
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {{"c1", "Zoë Nowak", {}, {}}, {"c3", "Lena Nowak", {}, {}}};
    c.participants = {person("p3", "Danielle Nowak", Role::Parent),
                      person("p8", "Aisha Rahman", Role::SocialWorker),
                      person("p13", "Tom Whitfield", Role::Education)};
    Decision lena;
    lena.child = "c3";
    lena.outcome = Outcome::Plan;
    lena.categories = {Category::Neglect};
    lena.reasons =
        "Her health needs have not been met for months.\nShe is too young to tell anyone.";
    lena.dissent = {{"p13", "Tom thinks a Child in Need plan would be enough.", false}};
    lena.parentsViews = {{"p3", false, "Danielle says the appointments are booked now.", false}};
    Decision zoe;
    zoe.child = "c1"; // still being decided
    c.decisions = {lena, zoe};
    Item item;
    item.id = "i1";
    item.text = "Lena missed her development review";
    c.items.push_back(item);
    return c;
}

TextLog draw(Headless& h, const Conference& c, std::optional<Id> child) {
    TextLog log;
    ProjectorView view{.conference = c,
                       .phase = Phase::Decision,
                       .fonts = &h.fonts,
                       .log = &log,
                       .decisionChild = std::move(child)};
    h.frame([&] { drawProjector(view); });
    return log;
}

const std::vector<std::string> outcomeWords{"child protection plan",
                                            "Child in Need",
                                            "further action",
                                            "neglect",
                                            "Neglect",
                                            "health needs",
                                            "Why"};

} // namespace

TEST_CASE("the decision stays off the wall until the chair shows it", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = decided();
    TextLog waiting = draw(h, c, std::nullopt);
    CHECK(waiting.contains("The conference is deciding"));
    CHECK(waiting.contains("Zoë and Lena"));
    for (const auto& w : outcomeWords)
        CHECK_FALSE(waiting.contains(w));

    // Chosen, but not decided yet: still nothing of an outcome, only that child.
    TextLog undecided = draw(h, c, Id{"c1"});
    CHECK(undecided.contains("The conference is deciding"));
    CHECK(undecided.contains("Zoë"));
    CHECK_FALSE(undecided.contains("Lena"));
    for (const auto& w : outcomeWords)
        CHECK_FALSE(undecided.contains(w));

    TextLog shown = draw(h, c, Id{"c3"});
    CHECK_FALSE(shown.contains("The conference is deciding"));
    CHECK(shown.contains("Lena will have a child protection plan under the category of neglect."));
    CHECK(shown.contains("Her health needs have not been met for months."));
    CHECK(shown.contains("She is too young to tell anyone."));
    CHECK_FALSE(shown.contains("Zoë"));
}

TEST_CASE("the decision's dates are the plan's, filled in by the rules", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = decided();
    const PlanDetails dates = withComputedDates(c);
    REQUIRE(dates.firstCoreGroup);
    REQUIRE(dates.reviewConference);
    TextLog log = draw(h, c, Id{"c3"});
    CHECK(log.contains("What happens next"));
    CHECK(log.contains("First core group meeting: by " + formatLongDate(*dates.firstCoreGroup)));
    CHECK(log.contains("Review conference: by " + formatLongDate(*dates.reviewConference)));
    CHECK(log.contains("Thursday 17 December 2026")); // 10 working days on

    // A date the chair set is the date, not a deadline.
    c.plan.details.reviewConference = parseDate("2027-02-25");
    TextLog set = draw(h, c, Id{"c3"});
    CHECK(set.contains("Review conference: Thursday 25 February 2027"));
}

TEST_CASE("categories in words, never the census codes", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = decided();
    for (Category cat :
         {Category::Physical, Category::Emotional, Category::Sexual, Category::Neglect}) {
        c.decisions[0].categories = {cat};
        TextLog log = draw(h, c, Id{"c3"});
        std::string words(label(cat));
        words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
        INFO(words);
        CHECK(log.contains("under the category of " + words + "."));
        for (const char* code : {"NEG", "PHY", "SAB", "EMO", "MUL"})
            CHECK_FALSE(log.contains(code));
    }
    c.decisions[0].categories = {Category::Emotional, Category::Neglect};
    TextLog both = draw(h, c, Id{"c3"});
    CHECK(both.contains("under the categories of emotional abuse and neglect."));
    CHECK_FALSE(both.contains("MUL"));
}

TEST_CASE("every outcome in a plain sentence", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = decided();
    auto sentence = [&](Outcome o) {
        c.decisions[0].outcome = o;
        c.decisions[0].categories = o == Outcome::Plan || o == Outcome::ContinuePlan
                                        ? std::vector<Category>{Category::Neglect}
                                        : std::vector<Category>{};
        return draw(h, c, Id{"c3"});
    };
    CHECK(sentence(Outcome::ChildInNeed)
              .contains("Lena will have a Child in Need plan, not a child protection plan."));
    CHECK(sentence(Outcome::NoFurtherAction)
              .contains("Lena will not have a child protection plan, and no further action will "
                        "be taken under child protection procedures."));
    CHECK(
        sentence(Outcome::ContinuePlan)
            .contains("Lena's child protection plan will continue under the category of neglect."));
    CHECK(sentence(Outcome::EndPlan)
              .contains("Lena's child protection plan will end, with no plan after it."));
    c.decisions[0].childInNeedPlan = true;
    CHECK(sentence(Outcome::EndPlan)
              .contains("Lena's child protection plan will end, and a Child in Need plan will "
                        "follow."));
    c.decisions[0].childInNeedPlan = false;
    // No plan, no core group or review dates.
    CHECK_FALSE(sentence(Outcome::NoFurtherAction).contains("core group"));
    c.plan.details.firstCinReview = parseDate("2027-01-14");
    TextLog cin = sentence(Outcome::ChildInNeed);
    CHECK(cin.contains("First Child in Need review: Thursday 14 January 2027"));
    CHECK_FALSE(cin.contains("Review conference"));
}

TEST_CASE("dissent, the parents' view and board items stay in the record", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = decided();
    for (std::optional<Id> child : {std::optional<Id>{}, std::optional<Id>{"c3"}}) {
        TextLog log = draw(h, c, child);
        CHECK_FALSE(log.contains("Tom"));
        CHECK_FALSE(log.contains("Child in Need plan would be enough"));
        CHECK_FALSE(log.contains("appointments are booked"));
        CHECK_FALSE(log.contains("development review"));
    }
}
