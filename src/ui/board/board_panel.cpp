// The Information phase: the quick-entry line, what the next item gets (who
// said it, which child, tag, confidential), and the keys that act on the line
// or on the selected item. The columns themselves are in board_columns.cpp.

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "ui/board/board.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <utility>

namespace cpc::ui {
namespace board {

std::vector<Id> nextChildren(const Conference& c, const std::vector<Id>& current) {
    if (c.children.empty()) return {};
    if (current.size() != 1) return {c.children.front().id};
    for (std::size_t i = 0; i + 1 < c.children.size(); ++i)
        if (c.children[i].id == current.front()) return {c.children[i + 1].id};
    return {};
}

std::optional<Tag> nextTag(std::optional<Tag> current) {
    const auto tags = names<Tag>();
    if (!current) return tags.front().value;
    for (std::size_t i = 0; i + 1 < tags.size(); ++i)
        if (tags[i].value == *current) return tags[i + 1].value;
    return std::nullopt;
}

Column nextColumn(Column c, int step) {
    return static_cast<Column>((static_cast<int>(c) + step + 3) % 3);
}

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

void select(ConsoleState& state, const Item& item) {
    state.selection.item = item.id;
    state.entry.column = item.column;
}

void backToLine(ConsoleState& state) {
    state.selection = {};
    state.entry.wantFocus = true;
}

void itemAction(const Conference& c, ConsoleState& state, Intents& out, const Item& item,
                ItemAction action) {
    const auto column = itemsIn(c, item.column);
    const auto at =
        static_cast<std::size_t>(std::find(column.begin(), column.end(), &item) - column.begin());
    switch (action) {
    case ItemAction::Edit:
        state.selection.item = item.id;
        state.selection.editing = item.id;
        state.selection.editText = item.text;
        state.selection.wantFocus = true;
        break;
    case ItemAction::Up:
        if (at > 0) emit(out, edit::MoveItem{item.id, item.column, at - 1});
        break;
    case ItemAction::Down:
        if (at + 1 < column.size()) emit(out, edit::MoveItem{item.id, item.column, at + 1});
        break;
    case ItemAction::Left:
    case ItemAction::Right:
        if (item.column == (action == ItemAction::Left ? Column::Worried : Column::NeedsToHappen))
            break;
        // The selection goes with the item, so it can be moved again at once.
        state.entry.column = nextColumn(item.column, action == ItemAction::Left ? -1 : 1);
        emit(out, edit::MoveItem{item.id, state.entry.column, end});
        break;
    case ItemAction::Delete: {
        // The neighbour takes the selection, so several can go in a row.
        const Item* next = at + 1 < column.size() ? column[at + 1]
                           : at > 0               ? column[at - 1]
                                                  : nullptr;
        emit(out, edit::DeleteItem{item.id});
        if (next)
            state.selection.item = next->id;
        else
            backToLine(state);
        break;
    }
    case ItemAction::Confidential: {
        Item changed = item;
        changed.confidential = !changed.confidential;
        emit(out, edit::EditItem{changed});
        break;
    }
    }
}

void finishEditing(const Conference& c, ConsoleState& state, Intents& out, bool save) {
    auto& sel = state.selection;
    const Item* item = sel.editing ? findItem(c, *sel.editing) : nullptr;
    const bool hasWords = sel.editText.find_first_not_of(" \t") != std::string::npos;
    // An emptied item keeps its words: Delete is the way to remove one.
    if (save && item && hasWords && sel.editText != item->text) {
        Item changed = *item;
        changed.text = sel.editText;
        emit(out, edit::EditItem{changed});
    }
    sel.editing.reset();
    sel.editText.clear();
    state.entry.wantFocus = true;
}

} // namespace board

namespace {

using shortcut::Command;
using shortcut::fired;

const Item* selectedItem(const Conference& c, const ConsoleState& state) {
    return state.selection.item ? findItem(c, *state.selection.item) : nullptr;
}

void changeItem(Intents& out, const Item& item, auto&& change) {
    Item changed = item;
    change(changed);
    board::emit(out, edit::EditItem{changed});
}

// Keys for the item the arrows selected: edit, reorder, move, delete.
void selectedItemKeys(const Conference& c, ConsoleState& state, Intents& out, const Item& item) {
    using board::ItemAction;
    static constexpr std::pair<Command, ItemAction> keys[] = {
        {Command::EditItem, ItemAction::Edit},       {Command::MoveItemUp, ItemAction::Up},
        {Command::MoveItemDown, ItemAction::Down},   {Command::MoveItemLeft, ItemAction::Left},
        {Command::MoveItemRight, ItemAction::Right}, {Command::DeleteItem, ItemAction::Delete},
    };
    for (const auto& [command, action] : keys)
        if (fired(command)) return board::itemAction(c, state, out, item, action);
    if (fired(Command::BackToLine)) board::backToLine(state);
}

// Up and Down walk the current column while the line is empty.
void selectionKeys(const Conference& c, ConsoleState& state) {
    if (!state.entry.text.empty()) return;
    const int step = fired(Command::SelectDown) ? 1 : fired(Command::SelectUp) ? -1 : 0;
    if (step == 0) return;
    const auto column = itemsIn(c, state.entry.column);
    if (column.empty()) return;
    const Item* current = selectedItem(c, state);
    auto at = std::find(column.begin(), column.end(), current) - column.begin();
    const auto last = static_cast<std::ptrdiff_t>(column.size()) - 1;
    if (!current)
        at = step > 0 ? 0 : last;
    else
        at = std::clamp(at + step, std::ptrdiff_t{0}, last);
    state.selection.item = column[static_cast<std::size_t>(at)]->id;
}

void boardKeys(const Conference& c, ConsoleState& state, Intents& out) {
    auto& entry = state.entry;
    const Item* item = selectedItem(c, state);
    auto setColumn = [&](Column col) {
        entry.column = col;
        state.selection = {};
    };
    if (fired(Command::NextColumn)) setColumn(board::nextColumn(entry.column, 1));
    if (fired(Command::PreviousColumn)) setColumn(board::nextColumn(entry.column, -1));
    if (fired(Command::Column1)) setColumn(Column::Worried);
    if (fired(Command::Column2)) setColumn(Column::WorkingWell);
    if (fired(Command::Column3)) setColumn(Column::NeedsToHappen);
    item = selectedItem(c, state);

    // These act on the selected item when there is one, else on the next item.
    if (fired(Command::PickSource)) openPicker(state.sourcePicker);
    if (fired(Command::CycleChild)) {
        if (item)
            changeItem(out, *item,
                       [&](Item& i) { i.children = board::nextChildren(c, i.children); });
        else
            entry.children = board::nextChildren(c, entry.children);
    }
    if (fired(Command::CycleTag)) {
        if (item)
            changeItem(out, *item, [](Item& i) { i.tag = board::nextTag(i.tag); });
        else
            entry.tag = board::nextTag(entry.tag);
    }
    if (fired(Command::ToggleConfidential)) {
        if (item)
            changeItem(out, *item, [](Item& i) { i.confidential = !i.confidential; });
        else
            entry.confidential = !entry.confidential;
    }
    if (fired(Command::ShareWithFamily) && item && !outWhenSaid(c, *item).empty())
        changeItem(out, *item, [](Item& i) { i.shownToFamily = !i.shownToFamily; });
    if (item) selectedItemKeys(c, state, out, *item);
    if (!state.selection.editing) selectionKeys(c, state);
}

void applyPick(const Conference& c, ConsoleState& state, Intents& out, const Pick& pick) {
    if (pick.outcome == PickOutcome::Picked) {
        if (const Item* item = selectedItem(c, state))
            changeItem(out, *item, [&](Item& i) { i.source = pick.id; });
        else
            state.entry.source = pick.id;
    }
    state.entry.wantFocus = true;
}

void addItem(const ConsoleView& view, ConsoleState& state, Intents& out) {
    auto& entry = state.entry;
    if (entry.text.find_first_not_of(" \t") == std::string::npos) return;
    Item item;
    item.column = entry.column;
    item.text = entry.text;
    item.children = entry.children;
    item.source = entry.source;
    item.tag = entry.tag;
    item.confidential = entry.confidential;
    item.said = view.now;
    board::emit(out, edit::AddItem{item});
    // Who said it stays: people often say several things in a row.
    entry.text.clear();
    entry.tag.reset();
    entry.confidential = false;
}

// One attribute of the next (or selected) item, as a button that does what its key does.
bool attribute(std::string_view name, const std::string& value, Command command, ImU32 colour) {
    ImGui::AlignTextToFramePadding();
    widget::text(name);
    ImGui::SameLine(0, 0.3f * widget::em());
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    const bool clicked =
        widget::button(value + "  (" + shortcut::keysFor(command) + ")##" + std::string(name));
    ImGui::PopStyleColor();
    ImGui::SameLine(0, widget::em());
    return clicked;
}

void drawAttributes(const ConsoleView& view, ConsoleState& state, Intents& out,
                    const Palette& pal) {
    const Conference& c = view.conference;
    const Item* item = selectedItem(c, state);
    const auto& entry = state.entry;
    const auto& source = item ? item->source : entry.source;
    const auto& children = item ? item->children : entry.children;
    const auto tag = item ? item->tag : entry.tag;
    const bool confidential = item ? item->confidential : entry.confidential;

    // Say whose settings these are: the next item's, or the selected one's.
    ImGui::AlignTextToFramePadding();
    widget::text(item ? "Selected item:" : "Next item:", pal.muted);
    ImGui::SameLine(0, widget::em());

    if (attribute("Said by", source ? widget::personWithRole(c, *source) : "not set",
                  Command::PickSource, source ? pal.text : pal.muted))
        openPicker(state.sourcePicker);
    if (c.children.size() > 1 &&
        attribute("About", widget::childNames(c, children), Command::CycleChild, pal.text)) {
        if (item)
            changeItem(out, *item,
                       [&](Item& i) { i.children = board::nextChildren(c, i.children); });
        else
            state.entry.children = board::nextChildren(c, entry.children);
    }
    if (attribute("Tag", tag ? std::string(label(*tag)) : "none", Command::CycleTag,
                  tag ? pal.text : pal.muted)) {
        if (item)
            changeItem(out, *item, [](Item& i) { i.tag = board::nextTag(i.tag); });
        else
            state.entry.tag = board::nextTag(entry.tag);
    }
    if (attribute("Confidential", confidential ? "yes, not projected" : "no",
                  Command::ToggleConfidential, confidential ? pal.confidential : pal.muted)) {
        if (item)
            changeItem(out, *item, [](Item& i) { i.confidential = !i.confidential; });
        else
            state.entry.confidential = !entry.confidential;
    }
    ImGui::NewLine();
}

void drawLine(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    auto& entry = state.entry;
    const bool escape = ImGui::IsKeyPressed(key::Escape, false);
    const std::string before = entry.text;

    widget::heading(view.fonts, "Adding to: " + std::string(label(entry.column)),
                    columnAccent(pal, entry.column));
    ImGui::SetNextItemWidth(-1);
    const bool enter =
        widget::inputLine("##line", entry.text, entry.wantFocus, "Type what was said, then Enter",
                          ImGuiInputTextFlags_EnterReturnsTrue);
    const bool active = ImGui::IsItemActive();
    if (enter) {
        addItem(view, state, out);
        entry.wantFocus = true;
    }
    // Esc in an ImGui field throws away what was typed; here it must not.
    if (escape && !enter && entry.text != before) entry.text = before;
    if (entry.text != before && !entry.text.empty()) state.selection.item.reset();
    // Keyboard first: whenever nothing else has the keyboard, the line takes it back.
    if (!active && !ImGui::IsAnyItemActive() && !state.sourcePicker.open &&
        !state.selection.editing && !state.showHelp &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
        entry.wantFocus = true;
}

void drawSelectedHint(const Conference& c, const ConsoleState& state, const Palette& pal) {
    const Item* item = selectedItem(c, state);
    if (!item || state.selection.editing) {
        widget::text("Up/Down with the line empty selects an item.  Undo: " +
                         shortcut::keysFor(Command::Undo),
                     pal.muted);
        return;
    }
    widget::text("Selected. " + shortcut::keysFor(Command::EditItem) + ": edit.  " +
                     shortcut::keysFor(Command::MoveItemUp) + "/" +
                     shortcut::keysFor(Command::MoveItemDown) + ": reorder.  " +
                     shortcut::keysFor(Command::MoveItemLeft) + "/" +
                     shortcut::keysFor(Command::MoveItemRight) + ": other column.  " +
                     shortcut::keysFor(Command::DeleteItem) + ": delete.  Esc: back to the line.",
                 pal.muted);
}

} // namespace

void drawInformation(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& sel = state.selection;

    // Undo or a delete may have taken the selected item away.
    if (sel.item && !findItem(c, *sel.item)) board::backToLine(state);
    if (sel.editing && !findItem(c, *sel.editing)) board::finishEditing(c, state, out, false);
    if (const Item* item = selectedItem(c, state)) state.entry.column = item->column;

    // No tabbing between fields here: Tab switches column.
    ImGui::BeginChild("##information", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    if (state.sourcePicker.open) {
        // The picker draws below the line; its keys come first.
    } else if (sel.editing) {
        if (fired(Command::BackToLine)) board::finishEditing(c, state, out, false);
    } else if (!state.showHelp) {
        boardKeys(c, state, out);
    }

    drawLine(view, state, out, pal);
    drawAttributes(view, state, out, pal);
    if (state.sourcePicker.open) {
        const Pick pick = drawPersonPicker(state.sourcePicker, c, view.now, pal);
        if (pick.outcome != PickOutcome::Open) applyPick(c, state, out, pick);
    }
    drawSelectedHint(c, state, pal);
    ImGui::Spacing();
    board::drawColumns(view, state, out, ImGui::GetContentRegionAvail().y);
    ImGui::EndChild();
}

} // namespace cpc::ui
