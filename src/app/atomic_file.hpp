#pragma once
// Output files are written whole or not at all: into a temporary file beside
// the target, synced, then renamed over it. A reader never sees half a file,
// and a failed write leaves whatever was there before.

#include <filesystem>
#include <string_view>

namespace cpc::app {

// Throws std::runtime_error "PATH: cannot write (reason)". The file is the
// user's alone (0600): these are confidential records.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace cpc::app
