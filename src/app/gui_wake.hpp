#pragma once
// The loop sleeps until something happens. These say that something did.

namespace cpc::app {

// From any thread: draw a frame soon (a finished export, a timer...).
void requestFrame();

// From GLFW callbacks on the loop's thread: input arrived, draw a few frames.
void noteActivity();

// The loop: was there any since it last asked? Clears it.
bool takeActivity();

} // namespace cpc::app
