// The floor for start-up and memory: the smallest program that does what
// cpcboard's windows do (GLFW, an OpenGL 3.3 core context, Dear ImGui with its
// GLFW and OpenGL 3 backends and its built-in font), with the same libraries,
// and nothing of cpcboard.
//   minimal_window --windows       a 1600x900 window and a 1280x720 one, each
//                                  with its own ImGui context, drawn as events
//                                  come until the process is killed, or
//                                  CPC_FRAMES frames have been shown
//                                  (then "frames shown" on standard output)
//   minimal_window --render FILE   one 1920x1080 frame drawn off-screen and
//                                  written as a PNG, then exit
#include <glad/gl.h>
// glad first: GLFW is told (GLFW_INCLUDE_NONE) not to bring a GL header of its own.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <imgui.h>
#include <stb/stb_image_write.h>
#include <vector>

namespace {

GLFWwindow* window(int width, int height, bool visible) {
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    GLFWwindow* w = glfwCreateWindow(width, height, "minimal", nullptr, nullptr);
    if (!w) return nullptr;
    glfwMakeContextCurrent(w);
    gladLoadGL(glfwGetProcAddress);
    return w;
}

struct Ui {
    GLFWwindow* handle;
    ImGuiContext* context;
};

Ui ui(GLFWwindow* w) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(w, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    return {w, context};
}

// One window filling the frame, as cpcboard's panels do. A window that sizes
// itself to its contents is hidden for its first frame, and the first frame
// would then show nothing: start to a blank screen, not to a first picture.
void draw(const char* text) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("minimal", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(text);
    ImGui::End();
    ImGui::Render();
}

int windows() {
    GLFWwindow* console = window(1600, 900, true);
    GLFWwindow* projector = console ? window(1280, 720, true) : nullptr;
    if (!projector) return 1;
    Ui uis[] = {ui(console), ui(projector)};
    const char* limit = std::getenv("CPC_FRAMES");
    for (int frame = 1;; ++frame) {
        for (Ui& u : uis) {
            glfwMakeContextCurrent(u.handle);
            ImGui::SetCurrentContext(u.context);
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            draw("The smallest program with two ImGui windows.");
            int w = 0, h = 0;
            glfwGetFramebufferSize(u.handle, &w, &h);
            glViewport(0, 0, w, h);
            glClear(GL_COLOR_BUFFER_BIT);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
            glfwSwapBuffers(u.handle);
        }
        if (limit && frame == std::atoi(limit)) {
            std::puts("frames shown"); // when, for scripts/bench
            std::fflush(stdout);
            return 0;
        }
        glfwWaitEventsTimeout(1.0);
    }
}

int render(const char* file) {
    const int width = 1920, height = 1080;
    GLFWwindow* hidden = window(64, 64, false);
    if (!hidden) return 1;
    GLuint framebuffer = 0, colour = 0;
    glGenFramebuffers(1, &framebuffer);
    glGenRenderbuffers(1, &colour);
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = {static_cast<float>(width), static_cast<float>(height)};
    ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui_ImplOpenGL3_NewFrame();
    draw("The smallest program drawing one frame to a PNG.");
    glViewport(0, 0, width, height);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 4);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    const bool written = stbi_write_png(file, width, height, 4, pixels.data(), width * 4) != 0;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(hidden);
    return written ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    if (!glfwInit()) return 1;
    int code = 2;
    if (argc == 2 && std::strcmp(argv[1], "--windows") == 0)
        code = windows();
    else if (argc == 3 && std::strcmp(argv[1], "--render") == 0)
        code = render(argv[2]);
    else
        std::fprintf(stderr, "usage: minimal_window --windows | --render FILE\n");
    glfwTerminate();
    return code;
}
