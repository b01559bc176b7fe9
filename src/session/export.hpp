#pragma once
// The documents people leave the meeting with, written from the console: each
// PDF whole or not at all, readable by the user only, into a folder per
// conference, and opened in the system's viewer on request.

#include "domain/conference.hpp"
#include "ui/contract/console_state.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace cpc::session {

// $XDG_DOCUMENTS_DIR (else ~/Documents)/cpcboard/<date> <title>.
std::filesystem::path defaultExportFolder(const Conference& c);

// "2026-12-03 Nowak children - Outline plan.pdf", say: the date, the title
// without the kind of conference, and what the document is.
std::string documentFileName(const Conference& c, DocumentKind document);

// Writes every document asked for. Stops at the first that fails and says
// which; the ones written before it stay.
// `produced` is the time printed on every page.
ui::ExportOutcome exportDocuments(const Conference& c, const std::vector<DocumentKind>& documents,
                                  const std::filesystem::path& folder, const std::string& password,
                                  DateTime produced);

// After a failed save: the whole conference as the chair sees it, the
// interchange JSON and the five PDFs, into `folder` (made when missing).
ui::ExportOutcome saveCopy(const Conference& c, const std::filesystem::path& folder,
                           DateTime produced);

// Where such a copy is likely wanted: the first removable medium mounted for
// the user (/media/USER/..., /run/media/USER/...), else the home folder.
std::filesystem::path copyFolderSuggestion();

// Opens a file with xdg-open, without waiting for it.
void openInViewer(const std::string& path);

} // namespace cpc::session
