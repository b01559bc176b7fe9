#pragma once
// `cpcboard render`: one frame of the console or the projector view, drawn
// off-screen and written to a PNG, for documentation and tests.

#include "app/cli.hpp"

namespace cpc::app {

// Throws with one line: no such conference (storage::StorageError), no
// display, a size the GL cannot draw, a file that cannot be written. The
// output is written whole or not at all.
void render(const RenderOptions& options);

} // namespace cpc::app
