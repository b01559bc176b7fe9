#pragma once
// The documents people leave the meeting with, in one catalogue: the token
// of the command line and the interchange ("plan"), what each is called
// ("Outline plan", names.hpp), its title on the page, how a sentence names
// it, and who it is for. The Close phase, the command line, the file names
// and the PDFs all read it here.

#include "domain/conference.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace cpc {

struct DocumentFacts {
    DocumentKind kind;
    // On every page's running header and in the PDF's metadata.
    std::string_view title;
    // Inside a sentence: "Could not write the outline plan".
    std::string_view inSentence;
    // Who it is for, in a line: the Close phase says it beside each.
    std::string_view forWhom;
};

// Every document, in the order the Close phase lists them (names<DocumentKind>).
std::span<const DocumentFacts> documents();
const DocumentFacts& factsOf(DocumentKind kind);
// Every kind, in that order: "all five".
std::vector<DocumentKind> allDocuments();

} // namespace cpc
