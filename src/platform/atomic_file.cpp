#include "platform/atomic_file.hpp"

#include "platform/os.hpp"

namespace cpc::platform {

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

} // namespace cpc::platform
