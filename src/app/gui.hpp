#pragma once
// The chair console: the windows and the loop that draws them.

#include "domain/conference.hpp"
#include "ui/contract/intent.hpp"

#include <filesystem>
#include <iosfwd>
#include <optional>

namespace cpc::app {

struct GuiOptions {
    std::filesystem::path database;
    std::optional<Id> open;                                  // else the one used last
    ui::ProjectorMode projector = ui::ProjectorMode::Window; // fullscreen needs a second monitor
};

// Runs until the chair closes the console; returns the exit status. Storage
// problems at the start (file in use, damaged, no such conference) and the
// lack of a display throw, with one line that says so; problems while
// running go to `err` and the console carries on.
int runGui(const GuiOptions& options, std::ostream& err);

} // namespace cpc::app
