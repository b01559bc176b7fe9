// Every child's outcome, said the same on every surface the family reads:
// the wall's decision and plan pages, the decision letter, the outline plan
// and the child's plan each say, for each child, what domain/outcome.hpp says
// (one function, so they cannot contradict each other), for conferences
// generated with every outcome (a plan that ends with a Child in Need plan
// and without) and every kind of conference. And the child is never told
// that they, or their family, need no plan while they keep help.

#include "documents/pdf.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "support/headless.hpp"
#include "support/sample.hpp"
#include "support/seeds.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/text_log.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>

using namespace cpc;
namespace fs = std::filesystem;

namespace {

const DateTime produced = *parseDateTime("2026-12-03T14:30");

// The words as a reader reads them: every run of spaces and line breaks one space.
std::string flat(const std::string& text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        const bool blank = ch == ' ' || ch == '\n' || ch == '\f' || ch == '\t' || ch == '\r';
        if (blank) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string pdfText(const Conference& c, DocumentKind kind, const fs::path& folder) {
    pdf::Options o;
    o.document = kind;
    o.fontDir = fs::path(CPC_BINARY_DIR) / "fonts";
    o.produced = produced;
    const fs::path file = folder / "outcome.pdf";
    std::ofstream(file, std::ios::binary) << pdf::render(c, o);
    std::string out;
    FILE* pipe = ::popen(("pdftotext '" + file.string() + "' - 2>/dev/null").c_str(), "r");
    REQUIRE(pipe);
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, pipe)) > 0)
        out.append(buf, n);
    ::pclose(pipe);
    return flat(out);
}

struct Wall {
    Headless h{1920, 1080, true};
    std::string text(const Conference& c, ui::Phase phase, const std::optional<Id>& child = {}) {
        std::string all;
        for (int page = 0, pages = 1; page < pages; ++page) {
            ui::TextLog log;
            ui::ProjectorView view{c, phase, ui::NameStyle::Name, page, false, &h.fonts, &log};
            view.decisionChild = child;
            view.now = produced;
            h.frame([&] { pages = ui::drawProjector(view).pages; });
            for (const auto& l : log.lines)
                all += l + "\n";
        }
        return flat(all);
    }
};

bool has(const std::string& text, const std::string& words) {
    return text.find(flat(words)) != std::string::npos;
}

// The sample with each child's outcome chosen from every choice (or none).
Conference generated(unsigned seed) {
    std::mt19937 random(seed);
    Conference c = test::sampleConference();
    const Kind kinds[] = {Kind::Initial, Kind::Review, Kind::Transfer};
    c.details.kind = kinds[random() % 3];
    if (c.details.kind == Kind::Review) c.reviewOf = "earlier";
    std::vector<std::optional<OutcomeChoice>> choices{std::nullopt};
    for (const auto& o : everyChoice())
        choices.push_back(o);
    // The usual ones of this kind twice as often: what chairs choose.
    for (const auto& o : usualChoices(c.details.kind))
        choices.push_back(o);
    for (Decision& d : c.decisions) {
        const auto& pick = choices[random() % choices.size()];
        d.outcome = pick ? std::optional(pick->outcome) : std::nullopt;
        d.childInNeedPlan = pick && pick->childInNeedPlan;
        if (!pick || !isPlanOutcome(pick->outcome)) d.categories.clear();
        if (pick && isPlanOutcome(pick->outcome) && d.categories.empty())
            d.categories = {Category::Neglect};
    }
    return c;
}

// The part of the child's plan that is this child's: from their title to the next child's.
std::string pageOf(const Conference& c, const std::string& plan, std::size_t index) {
    auto titleOf = [&](std::size_t i) {
        const std::string first = firstName(c.children[i].name);
        const auto young = plan.find("Hello " + first + ".");
        return young != std::string::npos ? young : plan.find(first + ", this is");
    };
    const auto from = titleOf(index);
    REQUIRE(from != std::string::npos);
    const auto to = index + 1 < c.children.size() ? titleOf(index + 1) : std::string::npos;
    return plan.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

// True when every surface said it right (each check also reported to Catch).
bool checkSurfaces(const Conference& c, Wall& wall, const fs::path& folder) {
    bool ok = true;
    auto holds = [&](bool fact) {
        ok = ok && fact;
        return fact;
    };
    const std::string letter = pdfText(c, DocumentKind::Letter, folder);
    const std::string plan = pdfText(c, DocumentKind::Plan, folder);
    const std::string child = pdfText(c, DocumentKind::Child, folder);
    const std::string wallPlan = wall.text(c, ui::Phase::Plan);
    const PlanAfter conference = conferencePlan(c);
    INFO("the conference's plan: " << planTitle(conference));
    CHECK(holds(has(wallPlan, std::string(planTitle(conference)))));
    CHECK(holds(has(plan, std::string(planTitle(conference)))));
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        const Child& ch = c.children[i];
        const Decision* d = findDecision(c, ch.id);
        const PlanAfter mine = d ? planAfter(*d) : PlanAfter::Undecided;
        INFO(ch.name << ": " << outcomeWords(d));
        // The wall, once the chair shows this child's decision.
        const std::string shown = wall.text(c, ui::Phase::Decision, ch.id);
        if (d && d->outcome) {
            CHECK(holds(has(shown, decisionSentence(*d, firstName(ch.name)))));
            CHECK(holds(has(letter, decisionSentence(*d, ch.name))));
        } else {
            CHECK(holds(has(shown, "The conference is deciding")));
            CHECK(holds(has(letter, "No decision has been recorded yet for " + ch.name + ".")));
        }
        // The wall's plan page: a line for each child the title does not
        // cover, and for each whose plan ends.
        const bool titled = mine == conference || (mine == PlanAfter::Undecided &&
                                                   conference == PlanAfter::ChildProtection);
        if (d && d->outcome && (!titled || planEnds(*d)))
            CHECK(holds(has(wallPlan, decisionSentence(*d, firstName(ch.name)))));
        // The outline plan's table of decisions.
        CHECK(holds(has(plan, outcomeWords(d))));
        // The child's own plan.
        const std::string page = pageOf(c, child, i);
        for (const auto& sentence :
             outcomeForChild(d, ageOn(ch.dateOfBirth, dateOf(produced)).value_or(10) < 10))
            CHECK(holds(has(page, sentence)));
        CHECK(holds(!has(page, "your family does not need")));
        const bool keepsHelp = mine == PlanAfter::ChildProtection || mine == PlanAfter::ChildInNeed;
        if (keepsHelp) CHECK(holds(!has(page, "do not need a plan")));
        if (mine == PlanAfter::None) CHECK(holds(!has(page, "What will happen")));
        // And from the generated facts themselves, not from the rule: a plan
        // that ends, with a Child in Need plan after it or without.
        if (d && d->outcome == Outcome::EndPlan) {
            CHECK(holds(has(page, d->childInNeedPlan ? "still get some help"
                                                     : "You do not need a plan any more.")));
            CHECK(holds(has(letter, d->childInNeedPlan ? "a Child in Need plan will follow"
                                                       : "with no plan after it")));
        }
        if (d && d->outcome == Outcome::NoFurtherAction)
            CHECK(holds(has(page, "that you do not need a plan.")));
    }
    return ok;
}

} // namespace

TEST_CASE("a review ends one plan with a Child in Need plan and one without: every surface says "
          "which",
          "[outcome][property]") {
    Conference c = test::sampleConference();
    c.details.kind = Kind::Review;
    c.reviewOf = "earlier";
    REQUIRE(c.decisions.size() == 3);
    c.decisions[0].outcome = Outcome::ContinuePlan;
    c.decisions[1] = {.child = c.decisions[1].child, .outcome = Outcome::EndPlan};
    c.decisions[1].childInNeedPlan = true;
    c.decisions[2] = {.child = c.decisions[2].child, .outcome = Outcome::EndPlan};
    c.plan.details.firstCinReview = parseDate("2027-01-14");
    const fs::path folder =
        fs::temp_directory_path() / ("cpcboard-outcomes-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder);
    Wall wall;
    checkSurfaces(c, wall, folder);
    // In the family's words, for this one: Kacper keeps help, Lena needs no plan.
    const std::string child = pdfText(c, DocumentKind::Child, folder);
    CHECK(has(pageOf(c, child, 1), "They decided to change your plan."));
    CHECK(has(pageOf(c, child, 2), "They decided that your plan can end now."));
    // Kacper's Child in Need plan has its own review; Lena has no meetings to come.
    CHECK(has(pageOf(c, child, 1), "will meet again by Thursday 14 January 2027."));
    CHECK_FALSE(has(pageOf(c, child, 2), "When people meet again"));
    CHECK(has(pdfText(c, DocumentKind::Letter, folder),
              "Kacper Nowak's child protection plan will end, and a Child in Need plan will "
              "follow."));
    fs::remove_all(folder);
}

TEST_CASE("every outcome on every surface: generated conferences of every kind",
          "[outcome][property]") {
    const auto seeds = test::seedsFor("every outcome on every surface", 24);
    const fs::path folder =
        fs::temp_directory_path() / ("cpcboard-outcomes-" + std::to_string(std::random_device{}()));
    fs::create_directories(folder);
    Wall wall;
    for (unsigned seed : seeds.list) {
        INFO("seed " << seed << ": "
                     << test::replayCommand("every outcome on every surface", seed));
        if (!checkSurfaces(generated(seed), wall, folder))
            test::failedSeed("every outcome on every surface", seed);
    }
    fs::remove_all(folder);
}
