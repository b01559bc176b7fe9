#include "session/console_view.hpp"

#include "platform/paths.hpp"
#include "session/export.hpp"

namespace cpc::session {

namespace {

// The rules and the quorum, worked out when the conference or the clock's
// second changes rather than every frame: at a few thousand items they cost
// more than the rest of the frame. (A meeting's length is counted from its
// start to the second, so a coarser clock would be late to say it ran over.)
struct Worked {
    long long revision = -1;
    DateTime now{};
    Quorum quorum;
    std::vector<Finding> findings;
};

const Worked& worked(const Conference& c, long long revision, DateTime now) {
    static Worked last; // one console in a run
    if (last.revision != revision || last.now != now)
        last = {revision, now, quorumAt(c, now), checkAll(c, now)};
    return last;
}

ui::ConsoleView viewOf(const Conference& c, long long revision, const storage::Record& record,
                       DateTime now, const ui::Fonts* fonts, int projectorPages,
                       const Conference* previous) {
    const Worked& w = worked(c, revision, now);
    return ui::ConsoleView{.conference = c,
                           .now = now,
                           .quorum = w.quorum,
                           .findings = w.findings,
                           .undoLabel = record.nextUndo(),
                           .redoLabel = record.nextRedo(),
                           .projectorPages = projectorPages,
                           .fonts = fonts,
                           .previous = previous,
                           .exportFolder = os::utf8(defaultExportFolder(c)),
                           .revision = revision};
}

} // namespace

ui::ConsoleView consoleView(const storage::Record& record, DateTime now, const ui::Fonts* fonts,
                            int projectorPages, const Conference* previous) {
    return viewOf(record.conference(), record.revision(), record, now, fonts, projectorPages,
                  previous);
}

ui::ConsoleView consoleView(Session& session, DateTime now, const ui::Fonts* fonts,
                            int projectorPages) {
    auto view = viewOf(session.conference(), session.revision(), *session.record(), now, fonts,
                       projectorPages, session.previous());
    view.saved = session.saved();
    view.saveProblem = session.saveProblem();
    view.unsaved = session.unsaved();
    view.readOnly = session.readOnly();
    const auto& profile = session.areaProfile();
    view.areaProfileMatches = profile.settings == session.conference().settings &&
                              profile.region == session.conference().details.region;
    // Looked for once, when the banner first needs it: not a folder scan a frame.
    if (!view.saveProblem.empty() && session.console().copyFolder.empty())
        view.copyFolder = os::utf8(copyFolderSuggestion());
    // The log is the undo history, and the changes held on screen are not in it yet.
    if (view.unsaved > 0) view.undoLabel = view.redoLabel = "";
    return view;
}

} // namespace cpc::session
