#pragma once
// The characters the windows' fonts must hold, followed as text arrives: a
// conference when it is opened (with the one it reviews), the start screen's
// list, what the chair types, what is pasted. A frame that still drew the
// replacement character is not shown: the session's text is read again,
// and if that holds nothing new, every block the fonts have is taken, so a
// name never shows as "?" because the atlas was built small.

#include "session/session.hpp"
#include "ui/fonts/glyphs.hpp"

#include <imgui.h>
#include <string>

namespace cpc::app {

class ShownGlyphs {
  public:
    ShownGlyphs() = default;
    ShownGlyphs(const ShownGlyphs&) = delete;
    ShownGlyphs& operator=(const ShownGlyphs&) = delete;

    const ui::GlyphSet& set() const { return set_; }

    // The session's text as it is now, noted already (FontsAhead).
    void noted(const session::Session& session, const ui::GlyphSet& glyphs);

    // Before a frame, after its input is queued: another conference opened,
    // the start screen's list changed, and the characters about to be typed.
    void beforeFrame(const session::Session& session, const ImGuiIO& io);

    // Text pasted in this context is noted as ImGui takes it (Ctrl+V). The
    // context's clipboard functions are wrapped; this must outlive them.
    void watchClipboard(ImGuiIO& io);

    // A frame drawn with `drawnWith` showed the replacement character. True
    // if the fonts will now hold more: draw the frame again instead of
    // showing it. False when they already hold all they can.
    bool missing(const session::Session& session, const ui::GlyphSet& drawnWith);

  private:
    void followSession(const session::Session& session);

    ui::GlyphSet set_;
    std::string openedId_;
    std::size_t listed_ = 0;
    bool read_ = false;
    const char* (*getClipboard_)(void*) = nullptr;
    void (*setClipboard_)(void*, const char*) = nullptr;
    void* clipboardData_ = nullptr;
};

// Notes every text of the conference, as its JSON holds it.
bool noteConferenceText(ui::GlyphSet& glyphs, const Conference& conference);
// Notes every text the session can show: the open conference and the one it
// reviews (as their JSON holds them) and the start screen's list.
bool noteSessionText(ui::GlyphSet& glyphs, const session::Session& session);

} // namespace cpc::app
