// The Scaling phase: rounds started in one key from a template, answers typed
// down a grid (a number or D, Enter, and the next person is picked), blind
// until the chair reveals. The grid and the selected round are drawn by
// scaling_panel_grid.cpp and scaling_panel_round.cpp.

#include "ui/scaling/scaling_panel.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "domain/scaling.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/person_picker.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <cctype>

namespace cpc::ui {
namespace scaling {

namespace {

std::string ordinal(int n) {
    const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    return std::to_string(n) + suffix;
}

std::string aboutWhom(const Conference& c, const ScalingRound& r) {
    if (r.child) return widget::childNames(c, {*r.child});
    return c.children.size() == 1 ? cpc::firstName(c.children[0].name) : "All children";
}

} // namespace

ScalingKeys keysGoTo(const ScalingState& st) {
    if (st.worryPicker.open) return ScalingKeys::WorryPicker;
    if (st.picker.open) return ScalingKeys::PersonPicker;
    if (st.editing || st.wordingFocus) return ScalingKeys::Wording;
    return ScalingKeys::AnswerLine;
}

std::vector<Id> rowsOf(const Conference& c, DateTime now) {
    std::vector<Id> rows = whoIsAsked(c, now);
    for (const auto& p : c.participants) {
        if (std::find(rows.begin(), rows.end(), p.id) != rows.end()) continue;
        for (const auto& r : c.scaling)
            if (answerOf(r, p.id)) {
                rows.push_back(p.id);
                break;
            }
    }
    return rows;
}

const ScaleAnswer* answerOf(const ScalingRound& r, const Id& person) {
    for (const auto& a : r.responses)
        if (a.participant == person) return &a;
    return nullptr;
}

std::string answeredText(const Conference& c, const ScalingRound& r, DateTime now) {
    return std::to_string(r.responses.size()) + " of " +
           std::to_string(countedFor(c, r, now).size()) + " answered";
}

int timesAsked(const Conference& c, const ScalingRound& r) {
    int n = 1;
    for (const ScalingRound* e = earlierRound(c, r); e && n < 100; e = earlierRound(c, *e))
        ++n;
    return n;
}

std::string roundLabel(const Conference& c, const ScalingRound& r) {
    std::string out = aboutWhom(c, r);
    if (const int n = timesAsked(c, r); n > 1) out += " \u00B7 " + ordinal(n);
    if (r.statement)
        if (const Item* worry = findItem(c, *r.statement))
            out += "\n" + widget::shortened(worry->text, 14);
    return out;
}

std::string roundTitle(const Conference& c, const ScalingRound& r) {
    std::string out = aboutWhom(c, r) + (r.statement ? ": one worry" : ": the overall question");
    if (const int n = timesAsked(c, r); n > 1) out += ", asked the " + ordinal(n) + " time";
    return out;
}

std::string cellText(const ScalingRound& r, const ScaleAnswer& a) {
    if (!a.score) return "declined";
    return std::to_string(*a.score) + (isVeryLow(r, *a.score) ? "  very low" : "");
}

const ScalingRound* selectedRound(const Conference& c, const ScalingState& st) {
    return st.round ? findRound(c, *st.round) : nullptr;
}

void selectRound(ConsoleState& state, const Id& round) {
    state.scaling.round = round;
    state.projector.round = round;
    state.scaling.editing.reset();
}

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

void toggleReveal(const ConsoleView& view, ConsoleState& state, Intents& out,
                  const ScalingRound& r) {
    auto& st = state.scaling;
    const std::size_t asked = countedFor(view.conference, r, view.now).size();
    const bool incomplete = !r.revealed && r.responses.size() < asked;
    // Once the room has seen the scores, the rest answer in their light: a
    // round half answered is revealed only when the chair asks twice.
    const RevealAsked ask{r.id, r.responses.size()};
    if (incomplete && st.revealAsked != ask) {
        selectRound(state, r.id);
        st.revealAsked = ask;
        st.message = "Only " + answeredText(view.conference, r, view.now) + " (" +
                     roundTitle(view.conference, r) + "). Reveal it anyway? " +
                     shortcut::keysFor(shortcut::Command::RevealRound) + " again reveals it.";
        return;
    }
    st.revealAsked.reset();
    st.message.clear();
    emit(out, edit::RevealRound{r.id, !r.revealed});
    selectRound(state, r.id);
}

} // namespace scaling

namespace {

using namespace scaling;
using shortcut::Command;
using shortcut::fired;

void startRounds(const ConsoleView& view, ConsoleState& state, Intents& out,
                 std::vector<ScalingRound> rounds) {
    if (rounds.empty()) return;
    for (const auto& r : rounds)
        emit(out, edit::PutRound{r});
    // The domain names them; the first is selected once it is there.
    state.scaling.started.index = view.conference.scaling.size();
    const auto asked = whoIsAsked(view.conference, view.now);
    state.scaling.person = asked.empty() ? std::nullopt : std::optional<Id>(asked.front());
    state.scaling.answer.clear();
    state.scaling.message.clear();
    state.scaling.wantFocus = true;
}

// Ctrl+N: the overall question, one blind round for each child, at once.
void newOverallRounds(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    if (c.children.empty()) {
        state.scaling.message = "There are no children in the record yet: add them in Prepare.";
        return;
    }
    std::vector<ScalingRound> rounds;
    for (const Child& child : c.children)
        rounds.push_back(overallRound(child, {}));
    startRounds(view, state, out, std::move(rounds));
}

// Ctrl+G: the same question again, blind, the earlier round kept beside it.
void askAgain(const ConsoleView& view, ConsoleState& state, Intents& out, const ScalingRound& r) {
    ScalingRound again = r;
    again.id.clear();
    again.responses.clear();
    again.revealed = false;
    startRounds(view, state, out, {again});
}

// The worries on the board that can be scaled: only those the room may see,
// since the round's question quotes it on the wall.
// The worries the room may see (a round's question is projected), as a pick
// list: typing finds words anywhere in them.
std::vector<PickChoice> worryChoices(const Conference& c, DateTime now) {
    std::vector<PickChoice> out;
    for (const Item* item : itemsIn(c, Column::Worried)) {
        if (!mayShow(c, *item, Audience::room(now))) continue;
        std::string line = item->text;
        if (!item->children.empty())
            line = "[" + widget::childNames(c, item->children) + "] " + line;
        out.push_back({.id = item->id,
                       .line = widget::shortened(line, 160),
                       .words = item->text,
                       .anywhere = true});
    }
    return out;
}

void scaleWorry(const ConsoleView& view, ConsoleState& state, Intents& out, const Item& worry) {
    // A worry about one child is scaled for that child; otherwise for them all.
    std::optional<Id> child;
    if (worry.children.size() == 1) child = worry.children.front();
    state.scaling.worryPicker.open = false;
    startRounds(view, state, out, {statementRound(worry, child, {})});
}

void drawWorryPicker(const ConsoleView& view, ConsoleState& state, Intents& out,
                     const Palette& pal) {
    auto& st = state.scaling;
    const Conference& c = view.conference;
    const Pick pick =
        drawPickList(st.worryPicker, worryChoices(c, view.now), pal,
                     {.question = "Which worry? Type a few words, Up/Down, Enter to scale it, Esc "
                                  "to cancel.",
                      .hint = "words from the worry",
                      .noMatch = itemsIn(c, Column::Worried).empty()
                                     ? "Nothing is on \"What are we worried about?\" yet."
                                     : "No worry has those words.",
                      .widthEm = 0});
    if (pick.outcome == PickOutcome::Cancelled) {
        st.wantFocus = true;
        return;
    }
    if (pick.outcome == PickOutcome::Picked && pick.id)
        if (const Item* worry = findItem(c, *pick.id)) return scaleWorry(view, state, out, *worry);
    widget::text("Confidential worries are not offered: a round's question is projected.",
                 pal.muted);
}

// Ctrl+P: who is answering, by part of their name; only people who are asked.
void drawAnswerPicker(const ConsoleView& view, ConsoleState& state, const Palette& pal) {
    auto& st = state.scaling;
    const PickerSetup setup{
        .question = "Who is answering? Type part of a name, Enter to pick, Esc to cancel.",
        .only = rowsOf(view.conference, view.now),
        .noOne = "",
        .noMatch = "No one who is asked matches. Supporters, interpreters, the minute-taker and "
                   "the chair are not asked."};
    const Pick pick = drawPersonPicker(st.picker, view.conference, view.now, pal, setup);
    if (pick.outcome == PickOutcome::Open) return;
    if (pick.id) st.person = pick.id;
    st.wantFocus = true;
}

struct Cell {
    Id round;
    Id person;
};

// After an answer: the next person asked who has not answered this round;
// when the round is complete, the first gap in the next blind round.
std::optional<Cell> nextGap(const ConsoleView& view, const ScalingRound& round,
                            const std::optional<Id>& from, const std::optional<Cell>& justDone) {
    const Conference& c = view.conference;
    const auto asked = whoIsAsked(c, view.now);
    if (asked.empty()) return std::nullopt;
    auto open = [&](const ScalingRound& r, const Id& p) {
        if (justDone && justDone->round == r.id && justDone->person == p) return false;
        return answerOf(r, p) == nullptr;
    };
    const auto at = from ? std::find(asked.begin(), asked.end(), *from) - asked.begin() : -1;
    const auto n = static_cast<std::ptrdiff_t>(asked.size());
    for (std::ptrdiff_t k = 1; k <= n; ++k) {
        const Id& p = asked[static_cast<std::size_t>(((at + k) % n + n) % n)];
        if (open(round, p)) return Cell{round.id, p};
    }
    const auto& rounds = c.scaling;
    const auto here = std::find_if(rounds.begin(), rounds.end(),
                                   [&](const ScalingRound& r) { return r.id == round.id; }) -
                      rounds.begin();
    const auto count = static_cast<std::ptrdiff_t>(rounds.size());
    for (std::ptrdiff_t k = 1; k < count; ++k) {
        const ScalingRound& r = rounds[static_cast<std::size_t>((here + k) % count)];
        if (r.revealed) continue;
        for (const auto& p : asked)
            if (open(r, p)) return Cell{r.id, p};
    }
    return std::nullopt;
}

void moveTo(ConsoleState& state, const std::optional<Cell>& cell) {
    if (!cell) return;
    if (state.scaling.round != cell->round) selectRound(state, cell->round);
    state.scaling.person = cell->person;
}

void recordAnswer(const ConsoleView& view, ConsoleState& state, Intents& out,
                  const ScalingRound& round) {
    auto& st = state.scaling;
    st.wantFocus = true;
    if (!st.person) {
        st.message = "Pick who is answering first: Up/Down, or " +
                     shortcut::keysFor(Command::FindPerson) + " and part of their name.";
        return;
    }
    if (trimmed(st.answer).empty()) { // Enter on an empty line: on to the next person
        st.message.clear();
        moveTo(state, nextGap(view, round, st.person, std::nullopt));
        return;
    }
    const auto typed = readAnswer(st.answer);
    if (!typed) {
        st.message = "Not recorded: type a number from 0 to 10, or D for declined, then any "
                     "comment (\"7 better at school\").";
        return;
    }
    // An answer first given while a family member was out keeps that time when
    // it is corrected: correcting it must not put it in front of them.
    std::optional<DateTime> said = view.now;
    for (const ScaleAnswer& had : round.responses)
        if (had.participant == *st.person && had.said &&
            !familyOutAt(view.conference, *had.said).empty())
            said = had.said;
    const ScaleAnswer given{*st.person, typed->score, typed->comment, said};
    // Replacing an answer is never silent: the chair sees what it was, and how to get it back.
    std::string changed;
    if (const ScaleAnswer* had = answerOf(round, *st.person);
        had && (had->score != given.score || had->comment != given.comment))
        changed = cpc::firstName(widget::personName(view.conference, *st.person)) +
                  "'s answer changed from " + cellText(round, *had) + " to " +
                  cellText(round, given) + ". " + shortcut::keysFor(Command::Undo) + " puts " +
                  cellText(round, *had) + " back.";
    emit(out, edit::RecordAnswer{round.id, given});
    st.answer.clear();
    st.message.clear();
    const Cell done{round.id, *st.person};
    if (auto next = nextGap(view, round, st.person, done))
        moveTo(state, next);
    else
        st.message = "Everyone asked has answered. " + shortcut::keysFor(Command::RevealRound) +
                     " reveals the round to the room.";
    if (!changed.empty()) st.message = changed + (st.message.empty() ? "" : " " + st.message);
}

void stepPerson(const ConsoleView& view, ScalingState& st, int step) {
    const auto rows = rowsOf(view.conference, view.now);
    if (rows.empty()) return;
    auto at = st.person ? std::find(rows.begin(), rows.end(), *st.person) - rows.begin() : -1;
    const auto last = static_cast<std::ptrdiff_t>(rows.size()) - 1;
    at = at < 0 ? (step > 0 ? 0 : last) : std::clamp(at + step, std::ptrdiff_t{0}, last);
    st.person = rows[static_cast<std::size_t>(at)];
    st.message.clear();
}

// Another round: the cursor goes to the first person asked who has not
// answered it, so what is typed next never lands on an answer already given.
void stepRound(const ConsoleView& view, ConsoleState& state, int step) {
    const auto& rounds = view.conference.scaling;
    if (rounds.empty()) return;
    const auto n = static_cast<std::ptrdiff_t>(rounds.size());
    auto at = std::find_if(rounds.begin(), rounds.end(),
                           [&](const ScalingRound& r) { return state.scaling.round == r.id; }) -
              rounds.begin();
    at = at >= n ? 0 : ((at + step) % n + n) % n;
    const ScalingRound& next = rounds[static_cast<std::size_t>(at)];
    selectRound(state, next.id);
    state.scaling.message.clear();
    if (auto gap = nextGap(view, next, std::nullopt, std::nullopt); gap && gap->round == next.id)
        state.scaling.person = gap->person;
}

void openWorryPicker(ScalingState& st) {
    openPicker(st.worryPicker);
    st.picker.open = false;
}

void scalingKeys(const ConsoleView& view, ConsoleState& state, Intents& out,
                 const ScalingRound* round) {
    auto& st = state.scaling;
    const Conference& c = view.conference;
    if (fired(Command::NewOverallRounds)) return newOverallRounds(view, state, out);
    if (fired(Command::NewWorryRound)) return openWorryPicker(st);
    if (fired(Command::FindPerson)) {
        openPicker(st.picker);
        return;
    }
    if (!round) return;
    if (fired(Command::AskAgain)) return askAgain(view, state, out, *round);
    if (fired(Command::RevealRound)) return toggleReveal(view, state, out, *round);
    if (fired(Command::EditWording)) st.wordingFocus = true;
    if (fired(Command::TurnScale)) turnScale(state, out, *round);
    // While the chair types in a wording field these keys belong to it.
    if (st.editing) return;
    if (fired(Command::AnswerDown)) stepPerson(view, st, 1);
    if (fired(Command::AnswerUp)) stepPerson(view, st, -1);
    if (fired(Command::NextRound)) stepRound(view, state, 1);
    if (fired(Command::PreviousRound)) stepRound(view, state, -1);
    if (fired(Command::ClearAnswer) && st.answer.empty() && st.person)
        if (const ScalingRound* r = selectedRound(c, st); r && answerOf(*r, *st.person))
            emit(out, edit::ClearAnswer{r->id, *st.person});
}

void drawToolbar(const ConsoleView& view, ConsoleState& state, Intents& out,
                 const ScalingRound* round) {
    auto& st = state.scaling;
    auto labelled = [](std::string words, Command command) {
        return words + " (" + shortcut::keysFor(command) + ")";
    };
    const std::string overall =
        labelled("Overall question for each child", Command::NewOverallRounds);
    if (widget::button(overall)) newOverallRounds(view, state, out);
    const std::string worry = labelled("Scale one worry...", Command::NewWorryRound);
    widget::sameLineIfFits(worry);
    if (widget::button(worry)) openWorryPicker(st);
    const std::string again = labelled("Ask again", Command::AskAgain);
    widget::sameLineIfFits(again);
    if (widget::button(again, round != nullptr) && round) askAgain(view, state, out, *round);
    const std::string reveal =
        labelled(round && round->revealed ? "Blind it again" : "Reveal", Command::RevealRound);
    widget::sameLineIfFits(reveal);
    if (widget::button(reveal, round != nullptr) && round) toggleReveal(view, state, out, *round);
}

void drawAnswerLine(const ConsoleView& view, ConsoleState& state, Intents& out,
                    const ScalingRound& round, const Palette& pal) {
    auto& st = state.scaling;
    const Conference& c = view.conference;
    const ScaleAnswer* current = st.person ? answerOf(round, *st.person) : nullptr;
    std::string who = st.person ? widget::personWithRole(c, *st.person) : "(pick who is answering)";
    widget::heading(view.fonts, who + "  \u00B7  " + roundTitle(c, round));
    // A wording field or a picker being typed in keeps the keyboard.
    if (keysGoTo(st) != ScalingKeys::AnswerLine) st.wantFocus = false;
    ImGui::SetNextItemWidth(-1);
    const bool enter = widget::inputLine("##answer", st.answer, st.wantFocus,
                                         "0 to 10, or D for declined; then a comment if any; Enter",
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    const bool active = ImGui::IsItemActive();
    if (enter) recordAnswer(view, state, out, round);
    if (!st.message.empty())
        widget::wrapped(st.message, pal.problem);
    else if (current)
        widget::wrapped("Answered: " + cellText(round, *current) +
                            (current->comment.empty() ? "" : "  - " + current->comment) +
                            "   (typing replaces it; " + shortcut::keysFor(Command::ClearAnswer) +
                            " with the line empty clears it)",
                        pal.muted);
    else
        widget::text("Up/Down: person.  Tab: round.  " + shortcut::keysFor(Command::FindPerson) +
                         ": find by name.  Enter on an empty line: skip.",
                     pal.muted);
    // Keyboard first: whenever nothing else has the keyboard, the line takes it back.
    if (!active && !ImGui::IsAnyItemActive() && keysGoTo(st) == ScalingKeys::AnswerLine &&
        !state.showHelp && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
        st.wantFocus = true;
}

void drawEmpty(const ConsoleView& view, const Palette& pal) {
    ImGui::Spacing();
    widget::heading(view.fonts, "No scaling rounds yet.");
    widget::wrapped(
        shortcut::keysFor(Command::NewOverallRounds) +
            " starts the overall question for every child at once (one round each). " +
            shortcut::keysFor(Command::NewWorryRound) +
            " scales one worry from the board. Rounds start blind: you see the answers as you "
            "type them; the room sees them when you reveal.",
        pal.muted);
    if (view.conference.children.empty())
        widget::wrapped("There are no children in the record yet: add them in Prepare.",
                        pal.warning);
}

} // namespace

void drawScaling(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(state.theme);
    const Conference& c = view.conference;
    auto& st = state.scaling;
    if (auto started = st.started.take(c.scaling)) selectRound(state, *started);

    // Undo may have taken the selected round away; the projector's choice leads otherwise.
    if (st.round && !findRound(c, *st.round)) st.round.reset();
    if (!st.round && state.projector.round && findRound(c, *state.projector.round))
        st.round = state.projector.round;
    if (!st.round && !c.scaling.empty()) {
        auto blind = std::find_if(c.scaling.begin(), c.scaling.end(),
                                  [](const ScalingRound& r) { return !r.revealed; });
        st.round = blind != c.scaling.end() ? blind->id : c.scaling.back().id;
    }
    if (st.round) state.projector.round = st.round;
    const auto rows = rowsOf(c, view.now);
    if (st.person && std::find(rows.begin(), rows.end(), *st.person) == rows.end())
        st.person.reset();
    if (const ScalingRound* r = selectedRound(c, st); r && !st.person) {
        const auto gap = nextGap(view, *r, std::nullopt, std::nullopt);
        if (gap && gap->round == r->id)
            st.person = gap->person;
        else if (!rows.empty())
            st.person = rows.front();
    }

    // The question stands only while it is on screen: anything that clears it asks again.
    if (st.revealAsked && st.message.empty()) st.revealAsked.reset();
    // No tabbing between fields: Tab moves between rounds.
    ImGui::BeginChild("##scaling", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    if (keysGoTo(st) == ScalingKeys::WorryPicker) {
        // the picker's keys come first
    } else if (keysGoTo(st) != ScalingKeys::PersonPicker && !state.showHelp) {
        scalingKeys(view, state, out, selectedRound(c, st));
    }
    const ScalingRound* round = selectedRound(c, st);
    drawToolbar(view, state, out, round);
    const bool pickingWorry = keysGoTo(st) == ScalingKeys::WorryPicker;
    if (pickingWorry) drawWorryPicker(view, state, out, pal);
    if (!pickingWorry && !st.message.empty() && !round) widget::wrapped(st.message, pal.problem);
    round = selectedRound(c, st);
    if (!round) {
        drawEmpty(view, pal);
        ImGui::EndChild();
        return;
    }
    ImGui::Spacing();

    const float em = widget::em();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float gridWidth =
        std::clamp(16.5f * em + 6.7f * em * static_cast<float>(c.scaling.size()), 40 * em,
                   std::max(40 * em, avail * 0.64f));
    ImGui::BeginChild("##entry", {gridWidth, 0}, false, ImGuiWindowFlags_NoNavInputs);
    drawAnswerLine(view, state, out, *round, pal);
    if (st.picker.open) drawAnswerPicker(view, state, pal);
    ImGui::Spacing();
    drawGrid(view, state, pal, {0, ImGui::GetContentRegionAvail().y});
    ImGui::EndChild();
    ImGui::SameLine(0, 1.2f * em);
    ImGui::BeginChild("##round", {0, 0}, false, ImGuiWindowFlags_NoNavInputs);
    drawRound(view, state, out, pal);
    ImGui::EndChild();
    ImGui::EndChild();
}

} // namespace cpc::ui
