// The console around the editors: status bar, phase rail, global keys, help.

#include "support/console_rig.hpp"
#include "ui/contract/shortcuts.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;
namespace shortcut = cpc::ui::shortcut;

TEST_CASE("The help overlay lists every shortcut of the table") {
    ConsoleRig rig;
    rig.settle();
    CHECK_FALSE(rig.log.contains("Keys: Everywhere"));
    rig.press(key::F1);
    REQUIRE(rig.state.showHelp);
    rig.settle(1);
    for (const auto& s : shortcut::shortcuts()) {
        INFO(shortcut::keyLabel(s) << ": " << s.what);
        CHECK(rig.log.contains(shortcut::keyLabel(s)));
        CHECK(rig.log.contains(s.what));
        CHECK(rig.log.contains(shortcut::scopeLabel(s.scope)));
    }
    // Typing does not reach the board while the help is up.
    rig.type("x");
    rig.press(key::Escape);
    CHECK_FALSE(rig.state.showHelp);
    rig.press(key::Slash, true);
    CHECK(rig.state.showHelp);
    rig.press(key::F1);
    CHECK_FALSE(rig.state.showHelp);
}

TEST_CASE("The help overlay lists the keys of the phase the chair is in first") {
    ConsoleRig rig;
    rig.state.phase = ui::Phase::Decision;
    rig.settle();
    rig.press(key::F1);
    rig.settle(1);
    auto at = [&](std::string_view line) {
        const auto& l = rig.log.lines;
        return std::find(l.begin(), l.end(), line) - l.begin();
    };
    using ui::shortcut::Scope;
    const auto decision = at(shortcut::scopeLabel(Scope::Decision));
    const auto writing = at(shortcut::scopeLabel(Scope::DecisionWriting));
    const auto everywhere = at(shortcut::scopeLabel(Scope::Everywhere));
    const auto information = at(shortcut::scopeLabel(Scope::Information));
    REQUIRE(information < static_cast<std::ptrdiff_t>(rig.log.lines.size()));
    CHECK(decision < writing);
    CHECK(writing < everywhere);
    CHECK(everywhere < information);
}

TEST_CASE("Each shortcut's keys and modifiers are unique within where it works") {
    const auto all = shortcut::shortcuts();
    for (std::size_t i = 0; i < all.size(); ++i)
        for (std::size_t j = i + 1; j < all.size(); ++j) {
            const auto& a = all[i];
            const auto& b = all[j];
            INFO(shortcut::keyLabel(a) << " / " << shortcut::keyLabel(b));
            const bool sameKeys = a.key == b.key && a.ctrl == b.ctrl && a.shift == b.shift;
            // Within one scope, and between a scope and Everywhere, a key means one thing.
            const bool overlap = a.scope == b.scope || a.scope == shortcut::Scope::Everywhere ||
                                 b.scope == shortcut::Scope::Everywhere;
            CHECK_FALSE((sameKeys && overlap && a.command != b.command));
        }
}

TEST_CASE("The status bar: title, children with ages, clock against the limit, quorum, saved") {
    ConsoleRig rig;
    rig.settle();
    CHECK(rig.log.contains("Smith family"));
    CHECK(rig.log.contains("Mia (6), Leo (4)"));
    CHECK(rig.log.contains("0:30 of 2:00"));
    CHECK(rig.log.contains("Not quorate: one agency besides children's social care (NHS)"));
    CHECK(rig.log.contains("Saved"));

    rig.now = at("2026-03-02T11:52");
    rig.settle(1);
    CHECK(rig.log.contains("1:52 of 2:00: 8 minutes left"));
    rig.now = at("2026-03-02T12:07");
    rig.settle(1);
    CHECK(rig.log.contains("2:07 of 2:00: over time by 0:07"));

    rig.conference.participants[3].attendance = Attendance::Attended; // police, all along
    rig.settle(1);
    CHECK(rig.log.contains("Quorate"));
    CHECK_FALSE(rig.log.contains("Not quorate"));
}

TEST_CASE("Before the meeting starts the status bar offers to start it") {
    ConsoleRig rig;
    rig.conference.meeting = {};
    rig.settle();
    CHECK(rig.log.contains("Meeting not started"));
    CHECK(rig.log.contains("Start meeting"));
}

TEST_CASE("Global keys: phases, projector, presentation, zoom, projector pages") {
    ConsoleRig rig;
    rig.projectorPages = 3;
    rig.settle();
    rig.ctrl(key::PageDown);
    CHECK(rig.state.phase == ui::Phase::Scaling);
    rig.ctrl(key::PageUp);
    rig.ctrl(key::PageUp);
    CHECK(rig.state.phase == ui::Phase::Purpose);
    for (int i = 0; i < 5; ++i)
        rig.ctrl(key::PageUp);
    CHECK(rig.state.phase == ui::Phase::Prepare);

    rig.ctrl(key::F);
    CHECK(rig.state.projector.frozen);
    rig.ctrl(key::B);
    CHECK(rig.state.projector.blank);
    rig.settle(1);
    CHECK(rig.log.contains("FROZEN"));
    CHECK(rig.log.contains("BLANK"));
    rig.ctrl(key::F);
    CHECK_FALSE(rig.state.projector.frozen);

    rig.press(key::F5);
    REQUIRE(rig.count<ui::intent::Present>() == 1);
    CHECK(std::get<ui::intent::Present>(rig.intents.back()).on);

    rig.clear();
    rig.ctrl(key::Equal);
    rig.ctrl(key::Minus);
    rig.ctrl(key::D0);
    REQUIRE(rig.count<ui::intent::Zoom>() == 3);
    CHECK(std::get<ui::intent::Zoom>(rig.intents[0]).steps == 1);
    CHECK(std::get<ui::intent::Zoom>(rig.intents[1]).steps == -1);
    CHECK(std::get<ui::intent::Zoom>(rig.intents[2]).steps == 0);

    rig.press(key::PageDown);
    rig.press(key::PageDown);
    rig.press(key::PageDown);
    CHECK(rig.state.projector.page == 2);
    rig.press(key::PageUp);
    CHECK(rig.state.projector.page == 1);
}

TEST_CASE("Moving to the Information phase gives the line the keyboard") {
    ConsoleRig rig;
    rig.state.phase = ui::Phase::Purpose;
    rig.settle();
    rig.ctrl(key::PageDown);
    REQUIRE(rig.state.phase == ui::Phase::Information);
    rig.type("Straight in");
    rig.enter();
    REQUIRE(rig.edits<edit::AddItem>().size() == 1);
    CHECK(rig.edits<edit::AddItem>()[0].item.text == "Straight in");
}

TEST_CASE("Every phase draws, with its findings beside it") {
    ConsoleRig rig;
    rig.conference.plan.actions.push_back({"x1", "Attend parenting course", "", std::nullopt});
    rig.conference.scaling.push_back(
        {"s1", "How safe is Mia?", "unsafe", "safe", Direction::HighIsSafe, "c1"});
    rig.conference.scaling[0].responses = {{"p1", 2, ""}, {"p2", 6, "better"}};
    for (ui::Phase phase : ui::allPhases) {
        rig.state.phase = phase;
        rig.settle(2);
        CHECK(rig.log.contains(std::string(ui::phaseLabel(phase))));
    }
    rig.state.phase = ui::Phase::Plan;
    rig.settle(1);
    CHECK(rig.log.contains("'Attend parenting course' has no one responsible."));
    rig.state.phase = ui::Phase::Scaling;
    rig.settle(1);
    CHECK(rig.log.contains("Spread: 2 to 6"));
    CHECK(rig.log.contains("Sam Patel (Social worker): 2  (very low: act now)"));
    CHECK(rig.editCount() == 0);
}
