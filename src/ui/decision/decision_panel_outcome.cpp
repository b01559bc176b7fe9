// The chair's side of a child's decision: the outcome (those that fit the
// kind of conference first), categories, reasons, the exceptional reason for
// more than one category; dissent, offered pre-filled for every professional
// whose recommendation differs; the parents' view; what the rules found.

#include "domain/decision_support.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "domain/typed.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/decision/decision_panel.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui::decision {
namespace {

using shortcut::Command;

std::string recommended(const View& v) {
    std::string out = v.recommendation == Recommendation::Plan ? "a plan" : "no plan";
    if (!v.categories.empty()) {
        std::string cats;
        for (auto cat : v.categories)
            cats += (cats.empty() ? "" : ", ") + std::string(label(cat));
        out += " (" + cats + ")";
    }
    return out;
}

// What a dissent starts with: their own words when they gave any.
std::string startingReasons(const Conference& c, const View& v) {
    if (!v.comment.empty()) return v.comment;
    // The record reads it: the whole name and role, never a title taken for a name.
    return widget::personWithRole(c, v.participant) + " recommended " + recommended(v) + ".";
}

void outcomeRadio(const Decision& d, std::optional<OutcomeChoice> o, Intents& out,
                  const std::string& text) {
    const bool chosen = choiceOf(d) == o;
    widget::record(text);
    if (ImGui::RadioButton(text.c_str(), chosen) && !chosen) setOutcome(out, d, o);
}

} // namespace

void setOutcome(Intents& out, const Decision& d, std::optional<OutcomeChoice> o) {
    if (choiceOf(d) == o) return;
    // Categories belong to a plan: a plan keeps them, any other outcome has none.
    std::vector<Category> categories;
    if (o && isPlanOutcome(o->outcome)) categories = d.categories;
    emit(out, edit::SetOutcome{d.child, o ? std::optional(o->outcome) : std::nullopt, categories,
                               o && o->childInNeedPlan});
}

// Timed: reasons given while a family member was out stay out of their copy.
// Begun from a view, the words are the view's, and so is the time.
void recordDissentOf(const Conference& c, DateTime now, DecisionState& st, Intents& out,
                     const Decision& d, const Id& who) {
    saveWriting(c, st, out);
    const View* v = viewOf(d, who);
    const std::string reasons = v ? startingReasons(c, *v) : "";
    // The words are the view's, so they are as protected as the view was.
    emit(out, edit::RecordDissent{d.child, Dissent{who, reasons, false, v ? v->said : now}});
    // Straight into their words: the chair adds to what they said (after a
    // space, so the words do not run together), or presses Enter.
    st.dissent = who;
    startWriting(st, writing::DissentReasons{who}, reasons.empty() ? reasons : reasons + " ");
}

void offerNextDissent(const Conference& c, DateTime now, DecisionState& st, Intents& out,
                      const Decision& d) {
    const auto offered = dissentToOffer(c, d);
    if (offered.empty()) return;
    recordDissentOf(c, now, st, out, d, offered.front());
}

void drawOutcome(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal) {
    const Conference& c = view.conference;
    const std::string name = widget::childNames(c, {d.child});
    widget::heading(view.fonts, "The chair's decision for " + name);
    widget::wrapped("The chair decides, taking account of the professionals' views but not bound "
                    "by them.",
                    pal.muted);
    const auto usual = usualChoices(c.details.kind);
    for (const OutcomeChoice& o : usual)
        outcomeRadio(d, o, out, choiceLabel(o) + "##outcome");
    outcomeRadio(d, std::nullopt, out, "Not decided yet##outcome");
    widget::text(shortcut::keysFor(Command::NextOutcome) + ": the next outcome.  " +
                     shortcut::keysFor(Command::AnyOutcome) + ": the unusual ones too.",
                 pal.muted);
    std::vector<OutcomeChoice> others;
    for (const OutcomeChoice& o : everyChoice())
        if (std::find(usual.begin(), usual.end(), o) == usual.end()) others.push_back(o);
    const auto chosen = choiceOf(d);
    if (ImGui::TreeNode("Other outcomes (not usual for this kind of conference)")) {
        for (const OutcomeChoice& o : others)
            outcomeRadio(d, o, out, choiceLabel(o) + "##other");
        ImGui::TreePop();
    } else if (chosen && std::find(others.begin(), others.end(), *chosen) != others.end()) {
        widget::text("Chosen: " + choiceLabel(*chosen), pal.warning);
    }

    if (d.outcome && isPlanOutcome(*d.outcome)) {
        ImGui::AlignTextToFramePadding();
        widget::text("Category (Ctrl+Shift+1 to 4):");
        for (const auto& n : names<Category>()) {
            // The box and its label: wrapped rather than cut off at the edge.
            widget::sameLineIfFits(std::string(n.label) + "      ");
            bool on =
                std::find(d.categories.begin(), d.categories.end(), n.value) != d.categories.end();
            widget::record(n.label);
            if (ImGui::Checkbox((std::string(n.label) + "##chair").c_str(), &on)) {
                std::vector<Category> cats;
                for (const auto& m : names<Category>())
                    if (m.value == n.value ? on
                                           : std::find(d.categories.begin(), d.categories.end(),
                                                       m.value) != d.categories.end())
                        cats.push_back(m.value);
                emit(out, edit::SetOutcome{d.child, d.outcome, cats, d.childInNeedPlan});
            }
        }
        if (d.categories.empty())
            widget::text("A plan needs a category of abuse or neglect.", pal.warning);
    }

    ImGui::Spacing();
    const bool needed = d.outcome.has_value();
    widget::text(
        "Reasons" + std::string(needed ? " (the chair records why; needed before moving on)" : ""),
        needed && isBlank(reasonsNow(c, state.decision, d.child)) ? pal.problem : pal.text);
    longText(view, state, out, writing::Reasons{},
             "Click, or press " + shortcut::keysFor(Command::WriteReasons) +
                 ", to write the reasons for the decision.",
             3, pal);

    if (d.categories.size() > 1) {
        ImGui::Spacing();
        widget::wrapped("More than one category is for exceptional circumstances only: say why. "
                        "This decision is flagged for audit by the IRO manager.",
                        pal.warning);
        longText(view, state, out, writing::MultipleCategories{},
                 "Press " + shortcut::keysFor(Command::WriteMultiple) +
                     ", or click, to write why more than one category is needed.",
                 2, pal);
    }
}

void drawDissent(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    widget::heading(view.fonts, "Dissent");
    if (!d.outcome)
        widget::wrapped("Once the outcome is set, every professional whose recommendation "
                        "differs from it is offered here.",
                        pal.muted);
    const auto offered = dissentToOffer(c, d);
    for (std::size_t i = 0; i < offered.size(); ++i) {
        const Id& who = offered[i];
        const View* v = viewOf(d, who);
        widget::wrapped(widget::personWithRole(c, who) + " recommended " +
                            (v ? recommended(*v) : std::string("otherwise")) +
                            (v && !v->comment.empty() ? ": \"" + v->comment + "\"" : "."),
                        pal.warning);
        const std::string button =
            "Record their dissent" +
            (i == 0 ? " (" + shortcut::keysFor(Command::OfferDissent) + ")" : std::string()) +
            "##offer" + who;
        if (widget::button(button)) recordDissentOf(c, view.now, st, out, d, who);
    }
    if (!d.dissent.empty())
        widget::text(shortcut::keysFor(Command::DissentUp) + "/Down: select a dissent and write "
                                                             "its reasons.",
                     pal.muted);
    const Dissent* selected = selectedDissent(st, d);
    for (const auto& x : d.dissent) {
        ImGui::Spacing();
        const bool isSelected = selected == &x;
        widget::text(widget::personWithRole(c, x.participant) + " dissents:",
                     isSelected ? pal.text : pal.muted);
        if (isSelected) {
            ImGui::SameLine();
            widget::text("(" + shortcut::keysFor(Command::ToggleEscalated) + ": escalated.  " +
                             shortcut::keysFor(Command::RemoveDissent) + ": remove.)",
                         pal.muted);
        }
        longText(view, state, out, writing::DissentReasons{x.participant},
                 "Click to write why they dissent (it goes in the record).", 1, pal);
        if (st.editing == DecisionWords{writing::DissentReasons{x.participant}})
            st.dissent = x.participant;
        bool escalated = x.escalated;
        const std::string tick =
            "Escalated: they think the decision leaves the child at risk##" + x.participant;
        widget::record(tick.substr(0, tick.find("##")));
        if (ImGui::Checkbox(tick.c_str(), &escalated)) {
            Dissent changed = x;
            changed.reasons = takeWords(c, st, out, writing::DissentReasons{x.participant});
            changed.escalated = escalated;
            emit(out, edit::RecordDissent{d.child, changed});
        }
        ImGui::SameLine();
        if (widget::button("Remove##dissent" + x.participant)) {
            if (st.editing == DecisionWords{writing::DissentReasons{x.participant}})
                st.editing.reset();
            emit(out, edit::RemoveDissent{d.child, x.participant});
        }
    }
    // Anyone else who wants their disagreement on the record.
    const auto others = othersWhoMayDissent(c, d);
    if (others.empty()) return;
    ImGui::Spacing();
    if (!st.dissentPicker.open) {
        if (widget::button("Someone else dissents (" +
                           shortcut::keysFor(Command::SomeoneElseDissents) + ")")) {
            saveWriting(c, st, out);
            openPicker(st.dissentPicker);
        }
        return;
    }
    const PickerSetup setup{.question = "Who else dissents? Type part of a name, Enter to pick, "
                                        "Esc to cancel.",
                            .only = others,
                            .noOne = "",
                            .noMatch = "No one else who was invited matches."};
    const Pick pick = drawPersonPicker(st.dissentPicker, c, view.now, pal, setup);
    if (pick.outcome == PickOutcome::Picked && pick.id)
        recordDissentOf(c, view.now, st, out, d, *pick.id);
}

std::vector<Id> othersWhoMayDissent(const Conference& c, const Decision& d) {
    const auto offered = dissentToOffer(c, d);
    std::vector<Id> others;
    for (const auto& p : c.participants)
        if (givesViews(p.role) &&
            std::none_of(d.dissent.begin(), d.dissent.end(),
                         [&](const Dissent& x) { return x.participant == p.id; }) &&
            std::find(offered.begin(), offered.end(), p.id) == offered.end())
            others.push_back(p.id);
    return others;
}

std::vector<Id> parentsWithViews(const Conference& c, const Decision& d) {
    std::vector<Id> out;
    if (parentsViewOf(d, "")) out.push_back("");
    for (const Participant* p : parentsAndCarers(c))
        out.push_back(p->id);
    return out;
}

Id selectedParent(const DecisionState& st, const std::vector<Id>& parents) {
    if (st.parent && std::find(parents.begin(), parents.end(), *st.parent) != parents.end())
        return *st.parent;
    return parents.empty() ? Id() : parents.front();
}

namespace {

// One parent's view: whether they agree, their words, and whether their
// right to complain was explained. Separated parents may disagree.
void drawParent(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                const Id& parent, bool selected, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    const DecisionWords key = writing::ParentsWords{parent};
    const ParentsView* was = parentsViewOf(d, parent);
    const ParentsView pv = was ? *was : ParentsView{.participant = parent};
    auto change = [&](auto set) {
        ParentsView changed = pv;
        changed.text = takeWords(c, st, out, key);
        set(changed);
        st.parent = parent;
        emit(out, edit::SetParentsView{d.child, changed});
    };
    ImGui::PushID(parent.empty() ? "together" : parent.c_str());
    const std::string who = parent.empty() ? std::string("The parents together")
                                           : "View of " + widget::personName(c, parent);
    widget::text((selected ? "> " : "  ") + who, selected ? pal.text : pal.muted);
    ImGui::AlignTextToFramePadding();
    widget::text("Agrees with the decision?");
    auto agree = [&](const char* text, std::optional<bool> value) {
        ImGui::SameLine();
        widget::record(text);
        if (ImGui::RadioButton(text, pv.agrees == value) && pv.agrees != value)
            change([&](ParentsView& v) { v.agrees = value; });
    };
    agree("Yes##agree", true);
    agree("No##agree", false);
    agree("Not known##agree", std::nullopt);
    longText(view, state, out, key,
             selected ? "Press " + shortcut::keysFor(Command::WriteParentsView) +
                            ", or click, to write their view in their words."
                      : "Click to write their view in their words.",
             2, pal);
    bool explained = pv.complaintProcessExplained;
    const std::string tick =
        "Their right to complain, and how, has been explained" +
        (selected ? " (" + shortcut::keysFor(Command::ComplaintExplained) + ")" : std::string());
    widget::record(tick);
    if (ImGui::Checkbox(tick.c_str(), &explained))
        change([&](ParentsView& v) { v.complaintProcessExplained = explained; });
    if (pv.agrees == false && !pv.complaintProcessExplained)
        widget::wrapped("They disagree: explain their right to complain, and how, before the "
                        "meeting ends.",
                        pal.warning);
    ImGui::PopID();
}

} // namespace

void drawParents(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                 const Palette& pal) {
    const Conference& c = view.conference;
    widget::heading(view.fonts, "The parents' views");
    widget::wrapped("Each parent and carer has their own view. Family views are recorded here, "
                    "apart from the professionals', and are not counted in the tally. " +
                        shortcut::keysFor(Command::NextParent) + ": the next parent; " +
                        shortcut::keysFor(Command::ParentsAgree) + ": do they agree.",
                    pal.muted);
    const auto parents = parentsWithViews(c, d);
    if (parents.empty()) {
        widget::wrapped("No parent or carer is invited: add them in Prepare.", pal.muted);
        return;
    }
    const Id selected = selectedParent(state.decision, parents);
    for (const auto& parent : parents)
        drawParent(view, state, out, d, parent, parent == selected, pal);
}

void drawFindings(const ConsoleView& view, const Decision& d, const Palette& pal) {
    const Conference& c = view.conference;
    const auto all = checkDecisions(c);
    std::vector<Finding> found;
    for (const auto& f : all)
        if (f.subject == d.child) found.push_back(f);
    widget::heading(view.fonts, "To check");
    // The other children's, counted, so that nothing waits unseen behind a tab.
    std::string others;
    for (const auto& child : c.children) {
        if (child.id == d.child) continue;
        const auto n = std::count_if(all.begin(), all.end(),
                                     [&](const Finding& f) { return f.subject == child.id; });
        if (n > 0)
            others += (others.empty() ? "" : ", ") + widget::childNames(c, {child.id}) + " (" +
                      std::to_string(n) + ")";
    }
    if (!others.empty()) widget::wrapped("Also to check for " + others + ".", pal.muted);
    if (found.empty()) {
        widget::text(d.outcome ? "Nothing: the decision is complete." : "Nothing yet.", pal.muted);
        return;
    }
    for (const auto& f : found) {
        const char* word = f.severity == Severity::Problem   ? "Problem: "
                           : f.severity == Severity::Warning ? "Warning: "
                                                             : "Note: ";
        const ImU32 colour = f.severity == Severity::Problem   ? pal.problem
                             : f.severity == Severity::Warning ? pal.warning
                                                               : pal.muted;
        widget::wrapped(word + f.message, colour);
    }
}

} // namespace cpc::ui::decision
