// Close: one action per document, into the folder shown, with the password
// passed on; what was written, to open; what is due; the review conference;
// and Ctrl+Shift+E from anywhere.

#include "support/console_rig.hpp"
#include "ui/widgets/widgets.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

namespace {

ConsoleRig& close(ConsoleRig& rig) {
    rig.state.phase = ui::Phase::Close;
    rig.settle();
    return rig;
}

std::vector<ui::intent::Export> exports(const ConsoleRig& rig) {
    std::vector<ui::intent::Export> out;
    for (const auto& i : rig.intents)
        if (auto* e = std::get_if<ui::intent::Export>(&i)) out.push_back(*e);
    return out;
}

using Docs = std::vector<DocumentKind>;

} // namespace

TEST_CASE("Each document is one key, and All writes all five", "[close_panel]") {
    ConsoleRig rig;
    close(rig);
    for (const char* name :
         {"Outline plan", "Parents' copy", "Full record", "Child's plan", "Decision letter"})
        CHECK(rig.log.contains(name));
    for (int k : {key::D1, key::D2, key::D3, key::D4, key::D5, key::D6})
        rig.press(k);
    const auto e = exports(rig);
    REQUIRE(e.size() == 6);
    CHECK(e[0].documents == Docs{DocumentKind::Plan});
    CHECK(e[1].documents == Docs{DocumentKind::Parents});
    CHECK(e[2].documents == Docs{DocumentKind::Full});
    CHECK(e[3].documents == Docs{DocumentKind::Child});
    CHECK(e[4].documents == Docs{DocumentKind::Letter});
    CHECK(e[5].documents == Docs{DocumentKind::Plan, DocumentKind::Parents, DocumentKind::Full,
                                 DocumentKind::Child, DocumentKind::Letter});
    CHECK(e[0].password.empty());
    CHECK(rig.editCount() == 0);

    // Up/Down and Enter: the highlighted one.
    rig.clear();
    rig.press(key::Up);
    rig.press(key::Up);
    rig.enter();
    REQUIRE(exports(rig).size() == 1);
    CHECK(exports(rig)[0].documents == Docs{DocumentKind::Child});
}

TEST_CASE("The folder shown and the password typed go with the export", "[close_panel]") {
    ConsoleRig rig;
    close(rig);
    CHECK(rig.log.contains("RC4"));
    // Both are typed into their fields, from the keyboard.
    rig.ctrl(key::P);
    rig.settle(1);
    rig.type("s3cret");
    rig.enter();
    rig.ctrl(key::L);
    rig.settle(1);
    rig.ctrl(key::A); // the field shows the default folder: replace it
    rig.type("/tmp/cpcboard-close-test");
    rig.enter();
    CHECK(rig.state.close.folderEdited);
    CHECK(exports(rig).empty()); // typing digits into a field writes nothing
    rig.press(key::D1);
    auto e = exports(rig);
    REQUIRE(e.size() == 1);
    CHECK(e[0].password == "s3cret");
    CHECK(e[0].folder == "/tmp/cpcboard-close-test");
    rig.settle(1);
    CHECK_FALSE(rig.log.contains("s3cret")); // never shown
}

TEST_CASE("What was written can be opened, and an error is said in words", "[close_panel]") {
    ConsoleRig rig;
    rig.state.exported.files = {"/tmp/x/2026-03-02 Smith family - Outline plan.pdf",
                                "/tmp/x/2026-03-02 Smith family - Parents' copy.pdf"};
    close(rig);
    CHECK(rig.log.contains("Written into /tmp/x"));
    CHECK(rig.log.contains("2026-03-02 Smith family - Parents' copy.pdf"));
    CHECK(rig.log.contains("Open"));
    rig.ctrl('O');
    REQUIRE(rig.count<ui::intent::OpenFile>() == 1);
    CHECK(std::get<ui::intent::OpenFile>(rig.intents.back()).path ==
          "/tmp/x/2026-03-02 Smith family - Outline plan.pdf");

    rig.state.exported = {{}, "/nowhere: cannot make the folder (Permission denied)"};
    rig.press(key::D2);
    rig.settle(1);
    CHECK(rig.log.contains("Could not write the parents' copy: /nowhere: cannot make the folder"));
}

TEST_CASE("The dates due after the meeting are shown", "[close_panel]") {
    ConsoleRig rig;
    close(rig);
    CHECK(rig.log.contains(
        "The outline plan to the parents and professionals by Tuesday 3 March 2026"));
    CHECK(rig.log.contains("The record to everyone invited by Monday 23 March 2026"));
    rig.now = at("2026-03-05T09:00");
    rig.settle(1);
    CHECK(rig.log.contains("was due by Tuesday 3 March 2026"));
}

TEST_CASE("Starting the review conference asks first, then emits StartReview", "[close_panel]") {
    ConsoleRig rig;
    rig.conference.plan.actions = {{"a1", "Visit", "p1", parseDate("2026-04-01")},
                                   {"a2", "Course", "p3", parseDate("2026-04-20")}};
    close(rig);
    CHECK(rig.log.contains("2 actions of this plan to mark done, in progress or not done"));
    rig.ctrl(key::R);
    CHECK(rig.count<ui::intent::StartReview>() == 0);
    rig.press(key::Escape);
    rig.enter(); // not asking any more: Enter writes the highlighted document
    CHECK(rig.count<ui::intent::StartReview>() == 0);
    rig.ctrl(key::R);
    rig.settle(1);
    // The meeting started and has not ended: the chair is asked to end it first.
    CHECK(rig.log.contains("This meeting has not ended. End it now, at " +
                           ui::widget::clockTime(rig.now) + ", and open the review conference?"));
    rig.press(key::Escape);
    CHECK_FALSE(rig.conference.meeting.ended);
    rig.ctrl(key::R);
    rig.enter();
    // Its end is on the record before the review opens.
    CHECK(rig.conference.meeting.ended == rig.now);
    CHECK(rig.count<ui::intent::StartReview>() == 1);
    rig.ctrl(key::R);
    rig.settle(1);
    CHECK(rig.log.contains("Open the review conference now?"));
    CHECK_FALSE(rig.log.contains("has not ended"));
    rig.enter();
    CHECK(rig.count<ui::intent::StartReview>() == 2);
    CHECK(rig.conference.meeting.ended == rig.now);
}

TEST_CASE("Ctrl+Shift+E comes to Close from any phase, the documents in front", "[close_panel]") {
    ConsoleRig rig;
    rig.settle();
    REQUIRE(rig.state.phase == ui::Phase::Information);
    rig.press('E', true, true);
    CHECK(rig.state.phase == ui::Phase::Close);
    CHECK(rig.state.close.highlighted == ui::DocumentChoice{DocumentKind::Plan});
    rig.settle(2);
    rig.enter();
    const auto e = exports(rig);
    REQUIRE(e.size() == 1);
    CHECK(e[0].documents == Docs{DocumentKind::Plan});
    // Nothing was typed into the board on the way.
    CHECK(rig.editCount() == 0);
}
