// The Scaling page, headless with the real fonts: what the room reads (the
// TextLog) and where the marks go (the layout, measured with the same fonts).

#include "domain/names.hpp"
#include "domain/scaling.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/projector/projector_scaling.hpp"
#include "ui/widgets/text_log.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cfloat>
#include <string>
#include <vector>

using namespace cpc;
using namespace cpc::ui;
using namespace cpc::ui::projector;

namespace {

Participant person(Id id, std::string name, Role role, Attendance a = Attendance::Attended,
                   std::string agency = {}) {
    Participant p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.role = role;
    p.attendance = a;
    p.agency = std::move(agency);
    return p;
}

ScaleAnswer answer(Id who, std::optional<int> score) {
    return {std::move(who), score, {}};
}

// Six people are asked (family and professionals who attended); the chair,
// a supporter and someone who sent apologies are not.
Conference meeting() {
    Conference c;
    c.id = "s1";
    c.details.title = "Initial conference";
    c.children = {{"c1", "Zoë Nowak", {}, {}}, {"c3", "Lena Nowak", {}, {}}};
    c.participants = {
        person("p1", "Hilary Okonjo", Role::Chair),
        person("p2", "Danielle Nowak", Role::Parent),
        person("p3", "Zoë Nowak", Role::Child),
        person("p4", "Aisha Rahman", Role::SocialWorker, Attendance::Attended,
               "Children's Services"),
        person("p5", "Priya Sandhu", Role::Police, Attendance::Attended, "Police"),
        person("p6", "Niamh Gallagher", Role::HealthVisitor),
        person("p7", "Tom Whitfield", Role::Education),
        person("p8", "Stacey Lowe", Role::Supporter),
        person("p9", "Oluwaseun Adeyemi", Role::Gp, Attendance::Apologies),
    };
    return c;
}

// Scores 4, 2, 3, 4 and one declined: none of the digits 2, 3, 4 is in the
// question, the ends, or "5 of 6 answered"; nobody stands apart.
ScalingRound lenaRound(Id id = "r1") {
    ScalingRound r;
    r.id = std::move(id);
    r.child = "c3";
    r.question = "Where are things for Lena today?";
    r.low = "Lena is not safe at home";
    r.high = "Lena is safe enough";
    r.responses = {answer("p2", 4), answer("p4", 2), answer("p5", 3), answer("p6", 4),
                   answer("p7", std::nullopt)};
    return r;
}

const std::vector<std::string> answerers{"Danielle Nowak", "Aisha Rahman", "Priya Sandhu",
                                         "Niamh Gallagher", "Tom Whitfield"};

struct Drawn {
    ProjectorResult result;
    TextLog log;
};

Drawn draw(Headless& h, const Conference& c, const Conference* previous = nullptr,
           std::optional<Id> round = {}, NameStyle names = NameStyle::Name) {
    Drawn d;
    ProjectorView view{.conference = c,
                       .phase = Phase::Scaling,
                       .names = names,
                       .fonts = &h.fonts,
                       .log = &d.log,
                       .previous = previous,
                       .round = std::move(round)};
    h.frame([&] { d.result = drawProjector(view); });
    return d;
}

Measure ruler(const Headless& h) {
    return [&h](std::string_view t, Face f, int s) {
        const auto& faces = f == Face::Bold ? h.fonts.ladderBold : h.fonts.ladderBody;
        auto i = static_cast<std::size_t>(s);
        return faces[i]
            ->CalcTextSizeA(h.fonts.ladder[i], FLT_MAX, 0.0f, t.data(), t.data() + t.size())
            .x;
    };
}

ScalingLayout layout(const Headless& h, const Conference& c, const ScalingRound& r,
                     const Conference* previous = nullptr) {
    return layoutScaling(scalingPage(c, r, previous, NameStyle::Name), ruler(h), h.fonts.ladder,
                         1920, 1080);
}

bool anyLineHas(const TextLog& log, char digit, const std::string& except) {
    return std::any_of(log.lines.begin(), log.lines.end(), [&](const std::string& l) {
        return l != except && l.find(digit) != std::string::npos;
    });
}

} // namespace

TEST_CASE("a blind round shows the question and how many answered, never a score or a name",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    c.scaling.push_back(lenaRound());
    c.scaling.back().revealed = false;

    Drawn d = draw(h, c);
    CHECK(d.log.contains("Where are things for Lena today?"));
    CHECK(d.log.contains("5 of 6 answered"));
    // The ends' meanings are the question's: shown.
    CHECK(d.log.contains("0: Lena is not safe at home"));
    CHECK(d.log.contains("10: Lena is safe enough"));
    for (char digit : {'2', '3', '4'})
        CHECK_FALSE(anyLineHas(d.log, digit, "5 of 6 answered"));
    // Of the scale's numbers, only its two ends.
    for (int n = 1; n < 10; ++n)
        CHECK(std::count(d.log.lines.begin(), d.log.lines.end(), std::to_string(n)) == 0);
    for (const auto& name : answerers)
        CHECK_FALSE(d.log.contains(name));
    for (const char* word : {"Range", "Median", "median", "stands apart", "Declined"})
        CHECK_FALSE(d.log.contains(word));
    // No mark at all, not even an anonymous one.
    ScalingLayout L = layout(h, c, c.scaling.back());
    CHECK(L.dots.empty());
    CHECK(L.pointers.empty());

    // Revealed, the same round shows it all.
    c.scaling.back().revealed = true;
    Drawn shown = draw(h, c);
    CHECK_FALSE(shown.log.contains("answered"));
    CHECK(shown.log.contains("Range: 2 to 4"));
}

TEST_CASE("a blind round counts who is in the room now, as the console does", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    c.scaling.push_back(lenaRound());
    c.scaling.back().revealed = false;
    // Zoë, who has not answered, left at 11:00; Niamh, who has, left too.
    const DateTime start = *parseDateTime("2026-12-03T10:00");
    for (auto& p : c.participants)
        p.presence = {Presence{start, std::nullopt, ""}};
    for (auto& p : c.participants)
        if (p.id == "p3" || p.id == "p6") p.presence[0].to = *parseDateTime("2026-12-03T11:00");
    auto shown = [&](DateTime now) {
        TextLog log;
        ProjectorView view{
            .conference = c, .phase = Phase::Scaling, .fonts = &h.fonts, .log = &log, .now = now};
        h.frame([&] { drawProjector(view); });
        return log;
    };
    CHECK(shown(*parseDateTime("2026-12-03T10:30")).contains("5 of 6 answered"));
    // Zoë is not waited for; Niamh's answer still counts.
    CHECK(shown(*parseDateTime("2026-12-03T11:30")).contains("5 of 5 answered"));
}

TEST_CASE("revealed: every answer on the line under its person's name, range and median in words",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    c.scaling.push_back(lenaRound());
    Drawn d = draw(h, c);
    for (const auto& name : {"Danielle Nowak", "Aisha Rahman", "Priya Sandhu", "Niamh Gallagher"})
        CHECK(d.log.contains(name));
    CHECK(d.log.contains("Range: 2 to 4"));
    CHECK(d.log.contains("Median (the middle answer): 3.5"));
    CHECK(d.log.contains("median")); // the word by the median's marker
    CHECK(d.log.contains("Declined: Tom Whitfield"));
    CHECK_FALSE(d.log.contains("stands apart"));
    CHECK_FALSE(d.log.contains("verage")); // never an average
    CHECK(d.result.bodySize >= h.fonts.ladder.front());

    // Each name sits above its own mark, and the mark at its score.
    const ScalingRound& r = c.scaling.back();
    ScalingLayout L = layout(h, c, r);
    const ScalingPage page = scalingPage(c, r, nullptr, NameStyle::Name);
    REQUIRE(page.marks.size() == 4);
    REQUIRE(L.dots.size() == 4);
    const float slot = (L.right - L.left) / 10;
    for (std::size_t m = 0; m < page.marks.size(); ++m) {
        INFO(page.marks[m].label);
        auto dot = std::find_if(L.dots.begin(), L.dots.end(),
                                [&](const Dot& x) { return x.mark == static_cast<int>(m); });
        REQUIRE(dot != L.dots.end());
        CHECK(dot->x == Approx(L.x(page.marks[m].score)));
        CHECK(dot->ring == 0);
        auto name = std::find_if(L.texts.begin(), L.texts.end(), [&](const Glyphs& g) {
            return g.mark == static_cast<int>(m) && g.whole == page.marks[m].label;
        });
        REQUIRE(name != L.texts.end());
        CHECK(name->y < dot->y);
        float centre = name->x + ruler(h)(name->text, name->face, name->step) * 0.5f;
        CHECK(std::abs(centre - dot->x) < slot);
    }
    // Danielle's and Niamh's 4s stack, one above the other.
    auto dotOf = [&](int m) {
        return *std::find_if(L.dots.begin(), L.dots.end(),
                             [&](const Dot& x) { return x.mark == m; });
    };
    REQUIRE(dotOf(0).x == Approx(dotOf(3).x));
    CHECK(std::abs(dotOf(0).y - dotOf(3).y) >= 2 * dotOf(0).radius);
    // The median's marker under the line, at 3.5.
    REQUIRE(L.pointers.size() == 1);
    CHECK(L.pointers[0].x == Approx(L.x(3.5)));
    CHECK(L.pointers[0].y > dotOf(0).y);
}

TEST_CASE("answers at the same score stack, who stands apart has a ring and the words",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    ScalingRound r = lenaRound();
    // 5, 5, 5, 6 and a 1: the 1 is four points clear of a rest that agrees.
    r.responses = {answer("p2", 1), answer("p4", 5), answer("p5", 5), answer("p6", 5),
                   answer("p7", 6)};
    c.scaling.push_back(r);
    REQUIRE(spreadOf(r).standApart == std::vector<Id>{"p2"});

    Drawn d = draw(h, c);
    CHECK(d.log.contains("stands apart"));
    CHECK(std::count(d.log.lines.begin(), d.log.lines.end(), "stands apart") == 1);
    ScalingLayout L = layout(h, c, r);
    REQUIRE(L.dots.size() == 5);
    std::vector<float> atFive;
    for (const Dot& dot : L.dots) {
        bool apart = dot.mark == 0;
        CHECK((dot.ring > dot.radius) == apart); // an outline, not a colour
        if (std::abs(dot.x - L.x(5)) < 0.5f) atFive.push_back(dot.y);
    }
    REQUIRE(atFive.size() == 3);
    std::sort(atFive.begin(), atFive.end());
    CHECK(atFive[0] < atFive[1]);
    CHECK(atFive[1] < atFive[2]);
    // The words go with Danielle's mark.
    CHECK(std::any_of(L.texts.begin(), L.texts.end(),
                      [](const Glyphs& g) { return g.whole == "stands apart" && g.mark == 0; }));
}

TEST_CASE("an anonymous round has marks and no names", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    c.scaling.push_back(lenaRound());
    c.scaling.back().anonymous = true;
    for (NameStyle names : {NameStyle::Name, NameStyle::Role}) {
        Drawn d = draw(h, c, nullptr, {}, names);
        for (const auto& name : answerers)
            CHECK_FALSE(d.log.contains(name));
        for (const char* role : {"Parent", "Social worker", "Police", "Health visitor"})
            CHECK_FALSE(d.log.contains(role));
        CHECK(d.log.contains("Declined: 1 person"));
        CHECK(d.log.contains("Range: 2 to 4"));
    }
    ScalingLayout L = layout(h, c, c.scaling.back());
    CHECK(L.dots.size() == 4);
    CHECK(
        std::none_of(L.texts.begin(), L.texts.end(), [](const Glyphs& g) { return g.mark >= 0; }));
}

TEST_CASE("names or roles, as the chair chose", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    c.scaling.push_back(lenaRound());
    Drawn d = draw(h, c, nullptr, {}, NameStyle::Role);
    CHECK(d.log.contains("Parent"));
    CHECK(d.log.contains("Social worker"));
    CHECK(d.log.contains("Declined: Teacher / safeguarding lead"));
    for (const auto& name : answerers)
        CHECK_FALSE(d.log.contains(name));
}

TEST_CASE("earlier today and the last conference are fainter rows beside this one", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    ScalingRound start = lenaRound("r1");
    start.responses = {answer("p2", 6), answer("p4", 2), answer("p5", 2), answer("p6", 3)};
    c.scaling.push_back(start);
    c.scaling.push_back(lenaRound("r2"));

    Drawn today = draw(h, c);
    CHECK(today.log.contains("Earlier today: range 2 to 6, median 2.5"));
    CHECK_FALSE(today.log.contains("Last conference"));
    // Choosing the first round shows it, with nothing earlier.
    Drawn first = draw(h, c, nullptr, Id{"r1"});
    CHECK(first.log.contains("Range: 2 to 6"));
    CHECK_FALSE(first.log.contains("Earlier today"));

    Conference last = meeting();
    ScalingRound before = lenaRound("old");
    before.responses = {answer("p2", 5), answer("p4", 1)};
    last.scaling.push_back(before);
    Drawn both = draw(h, c, &last);
    CHECK(both.log.contains("Earlier today: range 2 to 6"));
    CHECK(both.log.contains("Last conference: range 1 to 5, median 3"));

    // The rows are fainter (hollow marks in grey) and carry no names.
    ScalingLayout L = layout(h, c, c.scaling.back(), &last);
    int faint = 0;
    for (const Dot& dot : L.dots)
        if (!dot.filled) {
            ++faint;
            CHECK(dot.ink == Ink::Muted);
            CHECK(dot.mark == -1);
        }
    CHECK(faint == 4 + 2);

    // Not while this round is blind (they would lead the room), nor an
    // earlier round that was never revealed.
    c.scaling.back().revealed = false;
    Drawn blind = draw(h, c, &last);
    CHECK_FALSE(blind.log.contains("Earlier today"));
    CHECK_FALSE(blind.log.contains("Last conference"));
    c.scaling.back().revealed = true;
    c.scaling.front().revealed = false;
    CHECK_FALSE(draw(h, c).log.contains("Earlier today"));
    // A different child's round is a different question.
    c.scaling.front().revealed = true;
    c.scaling.front().child = "c1";
    CHECK_FALSE(draw(h, c).log.contains("Earlier today"));
}

TEST_CASE("the ends' words follow the round: turned round, the risk is at 10 on the right",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    ScalingRound r = lenaRound();
    r.direction = Direction::HighIsRisk;
    r.question = "How worried are we about Lena?";
    r.low = "No worries about Lena";
    r.high = "Lena is at the highest risk";
    c.scaling.push_back(r);
    Drawn d = draw(h, c);
    CHECK(d.log.contains("0: No worries about Lena"));
    CHECK(d.log.contains("10: Lena is at the highest risk"));

    auto sideOf = [&](const ScalingRound& round, const std::string& text) {
        ScalingLayout L = layout(h, c, round);
        auto t = std::find_if(L.texts.begin(), L.texts.end(),
                              [&](const Glyphs& g) { return g.whole == text; });
        REQUIRE(t != L.texts.end());
        return t->x < 1920 / 2 ? 'L' : 'R';
    };
    CHECK(sideOf(r, "0: No worries about Lena") == 'L');
    CHECK(sideOf(r, "10: Lena is at the highest risk") == 'R');
    // The usual way round, the unsafe words are on the left instead.
    CHECK(sideOf(lenaRound(), "0: Lena is not safe at home") == 'L');
    CHECK(sideOf(lenaRound(), "10: Lena is safe enough") == 'R');

    // Without words of its own, a turned-round scale never calls 10 safe.
    r.low.clear();
    r.high.clear();
    c.scaling.back() = r;
    Drawn plain = draw(h, c);
    CHECK(plain.log.contains("10: Highest risk"));
    CHECK(plain.log.contains("0: No worries"));
    CHECK_FALSE(plain.log.contains("afe"));
}

TEST_CASE("a round about a confidential worry keeps its words off the wall", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    Item secret;
    secret.id = "i9";
    secret.text = "Kestrel intelligence about Ryan";
    secret.confidential = true;
    c.items.push_back(secret);
    c.scaling.push_back(statementRound(secret, Id{"c3"}, "r1"));
    c.scaling.back().revealed = true;
    c.scaling.back().responses = lenaRound().responses;
    Drawn d = draw(h, c);
    CHECK_FALSE(d.log.contains("Kestrel"));
    CHECK(d.log.contains("On a scale of 0 to 10, how safe are things now, about this worry?"));
    c.items.back().confidential = false;
    CHECK(draw(h, c).log.contains("Kestrel"));
}

TEST_CASE("too many names for the line: listed by score below it, every one kept", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    ScalingRound r = lenaRound();
    r.responses.clear();
    for (int i = 0; i < 24; ++i) {
        Id id = "x" + std::to_string(i);
        c.participants.push_back(
            person(id, "Practitioner Number" + std::to_string(i), Role::OtherProfessional));
        r.responses.push_back(answer(id, 4 + i % 3));
    }
    c.scaling.push_back(r);
    ScalingLayout L = layout(h, c, r);
    CHECK(L.listed);
    CHECK(L.dots.size() == 24);
    Drawn d = draw(h, c);
    for (int i = 0; i < 24; ++i)
        CHECK(d.log.contains("Practitioner Number" + std::to_string(i)));
    CHECK(d.log.contains("4: Practitioner Number0"));
}

TEST_CASE("before any round, the scaling page is the calm title", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = meeting();
    Drawn d = draw(h, c);
    CHECK(d.log.contains("Initial conference"));
    CHECK(d.log.contains("Zoë and Lena"));
}

TEST_CASE("answers given while a parent was out are off the wall once she is back", "[projector]") {
    Conference c = meeting();
    const DateTime ten = *parseDateTime("2026-12-03T10:00");
    // Danielle steps out from 10:30:00 until 10:45:00.
    c.participants[1].presence = {Presence{ten, ten + std::chrono::minutes{30}, "Zoë to speak"},
                                  Presence{ten + std::chrono::minutes{45}, std::nullopt, ""}};
    ScalingRound r{"r1", "Where are things today?"};
    r.child = "c1";
    r.responses = {{"p4", 2, "", ten + std::chrono::minutes{35}},  // while she was out
                   {"p5", 6, "", ten + std::chrono::minutes{45}},  // the second she came back
                   {"p6", 7, "", ten + std::chrono::minutes{10}}}; // before she left
    c.scaling = {r};

    auto scores = [&](DateTime now) {
        std::vector<int> out;
        for (const auto& m : scalingPage(c, r, nullptr, NameStyle::Name, now).marks)
            out.push_back(m.score);
        return out;
    };
    // While she is still out, the room may see every answer.
    CHECK(scores(ten + std::chrono::minutes{40}) == std::vector<int>{2, 6, 7});
    // Back in the room: the answer given while she was out is not on the line,
    // nor in the range.
    CHECK(scores(ten + std::chrono::minutes{50}) == std::vector<int>{6, 7});
    const auto page = scalingPage(c, r, nullptr, NameStyle::Name, ten + std::chrono::minutes{50});
    CHECK(page.lowest == 6);
}
