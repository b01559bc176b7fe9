#pragma once
// GLFW for the life of a command that opens windows: started once, ended once.

#include <string>

struct GLFWmonitor;

namespace cpc::app {

class WindowSystem {
  public:
    // Throws std::runtime_error with one line when there is no display to
    // open a window on; for commands that need no screen of their own (render),
    // `example` is the command to suggest under xvfb-run.
    explicit WindowSystem(const std::string& example = {});
    ~WindowSystem();
    WindowSystem(const WindowSystem&) = delete;
    WindowSystem& operator=(const WindowSystem&) = delete;

    static int monitorCount();
    // The main screen's content scale (1 where it has none).
    static float mainScale();
    // A window size no larger than 90% of the main screen's work area, in
    // the units glfwCreateWindow takes (GLFW_SCALE_TO_MONITOR scales them).
    static void fitToMainScreen(int& width, int& height);
    // A monitor other than `notThis`; nullptr when there is only one.
    static GLFWmonitor* otherMonitor(GLFWmonitor* notThis);
};

} // namespace cpc::app
