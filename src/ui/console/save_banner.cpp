#include "platform/paths.hpp"
#include "ui/console/console_parts.hpp"
#include "ui/widgets/shortcut_keys.hpp"
#include "ui/widgets/theme.hpp"
#include "ui/widgets/widgets.hpp"

#include <filesystem>
#include <imgui.h>

namespace cpc::ui {

using shortcut::Command;

namespace {

constexpr ImU32 onRed = IM_COL32(255, 255, 255, 255);

std::string whatHappens(const ConsoleView& view) {
    std::string held = view.unsaved == 0 ? std::string()
                       : view.unsaved == 1
                           ? "1 change is on screen only. "
                           : std::to_string(view.unsaved) + " changes are on screen only. ";
    if (view.readOnly)
        return held + "This file can only be read here, so what you type is kept on screen only: "
                      "save a copy before you close cpcboard.";
    return held + "cpcboard keeps them and saves them as soon as the disk takes them; nothing is "
                  "lost while this window stays open.";
}

} // namespace

// The banner a chair cannot miss when the disk will not take what is typed:
// what failed and why, that nothing on screen is lost, and a way out with a
// copy. Drawn above everything else while there is a problem.
void drawSaveBanner(const ConsoleView& view, ConsoleState& state, Intents& out) {
    if (view.saveProblem.empty()) return;
    const Palette& pal = palette(state.theme);
    if (state.copyFolder.empty()) state.copyFolder = view.copyFolder;
    const float em = widget::em();
    const auto& done = state.copied;
    const bool outcome = !done.files.empty() || !done.error.empty();

    ImGui::PushStyleColor(ImGuiCol_ChildBg, pal.problem);
    const float rows = outcome ? 4.3f : 3.3f;
    ImGui::BeginChild("##not-saved", {0, rows * ImGui::GetFrameHeightWithSpacing()}, true);
    widget::heading(view.fonts, "NOT SAVED: " + view.saveProblem, onRed);
    widget::wrapped(whatHappens(view), onRed);
    ImGui::AlignTextToFramePadding();
    widget::text("Save a copy (the record as JSON and the five PDFs) to:", onRed);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(24 * em);
    bool wantFocus = false;
    bool enter = widget::inputLine("##copy-folder", state.copyFolder, wantFocus, nullptr,
                                   ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (widget::button("Save a copy (" + shortcut::keysFor(Command::SaveCopy) + ")") || enter ||
        shortcut::fired(Command::SaveCopy))
        out.push_back(intent::SaveCopy{state.copyFolder});
    if (!done.error.empty()) widget::wrapped("The copy failed: " + done.error, onRed);
    if (!done.files.empty())
        widget::wrapped("Copied " + std::to_string(done.files.size()) + " files into " +
                            os::utf8(os::pathFrom(done.files.front()).parent_path()) + ".",
                        onRed);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace cpc::ui
