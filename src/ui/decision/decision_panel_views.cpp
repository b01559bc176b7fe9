// The views of the child (seed 000: part of the record), whether or not the
// child is in the room: said in the meeting, relayed, written, recorded,
// through an advocate, or observed for a child too young to speak. Recorded
// per child in the Decision phase, where the conference weighs them.

#include "domain/child_words.hpp"
#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/decision/decision_panel.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/pick_list.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui::decision {
namespace {

using shortcut::Command;
using shortcut::fired;

std::vector<PickChoice> howChoices() {
    std::vector<PickChoice> out;
    for (const auto& n : names<ViewHow>())
        out.push_back({.id = std::string(n.token),
                       .line = std::string(n.label),
                       .words = std::string(n.label)});
    return out;
}

// Whoever brings a child's view: anyone invited but the child, social workers first.
std::vector<PickChoice> byChoices(const Conference& c, DateTime now) {
    std::vector<PickChoice> out{{.id = "", .line = "No one: the child's own", .words = "no one"}};
    for (auto& choice : personChoices(c, now)) {
        const Participant* p = findParticipant(c, choice.id);
        if (!p || p->role == Role::Child) continue;
        choice.tier = p->role == Role::SocialWorker ? 0 : 1;
        out.push_back(std::move(choice));
    }
    return out;
}

// The one most often bringing a child's words: the key worker, else the first social worker.
std::optional<Id> usualMessenger(const Conference& c) {
    if (c.plan.details.keyWorker) return c.plan.details.keyWorker;
    for (const auto& p : c.participants)
        if (p.role == Role::SocialWorker) return p.id;
    return std::nullopt;
}

void openNew(const Conference& c, ChildViewDraft& draft) {
    draft = ChildViewDraft{};
    draft.open = true;
    draft.by = usualMessenger(c);
    draft.wantFocus = true;
}

void save(const ConsoleView& view, const Child& child, ChildViewDraft& draft, Intents& out) {
    const std::string words = trimmed(draft.text);
    if (words.empty()) {
        draft.error = "Write the child's words, or what was seen.";
        draft.wantFocus = true;
        return;
    }
    Child changed = child;
    ChildView v;
    if (draft.index && *draft.index < changed.views.size()) v = changed.views[*draft.index];
    v.how = draft.how;
    v.by = draft.how == ViewHow::InMeeting ? std::nullopt : draft.by;
    v.text = words;
    v.confidential = draft.confidential;
    if (!v.said) v.said = view.now; // who was in the room decides who may read it
    if (draft.index && *draft.index < changed.views.size())
        changed.views[*draft.index] = v;
    else
        changed.views.push_back(v);
    emit(out, edit::PutChild{changed});
    draft = ChildViewDraft{};
}

void drawForm(const ConsoleView& view, DecisionState& st, const Child& child, Intents& out,
              const Palette& pal) {
    const Conference& c = view.conference;
    auto& draft = st.view;
    const float em = widget::em();
    ImGui::PushID("childView");
    widget::text(draft.index ? "Change this view of " + cpc::firstName(child.name)
                             : "A view of " + cpc::firstName(child.name),
                 pal.text);
    ImGui::SetNextItemWidth(-1);
    bool noFocus = false;
    const bool enter = widget::inputLine(
        "##words", draft.text, draft.wantFocus ? draft.wantFocus : noFocus,
        "the child's words, or what was seen", ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::AlignTextToFramePadding();
    widget::text("How");
    ImGui::SameLine(5 * em);
    ImGui::SetNextItemWidth(16 * em);
    if (auto how =
            pickField("how", std::string(label(draft.how)), draft.howPicker, howChoices(), pal))
        draft.how = fromToken<ViewHow>(*how).value_or(draft.how);
    if (draft.how != ViewHow::InMeeting) {
        ImGui::SameLine();
        widget::text(draft.how == ViewHow::Observed ? "seen by" : "by");
        ImGui::SameLine();
        ImGui::SetNextItemWidth(18 * em);
        const std::string current =
            draft.by ? widget::personWithRole(c, *draft.by) : std::string("no one");
        if (auto by = pickField("by", current, draft.byPicker, byChoices(c, view.now), pal))
            draft.by = by->empty() ? std::nullopt : std::optional<Id>(*by);
    }
    widget::record("Confidential: kept from the family");
    ImGui::Checkbox("Confidential: kept from the family", &draft.confidential);
    ImGui::SameLine();
    const bool saveClicked = widget::button("Save the view");
    ImGui::SameLine();
    const bool cancelClicked = widget::button("Cancel");
    widget::text(shortcut::keysFor(Command::SaveChildView) + ": save.  " +
                     shortcut::keysFor(Command::CancelChildView) +
                     ": close.  Tab: how, and by whom.",
                 pal.muted);
    if (!draft.error.empty()) widget::wrapped(draft.error, pal.problem);
    ImGui::PopID();
    const bool picking = draft.howPicker.open || draft.byPicker.open;
    if (enter || saveClicked || (!picking && fired(Command::SaveChildView)))
        save(view, child, draft, out);
    else if (cancelClicked || (!picking && fired(Command::CancelChildView)))
        draft = ChildViewDraft{};
}

} // namespace

void drawChildViews(const ConsoleView& view, ConsoleState& state, Intents& out, const Child& child,
                    const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    widget::heading(view.fonts, "Views of " + cpc::firstName(child.name));
    if (child.views.empty() && !st.view.open)
        widget::wrapped("None recorded yet. " + shortcut::keysFor(Command::RecordChildView) +
                            ": record what " + cpc::firstName(child.name) +
                            " said, wrote or recorded, what someone relayed, or what was seen.",
                        pal.muted);
    for (std::size_t i = 0; i < child.views.size(); ++i) {
        const ChildView& v = child.views[i];
        ImGui::PushID(static_cast<int>(i));
        widget::wrapped(howViewCame(c, child, v), pal.muted);
        widget::wrapped(viewWords(child, v));
        if (!mayShow(c, v, Audience::family()))
            widget::text(v.confidential ? "Confidential: kept from the family"
                                        : "Kept from the family: given while one of them was out",
                         pal.confidential);
        // The child's plan gives the words back only when a child can read
        // them: say so while the chair can still put them another way.
        else if (!viewForChild(c, child, v).kept)
            widget::wrapped("Not given back in " + cpc::firstName(child.name) +
                                "'s plan as written: " + notForChild(trimmed(v.text)) +
                                ". Change it to words " + cpc::firstName(child.name) +
                                " can read, or quote their own words.",
                            pal.warning);
        if (widget::button("Change")) {
            st.view = ChildViewDraft{.open = true,
                                     .index = i,
                                     .how = v.how,
                                     .by = v.by,
                                     .text = v.text,
                                     .confidential = v.confidential,
                                     .wantFocus = true};
        }
        ImGui::SameLine();
        if (widget::button("Remove")) {
            Child changed = child;
            changed.views.erase(changed.views.begin() + static_cast<std::ptrdiff_t>(i));
            emit(out, edit::PutChild{changed});
            st.view = ChildViewDraft{};
        }
        ImGui::PopID();
    }
    if (st.view.open)
        drawForm(view, st, child, out, pal);
    else if (widget::button("Record a view (" + shortcut::keysFor(Command::RecordChildView) + ")"))
        openNew(c, st.view);
}

void openChildView(const Conference& c, DecisionState& st) {
    openNew(c, st.view);
}

} // namespace cpc::ui::decision
