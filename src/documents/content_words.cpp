// Names, dates and filters shared by every document, so that they all say a
// thing the same way.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace cpc::pdf {

void noteWithheld(Cell& out, Withheld why) {
    if (why == Withheld::Confidential)
        out.push_back({"\nConfidential: not in the family's copies", Face::Bold, colours::warning});
    else if (why == Withheld::SaidWhileOut)
        out.push_back({"\nSaid while a family member was out of the room: not in the family's "
                       "copies",
                       Face::Bold, colours::warning});
}

std::string personName(const Conference& c, const Id& participant) {
    const Participant* p = findParticipant(c, participant);
    return p ? p->name : participant;
}

std::string nameAndAgency(const Conference& c, const Id& participant) {
    const Participant* p = findParticipant(c, participant);
    if (!p) return participant;
    return p->agency.empty() ? p->name : p->name + ", " + p->agency;
}

std::string actionOwner(const Conference& c, const std::string& who, bool withAgency) {
    if (who.empty()) return "Not set";
    if (!findParticipant(c, who)) return who;
    return withAgency ? nameAndAgency(c, who) : personName(c, who);
}

std::string childName(const Conference& c, const Id& child) {
    const Child* ch = findChild(c, child);
    return ch ? ch->name : child;
}

std::string childrenText(const Conference& c, const std::vector<Id>& children,
                         std::string_view all) {
    if (children.empty()) return std::string(all);
    std::vector<std::string> names;
    for (const auto& id : children)
        names.push_back(childName(c, id));
    return joinWithAnd(names);
}

std::string childrenShort(const Conference& c, const std::vector<Id>& children,
                          std::string_view all) {
    if (children.empty()) return std::string(all);
    for (const auto& a : c.children)
        for (const auto& b : c.children)
            if (&a != &b && firstName(a.name) == firstName(b.name))
                return childrenText(c, children, all);
    std::vector<std::string> names;
    for (const auto& id : children)
        names.push_back(firstName(childName(c, id)));
    return joinWithAnd(names);
}

std::string childWithBirth(const Child& child) {
    if (!child.dateOfBirth) return child.name;
    return child.name + ", born " + mediumDate(child.dateOfBirth);
}

std::string longDate(const std::optional<Date>& d, std::string_view missing) {
    return d ? formatLongDate(*d) : std::string(missing);
}

std::string mediumDate(const std::optional<Date>& d, std::string_view missing) {
    return d ? formatMediumDate(*d) : std::string(missing);
}

std::string shortDate(const std::optional<Date>& d, std::string_view missing) {
    return d ? formatShortDate(*d) : std::string(missing);
}

std::string clockTime(DateTime t) {
    return formatClock(t);
}

std::string categoriesText(const std::vector<Category>& categories) {
    std::vector<std::string> words;
    for (auto cat : categories)
        words.emplace_back(label(cat));
    return words.empty() ? "None" : joinWithAnd(words);
}

std::string kindTitle(Kind kind) {
    switch (kind) {
    case Kind::Initial:
        return "Initial child protection conference";
    case Kind::Review:
        return "Review child protection conference";
    case Kind::Transfer:
        return "Transfer-in child protection conference";
    }
    return "Child protection conference";
}

const Participant* chair(const Conference& c) {
    for (const auto& p : c.participants)
        if (p.role == Role::Chair) return &p;
    return nullptr;
}

std::string whenText(const Conference& c) {
    auto day = conferenceDate(c);
    std::string out = longDate(day);
    auto start = c.details.scheduledStart ? c.details.scheduledStart : c.meeting.started;
    if (start) out += ", " + clockTime(*start);
    return out;
}

std::string_view multipleCategoryAudit() {
    return "Every decision with more than one category is audited: this categorisation is flagged "
           "for audit by the IRO manager.";
}

void appendMultipleCategories(std::vector<Block>& out, const Decision& d, int level) {
    if (d.categories.size() < 2) return;
    const std::string reasons = trimmed(d.multipleCategoryReasons);
    if (reasons.empty()) {
        out.push_back(paragraph("The reasons for more than one category are not recorded."));
    } else {
        out.push_back(heading("Why more than one category", level));
        out.push_back(paragraph(reasons));
    }
    out.push_back(paragraph(std::string(multipleCategoryAudit())));
}

ParentViews viewsByChildren(const Conference& c, const Id& parent, bool orTogether) {
    ParentViews groups;
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        if (!d) continue;
        const ParentsView* v = parentsViewOf(*d, parent);
        if (!v && orTogether) v = parentsViewOf(*d, Id{});
        if (!v) continue;
        auto same = std::find_if(groups.begin(), groups.end(),
                                 [&](const auto& g) { return g.first == *v; });
        if (same == groups.end())
            groups.push_back({*v, {firstName(child.name)}});
        else
            same->second.push_back(firstName(child.name));
    }
    return groups;
}

} // namespace cpc::pdf
