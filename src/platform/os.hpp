#pragma once
// What differs between Linux and Windows, in one place (ARCHITECTURE.md,
// "Platform"): folders, files written whole, who may read them, file locks,
// opening a file in its viewer, the local time and the console. One header;
// CMake builds os_posix.cpp or os_windows.cpp behind it, so no #ifdef is
// needed anywhere else. Paths are std::filesystem paths; text is UTF-8.

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cpc::os {

namespace fs = std::filesystem;

// The variable's value, or "" when it is not set.
std::string environment(const char* name);
// Sets the variable for this process and those it starts; "" unsets it.
void setEnvironment(const char* name, const std::string& value);
// The variable whose folder dataFolder() makes cpcboard's in.
const char* dataFolderVariable();
// The program's arguments as UTF-8, whatever the system's code page.
std::vector<std::string> arguments(int argc, char** argv);

// cpcboard's own data folder, made if missing and made the user's alone:
// $XDG_DATA_HOME/cpcboard or ~/.local/share/cpcboard; %LOCALAPPDATA%\cpcboard.
// Throws std::runtime_error in words when it cannot be found or made private.
fs::path dataFolder();
// The user's documents: $XDG_DOCUMENTS_DIR or ~/Documents; the Documents known folder.
fs::path documentsFolder();
// A folder for things that can be made again: ~/.cache/cpcboard; %LOCALAPPDATA%\cpcboard\cache.
fs::path cacheFolder();
// Where a copy is best taken: a removable drive, else the user's home
// (Documents on Windows).
fs::path copyFolder();
// The running program's own file.
fs::path executable();
// A new, empty folder of the user's alone under the temporary folder.
fs::path newPrivateFolder(const std::string& stem);

// Makes one folder (its parent exists), the user's alone. False if it was there.
bool makePrivateFolder(const fs::path& folder);
// Makes an existing folder the user's alone, whatever it was before.
void makePrivate(const fs::path& folder);
// True when nobody but the user (and the system) may read it.
bool isPrivate(const fs::path& path);
// Makes a new empty file, the user's alone; false if it exists or cannot be made.
bool createPrivateFile(const fs::path& file);
// Whether this process may write to the file, or make files in the folder.
bool mayWrite(const fs::path& path);

// Writes the whole file or nothing: a temporary file beside it, the user's
// alone, flushed to the disk, then moved over the target in one step, and
// the move itself flushed. Throws std::runtime_error "PATH: cannot write (why)".
void writeWhole(const fs::path& path, std::string_view bytes);

// True when another process holds a lock on any of those bytes of the file.
bool lockHeld(const fs::path& file, std::uint64_t offset, std::uint64_t length);

// A name for the file that the C library's fopen() takes: the path itself;
// on Windows, whose fopen() reads names in the ANSI code page, the short
// (8.3) name when the long one has letters outside it.
std::string nameForFopen(const fs::path& file);

// Opens the file in the program the user has for it, and does not wait.
void openInViewer(const fs::path& file);

// The wall clock's broken-down local time.
std::tm localTime(std::time_t t);

// A windowed program started from a terminal prints to that terminal
// (Windows); nothing to do where every program has its terminal (Linux).
void useStartingConsole();

// Before GLFW starts, while the program has one thread. On X11 GLFW sets the
// C library's character locale from the environment when it is still "C",
// and setlocale must not run while another thread does: it is set here first,
// as GLFW would. Nothing on Windows.
void beforeWindowSystem();

} // namespace cpc::os
