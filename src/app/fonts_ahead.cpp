#include "app/fonts_ahead.hpp"

#include <utility>

namespace cpc::app {

FontsAhead::FontsAhead(std::function<ui::GlyphSet()> glyphs, std::filesystem::path folder)
    : FontsAhead({}, std::move(glyphs), std::move(folder)) {}

FontsAhead::FontsAhead(std::function<void()> first, std::function<ui::GlyphSet()> glyphs,
                       std::filesystem::path folder)
    : folder_(std::move(folder)) {
    thread_ = std::thread([this, first = std::move(first), glyphs = std::move(glyphs),
                           plans = toBuild_.get_future()]() mutable {
        try {
            if (first) first();
        } catch (...) {
            failed_ = std::current_exception();
        }
        if (!failed_) {
            try {
                glyphs_ = glyphs();
            } catch (...) {
                // The windows note them again, and any failure is theirs to report.
            }
        }
        Order order = plans.get();
        plans_ = std::move(order.plans);
        built_.resize(plans_.size());
        for (std::size_t i = 0; i < plans_.size() && glyphs_; ++i) {
            plans_[i].glyphs = *glyphs_;
            try {
                built_[i] = buildFonts(plans_[i], folder_);
            } catch (...) {
                // Built again, and reported, by the window that asks for it.
                continue;
            }
            try {
                if (order.then) order.then(*built_[i]);
            } catch (...) {
                // Only a head start: the window does the same work in its frame.
            }
        }
    });
}

FontsAhead::~FontsAhead() {
    join(); // what `first` threw, unless finish() threw it, ends here unreported
}

void FontsAhead::build(std::vector<FontPlan> plans, Then then) {
    if (std::exchange(planned_, true)) return;
    toBuild_.set_value({std::move(plans), std::move(then)});
}

void FontsAhead::join() {
    build({}); // nothing more, if nothing was asked
    if (thread_.joinable()) thread_.join();
}

void FontsAhead::finish() {
    join();
    if (failed_) std::rethrow_exception(std::exchange(failed_, nullptr));
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
