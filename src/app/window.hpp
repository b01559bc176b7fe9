#pragma once
// One OS window: a GLFW window with its own OpenGL context, its own Dear ImGui
// context (ImGui 1.86 has no multi-viewport) and its own font atlas.

#include "app/gl_draw.hpp"
#include "app/window_fonts.hpp"

#include <filesystem>
#include <functional>
#include <imgui.h>
#include <memory>
#include <string>

struct GLFWwindow;
struct GLFWmonitor;

namespace cpc::app {

class FontsAhead;

class Window {
  public:
    struct Options {
        std::string title;
        int width = 1280, height = 720;
        bool visible = true;
        // The 1.86 GLFW backend sends every callback to the *current* ImGui
        // context, so only one window (the console) may have its callbacks.
        bool imguiCallbacks = false;
        // Our own callbacks, installed before ImGui's so that ImGui chains to them.
        void (*ownCallbacks)(GLFWwindow*) = nullptr;
        int swapInterval = 1;
        bool focus = true; // take the keyboard when it opens
        // Called once the GLFW window is open, before its ImGui context is
        // made (FontsAhead::finish: no context may exist while it builds).
        std::function<void()> beforeImGui;
    };

    // Throws std::runtime_error when GLFW or OpenGL 3.3 will not make it.
    explicit Window(const Options& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }

    // Its GL context and its ImGui context, together: every call below needs both.
    void makeCurrent() const;

    // Rebuilds the atlas (and the renderer's font texture) when the plan
    // changed, or takes it from `ahead` when that built it.
    void useFonts(const FontPlan& plan, const std::filesystem::path& folder,
                  FontsAhead* ahead = nullptr);
    const ui::Fonts& fonts() const { return fonts_.fonts; }
    const FontPlan& fontPlan() const { return fonts_.plan; }

    int framebufferWidth() const;
    int framebufferHeight() const;
    float contentScale() const;
    bool minimised() const { return framebufferWidth() == 0 || framebufferHeight() == 0; }

    void beginFrame();
    // Ends the frame: false if it drew the replacement character for a
    // character the atlas lacks (ui::drewReplacement). Nothing is shown yet.
    bool endFrame();
    // Shows the frame over `background`; a frame not shown leaves the last.
    void show(ImU32 background);

    void setTitle(const std::string& title);

    // Full screen on that monitor, or back to the window it was.
    void fullscreen(GLFWmonitor* monitor);
    void windowed();
    bool isFullscreen() const;
    // The monitor the window is mostly on (for full screen "here").
    GLFWmonitor* monitor() const;

  private:
    GLFWwindow* window_ = nullptr;
    BuiltFonts fonts_; // its atlas is the context's, and outlives it
    ImGuiContext* imgui_ = nullptr;
    bool deviceReady_ = false;
    std::unique_ptr<gl::AlphaTexture> fontTexture_;
    std::string title_;
    int restoreX_ = 0, restoreY_ = 0, restoreW_ = 0, restoreH_ = 0;
};

} // namespace cpc::app
