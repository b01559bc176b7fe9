#include "documents/content.hpp"

#include "domain/child_words.hpp"
#include "domain/conference.hpp"
#include "domain/documents.hpp"

namespace cpc::pdf {
namespace {

// The children as the running header names them: "Zoë, Kacper and Lena
// Nowak" when they share a surname, their full names otherwise.
std::string runningChildren(const Conference& c) {
    std::vector<std::string> firsts, full;
    std::string surname;
    bool shared = true;
    for (const auto& child : c.children) {
        const std::string name = trimmed(child.name);
        full.push_back(name);
        const auto space = name.rfind(' ');
        if (space == std::string::npos) {
            shared = false;
            continue;
        }
        const std::string last = name.substr(space + 1);
        if (surname.empty()) surname = last;
        shared = shared && last == surname;
        firsts.push_back(name.substr(0, space));
    }
    if (c.children.size() < 2 || !shared) return joinWithAnd(full);
    return joinWithAnd(firsts) + " " + surname;
}

} // namespace

Document content(const Conference& c, const Options& options) {
    Document doc;
    // What the document is, whose, and who issued it; the line is cut at the
    // page's width, so the organisation, longest and least needed, comes last.
    // The child's plan is the child's: their own names are theirs to know.
    doc.runningTitle = std::string(factsOf(options.document).title);
    if (!c.children.empty() && options.document != DocumentKind::Child)
        doc.runningTitle += " \u00b7 " + runningChildren(c);
    // The child's plan names no procedure, even in small type: an organisation
    // called "Safeguarding ..." stays off its pages.
    const std::string organisation = trimmed(c.settings.organisation);
    if (!organisation.empty() &&
        (options.document != DocumentKind::Child || readability(organisation).jargon.empty()))
        doc.runningTitle += " \u00b7 " + organisation;
    // The caller's marking when it chose one; else the area's, as the conference holds it.
    const bool chosen = options.marking != Options{}.marking;
    doc.marking = chosen || trimmed(c.settings.marking).empty() ? options.marking
                                                                : trimmed(c.settings.marking);
    doc.produced =
        "Produced " + longDate(dateOf(options.produced)) + ", " + clockTime(options.produced);
    // Every word of the child's plan at a size they can read, and none of
    // the adults' filing words below it.
    if (options.document == DocumentKind::Child) {
        doc.produced.clear();
        doc.smallestType = easyReadSmallestType;
    }
    switch (options.document) {
    case DocumentKind::Full:
        doc.blocks = recordBlocks(c, false);
        break;
    case DocumentKind::Parents:
        doc.blocks = recordBlocks(c, true);
        break;
    case DocumentKind::Plan:
        doc.blocks = planBlocks(c);
        break;
    case DocumentKind::Child:
        doc.blocks = childBlocks(c);
        break;
    case DocumentKind::Letter:
        doc.blocks = letterBlocks(c, dateOf(options.produced));
        break;
    }
    return doc;
}

Table titleFields(const Conference& c) {
    std::string children;
    for (const auto& child : c.children)
        children += (children.empty() ? "" : "\n") + childWithBirth(child);
    std::vector<std::pair<std::string, std::string>> rows{
        {c.children.size() == 1 ? "Child" : "Children", children},
        {"Conference", kindTitle(c.details.kind)},
        {"Date", whenText(c)}};
    if (!c.details.venue.empty()) rows.emplace_back("Venue", c.details.venue);
    const Participant* ch = chair(c);
    rows.emplace_back("Chair", ch ? nameAndAgency(c, ch->id) : "Not recorded");
    Table t = fields(rows);
    t.spaceAfter = 4;
    return t;
}

void addOrganisation(std::vector<Block>& out, const Conference& c) {
    const std::string organisation = trimmed(c.settings.organisation);
    if (organisation.empty()) return;
    Paragraph p = paragraph(organisation, 11, Face::Bold);
    p.spans.front().colour = colours::accent;
    out.push_back(std::move(p));
}

Heading heading(std::string text, int level) {
    return {std::move(text), level};
}

Paragraph paragraph(std::string text, double size, Face face) {
    return paragraph(std::vector<Span>{{std::move(text), face, colours::text}}, size);
}

Paragraph paragraph(std::vector<Span> spans, double size) {
    Paragraph p;
    p.spans = std::move(spans);
    p.size = size;
    p.spaceAfter = size * 0.6;
    return p;
}

Paragraph muted(std::string text, double size) {
    return paragraph(std::vector<Span>{{std::move(text), Face::Regular, colours::muted}}, size);
}

Paragraph intro(std::string text) {
    Paragraph p = muted(std::move(text));
    p.keepWithNext = true;
    return p;
}

Cell personCell(const Conference& c, const std::optional<Id>& id) {
    if (!id) return {{"Not recorded", Face::Regular, colours::muted}};
    const Participant* p = findParticipant(c, *id);
    if (!p) return cell(*id);
    Cell out{{p->name, Face::Regular, colours::text}};
    if (!p->agency.empty()) out.push_back({"\n" + p->agency, Face::Regular, colours::muted});
    return out;
}

Paragraph bullet(std::vector<Span> spans, double size) {
    Paragraph p = paragraph(std::move(spans), size);
    p.indent = size * 1.4;
    p.marker = "\u2022";
    p.spaceAfter = size * 0.35;
    return p;
}

Cell cell(std::string text, Face face) {
    return {{std::move(text), face, colours::text}};
}

Table fields(const std::vector<std::pair<std::string, std::string>>& rows, double size) {
    Table t;
    t.widths = {0.26, 0.74};
    t.ruled = false;
    t.size = size;
    for (const auto& [label, value] : rows)
        t.rows.push_back({cell(label, Face::Bold), cell(value)});
    return t;
}

Table table(std::vector<double> widths, std::vector<std::string> header,
            std::vector<std::vector<Cell>> rows, double size) {
    Table t;
    t.widths = std::move(widths);
    for (auto& h : header)
        t.header.push_back(cell(std::move(h), Face::Bold));
    t.rows = std::move(rows);
    t.size = size;
    return t;
}

} // namespace cpc::pdf
