// The start screen: open a conference from the file, or begin a new one.

#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/text_log.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {
struct StartRig {
    Headless ui;
    std::vector<ui::ConferenceEntry> list{{"a", "2026-03-02", Kind::Initial, "Smith family"},
                                          {"b", "2026-01-15", Kind::Review, "Jones children"}};
    ui::StartState state;
    ui::Intents out;
    ui::TextLog log;
    std::function<void()> draw = [this] {
        log.lines.clear();
        ui::drawStartScreen({list, &ui.fonts, &log}, state, out);
    };
};
} // namespace

TEST_CASE("Down and Enter open the second conference") {
    StartRig rig;
    rig.ui.frame(rig.draw);
    CHECK(rig.log.contains("2026-01-15   Review conference   Jones children"));
    rig.ui.press(key::Down, rig.draw);
    rig.ui.press(key::Enter, rig.draw);
    REQUIRE(rig.out.size() == 1);
    CHECK(std::get<ui::intent::OpenConference>(rig.out[0]).id == "b");
}

TEST_CASE("A new conference needs a title and a real date") {
    StartRig rig;
    rig.ui.frame(rig.draw);
    rig.ui.press(key::N, rig.draw, true);
    REQUIRE(rig.state.creating);
    rig.ui.frame(rig.draw);
    rig.ui.type("Brown family", rig.draw);
    rig.ui.press(key::Enter, rig.draw);
    CHECK(rig.out.empty());
    CHECK_FALSE(rig.state.error.empty());

    rig.state.dateText = "2026-04-31 10:00";
    rig.state.wantFocus = true;
    rig.ui.frame(rig.draw);
    rig.ui.press(key::Enter, rig.draw);
    CHECK(rig.out.empty());

    rig.state.dateText = "2026-04-30 10:00";
    rig.state.draft.kind = Kind::Review;
    rig.state.wantFocus = true;
    rig.ui.frame(rig.draw);
    rig.ui.frame(rig.draw);
    rig.ui.press(key::Enter, rig.draw);
    REQUIRE(rig.out.size() == 1);
    const auto& created = std::get<ui::intent::CreateConference>(rig.out[0]).details;
    CHECK(created.title == "Brown family");
    CHECK(created.kind == Kind::Review);
    CHECK(created.scheduledStart == parseDateTime("2026-04-30T10:00"));
    CHECK_FALSE(rig.state.creating);
}
