// The outline plan: a document of its own (sent within one working day), and
// a part of the record and of the decision letter.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"

namespace cpc::pdf {
namespace {

void appendText(std::vector<Block>& out, const std::string& title, const std::string& text,
                int level, bool sayMissing) {
    if (text.empty() && !sayMissing) return;
    out.push_back(heading(title, level));
    out.push_back(paragraph(text.empty() ? "Not recorded." : text));
}

// A date the chair left empty is the latest the timescales allow: say so.
std::string planDate(const std::optional<Date>& set, const std::optional<Date>& computed) {
    if (set) return longDate(set);
    if (computed) return "By " + longDate(computed) + " (the latest date the timescales allow)";
    return "Not set";
}

std::vector<const Action*> shownActions(const Conference& c, const Audience& reader) {
    std::vector<const Action*> out;
    for (const auto& a : c.plan.actions)
        if (mayShow(c, a, reader)) out.push_back(&a);
    return out;
}

Table actionsTable(const Conference& c, const std::vector<const Action*>& actions,
                   const Audience& reader) {
    bool perChild = c.children.size() > 1;
    bool progress = false;
    for (const Action* a : actions)
        progress = progress || a->progress.has_value();
    std::vector<double> widths{0.045, 0.465, 0.25, 0.14};
    std::vector<std::string> header{"", "What needs to happen, and what it is for", "Who",
                                    "By when"};
    if (perChild) {
        widths.push_back(0.1);
        header.emplace_back("For");
    }
    if (progress) {
        widths.push_back(0.11);
        header.emplace_back("Progress");
    }
    std::vector<std::vector<Cell>> rows;
    int n = 0;
    for (const Action* action : actions) {
        const Action& a = *action;
        Cell who = findParticipant(c, a.who) ? personCell(c, a.who) : cell(actionOwner(c, a.who));
        Cell what = cell(a.what);
        // What will be different when it is done (seed 001: every action sets
        // out its expected outcome); only the full record says it is missing.
        const std::string outcome = trimmed(a.outcome);
        if (!outcome.empty()) {
            what.push_back({"\nSo that: ", Face::Bold, colours::text});
            what.push_back({outcome, Face::Regular, colours::text});
        } else if (reader.reader == Reader::Professionals) {
            what.push_back({"\nSo that: ", Face::Bold, colours::muted});
            what.push_back({"Not recorded", Face::Regular, colours::warning});
        }
        if (reader.reader == Reader::Professionals) noteWithheld(what, withheld(c, a));
        std::vector<Cell> row{cell(std::to_string(++n)), what, who,
                              a.by ? cell(shortDate(a.by))
                                   : Cell{{"No date set", Face::Regular, colours::warning}}};
        if (perChild) row.push_back(cell(childrenShort(c, a.children)));
        if (progress) row.push_back(cell(a.progress ? std::string(label(*a.progress)) : ""));
        rows.push_back(std::move(row));
    }
    return table(widths, header, rows);
}

} // namespace

void appendOutlinePlan(std::vector<Block>& out, const Conference& c, const Audience& reader,
                       int level, bool sayMissing) {
    const PlanDetails& set = c.plan.details;
    const PlanDetails dates = withComputedDates(c);

    out.push_back(heading("What needs to happen: actions", level));
    const auto actions = shownActions(c, reader);
    if (actions.empty())
        out.push_back(paragraph("No actions have been recorded."));
    else
        out.push_back(actionsTable(c, actions, reader));

    appendText(out, "Keeping the children safe in the meantime", set.keepingSafe, level,
               sayMissing);
    appendText(out, "Contingency: if things do not go to plan", set.contingency, level, sayMissing);

    out.push_back(heading("Key worker (lead social worker)", level));
    if (set.keyWorker) {
        const Participant* kw = findParticipant(c, *set.keyWorker);
        std::vector<Span> spans{{personName(c, *set.keyWorker), Face::Bold, colours::text}};
        if (kw) {
            std::string rest = ", " + std::string(label(kw->role));
            if (!kw->agency.empty()) rest += ", " + kw->agency;
            spans.push_back({rest, Face::Regular, colours::text});
        }
        out.push_back(paragraph(spans));
    } else {
        out.push_back(paragraph("Not yet named."));
    }

    out.push_back(heading("Core group", level));
    if (set.coreGroup.empty()) {
        out.push_back(paragraph("No members have been named yet."));
    } else {
        std::vector<std::vector<Cell>> rows;
        for (const auto& id : set.coreGroup) {
            const Participant* p = findParticipant(c, id);
            rows.push_back({cell(p ? p->name : id), cell(p ? std::string(label(p->role)) : ""),
                            cell(p ? p->agency : "")});
        }
        out.push_back(table({0.32, 0.26, 0.42}, {"Name", "Role", "Agency"}, rows));
    }

    out.push_back(heading("Dates", level));
    std::vector<std::pair<std::string, std::string>> rows;
    if (planInForce(c)) {
        rows.emplace_back("First core group meeting",
                          planDate(set.firstCoreGroup, dates.firstCoreGroup));
        rows.emplace_back("Core group meeting before the review",
                          planDate(set.coreGroupBeforeReview, dates.coreGroupBeforeReview));
        rows.emplace_back("Review conference",
                          planDate(set.reviewConference, dates.reviewConference));
    }
    if (set.firstCinReview)
        rows.emplace_back("First Child in Need review", longDate(set.firstCinReview));
    if (!set.cinMeetingFrequency.empty())
        rows.emplace_back("Child in Need meetings", set.cinMeetingFrequency);
    if (rows.empty())
        out.push_back(paragraph("No child is subject to a plan, so no review conference is set."));
    else {
        Table t = fields(rows);
        t.widths = {0.36, 0.64};
        out.push_back(t);
    }
}

std::vector<Block> planBlocks(const Conference& c) {
    std::vector<Block> out;
    addOrganisation(out, c);
    out.push_back(heading(std::string(planTitle(conferencePlan(c))), 0));
    out.push_back(muted("Agreed at the conference on " + longDate(conferenceDate(c)) +
                        ". It goes to the parents and to every professional involved within " +
                        timescaleRule(c, Timescale::PlanToParents) + "; the full record follows."));
    out.push_back(titleFields(c));

    out.push_back(heading("Decisions", 1));
    std::vector<std::vector<Cell>> rows;
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        std::string category = d && !d->categories.empty() ? categoriesText(d->categories) : "";
        rows.push_back({{{child.name, Face::Bold, colours::text},
                         {child.dateOfBirth ? "\nborn " + mediumDate(child.dateOfBirth) : "",
                          Face::Regular, colours::muted}},
                        cell(outcomeWords(d)),
                        cell(category)});
    }
    out.push_back(table({0.34, 0.38, 0.28}, {"Child", "Decision", "Category"}, rows));

    appendOutlinePlan(out, c, Audience::family(), 1, false);
    return out;
}

} // namespace cpc::pdf
