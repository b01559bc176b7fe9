#pragma once
// The state of a run of the console, outside the panels: the open record,
// what the chair has selected and half-typed, the zoom, the frozen projector
// picture. Intents from the panels are carried out here; the windows follow
// the state (gui.cpp), so nothing here knows GLFW or GL.

#include "session/clock.hpp"
#include "storage/area_profile.hpp"
#include "storage/store.hpp"
#include "ui/contract/console_state.hpp"
#include "ui/contract/intent.hpp"
#include "ui/contract/views.hpp"

#include <chrono>
#include <iosfwd>
#include <memory>
#include <optional>
#include <vector>

namespace cpc::session {

// The chair's database, to write; a file that cannot be written (read-only
// media, a file marked read-only) is still the chair's meeting: it opens to
// read, and `readOnlyWhy` says why, for Session::openedReadOnly.
std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& path,
                                                std::string& readOnlyWhy);

class Session {
  public:
    // Recalls the chair's zoom and theme from the database. Every time the
    // session needs comes from `clock`.
    Session(storage::Database& db, Clock clock);
    // Takes a half-typed line still on its way to the disk there (syncDraft).
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // Throws storage::StorageError when there is no such conference; what
    // was open stays open.
    void open(const Id& id);
    // The conference used last, else the start screen.
    void openLast();

    storage::Record* record() { return record_.get(); }
    // The conference as the chair sees it: the record, and after a failed
    // save the changes held on screen until the disk takes them.
    const Conference& conference() const;
    // Changes whenever conference() does (storage::newRevision); 0 with none open.
    long long revision() const;
    // The conference the open one reviews, when it is in the file.
    const Conference* previous() const { return previous_ ? &*previous_ : nullptr; }
    ui::ConsoleState& console() { return console_; }
    ui::StartState& start() { return start_; }
    const std::vector<ui::ConferenceEntry>& conferences() const { return conferences_; }
    int zoomPercent() const { return zoom_; }
    // The room's clock now: what the console and the wall are drawn at.
    DateTime now() const { return clock_.room(); }
    // What each new conference starts with (storage/area_profile.hpp).
    const storage::AreaProfile& areaProfile() const { return profile_; }
    bool saved() const { return saved_; }
    // Why saving fails, in words; empty when everything typed is on disk.
    const std::string& saveProblem() const { return problem_; }
    // Changes on screen that are not on disk yet, held in order.
    int unsaved() const { return static_cast<int>(unsaved_.size()); }
    // Writes the held changes, oldest first, when `force` or a few seconds
    // have passed since the last try. The frame loop calls it every frame.
    void retrySaving(bool force = false);
    // The file could only be opened read-only (read-only media, say): every
    // change is held on screen, and the banner says why.
    void openedReadOnly(std::string why);
    bool readOnly() const { return readOnly_; }
    // Whether the program may end now: not while changes are held on screen,
    // unless the chair has been told so once and asks again.
    bool mayClose();
    bool quitting() const { return quit_; }

    // Problems (an edit that does not fit, a failed write) go to `err` as one
    // line each. An edit the disk refuses is not lost: it is applied on screen,
    // held, and written when the disk takes it (retrySaving); saveProblem()
    // says why meanwhile, for the banner.
    void carryOut(const ui::Intents& intents, std::ostream& err);

    // Takes the picture when the chair freezes the projector, drops it when
    // unfrozen. Called after the console's frame, before its intents.
    void followFreeze();
    // The line being typed is on screen, so it is kept on disk as it changes
    // and given back when the conference is opened again (after a crash too).
    void keepDraft();
    // Takes the line kept by keepDraft to the disk, if it is not there yet:
    // the frame loop calls it when it goes idle, and opening another does.
    void syncDraft();

    // What the projector shows now: the frozen picture, else the live record
    // (blank when no conference is open).
    ui::ProjectorView projectorView(const ui::Fonts* fonts) const;

  private:
    struct Picture {
        Conference taken;      // as it was when the chair froze the wall
        Conference conference; // that, protected as the live record is now
        ui::Phase phase;
        int page;
        ui::NameStyle names;
        std::optional<Conference> previous;
        std::optional<Id> round;
        std::optional<Id> decisionChild;
        long long live = 0;     // the revision `conference` was protected as
        long long revision = 0; // of `conference`
    };

    void carryOut(const ui::Intent& intent, std::ostream& err);
    void apply(const Edit& edit, std::ostream& err);
    void hold(const Edit& edit, const std::string& why, std::ostream& err);
    void failedWrite(const std::string& why);
    std::optional<Id> shownDecision() const;
    void showStart();

    storage::Database& db_;
    Clock clock_;
    std::unique_ptr<storage::Record> record_;
    std::optional<Conference> previous_;
    std::string draft_; // the entry line as last written
    // When draft_ was first written without a sync since the last one.
    std::optional<std::chrono::steady_clock::time_point> draftUnsyncedSince_;
    ui::ConsoleState console_;
    ui::StartState start_;
    std::vector<ui::ConferenceEntry> conferences_;
    std::optional<Picture> frozen_;
    int zoom_ = 100;
    storage::AreaProfile profile_;
    bool saved_ = true;
    bool quit_ = false;
    std::vector<Edit> unsaved_;       // applied on screen, refused by the disk, oldest first
    std::optional<Conference> shown_; // the record with unsaved_ applied, while any
    long long shownRevision_ = 0;
    std::string problem_;
    bool readOnly_ = false;
    bool warnedClosing_ = false;
    ui::Phase checkpointedPhase_{}; // the phase at the last checkpoint
    std::chrono::steady_clock::time_point nextTry_{};
};

} // namespace cpc::session
