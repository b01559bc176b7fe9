#pragma once
// Running the real program with windows, for the GUI and render tests: a
// temporary folder with the sample conference imported, a child process that
// is always killed, and bounded waits on xdotool.

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <spawn.h>
#include <string>
#include <sys/file.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace gui_test {

namespace fs = std::filesystem;

inline bool haveDisplay() {
    const char* d = std::getenv("DISPLAY");
    return d && *d;
}

// A window test without a display has tested nothing: it fails, saying how
// to give it one, rather than passing as if it had run (a green run that
// skipped tests is a red run).
#define GUI_TEST_NEEDS_DISPLAY()                                                                   \
    do {                                                                                           \
        if (!gui_test::haveDisplay())                                                              \
            FAIL("no DISPLAY: run the window tests under a display (scripts/test starts Xvfb, or " \
                 "scripts/xvfb ctest --test-dir build)");                                          \
    } while (false)

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

inline std::string q(const std::string& s) {
    return "'" + s + "'";
}

struct Run {
    int status = -1;
    std::string out, err;
};

struct Folder {
    fs::path path;
    Folder() {
        path =
            fs::temp_directory_path() / ("cpcboard-gui-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    fs::path operator/(const std::string& name) const { return path / name; }

    // A shell command, its output kept in this folder; never longer than `seconds`.
    Run shell(const std::string& command, int seconds = 60) const {
        std::string cmd = "timeout -s KILL " + std::to_string(seconds) + " " + command + " >" +
                          q((path / "stdout").string()) + " 2>" + q((path / "stderr").string());
        int raw = std::system(cmd.c_str());
        return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(path / "stdout"),
                slurp(path / "stderr")};
    }

    Run cpcboard(const std::string& args, int seconds = 60) const {
        return shell(q(CPCBOARD_EXE) + " " + args, seconds);
    }

    fs::path db() const { return path / "cpc.db"; }

    // Imports the sample conference into db() and returns its id.
    std::string importSample() const {
        auto r = cpcboard("import " + q(CPC_SOURCE_DIR "/assets/sample-conference.json") +
                          " --db " + q(db().string()));
        REQUIRE(r.status == 0);
        return r.out.substr(0, r.out.find('\n'));
    }
};

// The real program, running; killed (SIGKILL) and reaped however the test ends.
class Child {
  public:
    // Standard output goes to `out` when given, else it is dropped.
    explicit Child(std::vector<std::string> args, const fs::path& out = "/dev/null") {
        args.insert(args.begin(), CPCBOARD_EXE);
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, out.c_str(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (posix_spawn(&pid_, CPCBOARD_EXE, &files, nullptr, argv.data(), environ) != 0) pid_ = -1;
        posix_spawn_file_actions_destroy(&files);
    }
    ~Child() { kill(); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return pid_; }
    bool running() const { return pid_ > 0 && ::waitpid(pid_, nullptr, WNOHANG) == 0; }

    void kill() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
    }

  private:
    pid_t pid_ = -1;
};

// Tests that open visible windows take turns: a new window takes the
// keyboard focus, and one test types into its window.
class WindowLock {
  public:
    WindowLock() {
        fd_ = ::open((fs::temp_directory_path() / "cpcboard-gui-tests.lock").c_str(),
                     O_CREAT | O_RDWR, 0600);
        if (fd_ >= 0) ::flock(fd_, LOCK_EX);
    }
    ~WindowLock() {
        if (fd_ >= 0) ::close(fd_); // releases the lock
    }
    WindowLock(const WindowLock&) = delete;
    WindowLock& operator=(const WindowLock&) = delete;

  private:
    int fd_ = -1;
};

// The windows of that process whose title matches `name` (a regex), waiting
// up to `seconds` for at least one to appear. xdotool dies on an X error when
// any window (another test's, say) is destroyed while it searches, so one
// empty answer is not the last word: ask again until the time is up.
inline std::vector<std::string> windowsOf(const Folder& f, pid_t pid, const std::string& name,
                                          int seconds = 20) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    for (;;) {
        auto r = f.shell("xdotool search --onlyvisible --all --pid " + std::to_string(pid) +
                             " --name " + q(name),
                         5);
        std::vector<std::string> ids;
        std::string line;
        for (char c : r.out) {
            if (c != '\n')
                line += c;
            else if (!line.empty())
                ids.push_back(std::exchange(line, {}));
        }
        if (!ids.empty() || std::chrono::steady_clock::now() >= until) return ids;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

inline void pause(int milliseconds) {
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
}

} // namespace gui_test
