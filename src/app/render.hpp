#pragma once
// `cpcboard render`: one frame of the console or the projector view, drawn
// off-screen and written to a PNG, for documentation and tests.

#include "domain/conference.hpp"
#include "ui/contract/phase.hpp"

#include <filesystem>
#include <optional>

namespace cpc::app {

struct RenderOptions {
    std::filesystem::path database;
    Id id;
    bool projector = false; // the projector view, else the chair console
    ui::Phase phase = ui::Phase::Information;
    int width = 1600, height = 900;
    std::filesystem::path output;
    std::optional<DateTime> at; // the room's clock; empty: the laptop's clock now
};

// Throws with one line: no such conference (storage::StorageError), no
// display, a size the GL cannot draw, a file that cannot be written. The
// output is written whole or not at all.
void render(const RenderOptions& options);

} // namespace cpc::app
