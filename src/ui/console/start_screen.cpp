// Before a conference is open: the conferences in the file, newest as the
// file lists them, and a short form for a new one (title, kind, date); the
// rest is set up in Prepare.

#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>

namespace cpc::ui {
namespace {

using shortcut::Command;
using shortcut::fired;

void create(StartState& state, Intents& out) {
    const auto at = readDateTime(state.dateText);
    if (state.draft.title.find_first_not_of(" \t") == std::string::npos)
        state.error = "Give the conference a title, e.g. the family's name.";
    else if (!at.valid)
        state.error = widget::sentence(at.problem);
    else if (!at.at)
        state.error = "Type the date: the day, month and year, and the time if known, such as "
                      "17/12/2026 10:00.";
    else {
        Details details = state.draft;
        details.title = trimmed(details.title);
        details.scheduledStart = at.at;
        out.push_back(intent::CreateConference{details});
        state = StartState{};
    }
}

void drawNewForm(const StartView& view, StartState& state, Intents& out, const Palette& pal) {
    const float em = widget::em();
    widget::heading(view.fonts, "New conference");
    bool submit = false;
    ImGui::AlignTextToFramePadding();
    widget::text("Title");
    ImGui::SameLine(8 * em);
    ImGui::SetNextItemWidth(24 * em);
    submit = widget::inputLine("##title", state.draft.title, state.wantFocus, "e.g. Smith family",
                               ImGuiInputTextFlags_EnterReturnsTrue) ||
             submit;
    ImGui::AlignTextToFramePadding();
    widget::text("Kind");
    for (const auto& k : names<Kind>()) {
        ImGui::SameLine(k.value == Kind::Initial ? 8 * em : 0);
        if (ImGui::RadioButton(std::string(k.label).c_str(), state.draft.kind == k.value))
            state.draft.kind = k.value;
    }
    ImGui::AlignTextToFramePadding();
    widget::text("Date");
    ImGui::SameLine(8 * em);
    ImGui::SetNextItemWidth(24 * em);
    bool noFocus = false;
    submit = widget::inputLine("##date", state.dateText, noFocus, "day/month/year hh:mm",
                               ImGuiInputTextFlags_EnterReturnsTrue) ||
             submit;
    submit = widget::button("Create") || submit;
    ImGui::SameLine();
    if (widget::button("Cancel")) state = StartState{};
    if (submit) create(state, out);
    if (!state.error.empty()) widget::wrapped(state.error, pal.problem);
}

} // namespace

void drawStartScreen(const StartView& view, StartState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Palette& pal = palette(Theme::Light);
    const auto& list = view.conferences;
    const int count = static_cast<int>(list.size());
    state.selected = std::clamp(state.selected, 0, std::max(count - 1, 0));

    if (state.creating) {
        if (fired(Command::CancelNewConference)) state = StartState{};
    } else {
        if (fired(Command::ConferenceDown))
            state.selected = std::min(state.selected + 1, count - 1);
        if (fired(Command::ConferenceUp)) state.selected = std::max(state.selected - 1, 0);
        if (fired(Command::OpenConference) && count > 0)
            out.push_back(
                intent::OpenConference{list[static_cast<std::size_t>(state.selected)].id});
        if (fired(Command::NewConference)) {
            state.creating = true;
            state.wantFocus = true;
        }
    }

    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::SetNextWindowBgAlpha(0.0f); // cleared to this colour already
    ImGui::Begin("##start", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings);
    const float em = widget::em();
    if (view.fonts && view.fonts->large) ImGui::PushFont(view.fonts->large);
    widget::text("Child protection conferences");
    if (view.fonts && view.fonts->large) ImGui::PopFont();
    ImGui::Spacing();

    if (list.empty())
        widget::text("There are no conferences in this file yet.", pal.muted);
    else
        widget::text("Up/Down to choose, Enter or a double click to open.", pal.muted);
    ImGui::BeginChild("##conferences", {40 * em, std::min(count, 12) * 1.8f * em + em},
                      !list.empty());
    for (int i = 0; i < count; ++i) {
        const auto& entry = list[static_cast<std::size_t>(i)];
        const std::string line = (entry.date.empty() ? "no date" : entry.date) + "   " +
                                 std::string(label(entry.kind)) + "   " + entry.title;
        widget::record(line);
        if (ImGui::Selectable((line + "##" + entry.id).c_str(), state.selected == i,
                              ImGuiSelectableFlags_AllowDoubleClick, {0, 1.4f * em})) {
            state.selected = i;
            if (ImGui::IsMouseDoubleClicked(0)) out.push_back(intent::OpenConference{entry.id});
        }
    }
    ImGui::EndChild();
    if (count > 0 && widget::button("Open"))
        out.push_back(intent::OpenConference{list[static_cast<std::size_t>(state.selected)].id});
    if (count > 0) ImGui::SameLine();
    if (!state.creating &&
        widget::button("New conference (" + shortcut::keysFor(Command::NewConference) + ")")) {
        state.creating = true;
        state.wantFocus = true;
    }
    ImGui::Spacing();
    if (state.creating) drawNewForm(view, state, out, pal);
    ImGui::End();
}

} // namespace cpc::ui
