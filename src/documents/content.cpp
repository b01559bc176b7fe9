#include "documents/content.hpp"

#include "domain/conference.hpp"

namespace cpc::pdf {
namespace {

std::string_view runningName(Variant v) {
    switch (v) {
    case Variant::Full:
        return "Conference record (full)";
    case Variant::Parents:
        return "Conference record (parents' copy)";
    case Variant::Plan:
        return "Outline child protection plan";
    case Variant::Child:
        return "Plan for the child";
    case Variant::Letter:
        return "Decision letter";
    }
    return {};
}

} // namespace

Document content(const Conference& c, const Options& options) {
    Document doc;
    std::vector<std::string> names;
    for (const auto& child : c.children)
        names.push_back(child.name);
    doc.runningTitle = std::string(runningName(options.variant));
    if (!names.empty()) doc.runningTitle += " \u00b7 " + joined(names);
    doc.marking = options.marking;
    doc.produced =
        "Produced " + longDate(dateOf(options.produced)) + ", " + clockTime(options.produced);
    switch (options.variant) {
    case Variant::Full:
        doc.blocks = recordBlocks(c, false);
        break;
    case Variant::Parents:
        doc.blocks = recordBlocks(c, true);
        break;
    case Variant::Plan:
        doc.blocks = planBlocks(c);
        break;
    case Variant::Child:
        doc.blocks = childBlocks(c);
        break;
    case Variant::Letter:
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
