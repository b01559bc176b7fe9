// The area profile as this conference has it: the organisation, how to
// complain, the protective marking, the quorum setting and when the record
// is due. A new conference starts with the profile kept for the
// installation; "Use for new conferences" keeps these as that profile.

#include "domain/typed.hpp"
#include "ui/prepare/prepare.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <imgui_stdlib.h>

namespace cpc::ui::prepare {
namespace {

void save(const Conference& c, PrepareState& st, Intents& out) {
    Settings s = st.settings;
    s.organisation = trimmed(s.organisation);
    s.complaintsContact = trimmed(s.complaintsContact);
    s.marking = trimmed(s.marking);
    if (s != c.settings) emit(out, edit::SetSettings{s});
    st.settingsDirty = false;
}

// After a field: note the change; save when the chair leaves it.
void track(const Conference& c, PrepareState& st, Intents& out) {
    if (ImGui::IsItemEdited()) st.settingsDirty = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) save(c, st, out);
}

} // namespace

void drawArea(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    if (!st.settingsDirty) st.settings = c.settings;
    auto& s = st.settings;
    field("Organisation", s.organisation, st.wantFocus, "e.g. Safeguarding Unit, Easterby Council");
    track(c, st, out);
    label("How to complain");
    ImGui::InputTextMultiline("##complaints", &s.complaintsContact,
                              {-1, 4 * ImGui::GetTextLineHeightWithSpacing()},
                              ImGuiInputTextFlags_NoUndoRedo);
    track(c, st, out);
    widget::wrapped("Phone, freephone, email, web page and post: printed in every parent's letter.",
                    pal.muted);
    field("Protective marking", s.marking);
    track(c, st, out);
    label("Record due in");
    ImGui::SetNextItemWidth(8 * widget::em());
    int days = s.recordDueWorkingDays;
    if (ImGui::InputInt("working days##due", &days)) {
        s.recordDueWorkingDays = std::clamp(days, 1, 60);
        st.settingsDirty = true;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) save(c, st, out);
    label("Quorum");
    bool health = s.healthIsOneAgency;
    if (ImGui::Checkbox("Health professionals count as one agency", &health)) {
        s.healthIsOneAgency = health;
        save(c, st, out);
    }
    ImGui::Spacing();
    if (widget::button("Use for new conferences")) {
        save(c, st, out);
        out.push_back(intent::SaveAreaProfile{st.settings, c.details.region});
    }
    widget::wrapped("Every new conference starts with these settings and the region under "
                    "Details; each conference can change its own.",
                    pal.muted);
    if (view.areaProfileMatches)
        widget::text("New conferences start with these settings.", pal.muted);
}

} // namespace cpc::ui::prepare
