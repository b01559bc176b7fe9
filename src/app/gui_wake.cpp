#include "app/gui_wake.hpp"

#include <GLFW/glfw3.h>
#include <atomic>

namespace cpc::app {
namespace {
std::atomic<bool> activity{true};
} // namespace

void requestFrame() {
    activity = true;
    glfwPostEmptyEvent(); // wakes glfwWaitEventsTimeout at once
}

void noteActivity() {
    activity = true;
}

bool takeActivity() {
    return activity.exchange(false);
}

} // namespace cpc::app
