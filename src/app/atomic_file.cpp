#include "app/atomic_file.hpp"

#include "app/os/os.hpp"

namespace cpc::app {

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    os::writeWhole(path, bytes);
}

void makeFolderForUser(const std::filesystem::path& folder) {
    std::error_code ec;
    if (std::filesystem::is_directory(folder, ec)) return; // the chair's own folder: theirs
    if (!folder.parent_path().empty() && folder.parent_path() != folder)
        makeFolderForUser(folder.parent_path());
    os::makePrivateFolder(folder);
}

} // namespace cpc::app
