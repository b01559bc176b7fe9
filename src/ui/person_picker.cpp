#include "ui/person_picker.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "ui/shortcuts.hpp"
#include "ui/widgets.hpp"

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

// 0: the name starts with the filter; 1: a later word does; 2: role or agency; 3: no match.
int rank(const Participant& p, const std::string& filter) {
    if (filter.empty()) return 0;
    const std::string name = folded(p.name);
    if (startsWith(name, filter)) return 0;
    for (std::size_t i = name.find(' '); i != std::string::npos; i = name.find(' ', i + 1))
        if (startsWith(std::string_view(name).substr(i + 1), filter)) return 1;
    if (startsWith(folded(label(p.role)), filter) || startsWith(folded(p.agency), filter)) return 2;
    return 3;
}

} // namespace

std::vector<Id> pickerMatches(const Conference& c, DateTime now, const std::string& filter) {
    const std::string f = folded(filter);
    std::vector<std::tuple<int, bool, std::size_t>> ranked;
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
        const auto& p = c.participants[i];
        int r = rank(p, f);
        if (r < 3) ranked.emplace_back(r, !isPresent(p, now), i);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<Id> out;
    for (const auto& [r, absent, i] : ranked)
        out.push_back(c.participants[i].id);
    return out;
}

void openPicker(PersonPicker& picker) {
    picker.open = true;
    picker.filter.clear();
    picker.highlighted = 0;
    picker.wantFocus = true;
}

Pick drawPersonPicker(PersonPicker& picker, const Conference& c, DateTime now,
                      const Palette& palette, const PickerSetup& setup) {
    using shortcut::Command;
    std::vector<Id> matches = pickerMatches(c, now, picker.filter);
    if (setup.only)
        std::erase_if(matches, [&](const Id& id) {
            return std::find(setup.only->begin(), setup.only->end(), id) == setup.only->end();
        });
    const int people = static_cast<int>(matches.size());
    const int rows = people + (setup.noOne.empty() ? 0 : 1);
    auto choose = [&](int row) {
        picker.open = false;
        Pick pick{PickOutcome::Picked, std::nullopt};
        if (row < people) pick.person = matches[static_cast<std::size_t>(row)];
        return pick;
    };

    if (shortcut::fired(Command::PickerCancel)) {
        picker.open = false;
        return {PickOutcome::Cancelled, std::nullopt};
    }
    if (shortcut::fired(Command::PickerChoose) && rows > 0)
        return choose(std::clamp(picker.highlighted, 0, rows - 1));
    const int before = picker.highlighted;
    if (shortcut::fired(Command::PickerDown))
        picker.highlighted = std::min(picker.highlighted + 1, rows - 1);
    if (shortcut::fired(Command::PickerUp))
        picker.highlighted = std::max(picker.highlighted - 1, 0);
    const bool moved = picker.highlighted != before;

    const float em = widget::em();
    widget::heading(nullptr, setup.question);
    ImGui::SetNextItemWidth(20 * em);
    if (widget::inputLine("##who", picker.filter, picker.wantFocus, "name, role or agency"))
        picker.highlighted = 0;
    if (people == 0 && !setup.noMatch.empty()) widget::wrapped(setup.noMatch, palette.muted);
    if (rows == 0) return {};

    Pick result;
    const float rowsHeight =
        std::min(static_cast<float>(rows), 8.0f) * ImGui::GetFrameHeightWithSpacing();
    ImGui::BeginChild("##people", {30 * em, rowsHeight}, true, ImGuiWindowFlags_NoNavInputs);
    for (int row = 0; row < rows; ++row) {
        std::string line;
        bool present = false;
        if (row < people) {
            const Participant* p = findParticipant(c, matches[static_cast<std::size_t>(row)]);
            present = isPresent(*p, now);
            line = p->name + " - " + std::string(label(p->role));
            if (!p->agency.empty()) line += ", " + p->agency;
            if (present) line += "  (in the room)";
        } else {
            line = setup.noOne;
        }
        widget::record(line);
        const bool highlighted = row == picker.highlighted;
        // Follow the keys, but leave the mouse wheel alone.
        if (highlighted && moved) ImGui::SetScrollHereY();
        ImGui::PushStyleColor(ImGuiCol_Text,
                              present || row >= people ? palette.text : palette.muted);
        if (ImGui::Selectable((line + "##" + std::to_string(row)).c_str(), highlighted))
            result = choose(row);
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
    return result;
}

} // namespace cpc::ui
