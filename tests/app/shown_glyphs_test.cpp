// The fonts hold every character the windows show (app/shown_glyphs.hpp):
// a family member's name in any script the fonts have never appears as "?".
// And the fonts built ahead on another thread (app/fonts_ahead.hpp).
#include "app/fonts_ahead.hpp"
#include "app/shown_glyphs.hpp"
#include "interchange/json.hpp"
#include "session/session.hpp"
#include "support/console_rig.hpp"
#include "ui/fonts/fonts.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cfloat>
#include <filesystem>
#include <fstream>
#include <imgui_internal.h>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

using namespace cpc;
using cpc::ui::GlyphSet;

namespace {

std::string sampleText() {
    std::ifstream in(std::filesystem::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json",
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// Words in the scripts the fonts have beyond the interface's own.
const char* const words[] = {"Ωμέγα", "Σοφία",  "Жанна",    "Иван",  "Ọkọnkwọ", "Nguyễn",
                             "Ǆemal", "ƏliYev", "→ school", "½ day", "☎ call",  "✓ done",
                             "№ 5",   "■ box",  "Ḿaria",    "Ŵyn"};

// One or two of the seed's few words: some blocks are used, not all.
std::string randomWords(std::mt19937& random, unsigned seed) {
    std::string out;
    const int n = 1 + static_cast<int>(random() % 2);
    for (int i = 0; i < n; ++i)
        out += std::string(" ") + words[(seed * 5 + random() % 3) % std::size(words)];
    return out;
}

// The sample, with words in other scripts added to every text the
// interchange format takes free text in: a string that still reads back is
// free text, while ids, dates and tokens are refused and left alone.
Conference inOtherScripts(unsigned seed) {
    std::mt19937 random(seed);
    nlohmann::json doc = interchange::parseJson(sampleText());
    std::vector<nlohmann::json*> strings;
    std::function<void(nlohmann::json&)> walk = [&](nlohmann::json& j) {
        if (j.is_string()) strings.push_back(&j);
        if (j.is_structured())
            for (auto& child : j)
                walk(child);
    };
    walk(doc);
    for (nlohmann::json* s : strings) {
        const std::string before = s->get<std::string>();
        *s = before + randomWords(random, seed);
        try {
            interchange::fromJson(doc);
        } catch (const interchange::ImportError&) {
            *s = before;
        }
    }
    return interchange::fromJson(doc);
}

// The lines drawn with a character the set does not hold, or a broken one:
// what to look at when a frame drew the replacement character.
std::string unheld(const GlyphSet& glyphs, const ui::TextLog& log) {
    std::string out;
    for (const std::string& line : log.lines) {
        const char* at = line.data();
        const char* end = at + line.size();
        while (at < end) {
            unsigned c = 0;
            at += std::max(1, ImTextCharFromUtf8(&c, at, end));
            if (c == 0xFFFD || !glyphs.holds(c)) {
                out += "\n  " + line;
                break;
            }
        }
    }
    return out;
}

bool drewReplacement() {
    return ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
}

} // namespace

TEST_CASE("generated conferences in other scripts: every window and phase is drawn whole",
          "[glyphs]") {
    for (unsigned seed = 1; seed <= 4; ++seed) {
        const Conference c = inOtherScripts(seed);
        GlyphSet glyphs;
        REQUIRE(app::noteConferenceText(glyphs, c)); // the scripts are new to the fonts
        REQUIRE_FALSE(glyphs.whole());

        ConsoleRig console(glyphs); // its fonts hold only what was noted
        console.conference = c;
        console.now = c.meeting.started ? *c.meeting.started : console.now;
        bool otherScripts = false; // the test draws what it is about
        for (ui::Phase phase : ui::allPhases) {
            INFO("seed " << seed << ", console, " << ui::phaseLabel(phase));
            console.state.phase = phase;
            console.settle(2);
            INFO("drawn, not held:" << unheld(glyphs, console.log));
            CHECK_FALSE(drewReplacement());
            for (const std::string& line : console.log.lines)
                otherScripts = otherScripts || GlyphSet().note(line);
        }
        CHECK(otherScripts);

        Headless projector(1920, 1080, true, glyphs);
        for (ui::Phase phase : ui::allPhases) {
            INFO("seed " << seed << ", projector, " << ui::phaseLabel(phase));
            std::optional<Id> child;
            if (!c.children.empty()) child = c.children.front().id;
            for (int page = 0; page < 2; ++page) {
                ui::TextLog log;
                ui::ProjectorView view{.conference = c,
                                       .phase = phase,
                                       .page = page,
                                       .fonts = &projector.fonts,
                                       .log = &log,
                                       .decisionChild = child,
                                       .now = console.now};
                projector.frame([&] { ui::drawProjector(view); });
                CHECK_FALSE(drewReplacement());
            }
        }
    }
}

TEST_CASE("the same conferences drawn with the interface's characters alone do miss some",
          "[glyphs]") {
    // The check above can fail: without the noting, the frames are not whole.
    const Conference c = inOtherScripts(1);
    Headless projector(1920, 1080, true, GlyphSet());
    ui::ProjectorView view{
        .conference = c, .phase = ui::Phase::Introductions, .fonts = &projector.fonts};
    projector.frame([&] { ui::drawProjector(view); });
    CHECK(drewReplacement());
}

namespace {

struct OpenSession {
    storage::Database db{":memory:"};
    session::Session session{db, session::laptopClock()};
    explicit OpenSession(const Conference& c) { session.open(storage::addConference(db, c)); }
};

} // namespace

TEST_CASE("the session's text is noted when a conference opens, once", "[glyphs]") {
    Conference c = interchange::parse(sampleText());
    c.children.front().name = "Σοφία Nowak";
    OpenSession s(c);
    Headless h;
    app::ShownGlyphs shown;
    shown.beforeFrame(s.session, ImGui::GetIO());
    CHECK(shown.set().holds(0x3A3));
    CHECK_FALSE(shown.set().holds(0x416));
    // Noted text stands for the session until another conference opens.
    app::ShownGlyphs given;
    GlyphSet cyrillic;
    cyrillic.note("Ж");
    given.noted(s.session, cyrillic);
    given.beforeFrame(s.session, ImGui::GetIO());
    CHECK(given.set().holds(0x416));
    CHECK_FALSE(given.set().holds(0x3A3));
}

TEST_CASE("characters typed or pasted are noted before they are drawn", "[glyphs]") {
    OpenSession s(interchange::parse(sampleText()));
    Headless h;
    ImGuiIO& io = ImGui::GetIO();
    app::ShownGlyphs shown;
    io.AddInputCharactersUTF8("Жанна");
    shown.beforeFrame(s.session, io);
    CHECK(shown.set().holds(0x416));
    io.InputQueueCharacters.resize(0);

    // Pasting: ImGui asks its clipboard function, which the watch wraps.
    static std::string clipboard = "Ωμέγα → home";
    static std::string written;
    io.GetClipboardTextFn = [](void*) -> const char* { return clipboard.c_str(); };
    io.SetClipboardTextFn = [](void*, const char* text) { written = text; };
    shown.watchClipboard(io);
    CHECK_FALSE(shown.set().holds(0x3A9));
    CHECK(std::string(io.GetClipboardTextFn(io.ClipboardUserData)) == clipboard);
    CHECK(shown.set().holds(0x3A9));
    CHECK(shown.set().holds(0x2192));
    io.SetClipboardTextFn(io.ClipboardUserData, "copied");
    CHECK(written == "copied");
}

TEST_CASE("a frame still missing a character: the session's text, else every block, once",
          "[glyphs]") {
    Conference c = interchange::parse(sampleText());
    OpenSession s(c);
    app::ShownGlyphs shown;
    Headless h;
    shown.beforeFrame(s.session, ImGui::GetIO());
    const GlyphSet drawnWith = shown.set();

    // Text the session holds that was not noted (restored by an undo, say):
    // read again, it is enough.
    Item changed = s.session.conference().items.front();
    changed.text += " Σ";
    s.session.record()->apply(edit::EditItem{changed});
    CHECK(shown.missing(s.session, drawnWith));
    CHECK(shown.set().holds(0x3A3));
    CHECK_FALSE(shown.set().whole());

    // Text from elsewhere (a path in a message): every block.
    const GlyphSet second = shown.set();
    CHECK(shown.missing(s.session, second));
    CHECK(shown.set().whole());
    // Still missing with every block: a character no font has. Shown as it is.
    CHECK_FALSE(shown.missing(s.session, shown.set()));
}

TEST_CASE("fonts built ahead: taken once for the plan foreseen, with the glyphs noted",
          "[glyphs]") {
    const std::filesystem::path fonts = CPC_BINARY_DIR "/fonts";
    GlyphSet greek;
    greek.note("Ω");
    app::FontsAhead ahead([greek] { return greek; }, fonts);
    const app::FontPlan console = app::consolePlan(1.0f, 100, ui::Theme::Light, {});
    const app::FontPlan projector = app::projectorPlan(720, {});
    ahead.build({console, projector});
    ahead.finish();
    REQUIRE(ahead.glyphs().has_value());
    CHECK(*ahead.glyphs() == greek);

    app::FontPlan wanted = console;
    wanted.glyphs = greek;
    CHECK_FALSE(ahead.take(console).has_value()); // built with the noted glyphs, not these
    auto built = ahead.take(wanted);
    REQUIRE(built.has_value());
    CHECK(built->plan == wanted);
    REQUIRE(built->fonts.body);
    CHECK(built->fonts.body->FindGlyphNoFallback(0x3A9) != nullptr);
    CHECK(built->atlas->IsBuilt());
    CHECK_FALSE(ahead.take(wanted).has_value()); // once

    app::FontPlan wall = projector;
    wall.glyphs = greek;
    auto ladder = ahead.take(wall);
    REQUIRE(ladder.has_value());
    CHECK(ladder->fonts.ladder.size() == 4);
}

TEST_CASE("what needs the fonts runs on their thread once each is built, and may fail",
          "[glyphs]") {
    const std::filesystem::path fonts = CPC_BINARY_DIR "/fonts";
    const app::FontPlan console = app::consolePlan(1.0f, 100, ui::Theme::Light, {});
    const app::FontPlan projector = app::projectorPlan(720, {});
    std::vector<float> measured; // the width of one word, in each set built
    const std::thread::id main = std::this_thread::get_id();
    bool elsewhere = true;
    {
        app::FontsAhead ahead([] { return GlyphSet(); }, fonts);
        ahead.build({console, projector}, [&](const app::BuiltFonts& built) {
            elsewhere = elsewhere && std::this_thread::get_id() != main;
            ImFont* face = built.plan.projector ? built.fonts.ladderBody.front() : built.fonts.body;
            measured.push_back(face->CalcTextSizeA(face->FontSize, FLT_MAX, 0, "Kestrel").x);
            if (built.plan.projector) throw std::runtime_error("dropped");
        });
        ahead.finish(); // done by now: nothing thrown here
        REQUIRE(measured.size() == 2);
        CHECK(elsewhere);
        CHECK(measured[0] > 0);
        CHECK(measured[1] > measured[0]);         // the wall's smallest size is larger
        CHECK(ahead.take(projector).has_value()); // kept, though what followed failed
    }
    {
        // Fonts that cannot be built are not measured with.
        int calls = 0;
        app::FontsAhead ahead([] { return GlyphSet(); }, "/no/such/folder");
        ahead.build({console}, [&](const app::BuiltFonts&) { ++calls; });
        ahead.finish();
        CHECK(calls == 0);
    }
}

TEST_CASE("fonts ahead that fail, or are never planned, leave the windows to build and report",
          "[glyphs]") {
    {
        app::FontsAhead ahead([]() -> GlyphSet { throw std::runtime_error("no"); },
                              CPC_BINARY_DIR "/fonts");
        const app::FontPlan plan = app::consolePlan(1.0f, 100, ui::Theme::Light, {});
        ahead.build({plan});
        CHECK_FALSE(ahead.take(plan).has_value());
        CHECK_FALSE(ahead.glyphs().has_value());
    }
    {
        app::FontsAhead ahead([] { return GlyphSet(); }, "/no/such/folder");
        const app::FontPlan plan = app::consolePlan(1.0f, 100, ui::Theme::Light, {});
        ahead.build({plan});
        CHECK_FALSE(
            ahead.take(plan).has_value()); // the window's own build says which font is missing
        CHECK_THROWS_WITH(app::buildFonts(plan, "/no/such/folder"),
                          Catch::Contains("font not found"));
    }
    {
        // Never planned (no display, say): it ends without waiting for one.
        app::FontsAhead ahead([] { return GlyphSet(); }, CPC_BINARY_DIR "/fonts");
    }
}

TEST_CASE("what is read before the fonts fails once, at the window, and nothing is built",
          "[glyphs]") {
    const app::FontPlan plan = app::consolePlan(1.0f, 100, ui::Theme::Light, {});
    bool noted = false;
    {
        app::FontsAhead ahead([] { throw std::runtime_error("no such conference: k9"); },
                              [&noted] {
                                  noted = true;
                                  return GlyphSet();
                              },
                              CPC_BINARY_DIR "/fonts");
        ahead.build({plan});
        CHECK_THROWS_WITH(ahead.finish(), "no such conference: k9");
        CHECK_NOTHROW(ahead.finish()); // once: the window that reports it is the only one
        CHECK_FALSE(noted);
        CHECK_FALSE(ahead.glyphs().has_value());
        CHECK_FALSE(ahead.take(plan).has_value());
    }
    {
        // Never asked: the failure ends with it, and the destructor does not throw.
        app::FontsAhead ahead([] { throw std::runtime_error("no"); }, [] { return GlyphSet(); },
                              CPC_BINARY_DIR "/fonts");
    }
    {
        // What `first` does is done before the characters are noted.
        std::string read;
        app::FontsAhead ahead([&read] { read = "Ω"; },
                              [&read] {
                                  GlyphSet g;
                                  g.note(read);
                                  return g;
                              },
                              CPC_BINARY_DIR "/fonts");
        ahead.build({plan});
        ahead.finish();
        GlyphSet omega;
        omega.note("Ω");
        REQUIRE(ahead.glyphs().has_value());
        CHECK(*ahead.glyphs() == omega);
    }
}
