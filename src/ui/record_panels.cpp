// Scaling, Decision, Plan and Close: for now honest read-only summaries of
// what the record holds. Their editors come later; until then the chair can
// see, in words, exactly what would go into the documents.

#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "ui/panels.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace cpc::ui {
namespace {

void readOnlyNote(const Palette& pal) {
    widget::wrapped("Read only for now: this phase's editor comes in a later version.", pal.muted);
    ImGui::Spacing();
}

std::string aboutChild(const Conference& c, const std::optional<Id>& child) {
    return child ? widget::childNames(c, {*child}) : "all the children";
}

std::string categoriesText(const std::vector<Category>& categories) {
    std::string out;
    for (auto cat : categories)
        out += (out.empty() ? "" : ", ") + std::string(label(cat));
    return out;
}

std::string yesNo(const std::optional<bool>& b) {
    return b ? (*b ? "yes" : "no") : "not asked";
}

// A round's answers on the record, lowest first, the spread in words, very low answers marked.
void drawRound(const ConsoleView& view, const ScalingRound& r, const Palette& pal) {
    const Conference& c = view.conference;
    widget::heading(view.fonts, (r.question.empty() ? "Scaling" : r.question) + " - about " +
                                    aboutChild(c, r.child));
    widget::text("0 = " + (r.low.empty() ? "?" : r.low) +
                     ",  10 = " + (r.high.empty() ? "?" : r.high),
                 pal.muted);
    std::vector<int> scores;
    for (const auto& a : r.responses)
        if (a.score) scores.push_back(*a.score);
    const std::size_t invited =
        std::count_if(c.participants.begin(), c.participants.end(),
                      [](const Participant& p) { return givesViews(p.role); });
    widget::text(std::to_string(r.responses.size()) + " of " + std::to_string(invited) +
                 " answered" + (r.revealed ? "" : "  (blind: not revealed yet)") +
                 (r.anonymous ? "  (anonymous)" : ""));
    if (!scores.empty()) {
        auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
        widget::text("Spread: " + std::to_string(*lo) + " to " + std::to_string(*hi));
    }
    for (const auto& a : r.responses) {
        std::string line = "   " + widget::personWithRole(c, a.participant) + ": " +
                           (a.score ? std::to_string(*a.score) : "declined");
        if (!a.comment.empty()) line += "  - " + a.comment;
        // 0 to 2 on the safe-is-10 scale calls for the chair to act at once.
        const bool veryLow = a.score && r.direction == Direction::HighIsSafe && *a.score <= 2;
        if (veryLow) line += "  (very low: act now)";
        widget::wrapped(line, veryLow ? pal.problem : pal.text);
    }
    ImGui::Spacing();
}

void drawDecisionOf(const ConsoleView& view, const Decision& d, const Palette& pal) {
    const Conference& c = view.conference;
    widget::heading(view.fonts, widget::childNames(c, {d.child}));
    widget::text("Suffered significant harm and further harm likely: " +
                 yesNo(d.threshold.sufferedAndLikelyFurther));
    widget::text("Likely to suffer significant harm: " + yesNo(d.threshold.likelyToSuffer));
    widget::text("Outcome: " + (d.outcome ? std::string(label(*d.outcome)) : "not decided yet"),
                 d.outcome ? pal.text : pal.muted);
    if (!d.categories.empty()) widget::text("Category: " + categoriesText(d.categories));
    if (!d.reasons.empty()) widget::wrapped("Reasons: " + d.reasons);
    if (!d.multipleCategoryReasons.empty())
        widget::wrapped("Why more than one category: " + d.multipleCategoryReasons);
    for (const auto& v : d.views)
        widget::wrapped("   " + widget::personWithRole(c, v.participant) + " recommends " +
                        (v.recommendation == Recommendation::Plan ? "a plan" : "no plan") +
                        (v.categories.empty() ? "" : " (" + categoriesText(v.categories) + ")") +
                        (v.comment.empty() ? "" : ": " + v.comment));
    for (const auto& x : d.dissent)
        widget::wrapped("   Dissent: " + widget::personWithRole(c, x.participant) + ": " +
                            x.reasons + (x.escalated ? " (escalated)" : ""),
                        pal.warning);
    const auto& pv = d.parentsView;
    if (pv.agrees || !pv.text.empty())
        widget::wrapped("Parents' view: " +
                        std::string(pv.agrees ? (*pv.agrees ? "agree. " : "disagree. ") : "") +
                        pv.text);
    widget::text(pv.complaintProcessExplained ? "How to complain: explained"
                                              : "How to complain: not yet explained",
                 pv.complaintProcessExplained ? pal.text : pal.warning);
    ImGui::Spacing();
}

// "Review conference: 2026-06-01" or "by 2026-06-01 (the latest the rules allow)".
void planDate(const char* what, const std::optional<Date>& set, const std::optional<Date>& computed,
              const Palette& pal) {
    if (set)
        widget::text(std::string(what) + ": " + formatLongDate(*set));
    else if (computed)
        widget::text(std::string(what) + ": not set; by " + formatLongDate(*computed) +
                         " at the latest",
                     pal.muted);
}

} // namespace

void drawScaling(const ConsoleView& view, ConsoleState& state, Intents&) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    readOnlyNote(pal);
    if (view.conference.scaling.empty()) widget::text("No scaling rounds yet.", pal.muted);
    for (const auto& r : view.conference.scaling)
        drawRound(view, r, pal);
}

void drawDecision(const ConsoleView& view, ConsoleState& state, Intents&) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    const Conference& c = view.conference;
    readOnlyNote(pal);
    for (const auto& child : c.children) {
        if (const Decision* d = findDecision(c, child.id))
            drawDecisionOf(view, *d, pal);
        else {
            widget::heading(view.fonts, widget::childNames(c, {child.id}));
            widget::text("No decision recorded yet.", pal.muted);
        }
    }
    if (c.children.empty()) widget::text("No children are recorded yet.", pal.muted);
}

void drawPlan(const ConsoleView& view, ConsoleState& state, Intents&) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    const Conference& c = view.conference;
    readOnlyNote(pal);
    const auto& p = c.plan.details;
    const PlanDetails computed = withComputedDates(c);
    widget::text("Key worker: " +
                     (p.keyWorker ? widget::personWithRole(c, *p.keyWorker) : "not set"),
                 p.keyWorker ? pal.text : pal.warning);
    std::string core;
    for (const auto& id : p.coreGroup)
        core += (core.empty() ? "" : ", ") + widget::personName(c, id);
    widget::wrapped("Core group: " + (core.empty() ? "not set" : core));
    planDate("First core group", p.firstCoreGroup, computed.firstCoreGroup, pal);
    planDate("Review conference", p.reviewConference, computed.reviewConference, pal);
    planDate("Core group before the review", p.coreGroupBeforeReview,
             computed.coreGroupBeforeReview, pal);
    if (!p.keepingSafe.empty())
        widget::wrapped("Keeping the children safe meanwhile: " + p.keepingSafe);
    if (!p.contingency.empty()) widget::wrapped("If things go wrong: " + p.contingency);
    ImGui::Spacing();
    widget::heading(view.fonts, "Actions (" + std::to_string(c.plan.actions.size()) + ")");
    if (c.plan.actions.empty()) widget::text("No actions yet.", pal.muted);
    for (const auto& a : c.plan.actions) {
        const Participant* owner = findParticipant(c, a.who);
        std::string line = (a.what.empty() ? "(what?)" : a.what) + "  -  " +
                           (owner           ? widget::personWithRole(c, a.who)
                            : a.who.empty() ? "who?"
                                            : a.who) +
                           "  -  " + (a.by ? "by " + formatDate(*a.by) : "by when?");
        if (c.children.size() > 1 && !a.children.empty())
            line += "  -  " + widget::childNames(c, a.children);
        if (a.progress) line += "  (" + std::string(label(*a.progress)) + ")";
        widget::wrapped(line);
        // The SMART findings of this action, right under it.
        for (const auto& f : view.findings)
            if (f.subject == a.id && std::string_view(f.rule).starts_with("action-"))
                widget::wrapped("      " + f.message,
                                f.severity == Severity::Problem ? pal.problem : pal.warning);
    }
}

void drawClose(const ConsoleView& view, ConsoleState& state, Intents&) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    const Conference& c = view.conference;
    readOnlyNote(pal);
    const auto& m = c.meeting;
    if (m.started)
        widget::text(
            "The meeting started at " + widget::clockTime(*m.started) +
            (m.ended ? " and ended at " + widget::clockTime(*m.ended) : ", still running"));
    else
        widget::text("The meeting has not started.", pal.muted);
    const Timescales due = timescales(c);
    widget::heading(view.fonts, "After the meeting");
    if (due.planToParentsBy)
        widget::text("Outline plan to parents and professionals by " +
                     formatLongDate(*due.planToParentsBy) + " (1 working day)");
    if (due.recordBy)
        widget::text("Full record to everyone invited by " + formatLongDate(*due.recordBy) + " (" +
                     std::to_string(c.settings.recordDueWorkingDays) + " working days)");
    if (!due.planToParentsBy && !due.recordBy)
        widget::text("The due dates follow from the conference date (Prepare).", pal.muted);
    std::size_t confidential =
        std::count_if(c.items.begin(), c.items.end(), [](const Item& i) { return i.confidential; });
    widget::text(std::to_string(c.items.size()) + " items on the board, " +
                 std::to_string(confidential) + " confidential (left out of the parents' copy).");
}

} // namespace cpc::ui
