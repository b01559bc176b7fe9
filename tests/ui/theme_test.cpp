#include "support/headless.hpp"
#include "ui/contract/phase.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace cpc;
using namespace cpc::ui;

namespace {
// WCAG relative luminance and contrast ratio.
double channel(unsigned v) {
    double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(ImU32 c) {
    return 0.2126 * channel(c & 0xFF) + 0.7152 * channel((c >> 8) & 0xFF) +
           0.0722 * channel((c >> 16) & 0xFF);
}
double contrast(ImU32 a, ImU32 b) {
    double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}
} // namespace

TEST_CASE("text and column accents are readable against the background in both themes", "[theme]") {
    for (Theme t : {Theme::Light, Theme::Dark}) {
        const Palette& p = palette(t);
        CHECK(contrast(p.text, p.background) >= 7.0); // WCAG AAA for body text
        CHECK(contrast(p.muted, p.background) >= 4.5);
        for (Column c : {Column::Worried, Column::WorkingWell, Column::NeedsToHappen})
            CHECK(contrast(columnAccent(p, c), p.background) >= 4.5);
        std::set<ImU32> accents{p.worried, p.workingWell, p.needsToHappen};
        CHECK(accents.size() == 3);
    }
}

TEST_CASE("the projector's fonts start at the readable floor", "[theme]") {
    Headless h(1920, 1080, true);
    REQUIRE(h.fonts.ladder.size() == 4);
    CHECK(h.fonts.ladder.front() == 30.0f);
    CHECK(projectorFloor(720) == 20.0f);
    for (std::size_t i = 1; i < h.fonts.ladder.size(); ++i)
        CHECK(h.fonts.ladder[i] > h.fonts.ladder[i - 1]);
    // Names typed in the room have their glyphs, not the fallback box.
    for (ImWchar ch :
         {ImWchar(0x00EB), ImWchar(0x0141), ImWchar(0x1ECC), ImWchar(0x2019), ImWchar(0x2014)}) {
        INFO(ch);
        CHECK(h.fonts.body->FindGlyphNoFallback(ch) != nullptr);
    }
}

TEST_CASE("phases have the names the command line uses", "[theme]") {
    CHECK(phaseFromToken("information") == Phase::Information);
    CHECK(phaseToken(Phase::Close) == "close");
    CHECK_FALSE(phaseFromToken("lunch"));
    for (Phase p : allPhases)
        CHECK(phaseFromToken(phaseToken(p)) == p);
}
