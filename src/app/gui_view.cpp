#include "app/gui_view.hpp"

#include "app/documents_export.hpp"

namespace cpc::app {

ui::ConsoleView consoleView(const storage::Record& record, DateTime now, const ui::Fonts* fonts,
                            int projectorPages, bool saved, const Conference* previous) {
    const Conference& c = record.conference();
    return ui::ConsoleView{.conference = c,
                           .now = now,
                           .quorum = quorumAt(c, now),
                           .findings = checkAll(c, now),
                           .saved = saved,
                           .undoLabel = record.nextUndo(),
                           .redoLabel = record.nextRedo(),
                           .projectorPages = projectorPages,
                           .fonts = fonts,
                           .previous = previous,
                           .exportFolder = defaultExportFolder(c).string()};
}

} // namespace cpc::app
