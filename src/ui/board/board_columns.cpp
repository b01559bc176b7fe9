// The three columns of the Information phase, side by side, each headed with
// its question in words and its accent colour. Items show who said them, the
// children they are about (when there is more than one child), the tag, and a
// plain "confidential" mark: colour is never the only signal.

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/words.hpp"
#include "ui/board/board.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui::board {
namespace {

// A padlock drawn from shapes: the fonts have no such glyph in their ranges.
void drawLock(ImVec2 at, float size, ImU32 colour) {
    constexpr float pi = 3.14159265f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = 0.7f * size;
    dl->AddRectFilled({at.x, at.y + 0.45f * size}, {at.x + w, at.y + size}, colour, 0.1f * size);
    dl->PathArcTo({at.x + w / 2, at.y + 0.45f * size}, 0.22f * size, pi, 2 * pi);
    dl->PathStroke(colour, 0, 0.12f * size);
}

std::string metaLine(const Conference& c, const Item& item) {
    std::string out = item.source ? widget::personWithRole(c, *item.source) : "who said it not set";
    if (c.children.size() > 1 && !item.children.empty())
        out += "  ·  " + widget::childNames(c, item.children);
    if (item.tag) out += "  ·  " + std::string(label(*item.tag));
    if (item.said) out += "  ·  " + widget::clockTime(*item.said);
    return out;
}

void itemButtons(const Conference& c, ConsoleState& state, Intents& out, const Item& item) {
    struct Button {
        const char* label;
        ItemAction action;
    };
    const Button buttons[] = {
        {"Edit", ItemAction::Edit},
        {"Up", ItemAction::Up},
        {"Down", ItemAction::Down},
        {"<- Column", ItemAction::Left},
        {"Column ->", ItemAction::Right},
        {item.confidential ? "Not confidential" : "Confidential", ItemAction::Confidential},
        {"Delete", ItemAction::Delete}};
    bool first = true;
    for (const auto& b : buttons) {
        if (!first) widget::sameLineIfFits(b.label);
        first = false;
        if (widget::button(b.label)) {
            itemAction(c, state, out, item, b.action);
            if (b.action != ItemAction::Edit) state.entry.wantFocus = true;
        }
    }
}

void drawItem(const ConsoleView& view, ConsoleState& state, Intents& out, const Item& item,
              const Palette& pal, ImU32 accent) {
    const Conference& c = view.conference;
    auto& sel = state.selection;
    const bool selected = sel.item == item.id;
    const bool editing = sel.editing == item.id;
    const float em = widget::em();
    const Withheld why = withheld(c, item);

    ImGui::PushID(item.id.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Text on channel 1, its background on channel 0: the height is known only after.
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float left = ImGui::GetCursorScreenPos().x;
    ImGui::Indent(0.6f * em);
    ImGui::BeginGroup();
    if (editing) {
        ImGui::SetNextItemWidth(-1);
        const bool enter = widget::inputLine("##edit", sel.editText, sel.wantFocus, nullptr,
                                             ImGuiInputTextFlags_EnterReturnsTrue);
        if (enter || ImGui::IsItemDeactivated()) finishEditing(c, state, out, true);
        widget::text("Enter saves, Esc cancels", pal.muted);
    } else {
        widget::wrapped(item.text, why == Withheld::Confidential ? pal.muted : pal.text);
    }
    widget::wrapped(metaLine(c, item), pal.muted);
    if (why == Withheld::Confidential) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        drawLock(at, ImGui::GetTextLineHeight(), pal.confidential);
        ImGui::Dummy({0.8f * ImGui::GetTextLineHeight(), ImGui::GetTextLineHeight()});
        ImGui::SameLine();
        widget::text("Confidential: not shown on the projector", pal.confidential);
    } else if (why == Withheld::SaidWhileOut || sharedWithFamily(c, item)) {
        // Marked in words, so the chair is never surprised by what the wall leaves out.
        std::vector<std::string> away;
        for (const Id& id : outWhenSaid(c, item)) {
            const Participant* p = findParticipant(c, id);
            away.push_back(p ? cpc::firstName(p->name) : id);
        }
        const std::string who = joinWithAnd(away);
        const std::string keys = shortcut::keysFor(shortcut::Command::ShareWithFamily);
        if (why == Withheld::No)
            widget::wrapped("Said while " + who + " was out: shared with the family (" + keys +
                                " keeps it from them)",
                            pal.muted);
        else
            widget::wrapped("Said while " + who + " was out: kept from the family (" + keys +
                                " shares it)",
                            pal.confidential);
    }
    ImGui::EndGroup();
    ImGui::Unindent(0.6f * em);

    const ImVec2 min{left, ImGui::GetItemRectMin().y};
    const ImVec2 max{ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x,
                     ImGui::GetItemRectMax().y};
    const bool hovered = ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(min, max);
    dl->ChannelsSetCurrent(0);
    const float pad = 0.2f * em;
    if (selected || hovered)
        dl->AddRectFilled({min.x, min.y - pad}, {max.x, max.y + pad},
                          selected ? pal.selection : ImGui::GetColorU32(ImGuiCol_FrameBg),
                          0.2f * em);
    dl->AddRectFilled({min.x, min.y - pad}, {min.x + 0.25f * em, max.y + pad},
                      why == Withheld::Confidential ? pal.confidential : accent);
    dl->ChannelsMerge();

    if (hovered && !editing && ImGui::IsMouseDoubleClicked(0)) {
        itemAction(c, state, out, item, ItemAction::Edit);
    } else if (hovered && !editing && ImGui::IsMouseClicked(0)) {
        if (sel.editing) finishEditing(c, state, out, true);
        select(state, item);
        state.entry.wantFocus = true;
    }
    if (selected && !ImGui::IsRectVisible(min, max)) ImGui::SetScrollHereY(0.5f);
    if (selected && !editing) itemButtons(c, state, out, item);
    ImGui::PopID();
    ImGui::Dummy({0, 0.3f * em});
}

void drawHeader(const ConsoleView& view, ConsoleState& state, Column column, const Palette& pal) {
    const Conference& c = view.conference;
    const ImU32 accent = columnAccent(pal, column);
    const float em = widget::em();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(
        at, {at.x + ImGui::GetContentRegionAvail().x, at.y + 0.3f * em}, accent);
    ImGui::Dummy({0, 0.4f * em});
    const int number = static_cast<int>(column) + 1;
    widget::heading(view.fonts, std::to_string(number) + "  " + std::string(label(column)), accent);
    if (ImGui::IsItemClicked()) {
        state.entry.column = column;
        state.selection = {};
    }
    int count = 0, confidential = 0, kept = 0;
    for (const Item* item : itemsIn(c, column)) {
        ++count;
        confidential += item->confidential ? 1 : 0;
        kept += withheld(c, *item) == Withheld::SaidWhileOut ? 1 : 0;
    }
    std::string summary = std::to_string(count) + (count == 1 ? " item" : " items");
    if (confidential) summary += ", " + std::to_string(confidential) + " confidential";
    if (kept) summary += ", " + std::to_string(kept) + " said while family were out";
    if (state.entry.column == column) summary += "  ·  typing here";
    widget::text(summary, pal.muted);
    ImGui::Separator();
}

} // namespace

void drawColumns(const ConsoleView& view, ConsoleState& state, Intents& out, float height) {
    const Palette& pal = palette(state.theme);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - 2 * spacing) / 3;
    const float em = widget::em();
    DrawnHeights& heights = state.boardHeights;
    const long long fonts = view.fonts ? view.fonts->generation : 0;
    if (heights.width != width || heights.em != em || heights.fonts != fonts)
        heights = {width, em, fonts, {}};
    for (const auto& name : names<Column>()) {
        const Column column = name.value;
        if (column != Column::Worried) ImGui::SameLine();
        ImGui::PushID(static_cast<int>(column));
        ImGui::BeginChild("##column", {width, height}, true, ImGuiWindowFlags_NoNavInputs);
        drawHeader(view, state, column, pal);
        const auto items = itemsIn(view.conference, column);
        const float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
        const float step = ImGui::GetStyle().ItemSpacing.y;
        for (const Item* item : items) {
            const float y = ImGui::GetCursorPosY();
            auto known = heights.of.find(item->id);
            const bool chosen =
                state.selection.item == item->id || state.selection.editing == item->id;
            if (!chosen && known != heights.of.end() && (y + known->second < top || y > bottom)) {
                ImGui::Dummy({0, std::max(0.0f, known->second - step)}); // out of sight
                continue;
            }
            drawItem(view, state, out, *item, pal, columnAccent(pal, column));
            heights.of[item->id] = ImGui::GetCursorPosY() - y;
        }
        if (items.empty()) widget::wrapped("Nothing yet.", pal.muted);
        ImGui::EndChild();
        if (state.entry.column == column) {
            // The column being typed into is framed in its colour.
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                                columnAccent(pal, column), 0.2f * em, 0,
                                                0.15f * em);
        }
        ImGui::PopID();
    }
}

} // namespace cpc::ui::board
