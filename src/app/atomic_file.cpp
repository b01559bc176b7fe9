#include "app/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace cpc::app {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& why) {
    throw std::runtime_error(path.string() + ": cannot write (" + why + ")");
}

// Owns the temporary file until it has been renamed into place.
struct Temporary {
    std::string name;
    int fd = -1;
    ~Temporary() {
        if (fd >= 0) ::close(fd);
        if (!name.empty()) ::unlink(name.c_str());
    }
};

} // namespace

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    if (std::filesystem::is_directory(path)) fail(path, "it is a folder");
    Temporary tmp;
    tmp.name = path.string() + ".XXXXXX";
    tmp.fd = ::mkstemp(tmp.name.data());
    if (tmp.fd < 0) {
        tmp.name.clear();
        fail(path, std::strerror(errno));
    }
    if (::fchmod(tmp.fd, 0600) != 0) fail(path, std::strerror(errno));
    for (std::size_t done = 0; done < bytes.size();) {
        auto n = ::write(tmp.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail(path, std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(tmp.fd) != 0) fail(path, std::strerror(errno));
    // close() is where some file systems (NFS, FUSE) report a write that failed.
    int closed = ::close(std::exchange(tmp.fd, -1));
    if (closed != 0) fail(path, std::strerror(errno));
    if (::rename(tmp.name.c_str(), path.c_str()) != 0) fail(path, std::strerror(errno));
    tmp.name.clear();
    // The rename itself must reach the disk too.
    auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) fail(path, std::string("the folder cannot be synced: ") + std::strerror(errno));
    // EINVAL: the file system has no way to sync a folder (some network ones); the
    // file itself is synced, which is all such a system promises.
    int synced = ::fsync(dir) == 0 || errno == EINVAL ? 0 : errno;
    ::close(dir);
    if (synced != 0)
        fail(path, std::string("the folder cannot be synced: ") + std::strerror(synced));
}

void makeFolderForUser(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(folder, ec)) return; // the chair's own folder: its mode is theirs
    if (!folder.parent_path().empty() && folder.parent_path() != folder)
        makeFolderForUser(folder.parent_path());
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        throw std::runtime_error(folder.string() + ": cannot make the folder (" +
                                 std::strerror(errno) + ")");
}

} // namespace cpc::app
