#include "app/render.hpp"

#include "app/gl_draw.hpp"
#include "app/render_png.hpp"
#include "app/shown_glyphs.hpp"
#include "app/window_fonts.hpp"
#include "app/window_system.hpp"
#include "platform/atomic_file.hpp"
#include "platform/clock.hpp"
#include "platform/fonts_dir.hpp"
#include "platform/paths.hpp"
#include "session/console_view.hpp"
#include "session/export.hpp"
#include "storage/store.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/theme.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <stdexcept>

namespace cpc::app {

using platform::fontFolder;
using platform::roomClock;
using platform::writeFileAtomically;
using session::consoleView;
using session::openDatabase;
namespace {

// Enough frames for ImGui to settle: windows size themselves to their
// content and focus lands on the frame after it is asked for.
constexpr int settleFrames = 3;

// A GL 3.3 context with nowhere to show: the picture goes to a framebuffer object.
class HiddenContext {
  public:
    HiddenContext() {
        glfwDefaultWindowHints();
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
        glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
        glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
        glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
        window_ = glfwCreateWindow(64, 64, "cpcboard render", nullptr, nullptr);
        if (!window_) throw std::runtime_error("cannot make an OpenGL 3.3 context to draw in");
        glfwMakeContextCurrent(window_);
        if (!gl::load()) {
            glfwDestroyWindow(window_);
            throw std::runtime_error("this display's OpenGL is older than 3.3");
        }
    }
    ~HiddenContext() { glfwDestroyWindow(window_); }
    HiddenContext(const HiddenContext&) = delete;
    HiddenContext& operator=(const HiddenContext&) = delete;

  private:
    GLFWwindow* window_ = nullptr;
};

// An ImGui context drawing with the OpenGL 3 backend, sized to the picture.
class Canvas {
  public:
    Canvas(int width, int height, const FontPlan& plan) {
        context_ = ImGui::CreateContext(fonts_.atlas.get());
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = {static_cast<float>(width), static_cast<float>(height)};
        io.DeltaTime = 1.0f / 60.0f;
        ImGui_ImplOpenGL3_Init("#version 330 core");
        createRenderer();
        replaceFonts(fonts_, buildFonts(plan, fontFolder()));
        fontTexture_ = gl::uploadFontAtlas(*ImGui::GetIO().Fonts);
    }
    ~Canvas() {
        fontTexture_.reset();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(context_);
    }
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;
    const ui::Fonts& fonts() const { return fonts_.fonts; }

  private:
    BuiltFonts fonts_; // its atlas is the context's, and outlives it
    ImGuiContext* context_ = nullptr;
    std::unique_ptr<gl::AlphaTexture> fontTexture_;
};

std::string example(const RenderOptions& o) {
    return "cpcboard render " + o.id + " --view " + (o.projector ? "projector" : "console") +
           " --phase " + std::string(ui::phaseToken(o.phase)) + " --size " +
           std::to_string(o.width) + "x" + std::to_string(o.height) + " -o " + os::utf8(o.output);
}

} // namespace

void render(const RenderOptions& o) {
    // The conference first: a wrong id is refused before anything is drawn.
    // Opened as the console opens it, so a read-only file is drawn with the
    // banner the chair would see.
    std::string readOnlyWhy;
    auto opened = openDatabase(o.database, readOnlyWhy);
    storage::Database& db = *opened;
    storage::Record record(db, o.id);

    WindowSystem windows(example(o));
    HiddenContext context;
    gl::OffscreenTarget target(o.width, o.height);
    ui::ConsoleState state;
    state.phase = o.phase;
    // The projector's Scaling page shows the latest round as stored; its
    // Decision page the first child's decision, once it has an outcome.
    std::optional<Id> shownDecision;
    const Conference& c = record.conference();
    if (!c.children.empty())
        if (const Decision* d = findDecision(c, c.children.front().id); d && d->outcome)
            shownDecision = d->child;
    // A review compares its scaling with the conference it reviews, when that is in the file.
    std::optional<Conference> previous;
    if (c.reviewOf) {
        try {
            previous = storage::loadConference(db, *c.reviewOf);
        } catch (const storage::StorageError&) {
            // Made elsewhere: nothing to compare with.
        }
    }
    const DateTime now = o.at.value_or(roomClock());
    // The fonts hold the scripts of the text, as in the windows; a picture
    // that drew the replacement character is drawn again with every block.
    ui::GlyphSet glyphs;
    noteConferenceText(glyphs, c);
    if (previous) noteConferenceText(glyphs, *previous);
    for (bool complete = false; !complete;) {
        // The console at 18 px (a screen of scale 1, 100%); the projector's
        // ladder for this height; both in the light theme, as projected.
        Canvas canvas(o.width, o.height,
                      o.projector ? projectorPlan(o.height, glyphs)
                                  : consolePlan(1.0f, 100, ui::Theme::Light, glyphs));
        for (int frame = 0; frame < settleFrames; ++frame) {
            ImGui_ImplOpenGL3_NewFrame();
            ImGui::NewFrame();
            if (o.projector) {
                ui::drawProjector(ui::ProjectorView{.conference = record.conference(),
                                                    .phase = o.phase,
                                                    .fonts = &canvas.fonts(),
                                                    .previous = previous ? &*previous : nullptr,
                                                    .decisionChild = shownDecision,
                                                    .now = now});
            } else {
                ui::Intents ignored; // a picture: nothing is carried out
                auto view = consoleView(record, now, &canvas.fonts(), 1);
                if (!readOnlyWhy.empty()) {
                    view.saved = false;
                    view.saveProblem = readOnlyWhy;
                    view.readOnly = true;
                    view.copyFolder = os::utf8(session::copyFolderSuggestion());
                }
                ui::drawConsole(view, state, ignored);
            }
            ImGui::Render();
            target.bind();
            ImVec4 bg = ImGui::ColorConvertU32ToFloat4(ui::palette(ui::Theme::Light).background);
            gl::clear(o.width, o.height, bg.x, bg.y, bg.z);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        }
        complete =
            glyphs.whole() || !ui::drewReplacement(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
        glyphs = ui::GlyphSet::all();
    }
    writeFileAtomically(o.output, encodePng(target.read(), o.width, o.height));
}

} // namespace cpc::app
