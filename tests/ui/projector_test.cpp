// The projector drawn headless with the real fonts: what a person in the room
// would read (the TextLog), and never a confidential item.

#include "domain/edit.hpp"
#include "domain/names.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/text_log.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace cpc;
using namespace cpc::ui;

namespace {

// A revision no drawing in this run has used: what storage::newRevision gives
// the program, without the storage the panels do not link.
long long freshRevision() {
    static long long next = 1'000'000;
    return ++next;
}

Participant person(Id id, std::string name, Role role, Attendance a, std::string agency = {}) {
    Participant p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.role = role;
    p.attendance = a;
    p.agency = std::move(agency);
    return p;
}

Item item(Id id, Column col, std::string text, std::optional<Id> source = {},
          std::vector<Id> children = {}, bool confidential = false) {
    Item i;
    i.id = std::move(id);
    i.column = col;
    i.text = std::move(text);
    i.source = std::move(source);
    i.children = std::move(children);
    i.confidential = confidential;
    return i;
}

// Words that only the confidential items use, so any trace of them is found.
const std::vector<std::string> secrets{"Kestrel", "Marigold", "Quillon"};

Conference sample(int itemsPerColumn = 2) {
    Conference c;
    c.id = "t1";
    c.details.title = "Initial conference: the Nowak children";
    c.details.purpose = "To share what we know.\nTo decide about a plan.";
    c.details.scheduledStart = parseDateTime("2026-12-03T10:00");
    c.children = {
        {"c1", "Zoë Nowak", {}, {}}, {"c2", "Kacper Nowak", {}, {}}, {"c3", "Lena Nowak", {}, {}}};
    c.participants = {
        person("p1", "Hilary Okonjo", Role::Chair, Attendance::Attended,
               "Independent Reviewing Service"),
        person("p3", "Danielle Nowak", Role::Parent, Attendance::Attended, "Family (mother)"),
        person("p5", "Ryan Tolley", Role::Carer, Attendance::Excluded),
        person("p6", "Łukasz Nowak", Role::Parent, Attendance::Apologies),
        person("p8", "Aisha Rahman", Role::SocialWorker, Attendance::Attended,
               "Thornmere Children's Social Care"),
        person("p9", "Gwen Absent", Role::Police, Attendance::DidNotAttend, "Police"),
        person("p10", "Ivy Invited", Role::Gp, Attendance::Invited, "Surgery"),
    };
    c.participants[2].exclusionReason = "Threatening behaviour at the strategy meeting";
    const Column cols[] = {Column::Worried, Column::WorkingWell, Column::NeedsToHappen};
    for (int col = 0; col < 3; ++col) {
        for (int i = 0; i < itemsPerColumn; ++i) {
            std::string id = "i" + std::to_string(col) + "_" + std::to_string(i);
            c.items.push_back(item(
                id, cols[col], "Entry " + id + " about how things are going at home for everyone.",
                i % 2 ? "p3" : "p8"));
            if (i == 0) // a confidential item among them, with a source and a child
                c.items.push_back(item("s" + std::to_string(col), cols[col],
                                       secrets[static_cast<std::size_t>(col)] + " told the police",
                                       "p8", {"c1"}, true));
        }
    }
    return c;
}

struct Drawn {
    ProjectorResult result;
    TextLog log;
};

Drawn draw(Headless& h, const Conference& c, Phase phase, int page = 0,
           NameStyle names = NameStyle::Name, bool blank = false) {
    Drawn d;
    ProjectorView view{c, phase, names, page, blank, &h.fonts, &d.log};
    h.frame([&] { d.result = drawProjector(view); });
    return d;
}

bool anySecret(const TextLog& log) {
    for (const auto& s : secrets)
        if (log.contains(s)) return true;
    return false;
}

// Every vertex drawn, to compare two pictures.
std::vector<float> picture() {
    std::vector<float> out;
    ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
            out.insert(out.end(), {v.pos.x, v.pos.y, v.uv.x, v.uv.y});
            out.push_back(static_cast<float>(v.col & 0xFFFF)); // in halves: a float holds 24 bits
            out.push_back(static_cast<float>(v.col >> 16));
        }
    return out;
}

std::string entry(int col, int i) {
    return "Entry i" + std::to_string(col) + "_" + std::to_string(i);
}

} // namespace

TEST_CASE("no confidential item is ever drawn, in any phase, on any page", "[projector]") {
    Headless h(1920, 1080, true);
    for (int perColumn : {2, 40}) {
        Conference c = sample(perColumn);
        for (Phase phase : allPhases)
            for (NameStyle names : {NameStyle::Name, NameStyle::Role}) {
                int pages = draw(h, c, phase, 0, names).result.pages;
                for (int page = 0; page < pages; ++page) {
                    INFO(phaseLabel(phase) << " page " << page << " of " << pages);
                    Drawn d = draw(h, c, phase, page, names);
                    CHECK_FALSE(anySecret(d.log));
                    CHECK_FALSE(d.log.lines.empty());
                }
            }
    }
    // ... while the others are there.
    Drawn d = draw(h, sample(), Phase::Information);
    for (int col = 0; col < 3; ++col)
        for (int i = 0; i < 2; ++i)
            CHECK(d.log.contains(entry(col, i)));
}

TEST_CASE("a confidential item leaves no gap: the picture is the same without it", "[projector]") {
    Headless h(1920, 1080, true);
    for (int perColumn : {2, 40}) {
        Conference with = sample(perColumn), without = with;
        std::erase_if(without.items, [](const Item& i) { return i.confidential; });
        REQUIRE(with.items.size() > without.items.size());
        for (int page = 0; page < 3; ++page) {
            Drawn a = draw(h, with, Phase::Information, page);
            auto pa = picture();
            Drawn b = draw(h, without, Phase::Information, page);
            CHECK(a.result.pages == b.result.pages);
            CHECK(a.result.bodySize == b.result.bodySize);
            CHECK(a.log.lines == b.log.lines);
            CHECK(pa == picture());
        }
    }
}

TEST_CASE("few items take the largest size, many take the floor and pages", "[projector]") {
    Headless h(1920, 1080, true);
    const float floor = 1080.0f / 36;
    Drawn few = draw(h, sample(2), Phase::Information);
    CHECK(few.result.bodySize == h.fonts.ladder.back());
    CHECK(few.result.pages == 1);
    CHECK_FALSE(few.log.contains("Page "));

    Drawn many = draw(h, sample(40), Phase::Information);
    CHECK(many.result.bodySize == h.fonts.ladder.front());
    CHECK(many.result.bodySize >= floor);
    REQUIRE(many.result.pages > 1);
    CHECK(many.log.contains("Page 1 of " + std::to_string(many.result.pages)));

    // In between, something in between, never below the floor.
    Drawn some = draw(h, sample(6), Phase::Information);
    CHECK(some.result.bodySize >= floor);
    CHECK(some.result.bodySize < h.fonts.ladder.back());
}

TEST_CASE("pages split the items: each once, page numbers clamped", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(40);
    const int pages = draw(h, c, Phase::Information).result.pages;
    REQUIRE(pages > 1);
    std::vector<TextLog> logs;
    for (int p = 0; p < pages; ++p)
        logs.push_back(draw(h, c, Phase::Information, p).log);
    for (int col = 0; col < 3; ++col)
        for (int i = 0; i < 40; ++i) {
            // The full sentence, so "i0_1" does not also count "i0_10".
            std::string text = entry(col, i) + " about how things are going at home for everyone.";
            int seen = 0;
            for (const auto& log : logs)
                seen += static_cast<int>(std::count(log.lines.begin(), log.lines.end(), text));
            INFO(text);
            CHECK(seen == 1);
        }
    for (int p = 1; p < pages; ++p)
        CHECK(logs[static_cast<std::size_t>(p)].lines != logs[0].lines);
    CHECK(draw(h, c, Phase::Information, 99).log.lines == logs.back().lines);
    CHECK(draw(h, c, Phase::Information, -3).log.lines == logs.front().lines);
    CHECK(draw(h, c, Phase::Information, 99).result.pages == pages);
    // A column that has run out says where its items are, rather than look empty.
    c.items.erase(std::remove_if(c.items.begin(), c.items.end(),
                                 [](const Item& i) {
                                     return i.column == Column::WorkingWell && i.id != "i1_0";
                                 }),
                  c.items.end());
    Drawn last = draw(h, c, Phase::Information, pages - 1);
    CHECK(last.log.contains("See page 1"));
    CHECK_FALSE(draw(h, c, Phase::Information, 0).log.contains("See page"));
}

TEST_CASE("the columns are headed by their questions in words, on every page", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(40);
    int pages = draw(h, c, Phase::Information).result.pages;
    for (int p = 0; p < pages; ++p) {
        Drawn d = draw(h, c, Phase::Information, p);
        for (Column col : {Column::Worried, Column::WorkingWell, Column::NeedsToHappen})
            CHECK(d.log.contains(label(col)));
    }
}

TEST_CASE("who said it: a name or a role, which child, only when there are several",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    c.items.push_back(item("k1", Column::Worried, "Misses school on Mondays", "p3", {"c2"}));
    c.items.push_back(item("k2", Column::Worried, "Two of them share a room", "p8", {"c1", "c3"}));
    c.items.push_back(
        item("k3", Column::Worried, "All of them like the park", "p8", {"c1", "c2", "c3"}));

    Drawn named = draw(h, c, Phase::Information);
    CHECK(named.log.contains("\u2014 Danielle Nowak, about Kacper"));
    CHECK(named.log.contains("\u2014 Aisha Rahman, about Zoë and Lena"));
    CHECK_FALSE(named.log.contains("about Zoë, Kacper and Lena"));
    CHECK_FALSE(named.log.contains("Parent"));

    Drawn roles = draw(h, c, Phase::Information, 0, NameStyle::Role);
    CHECK(roles.log.contains("\u2014 Parent, about Kacper"));
    CHECK(roles.log.contains("\u2014 Social worker"));
    CHECK_FALSE(roles.log.contains("Danielle"));
    CHECK_FALSE(roles.log.contains("Aisha"));

    c.children.resize(1);
    Drawn one = draw(h, c, Phase::Information);
    CHECK_FALSE(one.log.contains(", about"));
    CHECK(one.log.contains("\u2014 Danielle Nowak"));
}

TEST_CASE("blank shows only the calm background: nothing drawn, nothing logged", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    Drawn d = draw(h, c, Phase::Information, 0, NameStyle::Name, true);
    CHECK(d.log.lines.empty());
    CHECK(d.result.pages == 1);
    // Nothing at all: the window is cleared to the background before it.
    CHECK(picture().empty());
}

TEST_CASE("introductions: who is here, apologies apart, no exclusion and no reason",
          "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    Drawn d = draw(h, c, Phase::Introductions);
    CHECK(d.log.contains("Who is here"));
    CHECK(d.log.contains("Hilary Okonjo"));
    CHECK(d.log.contains("Chair, Independent Reviewing Service"));
    CHECK(d.log.contains("Social worker, Thornmere Children's Social Care"));
    CHECK(d.log.contains("Danielle Nowak"));
    CHECK_FALSE(d.log.contains("Family (mother)")); // family are not an agency
    CHECK(d.log.contains("Sent apologies: Łukasz Nowak (Parent)"));
    for (const char* absent : {"Ryan Tolley", "Threatening", "Gwen Absent", "Ivy Invited", "xclu"})
        CHECK_FALSE(d.log.contains(absent));
    // Łukasz is named only on the apologies line.
    CHECK(std::count_if(d.log.lines.begin(), d.log.lines.end(), [](const std::string& l) {
              return l.find("Łukasz") != std::string::npos;
          }) == 1);
    CHECK(d.result.bodySize >= 30);
}

TEST_CASE("introductions: who is on a call is said beside their role", "[projector][remote]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    for (Participant& p : c.participants) {
        if (p.name == "Danielle Nowak")
            p.presence = {Presence{DateTime{}, std::nullopt, "", PresenceMode::Phone}};
        if (p.name == "Hilary Okonjo")
            p.presence = {Presence{DateTime{}, std::nullopt, "", PresenceMode::Video}};
    }
    Drawn d = draw(h, c, Phase::Introductions);
    CHECK(d.log.contains("Parent, on the phone"));
    CHECK(d.log.contains("Chair, Independent Reviewing Service, by video"));
    // In the room is what a wall is: not said of everyone else.
    CHECK_FALSE(d.log.contains("in the room"));
}

TEST_CASE("a long introductions list goes into columns before it pages", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(0);
    for (int i = 0; i < 15; ++i)
        c.participants.push_back(person("x" + std::to_string(i),
                                        "Person Number" + std::to_string(i),
                                        Role::OtherProfessional, Attendance::Attended, "Agency"));
    Drawn d = draw(h, c, Phase::Introductions);
    CHECK(d.result.pages == 1);
    for (int i = 0; i < 15; ++i)
        CHECK(d.log.contains("Person Number" + std::to_string(i)));
}

TEST_CASE("purpose and the title screens", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    Drawn purpose = draw(h, c, Phase::Purpose);
    CHECK(purpose.log.contains(c.details.title));
    CHECK(purpose.log.contains("Initial conference"));
    CHECK(purpose.log.contains("To share what we know."));
    CHECK(purpose.log.contains("To decide about a plan."));
    CHECK(purpose.result.bodySize == h.fonts.ladder.back());

    // Scaling with no round yet has nothing else to show; decision and plan
    // have pages of their own (projector_scaling_test, projector_plan_test).
    REQUIRE(c.scaling.empty());
    for (Phase p : {Phase::Prepare, Phase::Scaling, Phase::Close}) {
        Drawn d = draw(h, c, p);
        INFO(phaseLabel(p));
        CHECK(d.log.contains(c.details.title));
        CHECK(d.log.contains("Zoë, Kacper and Lena"));
        CHECK_FALSE(d.log.contains("Nowak, Kacper")); // first names only
        CHECK(d.log.contains("Thursday 3 December 2026"));
        CHECK_FALSE(d.log.contains("Entry"));
    }
}

TEST_CASE("the theme colours the text, and the window clears the background", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample(2);
    for (Theme theme : {Theme::Light, Theme::Dark}) {
        ProjectorView view{c,     Phase::Information, NameStyle::Name, 0,
                           false, &h.fonts,           nullptr,         theme};
        h.frame([&] { drawProjector(view); });
        const ImDrawData& frame = *ImGui::GetDrawData();
        REQUIRE(frame.CmdListsCount == 1);
        const auto& vertices = frame.CmdLists[0]->VtxBuffer;
        auto coloured = [&](ImU32 col) {
            return std::any_of(vertices.begin(), vertices.end(),
                               [&](const ImDrawVert& v) { return v.col == col; });
        };
        CHECK(coloured(palette(theme).text));
        CHECK_FALSE(coloured(palette(theme).background)); // painted once, by the clear
    }
}

TEST_CASE("without a projector ladder (one screen presenting) the floor still holds",
          "[projector]") {
    Headless console(1280, 720);
    Conference c = sample(2);
    TextLog log;
    ProjectorView view{c, Phase::Information, NameStyle::Name, 0, false, &console.fonts, &log};
    ProjectorResult r;
    console.frame([&] { r = drawProjector(view); });
    CHECK(r.bodySize >= 720.0f / 36);
    CHECK(log.contains(entry(0, 0)));
    CHECK_FALSE(anySecret(log));
}

// The wall keeps its arrangement while the conference's revision, the view and
// the screen stay the same; a new revision (any edit) arranges it afresh, so
// an item marked confidential leaves the wall on the next frame.
TEST_CASE("the wall's kept arrangement follows every change of the conference", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample();
    auto drawAt = [&](long long revision) {
        Drawn d;
        ProjectorView view{c, Phase::Information, NameStyle::Name, 0, false, &h.fonts, &d.log};
        view.revision = revision;
        h.frame([&] { d.result = drawProjector(view); });
        return d;
    };
    const long long first = freshRevision();
    CHECK(drawAt(first).log.contains("Entry i0_0"));
    CHECK(drawAt(first).log.contains("Entry i0_0")); // kept: the same words

    c.items.push_back(item("new", Column::Worried, "A new worry typed just now", "p3"));
    CHECK(drawAt(freshRevision()).log.contains("A new worry typed just now"));

    for (Item& i : c.items)
        if (i.id == "new") i.confidential = true;
    const Drawn after = drawAt(freshRevision());
    CHECK_FALSE(after.log.contains("A new worry typed just now"));
    CHECK_FALSE(anySecret(after.log));
}

// Kept for a revision, the arrangement still follows what the wall reads of
// the clock: who is in the room. A worry said while Danielle was out shows
// until she comes back, with no edit between.
TEST_CASE("the wall's kept arrangement follows who comes back into the room", "[projector]") {
    Headless h(1920, 1080, true);
    Conference c = sample();
    const DateTime ten = *parseDateTime("2026-12-03T10:00:00");
    using std::chrono::seconds;
    for (const Participant& p : c.participants)
        if (p.attendance == Attendance::Attended) applyEdit(c, edit::MarkArrival{p.id, ten});
    applyEdit(c, edit::MarkDeparture{"p3", ten + seconds(600), "so the children can speak"});
    applyEdit(c, edit::MarkArrival{"p3", ten + seconds(900)});
    Item said = item("out", Column::Worried, "Said while Danielle was out", "p8");
    said.said = ten + seconds(700);
    c.items.push_back(said);

    const long long revision = freshRevision();
    auto shownAt = [&](DateTime now) {
        TextLog log;
        ProjectorView view{c, Phase::Information, NameStyle::Name, 0, false, &h.fonts, &log};
        view.revision = revision;
        view.now = now;
        h.frame([&] { drawProjector(view); });
        return log.contains("Said while Danielle was out");
    };
    CHECK(shownAt(ten + seconds(800)));
    CHECK(shownAt(ten + seconds(899))); // kept: the same people in the room
    CHECK_FALSE(shownAt(ten + seconds(900)));
    CHECK_FALSE(shownAt(ten + seconds(901)));
    CHECK(shownAt(ten + seconds(800))); // and back, were the clock put back
}

// What is worked out ahead (at start-up, while the window opens) is what the
// first frame keeps: shown for the same revision, even were the words changed
// without a new one, which no edit does.
TEST_CASE("the wall arranged ahead is the arrangement its first frame shows", "[projector]") {
    Headless h(1920, 1080, true);
    const ImVec2 display{1920, 1080};
    Conference ahead = sample();
    ahead.items.push_back(item("a", Column::Worried, "Arranged before the window opened", "p3"));
    Conference later = sample();
    later.items.push_back(item("b", Column::Worried, "Not what was arranged ahead", "p3"));
    const long long revision = freshRevision();
    auto viewOf = [&](const Conference& c, TextLog* log) {
        ProjectorView v{c, Phase::Information, NameStyle::Name, 0, false, &h.fonts, log};
        v.revision = revision;
        return v;
    };
    arrangeAhead(viewOf(ahead, nullptr), display);
    TextLog log;
    h.frame([&] { drawProjector(viewOf(later, &log)); });
    CHECK(log.contains("Arranged before the window opened"));
    CHECK_FALSE(log.contains("Not what was arranged ahead"));

    // Without a ladder to measure with (one screen presenting), nothing is
    // kept ahead: the frame arranges the words it is given.
    Headless console(1920, 1080);
    ProjectorView noLadder = viewOf(ahead, nullptr);
    noLadder.fonts = &console.fonts;
    noLadder.revision = freshRevision();
    arrangeAhead(noLadder, display);
    TextLog drawn;
    ProjectorView laterView = viewOf(later, &drawn);
    laterView.fonts = &console.fonts;
    laterView.revision = noLadder.revision;
    console.frame([&] { drawProjector(laterView); });
    CHECK(drawn.contains("Not what was arranged ahead"));
}
