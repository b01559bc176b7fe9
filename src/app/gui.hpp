#pragma once
// The chair console: the windows and the loop that draws them.

#include "app/cli.hpp"

#include <iosfwd>

namespace cpc::app {

// Runs until the chair closes the console; returns the exit status. Storage
// problems at the start (file in use, damaged, no such conference) and the
// lack of a display throw, with one line that says so; problems while
// running go to `err` and the console carries on.
int runGui(const GuiOptions& options, std::ostream& err);

} // namespace cpc::app
