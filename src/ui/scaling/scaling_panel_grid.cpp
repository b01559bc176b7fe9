// The grid of answers: the people asked down the side, one column per round.
// The selected cell is where the answer line writes; a click selects a cell.
// Very low answers say so in words as well as colour.

#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "domain/scaling.hpp"
#include "ui/scaling/scaling_panel.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui::scaling {
namespace {

// The keys that move the selection: the grid follows them.
bool selectionMoved() {
    return ImGui::IsKeyPressed(key::Up) || ImGui::IsKeyPressed(key::Down) ||
           ImGui::IsKeyPressed(key::Tab) || ImGui::IsKeyPressed(key::Enter) ||
           ImGui::IsKeyPressed(key::KeypadEnter);
}

void headerRows(const ConsoleView& view, ConsoleState& state, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.scaling;
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    widget::text("Asked", pal.muted);
    for (const auto& r : c.scaling) {
        ImGui::TableNextColumn();
        const bool selected = st.round == r.id;
        const std::string label = roundLabel(c, r);
        widget::record(label);
        if (selected && view.fonts && view.fonts->bold) ImGui::PushFont(view.fonts->bold);
        if (ImGui::Selectable((label + "##h" + r.id).c_str(), selected)) {
            selectRound(state, r.id);
            st.wantFocus = true;
        }
        if (selected && view.fonts && view.fonts->bold) ImGui::PopFont();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.question.c_str());
    }
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    ImGui::TableNextColumn();
    widget::text("* a comment (point at it)", pal.muted);
    for (const auto& r : c.scaling) {
        ImGui::TableNextColumn();
        const std::string counted = std::to_string(r.responses.size()) + "/" +
                                    std::to_string(countedFor(c, r, view.now).size());
        if (r.revealed)
            widget::text("shown " + counted, pal.good);
        else
            widget::text("blind " + counted, pal.confidential);
    }
}

} // namespace

void drawGrid(const ConsoleView& view, ConsoleState& state, const Palette& pal, ImVec2 size) {
    const Conference& c = view.conference;
    auto& st = state.scaling;
    const float em = widget::em();
    const auto rows = rowsOf(c, view.now);
    const auto asked = whoIsAsked(c, view.now);
    const int columns = 1 + static_cast<int>(c.scaling.size());
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY |
                                      ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuter |
                                      ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("##answers", columns, flags, size)) return;
    ImGui::TableSetupScrollFreeze(1, 2);
    ImGui::TableSetupColumn("Person", ImGuiTableColumnFlags_WidthFixed, 14 * em);
    for (const auto& r : c.scaling)
        ImGui::TableSetupColumn(r.id.c_str(), ImGuiTableColumnFlags_WidthFixed, 6.5f * em);
    headerRows(view, state, pal);

    const bool moved = selectionMoved();
    for (const auto& person : rows) {
        const bool inRoom = std::find(asked.begin(), asked.end(), person) != asked.end();
        const bool selectedRow = st.person == person;
        ImGui::TableNextRow();
        if (selectedRow)
            ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1,
                                   (pal.selection & 0x00FFFFFF) | (0x70u << IM_COL32_A_SHIFT));
        ImGui::TableNextColumn();
        const Participant* p = findParticipant(c, person);
        std::string name = p ? p->name : person;
        if (p) name += ", " + std::string(label(p->role));
        if (!inRoom) name += " (not in the room)";
        widget::text(widget::shortened(name, 34), inRoom ? pal.text : pal.muted);
        if (ImGui::IsItemHovered() && p)
            ImGui::SetTooltip("%s", widget::personWithRole(c, person).c_str());
        for (const auto& r : c.scaling) {
            ImGui::TableNextColumn();
            const ScaleAnswer* a = answerOf(r, person);
            const bool selected = selectedRow && st.round == r.id;
            const bool veryLow = a && a->score && isVeryLow(r, *a->score);
            const std::string text = a ? cellText(r, *a) : "-";
            widget::record(text);
            ImGui::PushStyleColor(ImGuiCol_Text, veryLow         ? pal.problem
                                                 : a && a->score ? pal.text
                                                                 : pal.muted);
            if (ImGui::Selectable(
                    (text + (a && !a->comment.empty() ? " *" : "") + "##" + person + "/" + r.id)
                        .c_str(),
                    selected)) {
                selectRound(state, r.id);
                st.person = person;
                st.message.clear();
                st.wantFocus = true;
            }
            ImGui::PopStyleColor();
            if (a && !a->comment.empty() && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", a->comment.c_str());
            if (selected && moved) {
                ImGui::SetScrollHereY();
                ImGui::SetScrollHereX();
            }
        }
    }
    ImGui::EndTable();
}

} // namespace cpc::ui::scaling
