#pragma once
// Paths as UTF-8 text and back, the same on every system: on Windows a path
// is UTF-16 and its plain string() is in the ANSI code page, where "Łukasz"
// does not fit. Names the chair typed and paths shown to them go through here.

#include <filesystem>
#include <string>
#include <string_view>

namespace cpc::os {

inline std::string utf8(const std::filesystem::path& p) {
    auto text = p.u8string();
    return {text.begin(), text.end()};
}

inline std::filesystem::path pathFrom(std::string_view utf8) {
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

} // namespace cpc::os
