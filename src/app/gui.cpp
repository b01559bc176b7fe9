#include "app/gui.hpp"

#include "app/fonts_ahead.hpp"
#include "app/gui_wake.hpp"
#include "app/shown_glyphs.hpp"
#include "app/window.hpp"
#include "app/window_input_queue.hpp"
#include "app/window_system.hpp"
#include "platform/clock.hpp"
#include "platform/fonts_dir.hpp"
#include "platform/os.hpp"
#include "session/console_view.hpp"
#include "session/session.hpp"
#include "ui/console/panels.hpp"
#include "ui/widgets/keys.hpp"
#include "ui/widgets/theme.hpp"

#include <GLFW/glfw3.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <utility>

namespace cpc::app {

using platform::fontFolder;
using platform::roomClock;
using session::consoleView;
using session::openDatabase;
using session::Session;
namespace {

// After any input, a few more frames: ImGui settles layout, focus and
// scrolling over the frames that follow an event.
constexpr int framesAfterInput = 3;
// With nothing happening, sleep until the clock's minute turns over (a
// little after, so the minute has turned when it is read).
double secondsToNextMinute() {
    using namespace std::chrono;
    const auto now = system_clock::now().time_since_epoch();
    return duration<double>(minutes{1} - (now % minutes{1})).count() + 0.05;
}

// Any input to the console means frames are wanted. ImGui's callbacks are
// installed after these and call them in turn.
void installActivityCallbacks(GLFWwindow* w) {
    glfwSetKeyCallback(w, [](GLFWwindow*, int, int, int, int) { noteActivity(); });
    glfwSetCharCallback(w, [](GLFWwindow*, unsigned) { noteActivity(); });
    glfwSetMouseButtonCallback(w, [](GLFWwindow*, int, int, int) { noteActivity(); });
    glfwSetScrollCallback(w, [](GLFWwindow*, double, double) { noteActivity(); });
    glfwSetCursorPosCallback(w, [](GLFWwindow*, double, double) { noteActivity(); });
    glfwSetCursorEnterCallback(w, [](GLFWwindow*, int) { noteActivity(); });
    glfwSetWindowFocusCallback(w, [](GLFWwindow*, int) { noteActivity(); });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow*, int, int) { noteActivity(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { noteActivity(); });
    glfwSetWindowContentScaleCallback(w, [](GLFWwindow*, float, float) { noteActivity(); });
}

// The projector window's few keys, without ImGui (whose callbacks belong to
// the console): they set flags that the loop reads.
struct ProjectorKeys {
    int pageDelta = 0;
    bool leaveFullscreen = false;
};

void installProjectorCallbacks(GLFWwindow* w) {
    glfwSetKeyCallback(w, [](GLFWwindow* window, int key, int, int action, int) {
        if (action == GLFW_RELEASE) return;
        auto* keys = static_cast<ProjectorKeys*>(glfwGetWindowUserPointer(window));
        if (!keys) return;
        if (key == GLFW_KEY_ESCAPE) keys->leaveFullscreen = true;
        if (key == GLFW_KEY_PAGE_UP) --keys->pageDelta;
        if (key == GLFW_KEY_PAGE_DOWN) ++keys->pageDelta;
        noteActivity();
    });
    glfwSetFramebufferSizeCallback(w, [](GLFWwindow*, int, int) { noteActivity(); });
    glfwSetWindowRefreshCallback(w, [](GLFWwindow*) { noteActivity(); });
    glfwSetWindowCloseCallback(w, [](GLFWwindow*) { noteActivity(); });
}

std::string consoleTitle(Session& s) {
    if (!s.record()) return "cpcboard";
    return "cpcboard \u2014 " + s.conference().details.title;
}

// The projector's window, before it is made full screen.
constexpr int projectorWidth = 1280, projectorHeight = 720;

// What the windows need of the session before it is theirs: the conference
// is still being read on another thread then (runGui).
struct Opening {
    int zoomPercent = 100;
    ui::Theme theme = ui::Theme::Light;
    ui::ProjectorMode projector = ui::ProjectorMode::Window;
};

// The projector's window as it first opens, in ImGui's display units
// (GLFW_SCALE_TO_MONITOR scales it as the main screen is scaled).
ImVec2 firstProjectorDisplay() {
    const float scale = WindowSystem::mainScale();
    return {std::round(projectorWidth * scale), std::round(projectorHeight * scale)};
}

// The fonts the windows will first ask for, as far as they can be known
// before the windows open: the console's on the main screen, and the
// projector's when it opens as a window there too.
// (The glyphs are FontsAhead's to fill in.)
std::vector<FontPlan> firstFontPlans(const Opening& o) {
    std::vector<FontPlan> plans{consolePlan(WindowSystem::mainScale(), o.zoomPercent, o.theme, {})};
    if (o.projector == ui::ProjectorMode::Window)
        plans.push_back(projectorPlan(static_cast<int>(firstProjectorDisplay().y), {}));
    return plans;
}

// The laptop's screen: 1600x900, or less when the screen is smaller. The
// title names the conference from the first frame on.
Window::Options consoleOptions(std::function<void()> beforeImGui) {
    Window::Options o{.title = "cpcboard",
                      .width = 1600,
                      .height = 900,
                      .imguiCallbacks = true,
                      .ownCallbacks = installActivityCallbacks,
                      .beforeImGui = std::move(beforeImGui)};
    WindowSystem::fitToMainScreen(o.width, o.height);
    return o;
}

class Gui {
  public:
    // The session is not to be touched until `ahead` has finished: it is
    // being opened on its thread (runGui).
    Gui(Session& session, FontsAhead& ahead, const Opening& opening, std::ostream& err)
        : session_(session), err_(err), fonts_(fontFolder()), ahead_(&ahead), opening_(opening),
          console_(consoleOptions([this] { beforeConsoleImGui(); })) {
        if (ahead.glyphs()) glyphs_.noted(session, *ahead.glyphs());
        // Keys and characters go through the queue, not straight to ImGui:
        // these replace the callbacks its backend installed.
        glfwSetWindowUserPointer(console_.handle(), &input_);
        glfwSetKeyCallback(
            console_.handle(), [](GLFWwindow* window, int key, int, int action, int) {
                static_cast<InputQueue*>(glfwGetWindowUserPointer(window))->onKey(key, action);
                noteActivity();
            });
        glfwSetCharCallback(console_.handle(), [](GLFWwindow* window, unsigned codepoint) {
            static_cast<InputQueue*>(glfwGetWindowUserPointer(window))->onChar(codepoint);
            noteActivity();
        });
        glfwSetMonitorCallback([](GLFWmonitor*, int) { noteActivity(); });
        glyphs_.watchClipboard(ImGui::GetIO());
    }

    // The loop sleeps: it waits for events, or until the clock's minute turns.
    // Input buys a few frames; a clock minute turning over buys one; between
    // them the program does nothing at all.
    void run() {
        int frames = 0;
        bool tick = false;
        DateTime drawnAt{};
        // scripts/bench times start to first frame: CPC_FRAMES=1 ends the run
        // once both windows have drawn (and shown) that many frames, and says
        // so on standard output at that moment.
        const int framesToDraw = std::atoi(os::environment("CPC_FRAMES").c_str());
        int drawn = 0;
        while (!session_.quitting() && !closing()) {
            if (takeActivity()) frames = 1 + framesAfterInput;
            if (frames > 0 || tick) {
                drawnAt = roomClock();
                const bool shown = frame();
                if (ahead_) ahead_->drop(); // what the first frame did not take is not wanted
                ahead_ = nullptr;
                frames = std::max(frames - 1, 0);
                if (shown && ++drawn == framesToDraw) {
                    std::fputs("frames shown\n", stdout);
                    std::fflush(stdout);
                    break;
                }
            }
            if (frames > 0) {
                glfwPollEvents();
            } else {
                session_.syncDraft(); // the typing has paused: the line goes to the disk
                // Changes held after a failed save are tried again without waiting for a key.
                const int held = session_.unsaved();
                glfwWaitEventsTimeout(held > 0 ? 1.0 : secondsToNextMinute());
                if (held > 0) {
                    session_.retrySaving();
                    if (session_.unsaved() != held) noteActivity(); // the banner changes
                }
            }
            // The clock on screen shows minutes: a new second is not worth a frame.
            tick = floor<std::chrono::minutes>(roomClock()) != floor<std::chrono::minutes>(drawnAt);
        }
    }

  private:
    // Closing the window is refused once while changes are held on screen.
    bool closing() {
        if (!glfwWindowShouldClose(console_.handle())) return false;
        if (session_.mayClose()) return true;
        glfwSetWindowShouldClose(console_.handle(), GLFW_FALSE);
        noteActivity(); // draw the warning
        return false;
    }

    // True if both windows showed what they drew.
    bool frame() {
        followProjectorSettings();
        const bool console = drawConsole();
        const bool projector = drawProjectorWindow();
        // Events are handled between frames, and the 1.86 GLFW backend sends
        // them to the current ImGui context: the console's.
        console_.makeCurrent();
        return console && projector;
    }

    // Shows the frame unless it drew the replacement character and the fonts
    // can hold more: then it is drawn again with them, and the window keeps
    // its last picture meanwhile. True if shown.
    bool show(Window& window, ImU32 background) {
        if (!window.endFrame() && glyphs_.missing(session_, window.fontPlan().glyphs)) {
            noteActivity();
            return false;
        }
        window.show(background);
        return true;
    }

    // The windows follow ConsoleState.projector; where the monitors cannot
    // do what it asks, the state is corrected to what they do.
    void followProjectorSettings() {
        auto& p = session_.console().projector;
        if (std::exchange(keys_.leaveFullscreen, false) && p.mode == ui::ProjectorMode::Fullscreen)
            p.mode = ui::ProjectorMode::Window;
        p.page = std::max(0, p.page + std::exchange(keys_.pageDelta, 0));
        if (projector_ && glfwWindowShouldClose(projector_->handle()))
            p.mode = ui::ProjectorMode::Off;

        const int monitors = WindowSystem::monitorCount();
        // Two screens: "present" means the projector full screen on the other one.
        if (p.presenting && monitors > 1) {
            p.presenting = false;
            p.mode = ui::ProjectorMode::Fullscreen;
        }
        if (p.mode == ui::ProjectorMode::Fullscreen && monitors < 2)
            p.mode = ui::ProjectorMode::Window;
        if (!session_.record()) p.presenting = false;

        if (p.presenting)
            console_.fullscreen(console_.monitor());
        else
            console_.windowed();

        if (p.mode == ui::ProjectorMode::Off) {
            projector_.reset();
            return;
        }
        if (!projector_) openProjector();
        if (p.mode == ui::ProjectorMode::Fullscreen) {
            projector_->fullscreen(WindowSystem::otherMonitor(console_.monitor()));
            glfwSetInputMode(projector_->handle(), GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
        } else {
            projector_->windowed();
            glfwSetInputMode(projector_->handle(), GLFW_CURSOR, GLFW_CURSOR_NORMAL);
        }
    }

    void openProjector() {
        projector_ = std::make_unique<Window>(
            Window::Options{.title = "cpcboard projector",
                            .width = projectorWidth,
                            .height = projectorHeight,
                            .ownCallbacks = installProjectorCallbacks,
                            .swapInterval = 0, // one wait for vsync per loop is enough
                            .focus = false,
                            .beforeImGui = [this] {
                                if (ahead_) ahead_->finish();
                            }});
        glfwSetWindowUserPointer(projector_->handle(), &keys_);
    }

    // Before the console's ImGui context, the first (fonts_ahead.hpp). The
    // projector's window opens here when it is wanted at all: opening it is
    // time the fonts are still being built in.
    void beforeConsoleImGui() {
        if (opening_.projector != ui::ProjectorMode::Off) openProjector();
        if (ahead_) ahead_->finish();
    }

    bool drawConsole() {
        console_.makeCurrent();
        console_.setTitle(consoleTitle(session_));
        if (console_.minimised()) return true;
        auto& state = session_.console();
        const bool presenting = state.projector.presenting;
        input_.beforeFrame(ImGui::GetIO());
        glyphs_.beforeFrame(session_, ImGui::GetIO());
        console_.useFonts(presenting ? projectorPlan(console_.framebufferHeight(), glyphs_.set())
                                     : consolePlan(console_.contentScale(), session_.zoomPercent(),
                                                   state.theme, glyphs_.set()),
                          fonts_, ahead_);
        console_.beginFrame();
        ui::Intents intents;
        ImU32 background = ui::palette(state.theme).background;
        if (presenting) {
            const ui::ProjectorView view = session_.projectorView(&console_.fonts());
            background = ui::palette(view.theme).background;
            pages_ = ui::drawProjector(view).pages;
            presentationKeys(intents);
        } else if (session_.record()) {
            ui::drawConsole(consoleView(session_, session_.now(), &console_.fonts(), pages_), state,
                            intents);
        } else {
            ui::drawStartScreen(
                ui::StartView{.conferences = session_.conferences(), .fonts = &console_.fonts()},
                session_.start(), intents);
        }
        const bool shown = show(console_, background);
        if (input_.pending()) noteActivity(); // the rest of what was typed, next frame
        session_.followFreeze();
        session_.carryOut(intents, err_);
        session_.retrySaving();
        session_.keepDraft();
        if (!intents.empty()) noteActivity(); // show what they changed
        return shown;
    }

    // Presenting on the one screen, the console is the projector: Esc or F5
    // comes back, PageUp/PageDown turn pages.
    void presentationKeys(ui::Intents& intents) {
        using namespace ui::key;
        if (pressed(Escape, false) || pressed(F5, false))
            intents.push_back(ui::intent::Present{false});
        auto& page = session_.console().projector.page;
        if (pressed(PageDown)) page = std::min(page + 1, std::max(pages_ - 1, 0));
        if (pressed(PageUp)) page = std::max(page - 1, 0);
    }

    bool drawProjectorWindow() {
        if (!projector_) return true;
        projector_->makeCurrent();
        if (projector_->minimised()) return true;
        projector_->useFonts(projectorPlan(projector_->framebufferHeight(), glyphs_.set()), fonts_,
                             ahead_);
        projector_->beginFrame();
        const ui::ProjectorView view = session_.projectorView(&projector_->fonts());
        pages_ = ui::drawProjector(view).pages;
        const bool shown = show(*projector_, ui::palette(view.theme).background);
        auto& page = session_.console().projector.page;
        page = std::min(page, std::max(pages_ - 1, 0));
        return shown;
    }

    Session& session_;
    std::ostream& err_;
    std::filesystem::path fonts_;
    InputQueue input_;   // the console's keys; its callbacks find it through the window
    ShownGlyphs glyphs_; // before the windows: the console's clipboard calls it
    FontsAhead* ahead_;  // until the first frame
    Opening opening_;
    ProjectorKeys keys_;
    // Before the console: it may open while the console's window does.
    std::unique_ptr<Window> projector_;
    Window console_;
    int pages_ = 1;
};

} // namespace

int runGui(const GuiOptions& options, std::ostream& err) {
    std::string readOnlyWhy;
    auto opened = openDatabase(options.database, readOnlyWhy);
    storage::Database& db = *opened;
    Session session(db, session::laptopClock());
    if (!readOnlyWhy.empty()) {
        err << "cpcboard: " << readOnlyWhy << '\n';
        session.openedReadOnly(readOnlyWhy);
    }
    const Opening opening{.zoomPercent = session.zoomPercent(),
                          .theme = session.console().theme,
                          .projector = options.projector};

    os::beforeWindowSystem(); // while this is the only thread
    // The conference is read, and the fonts built, while GLFW starts and the
    // windows open (fonts_ahead.hpp). The session is the thread's until the
    // console's window waits for it; a conference that cannot be opened is
    // reported from there.
    FontsAhead ahead(
        [&session, &options] {
            if (options.open)
                session.open(*options.open);
            else
                session.openLast();
            session.console().projector.mode = options.projector;
        },
        [&session] {
            ui::GlyphSet glyphs;
            noteSessionText(glyphs, session);
            return glyphs;
        },
        fontFolder());
    WindowSystem windows;
    // With the projector's fonts built, the wall's first arrangement: at
    // 3,000 items it took as long as the first frame's drawing.
    ahead.build(firstFontPlans(opening),
                [&session, display = firstProjectorDisplay()](const BuiltFonts& built) {
                    if (built.plan.projector && session.record())
                        ui::arrangeAhead(session.projectorView(&built.fonts), display);
                });
    Gui gui(session, ahead, opening, err);
    gui.run();
    return 0;
}

} // namespace cpc::app
