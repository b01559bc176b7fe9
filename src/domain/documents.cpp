#include "domain/documents.hpp"

#include <stdexcept>

namespace cpc {

std::span<const DocumentFacts> documents() {
    static constexpr DocumentFacts table[] = {
        {DocumentKind::Plan, "Outline plan", "the outline plan",
         "For the parents and professionals, the same day."},
        {DocumentKind::Parents, "Conference record: parents' copy", "the parents' copy",
         "The record without what the family may not see: confidential words, what was said "
         "while a family member was out, reports not open to parents."},
        {DocumentKind::Full, "Conference record", "the full record",
         "Everything, for the people invited. Confidential."},
        // The child's plan is the child's: called what the child would call it.
        {DocumentKind::Child, "Your plan", "the child's plan",
         "The plan in plain words, for the child."},
        {DocumentKind::Letter, "Decision letter", "the decision letter",
         "To the parents: the decision, the plan, the dates, and how to complain."},
    };
    return table;
}

const DocumentFacts& factsOf(DocumentKind kind) {
    for (const auto& d : documents())
        if (d.kind == kind) return d;
    throw std::logic_error("a document kind missing from the catalogue");
}

std::vector<DocumentKind> allDocuments() {
    std::vector<DocumentKind> out;
    for (const auto& d : documents())
        out.push_back(d.kind);
    return out;
}

} // namespace cpc
