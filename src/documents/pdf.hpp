#pragma once
// The conference's PDF documents (DOMAIN.md, "The record"): the full record,
// the parents' copy, the outline plan, the child's plan and the decision
// letter. A pure function of a conference and options: it reads fonts from
// the folder it is given and returns the bytes; it writes no file.

#include "domain/conference.hpp"

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cpc::pdf {

struct Options {
    DocumentKind document = DocumentKind::Full; // the catalogue: domain/documents.hpp
    // Holds NotoSans-Regular.ttf, NotoSans-Bold.ttf, DejaVuSans.ttf, DejaVuSans-Bold.ttf.
    std::filesystem::path fontDir;
    std::string marking = "OFFICIAL-SENSITIVE"; // top and bottom of every page
    DateTime produced{};                        // printed on every page; the caller's clock
    // Empty: not encrypted. Otherwise needed to open the file. libharu offers
    // RC4 only, which is weak: it keeps out a casual reader, not a determined one.
    std::string password;
};

// A font that cannot be found or read: what() names the file, on one line.
struct FontError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Anything else libharu refuses: what() carries its error code.
struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The PDF file's bytes. Throws FontError or Error.
std::string render(const Conference& c, const Options& options);

} // namespace cpc::pdf
