// The catalogue of documents: each kind once, with its own token, name,
// title and words, in the order the Close phase lists them.
#include "domain/documents.hpp"
#include "domain/names.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using namespace cpc;

TEST_CASE("every document is in the catalogue once, with its own words", "[documents]") {
    std::set<std::string> tokens, labels, titles, sentences;
    for (const auto& d : documents()) {
        tokens.emplace(token(d.kind));
        labels.emplace(label(d.kind));
        titles.emplace(d.title);
        sentences.emplace(d.inSentence);
        CHECK(&factsOf(d.kind) == &d);
        CHECK_FALSE(d.forWhom.empty());
        CHECK(std::string(d.inSentence).starts_with("the "));
    }
    const auto n = names<DocumentKind>().size();
    CHECK(documents().size() == n);
    CHECK(tokens.size() == n);
    CHECK(labels.size() == n);
    CHECK(titles.size() == n);
    CHECK(sentences.size() == n);
    // The tokens are the contract's (INTERCHANGE.md): the command line and the JSON.
    CHECK(tokens == std::set<std::string>{"full", "parents", "plan", "child", "letter"});
    CHECK(allDocuments() == std::vector<DocumentKind>{DocumentKind::Plan, DocumentKind::Parents,
                                                      DocumentKind::Full, DocumentKind::Child,
                                                      DocumentKind::Letter});
    CHECK(fromToken<DocumentKind>("letter") == DocumentKind::Letter);
    CHECK_FALSE(fromToken<DocumentKind>("minutes"));
}

TEST_CASE("the child's plan is called what the child would call it", "[documents]") {
    CHECK(factsOf(DocumentKind::Child).title == "Your plan");
    CHECK(label(DocumentKind::Child) == "Child's plan");
}
