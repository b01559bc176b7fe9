#pragma once
// What a panel asks for. Panels never change the record or the windows
// themselves: they emit intents, and app/ carries them out (an edit goes to
// storage, a zoom rebuilds the fonts, ...).

#include "domain/edit.hpp"

#include <string>
#include <variant>
#include <vector>

namespace cpc::ui {

enum class ProjectorMode { Off, Window, Fullscreen };
enum class Theme { Light, Dark };

namespace intent {
struct ApplyEdit {
    Edit edit;
};
struct Undo {};
struct Redo {};
struct SetProjector {
    ProjectorMode mode;
};
struct Present {
    bool on;
}; // one screen: the console shows the projector view full screen
struct Zoom {
    int steps;
}; // +1 larger, -1 smaller, 0 back to 100%
struct SetTheme {
    Theme theme;
};
struct OpenConference {
    Id id;
};
struct CreateConference {
    Details details;
};
struct Quit {};
// From a concluded conference: create its review conference and open it.
struct StartReview {};
// Write these documents of the open conference into `folder` (empty: the
// default folder for this conference). The outcome comes back in
// ConsoleState::exported.
struct Export {
    std::vector<DocumentKind> documents;
    std::string folder;
    std::string password; // empty: none (and RC4 is weak when there is one)
};
// After a failed save: write the whole conference as the chair sees it (JSON
// and the five PDFs) into `folder`, a USB stick say. The outcome comes back in
// ConsoleState::copied.
struct SaveCopy {
    std::string folder;
};
// Keep these settings, and this conference's region, as the area profile:
// what every new conference starts with.
struct SaveAreaProfile {
    Settings settings;
    Region region;
};
// Open a written document in the system's viewer.
struct OpenFile {
    std::string path;
};
} // namespace intent

using Intent =
    std::variant<intent::ApplyEdit, intent::Undo, intent::Redo, intent::SetProjector,
                 intent::Present, intent::Zoom, intent::SetTheme, intent::OpenConference,
                 intent::CreateConference, intent::Quit, intent::StartReview, intent::Export,
                 intent::SaveCopy, intent::SaveAreaProfile, intent::OpenFile>;
using Intents = std::vector<Intent>;

} // namespace cpc::ui
