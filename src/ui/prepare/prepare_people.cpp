// Prepare's lists: the children, the adults of the household, the people
// invited, and the reports. Each list has a form below it that adds a new
// entry, or changes the one whose "Change" was pressed; new entries are
// named by the domain (edit.hpp, identified).

#include "domain/names.hpp"
#include "domain/typed.hpp"
#include "ui/prepare/prepare.hpp"
#include "ui/widgets/pick_list.hpp"
#include "ui/widgets/widgets.hpp"

namespace cpc::ui::prepare {
namespace {

// Draws a row's Change and Remove buttons; returns which was pressed.
enum class RowAction { None, Change, Remove };
RowAction rowButtons(const Id& id) {
    ImGui::PushID(id.c_str());
    RowAction action = RowAction::None;
    ImGui::SameLine();
    if (widget::button("Change")) action = RowAction::Change;
    ImGui::SameLine();
    if (widget::button("Remove")) action = RowAction::Remove;
    ImGui::PopID();
    return action;
}

// The form's heading, and its Save and Clear buttons; true when Save was pressed.
bool formButtons(const char* save, bool& clear) {
    bool pressed = widget::button(save);
    ImGui::SameLine();
    clear = widget::button("Clear the form");
    return pressed;
}

void showError(const PrepareState& st, const Palette& pal) {
    if (!st.error.empty()) widget::wrapped(st.error, pal.problem);
}

std::string bornText(const std::optional<Date>& birth, Date today) {
    if (!birth) return "";
    std::string out = "born " + showDate(*birth);
    if (auto age = cpc::ageOn(*birth, today)) out += " (" + std::to_string(*age) + ")";
    return out;
}

} // namespace

void drawChildren(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    if (c.children.empty())
        widget::wrapped("No children yet. All the children of the household are considered.",
                        pal.muted);
    for (const auto& child : c.children) {
        widget::text(child.name + "   " + bornText(child.dateOfBirth, dateOf(view.now)) + "   " +
                     child.address);
        switch (rowButtons(child.id)) {
        case RowAction::Change:
            st.newChild = child;
            st.childBirth = typedDate(child.dateOfBirth);
            st.error.clear();
            st.wantFocus = true;
            break;
        case RowAction::Remove:
            emit(out, edit::RemoveChild{child.id});
            break;
        case RowAction::None:
            break;
        }
    }
    ImGui::Separator();
    auto& child = st.newChild;
    widget::heading(view.fonts, child.id.empty() ? "Add a child" : "Change " + child.name);
    bool submit = field("Name", child.name, st.wantFocus);
    submit = dateField("Date of birth", st.childBirth, pal) || submit;
    submit = field("Address", child.address) || submit;
    bool clear = false;
    submit = formButtons("Save child", clear) || submit;
    if (clear) {
        child = {};
        st.childBirth.clear();
        st.error.clear();
    } else if (submit) {
        const auto birth = readDate(st.childBirth);
        if (isBlank(child.name))
            st.error = "Not saved: a child needs a name.";
        else if (!birth.valid)
            st.error = "Not saved: the date of birth: " + birth.problem + ".";
        else {
            Child saved = child;
            saved.name = trimmed(saved.name);
            saved.address = trimmed(saved.address);
            saved.dateOfBirth = birth.date;
            emit(out, edit::PutChild{saved});
            child = {};
            st.childBirth.clear();
            st.error.clear();
            st.wantFocus = true;
        }
    }
    showError(st, pal);
}

void drawAdults(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    if (c.adults.empty())
        widget::wrapped("No adults yet: parents and other adults of the household.", pal.muted);
    for (const auto& adult : c.adults) {
        widget::text(adult.name +
                     (adult.relationship.empty() ? "" : " (" + adult.relationship + ")") + "   " +
                     bornText(adult.dateOfBirth, dateOf(view.now)) + "   " + adult.address);
        switch (rowButtons(adult.id)) {
        case RowAction::Change:
            st.newAdult = adult;
            st.adultBirth = typedDate(adult.dateOfBirth);
            st.error.clear();
            st.wantFocus = true;
            break;
        case RowAction::Remove:
            emit(out, edit::RemoveAdult{adult.id});
            break;
        case RowAction::None:
            break;
        }
    }
    ImGui::Separator();
    auto& adult = st.newAdult;
    bool noFocus = false;
    widget::heading(view.fonts, adult.id.empty() ? "Add an adult" : "Change " + adult.name);
    bool submit = field("Name", adult.name, st.wantFocus);
    submit = field("Relationship", adult.relationship) || submit;
    submit = field("Known to the children as", adult.knownAs, noFocus, "Mum, Dad, Nan") || submit;
    submit = dateField("Date of birth", st.adultBirth, pal) || submit;
    submit = field("Address", adult.address) || submit;
    bool clear = false;
    submit = formButtons("Save adult", clear) || submit;
    if (clear) {
        adult = {};
        st.adultBirth.clear();
        st.error.clear();
    } else if (submit) {
        const auto birth = readDate(st.adultBirth);
        if (isBlank(adult.name))
            st.error = "Not saved: an adult needs a name.";
        else if (!birth.valid)
            st.error = "Not saved: the date of birth: " + birth.problem + ".";
        else {
            Adult saved = adult;
            saved.name = trimmed(saved.name);
            saved.address = trimmed(saved.address);
            saved.knownAs = trimmed(saved.knownAs);
            saved.dateOfBirth = birth.date;
            emit(out, edit::PutAdult{saved});
            adult = {};
            st.adultBirth.clear();
            st.error.clear();
            st.wantFocus = true;
        }
    }
    showError(st, pal);
}

void drawParticipants(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    if (c.participants.empty())
        widget::wrapped("No one invited yet: family, professionals, the chair and minute-taker.",
                        pal.muted);
    for (const auto& p : c.participants) {
        const Adult* adult = adultOf(c, p);
        widget::text(p.name + "   " + std::string(label(p.role)) +
                     (p.agency.empty() ? "" : ", " + p.agency) + "   " +
                     std::string(label(p.attendance)) +
                     (adult ? "   of the household: " + adult->name : std::string()) +
                     (p.language.empty() ? std::string() : "   interpreter: " + p.language));
        switch (rowButtons(p.id)) {
        case RowAction::Change:
            st.newParticipant = p;
            st.error.clear();
            st.wantFocus = true;
            break;
        case RowAction::Remove:
            emit(out, edit::RemoveParticipant{p.id});
            break;
        case RowAction::None:
            break;
        }
    }
    ImGui::Separator();
    auto& p = st.newParticipant;
    widget::heading(view.fonts, p.id.empty() ? "Invite someone" : "Change " + p.name);
    bool submit = field("Name", p.name, st.wantFocus);
    label("Role");
    ImGui::SetNextItemWidth(24 * widget::em());
    if (auto role = pickField("role", std::string(label(p.role)), st.role, roleChoices(), pal))
        p.role = fromToken<Role>(*role).value_or(p.role);
    submit = field("Agency", p.agency) || submit;
    // The family member this person is: their address and date of birth come from there.
    label("Of the household");
    ImGui::SetNextItemWidth(24 * widget::em());
    std::vector<PickChoice> adults;
    for (const auto& a : c.adults)
        adults.push_back(
            {.id = a.id,
             .line = a.name + (a.relationship.empty() ? "" : " (" + a.relationship + ")"),
             .words = a.name});
    const Adult* linked = p.adult ? findAdult(c, *p.adult) : nullptr;
    if (auto chosen =
            pickField("adult", linked ? linked->name : std::string("not of the household"),
                      st.adult, adults, pal))
        p.adult = chosen->empty() ? std::nullopt : std::optional<Id>(*chosen);
    if (p.adult) {
        ImGui::SameLine();
        if (widget::button("Not of the household")) p.adult.reset();
    }
    bool noFocus = false;
    submit = field("Interpreter needed for", p.language, noFocus,
                   "the language, e.g. Polish; empty: none") ||
             submit;
    bool clear = false;
    submit = formButtons("Save person", clear) || submit;
    if (clear) {
        p = {};
        st.error.clear();
    } else if (submit) {
        if (isBlank(p.name))
            st.error = "Not saved: a person needs a name.";
        else {
            Participant saved = p;
            saved.name = trimmed(saved.name);
            saved.agency = trimmed(saved.agency);
            saved.language = trimmed(saved.language);
            emit(out, edit::PutParticipant{saved});
            p = {};
            st.error.clear();
            st.wantFocus = true;
        }
    }
    showError(st, pal);
}

void drawReports(const ConsoleView& view, ConsoleState& state, Intents& out) {
    const Conference& c = view.conference;
    const Palette& pal = palette(state.theme);
    auto& st = state.prepare;
    if (c.reports.empty()) widget::wrapped("No reports received yet.", pal.muted);
    for (const auto& r : c.reports) {
        std::string line = (r.title.empty() ? "Report" : "\u201C" + r.title + "\u201D") + " by " +
                           widget::personWithRole(c, r.author);
        line += r.received ? ", received " + showDate(*r.received) : ", not received";
        if (r.sharedWithParents) line += ", shared with parents " + showDate(*r.sharedWithParents);
        line += r.openToParents ? ", open to parents" : ", not open to parents";
        widget::text(line);
        switch (rowButtons(r.id)) {
        case RowAction::Change:
            st.newReport = r;
            st.reportReceived = typedDate(r.received);
            st.reportShared = typedDate(r.sharedWithParents);
            st.error.clear();
            break;
        case RowAction::Remove:
            emit(out, edit::RemoveReport{r.id});
            break;
        case RowAction::None:
            break;
        }
    }
    ImGui::Separator();
    auto& r = st.newReport;
    widget::heading(view.fonts, r.id.empty() ? "Add a report" : "Change the report");
    label("Author");
    ImGui::SetNextItemWidth(24 * widget::em());
    const std::string author =
        r.author.empty() ? "choose the author" : widget::personWithRole(c, r.author);
    if (ImGui::BeginCombo("##author", author.c_str())) {
        for (const auto& p : c.participants)
            if (ImGui::Selectable((widget::personWithRole(c, p.id) + "##" + p.id).c_str(),
                                  r.author == p.id))
                r.author = p.id;
        ImGui::EndCombo();
    }
    // The author is picked with the mouse; the date is where typing starts.
    bool submit = dateField("Received on", st.reportReceived, pal, st.wantFocus);
    submit = dateField("Shared with parents", st.reportShared, pal) || submit;
    bool noFocus = false;
    submit = field("Title", r.title, noFocus, "e.g. Health visitor's report") || submit;
    label("Open to parents");
    ImGui::Checkbox("##open", &r.openToParents);
    bool clear = false;
    submit = formButtons("Save report", clear) || submit;
    if (clear) {
        r = {};
        st.reportReceived.clear();
        st.reportShared.clear();
        st.error.clear();
    } else if (submit) {
        const auto received = readDate(st.reportReceived);
        const auto shared = readDate(st.reportShared);
        if (!findParticipant(c, r.author))
            st.error =
                "Not saved: choose the author of the report (add them under People invited).";
        else if (!received.valid)
            st.error = "Not saved: the date received: " + received.problem + ".";
        else if (!shared.valid)
            st.error = "Not saved: the date shared with parents: " + shared.problem + ".";
        else {
            Report saved = r;
            saved.title = trimmed(saved.title);
            saved.received = received.date;
            saved.sharedWithParents = shared.date;
            emit(out, edit::PutReport{saved});
            r = {};
            st.reportReceived.clear();
            st.reportShared.clear();
            st.error.clear();
        }
    }
    showError(st, pal);
}

} // namespace cpc::ui::prepare
