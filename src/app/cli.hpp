#pragma once
// The command line of INTERCHANGE.md: import, export, list, and the options
// that open the window. Streams are parameters so tests can read what a person sees.
// The command line links nothing of the windows (no Dear ImGui, GLFW or GL):
// it says here what it hands them, and main() gives it the functions that
// draw them (cpc_app: gui.hpp, render.hpp).

#include "domain/conference.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/phase.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>

namespace cpc::app {

struct GuiOptions {
    std::filesystem::path database;
    std::optional<Id> open;                                  // else the one used last
    ui::ProjectorMode projector = ui::ProjectorMode::Window; // fullscreen needs a second monitor
};

struct RenderOptions {
    std::filesystem::path database;
    Id id;
    bool projector = false; // the projector view, else the chair console
    ui::Phase phase = ui::Phase::Information;
    int width = 1600, height = 900;
    std::filesystem::path output;
    std::optional<DateTime> at; // the room's clock; empty: the laptop's clock now
};

// The windows, given by main().
struct Windows {
    std::function<int(const GuiOptions&, std::ostream&)> gui;
    std::function<void(const RenderOptions&)> render;
};

// Exit status: 0 done; 1 bad input or a file problem (one line on `err`
// saying what and where); 2 the command line itself was wrong.
int runCommandLine(int argc, const char* const* argv, std::ostream& out, std::ostream& err,
                   const Windows& windows);

} // namespace cpc::app
