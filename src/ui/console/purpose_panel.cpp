// Purpose: why the conference meets, said in plain words at the start. The
// chair can edit it here as in Prepare (one draft, one edit when saved).

#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/console/panels.hpp"
#include "ui/prepare/prepare.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui_stdlib.h>

namespace cpc::ui {
namespace {

// What a conference of each kind decides (DOMAIN.md, "The meeting").
std::string_view decides(Kind kind) {
    switch (kind) {
    case Kind::Initial:
        return "Is each child at continuing risk of significant harm? A plan or no plan, the "
               "category, and an outline plan.";
    case Kind::Review:
        return "Is the risk continuing? Continue, change or end the plan; step down to a Child in "
               "Need plan.";
    case Kind::Transfer:
        return "Whether to adopt here the plan made in the area the family left.";
    }
    return {};
}

std::string_view standardWording(Kind kind) {
    switch (kind) {
    case Kind::Initial:
        return "To share what we know about the children's safety and wellbeing, decide whether "
               "they are at continuing risk of significant harm, and if so agree a Child "
               "Protection Plan.";
    case Kind::Review:
        return "To review how the Child Protection Plan is working, decide whether the children "
               "are still at continuing risk of significant harm, and whether the plan should "
               "continue, change or end.";
    case Kind::Transfer:
        return "To look at the Child Protection Plan made in the previous area and decide whether "
               "to adopt it here.";
    }
    return {};
}

} // namespace

void drawPurpose(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    prepare::syncDetails(c, st);

    widget::heading(view.fonts, std::string(label(c.details.kind)) + ": it decides");
    widget::wrapped(decides(c.details.kind));
    ImGui::Spacing();
    std::string children;
    for (const auto& child : c.children)
        children += (children.empty() ? "" : ", ") + widget::childWithAge(child, dateOf(view.now));
    widget::wrapped(children.empty() ? "No children are recorded yet (Prepare)."
                                     : "All the children of the household: " + children + ".",
                    children.empty() ? pal.warning : pal.text);
    ImGui::Spacing();
    widget::heading(view.fonts, "The purpose, as said to everyone");
    ImGui::InputTextMultiline("##purpose", &st.details.purpose,
                              {-1, 6 * ImGui::GetTextLineHeightWithSpacing()},
                              ImGuiInputTextFlags_NoUndoRedo);
    if (ImGui::IsItemEdited()) st.detailsDirty = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) prepare::saveDetails(c, st, out);
    if (isBlank(st.details.purpose) &&
        widget::button("Use the usual wording for this kind of conference")) {
        st.details.purpose = std::string(standardWording(c.details.kind));
        st.detailsDirty = true;
        prepare::saveDetails(c, st, out);
    }
    if (!st.error.empty()) widget::wrapped(st.error, pal.problem);
    widget::text("Saved when you leave the text.", pal.muted);
}

} // namespace cpc::ui
