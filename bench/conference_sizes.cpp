#include "conference_sizes.hpp"

#include "interchange/json.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

namespace cpc::bench {
namespace {

Conference generated(int items, int actions) {
    std::mt19937 random(20261203);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    static const std::vector<std::string> words{
        "the",     "children",      "school",       "attendance", "reported",
        "worried", "Danielle",      "safety",       "plan",       "health",
        "visitor", "appointment",   "missed",       "police",     "incident",
        "home",    "Zoë",           "Łukasz",       "Siobhán",    "Ọkọnkwọ",
        "nursery", "support",       "agreed",       "weekly",     "“quoted”",
        "—",       "immunisations", "relationship", "programme",  "by",
        "Friday",  "and",           "with",         "a",          "to",
        "of"};
    auto sentence = [&](std::size_t n) {
        std::string s;
        for (std::size_t i = 0; i < n; ++i)
            s += (i ? " " : "") + words[pick(words.size())];
        s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
        return s + ".";
    };
    auto day = [](int y, unsigned m, unsigned d) {
        return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    };

    Conference c;
    c.id = "k-large";
    c.details.kind = Kind::Initial;
    c.details.title = "Initial child protection conference: the Ọkọnkwọ-Kowalski children";
    c.details.scheduledStart =
        DateTime{std::chrono::local_days{day(2026, 12, 3)} + std::chrono::hours{10}};
    c.details.strategyDiscussion = day(2026, 11, 16);
    c.details.venue = "Meeting Room 1, Civic Centre";
    c.details.purpose = sentence(80);
    for (int i = 0; i < 4; ++i)
        c.children.push_back(
            {"c" + std::to_string(i + 1),
             std::vector<std::string>{"Zoë", "Łukasz", "Siobhán", "Ngozi"}[i] + " Ọkọnkwọ-Kowalski",
             day(2010 + 3 * i, 1 + i, 10 + i), "1 Long Road, Thornmere"});
    c.adults.push_back({"a1", "Ada Ọkọnkwọ", day(1985, 5, 5), "1 Long Road", "Mother"});
    static const Role roles[] = {Role::Chair,       Role::Parent,        Role::Parent,
                                 Role::Child,       Role::SocialWorker,  Role::Police,
                                 Role::Gp,          Role::HealthVisitor, Role::Education,
                                 Role::Education,   Role::EarlyYears,    Role::Probation,
                                 Role::TeamManager, Role::SchoolNurse};
    int n = 0;
    for (Role r : roles) {
        ++n;
        c.participants.push_back({"p" + std::to_string(n),
                                  "Person " + std::to_string(n) + " Ọkọnkwọ",
                                  r,
                                  "Agency " + std::to_string(n),
                                  Attendance::Attended,
                                  "",
                                  {}});
    }
    for (int i = 5; i <= n; ++i)
        c.reports.push_back(
            {"r" + std::to_string(i), "p" + std::to_string(i), day(2026, 11, 28), i % 3 != 0});
    for (int i = 0; i < items; ++i) {
        Item item;
        item.id = "i" + std::to_string(i + 1);
        item.column = static_cast<Column>(i % 3);
        item.text = sentence(8 + pick(50));
        if (i % 4 == 0) item.children = {"c" + std::to_string(1 + pick(4))};
        item.source = "p" + std::to_string(2 + pick(static_cast<std::size_t>(n - 1)));
        if (i % 5 != 4) item.tag = static_cast<Tag>(pick(4));
        item.confidential = i % 37 == 0;
        c.items.push_back(std::move(item));
    }
    std::stable_sort(c.items.begin(), c.items.end(),
                     [](const Item& a, const Item& b) { return a.column < b.column; });
    for (const auto& child : c.children) {
        ScalingRound r;
        r.id = "s" + child.id;
        r.question = "Where are things today for " + child.name + "?";
        r.low = "Unsafe";
        r.high = "Safe enough to close";
        r.child = child.id;
        for (int i = 2; i <= n; ++i)
            r.responses.push_back(
                {"p" + std::to_string(i), static_cast<int>(pick(11)), sentence(pick(12))});
        c.scaling.push_back(r);
        Decision d;
        d.child = child.id;
        d.outcome = Outcome::Plan;
        d.categories = {Category::Neglect};
        d.reasons = sentence(60);
        for (int i = 5; i <= n; ++i)
            d.views.push_back({"p" + std::to_string(i),
                               Recommendation::Plan,
                               {Category::Neglect},
                               sentence(pick(15))});
        d.dissent.push_back({"p9", sentence(30), false});
        d.parentsViews = {{"p1", false, sentence(40), true}};
        c.decisions.push_back(d);
    }
    for (int i = 0; i < actions; ++i)
        c.plan.actions.push_back(
            {"x" + std::to_string(i + 1), sentence(10 + pick(30)),
             i % 4 == 3 ? "Family support team" : "p" + std::to_string(5 + pick(9)),
             day(2026, 12, 7 + static_cast<unsigned>(pick(20))),
             i % 2 ? std::vector<Id>{"c" + std::to_string(1 + pick(4))} : std::vector<Id>{},
             std::nullopt,
             // Half made from a "needs to happen" item, as the chair makes them.
             i % 2 == 0 && 3 * (i + 1) <= items
                 ? std::optional<Id>("i" + std::to_string(3 * (i + 1)))
                 : std::nullopt,
             false, sentence(6 + pick(10))});
    c.plan.details.keyWorker = "p5";
    c.plan.details.coreGroup = {"p2", "p3", "p5", "p8", "p9", "p10", "p11"};
    c.plan.details.contingency = sentence(50);
    c.plan.details.keepingSafe = sentence(40);
    return c;
}

} // namespace

const char* name(Size s) {
    switch (s) {
    case Size::S:
        return "S";
    case Size::L:
        return "L";
    case Size::XL:
        return "XL";
    }
    return "?";
}

Conference conferenceOf(Size s) {
    switch (s) {
    case Size::S: {
        std::ifstream in(std::string(CPC_SOURCE_DIR) + "/assets/sample-conference.json",
                         std::ios::binary);
        return interchange::parse(std::string(std::istreambuf_iterator<char>(in), {}));
    }
    case Size::L:
        return generated(300, 40);
    case Size::XL:
        return generated(3000, 400);
    }
    return {};
}

} // namespace cpc::bench
