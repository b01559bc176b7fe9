// Prepare: everything to set up a conference from nothing, without JSON.
// Tabs for the details, the children, the adults of the household, the
// people invited and the reports; each change is one edit.

#include "domain/names.hpp"
#include "ui/panels.hpp"
#include "ui/prepare.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <imgui_stdlib.h>
#include <iterator>

namespace cpc::ui {
namespace prepare {

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t") == std::string::npos;
}

void label(const char* text) {
    ImGui::AlignTextToFramePadding();
    widget::text(text);
    ImGui::SameLine(12 * widget::em());
}

bool field(const char* text, std::string& value, bool& focus, const char* hint) {
    label(text);
    ImGui::SetNextItemWidth(24 * widget::em());
    const std::string id = std::string("##") + text;
    return widget::inputLine(id.c_str(), value, focus, hint, ImGuiInputTextFlags_EnterReturnsTrue);
}

bool field(const char* text, std::string& value) {
    bool noFocus = false;
    return field(text, value, noFocus);
}

bool dateField(const char* text, std::string& value, const Palette& pal, bool& focus) {
    const bool enter = field(text, value, focus, "day/month/year");
    if (!widget::readDate(value).valid) {
        ImGui::SameLine();
        widget::text("Not a date: type the day, month and year, such as 17/12/2026", pal.problem);
    }
    return enter;
}

bool dateField(const char* text, std::string& value, const Palette& pal) {
    bool noFocus = false;
    return dateField(text, value, pal, noFocus);
}

void syncDetails(const Conference& c, PrepareState& st) {
    if (st.detailsDirty) return;
    st.details = c.details;
    st.startText = widget::dateTimeText(c.details.scheduledStart);
    st.strategyText = widget::dateText(c.details.strategyDiscussion);
    st.previousText = widget::dateText(c.details.previousConference);
}

void saveDetails(const Conference& c, PrepareState& st, Intents& out) {
    const auto start = widget::readDateTime(st.startText);
    const auto strategy = widget::readDate(st.strategyText);
    const auto previous = widget::readDate(st.previousText);
    if (!start.valid || !strategy.valid || !previous.valid) {
        st.error = "Not saved: a date is not a date (type YYYY-MM-DD, and HH:MM for the time).";
        return;
    }
    Details d = st.details;
    d.scheduledStart = start.at;
    d.strategyDiscussion = strategy.date;
    d.previousConference = previous.date;
    if (d != c.details) emit(out, edit::SetDetails{d});
    st.error.clear();
    st.detailsDirty = false;
}

namespace {

// After a field: note an edit, save when the chair leaves the field or presses Enter.
void track(const Conference& c, PrepareState& st, Intents& out) {
    if (ImGui::IsItemEdited()) st.detailsDirty = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) saveDetails(c, st, out);
}

template <class E> void radios(const char* text, E& value, PrepareState& st) {
    label(text);
    for (const auto& n : names<E>()) {
        ImGui::PushID(static_cast<int>(n.value));
        if (ImGui::RadioButton(std::string(n.label).c_str(), value == n.value)) {
            value = n.value;
            st.detailsDirty = true;
        }
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::NewLine();
}

} // namespace

void drawDetails(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    syncDetails(c, st);
    auto& d = st.details;

    const Kind kind = d.kind;
    const Region region = d.region;
    radios("Kind", d.kind, st);
    field("Title", d.title, st.wantFocus);
    track(c, st, out);
    bool noFocus = false;
    field("Date and time", st.startText, noFocus, "YYYY-MM-DD HH:MM");
    track(c, st, out);
    if (!widget::readDateTime(st.startText).valid) {
        ImGui::SameLine();
        widget::text("Not a date and time: type YYYY-MM-DD HH:MM", pal.problem);
    }
    field("Venue", d.venue);
    track(c, st, out);
    radios("Region", d.region, st);
    dateField(d.kind == Kind::Review ? "Strategy discussion (if any)" : "Strategy discussion",
              st.strategyText, pal);
    track(c, st, out);
    dateField("Previous conference", st.previousText, pal);
    track(c, st, out);
    label("Purpose");
    ImGui::InputTextMultiline("##purpose", &d.purpose,
                              {-1, 5 * ImGui::GetTextLineHeightWithSpacing()},
                              ImGuiInputTextFlags_NoUndoRedo);
    track(c, st, out);
    // A radio button is a choice made: save it at once.
    if (d.kind != kind || d.region != region) saveDetails(c, st, out);
    if (!st.error.empty()) widget::wrapped(st.error, pal.problem);
    widget::text("Saved as you leave each field, or press Enter.", pal.muted);
}

} // namespace prepare

void drawPrepare(const ConsoleView& view, ConsoleState& state, Intents& out) {
    widget::LogScope scope(view.log);
    const Conference& c = view.conference;
    auto& st = state.prepare;
    struct Tab {
        std::string label;
        void (*draw)(const ConsoleView&, ConsoleState&, Intents&);
    };
    const Tab tabs[] = {
        {"Details", prepare::drawDetails},
        {"Children (" + std::to_string(c.children.size()) + ")", prepare::drawChildren},
        {"Adults (" + std::to_string(c.adults.size()) + ")", prepare::drawAdults},
        {"People invited (" + std::to_string(c.participants.size()) + ")",
         prepare::drawParticipants},
        {"Reports (" + std::to_string(c.reports.size()) + ")", prepare::drawReports},
    };
    constexpr int count = static_cast<int>(std::size(tabs));
    for (int i = 0; i < count; ++i) {
        const auto& tab = tabs[i];
        const bool current = st.tab == i;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(ImGuiCol_Header));
        if (widget::button(tab.label + "##tab")) {
            st.tab = i;
            st.error.clear();
            st.wantFocus = true;
        }
        if (current) ImGui::PopStyleColor();
        ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::Separator();
    ImGui::BeginChild("##prepare");
    tabs[std::clamp(st.tab, 0, count - 1)].draw(view, state, out);
    ImGui::EndChild();
}

} // namespace cpc::ui
