#pragma once
// Output files are written whole or not at all: into a temporary file beside
// the target, synced, then renamed over it. A reader never sees half a file,
// and a failed write leaves whatever was there before.

#include <filesystem>
#include <string_view>

namespace cpc::platform {

// Throws std::runtime_error "PATH: cannot write (reason)". The file is the
// user's alone (0600, or a DACL
// naming only the user): these are confidential records.
void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Makes the folders missing on the way to `folder`, each the user's alone
// (0700, or the user's alone by its DACL). A folder that already exists is left as it is: the chair
// chose it, and may share it on purpose; the files written into it are 0600 anyway.
void makeFolderForUser(const std::filesystem::path& folder);

} // namespace cpc::platform
