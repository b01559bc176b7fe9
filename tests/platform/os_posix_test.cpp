// Linux only: a lock held by another process, made with fork() (Windows has
// no fork; tests/CMakeLists.txt leaves this file out there). POSIX locks
// belong to a process, so only another process can show the probe working.
#include "platform/os.hpp"

#include <catch2/catch.hpp>
#include <clocale>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace cpc;

TEST_CASE("a lock another process holds on SQLite's lock bytes is seen, and gone when it ends",
          "[os]") {
    const fs::path folder = os::newPrivateFolder("cpcboard-os-lock");
    const fs::path file = folder / "held.db";
    os::writeWhole(file, std::string(4096, 'x'));
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        int fd = ::open(file.c_str(), O_RDWR);
        struct flock lock {};
        lock.l_type = F_WRLCK;
        lock.l_whence = SEEK_SET;
        lock.l_start = 0x40000000 + 2; // SQLite's RESERVED byte, inside the probed range
        lock.l_len = 1;
        char one = fd >= 0 && ::fcntl(fd, F_SETLK, &lock) == 0 ? 1 : 0;
        if (::write(ready[1], &one, 1) != 1) ::_exit(1);
        ::pause();
        ::_exit(0);
    }
    char locked = 0;
    REQUIRE(::read(ready[0], &locked, 1) == 1);
    REQUIRE(locked == 1);
    CHECK(os::lockHeld(file, 0x40000000, 512));
    CHECK_FALSE(os::lockHeld(file, 0, 512)); // other bytes are free
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    ::close(ready[0]);
    ::close(ready[1]);
    CHECK_FALSE(os::lockHeld(file, 0x40000000, 512));
    fs::remove_all(folder);
}

TEST_CASE("before the window system, the character locale is the user's, as GLFW would set it",
          "[os]") {
    const std::string before = std::setlocale(LC_CTYPE, nullptr);
    const char* saved = std::getenv("LC_ALL");
    const std::string savedAll = saved ? saved : "";
    ::setenv("LC_ALL", "C.UTF-8", 1);
    std::setlocale(LC_CTYPE, "C");
    os::beforeWindowSystem();
    CHECK(std::string(std::setlocale(LC_CTYPE, nullptr)) == "C.UTF-8");
    // One set already is left alone.
    ::setenv("LC_ALL", "C", 1);
    os::beforeWindowSystem();
    CHECK(std::string(std::setlocale(LC_CTYPE, nullptr)) == "C.UTF-8");
    if (saved)
        ::setenv("LC_ALL", savedAll.c_str(), 1);
    else
        ::unsetenv("LC_ALL");
    std::setlocale(LC_CTYPE, before.c_str());
}
