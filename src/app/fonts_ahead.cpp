#include "app/fonts_ahead.hpp"

#include <utility>

namespace cpc::app {

FontsAhead::FontsAhead(std::function<ui::GlyphSet()> glyphs, std::filesystem::path folder)
    : folder_(std::move(folder)) {
    thread_ =
        std::thread([this, glyphs = std::move(glyphs), plans = toBuild_.get_future()]() mutable {
            try {
                glyphs_ = glyphs();
            } catch (...) {
                // The windows note them again, and any failure is theirs to report.
            }
            plans_ = plans.get();
            built_.resize(plans_.size());
            for (std::size_t i = 0; i < plans_.size() && glyphs_; ++i) {
                plans_[i].glyphs = *glyphs_;
                try {
                    built_[i] = buildFonts(plans_[i], folder_);
                } catch (...) {
                    // Built again, and reported, by the window that asks for it.
                }
            }
        });
}

FontsAhead::~FontsAhead() {
    finish();
}

void FontsAhead::build(std::vector<FontPlan> plans) {
    if (std::exchange(planned_, true)) return;
    toBuild_.set_value(std::move(plans));
}

void FontsAhead::finish() {
    build({}); // nothing more, if nothing was asked
    if (thread_.joinable()) thread_.join();
}

std::optional<BuiltFonts> FontsAhead::take(const FontPlan& plan) {
    finish();
    for (std::size_t i = 0; i < plans_.size(); ++i)
        if (built_[i] && plans_[i] == plan) return std::exchange(built_[i], std::nullopt);
    return std::nullopt;
}

void FontsAhead::drop() {
    finish();
    built_.clear();
    plans_.clear();
}

} // namespace cpc::app
