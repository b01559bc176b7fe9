// The Decision phase, one child at a time: the threshold test as two plain
// questions, each professional's recommendation set by a key or two, the
// tally; then the chair's outcome, reasons and dissent (decision_panel_outcome.cpp).
// The chair cannot leave a decision that has an outcome and no reasons: the
// phase change is held (console.cpp's goToPhase asks DecisionState::leaving) and
// refused here with the reason in words.

#include "ui/decision/decision_panel.hpp"

#include "domain/decision_support.hpp"
#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "domain/typed.hpp"
#include "ui/console/console_parts.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui {
namespace {

using namespace decision;
using shortcut::Command;
using shortcut::fired;

std::string yesNo(const std::optional<bool>& b) {
    return b ? (*b ? "yes" : "no") : "not asked";
}

// The professionals whose recommendation is sought: those in the room, anyone
// whose view is already recorded, and whoever the chair has picked.
std::vector<Id> professionalsOf(const ConsoleView& view, const Decision& d,
                                const std::optional<Id>& picked) {
    const Conference& c = view.conference;
    std::vector<Id> out;
    for (const auto& p : c.participants) {
        const bool hasView = std::any_of(d.views.begin(), d.views.end(),
                                         [&](const View& v) { return v.participant == p.id; });
        if ((isProfessional(p.role) && (isPresent(p, view.now) || picked == p.id)) || hasView)
            out.push_back(p.id);
    }
    return out;
}

std::string categoriesText(const std::vector<Category>& categories) {
    std::string out;
    for (auto cat : categories)
        out += (out.empty() ? "" : ", ") + std::string(label(cat));
    return out;
}

// Switching child saves what is being written, unless this child still lacks its reasons.
void switchChild(const Conference& c, DecisionState& st, Intents& out, const Id& to) {
    if (st.child == to) return;
    if (st.child) {
        const Decision* d = findDecision(c, *st.child);
        if (d && d->outcome && isBlank(reasonsNow(c, st, *st.child))) {
            st.message = missingReasonsMessage(c, *st.child);
            return;
        }
    }
    saveWriting(c, st, out);
    st.child = to;
    st.person.reset();
    st.dissent.reset();
    st.dissentPicker.open = false;
    st.message.clear();
}

void nextChild(const Conference& c, DecisionState& st, Intents& out) {
    const auto& kids = c.children;
    auto it =
        std::find_if(kids.begin(), kids.end(), [&](const Child& ch) { return st.child == ch.id; });
    const std::size_t at = it == kids.end() ? 0 : static_cast<std::size_t>(it - kids.begin());
    switchChild(c, st, out, kids[(at + 1) % kids.size()].id);
}

// The chair asked to leave the phase while it was held: save what is being
// written, then let the chair go, or keep them here and say why.
bool leaveIfAllowed(const Conference& c, ConsoleState& state, Intents& out) {
    auto& st = state.decision;
    const auto* asked = std::get_if<leaving::Asked>(&st.leaving);
    if (!asked) return false;
    const Phase to = asked->to;
    st.leaving = leaving::Held{};
    const auto missing = missingReasons(c, st);
    saveWriting(c, st, out);
    if (missing) {
        st.child = *missing;
        st.message = missingReasonsMessage(c, *missing);
        return false;
    }
    st.leaving = leaving::Free{};
    st.message.clear();
    goToPhase(state, to);
    return true;
}

// A new view is timed, so that what a professional said while the family was
// out stays out of the family's copy (domain/disclosure.hpp).
void setView(DecisionState& st, Intents& out, const Conference& c, DateTime now, const Decision& d,
             const Id& who, auto change) {
    View v;
    if (const View* had = viewOf(d, who)) {
        v = *had;
    } else {
        v.participant = who;
        v.said = now;
    }
    v.comment = takeWords(c, st, out, writing::Comment{who});
    change(v);
    emit(out, edit::RecordView{d.child, v});
}

void toggleCategory(View& v, Category cat) {
    auto it = std::find(v.categories.begin(), v.categories.end(), cat);
    if (it != v.categories.end()) {
        v.categories.erase(it);
    } else {
        v.categories.push_back(cat);
        std::sort(v.categories.begin(), v.categories.end());
    }
    // A category is a reason for a plan.
    v.recommendation = Recommendation::Plan;
}

void moveProfessional(DecisionState& st, const std::vector<Id>& rows, int step) {
    if (rows.empty()) return;
    auto at = st.person ? std::find(rows.begin(), rows.end(), *st.person) - rows.begin() : -1;
    const auto last = static_cast<std::ptrdiff_t>(rows.size()) - 1;
    at = at < 0 || at > last ? (step > 0 ? 0 : last)
                             : std::clamp(at + step, std::ptrdiff_t{0}, last);
    st.person = rows[static_cast<std::size_t>(at)];
}

void cycleThreshold(Intents& out, const Decision& d, bool first) {
    ThresholdTest t = d.threshold;
    auto& answer = first ? t.sufferedAndLikelyFurther : t.likelyToSuffer;
    answer = !answer   ? std::optional<bool>(true)
             : *answer ? std::optional<bool>(false)
                       : std::nullopt;
    emit(out, edit::SetThreshold{d.child, t});
}

void decisionKeys(const ConsoleView& view, ConsoleState& state, Intents& out, const Decision& d,
                  const std::vector<Id>& rows) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    if (st.dissentPicker.open) return; // its keys are its own until it closes
    if (st.view.open) return;          // so are the view of the child's
    if (fired(Command::RecordChildView)) {
        saveWriting(c, st, out);
        return openChildView(c, st);
    }
    // Chords work while writing too; single keys only while nothing takes typing.
    if (fired(Command::NextChild)) return nextChild(c, st, out);
    if (fired(Command::WriteReasons)) {
        saveWriting(c, st, out);
        startWriting(st, writing::Reasons{}, d.reasons);
        return;
    }
    if (fired(Command::ShowDecision)) toggleProjector(state, d.child);
    if (fired(Command::OfferDissent)) offerNextDissent(c, view.now, st, out, d);
    if (fired(Command::ThresholdHarmed)) cycleThreshold(out, d, true);
    if (fired(Command::ThresholdLikely)) cycleThreshold(out, d, false);
    chairKeys(view, state, out, d);
    if (!!st.editing || ImGui::GetIO().WantTextInput) return;
    if (fired(Command::ProfessionalDown)) moveProfessional(st, rows, 1);
    if (fired(Command::ProfessionalUp)) moveProfessional(st, rows, -1);
    if (!st.person) return;
    const Id who = *st.person;
    if (fired(Command::RecommendPlan))
        setView(st, out, c, view.now, d, who,
                [](View& v) { v.recommendation = Recommendation::Plan; });
    if (fired(Command::RecommendNoPlan))
        setView(st, out, c, view.now, d, who, [](View& v) {
            v.recommendation = Recommendation::NoPlan;
            v.categories.clear();
        });
    static constexpr std::pair<Command, Category> categoryKeys[] = {
        {Command::CategoryPhysical, Category::Physical},
        {Command::CategoryEmotional, Category::Emotional},
        {Command::CategorySexual, Category::Sexual},
        {Command::CategoryNeglect, Category::Neglect},
    };
    for (const auto& [command, cat] : categoryKeys)
        if (fired(command))
            setView(st, out, c, view.now, d, who, [&](View& v) { toggleCategory(v, cat); });
    if (fired(Command::RemoveRecommendation) && viewOf(d, who))
        emit(out, edit::RemoveView{d.child, who});
    if (fired(Command::WriteComment)) {
        if (const View* v = viewOf(d, who)) startWriting(st, writing::Comment{who}, v->comment);
    }
}

void drawChildTabs(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        std::string text = widget::childWithAge(child, dateOf(view.now)) + ": " +
                           (d && d->outcome ? choiceLabel(*choiceOf(*d)) : "not decided");
        const bool current = st.child == child.id;
        if (current) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(pal.selection));
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                                  ImGui::ColorConvertU32ToFloat4(pal.selection));
        }
        if (current && view.fonts && view.fonts->bold) ImGui::PushFont(view.fonts->bold);
        if (widget::button(text + "##child" + child.id)) switchChild(c, st, out, child.id);
        if (current && view.fonts && view.fonts->bold) ImGui::PopFont();
        if (current) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    widget::text(c.children.size() > 1 ? shortcut::keysFor(Command::NextChild) + ": next child"
                                       : "",
                 pal.muted);
    // What the projector shows of the decisions.
    const auto& p = state.projector;
    const bool shown = p.showDecision && p.decisionChild == st.child;
    const std::string name = widget::childNames(c, {*st.child});
    const std::string button = (shown ? "Take " + name + "'s decision off the projector"
                                      : "Show " + name + "'s decision on the projector") +
                               " (" + shortcut::keysFor(Command::ShowDecision) + ")";
    if (widget::button(button)) toggleProjector(state, *st.child);
    ImGui::SameLine();
    if (p.showDecision && p.decisionChild)
        widget::text("The projector shows " + widget::childNames(c, {*p.decisionChild}) +
                         "'s decision.",
                     pal.good);
    else
        widget::text("The projector shows no decision.", pal.muted);
}

void drawThreshold(const ConsoleView& view, Intents& out, const Decision& d, const Palette& pal) {
    const Conference& c = view.conference;
    const std::string name = widget::childNames(c, {d.child});
    widget::heading(view.fonts, "Threshold");
    auto question = [&](const std::string& words, const std::optional<bool>& answer, bool first,
                        Command key) {
        ImGui::AlignTextToFramePadding();
        widget::text(words);
        const std::string id = first ? "##t1" : "##t2";
        auto radio = [&](const char* text, std::optional<bool> value) {
            ImGui::SameLine();
            widget::record(text);
            if (ImGui::RadioButton((text + id).c_str(), answer == value) && answer != value) {
                ThresholdTest t = d.threshold;
                (first ? t.sufferedAndLikelyFurther : t.likelyToSuffer) = value;
                emit(out, edit::SetThreshold{d.child, t});
            }
        };
        radio("Yes", true);
        radio("No", false);
        radio("Not asked", std::nullopt);
        ImGui::SameLine();
        widget::text("(" + shortcut::keysFor(key) + ")", pal.muted);
    };
    question("Has " + name + " suffered significant harm, with further harm likely?",
             d.threshold.sufferedAndLikelyFurther, true, Command::ThresholdHarmed);
    question("Is " + name + " likely to suffer significant harm?", d.threshold.likelyToSuffer,
             false, Command::ThresholdLikely);
    const auto& t = d.threshold;
    if (t.sufferedAndLikelyFurther == true || t.likelyToSuffer == true)
        widget::text("Threshold met: " + name + " is at continuing risk of significant harm.",
                     pal.text);
    else if (t.sufferedAndLikelyFurther == false && t.likelyToSuffer == false)
        widget::text("Threshold not met: no to both questions.", pal.text);
    else
        widget::text("Threshold: " + yesNo(t.sufferedAndLikelyFurther) + " / " +
                         yesNo(t.likelyToSuffer) + ".",
                     pal.muted);
}

void drawSelectedProfessional(const ConsoleView& view, ConsoleState& state, Intents& out,
                              const Decision& d, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    if (!st.person) return;
    const Id who = *st.person;
    const View* v = viewOf(d, who);
    ImGui::AlignTextToFramePadding();
    widget::text(widget::personName(c, who) + ":");
    auto recommend = [&](const char* text, Recommendation r, Command key) {
        ImGui::SameLine();
        const std::string words = std::string(text) + " (" + shortcut::keysFor(key) + ")";
        widget::record(words);
        if (ImGui::RadioButton((words + "##rec").c_str(), v && v->recommendation == r) &&
            !(v && v->recommendation == r))
            setView(st, out, c, view.now, d, who, [&](View& x) {
                x.recommendation = r;
                if (r == Recommendation::NoPlan) x.categories.clear();
            });
    };
    recommend("Plan", Recommendation::Plan, Command::RecommendPlan);
    recommend("No plan", Recommendation::NoPlan, Command::RecommendNoPlan);
    static constexpr Command keys[] = {Command::CategoryPhysical, Command::CategoryEmotional,
                                       Command::CategorySexual, Command::CategoryNeglect};
    std::size_t k = 0;
    for (const auto& n : names<Category>()) {
        // "Physical (1)": the first word is enough beside the key.
        const std::string_view word = n.label.substr(0, n.label.find(' '));
        const std::string words = std::string(word) + " (" + shortcut::keysFor(keys[k++ % 4]) + ")";
        widget::sameLineIfFits(words + "      ");
        bool on = v && std::find(v->categories.begin(), v->categories.end(), n.value) !=
                           v->categories.end();
        widget::record(words);
        if (ImGui::Checkbox((words + "##cat").c_str(), &on))
            setView(st, out, c, view.now, d, who, [&](View& x) { toggleCategory(x, n.value); });
    }
    if (v) {
        longText(view, state, out, writing::Comment{who},
                 "Their comment: press " + shortcut::keysFor(Command::WriteComment) +
                     " or click to write it.",
                 1, pal);
        if (widget::button("Remove their recommendation (" +
                           shortcut::keysFor(Command::RemoveRecommendation) + ")")) {
            if (st.editing == DecisionWords{writing::Comment{who}}) st.editing.reset();
            emit(out, edit::RemoveView{d.child, who});
        }
    }
}

void drawRecommendations(const ConsoleView& view, ConsoleState& state, Intents& out,
                         const Decision& d, const std::vector<Id>& rows, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    widget::heading(view.fonts, "Professionals' recommendations");
    if (rows.empty()) {
        widget::wrapped("No professionals are in the room. Mark arrivals in Introductions, or "
                        "add a view from someone who sent a report below.",
                        pal.muted);
    } else if (ImGui::BeginTable("##views", 4,
                                 ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_BordersOuter)) {
        const float em = widget::em();
        ImGui::TableSetupColumn("Professional", ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn("Recommends", ImGuiTableColumnFlags_WidthFixed, 5 * em);
        ImGui::TableSetupColumn("Categories", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableSetupColumn("Comment", ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableHeadersRow();
        const bool moved = ImGui::IsKeyPressed(key::Up) || ImGui::IsKeyPressed(key::Down);
        for (const auto& who : rows) {
            const View* v = viewOf(d, who);
            const bool selected = st.person == who;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            const std::string name = widget::personWithRole(c, who);
            widget::record(name);
            if (ImGui::Selectable((name + "##row" + who).c_str(), selected,
                                  ImGuiSelectableFlags_SpanAllColumns))
                st.person = who;
            if (selected && moved) ImGui::SetScrollHereY();
            ImGui::TableNextColumn();
            if (!v)
                widget::text("not given", pal.muted);
            else
                widget::text(v->recommendation == Recommendation::Plan ? "Plan" : "No plan");
            ImGui::TableNextColumn();
            if (v) widget::text(categoriesText(v->categories));
            ImGui::TableNextColumn();
            // One line each, so the whole table stays in view; the full words are a point away.
            if (v) {
                widget::text(widget::shortened(v->comment, 34), pal.muted);
                if (!v->comment.empty() && ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", v->comment.c_str());
            }
        }
        ImGui::EndTable();
    }
    // Someone not in the room who sent their view.
    std::vector<Id> absent;
    for (const auto& p : c.participants)
        if (isProfessional(p.role) && std::find(rows.begin(), rows.end(), p.id) == rows.end())
            absent.push_back(p.id);
    if (!absent.empty()) {
        ImGui::SetNextItemWidth(std::min(24 * widget::em(), ImGui::GetContentRegionAvail().x));
        if (ImGui::BeginCombo("##absent", "A view from someone not in the room...")) {
            for (const auto& id : absent)
                if (ImGui::Selectable(widget::personWithRole(c, id).c_str())) st.person = id;
            ImGui::EndCombo();
        }
    }
    widget::wrapped("Up/Down: who.  " + shortcut::keysFor(Command::RecommendPlan) + ": plan.  " +
                        shortcut::keysFor(Command::RecommendNoPlan) +
                        ": no plan.  1 to 4: category (1 physical, 2 emotional, 3 sexual, 4 "
                        "neglect).  " +
                        shortcut::keysFor(Command::WriteComment) + ": their comment.",
                    pal.muted);
    drawSelectedProfessional(view, state, out, d, pal);

    const Tally t = tallyOf(c, d);
    std::string cats;
    for (const auto& n : names<Category>())
        if (const int k = t.categories[static_cast<std::size_t>(n.value)]; k > 0)
            cats += (cats.empty() ? "" : ", ") + std::string(n.label) + " " + std::to_string(k);
    widget::heading(view.fonts, "Tally: " + std::to_string(t.plan) + " for a plan, " +
                                    std::to_string(t.noPlan) + " for no plan" +
                                    (cats.empty() ? "." : ".  Categories: " + cats + "."));
}

} // namespace

void drawDecision(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    const Conference& c = view.conference;
    auto& st = state.decision;
    if (c.children.empty()) {
        st.leaving = leaving::Free{};
        widget::text("No children are recorded yet: add them in Prepare.", pal.muted);
        return;
    }
    if (!st.child || !findChild(c, *st.child)) {
        st.child = c.children.front().id;
        st.editing.reset();
    }
    if (leaveIfAllowed(c, state, out)) return;
    if (!st.message.empty() && !missingReasons(c, st)) st.message.clear();

    ImGui::BeginChild("##decision", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    {
        const Decision d = decisionOf(c, *st.child);
        const auto rows = professionalsOf(view, d, st.person);
        if (st.person && std::find(rows.begin(), rows.end(), *st.person) == rows.end())
            st.person.reset();
        if (!st.person && !rows.empty()) st.person = rows.front();
        if (!state.showHelp) decisionKeys(view, state, out, d, rows);
    }
    drawChildTabs(view, state, out, pal);
    if (!st.message.empty()) widget::wrapped(st.message, pal.problem);
    ImGui::Separator();

    const Decision d = decisionOf(c, *st.child);
    const auto rows = professionalsOf(view, d, st.person);
    const float em = widget::em();
    const float left = std::max(30 * em, ImGui::GetContentRegionAvail().x * 0.54f);
    ImGui::BeginChild("##professionals", {left, 0}, false, ImGuiWindowFlags_NoNavInputs);
    if (const Child* child = findChild(c, *st.child)) drawChildViews(view, state, out, *child, pal);
    ImGui::Spacing();
    drawThreshold(view, out, d, pal);
    ImGui::Spacing();
    drawRecommendations(view, state, out, d, rows, pal);
    ImGui::Spacing();
    drawParents(view, state, out, d, pal);
    ImGui::Dummy({0, widget::em()}); // the last tick clear of the pane's edge when scrolled down
    ImGui::EndChild();
    ImGui::SameLine(0, 1.2f * em);
    ImGui::BeginChild("##chair", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    drawOutcome(view, state, out, d, pal);
    ImGui::Spacing();
    drawDissent(view, state, out, d, pal);
    ImGui::Spacing();
    drawFindings(view, d, pal);
    ImGui::EndChild();
    ImGui::EndChild();
    // Leaving is held while an outcome lacks its reasons or words are unsaved.
    const bool held = missingReasons(c, st).has_value() || st.editing.has_value() ||
                      (st.view.open && !isBlank(st.view.text));
    if (!held)
        st.leaving = leaving::Free{};
    else if (std::holds_alternative<leaving::Free>(st.leaving))
        st.leaving = leaving::Held{};
}

} // namespace cpc::ui
