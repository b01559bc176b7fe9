#pragma once
// The fonts the windows will ask for first, built on another thread while
// GLFW starts and opens the windows: at start-up each took as long as the
// other (issue 13). The thread first notes the characters the fonts must
// hold, which for a large conference takes as long again; before that, it
// can read the conference itself (3,000 items: about 45 ms), and once the
// projector's fonts are built, arrange the wall (about 20 ms). Dear ImGui counts
// its allocations in its current context without a lock, so the thread must
// have ended before the first context is made: Window calls finish() first
// (Window::Options::beforeImGui).

#include "app/window_fonts.hpp"

#include <exception>
#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <thread>
#include <vector>

namespace cpc::app {

class FontsAhead {
  public:
    // Starts noting the characters: `glyphs` runs on the thread, and must
    // only read what the main thread does not change meanwhile.
    FontsAhead(std::function<ui::GlyphSet()> glyphs, std::filesystem::path folder);
    // Runs `first` on the thread before noting: what the main thread leaves
    // alone until finish(). What it throws, finish() throws, and then
    // nothing is noted or built.
    FontsAhead(std::function<void()> first, std::function<ui::GlyphSet()> glyphs,
               std::filesystem::path folder);
    ~FontsAhead();
    FontsAhead(const FontsAhead&) = delete;
    FontsAhead& operator=(const FontsAhead&) = delete;

    // The plans to build, once the screens are known; their glyphs are
    // replaced with those noted. Called at most once; never called, none.
    // `then` runs on the thread after each set is built: work that needs the
    // fonts and what `first` read, done while the windows open. What it
    // throws is dropped; the fonts are kept.
    using Then = std::function<void(const BuiltFonts&)>;
    void build(std::vector<FontPlan> plans, Then then = {});
    // Waits for the thread; throws, once, what `first` threw.
    void finish();
    // The characters noted (after finish), unless noting failed.
    const std::optional<ui::GlyphSet>& glyphs() const { return glyphs_; }
    // The fonts built for `plan`, once. Nothing when the plan was not
    // foreseen, or building failed: the window builds them itself then, and
    // a missing font is reported as it always is.
    std::optional<BuiltFonts> take(const FontPlan& plan);
    // Frees what was not taken.
    void drop();

  private:
    void join();

    std::filesystem::path folder_;
    std::exception_ptr failed_; // by `first`
    struct Order {
        std::vector<FontPlan> plans;
        Then then;
    };
    std::promise<Order> toBuild_;
    bool planned_ = false;
    std::optional<ui::GlyphSet> glyphs_;
    std::vector<FontPlan> plans_;
    std::vector<std::optional<BuiltFonts>> built_;
    std::thread thread_;
};

} // namespace cpc::app
