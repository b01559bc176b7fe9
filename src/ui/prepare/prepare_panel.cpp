// Prepare: everything to set up a conference from nothing, without JSON.
// Tabs for the details, the children, the adults of the household, the
// people invited and the reports; each change is one edit.

#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/console/panels.hpp"
#include "ui/prepare/prepare.hpp"
#include "ui/widgets/widgets.hpp"

#include <algorithm>
#include <imgui_stdlib.h>
#include <iterator>

namespace cpc::ui {
namespace prepare {

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
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
    if (const auto typed = readDate(value); !typed.valid) {
        ImGui::SameLine();
        widget::text(widget::sentence(typed.problem), pal.problem);
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
    st.startText = typedDateTime(c.details.scheduledStart);
    st.strategyText = typedDate(c.details.strategyDiscussion);
    st.previousText = typedDate(c.details.previousConference);
}

void saveDetails(const Conference& c, PrepareState& st, Intents& out) {
    // Each field on its own: a date being corrected keeps its text and its
    // message, and never holds back the title or the other dates.
    const auto start = readDateTime(st.startText);
    const auto strategy = readDate(st.strategyText);
    const auto previous = readDate(st.previousText);
    Details d = st.details;
    d.title = trimmed(d.title);
    d.venue = trimmed(d.venue);
    d.scheduledStart = start.valid ? start.at : c.details.scheduledStart;
    d.strategyDiscussion = strategy.valid ? strategy.date : c.details.strategyDiscussion;
    d.previousConference = previous.valid ? previous.date : c.details.previousConference;
    if (d != c.details) emit(out, edit::SetDetails{d});
    const bool allSaved = start.valid && strategy.valid && previous.valid;
    st.error = allSaved ? std::string()
                        : "The rest is saved; the date marked in red is not, until it is a date.";
    st.detailsDirty = !allSaved;
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
    field("Date and time", st.startText, noFocus, "day/month/year hh:mm");
    track(c, st, out);
    if (const auto typed = readDateTime(st.startText); !typed.valid) {
        ImGui::SameLine();
        widget::text(widget::sentence(typed.problem), pal.problem);
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
        {"Area", prepare::drawArea},
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
