#include "session/export.hpp"

#include "documents/pdf.hpp"
#include "domain/documents.hpp"
#include "domain/names.hpp"
#include "interchange/json.hpp"
#include "platform/atomic_file.hpp"
#include "platform/fonts_dir.hpp"
#include "platform/os.hpp"
#include "platform/paths.hpp"

namespace cpc::session {
namespace {

namespace fs = std::filesystem;
using platform::fontFolder;
using platform::makeFolderForUser;
using platform::writeFileAtomically;

// Names that any file system takes: no slashes or control characters.
std::string safe(std::string text) {
    for (char& ch : text)
        if (ch == '/' || ch == '\\' || ch == ':' || static_cast<unsigned char>(ch) < 0x20) ch = ' ';
    return text;
}

std::string day(const Conference& c) {
    if (c.details.scheduledStart) return formatDate(dateOf(*c.details.scheduledStart));
    if (c.meeting.started) return formatDate(dateOf(*c.meeting.started));
    return "undated";
}

// "Initial child protection conference: the Nowak children" -> "the Nowak children".
std::string shortTitle(const Conference& c) {
    const std::string& t = c.details.title;
    auto colon = t.find(": ");
    std::string s = colon == std::string::npos ? t : t.substr(colon + 2);
    return s.empty() ? std::string("conference") : s;
}

} // namespace

fs::path defaultExportFolder(const Conference& c) {
    // A name is UTF-8 text: on Windows a std::string would be read in the
    // ANSI code page, and "Łukasiewicz" would come out garbled.
    return os::documentsFolder() / "cpcboard" / os::pathFrom(safe(day(c) + " " + shortTitle(c)));
}

std::string documentFileName(const Conference& c, DocumentKind document) {
    return safe(day(c) + " " + shortTitle(c) + " - " + std::string(label(document))) + ".pdf";
}

ui::ExportOutcome exportDocuments(const Conference& c, const std::vector<DocumentKind>& documents,
                                  const fs::path& folder, const std::string& password,
                                  DateTime produced) {
    ui::ExportOutcome out;
    try {
        makeFolderForUser(folder);
        pdf::Options options;
        options.fontDir = fontFolder();
        options.produced = produced;
        if (!password.empty()) options.password = password;
        for (DocumentKind d : documents) {
            options.document = d;
            fs::path file = folder / os::pathFrom(documentFileName(c, d));
            writeFileAtomically(file, pdf::render(c, options));
            out.files.push_back(os::utf8(file));
        }
    } catch (const std::exception& e) {
        out.error = e.what();
    }
    return out;
}

ui::ExportOutcome saveCopy(const Conference& c, const fs::path& folder, DateTime produced) {
    ui::ExportOutcome out = exportDocuments(c, allDocuments(), folder, "", produced);
    if (!out.error.empty()) return out;
    try {
        fs::path file = folder / (safe(day(c) + " " + shortTitle(c) + " - record") + ".json");
        writeFileAtomically(file, interchange::write(c));
        out.files.insert(out.files.begin(), os::utf8(file));
    } catch (const std::exception& e) {
        out.error = e.what();
    }
    return out;
}

fs::path copyFolderSuggestion() {
    return os::copyFolder();
}

void openInViewer(const std::string& path) {
    os::openInViewer(os::pathFrom(path));
}

} // namespace cpc::session
