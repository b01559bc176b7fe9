#include "ui/projector/projector_content.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/taking_part.hpp"
#include "ui/projector/projector_decision.hpp"
#include "ui/projector/projector_plan.hpp"

#include <algorithm>

namespace cpc::ui::projector {

Paragraph muted(std::string text) {
    return {std::move(text), Face::Body, -1, Tone::Muted};
}

// Everyone on one side of the table would have the same word for "agency"
// otherwise: family and supporters have a relationship there ("Family
// (mother)", "Friend of Danielle"), not an organisation.
std::string personLabel(const Participant& p, NameStyle names) {
    return names == NameStyle::Role ? std::string(label(p.role)) : p.name;
}

// Paragraphs of what the chair typed, one block each, so pages can break
// between them; the heading stays with the first.
void appendParagraphs(std::vector<Block>& out, const std::string& heading,
                      const std::string& text) {
    bool first = true;
    std::size_t begin = 0;
    while (begin <= text.size()) {
        auto end = std::min(text.find('\n', begin), text.size());
        std::string para = text.substr(begin, end - begin);
        if (para.find_first_not_of(" \t\r") != std::string::npos) {
            Block b;
            if (first && !heading.empty()) b.paragraphs.push_back({heading, Face::Bold});
            b.paragraphs.push_back({std::move(para)});
            out.push_back(std::move(b));
            first = false;
        }
        begin = end + 1;
    }
}

namespace {

Screen board(const Conference& c, NameStyle names, const Audience& room) {
    Spec spec;
    for (Column col : {Column::Worried, Column::WorkingWell, Column::NeedsToHappen}) {
        ColumnContent& out = spec.columns.emplace_back();
        // A step up from the items, so the question reads as the column's title.
        out.heading.push_back({std::string(label(col)), Face::Bold, 1});
        out.band = true;
        for (const Item* item : shownItems(c, col, room)) {
            Block b;
            // Tags (fact, allegation...) stay on the chair's screen: on the wall
            // they add a word per item to read and can sound like a verdict.
            b.paragraphs.push_back({item->text});
            if (auto who = attribution(c, *item, names); !who.empty())
                b.paragraphs.push_back(muted(std::move(who)));
            out.blocks.push_back(std::move(b));
        }
    }
    return {{std::move(spec)}, true, false};
}

Screen introductions(const Conference& c, const Audience& room) {
    std::vector<Block> people;
    std::vector<std::string> apologies;
    for (const Participant& p : c.participants) {
        if (p.attendance == Attendance::Apologies)
            apologies.push_back(p.name + " (" + std::string(label(p.role)) + ")");
        // Exclusions and their reasons are the chair's business, not the wall's;
        // someone asked to step out is not here.
        if (!isInRoom(p, room)) continue;
        std::string role = roleWords(p);
        // Those on a call are here too; the room should know who is listening.
        if (auto how = presentHow(p, room.now); how && *how != PresenceMode::Room)
            role += ", " + howWords(*how);
        people.push_back({{{p.name}, muted(std::move(role))}});
    }
    Spec base;
    base.top.push_back({"Who is here", Face::Bold, 1});
    if (!apologies.empty())
        base.bottom.push_back(muted("Sent apologies: " + joinWithAnd(apologies)));

    // One column while it fits; two or three when that keeps the text larger
    // or saves a page (a big conference has twenty people round the table).
    Screen screen;
    for (std::size_t n = 1; n <= 3; ++n) {
        Spec spec = base;
        std::size_t per = (people.size() + n - 1) / n;
        for (std::size_t col = 0; col < n; ++col) {
            std::size_t from = std::min(col * per, people.size());
            std::size_t to = std::min(from + per, people.size());
            spec.columns.push_back({{},
                                    false,
                                    {people.begin() + static_cast<std::ptrdiff_t>(from),
                                     people.begin() + static_cast<std::ptrdiff_t>(to)}});
        }
        screen.choices.push_back(std::move(spec));
    }
    return screen;
}

std::string titleOf(const Conference& c) {
    return c.details.title.empty() ? std::string(label(c.details.kind)) : c.details.title;
}

Screen purpose(const Conference& c) {
    Spec spec;
    spec.top.push_back({titleOf(c), Face::Bold, 1});
    if (!c.details.title.empty()) spec.top.push_back(muted(std::string(label(c.details.kind))));
    ColumnContent& col = spec.columns.emplace_back();
    col.heading.push_back({"Why we are meeting", Face::Bold});
    // One block per paragraph the chair wrote, so pages break between them.
    std::size_t begin = 0;
    const std::string& text = c.details.purpose;
    while (begin <= text.size()) {
        auto end = std::min(text.find('\n', begin), text.size());
        std::string para = text.substr(begin, end - begin);
        if (para.find_first_not_of(" \t\r") != std::string::npos)
            col.blocks.push_back({{{std::move(para)}}});
        begin = end + 1;
    }
    return {{std::move(spec)}, false, false};
}

} // namespace

std::vector<std::string> allChildren(const Conference& c) {
    std::vector<std::string> out;
    for (const Child& child : c.children)
        out.push_back(firstName(child.name));
    return out;
}

Screen titleScreen(const Conference& c) {
    ColumnContent col;
    col.blocks.push_back({{{titleOf(c), Face::Bold, 1}}});
    if (auto kids = allChildren(c); !kids.empty()) col.blocks.push_back({{{joinWithAnd(kids)}}});
    auto when = c.details.scheduledStart ? c.details.scheduledStart : c.meeting.started;
    if (when) col.blocks.push_back({{muted(formatLongDate(dateOf(*when)))}});
    Spec spec;
    spec.columns.push_back(std::move(col));
    return {{std::move(spec)}, false, true};
}

std::vector<const Item*> shownItems(const Conference& c, Column column, const Audience& room) {
    std::vector<const Item*> out;
    for (const Item* item : itemsIn(c, column))
        if (mayShow(c, *item, room)) out.push_back(item);
    return out;
}

std::string firstNames(const Conference& c, const std::vector<Id>& children) {
    std::vector<std::string> names;
    for (const Id& id : children)
        if (const Child* child = findChild(c, id)) names.push_back(firstName(child->name));
    return joinWithAnd(names);
}

std::string attribution(const Conference& c, const Item& item, NameStyle names) {
    std::string who;
    if (item.source)
        if (const Participant* p = findParticipant(c, *item.source))
            who = names == NameStyle::Role ? std::string(label(p->role)) : p->name;
    // With one child, or an item about every child, "about" says nothing new.
    std::string about;
    bool allOfThem = std::all_of(c.children.begin(), c.children.end(), [&](const Child& ch) {
        return std::find(item.children.begin(), item.children.end(), ch.id) != item.children.end();
    });
    if (c.children.size() > 1 && !item.children.empty() && !allOfThem)
        about = firstNames(c, item.children);
    if (who.empty() && about.empty()) return {};
    if (who.empty()) return "About " + about;
    return "\u2014 " + who + (about.empty() ? "" : ", about " + about);
}

Screen screenFor(const Conference& c, Phase phase, NameStyle names, DateTime now,
                 const std::optional<Id>& decisionChild) {
    const Audience room = Audience::room(now);
    switch (phase) {
    case Phase::Information:
        return board(c, names, room);
    case Phase::Introductions:
        return introductions(c, room);
    case Phase::Purpose:
        return purpose(c);
    case Phase::Decision:
        return decisionScreen(c, decisionChild, room);
    case Phase::Plan:
        return planScreen(c, names, room);
    default:
        // Prepare and Close have nothing for the room but where they are; a
        // scaling round has a picture of its own (projector_scaling), and
        // before there is one, this calm title.
        return titleScreen(c);
    }
}

} // namespace cpc::ui::projector
