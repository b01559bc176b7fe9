#pragma once
// A fake ruler for the projector's layout: every character is half the font
// size wide, so widths and line counts can be worked out by hand.

#include "ui/projector/projector_layout.hpp"

#include <string_view>
#include <vector>

namespace fake_ruler {

inline const std::vector<float> ladder{20, 25, 30, 40};

inline float chars(std::string_view t) {
    float n = 0;
    for (unsigned char c : t)
        if ((c & 0xC0) != 0x80) ++n; // one per UTF-8 character, not per byte
    return n;
}

inline cpc::ui::projector::Measure halfEm() {
    return [](std::string_view t, cpc::ui::projector::Face, int step) {
        return chars(t) * ladder[static_cast<std::size_t>(step)] * 0.5f;
    };
}

} // namespace fake_ruler
