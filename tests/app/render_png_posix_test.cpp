// `cpcboard render`: one frame of a view, off-screen, to a PNG.
#include "gui_test_support.hpp"

#define STBI_ONLY_PNG
#define STB_IMAGE_IMPLEMENTATION
#include <set>
#include <stb/stb_image.h>

using namespace gui_test;

namespace {

struct Png {
    int width = 0, height = 0;
    std::set<unsigned> colours; // distinct, up to a few hundred
};

// The size from the header (bytes 16-23, big-endian), the colours from the pixels.
Png readPng(const fs::path& file) {
    std::string bytes = slurp(file);
    REQUIRE(bytes.size() > 24);
    REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    auto be32 = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
        return static_cast<int>(v);
    };
    Png png{be32(16), be32(20), {}};
    int w = 0, h = 0, n = 0;
    unsigned char* pixels =
        stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                              static_cast<int>(bytes.size()), &w, &h, &n, 4);
    REQUIRE(pixels);
    for (long i = 0; i < static_cast<long>(w) * h && png.colours.size() < 300; i += 7) {
        const unsigned char* p = pixels + i * 4;
        png.colours.insert(unsigned(p[0]) << 16 | unsigned(p[1]) << 8 | p[2]);
    }
    stbi_image_free(pixels);
    return png;
}

bool oneLine(const std::string& s) {
    return !s.empty() && s.find('\n') == s.size() - 1;
}

} // namespace

TEST_CASE("render draws the console and the projector in each phase to a PNG", "[render]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    for (std::string view : {"console", "projector"})
        for (std::string phase : {"information", "introductions", "purpose"}) {
            const std::string size = view == "console" ? "1600x900" : "1280x720";
            const fs::path out = f / (view + "-" + phase + ".png");
            INFO(view << " " << phase);
            auto r =
                f.cpcboard("render " + id + " --view " + view + " --phase " + phase + " --size " +
                           size + " -o " + q(out.string()) + " --db " + q(f.db().string()));
            REQUIRE(r.status == 0);
            CHECK(r.err.empty());
            Png png = readPng(out);
            CHECK(png.width == (view == "console" ? 1600 : 1280));
            CHECK(png.height == (view == "console" ? 900 : 720));
            // Text, columns and rules: far more than a cleared screen's one colour.
            CHECK(png.colours.size() > 8);
        }
}

TEST_CASE("render refuses a wrong phase, view, size or conference with one line", "[render]") {
    GUI_TEST_NEEDS_DISPLAY();
    Folder f;
    const std::string id = f.importSample();
    const std::string db = " --db " + q(f.db().string());
    const std::string out = " -o " + q((f / "out.png").string());
    struct Case {
        std::string args;
        int status;
    };
    for (const Case& c : {
             Case{"render " + id + " --view console --phase lunch --size 800x600", 2},
             Case{"render " + id + " --view sideways --phase purpose --size 800x600", 2},
             Case{"render " + id + " --view console --phase purpose --size 800", 2},
             Case{"render " + id + " --view console --phase purpose --size 0x0", 2},
             Case{"render " + id + " --view console --phase purpose --size 99999x600", 2},
             Case{"render " + id + " --view console --phase purpose", 2},
             Case{"render nope --view console --phase purpose --size 800x600", 1},
         }) {
        INFO(c.args);
        auto r = f.cpcboard(c.args + out + db, 30);
        CHECK(r.status == c.status);
        CHECK(oneLine(r.err));
        CHECK_FALSE(fs::exists(f / "out.png"));
    }
}

TEST_CASE("render without a display says to use xvfb-run and writes nothing", "[render]") {
    Folder f;
    const std::string id = f.importSample();
    auto r = f.shell("env -u DISPLAY -u WAYLAND_DISPLAY " + q(CPCBOARD_EXE) + " render " + id +
                         " --view projector --phase information --size 800x600 -o " +
                         q((f / "out.png").string()) + " --db " + q(f.db().string()),
                     30);
    CHECK(r.status == 1);
    CHECK(oneLine(r.err));
    CHECK(r.err.find("xvfb-run") != std::string::npos);
    CHECK_FALSE(fs::exists(f / "out.png"));
}
