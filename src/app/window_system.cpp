#include "app/window_system.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace cpc::app {
namespace {

std::string lastError;
bool starting = false;

void onError(int, const char* description) {
    lastError = description ? description : "unknown GLFW error";
    // While starting, the failure becomes the one line the caller prints.
    if (!starting) std::cerr << "cpcboard: " << lastError << '\n';
}

bool set(const char* name) {
    const char* v = std::getenv(name);
    return v && *v;
}

} // namespace

WindowSystem::WindowSystem(const std::string& example) {
    glfwSetErrorCallback(onError);
    starting = true;
    bool ok = glfwInit() == GLFW_TRUE;
    starting = false;
    if (ok) return;
    std::string why = set("DISPLAY") || set("WAYLAND_DISPLAY")
                          ? "cannot open a window (" + lastError + ")"
                          : std::string("no display to open a window on (DISPLAY is not set)");
    if (example.empty()) throw std::runtime_error(why);
    throw std::runtime_error(why + "; without a screen, run it under xvfb-run: xvfb-run -a " +
                             example);
}

WindowSystem::~WindowSystem() {
    glfwTerminate();
}

int WindowSystem::monitorCount() {
    int count = 0;
    glfwGetMonitors(&count);
    return count;
}

float WindowSystem::mainScale() {
    float sx = 1, sy = 1;
    if (GLFWmonitor* main = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(main, &sx, &sy);
    return sy > 0 ? sy : 1.0f;
}

void WindowSystem::fitToMainScreen(int& width, int& height) {
    GLFWmonitor* main = glfwGetPrimaryMonitor();
    if (!main) return;
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(main, &x, &y, &w, &h);
    float sx = 1, sy = 1;
    glfwGetMonitorContentScale(main, &sx, &sy);
    if (w > 0 && sx > 0) width = std::min(width, static_cast<int>(0.9f * w / sx));
    if (h > 0 && sy > 0) height = std::min(height, static_cast<int>(0.9f * h / sy));
}

GLFWmonitor* WindowSystem::otherMonitor(GLFWmonitor* notThis) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i)
        if (monitors[i] != notThis) return monitors[i];
    return nullptr;
}

} // namespace cpc::app
