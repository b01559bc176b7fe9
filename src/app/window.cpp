#include "app/window.hpp"

#include "app/fonts_ahead.hpp"
#include "app/gl_draw.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stdexcept>

namespace cpc::app {

Window::Window(const Options& o) : title_(o.title) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
    // The projector must not take the keyboard from the chair's console.
    glfwWindowHint(GLFW_FOCUSED, o.focus ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, o.focus ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "cpcboard");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "cpcboard");
    window_ = glfwCreateWindow(o.width, o.height, o.title.c_str(), nullptr, nullptr);
    if (!window_) throw std::runtime_error("cannot open a window with OpenGL 3.3");
    glfwMakeContextCurrent(window_);
    if (!gl::load()) {
        glfwDestroyWindow(window_);
        throw std::runtime_error("this display's OpenGL is older than 3.3");
    }
    glfwSwapInterval(o.swapInterval);
    if (o.ownCallbacks) o.ownCallbacks(window_);

    if (o.beforeImGui) {
        try {
            o.beforeImGui();
        } catch (...) { // the conference could not be opened, say: no window is left behind
            glfwMakeContextCurrent(nullptr);
            glfwDestroyWindow(window_);
            throw;
        }
    }
    imgui_ = ImGui::CreateContext(fonts_.atlas.get());
    ImGui::SetCurrentContext(imgui_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing about a conference is written beside the program
    io.LogFilename = nullptr;
    if (!o.imguiCallbacks) io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(window_, o.imguiCallbacks);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

Window::~Window() {
    makeCurrent();
    fontTexture_.reset(); // while its context is current
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext(imgui_);
    glfwMakeContextCurrent(nullptr);
    glfwDestroyWindow(window_);
}

void Window::makeCurrent() const {
    glfwMakeContextCurrent(window_);
    ImGui::SetCurrentContext(imgui_);
}

void Window::useFonts(const FontPlan& plan, const std::filesystem::path& folder,
                      FontsAhead* ahead) {
    if (plan == fonts_.plan) return;
    if (!deviceReady_) deviceReady_ = createRenderer();
    std::optional<BuiltFonts> built = ahead ? ahead->take(plan) : std::nullopt;
    replaceFonts(fonts_, built ? std::move(*built) : buildFonts(plan, folder));
    fontTexture_ = gl::uploadFontAtlas(*ImGui::GetIO().Fonts);
}

int Window::framebufferWidth() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int Window::framebufferHeight() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

float Window::contentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return y;
}

void Window::beginFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // Where window coordinates are not pixels (macOS), the atlas is in pixels
    // and ImGui lays out in window units: draw the glyphs at their true size.
    int windowW = 0, windowH = 0;
    glfwGetWindowSize(window_, &windowW, &windowH);
    int pixels = framebufferWidth();
    ImGui::GetIO().FontGlobalScale =
        windowW > 0 && pixels > 0 ? std::min(1.0f, static_cast<float>(windowW) / pixels) : 1.0f;
    ImGui::NewFrame();
}

bool Window::endFrame() {
    ImGui::Render();
    return !ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
}

void Window::show(ImU32 background) {
    ImVec4 c = ImGui::ColorConvertU32ToFloat4(background);
    gl::clear(framebufferWidth(), framebufferHeight(), c.x, c.y, c.z);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window_);
}

void Window::setTitle(const std::string& title) {
    if (title == title_) return;
    title_ = title;
    glfwSetWindowTitle(window_, title.c_str());
}

void Window::fullscreen(GLFWmonitor* monitor) {
    if (!monitor || glfwGetWindowMonitor(window_) == monitor) return;
    if (!isFullscreen()) {
        glfwGetWindowPos(window_, &restoreX_, &restoreY_);
        glfwGetWindowSize(window_, &restoreW_, &restoreH_);
    }
    const GLFWvidmode* mode = glfwGetVideoMode(monitor);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

void Window::windowed() {
    if (!isFullscreen()) return;
    glfwSetWindowMonitor(window_, nullptr, restoreX_, restoreY_, std::max(restoreW_, 640),
                         std::max(restoreH_, 360), 0);
}

bool Window::isFullscreen() const {
    return glfwGetWindowMonitor(window_) != nullptr;
}

GLFWmonitor* Window::monitor() const {
    if (GLFWmonitor* m = glfwGetWindowMonitor(window_)) return m;
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetWindowPos(window_, &x, &y);
    glfwGetWindowSize(window_, &w, &h);
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    GLFWmonitor* best = glfwGetPrimaryMonitor();
    long bestArea = -1;
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        long overlapW = std::min(x + w, mx + mode->width) - std::max(x, mx);
        long overlapH = std::min(y + h, my + mode->height) - std::max(y, my);
        long area = overlapW > 0 && overlapH > 0 ? overlapW * overlapH : 0;
        if (area > bestArea) {
            bestArea = area;
            best = monitors[i];
        }
    }
    return best;
}

} // namespace cpc::app
