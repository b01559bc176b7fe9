#include "app/fonts_dir.hpp"

#include <array>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>

namespace cpc::app {
namespace {

namespace fs = std::filesystem;

constexpr std::array required{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf",
                              "DejaVuSans-Bold.ttf"};

// The first required font this folder lacks; empty when it has them all.
std::string missingIn(const fs::path& folder) {
    std::error_code ec;
    for (const char* name : required)
        if (!fs::is_regular_file(folder / name, ec)) return name;
    return {};
}

fs::path besideExecutable() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return exe.parent_path() / ".." / "share" / "cpcboard" / "fonts";
}

fs::path cacheFolder() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "cpcboard" / "fonts";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "cpcboard" / "fonts";
    return fs::temp_directory_path() / "cpcboard-fonts";
}

// Debian puts Noto, DejaVu and OpenDyslexic in folders of their own; the
// panels want one folder, so gather links to them in the cache.
fs::path systemFonts() {
    const fs::path sources[] = {"/usr/share/fonts/truetype/noto",
                                "/usr/share/fonts/truetype/dejavu",
                                "/usr/share/fonts/opentype/opendyslexic"};
    const char* wanted[] = {"NotoSans-Regular.ttf",     "NotoSans-Bold.ttf",
                            "DejaVuSans.ttf",           "DejaVuSans-Bold.ttf",
                            "OpenDyslexic-Regular.otf", "OpenDyslexic-Bold.otf"};
    std::error_code ec;
    fs::path folder = cacheFolder();
    fs::create_directories(folder, ec);
    for (const char* name : wanted) {
        if (fs::exists(folder / name, ec)) continue;
        for (const auto& source : sources)
            if (fs::is_regular_file(source / name, ec)) {
                fs::create_symlink(source / name, folder / name, ec);
                break;
            }
    }
    return folder;
}

} // namespace

fs::path fontFolder() {
    if (const char* env = std::getenv("CPC_FONT_DIR"); env && *env) {
        if (auto missing = missingIn(env); !missing.empty())
            throw std::runtime_error(std::string("CPC_FONT_DIR=") + env + ": " + missing +
                                     " is not there");
        return env;
    }
    for (const fs::path& folder : {fs::path(CPC_BUILD_FONT_DIR), besideExecutable()})
        if (!folder.empty() && missingIn(folder).empty()) return folder;
    fs::path gathered = systemFonts();
    if (auto missing = missingIn(gathered); !missing.empty())
        throw std::runtime_error("font " + missing +
                                 " not found: install fonts-noto-core and fonts-dejavu-core, or "
                                 "set CPC_FONT_DIR to a folder that holds it");
    return gathered;
}

} // namespace cpc::app
