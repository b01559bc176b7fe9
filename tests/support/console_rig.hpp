#pragma once
// The chair console in a headless ImGui context, with a small conference
// built in code. Edits the console emits are carried out between frames
// through a Record on an in-memory database, as the session does, so a test
// can type a whole meeting and read the record back.

#include "domain/edit.hpp"
#include "domain/quorum.hpp"
#include "domain/rules.hpp"
#include "session/console_view.hpp"
#include "storage/store.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/text_log.hpp"

#include <memory>
#include <string>
#include <variant>
#include <vector>

inline cpc::DateTime at(const char* text) {
    return *cpc::parseDateTime(text);
}

// Two children; a social worker, a health visitor and a parent in the room;
// a police officer and a teacher invited but not yet here.
inline cpc::Conference smallConference() {
    using namespace cpc;
    Conference c;
    c.id = "conf1";
    c.details.kind = Kind::Initial;
    c.details.title = "Smith family";
    c.details.scheduledStart = at("2026-03-02T10:00");
    c.meeting.started = at("2026-03-02T10:00");
    c.children = {{"c1", "Mia Smith", parseDate("2019-05-01"), ""},
                  {"c2", "Leo Smith", parseDate("2022-01-10"), ""}};
    auto person = [](Id id, std::string name, Role role, std::string agency, bool here) {
        Participant p{id, std::move(name), role, std::move(agency)};
        if (here) {
            p.attendance = Attendance::Attended;
            p.presence = {Presence{at("2026-03-02T10:00"), std::nullopt, ""}};
        }
        return p;
    };
    c.participants = {person("p1", "Sam Patel", Role::SocialWorker, "Children's Services", true),
                      person("p2", "Grace Hill", Role::HealthVisitor, "NHS", true),
                      person("p3", "Jo Smith", Role::Parent, "", true),
                      person("p4", "Dan Cole", Role::Police, "Police", false),
                      person("p5", "Anna Graham", Role::Education, "Oakfield Primary", false)};
    return c;
}

// Jo (the parent) is asked to step out at 10:10 so that Mia can speak freely,
// and comes back at 10:20.
inline void joStepsOut(cpc::Conference& c) {
    c.participants[2].presence = {
        cpc::Presence{at("2026-03-02T10:00"), at("2026-03-02T10:10"), "Mia to speak freely"},
        cpc::Presence{at("2026-03-02T10:20"), std::nullopt, ""}};
}

struct ConsoleRig {
    Headless ui;
    cpc::Conference conference = smallConference();
    cpc::ui::ConsoleState state;
    cpc::ui::Intents intents; // everything emitted since the last clear(), in order
    cpc::ui::TextLog log;     // what the last frame drew
    cpc::DateTime now = at("2026-03-02T10:30");
    int projectorPages = 1;
    std::vector<std::string> refused; // edits applyEdit refused
    // What app/ says when saving fails (ConsoleView::saveProblem and after).
    std::string saveProblem;
    int unsaved = 0;
    bool readOnly = false;
    std::string copyFolder;

    ConsoleRig() { state.phase = cpc::ui::Phase::Information; }
    // Fonts holding only these characters (glyphs tests).
    explicit ConsoleRig(const cpc::ui::GlyphSet& glyphs) : ui(1600, 900, false, glyphs) {
        state.phase = cpc::ui::Phase::Information;
    }

    // The console's edits go through a Record, as in the program: an
    // in-memory database, seeded again whenever a test sets the conference
    // itself. The view is the session's own (session::consoleView).
    std::unique_ptr<cpc::storage::Database> db;
    std::unique_ptr<cpc::storage::Record> record;

    void follow() {
        if (record && record->conference() == conference) return;
        record.reset(); // it writes to its database as it closes
        db = std::make_unique<cpc::storage::Database>(":memory:");
        record = std::make_unique<cpc::storage::Record>(
            *db, cpc::storage::addConference(*db, conference));
        conference = record->conference();
    }

    void draw() {
        log.lines.clear();
        follow();
        cpc::ui::ConsoleView view =
            cpc::session::consoleView(*record, now, &ui.fonts, projectorPages);
        view.saved = saveProblem.empty();
        view.saveProblem = saveProblem;
        view.unsaved = unsaved;
        view.readOnly = readOnly;
        view.copyFolder = copyFolder;
        view.log = &log;
        cpc::ui::Intents out;
        cpc::ui::drawConsole(view, state, out);
        for (auto& i : out) {
            if (auto* e = std::get_if<cpc::ui::intent::ApplyEdit>(&i)) {
                // As the store logs it: with the ids the domain gave.
                e->edit = cpc::identified(record->conference(), e->edit);
                try {
                    record->apply(e->edit);
                } catch (const cpc::EditError& error) {
                    refused.push_back(error.what());
                }
            }
            if (std::holds_alternative<cpc::ui::intent::Undo>(i) && record->canUndo())
                record->undo();
            if (std::holds_alternative<cpc::ui::intent::Redo>(i) && record->canRedo())
                record->redo();
            intents.push_back(i);
        }
        conference = record->conference();
    }
    std::function<void()> drawer() {
        return [this] { draw(); };
    }
    void settle(int frames = 3) {
        for (int i = 0; i < frames; ++i)
            ui.frame(drawer());
    }
    void type(std::string_view text) { ui.type(text, drawer()); }
    void press(int key, bool ctrl = false, bool shift = false) {
        ui.press(key, drawer(), ctrl, shift);
    }
    void ctrl(int key) { press(key, true); }
    void enter() { press(cpc::ui::key::Enter); }
    void clear() { intents.clear(); }

    // The edits of one kind emitted since the last clear().
    template <class E> std::vector<E> edits() const {
        std::vector<E> out;
        for (const auto& i : intents)
            if (auto* a = std::get_if<cpc::ui::intent::ApplyEdit>(&i))
                if (auto* e = std::get_if<E>(&a->edit)) out.push_back(*e);
        return out;
    }
    template <class I> int count() const {
        int n = 0;
        for (const auto& i : intents)
            n += std::holds_alternative<I>(i) ? 1 : 0;
        return n;
    }
    std::size_t editCount() const {
        return static_cast<std::size_t>(count<cpc::ui::intent::ApplyEdit>());
    }
};
