// Which characters the fonts hold (ui/glyphs.hpp), and how a frame that
// drew one they lack is found (ui::drewReplacement).
#include "support/headless.hpp"
#include "ui/fonts/glyphs.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <imgui_internal.h>
#include <iterator>
#include <optional>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

using cpc::ui::GlyphSet;

namespace {

std::string utf8(unsigned c) {
    char out[5] = {};
    ImTextCharToUtf8(out, c);
    return out;
}

// The code points a set's ranges cover.
std::set<unsigned> covered(const GlyphSet& g) {
    std::set<unsigned> out;
    for (const ImWchar* r = g.ranges(); r[0]; r += 2)
        for (unsigned c = r[0]; c <= r[1]; ++c)
            out.insert(c);
    return out;
}

// The blocks the fonts are asked for: the test's own list, not the program's.
const std::vector<std::pair<unsigned, unsigned>> blocks = {
    {0x20, 0x7F},     {0x80, 0xFF},     {0x100, 0x17F},   {0x180, 0x24F},   {0x370, 0x3FF},
    {0x400, 0x4FF},   {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F},
    {0x2190, 0x21FF}, {0x2500, 0x25FF}, {0x2600, 0x26FF}, {0x2700, 0x27BF}, {0xFFFD, 0xFFFD}};

// All of them, as GlyphSet::all()'s ranges give them (neighbours joined).
const std::vector<std::pair<unsigned, unsigned>> universe = {
    {0x20, 0x24F},    {0x370, 0x4FF},   {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
    {0x2100, 0x214F}, {0x2190, 0x21FF}, {0x2500, 0x27BF}, {0xFFFD, 0xFFFD}};

std::optional<std::pair<unsigned, unsigned>> blockOf(unsigned c) {
    for (auto b : blocks)
        if (c >= b.first && c <= b.second) return b;
    return std::nullopt;
}

bool inUniverse(unsigned c) {
    return blockOf(c).has_value();
}

} // namespace

TEST_CASE("the interface's own characters are held from the start, other scripts not", "[glyphs]") {
    const GlyphSet g;
    for (unsigned c = 0x20; c < 0x7F; ++c)
        CHECK(g.holds(c));
    for (unsigned c : {0xEBu, 0xE1u, 0x141u, 0xB7u, 0x2014u, 0x2026u, 0x201Cu, 0x201Du, 0x2019u,
                       0x2022u, 0x20ACu, 0xA3u, 0xFFFDu})
        CHECK(g.holds(c));
    for (unsigned c : {0x3A9u, 0x416u, 0x1ECCu, 0x2192u, 0x2713u, 0x1A0u})
        CHECK_FALSE(g.holds(c));
    CHECK_FALSE(g.whole());
    CHECK(GlyphSet::all().whole());
}

TEST_CASE("every character the program's own text uses is held from the start", "[glyphs]") {
    // Read from the source, so a new label with a new character cannot be
    // left for the catch-all to find in a meeting.
    const GlyphSet g;
    const std::regex escape(R"(\\u([0-9A-Fa-f]{4}))");
    int files = 0, seen = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(CPC_SOURCE_DIR "/src")) {
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".hpp") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in), {}};
        ++files;
        for (const char* at = text.data(); at < text.data() + text.size();) {
            unsigned c = 0;
            at += std::max(1, ImTextCharFromUtf8(&c, at, text.data() + text.size()));
            if (c < 0x80) continue;
            ++seen;
            INFO(entry.path().string() << ": U+" << std::hex << c);
            CHECK(g.holds(c));
        }
        for (std::sregex_iterator m(text.begin(), text.end(), escape), end; m != end; ++m) {
            const unsigned c = std::stoul((*m)[1].str(), nullptr, 16);
            ++seen;
            INFO(entry.path().string() << ": \\u" << (*m)[1].str());
            CHECK(g.holds(c));
        }
    }
    CHECK(files > 50);
    CHECK(seen > 10); // the reading works: the source has dashes, quotes, Zoë
}

TEST_CASE("a new script is noted once, by its block", "[glyphs]") {
    GlyphSet g;
    CHECK_FALSE(g.note("Zoë Łukasz Siobhán — “Mum”"));
    CHECK(g.note("Ωμέγα"));
    CHECK(g.holds(0x3B1)); // alpha: the whole of Greek came with omega
    CHECK_FALSE(g.note("αβγ"));
    CHECK(g.note("Жанна"));
    CHECK(g.note("Ọkọnkwọ"));
    CHECK(g.note(0x2192u)); // an arrow, typed
    CHECK_FALSE(g.holds(0x2713));
}

TEST_CASE("characters no font is asked for are never noted", "[glyphs]") {
    GlyphSet g;
    CHECK_FALSE(g.note("李小龍 😀 שלום"));
    CHECK_FALSE(g.holds(0x674E));
    CHECK(g == GlyphSet());
}

TEST_CASE("broken UTF-8 is read as ImGui reads it, without running past the end", "[glyphs]") {
    GlyphSet g;
    const std::string cut = "abc\xCE"; // Greek's first byte, and the text ends
    CHECK_FALSE(g.note(std::string_view(cut)));
    const std::string three = "\xE2\x82"; // two bytes of three
    CHECK_FALSE(g.note(std::string_view(three)));
    CHECK_FALSE(g.note(std::string_view("\xFF\xFE\x80", 3)));
    CHECK(g == GlyphSet()); // each read as U+FFFD, held already
}

TEST_CASE("ranges are ImGui's: ascending pairs, neighbours as one, ending in zero", "[glyphs]") {
    auto pairs = [](const GlyphSet& g) {
        std::vector<unsigned> out;
        for (const ImWchar* r = g.ranges(); r[0]; ++r)
            out.push_back(r[0]);
        return out;
    };
    CHECK(pairs(GlyphSet()) ==
          std::vector<unsigned>{0x20, 0x17F, 0x2000, 0x206F, 0x20A0, 0x20CF, 0xFFFD, 0xFFFD});
    std::vector<unsigned> all;
    for (auto [first, last] : universe)
        all.insert(all.end(), {first, last});
    CHECK(pairs(GlyphSet::all()) == all);
    // Kept: the same set gives the same pointer, which ImFontConfig keeps.
    CHECK(GlyphSet::all().ranges() == GlyphSet::all().ranges());
}

TEST_CASE("generated text: what is noted is held and covered, and nothing more", "[glyphs]") {
    // Code points from every block and from outside them all.
    std::vector<unsigned> pool;
    for (auto [first, last] : universe)
        for (unsigned c = first; c <= last; c += 7)
            pool.push_back(c);
    for (unsigned c : {0x674Eu, 0x5D0u, 0x627u, 0x1F600u, 0x300u, 0x2C00u})
        pool.push_back(c);
    const GlyphSet base;
    for (unsigned seed = 1; seed <= 200; ++seed) {
        std::mt19937 random(seed);
        std::string text;
        std::vector<unsigned> used;
        const int length = std::uniform_int_distribution<int>(0, 12)(random);
        for (int i = 0; i < length; ++i) {
            const unsigned c = pool[random() % pool.size()];
            used.push_back(c);
            text += utf8(c);
        }
        GlyphSet g;
        const bool grew = g.note(text);
        const std::set<unsigned> cover = covered(g);
        bool outsideBase = false;
        for (unsigned c : used) {
            INFO("seed " << seed << ", U+" << std::hex << c);
            CHECK(g.holds(c) == inUniverse(c));
            CHECK(cover.count(c) == (inUniverse(c) ? 1u : 0u));
            outsideBase = outsideBase || (inUniverse(c) && !base.holds(c));
        }
        CHECK(grew == outsideBase);
        // Nothing more: the base, and the blocks of the characters noted.
        std::set<unsigned> expected = covered(base);
        for (unsigned c : used)
            if (auto b = blockOf(c))
                for (unsigned d = b->first; d <= b->second; ++d)
                    expected.insert(d);
        CHECK(cover == expected);
        GlyphSet one; // a character at a time, as typed, gives the same
        for (unsigned c : used)
            one.note(c);
        CHECK(one == g);
    }
}

TEST_CASE("a frame that drew a character the fonts lack is found, one that did not is not",
          "[glyphs]") {
    for (bool projector : {false, true}) {
        INFO((projector ? "projector" : "console"));
        Headless h(1280, 720, projector, GlyphSet());
        auto drew = [&](const char* text) {
            h.frame([&] {
                ImGui::Begin("w");
                for (ImFont* f : projector ? h.fonts.ladderBold : std::vector{h.fonts.bold}) {
                    ImGui::PushFont(f);
                    ImGui::TextUnformatted(text);
                    ImGui::PopFont();
                }
                ImGui::End();
            });
            return cpc::ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
        };
        CHECK_FALSE(drew("Zoë Łukasz — “Mum” 5 €"));
        CHECK(drew("Ωμέγα"));
        CHECK(drew("Ọkọnkwọ"));
        CHECK_FALSE(drew(""));
    }
    GlyphSet greek;
    greek.note("Ω");
    Headless held(1280, 720, false, greek);
    held.frame([] {
        ImGui::Begin("w");
        ImGui::TextUnformatted("Ωμέγα Zoë");
        ImGui::End();
    });
    CHECK_FALSE(cpc::ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts));
    // A character no font has is found too: the caller then shows it as it is.
    held.frame([] {
        ImGui::Begin("w");
        ImGui::TextUnformatted("李");
        ImGui::End();
    });
    CHECK(cpc::ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts));
}
