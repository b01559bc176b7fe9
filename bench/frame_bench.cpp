// What a frame costs the program: everything the window loop does for a
// frame but hand the triangles to OpenGL (building the view, drawing the
// panels, ImGui's own work), for the console in each phase and the
// projector in each of its pages' phases, at S, L and XL. Headless, with
// the real fonts, at 1920x1080. Prints, for scripts/bench:
//   frame.console.PHASE SIZE MEDIAN_MS P99_MS
//   frame.projector.PHASE SIZE MEDIAN_MS P99_MS
#include "conference_sizes.hpp"
#include "session/console_view.hpp"
#include "storage/store.hpp"
#include "support/headless.hpp"
#include "ui/console/panels.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace cpc;
using Clock = std::chrono::steady_clock;

const char* const phaseNames[] = {"prepare", "introductions", "purpose", "information",
                                  "scaling", "decision",      "plan",    "close"};

std::string only; // scripts/bench's --only: figures whose name starts so, to profile one

void timeFrames(const char* what, ui::Phase phase, bench::Size size, Headless& ui,
                const std::function<void()>& draw) {
    const std::string figure = std::string("frame.") + what + "." +
                               phaseNames[static_cast<int>(phase)] + " " + bench::name(size);
    if (!figure.starts_with(only)) return;
    for (int i = 0; i < 5; ++i) // settle: fonts, layout, the first measurements
        ui.frame(draw);
    std::vector<double> ms;
    for (int i = 0; i < 60; ++i) {
        auto start = Clock::now();
        ui.frame(draw);
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s %.3f %.3f\n", figure.c_str(), ms[ms.size() / 2], ms[ms.size() * 99 / 100]);
    std::fflush(stdout);
}

} // namespace

// Usage: bench_frames [FIGURE-PREFIX], e.g. "frame.console.plan XL".
int main(int argc, char** argv) {
    if (argc > 1) only = argv[1];
    const DateTime now = *parseDateTime("2026-12-03T11:30");
    for (bench::Size size : bench::sizes) {
        Conference c = bench::conferenceOf(size);
        c.meeting.started = *parseDateTime("2026-12-03T10:00");
        storage::Database db(":memory:");
        storage::Record record(db, storage::addConference(db, c));
        {
            Headless ui(1920, 1080);
            for (ui::Phase phase : ui::allPhases) {
                ui::ConsoleState state;
                state.phase = phase;
                timeFrames("console", phase, size, ui, [&] {
                    ui::Intents ignored;
                    ui::drawConsole(session::consoleView(record, now, &ui.fonts, 1), state,
                                    ignored);
                });
            }
        }
        Headless wall(1920, 1080, true);
        const std::optional<Id> round =
            c.scaling.empty() ? std::nullopt : std::optional<Id>(c.scaling.front().id);
        for (ui::Phase phase : {ui::Phase::Introductions, ui::Phase::Information,
                                ui::Phase::Scaling, ui::Phase::Decision, ui::Phase::Plan}) {
            timeFrames("projector", phase, size, wall, [&] {
                ui::drawProjector(ui::ProjectorView{.conference = record.conference(),
                                                    .phase = phase,
                                                    .fonts = &wall.fonts,
                                                    .round = round,
                                                    .decisionChild = c.children.front().id,
                                                    .now = now,
                                                    .revision = record.revision()});
            });
        }
    }
    return 0;
}
