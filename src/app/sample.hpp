#pragma once
#include <string_view>

namespace cpc::app {
// assets/sample-conference.json, built into the program for --demo.
std::string_view sampleConference();
} // namespace cpc::app
