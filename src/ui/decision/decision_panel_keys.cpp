// The chair's side of the decision by keyboard, so that a decision with its
// dissent and the parents' view is recorded without reaching for the mouse:
// Ctrl chords, because the single keys belong to the recommendations table.
// Every chord has its twin on screen (a radio button, a tick, a box of words).

#include "domain/names.hpp"
#include "ui/decision/decision_panel.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/shortcut_keys.hpp"

#include <algorithm>

namespace cpc::ui::decision {
namespace {

using shortcut::Command;
using shortcut::fired;

// The next outcome in `order`; after the last, none ("not decided yet").
void cycleOutcome(Intents& out, const Decision& d, const std::vector<OutcomeChoice>& order) {
    const auto now = choiceOf(d);
    const auto it = now ? std::find(order.begin(), order.end(), *now) : order.end();
    std::optional<OutcomeChoice> next;
    if (it == order.end())
        next = order.front();
    else if (it + 1 != order.end())
        next = *(it + 1);
    setOutcome(out, d, next);
}

void toggleDecisionCategory(Intents& out, const Decision& d, Category cat) {
    if (!d.outcome || !isPlanOutcome(*d.outcome)) return; // a category belongs to a plan
    std::vector<Category> cats = d.categories;
    if (auto it = std::find(cats.begin(), cats.end(), cat); it != cats.end())
        cats.erase(it);
    else
        cats.push_back(cat);
    std::sort(cats.begin(), cats.end());
    emit(out, edit::SetOutcome{d.child, d.outcome, cats});
}

void moveDissent(const Conference& c, DecisionState& st, Intents& out, const Decision& d,
                 int step) {
    if (d.dissent.empty()) return;
    const Dissent* at = selectedDissent(st, d);
    const auto last = static_cast<std::ptrdiff_t>(d.dissent.size()) - 1;
    const std::ptrdiff_t i = at ? at - d.dissent.data() : last;
    const Dissent& to =
        d.dissent[static_cast<std::size_t>(std::clamp(i + step, std::ptrdiff_t{0}, last))];
    saveWriting(c, st, out);
    st.dissent = to.participant;
    startWriting(st, writing::DissentReasons{to.participant}, to.reasons);
}

// An edit that carries words with another change: the words being written go
// with it, and the writing carries on where it was.
template <class Change>
void withWords(const Conference& c, DecisionState& st, Intents& out, const DecisionWords& key,
               Change change) {
    const bool writing = st.editing == key;
    const std::string words = takeWords(c, st, out, key);
    change(trimmedEnd(words));
    if (writing) startWriting(st, key, words);
}

void toggleEscalated(const Conference& c, DecisionState& st, Intents& out, const Decision& d) {
    const Dissent* x = selectedDissent(st, d);
    if (!x) return;
    Dissent changed = *x;
    withWords(c, st, out, writing::DissentReasons{x->participant}, [&](const std::string& words) {
        changed.reasons = words;
        changed.escalated = !changed.escalated;
        emit(out, edit::RecordDissent{d.child, changed});
    });
}

void removeDissent(DecisionState& st, Intents& out, const Decision& d) {
    const Dissent* x = selectedDissent(st, d);
    if (!x) return;
    if (st.editing == DecisionWords{writing::DissentReasons{x->participant}}) {
        st.editing.reset();
        st.draft.clear();
    }
    emit(out, edit::RemoveDissent{d.child, x->participant});
    st.dissent.reset();
}

void changeParentsView(const Conference& c, DecisionState& st, Intents& out, const Decision& d,
                       const Id& parent, auto change) {
    withWords(c, st, out, writing::ParentsWords{parent}, [&](const std::string& words) {
        const ParentsView* was = parentsViewOf(d, parent);
        ParentsView pv = was ? *was : ParentsView{.participant = parent};
        pv.text = words;
        change(pv);
        emit(out, edit::SetParentsView{d.child, pv});
    });
}

void nextParent(DecisionState& st, const std::vector<Id>& parents) {
    if (parents.empty()) return;
    auto at = std::find(parents.begin(), parents.end(), st.parent.value_or(parents.front()));
    st.parent = (at == parents.end() || at + 1 == parents.end()) ? parents.front() : *(at + 1);
}

} // namespace

const Dissent* selectedDissent(const DecisionState& st, const Decision& d) {
    if (d.dissent.empty()) return nullptr;
    for (const auto& x : d.dissent)
        if (st.dissent == x.participant) return &x;
    return &d.dissent.back(); // the one recorded last
}

void chairKeys(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    if (st.dissentPicker.open) return; // the picker's keys come first
    if (fired(Command::NextOutcome)) cycleOutcome(out, d, usualChoices(c.details.kind));
    if (fired(Command::AnyOutcome)) cycleOutcome(out, d, everyChoice());
    static constexpr std::pair<Command, Category> categoryKeys[] = {
        {Command::DecisionPhysical, Category::Physical},
        {Command::DecisionEmotional, Category::Emotional},
        {Command::DecisionSexual, Category::Sexual},
        {Command::DecisionNeglect, Category::Neglect},
    };
    for (const auto& [command, cat] : categoryKeys)
        if (fired(command)) toggleDecisionCategory(out, d, cat);
    if (fired(Command::WriteMultiple) && d.categories.size() > 1) {
        saveWriting(c, st, out);
        startWriting(st, writing::MultipleCategories{}, d.multipleCategoryReasons);
    }
    if (fired(Command::SomeoneElseDissents) && !othersWhoMayDissent(c, d).empty()) {
        saveWriting(c, st, out);
        openPicker(st.dissentPicker);
        return;
    }
    if (fired(Command::DissentUp)) moveDissent(c, st, out, d, -1);
    if (fired(Command::DissentDown)) moveDissent(c, st, out, d, 1);
    if (fired(Command::ToggleEscalated)) toggleEscalated(c, st, out, d);
    if (fired(Command::RemoveDissent)) removeDissent(st, out, d);
    const auto parents = parentsWithViews(c, d);
    if (fired(Command::NextParent)) {
        saveWriting(c, st, out);
        nextParent(st, parents);
    }
    if (parents.empty()) return;
    const Id parent = selectedParent(st, parents);
    if (fired(Command::WriteParentsView)) {
        saveWriting(c, st, out);
        startWriting(st, writing::ParentsWords{parent},
                     storedWords(c, d.child, writing::ParentsWords{parent}));
    }
    if (fired(Command::ComplaintExplained))
        changeParentsView(c, st, out, d, parent, [](ParentsView& pv) {
            pv.complaintProcessExplained = !pv.complaintProcessExplained;
        });
    // While writing, Ctrl+A selects the words, as everywhere else.
    if (!st.editing && !ImGui::GetIO().WantTextInput && fired(Command::ParentsAgree))
        changeParentsView(c, st, out, d, parent, [](ParentsView& pv) {
            pv.agrees = !pv.agrees   ? std::optional<bool>(true)
                        : *pv.agrees ? std::optional<bool>(false)
                                     : std::nullopt;
        });
}

} // namespace cpc::ui::decision
