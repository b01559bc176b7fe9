// What the chair must see at a glance whatever the phase: which conference,
// how long it has run against its limit, whether it is quorate, whether
// everything is on disk, and what the projector is doing. Colour always comes
// with words.

#include "domain/names.hpp"
#include "domain/rules.hpp"
#include "ui/console/console_parts.hpp"
#include "ui/contract/shortcuts.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

namespace cpc::ui {
namespace {

using namespace std::chrono_literals;

void gap() {
    ImGui::SameLine(0, 1.5f * widget::em());
}

void drawTitle(const ConsoleView& view) {
    const Conference& c = view.conference;
    const Fonts* fonts = view.fonts;
    if (fonts && fonts->large) ImGui::PushFont(fonts->large);
    widget::text(c.details.title.empty() ? "Untitled conference" : c.details.title);
    if (fonts && fonts->large) ImGui::PopFont();
    gap();
    std::string line(label(c.details.kind));
    if (!c.children.empty()) {
        line += "  ·  ";
        for (std::size_t i = 0; i < c.children.size(); ++i)
            line += (i ? ", " : "") + widget::childWithAge(c.children[i], dateOf(view.now));
    }
    widget::text(line);
}

// "1:52 of 2:00", and in words when it is nearly or over time.
void drawClock(const ConsoleView& view, Intents& out, const Palette& pal) {
    const Conference& c = view.conference;
    const auto& meeting = c.meeting;
    const auto limit = durationLimit(c.details.kind);
    if (!meeting.started) {
        widget::text("Meeting not started (limit " + widget::hoursMinutes(limit) + ")", pal.muted);
        ImGui::SameLine();
        if (widget::button("Start meeting"))
            out.push_back(intent::ApplyEdit{edit::SetMeetingTimes{{view.now, std::nullopt}}});
        return;
    }
    const auto elapsed = std::chrono::floor<std::chrono::minutes>(meeting.ended.value_or(view.now) -
                                                                  *meeting.started);
    std::string clock = widget::hoursMinutes(elapsed) + " of " + widget::hoursMinutes(limit);
    ImU32 colour = pal.text;
    if (elapsed > limit) {
        clock += ": over time by " + widget::hoursMinutes(elapsed - limit);
        colour = pal.problem;
    } else if (elapsed >= limit - 15min) {
        clock += ": " + std::to_string((limit - elapsed).count()) + " minutes left";
        colour = pal.warning;
    }
    if (meeting.ended) clock += "  (ended " + widget::clockTime(*meeting.ended) + ")";
    const Fonts* fonts = view.fonts;
    if (fonts && fonts->bold) ImGui::PushFont(fonts->bold);
    widget::text(clock, colour);
    if (fonts && fonts->bold) ImGui::PopFont();
    ImGui::SameLine();
    if (!meeting.ended) {
        if (widget::button("End meeting"))
            out.push_back(intent::ApplyEdit{edit::SetMeetingTimes{{meeting.started, view.now}}});
    } else if (widget::button("Reopen meeting")) {
        out.push_back(intent::ApplyEdit{edit::SetMeetingTimes{{meeting.started, std::nullopt}}});
    }
}

std::string_view modeWord(ProjectorMode mode) {
    switch (mode) {
    case ProjectorMode::Off:
        return "off";
    case ProjectorMode::Window:
        return "in a window";
    case ProjectorMode::Fullscreen:
        return "full screen";
    }
    return {};
}

void drawProjector(const ConsoleView& view, ConsoleState& state, Intents& out, const Palette& pal) {
    auto& p = state.projector;
    widget::text("Projector " + std::string(modeWord(p.mode)));
    if (p.frozen) {
        ImGui::SameLine();
        widget::text("FROZEN", pal.warning);
    }
    if (p.blank) {
        ImGui::SameLine();
        widget::text("BLANK", pal.warning);
    }
    ImGui::SameLine();
    if (widget::button(p.frozen ? "Unfreeze" : "Freeze")) p.frozen = !p.frozen;
    ImGui::SameLine();
    if (widget::button(p.blank ? "Show" : "Blank")) p.blank = !p.blank;
    ImGui::SameLine();
    if (widget::button("Projector...")) ImGui::OpenPopup("##projector");
    if (ImGui::BeginPopup("##projector")) {
        std::optional<ProjectorMode> chosen;
        for (auto mode : {ProjectorMode::Off, ProjectorMode::Window, ProjectorMode::Fullscreen}) {
            std::string word(modeWord(mode));
            word[0] = static_cast<char>(word[0] - 'a' + 'A');
            if (ImGui::Selectable(word.c_str(), p.mode == mode)) chosen = mode;
        }
        if (chosen) {
            p.mode = *chosen;
            out.push_back(intent::SetProjector{*chosen});
        }
        ImGui::Separator();
        if (ImGui::Selectable("Presentation mode on this screen (F5)"))
            out.push_back(intent::Present{true});
        ImGui::EndPopup();
    }
    if (view.projectorPages > 1) {
        gap();
        widget::text("Page " + std::to_string(p.page + 1) + " of " +
                     std::to_string(view.projectorPages) + " (Page Up / Page Down)");
    }
}

} // namespace

void drawStatusBar(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Palette& pal = palette(state.theme);
    drawTitle(view);
    ImGui::AlignTextToFramePadding();
    drawClock(view, out, pal);
    gap();
    if (!view.saveProblem.empty())
        widget::text("NOT SAVED", pal.problem);
    else if (view.saved)
        widget::text("Saved", pal.good);
    else
        widget::text("Saving...", pal.warning);
    gap();
    drawProjector(view, state, out, pal);
    // Quorum on a line of its own: when it is lost, the reason is the point.
    if (view.quorum.quorate) {
        widget::text("Quorate", pal.good);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", view.quorum.explanation.c_str());
        std::string_view why = view.quorum.explanation;
        if (why.starts_with("Quorate")) why.remove_prefix(std::string_view("Quorate").size());
        // The agencies' names are in the tooltip: the bar keeps to one line.
        if (auto list = why.find(" ("); list != std::string_view::npos) why = why.substr(0, list);
        ImGui::SameLine(0, 0);
        widget::text(why, pal.muted);
    } else {
        widget::wrapped(view.quorum.explanation.empty() ? "Not quorate" : view.quorum.explanation,
                        pal.problem);
    }
}

} // namespace cpc::ui
