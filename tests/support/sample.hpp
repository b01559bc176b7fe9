#pragma once
// The sample conference (assets/sample-conference.json), read through the
// interchange as the program reads it: the fixture most tests start from.

#include "interchange/json.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace cpc::test {

inline std::string fileText(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

inline std::filesystem::path samplePath() {
    return std::filesystem::path(CPC_SOURCE_DIR) / "assets" / "sample-conference.json";
}

inline std::string sampleText() {
    return fileText(samplePath());
}

inline Conference sampleConference() {
    return interchange::parse(sampleText());
}

} // namespace cpc::test
