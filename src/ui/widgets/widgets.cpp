#include "ui/widgets/widgets.hpp"

#include "domain/names.hpp"
#include "ui/widgets/keys.hpp"

#include <cstdio>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

namespace cpc::ui::widget {
namespace {

TextLog* currentLog = nullptr;

void appendUtf8(std::string& out, unsigned ch) {
    if (ch < 0x80) {
        out += static_cast<char>(ch);
    } else if (ch < 0x800) {
        out += static_cast<char>(0xC0 | (ch >> 6));
        out += static_cast<char>(0x80 | (ch & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (ch >> 12));
        out += static_cast<char>(0x80 | ((ch >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (ch & 0x3F));
    }
}

} // namespace

int cursorToEnd(ImGuiInputTextCallbackData* data) {
    auto* request = static_cast<CursorRequest*>(data->UserData);
    if (request->storage->GetBool(request->key)) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        request->storage->SetBool(request->key, false);
    }
    return 0;
}

LogScope::LogScope(TextLog* log) : previous_(currentLog) {
    if (log) currentLog = log;
}
LogScope::~LogScope() {
    currentLog = previous_;
}

void record(std::string_view s) {
    if (currentLog) currentLog->lines.emplace_back(s);
}

void text(std::string_view s) {
    record(s);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
}

void text(std::string_view s, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    text(s);
    ImGui::PopStyleColor();
}

void wrapped(std::string_view s) {
    record(s);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.data(), s.data() + s.size());
    ImGui::PopTextWrapPos();
}

void wrapped(std::string_view s, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped(s);
    ImGui::PopStyleColor();
}

void heading(const Fonts* fonts, std::string_view s) {
    if (fonts && fonts->bold) ImGui::PushFont(fonts->bold);
    wrapped(s);
    if (fonts && fonts->bold) ImGui::PopFont();
}

void heading(const Fonts* fonts, std::string_view s, ImU32 colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    heading(fonts, s);
    ImGui::PopStyleColor();
}

bool button(std::string_view label) {
    std::string l(label);
    record(l.substr(0, l.find("##")));
    return ImGui::Button(l.c_str());
}

bool button(std::string_view label, bool enabled) {
    if (enabled) return button(label);
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.45f);
    button(label);
    ImGui::PopStyleVar();
    return false;
}

void sameLineIfFits(std::string_view nextLabel) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float next =
        ImGui::CalcTextSize(nextLabel.data(), nextLabel.data() + nextLabel.size(), true).x +
        2 * style.FramePadding.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next <= right) ImGui::SameLine();
}

void keepTypedBeforeFocus(std::string& value, bool focusPending) {
    ImGuiIO& io = ImGui::GetIO();
    if (!focusPending || ImGui::IsAnyItemActive() || io.InputQueueCharacters.empty()) return;
    for (ImWchar ch : io.InputQueueCharacters)
        if (ch >= 32 && ch != 127) appendUtf8(value, ch);
    io.InputQueueCharacters.resize(0);
}

bool inputLine(const char* id, std::string& value, bool& wantFocus, const char* hint,
               ImGuiInputTextFlags flags) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    CursorRequest request{storage, ImGui::GetID(id) + 1};
    const ImGuiID askedAt = ImGui::GetID(id) + 2; // the frame this field asked for the keyboard
    const bool enter =
        ImGui::IsKeyPressed(key::Enter, false) || ImGui::IsKeyPressed(key::KeypadEnter, false);
    const bool enterOrEscape = enter || ImGui::IsKeyPressed(key::Escape, false);
    keepTypedBeforeFocus(value, wantFocus || storage->GetBool(request.key));
    // The field takes the keyboard a frame after asking, and does not see an
    // Enter on that frame: a fast "1, Enter" would run into the next answer.
    // An Enter while the field has just asked is the field's own.
    const bool justAsked =
        storage->GetBool(request.key) && ImGui::GetFrameCount() - storage->GetInt(askedAt) <= 2;
    const bool enterWhileAsking = justAsked && enter && !ImGui::IsAnyItemActive() &&
                                  (flags & ImGuiInputTextFlags_EnterReturnsTrue);
    if (wantFocus && !enterOrEscape) {
        wantFocus = false;
        ImGui::SetKeyboardFocusHere();
        storage->SetBool(request.key, true);
        storage->SetInt(askedAt, ImGui::GetFrameCount());
    }
    flags |= ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways;
    const bool submitted =
        hint ? ImGui::InputTextWithHint(id, hint, &value, flags, cursorToEnd, &request)
             : ImGui::InputText(id, &value, flags, cursorToEnd, &request);
    if (enterWhileAsking) {
        // Activated on this frame with the words just submitted: let go, and
        // take the keyboard again once the caller has cleared them.
        if (ImGui::IsItemActive()) ImGui::ClearActiveID();
        wantFocus = true;
    }
    return submitted || enterWhileAsking;
}

std::string childWithAge(const Child& child, Date today) {
    std::string out = firstName(child.name);
    if (child.dateOfBirth)
        if (auto age = ageOn(*child.dateOfBirth, today)) out += " (" + std::to_string(*age) + ")";
    return out;
}

std::string childNames(const Conference& c, const std::vector<Id>& ids) {
    if (ids.empty()) return c.children.size() == 1 ? firstName(c.children[0].name) : "All children";
    std::string out;
    for (const auto& id : ids) {
        const Child* child = findChild(c, id);
        out += (out.empty() ? "" : ", ") + (child ? firstName(child->name) : id);
    }
    return out;
}

std::string personName(const Conference& c, const Id& id) {
    const Participant* p = findParticipant(c, id);
    return p ? p->name : id;
}

std::string personWithRole(const Conference& c, const Id& id) {
    const Participant* p = findParticipant(c, id);
    if (!p) return id;
    return p->name + " (" + std::string(label(p->role)) + ")";
}

std::string clockTime(DateTime t) {
    return formatClock(t);
}

std::string hoursMinutes(std::chrono::minutes m) {
    const bool negative = m.count() < 0;
    auto total = negative ? -m.count() : m.count();
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%s%d:%02d", negative ? "-" : "",
                  static_cast<int>(total / 60), static_cast<int>(total % 60));
    return buffer;
}

std::string sentence(std::string_view problem) {
    std::string out(problem);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    if (!out.empty() && out.back() != '.') out += '.';
    return out;
}

std::string shortened(const std::string& text, std::size_t chars) {
    std::size_t at = 0, seen = 0;
    while (at < text.size() && seen < chars) {
        ++at;
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80)
            ++at;
        ++seen;
    }
    return at >= text.size() ? text : text.substr(0, at) + "\u2026";
}

} // namespace cpc::ui::widget
