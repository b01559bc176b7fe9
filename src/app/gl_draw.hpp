#pragma once
// The program's own OpenGL calls, through glad: clearing a window and drawing
// off-screen for the render command. Dear ImGui's OpenGL 3 backend carries
// its own loader, so it and glad never meet in one source file.

#include <memory>
#include <vector>

struct ImFontAtlas;

namespace cpc::app::gl {

// Loads the GL functions through the current context (GLFW's). False when the
// context is not OpenGL 3.3 or better.
bool load();

// Clears the whole of the current framebuffer, width x height pixels.
void clear(int width, int height, float r, float g, float b);

// A framebuffer object of width x height RGBA pixels to draw into.
class OffscreenTarget {
  public:
    // Throws std::runtime_error when the GL cannot make one that size.
    OffscreenTarget(int width, int height);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind();
    // The pixels, top row first (GL reads bottom row first), 4 bytes each.
    std::vector<unsigned char> read() const;

  private:
    int width_, height_;
    unsigned framebuffer_ = 0, colour_ = 0;
};

// A texture of one channel: a quarter of RGBA's memory. Sampled, it reads
// as white with the channel as alpha, which is what Dear ImGui's shader
// expects of its font texture.
class AlphaTexture {
  public:
    AlphaTexture(const unsigned char* pixels, int width, int height);
    ~AlphaTexture();
    AlphaTexture(const AlphaTexture&) = delete;
    AlphaTexture& operator=(const AlphaTexture&) = delete;
    unsigned id() const { return id_; }

  private:
    unsigned id_ = 0;
};

// Uploads the current context's built atlas as an AlphaTexture, gives the
// atlas its id and frees the atlas's pixels: the GL has them now.
std::unique_ptr<AlphaTexture> uploadFontAtlas(ImFontAtlas& atlas);

} // namespace cpc::app::gl
