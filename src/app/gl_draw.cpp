#include "app/gl_draw.hpp"

#include <glad/gl.h>
// glad first: GLFW is told (GLFW_INCLUDE_NONE) not to bring a GL header of its own.
#include <GLFW/glfw3.h>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <imgui.h>
#include <stdexcept>
#include <string>

namespace cpc::app::gl {

bool load() {
    int version = gladLoadGL(glfwGetProcAddress);
    return GLAD_VERSION_MAJOR(version) > 3 ||
           (GLAD_VERSION_MAJOR(version) == 3 && GLAD_VERSION_MINOR(version) >= 3);
}

void clear(int width, int height, float r, float g, float b) {
    glViewport(0, 0, width, height);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

OffscreenTarget::OffscreenTarget(int width, int height) : width_(width), height_(height) {
    GLint largest = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &largest);
    if (width > largest || height > largest)
        throw std::runtime_error("this OpenGL draws at most " + std::to_string(largest) + "x" +
                                 std::to_string(largest) + " pixels off-screen");
    glGenFramebuffers(1, &framebuffer_);
    glGenRenderbuffers(1, &colour_);
    glBindRenderbuffer(GL_RENDERBUFFER, colour_);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour_);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        throw std::runtime_error("OpenGL cannot draw off-screen at " + std::to_string(width) + "x" +
                                 std::to_string(height));
}

OffscreenTarget::~OffscreenTarget() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteRenderbuffers(1, &colour_);
    glDeleteFramebuffers(1, &framebuffer_);
}

void OffscreenTarget::bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
}

std::vector<unsigned char> OffscreenTarget::read() const {
    const auto row = static_cast<std::size_t>(width_) * 4;
    std::vector<unsigned char> pixels(row * static_cast<std::size_t>(height_));
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // Bottom row first -> top row first, as image files are.
    for (std::size_t top = 0, bottom = static_cast<std::size_t>(height_) - 1; top < bottom;
         ++top, --bottom)
        std::swap_ranges(pixels.begin() + static_cast<std::ptrdiff_t>(top * row),
                         pixels.begin() + static_cast<std::ptrdiff_t>((top + 1) * row),
                         pixels.begin() + static_cast<std::ptrdiff_t>(bottom * row));
    return pixels;
}

AlphaTexture::AlphaTexture(const unsigned char* pixels, int width, int height) {
    glGenTextures(1, &id_);
    glBindTexture(GL_TEXTURE_2D, id_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glBindTexture(GL_TEXTURE_2D, 0);
}

AlphaTexture::~AlphaTexture() {
    glDeleteTextures(1, &id_);
}

std::unique_ptr<AlphaTexture> uploadFontAtlas(ImFontAtlas& atlas) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    auto texture = std::make_unique<AlphaTexture>(pixels, width, height);
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture->id())));
    atlas.ClearTexData();
    return texture;
}

} // namespace cpc::app::gl
