#pragma once
// Where the program's fonts are (fonts/README.md). One lookup for everything
// that draws text: the windows, the render command, the PDF documents.

#include <filesystem>

namespace cpc::platform {

// A folder holding NotoSans-Regular.ttf, NotoSans-Bold.ttf, DejaVuSans.ttf
// and DejaVuSans-Bold.ttf (and OpenDyslexic-*.otf when installed). Looks in
// $CPC_FONT_DIR (and only there when it is set), then the build's fonts/,
// then ../share/cpcboard/fonts beside the executable, then the system's font
// packages, linked together into one folder in the user's cache because they
// install into separate folders. Throws std::runtime_error naming what is missing.
std::filesystem::path fontFolder();

} // namespace cpc::platform
