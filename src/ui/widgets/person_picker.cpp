#include "ui/widgets/person_picker.hpp"

#include "domain/names.hpp"
#include "domain/quorum.hpp"

#include <algorithm>

namespace cpc::ui {

std::vector<PickChoice> personChoices(const Conference& c, DateTime now) {
    std::vector<PickChoice> out;
    for (const auto& p : c.participants) {
        const bool present = isPresent(p, now);
        std::string line = p.name + " - " + std::string(label(p.role));
        if (!p.agency.empty()) line += ", " + p.agency;
        if (present) line += "  (in the room)";
        out.push_back({.id = p.id,
                       .line = std::move(line),
                       .words = p.name,
                       .also = std::string(label(p.role)) + " " + p.agency,
                       .group = present ? 0 : 1,
                       .muted = !present});
    }
    return out;
}

std::vector<Id> pickerMatches(const Conference& c, DateTime now, const std::string& filter) {
    const auto choices = personChoices(c, now);
    std::vector<Id> out;
    for (std::size_t i : pickOrder(choices, filter))
        out.push_back(choices[i].id);
    return out;
}

void openPicker(PickState& picker) {
    picker.open = true;
    picker.filter.clear();
    picker.highlighted = 0;
    picker.wantFocus = true;
}

Pick drawPersonPicker(PickState& picker, const Conference& c, DateTime now, const Palette& palette,
                      const PickerSetup& setup) {
    auto choices = personChoices(c, now);
    if (setup.only)
        std::erase_if(choices, [&](const PickChoice& p) {
            return std::find(setup.only->begin(), setup.only->end(), p.id) == setup.only->end();
        });
    return drawPickList(picker, choices, palette,
                        {.question = setup.question,
                         .hint = "name, role or agency",
                         .noOne = setup.noOne,
                         .noMatch = setup.noMatch});
}

} // namespace cpc::ui
