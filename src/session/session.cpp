#include "session/session.hpp"

#include "domain/disclosure.hpp"
#include "domain/review.hpp"
#include "domain/typed.hpp"
#include "platform/clock.hpp"
#include "platform/paths.hpp"
#include "session/export.hpp"
#include "ui/contract/shortcuts.hpp"

#include <algorithm>
#include <ostream>
#include <string>

namespace cpc::session {

namespace {

constexpr int zoomStep = 10, zoomMin = 50, zoomMax = 300;

template <class... F> struct Overloaded : F... { using F::operator()...; };
template <class... F> Overloaded(F...) -> Overloaded<F...>;

int recallZoom(storage::Database& db) {
    auto text = storage::recall(db, "zoom");
    if (!text) return 100;
    try {
        return std::clamp(std::stoi(*text), zoomMin, zoomMax);
    } catch (const std::exception&) {
        return 100; // a damaged setting is not worth refusing to start over
    }
}

std::string draftKey(const Id& conference) {
    return "draft:" + conference;
}

// Tries again after a failed write at most this often: a full disk is not
// freed in a frame, and each try costs a sync.
constexpr std::chrono::seconds retryEvery{3};

// The most of a half-typed line a power cut can take (README, "What is saved").
constexpr std::chrono::seconds draftSyncEvery{1};

} // namespace

std::unique_ptr<storage::Database> openDatabase(const std::filesystem::path& path,
                                                std::string& readOnlyWhy) {
    try {
        return std::make_unique<storage::Database>(path);
    } catch (const storage::StorageError& e) {
        if (e.kind != storage::StorageError::Kind::ReadOnly) throw;
        auto db = std::make_unique<storage::Database>(path, storage::Database::ReadOnly{});
        readOnlyWhy = std::string(e.what()) + "; opened read-only";
        return db;
    }
}

// Each change of the line goes to the operating system at once (it survives
// the program being killed) and to the disk within a second, or as soon as
// the typing pauses: a sync per keystroke would cost more than the key.
void Session::keepDraft() {
    if (!record_ || readOnly_ || console_.entry.text == draft_) return;
    const auto now = clock_.steady();
    if (!problem_.empty() && now < nextTry_) return;
    try {
        const bool dueOnDisk = draftUnsyncedSince_ && now - *draftUnsyncedSince_ >= draftSyncEvery;
        storage::remember(db_, draftKey(record_->conference().id), console_.entry.text,
                          dueOnDisk ? storage::Durability::Synced : storage::Durability::Unsynced);
        draft_ = console_.entry.text;
        if (dueOnDisk)
            draftUnsyncedSince_.reset();
        else if (!draftUnsyncedSince_)
            draftUnsyncedSince_ = now;
        if (unsaved_.empty()) problem_.clear();
    } catch (const storage::StorageError& e) {
        failedWrite(e.what()); // the line stays on screen; tried again later
    }
}

void Session::syncDraft() {
    if (!draftUnsyncedSince_ || !record_ || readOnly_) return;
    try {
        storage::syncWrites(db_);
        draftUnsyncedSince_.reset();
    } catch (const storage::StorageError& e) {
        failedWrite(e.what());
    }
}

void Session::failedWrite(const std::string& why) {
    saved_ = false;
    problem_ = why;
    nextTry_ = clock_.steady() + retryEvery;
}

long long Session::revision() const {
    if (shown_) return shownRevision_;
    return record_ ? record_->revision() : 0;
}

const Conference& Session::conference() const {
    static const Conference nothing;
    if (shown_) return *shown_;
    return record_ ? record_->conference() : nothing;
}

void Session::openedReadOnly(std::string why) {
    readOnly_ = true;
    saved_ = false;
    problem_ = std::move(why);
}

void Session::apply(const Edit& edit, std::ostream& err) {
    if (!unsaved_.empty() || readOnly_) {
        hold(edit, problem_, err); // after the ones held before it, in order
        retrySaving();
        return;
    }
    try {
        record_->apply(edit);
        saved_ = true;
        problem_.clear();
    } catch (const storage::StorageError& e) {
        err << "cpcboard: " << e.what() << '\n';
        hold(edit, e.what(), err);
    }
}

// The disk refused the edit, so the screen keeps it: applied to the
// conference the chair sees, with the id the record would have given it.
void Session::hold(const Edit& edit, const std::string& why, std::ostream& err) {
    if (!shown_) shown_ = record_->conference();
    Edit named = identified(*shown_, edit);
    shownRevision_ = storage::newRevision(); // refused or not, nothing kept of it is reused
    try {
        applyEdit(*shown_, named);
    } catch (const EditError& e) {
        console_.refused = e.what();
        err << "cpcboard: " << e.what() << '\n';
        if (unsaved_.empty()) shown_.reset();
        return;
    }
    unsaved_.push_back(std::move(named));
    if (readOnly_) return;
    failedWrite(why);
}

bool Session::mayClose() {
    if (unsaved_.empty() || warnedClosing_) return true;
    warnedClosing_ = true;
    console_.refused =
        std::to_string(unsaved_.size()) + (unsaved_.size() == 1 ? " change is" : " changes are") +
        " not saved. Save a copy first (" + ui::shortcut::keysFor(ui::shortcut::Command::SaveCopy) +
        "); closing again leaves without them.";
    return false;
}

void Session::retrySaving(bool force) {
    if (!record_ || readOnly_ || unsaved_.empty()) return;
    if (!force && clock_.steady() < nextTry_) return;
    try {
        while (!unsaved_.empty()) {
            record_->apply(unsaved_.front());
            unsaved_.erase(unsaved_.begin());
        }
        shown_.reset();
        problem_.clear();
        saved_ = true;
    } catch (const storage::StorageError& e) {
        failedWrite(e.what());
    } catch (const EditError& e) {
        // Cannot happen (each applied on screen in this order), but if it did the
        // change is kept on screen rather than dropped, and said.
        failedWrite(std::string("a change could not be saved: ") + e.what());
    }
}

Session::Session(storage::Database& db, Clock clock)
    : db_(db), clock_(std::move(clock)), zoom_(recallZoom(db)), profile_(storage::areaProfile(db)) {
    if (storage::recall(db, "theme") == std::optional<std::string>("dark"))
        console_.theme = ui::Theme::Dark;
}

Session::~Session() {
    syncDraft();
}

void Session::open(const Id& id) {
    auto next = std::make_unique<storage::Record>(db_, id, clock_.audit);
    syncDraft(); // the line typed in the one open, before it closes
    record_ = std::move(next);
    // A different conference starts afresh; the chair's own choices stay.
    ui::ConsoleState fresh;
    fresh.theme = console_.theme;
    fresh.projector.mode = console_.projector.mode;
    fresh.projector.names = console_.projector.names;
    console_ = std::move(fresh);
    frozen_.reset();
    checkpointedPhase_ = console_.phase;
    saved_ = !readOnly_;
    unsaved_.clear();
    shown_.reset();
    if (!readOnly_) problem_.clear();
    previous_.reset();
    if (auto of = record_->conference().reviewOf) {
        try {
            previous_ = storage::loadConference(db_, *of);
        } catch (const storage::StorageError&) {
            // The conference reviewed was made elsewhere: nothing to compare with.
        }
    }
    draft_ = storage::recall(db_, draftKey(id)).value_or("");
    console_.entry.text = draft_;
    if (readOnly_) return;
    try {
        storage::remember(db_, "last_conference", id);
    } catch (const storage::StorageError& e) {
        failedWrite(e.what()); // a full disk at the start: open, and say so at once
    }
}

void Session::openLast() {
    if (auto id = storage::recall(db_, "last_conference")) {
        try {
            open(*id);
            return;
        } catch (const storage::StorageError&) {
            // Deleted or moved since: the start screen lets the chair choose.
        }
    }
    showStart();
}

void Session::showStart() {
    conferences_.clear();
    for (const auto& c : storage::listConferences(db_))
        conferences_.push_back({.id = c.id,
                                .date = c.date ? showDate(*c.date) : std::string(),
                                .kind = c.kind,
                                .title = c.title});
    start_ = {};
}

void Session::carryOut(const ui::Intents& intents, std::ostream& err) {
    for (const auto& intent : intents)
        carryOut(intent, err);
    // A new phase is a natural pause: the whole conference is written, so
    // the log to apply on opening stays short however long the meeting.
    if (record_ && !readOnly_ && unsaved_.empty() && console_.phase != checkpointedPhase_) {
        checkpointedPhase_ = console_.phase; // tried once a phase, not every frame
        try {
            record_->checkpoint();
        } catch (const storage::StorageError& e) {
            // Nothing is lost (every edit is in the log); the next edit says
            // whether the disk takes writes.
            err << "cpcboard: " << e.what() << '\n';
        }
    }
}

void Session::carryOut(const ui::Intent& intent, std::ostream& err) {
    // A failed write leaves the record as it was: say so, and show it unsaved.
    auto recording = [&](auto&& action) {
        try {
            action();
            saved_ = true;
        } catch (const EditError& e) {
            console_.refused = e.what(); // the chair sees why, beside the editor
            err << "cpcboard: " << e.what() << '\n';
        } catch (const storage::StorageError& e) {
            failedWrite(e.what());
            err << "cpcboard: " << e.what() << '\n';
        }
    };
    // The log is the undo history, and the held changes are not in it yet.
    auto refuseWhileUnsaved = [&](const char* what) {
        console_.refused = std::string(what) + " waits until the changes on screen are saved.";
    };
    // Another conference would leave the held changes behind, unsaved.
    auto refuseLeaving = [&] {
        console_.refused = "Changes on screen are not saved yet: save a copy, or wait until "
                           "they are saved, before opening another conference.";
    };
    // Opening, creating, remembering a setting: a line when it fails, and
    // whatever was open stays open.
    auto reporting = [&](auto&& action) {
        try {
            action();
        } catch (const storage::StorageError& e) {
            err << "cpcboard: " << e.what() << '\n';
        }
    };
    std::visit(
        Overloaded{
            [&](const ui::intent::ApplyEdit& i) {
                if (!record_) return;
                console_.refused.clear();
                try {
                    apply(i.edit, err);
                } catch (const EditError& e) {
                    console_.refused = e.what(); // the chair sees why, beside the editor
                    err << "cpcboard: " << e.what() << '\n';
                }
            },
            [&](const ui::intent::Undo&) {
                if (!unsaved_.empty() || readOnly_) return refuseWhileUnsaved("Undo");
                if (record_ && record_->canUndo()) recording([&] { record_->undo(); });
            },
            [&](const ui::intent::Redo&) {
                if (!unsaved_.empty() || readOnly_) return refuseWhileUnsaved("Redo");
                if (record_ && record_->canRedo()) recording([&] { record_->redo(); });
            },
            // The windows follow these in gui.cpp (which knows the monitors).
            [&](const ui::intent::SetProjector& i) { console_.projector.mode = i.mode; },
            [&](const ui::intent::Present& i) { console_.projector.presenting = i.on; },
            [&](const ui::intent::Zoom& i) {
                zoom_ =
                    i.steps == 0 ? 100 : std::clamp(zoom_ + i.steps * zoomStep, zoomMin, zoomMax);
                reporting([&] { storage::remember(db_, "zoom", std::to_string(zoom_)); });
            },
            [&](const ui::intent::SetTheme& i) {
                console_.theme = i.theme;
                reporting([&] {
                    storage::remember(db_, "theme", i.theme == ui::Theme::Dark ? "dark" : "light");
                });
            },
            [&](const ui::intent::OpenConference& i) {
                if (!unsaved_.empty()) return refuseLeaving();
                reporting([&] { open(i.id); });
            },
            [&](const ui::intent::CreateConference& i) {
                if (!unsaved_.empty()) return refuseLeaving();
                reporting([&] {
                    open(storage::addConference(db_, storage::newConference(profile_, i.details)));
                });
            },
            [&](const ui::intent::SaveAreaProfile& i) {
                reporting([&] {
                    storage::AreaProfile next{i.settings, i.region};
                    storage::saveAreaProfile(db_, next);
                    profile_ = next;
                });
            },
            [&](const ui::intent::Quit&) { quit_ = mayClose(); },
            [&](const ui::intent::StartReview&) {
                if (!record_) return;
                if (!unsaved_.empty()) return refuseLeaving();
                reporting(
                    [&] { open(storage::addConference(db_, startReview(record_->conference()))); });
            },
            [&](const ui::intent::Export& i) {
                if (!record_) return;
                const Conference& c = conference();
                auto folder = i.folder.empty() ? defaultExportFolder(c) : os::pathFrom(i.folder);
                console_.exported = exportDocuments(c, i.documents, folder, i.password, now());
                if (!console_.exported.error.empty())
                    err << "cpcboard: " << console_.exported.error << '\n';
            },
            [&](const ui::intent::SaveCopy& i) {
                if (!record_) return;
                console_.copied = saveCopy(conference(), os::pathFrom(i.folder), now());
                if (!console_.copied.error.empty())
                    err << "cpcboard: " << console_.copied.error << '\n';
            },
            [&](const ui::intent::OpenFile& i) { openInViewer(i.path); },
        },
        intent);
}

void Session::followFreeze() {
    if (!console_.projector.frozen) {
        frozen_.reset();
        return;
    }
    if (!record_) return;
    if (frozen_) {
        // Someone who was out may be back, or an item marked confidential since.
        if (frozen_->live != revision()) {
            frozen_->conference = asProtectedNow(frozen_->taken, conference());
            frozen_->live = revision();
            frozen_->revision = storage::newRevision();
        }
        return;
    }
    frozen_ = Picture{.taken = conference(),
                      .conference = conference(),
                      .phase = console_.phase,
                      .page = console_.projector.page,
                      .names = console_.projector.names,
                      .previous = previous_,
                      .round = console_.projector.round,
                      .decisionChild = shownDecision(),
                      .live = revision(),
                      .revision = storage::newRevision()};
}

// A decision reaches the screen only when the chair chooses to show it.
std::optional<Id> Session::shownDecision() const {
    const auto& p = console_.projector;
    return p.showDecision ? p.decisionChild : std::nullopt;
}

ui::ProjectorView Session::projectorView(const ui::Fonts* fonts) const {
    const auto& p = console_.projector;
    if (frozen_)
        return {.conference = frozen_->conference,
                .phase = frozen_->phase,
                .names = frozen_->names,
                .page = frozen_->page,
                .blank = p.blank,
                .fonts = fonts,
                .previous = frozen_->previous ? &*frozen_->previous : nullptr,
                .round = frozen_->round,
                .decisionChild = frozen_->decisionChild,
                .now = now(),
                .revision = frozen_->revision};
    return {.conference = conference(),
            .phase = console_.phase,
            .names = p.names,
            .page = p.page,
            .blank = p.blank || !record_,
            .fonts = fonts,
            .previous = previous(),
            .round = p.round,
            .decisionChild = shownDecision(),
            .now = now(),
            .revision = revision()};
}

} // namespace cpc::session
