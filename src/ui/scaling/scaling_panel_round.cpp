// The selected round in full: blind or revealed, its wording (editable), who
// has and has not answered, the spread, who stands apart, very low answers
// that call for action, and the same question asked earlier today or at the
// last conference beside each answer.

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/scaling.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/scaling/scaling_panel.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace cpc::ui::scaling {
namespace {

using shortcut::Command;

std::string number(double x) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, x == static_cast<int>(x) ? "%.0f" : "%.1f", x);
    return buffer;
}

std::string spreadText(const Spread& s) {
    std::string out;
    if (s.lowest)
        out = "Spread: " + std::to_string(*s.lowest) + " to " + std::to_string(*s.highest) +
              ", middle " + number(*s.median);
    if (s.declined > 0) out += (out.empty() ? "" : "; ") + std::to_string(s.declined) + " declined";
    return out.empty() ? "No answers yet." : out;
}

// Worst first: lowest where 10 is safe, highest where 10 is the highest risk; declined last.
std::vector<const ScaleAnswer*> worstFirst(const ScalingRound& r) {
    std::vector<const ScaleAnswer*> out;
    for (const auto& a : r.responses)
        out.push_back(&a);
    const bool highIsSafe = r.direction == Direction::HighIsSafe;
    std::stable_sort(out.begin(), out.end(), [&](const ScaleAnswer* x, const ScaleAnswer* y) {
        if (!x->score || !y->score) return x->score.has_value() && !y->score.has_value();
        return highIsSafe ? *x->score < *y->score : *x->score > *y->score;
    });
    return out;
}

std::string answerLine(const Conference& c, const ScalingRound& r, const ScaleAnswer& a) {
    std::string line = widget::personWithRole(c, a.participant) + ": ";
    if (a.score) {
        line += std::to_string(*a.score);
        if (isVeryLow(r, *a.score)) line += "  (very low: act now)";
    } else {
        line += "declined";
    }
    if (!a.comment.empty()) line += "  - " + a.comment;
    return line;
}

std::string shortAnswer(const ScaleAnswer* a) {
    if (!a) return "-";
    return a->score ? std::to_string(*a->score) : "declined";
}

// The same person at the last conference: ids differ between conferences, names do not.
const ScaleAnswer* previousAnswer(const Conference& previous, const ScalingRound& before,
                                  const Conference& c, const Id& person) {
    const Participant* p = findParticipant(c, person);
    if (!p) return nullptr;
    for (const auto& a : before.responses)
        if (const Participant* q = findParticipant(previous, a.participant);
            q && q->name == p->name)
            return &a;
    return nullptr;
}

std::string namesOf(const Conference& c, const std::vector<Id>& ids) {
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + widget::personName(c, id);
    return out;
}

// One line of the round's wording: the record's words until the chair types;
// Enter or leaving the field saves, Esc puts the words back.
void wordingField(const char* label, Wording key, const std::string& stored, ScalingState& st,
                  bool& focus, auto&& save) {
    const float em = widget::em();
    ImGui::AlignTextToFramePadding();
    widget::text(label);
    ImGui::SameLine(6 * em);
    const bool mine = st.editing == key;
    std::string text = mine ? st.draft : stored;
    ImGui::SetNextItemWidth(-1);
    ImGui::PushID(static_cast<int>(key));
    const bool enter =
        widget::inputLine("##wording", text, focus, nullptr, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopID();
    if (ImGui::IsItemActive()) {
        st.editing = key;
        st.draft = text;
    }
    if ((enter || ImGui::IsItemDeactivated()) && st.editing == key) {
        st.editing.reset();
        st.wantFocus = true;
        if (text != stored) save(text);
    }
}

void drawWording(const ConsoleView& view, ConsoleState& state, Intents& out, const ScalingRound& r,
                 const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.scaling;
    auto put = [&](auto change) {
        ScalingRound changed = r;
        change(changed);
        emit(out, edit::PutRound{changed});
    };
    bool noFocus = false;
    wordingField("Question", Wording::Question, r.question, st, st.wordingFocus,
                 [&](const std::string& t) { put([&](ScalingRound& x) { x.question = t; }); });
    wordingField("0 means", Wording::Low, r.low, st, noFocus,
                 [&](const std::string& t) { put([&](ScalingRound& x) { x.low = t; }); });
    wordingField("10 means", Wording::High, r.high, st, noFocus,
                 [&](const std::string& t) { put([&](ScalingRound& x) { x.high = t; }); });

    const bool answered = !r.responses.empty();
    const std::string direction =
        std::string(r.direction == Direction::HighIsSafe ? "10 is safe"
                                                         : "10 is the highest risk") +
        (answered ? "" : " (turn round: " + shortcut::keysFor(Command::TurnScale) + ")");
    if (widget::button(direction, !answered)) turnScale(state, out, r);
    if (c.children.size() > 1 && !answered) {
        const std::string about =
            "About: " + (r.child ? widget::childNames(c, {*r.child}) : "all children") +
            " (change)";
        widget::sameLineIfFits(about);
        if (widget::button(about))
            put([&](ScalingRound& x) {
                auto it = std::find_if(c.children.begin(), c.children.end(),
                                       [&](const Child& ch) { return x.child == ch.id; });
                if (!x.child)
                    x.child = c.children.front().id;
                else if (it + 1 < c.children.end())
                    x.child = (it + 1)->id;
                else
                    x.child.reset();
            });
    }
    const std::string anonymous = "Anonymous on the projector";
    widget::sameLineIfFits(anonymous + "     ");
    bool anon = r.anonymous;
    widget::record(anonymous);
    if (ImGui::Checkbox(anonymous.c_str(), &anon))
        put([&](ScalingRound& x) { x.anonymous = anon; });
    if (r.anonymous)
        widget::text("The room sees the scores without names; you still see who said what.",
                     pal.muted);
}

void drawStatus(const ConsoleView& view, ConsoleState& state, Intents& out, const ScalingRound& r,
                const Palette& pal) {
    const Conference& c = view.conference;
    const std::string answered = answeredText(c, r, view.now);
    // Answers given while a family member now back was out are off the wall:
    // the chair is told, so nothing the room does not see is a surprise.
    const auto kept = std::count_if(r.responses.begin(), r.responses.end(), [&](const auto& a) {
        return !mayShow(c, a, Audience::room(view.now));
    });
    if (r.revealed && kept > 0) {
        widget::wrapped("Revealed: the projector shows every answer but " + std::to_string(kept) +
                            " given" + " while a family member now back in the room was out.",
                        pal.confidential);
    } else if (r.revealed) {
        widget::wrapped("Revealed: the projector shows every answer on the 0 to 10 line.",
                        pal.good);
    } else {
        widget::wrapped("BLIND: only you see these scores. The projector shows \"" + answered +
                            "\" and no numbers until you reveal.",
                        pal.confidential);
    }
    const std::string button = (r.revealed ? "Blind it again" : "Reveal to the room") +
                               std::string(" (") + shortcut::keysFor(Command::RevealRound) + ")";
    if (widget::button(button)) toggleReveal(view, state, out, r);
    ImGui::SameLine();
    if (widget::button("Remove this round")) {
        emit(out, edit::RemoveRound{r.id});
        state.scaling.round.reset();
        state.projector.round.reset();
    }
}

void drawSpread(const ConsoleView& view, const ScalingRound& r, const Palette& pal) {
    const Conference& c = view.conference;
    widget::heading(view.fonts, answeredText(c, r, view.now));
    std::vector<Id> waiting;
    for (const auto& id : countedFor(c, r, view.now))
        if (!answerOf(r, id)) waiting.push_back(id);
    if (!waiting.empty()) widget::wrapped("Not yet: " + namesOf(c, waiting), pal.muted);
    const Spread s = spreadOf(r);
    widget::text(spreadText(s));
    if (!s.standApart.empty()) {
        std::string who;
        for (const auto& id : s.standApart)
            who += (who.empty() ? "" : ", ") + widget::personName(c, id) + " (" +
                   shortAnswer(answerOf(r, id)) + ")";
        widget::wrapped("Stand apart from the rest: " + who, pal.warning);
    }
    if (s.split()) {
        auto group = [&](const std::vector<Id>& ids) {
            std::string who;
            int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min();
            for (const auto& id : ids) {
                who += (who.empty() ? "" : ", ") + widget::personName(c, id);
                if (const ScaleAnswer* a = answerOf(r, id); a && a->score) {
                    lo = std::min(lo, *a->score);
                    hi = std::max(hi, *a->score);
                }
            }
            return who + " at " + std::to_string(lo) +
                   (hi > lo ? " to " + std::to_string(hi) : std::string());
        };
        widget::wrapped("The room is split: " + group(s.lowerGroup) + "; " + group(s.upperGroup) +
                            ".",
                        pal.warning);
    }
    std::vector<std::string> low;
    for (const auto& a : r.responses)
        if (a.score && isVeryLow(r, *a.score))
            low.push_back(widget::personName(c, a.participant) + " " + std::to_string(*a.score));
    if (!low.empty()) {
        std::string line;
        for (const auto& l : low)
            line += (line.empty() ? "" : ", ") + l;
        widget::wrapped("Very low: act now. " + line, pal.problem);
    }
}

void drawAnswers(const ConsoleView& view, const ScalingRound& r, const Palette& pal) {
    const Conference& c = view.conference;
    const ScalingRound* earlier = earlierRound(c, r);
    const ScalingRound* last = view.previous ? sameRoundIn(*view.previous, c, r) : nullptr;
    // What the wall will not show, said: only rounds revealed in their own time go beside.
    auto unrevealed = [](const ScalingRound* x) {
        return x->revealed ? std::string() : "  (never revealed, so not on the projector)";
    };
    if (earlier)
        widget::wrapped("Earlier in this meeting: " + spreadText(spreadOf(*earlier)) +
                            unrevealed(earlier),
                        pal.muted);
    if (last) {
        const auto date =
            view.previous->details.scheduledStart
                ? " (" + formatLongDate(dateOf(*view.previous->details.scheduledStart)) + ")"
                : std::string();
        widget::wrapped("At the last conference" + date + ": " + spreadText(spreadOf(*last)) +
                            unrevealed(last),
                        pal.muted);
    }
    if (r.responses.empty()) return;
    ImGui::Spacing();
    const int columns = 1 + (earlier ? 1 : 0) + (last ? 1 : 0);
    if (!ImGui::BeginTable("##answers-of-round", columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH))
        return;
    const float em = widget::em();
    ImGui::TableSetupColumn("Answer, worst first", ImGuiTableColumnFlags_WidthStretch);
    if (earlier) ImGui::TableSetupColumn("Earlier", ImGuiTableColumnFlags_WidthFixed, 4.5f * em);
    if (last) ImGui::TableSetupColumn("Last conf.", ImGuiTableColumnFlags_WidthFixed, 5.5f * em);
    ImGui::TableHeadersRow();
    for (const ScaleAnswer* a : worstFirst(r)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const bool veryLow = a->score && isVeryLow(r, *a->score);
        widget::wrapped(answerLine(c, r, *a), veryLow    ? pal.problem
                                              : a->score ? pal.text
                                                         : pal.muted);
        if (earlier) {
            ImGui::TableNextColumn();
            widget::text(shortAnswer(answerOf(*earlier, a->participant)), pal.muted);
        }
        if (last) {
            ImGui::TableNextColumn();
            widget::text(shortAnswer(previousAnswer(*view.previous, *last, c, a->participant)),
                         pal.muted);
        }
    }
    ImGui::EndTable();
}

} // namespace

void drawRound(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    const Conference& c = view.conference;
    const ScalingRound* r = selectedRound(c, state.scaling);
    if (!r) return;
    widget::heading(view.fonts, roundTitle(c, *r));
    if (r->statement)
        if (const Item* worry = findItem(c, *r->statement))
            widget::wrapped("The worry: " + worry->text, pal.muted);
    drawStatus(view, state, out, *r, pal);
    ImGui::Spacing();
    drawWording(view, state, out, *r, pal);
    ImGui::Separator();
    drawSpread(view, *r, pal);
    drawAnswers(view, *r, pal);
}

void turnScale(ConsoleState& state, Intents& out, const ScalingRound& r) {
    // The answers given keep the meaning they were given with.
    if (!r.responses.empty()) {
        state.scaling.message = "Answers are in, given on this scale: it stays as it is. To ask "
                                "on the scale turned round, ask again (" +
                                shortcut::keysFor(Command::AskAgain) + ") and turn the new round.";
        return;
    }
    ScalingRound changed = r;
    changed.direction =
        r.direction == Direction::HighIsSafe ? Direction::HighIsRisk : Direction::HighIsSafe;
    std::swap(changed.low, changed.high); // turning the scale round turns its ends round too
    emit(out, edit::PutRound{changed});
}

} // namespace cpc::ui::scaling
