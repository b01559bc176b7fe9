#include "ui/widgets/pick_list.hpp"

#include "domain/names.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace cpc::ui {
namespace {

std::string folded(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool aWordStarts(const std::string& words, const std::string& filter) {
    for (std::size_t i = words.find(' '); i != std::string::npos; i = words.find(' ', i + 1))
        if (startsWith(std::string_view(words).substr(i + 1), filter)) return true;
    return false;
}

// 0: the words start with the filter; 1: a later word does; 2: the other
// words do, or (for long texts) the words hold it anywhere; 3: no match.
int rank(const PickChoice& c, const std::string& filter) {
    if (filter.empty()) return 0;
    const std::string words = folded(c.words);
    if (startsWith(words, filter)) return 0;
    if (aWordStarts(words, filter)) return 1;
    const std::string also = folded(c.also);
    if (startsWith(also, filter) || aWordStarts(also, filter)) return 2;
    if (c.anywhere && words.find(filter) != std::string::npos) return 2;
    return 3;
}

} // namespace

// The rows, the highlighted one kept in view; a row clicked is returned.
std::optional<int> drawPickRows(const std::vector<PickChoice>& choices,
                                const std::vector<std::size_t>& order, const std::string& noOne,
                                int highlighted, bool moved, const Palette& palette,
                                float widthEm) {
    const int people = static_cast<int>(order.size());
    const int rows = people + (noOne.empty() ? 0 : 1);
    std::optional<int> clicked;
    const float rowsHeight =
        std::min(static_cast<float>(rows), 8.0f) * ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("##rows", {widthEm * widget::em(), rowsHeight}, true,
                      ImGuiWindowFlags_NoNavInputs);
    for (int row = 0; row < rows; ++row) {
        const PickChoice* c =
            row < people ? &choices[order[static_cast<std::size_t>(row)]] : nullptr;
        const std::string& line = c ? c->line : noOne;
        widget::record(line);
        const bool isHighlighted = row == highlighted;
        // Follow the keys, but leave the mouse wheel alone.
        if (isHighlighted && moved) ImGui::SetScrollHereY();
        ImGui::PushStyleColor(ImGuiCol_Text, c && c->muted ? palette.muted : palette.text);
        if (ImGui::Selectable((line + "##" + std::to_string(row)).c_str(), isHighlighted))
            clicked = row;
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    return clicked;
}

std::vector<std::size_t> pickOrder(const std::vector<PickChoice>& choices,
                                   const std::string& filter) {
    const std::string f = folded(filter);
    std::vector<std::tuple<int, int, int, std::size_t>> ranked;
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (int r = rank(choices[i], f); r < 3)
            ranked.emplace_back(choices[i].tier, r, choices[i].group, i);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::size_t> out;
    for (const auto& [tier, r, group, i] : ranked)
        out.push_back(i);
    return out;
}

Pick drawPickList(PickState& state, const std::vector<PickChoice>& choices, const Palette& palette,
                  const PickListSetup& setup) {
    using shortcut::Command;
    const auto order = pickOrder(choices, state.filter);
    const int people = static_cast<int>(order.size());
    const int rows = people + (setup.noOne.empty() ? 0 : 1);
    auto choose = [&](int row) {
        state.open = false;
        Pick pick{PickOutcome::Picked, std::nullopt};
        if (row < people) pick.id = choices[order[static_cast<std::size_t>(row)]].id;
        return pick;
    };

    if (shortcut::fired(Command::PickerCancel)) {
        state.open = false;
        return {PickOutcome::Cancelled, std::nullopt};
    }
    if (shortcut::fired(Command::PickerChoose) && rows > 0)
        return choose(std::clamp(state.highlighted, 0, rows - 1));
    const int before = state.highlighted;
    if (shortcut::fired(Command::PickerDown))
        state.highlighted = std::min(state.highlighted + 1, rows - 1);
    if (shortcut::fired(Command::PickerUp)) state.highlighted = std::max(state.highlighted - 1, 0);
    const bool moved = state.highlighted != before;

    if (!setup.question.empty()) widget::heading(nullptr, setup.question);
    ImGui::SetNextItemWidth(20 * widget::em());
    if (widget::inputLine("##filter", state.filter, state.wantFocus, setup.hint.c_str()))
        state.highlighted = 0;
    if (people == 0 && !setup.noMatch.empty()) widget::wrapped(setup.noMatch, palette.muted);
    if (rows == 0) return {};
    if (auto clicked = drawPickRows(choices, order, setup.noOne, state.highlighted, moved, palette,
                                    setup.widthEm))
        return choose(*clicked);
    return {};
}

std::optional<std::string> pickField(const char* id, const std::string& current, PickState& state,
                                     const std::vector<PickChoice>& choices,
                                     const Palette& palette) {
    ImGui::PushID(id);
    // Shown as chosen while it does not have the keyboard. Focused by Tab, its
    // text is all selected (ImGui 1.86), so what is typed replaces it: a filter.
    if (!state.open) state.filter = current;
    const auto all = pickOrder(choices, "");
    const bool filtering = state.open && state.filter != current;
    const auto order = filtering ? pickOrder(choices, state.filter) : all;
    const int rows = static_cast<int>(order.size());
    const bool escape = key::pressed(key::Escape, false);
    const int before = state.highlighted;
    if (state.open && rows > 0 && key::pressed(key::Down))
        state.highlighted = std::min(before + 1, rows - 1);
    if (state.open && key::pressed(key::Up)) state.highlighted = std::max(before - 1, 0);
    bool noFocus = false;
    widget::inputLine("##pick", state.filter, noFocus, "type part of it, Up/Down");
    const bool active = ImGui::IsItemActive();
    if (ImGui::IsItemActivated()) {
        state.open = true;
        const auto at = std::find_if(all.begin(), all.end(),
                                     [&](std::size_t i) { return choices[i].line == current; });
        state.highlighted = at == all.end() ? 0 : static_cast<int>(at - all.begin());
    }
    if (ImGui::IsItemEdited()) state.highlighted = 0;
    std::optional<std::string> picked;
    std::optional<int> clicked;
    if (state.open && rows > 0)
        clicked = drawPickRows(choices, order, "", state.highlighted, state.highlighted != before,
                               palette);
    else if (state.open)
        widget::text("Nothing matches \"" + state.filter + "\"", palette.problem);
    auto row = [&](int r) { return choices[order[static_cast<std::size_t>(r)]].id; };
    if (clicked) {
        picked = row(*clicked);
        state.open = false;
    } else if (state.open && !active && !ImGui::IsItemActivated() && !ImGui::IsMouseDown(0)) {
        // Enter, Tab or a click elsewhere takes the highlighted row; Esc, nothing.
        // (While the mouse is down the click may be on a row: its release decides.)
        if (!escape && rows > 0) picked = row(std::clamp(state.highlighted, 0, rows - 1));
        state.open = false;
    }
    ImGui::PopID();
    return picked;
}

std::vector<PickChoice> roleChoices() {
    std::vector<PickChoice> out;
    for (const auto& r : names<Role>())
        out.push_back({.id = std::string(r.token),
                       .line = std::string(r.label),
                       .words = std::string(r.label),
                       .also = std::string(r.token)});
    return out;
}

} // namespace cpc::ui
