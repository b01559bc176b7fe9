#include "ui/fonts/glyphs.hpp"

#include <algorithm>
#include <array>
#include <imgui_internal.h>
#include <map>
#include <mutex>
#include <vector>

namespace cpc::ui {
namespace {

struct Block {
    unsigned first, last;
    bool always; // the interface's own
};

// Latin with its extensions (Łukasz, Siobhán, Yoruba's dotted vowels), Greek, Cyrillic,
// punctuation (curly quotes, dashes), currency, arrows, shapes, and the
// replacement character for anything else.
constexpr std::array<Block, 15> blocks{{
    {0x0020, 0x007F, true},  // Basic Latin
    {0x0080, 0x00FF, true},  // Latin-1: Zoë, Siobhán, the middle dot
    {0x0100, 0x017F, true},  // Latin Extended-A: Łukasz
    {0x0180, 0x024F, false}, // Latin Extended-B
    {0x0370, 0x03FF, false}, // Greek
    {0x0400, 0x04FF, false}, // Cyrillic
    {0x1E00, 0x1EFF, false}, // Latin Extended Additional: Vietnamese, Yoruba
    {0x2000, 0x206F, true},  // General Punctuation: quotes, dashes, the ellipsis
    {0x20A0, 0x20CF, true},  // Currency: €
    {0x2100, 0x214F, false}, // Letterlike
    {0x2190, 0x21FF, false}, // Arrows
    {0x2500, 0x25FF, false}, // Box drawing, blocks, shapes
    {0x2600, 0x26FF, false}, // Symbols
    {0x2700, 0x27BF, false}, // Dingbats
    {0xFFFD, 0xFFFD, true},  // the replacement character
}};

constexpr std::uint32_t bit(std::size_t i) {
    return std::uint32_t{1} << i;
}

constexpr std::uint32_t alwaysHeld() {
    std::uint32_t out = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].always) out |= bit(i);
    return out;
}

// The block's bit, or 0 outside every block.
std::uint32_t blockOf(unsigned c) {
    for (std::size_t i = 0; i < blocks.size(); ++i)
        if (c >= blocks[i].first && c <= blocks[i].last) return bit(i);
    return 0;
}

} // namespace

GlyphSet::GlyphSet() : blocks_(alwaysHeld()) {}

GlyphSet GlyphSet::all() {
    GlyphSet s;
    s.blocks_ = bit(blocks.size()) - 1;
    return s;
}

bool GlyphSet::note(unsigned codepoint) {
    const std::uint32_t before = blocks_;
    blocks_ |= blockOf(codepoint);
    return blocks_ != before;
}

bool GlyphSet::note(std::string_view utf8) {
    const std::uint32_t before = blocks_;
    const char* at = utf8.data();
    const char* end = at + utf8.size();
    while (at < end) {
        // ASCII is always held: step over it without decoding.
        if (static_cast<unsigned char>(*at) < 0x80) {
            ++at;
            continue;
        }
        unsigned c = 0;
        // Decoded as ImGui decodes what it draws; a broken sequence is U+FFFD.
        at += std::max(1, ImTextCharFromUtf8(&c, at, end));
        blocks_ |= blockOf(c);
    }
    return blocks_ != before;
}

bool GlyphSet::holds(unsigned codepoint) const {
    return (blocks_ & blockOf(codepoint)) != 0;
}

bool GlyphSet::whole() const {
    return *this == all();
}

GlyphSet& GlyphSet::operator|=(const GlyphSet& other) {
    blocks_ |= other.blocks_;
    return *this;
}

const ImWchar* GlyphSet::ranges() const {
    static std::mutex guard;
    static std::map<std::uint32_t, std::vector<ImWchar>> kept;
    std::lock_guard lock(guard);
    auto [at, made] = kept.try_emplace(blocks_);
    if (made) {
        std::vector<ImWchar>& r = at->second;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            if (!(blocks_ & bit(i))) continue;
            // Neighbouring blocks make one range.
            if (!r.empty() && r.back() + 1u == blocks[i].first)
                r.back() = static_cast<ImWchar>(blocks[i].last);
            else
                r.insert(r.end(), {static_cast<ImWchar>(blocks[i].first),
                                   static_cast<ImWchar>(blocks[i].last)});
        }
        r.push_back(0);
    }
    return at->second.data();
}

} // namespace cpc::ui
