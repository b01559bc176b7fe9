// The Information phase by keyboard: typing items, columns, who said it,
// children, tags, confidential, and editing what is already on the board.

#include "support/console_rig.hpp"
#include "ui/widgets/person_picker.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
namespace key = cpc::ui::key;

TEST_CASE("Typing a line and Enter adds exactly one item with everything the line carries") {
    ConsoleRig rig;
    rig.settle();
    rig.ctrl(key::D2); // What's working well?
    rig.ctrl(key::K);  // about Mia
    rig.ctrl(key::T);  // a fact
    rig.ctrl(key::H);  // confidential
    rig.state.entry.source = "p2";
    rig.type("Mum has kept every appointment");
    REQUIRE(rig.editCount() == 0);
    rig.enter();

    const auto added = rig.edits<edit::AddItem>();
    REQUIRE(rig.editCount() == 1);
    REQUIRE(added.size() == 1);
    const Item& item = added[0].item;
    CHECK(item.id == "i1");
    CHECK(item.column == Column::WorkingWell);
    CHECK(item.text == "Mum has kept every appointment");
    CHECK(item.source == std::optional<Id>("p2"));
    CHECK(item.children == std::vector<Id>{"c1"});
    CHECK(item.tag == Tag::Fact);
    CHECK(item.confidential);
    CHECK(item.said == rig.now);

    // The line is cleared with its tag and confidential mark; who said it stays.
    CHECK(rig.state.entry.text.empty());
    CHECK_FALSE(rig.state.entry.tag);
    CHECK_FALSE(rig.state.entry.confidential);
    CHECK(rig.state.entry.source == std::optional<Id>("p2"));

    // And it keeps the keyboard: the next line goes straight in, even typed
    // on the very next frame.
    rig.type("Grandmother collects Leo");
    rig.settle(2);
    CHECK(ImGui::GetIO().WantTextInput);
    rig.enter();
    REQUIRE(rig.edits<edit::AddItem>().size() == 2);
    CHECK(rig.edits<edit::AddItem>()[1].item.text == "Grandmother collects Leo");
    CHECK(rig.edits<edit::AddItem>()[1].item.id == "i2");
    CHECK_FALSE(rig.edits<edit::AddItem>()[1].item.confidential);
    CHECK(rig.conference.items.size() == 2);
}

TEST_CASE("A blank line adds nothing") {
    ConsoleRig rig;
    rig.settle();
    rig.type("   ");
    rig.enter();
    rig.enter();
    CHECK(rig.editCount() == 0);
}

TEST_CASE("Tab, Shift+Tab and Ctrl+1/2/3 switch the column without leaving the line") {
    ConsoleRig rig;
    rig.settle();
    CHECK(rig.state.entry.column == Column::Worried);
    rig.press(key::Tab);
    CHECK(rig.state.entry.column == Column::WorkingWell);
    rig.press(key::Tab);
    CHECK(rig.state.entry.column == Column::NeedsToHappen);
    rig.press(key::Tab);
    CHECK(rig.state.entry.column == Column::Worried);
    rig.press(key::Tab, false, true);
    CHECK(rig.state.entry.column == Column::NeedsToHappen);
    rig.ctrl(key::D2);
    CHECK(rig.state.entry.column == Column::WorkingWell);
    rig.ctrl(key::D1);
    CHECK(rig.state.entry.column == Column::Worried);

    // Text typed before and after a Tab ends up in one item, in the new column.
    rig.type("Dad ");
    rig.press(key::Tab);
    rig.type("visits weekly");
    rig.enter();
    REQUIRE(rig.edits<edit::AddItem>().size() == 1);
    CHECK(rig.edits<edit::AddItem>()[0].item.text == "Dad visits weekly");
    CHECK(rig.edits<edit::AddItem>()[0].item.column == Column::WorkingWell);
}

TEST_CASE("Ctrl+P picks who said it by typing part of the name") {
    ConsoleRig rig;
    rig.settle();
    rig.type("Half a sentence");
    rig.ctrl(key::P);
    CHECK(rig.state.sourcePicker.open);
    rig.type("gra");
    rig.enter();
    CHECK_FALSE(rig.state.sourcePicker.open);
    // Grace Hill's name starts with "gra"; Anna Graham's surname only does.
    CHECK(rig.state.entry.source == std::optional<Id>("p2"));
    // Picking did not add the half-typed line, which is still there to finish.
    CHECK(rig.editCount() == 0);
    CHECK(rig.state.entry.text == "Half a sentence");

    SECTION("Down moves to the next match") {
        rig.ctrl(key::P);
        rig.type("gra");
        rig.press(key::Down);
        rig.enter();
        CHECK(rig.state.entry.source == std::optional<Id>("p5"));
    }
    SECTION("Esc leaves the choice as it was") {
        rig.ctrl(key::P);
        rig.type("dan");
        rig.press(key::Escape);
        CHECK_FALSE(rig.state.sourcePicker.open);
        CHECK(rig.state.entry.source == std::optional<Id>("p2"));
        CHECK(rig.state.entry.text == "Half a sentence");
    }
    SECTION("The last entry clears it") {
        rig.ctrl(key::P);
        for (int i = 0; i < 6; ++i)
            rig.press(key::Down);
        rig.enter();
        CHECK_FALSE(rig.state.entry.source);
    }
    SECTION("People in the room come first") {
        auto order = ui::pickerMatches(rig.conference, rig.now, "");
        CHECK(order == std::vector<Id>{"p1", "p2", "p3", "p4", "p5"});
        rig.conference.participants[0].attendance = Attendance::Apologies;
        order = ui::pickerMatches(rig.conference, rig.now, "");
        CHECK(order == std::vector<Id>{"p2", "p3", "p1", "p4", "p5"});
    }
}

TEST_CASE("Ctrl+K cycles all children, each child, all again") {
    ConsoleRig rig;
    rig.settle();
    CHECK(rig.state.entry.children.empty());
    rig.ctrl(key::K);
    CHECK(rig.state.entry.children == std::vector<Id>{"c1"});
    rig.ctrl(key::K);
    CHECK(rig.state.entry.children == std::vector<Id>{"c2"});
    rig.ctrl(key::K);
    CHECK(rig.state.entry.children.empty());
}

TEST_CASE("Ctrl+T cycles the tag and Ctrl+H marks only the next item confidential") {
    ConsoleRig rig;
    rig.settle();
    std::vector<std::optional<Tag>> seen;
    for (int i = 0; i < 5; ++i) {
        rig.ctrl(key::T);
        seen.push_back(rig.state.entry.tag);
    }
    CHECK(seen == std::vector<std::optional<Tag>>{Tag::Fact, Tag::Observation, Tag::Allegation,
                                                  Tag::Opinion, std::nullopt});

    rig.ctrl(key::H);
    CHECK(rig.state.entry.confidential);
    rig.type("Address of the refuge");
    rig.enter();
    rig.type("School attendance is 95%");
    rig.enter();
    const auto added = rig.edits<edit::AddItem>();
    REQUIRE(added.size() == 2);
    CHECK(added[0].item.confidential);
    CHECK_FALSE(added[1].item.confidential);
    // The board says so in words, and that it stays off the projector.
    rig.settle(1);
    CHECK(rig.log.contains("Confidential: not shown on the projector"));
}

TEST_CASE("Undo and redo from the keyboard") {
    ConsoleRig rig;
    rig.settle();
    rig.ctrl(key::Z);
    CHECK(rig.count<ui::intent::Undo>() == 1);
    CHECK(rig.count<ui::intent::Redo>() == 0);
    rig.press(key::Z, true, true);
    CHECK(rig.count<ui::intent::Redo>() == 1);
    rig.ctrl(key::Y);
    CHECK(rig.count<ui::intent::Redo>() == 2);
    CHECK(rig.count<ui::intent::Undo>() == 1);
    // Ctrl+Z does not also undo typing inside the line.
    rig.type("kept");
    rig.ctrl(key::Z);
    CHECK(rig.state.entry.text == "kept");
}

namespace {
void addItems(ConsoleRig& rig, std::initializer_list<const char*> texts) {
    for (const char* t : texts) {
        rig.type(t);
        rig.enter();
    }
    rig.clear();
}
} // namespace

TEST_CASE("Editing the board by keyboard alone") {
    ConsoleRig rig;
    rig.settle();
    addItems(rig, {"Bruise on arm", "Missed health visits", "Dad drinks"});
    REQUIRE(rig.conference.items.size() == 3);

    rig.press(key::Down);
    CHECK(rig.state.selection.item == std::optional<Id>("i1"));
    rig.press(key::Down);
    CHECK(rig.state.selection.item == std::optional<Id>("i2"));

    SECTION("F2, type, Enter edits in place") {
        rig.press(key::F2);
        CHECK(rig.state.selection.editing == std::optional<Id>("i2"));
        rig.settle(1);
        rig.type(" (three)");
        rig.enter();
        const auto edits = rig.edits<edit::EditItem>();
        REQUIRE(edits.size() == 1);
        CHECK(edits[0].item.id == "i2");
        CHECK(edits[0].item.text == "Missed health visits (three)");
        CHECK_FALSE(rig.state.selection.editing);
        CHECK(rig.state.entry.text.empty()); // the edit did not leak into the line
    }
    SECTION("Enter also edits, and Esc cancels without a change") {
        rig.enter();
        CHECK(rig.state.selection.editing == std::optional<Id>("i2"));
        rig.type("xyz");
        rig.press(key::Escape);
        CHECK_FALSE(rig.state.selection.editing);
        CHECK(rig.editCount() == 0);
        CHECK(rig.conference.items[1].text == "Missed health visits");
    }
    SECTION("Ctrl+Up and Ctrl+Down reorder within the column") {
        rig.ctrl(key::Up);
        const auto moves = rig.edits<edit::MoveItem>();
        REQUIRE(moves.size() == 1);
        CHECK(moves[0].id == "i2");
        CHECK(moves[0].column == Column::Worried);
        CHECK(moves[0].position == 0);
        CHECK(rig.conference.items[0].id == "i2");
        rig.ctrl(key::Down);
        CHECK(rig.conference.items[1].id == "i2");
    }
    SECTION("Ctrl+Right moves it to the next column and the selection follows") {
        rig.ctrl(key::Right);
        const auto moves = rig.edits<edit::MoveItem>();
        REQUIRE(moves.size() == 1);
        CHECK(moves[0].id == "i2");
        CHECK(moves[0].column == Column::WorkingWell);
        CHECK(rig.state.entry.column == Column::WorkingWell);
        CHECK(rig.state.selection.item == std::optional<Id>("i2"));
        rig.ctrl(key::Right);
        CHECK(findItem(rig.conference, "i2")->column == Column::NeedsToHappen);
        rig.ctrl(key::Right); // no fourth column
        CHECK(rig.edits<edit::MoveItem>().size() == 2);
    }
    SECTION("Delete deletes it and selects the next") {
        rig.press(key::Delete);
        const auto deletes = rig.edits<edit::DeleteItem>();
        REQUIRE(deletes.size() == 1);
        CHECK(deletes[0].id == "i2");
        CHECK(rig.state.selection.item == std::optional<Id>("i3"));
        CHECK(rig.conference.items.size() == 2);
    }
    SECTION("Ctrl+H, Ctrl+T, Ctrl+K and Ctrl+P change the selected item") {
        rig.ctrl(key::H);
        rig.ctrl(key::T);
        rig.ctrl(key::K);
        rig.ctrl(key::P);
        rig.type("sam");
        rig.enter();
        const Item& item = *findItem(rig.conference, "i2");
        CHECK(item.confidential);
        CHECK(item.tag == Tag::Fact);
        CHECK(item.children == std::vector<Id>{"c1"});
        CHECK(item.source == std::optional<Id>("p1"));
        CHECK(rig.edits<edit::EditItem>().size() == 4);
        // The line's own settings were left alone.
        CHECK_FALSE(rig.state.entry.confidential);
        CHECK_FALSE(rig.state.entry.source);
    }
    SECTION("Esc goes back to the line") {
        rig.press(key::Escape);
        CHECK_FALSE(rig.state.selection.item);
        rig.type("Next thing");
        rig.enter();
        CHECK(rig.edits<edit::AddItem>().size() == 1);
    }
}

TEST_CASE("Up and Down select only while the line is empty") {
    ConsoleRig rig;
    rig.settle();
    addItems(rig, {"One"});
    rig.type("Two");
    rig.press(key::Up);
    CHECK_FALSE(rig.state.selection.item);
    rig.enter();
    CHECK(rig.conference.items.size() == 2);
}

TEST_CASE("Twenty items into the three columns by keyboard alone") {
    ConsoleRig rig;
    rig.settle();
    std::vector<std::vector<std::string>> expected(3);
    for (int i = 0; i < 20; ++i) {
        // Move to the column by Tab or by Ctrl+number, as a chair would.
        const int column = (i * 7) % 3;
        if (i % 2)
            rig.ctrl(key::D1 + column);
        else
            while (static_cast<int>(rig.state.entry.column) != column)
                rig.press(key::Tab);
        if (i % 5 == 0) {
            rig.ctrl(key::P);
            rig.type(i % 10 ? "jo" : "sam");
            rig.enter();
        }
        const std::string text = "Item number " + std::to_string(i + 1);
        rig.type(text);
        rig.enter();
        expected[static_cast<std::size_t>(column)].push_back(text);
    }
    REQUIRE(rig.refused.empty());
    REQUIRE(rig.conference.items.size() == 20);
    for (int column = 0; column < 3; ++column) {
        std::vector<std::string> got;
        for (const Item* item : itemsIn(rig.conference, static_cast<Column>(column)))
            got.push_back(item->text);
        CHECK(got == expected[static_cast<std::size_t>(column)]);
    }
    CHECK(findItem(rig.conference, "i1")->source == std::optional<Id>("p1"));
    CHECK(findItem(rig.conference, "i6")->source == std::optional<Id>("p3"));
    CHECK(findItem(rig.conference, "i20")->source == std::optional<Id>("p3"));
}

TEST_CASE("What was said while a parent was out is marked, and Ctrl+Shift+H shares it") {
    ConsoleRig rig;
    joStepsOut(rig.conference);
    Item during{"i1", Column::Worried, "Mia said she is scared at bedtime", {}, "p1"};
    during.said = at("2026-03-02T10:15");
    Item after = during;
    after.id = "i2";
    after.text = "Jo has started the course";
    after.said = at("2026-03-02T10:20");
    rig.conference.items = {during, after};
    rig.settle();
    CHECK(rig.log.contains("Said while Jo was out: kept from the family (Ctrl+Shift+H shares it)"));

    rig.state.selection.item = "i1";
    rig.press(key::H, true, true);
    REQUIRE(rig.edits<edit::EditItem>().size() == 1);
    CHECK(rig.conference.items[0].shownToFamily);
    CHECK(describe(rig.conference, edit::EditItem{during}) ==
          "Kept from the family again: \"Mia said she is scared at bedtime\"");
    rig.settle(1);
    CHECK(rig.log.contains(
        "Said while Jo was out: shared with the family (Ctrl+Shift+H keeps it from them)"));

    // Said the second Jo came back: nothing to share, so the key does nothing.
    rig.clear();
    rig.state.selection.item = "i2";
    rig.press(key::H, true, true);
    CHECK(rig.edits<edit::EditItem>().empty());
    CHECK_FALSE(rig.conference.items[1].shownToFamily);
}

// Wrapping thousands of items every frame cost more than the rest of the
// frame: items out of sight keep their measured place and are not drawn;
// the selected one always is, so the column can scroll to it.
TEST_CASE("a long column draws what is in sight, and the selected item always", "[board]") {
    ConsoleRig rig;
    for (int i = 1; i <= 150; ++i)
        rig.conference.items.push_back(
            {"w" + std::to_string(i), Column::Worried, "Worry number " + std::to_string(i) + "."});
    rig.settle();
    CHECK(rig.log.contains("Worry number 1."));
    CHECK_FALSE(rig.log.contains("Worry number 150."));
    rig.state.selection.item = "w150";
    rig.settle();
    CHECK(rig.log.contains("Worry number 150."));
    CHECK_FALSE(rig.log.contains("Worry number 1."));
    // Back at the top, the first items are drawn again where they were.
    rig.state.selection.item = "w1";
    rig.settle();
    CHECK(rig.log.contains("Worry number 1."));
    CHECK_FALSE(rig.log.contains("Worry number 150."));
}
