// Linux (and any POSIX system): see os.hpp.
#include "platform/os.hpp"

#include <cerrno>
#include <clocale>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>

namespace cpc::os {
namespace {

[[noreturn]] void cannotWrite(const fs::path& path, const std::string& why) {
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

fs::path home() {
    std::string h = environment("HOME");
    return h.empty() ? fs::path() : fs::path(h);
}

} // namespace

std::string environment(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

void setEnvironment(const char* name, const std::string& value) {
    if (value.empty())
        ::unsetenv(name);
    else
        ::setenv(name, value.c_str(), 1);
}

const char* dataFolderVariable() {
    return "XDG_DATA_HOME";
}

std::vector<std::string> arguments(int argc, char** argv) {
    return {argv, argv + argc};
}

fs::path dataFolder() {
    fs::path base;
    if (auto xdg = environment("XDG_DATA_HOME"); !xdg.empty())
        base = xdg;
    else if (!home().empty())
        base = home() / ".local" / "share";
    else
        throw std::runtime_error(
            "cannot find the user's data folder: neither XDG_DATA_HOME nor HOME is set");
    fs::path folder = base / "cpcboard";
    std::error_code ec;
    if (!fs::exists(folder, ec)) {
        fs::create_directories(folder, ec);
        if (ec)
            throw std::runtime_error(folder.string() + ": cannot create the folder (" +
                                     ec.message() + ")");
    }
    // The folder is cpcboard's own, so it is made the user's alone however it
    // came to be (an older version, a copy from a backup, a umask of 022).
    if (!isPrivate(folder)) makePrivate(folder);
    return folder;
}

fs::path documentsFolder() {
    if (auto docs = environment("XDG_DOCUMENTS_DIR"); !docs.empty()) return docs;
    if (!home().empty()) return home() / "Documents";
    return fs::temp_directory_path();
}

fs::path cacheFolder() {
    if (auto xdg = environment("XDG_CACHE_HOME"); !xdg.empty()) return fs::path(xdg) / "cpcboard";
    if (!home().empty()) return home() / ".cache" / "cpcboard";
    return fs::temp_directory_path() / "cpcboard-cache";
}

fs::path copyFolder() {
    std::error_code ec;
    if (auto user = environment("USER"); !user.empty())
        for (fs::path media : {fs::path("/media") / user, fs::path("/run/media") / user})
            for (const auto& entry : fs::directory_iterator(media, ec))
                if (entry.is_directory(ec) && mayWrite(entry.path())) return entry.path();
    return home().empty() ? fs::temp_directory_path() : home();
}

fs::path executable() {
    std::error_code ec;
    return fs::read_symlink("/proc/self/exe", ec);
}

fs::path newPrivateFolder(const std::string& stem) {
    std::string folder = (fs::temp_directory_path() / (stem + "-XXXXXX")).string();
    if (!::mkdtemp(folder.data()))
        throw std::runtime_error("cannot make a folder in " + fs::temp_directory_path().string() +
                                 " (" + std::strerror(errno) + ")");
    return folder;
}

bool makePrivateFolder(const fs::path& folder) {
    if (::mkdir(folder.c_str(), 0700) == 0) return true;
    if (errno == EEXIST) return false;
    throw std::runtime_error(folder.string() + ": cannot make the folder (" + std::strerror(errno) +
                             ")");
}

void makePrivate(const fs::path& folder) {
    std::error_code ec;
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (ec)
        throw std::runtime_error(folder.string() + ": cannot make the folder private (" +
                                 ec.message() + ")");
}

bool isPrivate(const fs::path& path) {
    std::error_code ec;
    auto mode = fs::status(path, ec).permissions();
    return !ec && (mode & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none;
}

bool createPrivateFile(const fs::path& file) {
    int fd = ::open(file.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) return false;
    ::close(fd);
    return true;
}

bool mayWrite(const fs::path& path) {
    return ::access(path.c_str(), W_OK) == 0;
}

void writeWhole(const fs::path& path, std::string_view bytes) {
    if (fs::is_directory(path)) cannotWrite(path, "it is a folder");
    Temporary tmp;
    tmp.name = path.string() + ".XXXXXX";
    tmp.fd = ::mkstemp(tmp.name.data());
    if (tmp.fd < 0) {
        tmp.name.clear();
        cannotWrite(path, std::strerror(errno));
    }
    if (::fchmod(tmp.fd, 0600) != 0) cannotWrite(path, std::strerror(errno));
    for (std::size_t done = 0; done < bytes.size();) {
        auto n = ::write(tmp.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) cannotWrite(path, std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(tmp.fd) != 0) cannotWrite(path, std::strerror(errno));
    // close() is where some file systems (NFS, FUSE) report a write that failed.
    int closed = ::close(std::exchange(tmp.fd, -1));
    if (closed != 0) cannotWrite(path, std::strerror(errno));
    if (::rename(tmp.name.c_str(), path.c_str()) != 0) cannotWrite(path, std::strerror(errno));
    tmp.name.clear();
    // The rename itself must reach the disk too.
    auto folder = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        cannotWrite(path, std::string("the folder cannot be synced: ") + std::strerror(errno));
    // EINVAL: the file system has no way to sync a folder (some network ones); the
    // file itself is synced, which is all such a system promises.
    int synced = ::fsync(dir) == 0 || errno == EINVAL ? 0 : errno;
    ::close(dir);
    if (synced != 0)
        cannotWrite(path, std::string("the folder cannot be synced: ") + std::strerror(synced));
}

bool lockHeld(const fs::path& file, std::uint64_t offset, std::uint64_t length) {
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = static_cast<off_t>(offset);
    probe.l_len = static_cast<off_t>(length);
    bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

std::string nameForFopen(const fs::path& file) {
    return file.string();
}

void openInViewer(const fs::path& file) {
    // Twice forked, so the viewer is nobody's child to wait for.
    pid_t child = ::fork();
    if (child == 0) {
        if (::fork() == 0) {
            ::execlp("xdg-open", "xdg-open", file.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        ::_exit(0);
    }
    if (child > 0) ::waitpid(child, nullptr, 0);
}

std::tm localTime(std::time_t t) {
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

void useStartingConsole() {}

void beforeWindowSystem() {
    if (std::strcmp(std::setlocale(LC_CTYPE, nullptr), "C") == 0) std::setlocale(LC_CTYPE, "");
}

} // namespace cpc::os
