// Introductions and attendance: who is invited, who is here, when they came
// and went. One key marks what happens at the door, at the room's clock, so
// the live quorum follows the room.

#include "domain/names.hpp"
#include "domain/quorum.hpp"
#include "domain/taking_part.hpp"
#include "domain/typed.hpp"
#include "domain/words.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/pick_list.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui {
namespace {

using shortcut::Command;
using shortcut::fired;

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

std::string times(const Participant& p) {
    std::string out;
    for (const auto& stretch : p.presence) {
        if (!out.empty()) out += ";  ";
        out += stretch.to
                   ? widget::clockTime(stretch.from) + " to " + widget::clockTime(*stretch.to)
                   : "from " + widget::clockTime(stretch.from);
        if (stretch.mode != PresenceMode::Room) out += " " + howWords(stretch.mode);
        if (!stretch.askedToLeave.empty()) out += " (asked to leave: " + stretch.askedToLeave + ")";
    }
    // The reason in full is a hover away: a paragraph here would push the
    // rest of the list off the screen.
    if (p.attendance == Attendance::Excluded && !p.exclusionReason.empty())
        out += (out.empty() ? "" : ";  ") + std::string("excluded: ") +
               widget::shortened(p.exclusionReason, 48);
    return out;
}

// What one key or button does to the selected person.
enum class Mark { Arrived, Left, AskedToLeave, Apologies, DidNotAttend, ChangeMode, PrivacyCheck };

PresenceMode nextMode(PresenceMode mode) {
    const auto modes = names<PresenceMode>();
    for (std::size_t i = 0; i < modes.size(); ++i)
        if (modes[i].value == mode) return modes[(i + 1) % modes.size()].value;
    return PresenceMode::Room;
}

void mark(const ConsoleView& view, ConsoleState& state, Intents& out, const Participant& p,
          Mark what) {
    const bool present = isPresent(p, view.now);
    auto& st = state.introductions;
    switch (what) {
    case Mark::Arrived:
        if (!present) emit(out, edit::MarkArrival{p.id, view.now, st.joining});
        st.joining = PresenceMode::Room;
        break;
    case Mark::ChangeMode:
        // In the meeting: a new stretch from now. Not yet: how they will arrive.
        if (auto how = presentHow(p, view.now))
            emit(out, edit::ChangeMode{p.id, view.now, nextMode(*how)});
        else
            st.joining = nextMode(st.joining);
        break;
    case Mark::PrivacyCheck:
        if (!isFamily(p.role)) break; // professionals are not asked
        st.checkingPrivacy = true;
        st.canSpeakPrivately = p.privacyCheck ? p.privacyCheck->canSpeakPrivately : std::nullopt;
        st.privacyNote = p.privacyCheck ? p.privacyCheck->note : "";
        st.wantFocus = true;
        break;
    case Mark::Left:
        if (present) emit(out, edit::MarkDeparture{p.id, view.now, ""});
        break;
    case Mark::AskedToLeave:
        st.askingReason = true;
        st.reason.clear();
        st.wantFocus = true;
        break;
    case Mark::Apologies:
        emit(out, edit::SetAttendance{p.id, Attendance::Apologies, ""});
        break;
    case Mark::DidNotAttend:
        emit(out, edit::SetAttendance{p.id, Attendance::DidNotAttend, ""});
        break;
    }
}

void moveSelection(const Conference& c, IntroductionsState& st, int step) {
    if (c.participants.empty()) return;
    auto at = std::find_if(c.participants.begin(), c.participants.end(),
                           [&](const Participant& p) { return st.selected == p.id; }) -
              c.participants.begin();
    const auto last = static_cast<std::ptrdiff_t>(c.participants.size()) - 1;
    at = std::clamp(at + step, std::ptrdiff_t{0}, last);
    if (st.selected != c.participants[static_cast<std::size_t>(at)].id)
        st.joining = PresenceMode::Room;
    st.selected = c.participants[static_cast<std::size_t>(at)].id;
}

void listKeys(const ConsoleView& view, ConsoleState& state, Intents& out, const Participant* p) {
    auto& st = state.introductions;
    if (fired(Command::Newcomer)) {
        st.addingNewcomer = true;
        st.newcomer = Participant{};
        st.wantFocus = true;
        return;
    }
    if (fired(Command::PersonDown)) moveSelection(view.conference, st, 1);
    if (fired(Command::PersonUp)) moveSelection(view.conference, st, -1);
    if (!p) return;
    static constexpr std::pair<Command, Mark> keys[] = {
        {Command::Arrived, Mark::Arrived},           {Command::Left, Mark::Left},
        {Command::AskedToLeave, Mark::AskedToLeave}, {Command::Apologies, Mark::Apologies},
        {Command::DidNotAttend, Mark::DidNotAttend}, {Command::ChangeMode, Mark::ChangeMode},
        {Command::PrivacyCheck, Mark::PrivacyCheck},
    };
    for (const auto& [command, what] : keys)
        if (fired(command)) mark(view, state, out, *p, what);
}

// Asked to leave when in the room; excluded when not. Either needs a reason.
void drawReason(const ConsoleView& view, ConsoleState& state, Intents& out, const Participant& p,
                const Palette& pal) {
    auto& st = state.introductions;
    const bool present = isPresent(p, view.now);
    if (fired(Command::CancelForm)) {
        st.askingReason = false;
        return;
    }
    const auto how = presentHow(p, view.now);
    const bool onCall = how && *how != PresenceMode::Room;
    widget::heading(view.fonts, onCall    ? "Why was " + p.name + " taken off the call (or put in the lobby)?"
                                : present ? "Why was " + p.name + " asked to leave?"
                                          : "Why is " + p.name + " excluded?");
    ImGui::SetNextItemWidth(-12 * widget::em());
    bool submit = widget::inputLine("##reason", st.reason, st.wantFocus, "the reason, in words",
                                    ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    submit = widget::button("Record") || submit;
    ImGui::SameLine();
    if (widget::button("Cancel")) st.askingReason = false;
    if (submit && isBlank(st.reason)) {
        widget::text("A reason is needed: it goes in the record.", pal.problem);
        st.wantFocus = true;
    } else if (submit) {
        if (present)
            emit(out, edit::MarkDeparture{p.id, view.now, st.reason});
        else
            emit(out, edit::SetAttendance{p.id, Attendance::Excluded, st.reason});
        st.askingReason = false;
        st.reason.clear();
    }
}

// Yes, no, not answered: in that order for Up/Down.
std::optional<bool> nextAnswer(std::optional<bool> answer, int step) {
    const std::optional<bool> answers[] = {true, false, std::nullopt};
    int at = 0;
    for (int i = 0; i < 3; ++i)
        if (answers[i] == answer) at = i;
    return answers[(at + step + 3) % 3];
}

std::string answerLabel(std::optional<bool> answer) {
    return !answer ? "Not answered yet" : *answer ? "Can speak privately" : "Cannot speak privately";
}

// Asked of a family member on a call (issue 24): can they speak without
// being overheard, and who is with them.
void drawPrivacyForm(const ConsoleView& view, ConsoleState& state, Intents& out,
                     const Participant& p, const Palette& pal) {
    auto& st = state.introductions;
    if (fired(Command::CancelForm)) {
        st.checkingPrivacy = false;
        return;
    }
    if (fired(Command::ChoiceDown)) st.canSpeakPrivately = nextAnswer(st.canSpeakPrivately, 1);
    if (fired(Command::ChoiceUp)) st.canSpeakPrivately = nextAnswer(st.canSpeakPrivately, -1);
    widget::heading(view.fonts, "Can " + p.name +
                                    " speak without being overheard? Who is with them?");
    bool first = true;
    for (std::optional<bool> answer : {std::optional<bool>(true), std::optional<bool>(false),
                                       std::optional<bool>()}) {
        if (!first) ImGui::SameLine();
        first = false;
        const std::string label = answerLabel(answer);
        widget::record(label);
        if (ImGui::RadioButton(label.c_str(), st.canSpeakPrivately == answer))
            st.canSpeakPrivately = answer;
    }
    ImGui::SetNextItemWidth(-12 * widget::em());
    bool submit = widget::inputLine("##privacy-note", st.privacyNote, st.wantFocus,
                                    "who is with them, where they are",
                                    ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    submit = widget::button("Record##privacy") || submit;
    ImGui::SameLine();
    if (widget::button("Cancel##privacy")) st.checkingPrivacy = false;
    widget::wrapped("Up/Down: the answer. Kept in the full record only: never on the wall, in the "
                    "parents' copy, the letter or the plans.",
                    pal.muted);
    if (submit) {
        emit(out, edit::SetPrivacyCheck{
                      p.id, PrivacyCheck{view.now, st.canSpeakPrivately, trimmed(st.privacyNote)}});
        st.checkingPrivacy = false;
    }
}

// What the chair knows of a family member's privacy on the call, or that
// they have not asked yet.
void drawPrivacy(const ConsoleView& view, ConsoleState& state, Intents& out, const Participant& p,
                 const Palette& pal) {
    const auto how = presentHow(p, view.now);
    const bool remote = how && *how != PresenceMode::Room;
    if (!isFamily(p.role) || (!remote && !p.privacyCheck)) return;
    ImGui::AlignTextToFramePadding();
    if (!p.privacyCheck) {
        widget::text("Not asked yet whether " + p.name + " can speak without being overheard.",
                     pal.problem);
    } else {
        const PrivacyCheck& check = *p.privacyCheck;
        std::string line = "Privacy check at " + widget::clockTime(check.at) + ": " +
                           privacyAnswerWords(check) + ".";
        if (!check.note.empty()) line += " " + check.note;
        widget::text(line, check.canSpeakPrivately == false ? pal.problem : pal.text);
    }
    ImGui::SameLine();
    if (widget::button("Privacy check (" + shortcut::keysFor(Command::PrivacyCheck) + ")"))
        mark(view, state, out, p, Mark::PrivacyCheck);
    if (p.privacyCheck && p.privacyCheck->canSpeakPrivately == false)
        widget::wrapped(privacyOffer(), pal.problem);
}

void cycleRole(Role& role, int step) {
    const auto roles = names<Role>();
    const int n = static_cast<int>(roles.size());
    int at = 0;
    for (int i = 0; i < n; ++i)
        if (roles[static_cast<std::size_t>(i)].value == role) at = i;
    role = roles[static_cast<std::size_t>((at + step + n) % n)].value;
}

// Someone not on the list has turned up: name, role, agency, and in the room now.
void drawNewcomer(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    auto& st = state.introductions;
    auto& p = st.newcomer;
    if (fired(Command::CancelForm)) {
        st.addingNewcomer = false;
        return;
    }
    if (!st.role.open && fired(Command::ChoiceDown)) cycleRole(p.role, 1);
    if (!st.role.open && fired(Command::ChoiceUp)) cycleRole(p.role, -1);
    const float em = widget::em();
    widget::heading(view.fonts, "Someone not on the list has arrived");
    ImGui::SetNextItemWidth(16 * em);
    bool submit = widget::inputLine("Name##newcomer", p.name, st.wantFocus, nullptr,
                                    ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(12 * em);
    if (auto role =
            pickField("newcomer-role", std::string(label(p.role)), st.role, roleChoices(), pal))
        p.role = fromToken<Role>(*role).value_or(p.role);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(12 * em);
    bool noFocus = false;
    submit = widget::inputLine("Agency##newcomer", p.agency, noFocus, nullptr,
                               ImGuiInputTextFlags_EnterReturnsTrue) ||
             submit;
    for (const auto& mode : names<PresenceMode>()) {
        ImGui::SameLine();
        if (ImGui::RadioButton(std::string(mode.label).c_str(), st.joining == mode.value))
            st.joining = mode.value;
    }
    submit = widget::button("Add, arrived now") || submit;
    ImGui::SameLine();
    if (widget::button("Cancel##newcomer")) st.addingNewcomer = false;
    if (submit && isBlank(p.name)) {
        widget::text("A name is needed.", pal.problem);
        st.wantFocus = true;
    } else if (submit) {
        Participant arrived = p;
        arrived.name = trimmed(arrived.name);
        arrived.agency = trimmed(arrived.agency);
        arrived.attendance = Attendance::Attended;
        arrived.presence = {Presence{view.now, std::nullopt, "", st.joining}};
        st.joining = PresenceMode::Room;
        emit(out, edit::PutParticipant{arrived});
        st.added.index = view.conference.participants.size();
        st.addingNewcomer = false;
    }
}

void drawMarkButtons(const ConsoleView& view, ConsoleState& state, Intents& out,
                     const Participant& p) {
    const bool present = isPresent(p, view.now);
    struct Button {
        std::string label;
        Command command;
        Mark what;
        bool enabled;
    };
    const Button buttons[] = {
        {"Arrived now", Command::Arrived, Mark::Arrived, !present},
        {"Left now", Command::Left, Mark::Left, present},
        {present ? "Asked to leave..." : "Excluded...", Command::AskedToLeave, Mark::AskedToLeave,
         true},
        {"Apologies", Command::Apologies, Mark::Apologies, true},
        {"Did not attend", Command::DidNotAttend, Mark::DidNotAttend, !present},
    };
    ImGui::AlignTextToFramePadding();
    widget::text(p.name + ":");
    for (const auto& b : buttons) {
        ImGui::SameLine();
        if (widget::button(b.label + " (" + shortcut::keysFor(b.command) + ")", b.enabled))
            mark(view, state, out, p, b.what);
    }
    // How they take part, on a line of its own: the line above is full on a laptop.
    const auto how = presentHow(p, view.now);
    ImGui::AlignTextToFramePadding();
    widget::text(how ? "Taking part " + howWords(*how) + "."
                     : "Will be marked as arriving " + howWords(state.introductions.joining) + ".");
    ImGui::SameLine();
    if (widget::button("In the room, by video or on the phone (" +
                       shortcut::keysFor(Command::ChangeMode) + ")"))
        mark(view, state, out, p, Mark::ChangeMode);
    drawPrivacy(view, state, out, p, palette(state.theme));
}

void drawTable(const ConsoleView& view, ConsoleState& state, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.introductions;
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("##people", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    for (const char* name : {"Name", "Role", "Agency", "Attendance", "Times"})
        ImGui::TableSetupColumn(name);
    ImGui::TableHeadersRow();
    for (const auto& p : c.participants) {
        const bool selected = st.selected == p.id;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        widget::record(p.name);
        if (ImGui::Selectable((p.name + "##" + p.id).c_str(), selected,
                              ImGuiSelectableFlags_SpanAllColumns))
            st.selected = p.id;
        if (selected && (ImGui::IsKeyPressed(key::Down) || ImGui::IsKeyPressed(key::Up)))
            ImGui::SetScrollHereY();
        ImGui::TableNextColumn();
        widget::text(label(p.role));
        ImGui::TableNextColumn();
        widget::wrapped(p.agency);
        ImGui::TableNextColumn();
        if (auto how = presentHow(p, view.now))
            widget::text(label(*how), pal.good);
        else if (p.attendance == Attendance::Attended)
            widget::text("Attended, not in the room");
        else
            widget::text(label(p.attendance), pal.muted);
        ImGui::TableNextColumn();
        widget::wrapped(times(p));
        if (!p.exclusionReason.empty() && ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", p.exclusionReason.c_str());
    }
    ImGui::EndTable();
}

} // namespace

void drawIntroductions(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.introductions;
    if (auto added = st.added.take(c.participants)) st.selected = added;
    if (st.selected && !findParticipant(c, *st.selected)) st.selected.reset();
    if (!st.selected && !c.participants.empty()) st.selected = c.participants.front().id;
    const Participant* selected = st.selected ? findParticipant(c, *st.selected) : nullptr;
    if (!selected) st.askingReason = st.checkingPrivacy = false;

    ImGui::BeginChild("##introductions");
    // Single letters are shortcuts only while no field is taking typing.
    const bool typing = ImGui::GetIO().WantTextInput;
    if (!st.askingReason && !st.addingNewcomer && !st.checkingPrivacy && !typing &&
        !state.showHelp)
        listKeys(view, state, out, selected);
    selected = st.selected ? findParticipant(c, *st.selected) : nullptr;

    widget::text(takingPartWords(c, view.now));
    // Everyone the chair still has to ask, whoever is selected.
    std::vector<std::string> toAsk;
    for (const Participant& p : c.participants)
        if (needsPrivacyCheck(p, view.now))
            toAsk.push_back(p.name + " (" + howWords(*presentHow(p, view.now)) + ")");
    if (!toAsk.empty())
        widget::wrapped("Ask whether they can speak without being overheard: " +
                            joinWithAnd(toAsk) + ". Select them and press " +
                            shortcut::keysFor(Command::PrivacyCheck) + ".",
                        pal.problem);
    if (st.addingNewcomer)
        drawNewcomer(view, state, out, pal);
    else if (st.askingReason && selected)
        drawReason(view, state, out, *selected, pal);
    else if (st.checkingPrivacy && selected)
        drawPrivacyForm(view, state, out, *selected, pal);
    else if (selected)
        drawMarkButtons(view, state, out, *selected);
    if (!st.addingNewcomer &&
        widget::button("Someone not on the list (" + shortcut::keysFor(Command::Newcomer) + ")")) {
        st.addingNewcomer = true;
        st.newcomer = Participant{};
        st.wantFocus = true;
    }
    ImGui::Spacing();
    if (c.participants.empty())
        widget::wrapped("No one is on the list yet: add people in Prepare, or press " +
                            shortcut::keysFor(Command::Newcomer) + " as they arrive.",
                        pal.muted);
    else
        drawTable(view, state, pal);
    ImGui::EndChild();
}

} // namespace cpc::ui
