#pragma once
// A Dear ImGui context with no window and no GPU: the real fonts, synthetic
// keys and characters, and a frame call. Panels drawn here behave as they do
// on screen, so tests can type into them and read what they asked for.

#include "ui/fonts/fonts.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/theme.hpp"

#include <functional>
#include <imgui.h>
#include <string_view>

struct Headless {
    ImGuiContext* context;
    cpc::ui::Fonts fonts;

    // Every block the fonts have, unless the test gives fewer (glyphs_test).
    explicit Headless(float width = 1600, float height = 900, bool projector = false,
                      const cpc::ui::GlyphSet& glyphs = cpc::ui::GlyphSet::all()) {
        context = ImGui::CreateContext();
        // CreateContext makes it current only when none is: a second one (a
        // projector beside a console) must not set up the first.
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = {width, height};
        io.DeltaTime = 1.0f / 60.0f;
        cpc::ui::key::useGlfwKeyMap(io);
        cpc::ui::FontSource source{CPC_BINARY_DIR "/fonts"};
        fonts = projector ? cpc::ui::addProjectorFonts(*io.Fonts, source, height, glyphs)
                          : cpc::ui::addConsoleFonts(*io.Fonts, source, 18.0f, glyphs);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
        cpc::ui::applyTheme(cpc::ui::Theme::Light, fonts.size);
    }
    ~Headless() { ImGui::DestroyContext(context); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    void frame(const std::function<void()>& draw) {
        ImGui::SetCurrentContext(context);
        ImGui::NewFrame();
        draw();
        ImGui::Render();
    }

    // Characters arrive on one frame, as they would from the keyboard.
    void type(std::string_view text, const std::function<void()>& draw) {
        ImGui::SetCurrentContext(context);
        ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
        frame(draw);
    }

    // A key goes down for one frame and comes up on the next, with modifiers held.
    void press(int key, const std::function<void()>& draw, bool ctrl = false, bool shift = false,
               bool alt = false) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.KeyCtrl = ctrl;
        io.KeyShift = shift;
        io.KeyAlt = alt;
        io.KeysDown[key] = true;
        frame(draw);
        io.KeysDown[key] = false;
        io.KeyCtrl = io.KeyShift = io.KeyAlt = false;
        frame(draw);
    }

    // A click at a point: down on one frame, up on the next.
    void click(ImVec2 at, const std::function<void()>& draw) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = at;
        frame(draw);
        io.MouseDown[0] = true;
        frame(draw);
        io.MouseDown[0] = false;
        frame(draw);
    }
};
