#pragma once
// A document from outside (cpcboard import) is checked more than one read
// back from our own database: it must be one JSON document and nothing else,
// within limits a meeting never comes near, and consistent across fields.
// Every refusal is one line naming the field ("items[12].text: 52,000
// characters; the limit is 20,000").

#include "interchange/json.hpp"

#include <cstddef>
#include <string_view>

namespace cpc::interchange {

struct ImportLimits {
    std::size_t fileBytes = 32u << 20; // the whole file
    std::size_t textChars = 20'000;    // any one text field, in characters
    std::size_t items = 5'000;         // on the board
    std::size_t actions = 2'000;       // in the plan
    std::size_t people = 1'000;        // children, adults and participants together
    std::size_t rounds = 1'000;        // scaling rounds
    std::size_t listEntries = 1'000;   // any other list (answers, views, presence, ...)
};

// parse(), with the limits and the checks across fields. Throws ImportError.
Conference importDocument(std::string_view text, const ImportLimits& limits = {});

// The checks across fields on their own: dates within the record's years,
// ends after starts, nothing listed twice. Throws ImportError.
void checkConsistent(const Conference& c);

} // namespace cpc::interchange
