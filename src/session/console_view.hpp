#pragma once
// What the console panel is given each frame, built from the live record (or
// the session: the record, and any changes held after a failed save) and the
// room's clock.

#include "session/session.hpp"
#include "storage/store.hpp"
#include "ui/contract/views.hpp"

namespace cpc::session {

ui::ConsoleView consoleView(const storage::Record& record, DateTime now, const ui::Fonts* fonts,
                            int projectorPages, const Conference* previous = nullptr);

ui::ConsoleView consoleView(Session& session, DateTime now, const ui::Fonts* fonts,
                            int projectorPages);

} // namespace cpc::session
