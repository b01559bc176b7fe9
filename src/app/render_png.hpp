#pragma once
// PNG bytes from pixels, in memory, so the file can be written atomically.

#include <string>
#include <vector>

namespace cpc::app {

// `rgba`: width x height pixels, top row first, 4 bytes each.
std::string encodePng(const std::vector<unsigned char>& rgba, int width, int height);

} // namespace cpc::app
