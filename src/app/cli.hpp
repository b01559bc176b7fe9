#pragma once
// The command line of INTERCHANGE.md: import, export, list, and the options
// that open the window. Streams are parameters so tests can read what a person sees.

#include "app/gui.hpp"
#include "app/render.hpp"

#include <functional>
#include <iosfwd>

namespace cpc::app {

// The windows, given by main(): the command line itself links nothing of the
// GUI (no GLFW, no GL), only the session and the platform code.
struct Windows {
    std::function<int(const GuiOptions&, std::ostream&)> gui;
    std::function<void(const RenderOptions&)> render;
};

// Exit status: 0 done; 1 bad input or a file problem (one line on `err`
// saying what and where); 2 the command line itself was wrong.
int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   const Windows& windows);

} // namespace cpc::app
