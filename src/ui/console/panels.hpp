#pragma once
// Every panel has one shape: a free function of what it shows (a view, read
// only), the state it owns (outside it), and the intents it emits. They are
// registered in one place: the console's phase table in console.cpp.
//
// The three below fill the display over a frame already cleared to their
// palette's background (the windows and `render` clear it), so they leave
// their own window unpainted, and panels inside a pane leave theirs: each
// layer painted again costs a screenful of pixels, which software OpenGL (a
// laptop without its graphics driver) pays on every frame.

#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"

#include <imgui.h>

namespace cpc::ui {

// The chair console: the whole laptop window. Status bar (title, children,
// clock against the limit, quorum, saved), phase rail, the phase's editor,
// the help overlay. Draws into the full display.
void drawConsole(const ConsoleView& view, ConsoleState& state, Intents& out);

// The projector view: read-only, no chrome, fills the display. Never shows a
// confidential item.
ProjectorResult drawProjector(const ProjectorView& view);

// Works out what drawProjector(view) on a display this size would keep for
// the view's revision (the words and where each goes), so that its first
// frame finds it. Needs no ImGui context, only the view's projector fonts:
// at start-up it runs on another thread while the window opens (issue 13),
// and must end before that window's first frame. Does nothing for a view
// without a revision or a projector ladder, or one drawn as a picture.
void arrangeAhead(const ProjectorView& view, ImVec2 display);

// Before a conference is open: the conferences in the file, and a new one.
void drawStartScreen(const StartView& view, StartState& state, Intents& out);

// The phase editors the console puts in front, one per phase.
void drawPrepare(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawIntroductions(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawPurpose(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawInformation(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawScaling(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawDecision(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawPlan(const ConsoleView& view, ConsoleState& state, Intents& out);
void drawClose(const ConsoleView& view, ConsoleState& state, Intents& out);

} // namespace cpc::ui
