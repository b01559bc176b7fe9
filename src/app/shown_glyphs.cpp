#include "app/shown_glyphs.hpp"

#include "interchange/json.hpp"

namespace cpc::app {

namespace {

// Strings only: the names of the fields are ASCII, which every font holds.
bool noteStrings(ui::GlyphSet& glyphs, const nlohmann::json& j) {
    if (j.is_string()) return glyphs.note(j.get_ref<const std::string&>());
    bool grew = false;
    if (j.is_structured())
        for (const auto& value : j)
            grew |= noteStrings(glyphs, value);
    return grew;
}

} // namespace

// The document's values, not its text: writing it out took as long again
// (35 ms at 3,000 items, while the windows open).
bool noteConferenceText(ui::GlyphSet& glyphs, const Conference& conference) {
    return noteStrings(glyphs, interchange::toJson(conference, {.fillComputedDates = false}));
}

bool noteSessionText(ui::GlyphSet& glyphs, const session::Session& session) {
    bool grew = false;
    if (session.revision() != 0) grew |= noteConferenceText(glyphs, session.conference());
    if (const Conference* previous = session.previous())
        grew |= noteConferenceText(glyphs, *previous);
    for (const auto& entry : session.conferences()) {
        grew |= glyphs.note(entry.title);
        grew |= glyphs.note(entry.date);
    }
    return grew;
}

void ShownGlyphs::noted(const session::Session& session, const ui::GlyphSet& glyphs) {
    set_ |= glyphs;
    read_ = true;
    openedId_ = session.revision() != 0 ? session.conference().id : std::string();
    listed_ = session.conferences().size();
}

void ShownGlyphs::followSession(const session::Session& session) {
    const std::string opened = session.revision() != 0 ? session.conference().id : std::string();
    if (read_ && opened == openedId_ && session.conferences().size() == listed_) return;
    ui::GlyphSet glyphs;
    noteSessionText(glyphs, session);
    noted(session, glyphs);
}

void ShownGlyphs::beforeFrame(const session::Session& session, const ImGuiIO& io) {
    followSession(session);
    for (ImWchar c : io.InputQueueCharacters)
        set_.note(c);
}

void ShownGlyphs::watchClipboard(ImGuiIO& io) {
    getClipboard_ = io.GetClipboardTextFn;
    setClipboard_ = io.SetClipboardTextFn;
    clipboardData_ = io.ClipboardUserData;
    io.ClipboardUserData = this;
    io.GetClipboardTextFn = [](void* data) -> const char* {
        auto* self = static_cast<ShownGlyphs*>(data);
        const char* text =
            self->getClipboard_ ? self->getClipboard_(self->clipboardData_) : nullptr;
        if (text) self->set_.note(text);
        return text;
    };
    io.SetClipboardTextFn = [](void* data, const char* text) {
        auto* self = static_cast<ShownGlyphs*>(data);
        if (self->setClipboard_) self->setClipboard_(self->clipboardData_, text);
    };
}

bool ShownGlyphs::missing(const session::Session& session, const ui::GlyphSet& drawnWith) {
    noteSessionText(set_, session);
    // Text from elsewhere (a file's path, a message): hold every block, once.
    if (set_ == drawnWith) set_ = ui::GlyphSet::all();
    return set_ != drawnWith;
}

} // namespace cpc::app
