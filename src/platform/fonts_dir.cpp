#include "platform/fonts_dir.hpp"

#include "platform/os.hpp"
#include "platform/paths.hpp"

#include <array>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

namespace cpc::platform {
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

// Installed (../share/cpcboard/fonts) or unzipped (fonts/ beside the program).
std::vector<fs::path> besideExecutable() {
    fs::path exe = os::executable();
    if (exe.empty()) return {};
    return {exe.parent_path() / ".." / "share" / "cpcboard" / "fonts", exe.parent_path() / "fonts"};
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
    fs::path folder = os::cacheFolder() / "fonts";
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
    if (auto env = os::environment("CPC_FONT_DIR"); !env.empty()) {
        if (auto missing = missingIn(os::pathFrom(env)); !missing.empty())
            throw std::runtime_error("CPC_FONT_DIR=" + env + ": " + missing + " is not there");
        return os::pathFrom(env);
    }
    std::vector<fs::path> folders = besideExecutable();
    folders.insert(folders.begin(), fs::path(CPC_BUILD_FONT_DIR));
    for (const fs::path& folder : folders)
        if (!folder.empty() && missingIn(folder).empty()) return folder;
    fs::path gathered = systemFonts();
    if (auto missing = missingIn(gathered); !missing.empty())
        throw std::runtime_error("font " + missing +
                                 " not found: install fonts-noto-core and fonts-dejavu-core, or "
                                 "set CPC_FONT_DIR to a folder that holds it");
    return gathered;
}

} // namespace cpc::platform
