#pragma once
// A record of every string a panel drew, so a test can say what a person would
// have read on the screen (draw data holds glyph quads, not words).

#include <string>
#include <string_view>
#include <vector>

namespace cpc::ui {

struct TextLog {
    std::vector<std::string> lines;
    bool contains(std::string_view text) const {
        for (const auto& l : lines)
            if (l.find(text) != std::string::npos) return true;
        return false;
    }
};

} // namespace cpc::ui
