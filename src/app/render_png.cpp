#include "app/render_png.hpp"

// Debian's libstb-dev ships stb compiled (libstb, which Dear ImGui's
// pkg-config file already links): the header only declares here.
#include <stb/stb_image_write.h>
#include <stdexcept>

namespace cpc::app {

std::string encodePng(const std::vector<unsigned char>& rgba, int width, int height) {
    std::string png;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                   static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4))
        throw std::runtime_error("cannot encode the picture as PNG");
    return png;
}

} // namespace cpc::app
