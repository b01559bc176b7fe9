#pragma once
// What the console panel is given each frame, built from the live record and
// the room's clock.

#include "storage/store.hpp"
#include "ui/views.hpp"

namespace cpc::app {

ui::ConsoleView consoleView(const storage::Record& record, DateTime now, const ui::Fonts* fonts,
                            int projectorPages, bool saved, const Conference* previous = nullptr);

} // namespace cpc::app
