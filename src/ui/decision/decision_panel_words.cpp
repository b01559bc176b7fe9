// Writing words in the Decision phase: the chair's reasons, the exceptional
// reason for more than one category, the parents' words, a professional's
// comment, a dissent's reasons. One field at a time; what is typed is saved
// with Enter, with Esc, on clicking elsewhere, after a pause, and before the
// chair leaves the child or the phase: never lost.

#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/decision/decision_panel.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/widgets.hpp"

#include <imgui_stdlib.h>

namespace cpc::ui::decision {
namespace {

using shortcut::Command;

// Seconds without typing after which the words are saved while still being written.
constexpr double pause = 2.0;

template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

// Emits the edit that puts `text` into the record as the words of `key`.
void emitWords(const Conference& c, const Id& child, const DecisionWords& key,
               const std::string& text, Intents& out) {
    const Decision d = decisionOf(c, child);
    std::visit(Overloaded{
                   [&](const writing::Reasons&) {
                       emit(out, edit::SetReasons{child, text, d.multipleCategoryReasons});
                   },
                   [&](const writing::MultipleCategories&) {
                       emit(out, edit::SetReasons{child, d.reasons, text});
                   },
                   [&](const writing::ParentsWords& w) {
                       const ParentsView* was = parentsViewOf(d, w.parent);
                       ParentsView pv = was ? *was : ParentsView{.participant = w.parent};
                       pv.text = text;
                       emit(out, edit::SetParentsView{child, pv});
                   },
                   [&](const writing::Comment& w) {
                       for (View v : d.views)
                           if (v.participant == w.professional) {
                               v.comment = text;
                               emit(out, edit::RecordView{child, v});
                           }
                   },
                   [&](const writing::DissentReasons& w) {
                       Dissent x{w.participant, text, false};
                       for (const auto& y : d.dissent)
                           if (y.participant == w.participant) {
                               x.escalated = y.escalated;
                               x.said = y.said;
                           }
                       emit(out, edit::RecordDissent{child, x});
                   },
               },
               key);
}

} // namespace

void emit(Intents& out, Edit e) {
    out.push_back(intent::ApplyEdit{std::move(e)});
}

std::string trimmedEnd(std::string s) {
    s.erase(s.find_last_not_of(" \t\r\n") + 1);
    return s;
}

const View* viewOf(const Decision& d, const Id& who) {
    for (const auto& v : d.views)
        if (v.participant == who) return &v;
    return nullptr;
}

Decision decisionOf(const Conference& c, const Id& child) {
    if (const Decision* d = findDecision(c, child)) return *d;
    return Decision{.child = child};
}

std::string storedWords(const Conference& c, const Id& child, const DecisionWords& key) {
    const Decision d = decisionOf(c, child);
    return std::visit(
        Overloaded{
            [&](const writing::Reasons&) { return d.reasons; },
            [&](const writing::MultipleCategories&) { return d.multipleCategoryReasons; },
            [&](const writing::ParentsWords& w) {
                const ParentsView* pv = parentsViewOf(d, w.parent);
                return pv ? pv->text : std::string();
            },
            [&](const writing::Comment& w) {
                const View* v = viewOf(d, w.professional);
                return v ? v->comment : std::string();
            },
            [&](const writing::DissentReasons& w) {
                for (const auto& x : d.dissent)
                    if (x.participant == w.participant) return x.reasons;
                return std::string();
            },
        },
        key);
}

// One field's place on the ID stack, for as long as it is drawn: its kind,
// and whose words they are.
struct FieldId {
    explicit FieldId(const DecisionWords& key) {
        ImGui::PushID(static_cast<int>(key.index()));
        std::visit(
            Overloaded{
                [](const writing::Reasons&) { ImGui::PushID(0); },
                [](const writing::MultipleCategories&) { ImGui::PushID(0); },
                [](const writing::ParentsWords& w) { ImGui::PushID(w.parent.c_str()); },
                [](const writing::Comment& w) { ImGui::PushID(w.professional.c_str()); },
                [](const writing::DissentReasons& w) { ImGui::PushID(w.participant.c_str()); },
            },
            key);
    }
    ~FieldId() {
        ImGui::PopID();
        ImGui::PopID();
    }
    FieldId(const FieldId&) = delete;
    FieldId& operator=(const FieldId&) = delete;
};

std::string reasonsNow(const Conference& c, const DecisionState& st, const Id& child) {
    if (st.editing == DecisionWords{writing::Reasons{}} && st.child == child) return st.draft;
    return decisionOf(c, child).reasons;
}

std::optional<Id> missingReasons(const Conference& c, const DecisionState& st) {
    auto missing = [&](const Id& child) {
        const Decision* d = findDecision(c, child);
        return d && d->outcome && isBlank(reasonsNow(c, st, child));
    };
    if (st.child && missing(*st.child)) return st.child;
    for (const auto& child : c.children)
        if (missing(child.id)) return child.id;
    return std::nullopt;
}

std::string missingReasonsMessage(const Conference& c, const Id& child) {
    const Decision d = decisionOf(c, child);
    const std::string name = widget::childNames(c, {child});
    return "Not yet: the decision for " + name + " (" +
           (d.outcome ? std::string(label(*d.outcome)) : std::string("no outcome")) +
           ") has no reasons. The chair records why: write them (" +
           shortcut::keysFor(Command::WriteReasons) +
           "), or set the outcome back to \"Not decided yet\", before leaving " + name +
           "'s decision.";
}

std::string takeWords(const Conference& c, DecisionState& st, Intents& out,
                      const DecisionWords& key) {
    if (st.editing == key) {
        std::string words = std::move(st.draft);
        st.editing.reset();
        st.draft.clear();
        return words;
    }
    saveWriting(c, st, out);
    return st.child ? storedWords(c, *st.child, key) : std::string();
}

void startWriting(DecisionState& st, const DecisionWords& key, const std::string& text) {
    st.editing = key;
    st.draft = text;
    st.wantFocus = true;
}

void saveWriting(const Conference& c, DecisionState& st, Intents& out) {
    if (!st.editing) return;
    const DecisionWords key = *st.editing;
    const std::string text = trimmedEnd(std::move(st.draft));
    st.editing.reset();
    st.draft.clear();
    if (!st.child || text == storedWords(c, *st.child, key)) return;
    emitWords(c, *st.child, key, text, out);
}

void longText(const ConsoleView& view, ConsoleState& state, Intents& out, const DecisionWords& key,
              const std::string& placeholder, float lines, const Palette& pal) {
    const Conference& c = view.conference;
    auto& st = state.decision;
    if (!st.child) return;
    const std::string stored = storedWords(c, *st.child, key);
    const FieldId scope(key);
    const float em = widget::em();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = ImGui::GetContentRegionAvail().x;

    if (st.editing != key) {
        // The words as they will read in the record; a click writes them.
        const std::string& shown = stored.empty() ? placeholder : stored;
        const float textHeight =
            ImGui::CalcTextSize(shown.c_str(), nullptr, false, width - 2 * style.WindowPadding.x).y;
        const float height =
            std::max(textHeight, lines * ImGui::GetTextLineHeight()) + 2 * style.WindowPadding.y;
        ImGui::BeginChild("##read", {width, height}, true,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNavInputs);
        widget::wrapped(shown, stored.empty() ? pal.muted : pal.text);
        if (ImGui::IsWindowHovered()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
            if (ImGui::IsMouseClicked(0)) {
                saveWriting(c, st, out);
                startWriting(st, key, stored);
            }
        }
        ImGui::EndChild();
        return;
    }

    const std::string before = st.draft;
    const bool escape = shortcut::fired(Command::StopWriting);
    const ImGuiID id = ImGui::GetID("##write");
    ImGuiStorage* storage = ImGui::GetStateStorage();
    widget::CursorRequest request{storage, id + 1};
    const bool enterOrEscape = escape || ImGui::IsKeyPressed(key::Enter, false) ||
                               ImGui::IsKeyPressed(key::KeypadEnter, false);
    widget::keepTypedBeforeFocus(st.draft, st.wantFocus || storage->GetBool(request.key));
    if (st.wantFocus && !enterOrEscape) {
        st.wantFocus = false;
        ImGui::SetKeyboardFocusHere();
        storage->SetBool(request.key, true);
    }
    constexpr ImGuiInputTextFlags flags =
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine |
        ImGuiInputTextFlags_NoUndoRedo | ImGuiInputTextFlags_CallbackAlways;
    const bool enter = ImGui::InputTextMultiline(
        "##write", &st.draft,
        {width, lines * ImGui::GetTextLineHeight() + 2 * style.FramePadding.y + 0.2f * em}, flags,
        widget::cursorToEnd, &request);
    const bool deactivated = ImGui::IsItemDeactivated();
    // Esc in an ImGui field throws away what was typed; here the words stay.
    if (escape) st.draft = before;
    widget::text("Enter saves.  Ctrl+Enter: a new line.  Esc: stop writing (the words are kept).",
                 pal.muted);
    if (enter || escape || deactivated) {
        saveWriting(c, st, out);
        return;
    }
    // A pause in the typing saves too, so pulling the plug loses at most a few words.
    const ImGuiID changedAt = id + 2, unsaved = id + 3;
    const double now = ImGui::GetTime();
    if (st.draft != before) {
        storage->SetFloat(changedAt, static_cast<float>(now));
        storage->SetBool(unsaved, true);
    } else if (storage->GetBool(unsaved) && now - storage->GetFloat(changedAt) > pause) {
        storage->SetBool(unsaved, false);
        if (st.draft != stored) emitWords(c, *st.child, key, st.draft, out);
    }
}

void toggleProjector(ConsoleState& state, const Id& child) {
    auto& p = state.projector;
    if (p.showDecision && p.decisionChild == child) {
        p.showDecision = false;
    } else {
        p.decisionChild = child;
        p.showDecision = true;
    }
}

} // namespace cpc::ui::decision
