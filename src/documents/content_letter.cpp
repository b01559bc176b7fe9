// The decision letter the chair sends the same day: one to each parent and
// carer invited, at their own address, each saying what was decided and why,
// their own view as recorded, the outline plan, and how to complain.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"

#include <algorithm>

namespace cpc::pdf {
namespace {

std::string decisionSentence(const Child& child, const Decision* d) {
    if (!d || !d->outcome) return "No decision has been recorded yet for " + child.name + ".";
    return cpc::decisionSentence(*d, child.name);
}

// The children's first names, or their full names when two share one.
std::string childrenNamed(const Conference& c) {
    std::vector<std::string> ids;
    for (const auto& child : c.children)
        ids.push_back(child.id);
    return childrenShort(c, ids, "the children");
}

// This person's own view of each decision, the children with the same view
// together; a view "of the parents together" (files from before each parent
// had their own) stands for theirs when they have none.
void appendOwnView(std::vector<Block>& out, const Conference& c, const Participant* to) {
    const ParentViews groups = viewsByChildren(c, to ? to->id : Id{}, true);
    out.push_back(heading("Your view", 1));
    if (groups.empty()) {
        out.push_back(paragraph("Your view of the decision was not recorded at the conference. "
                                "If you want it added to the record, please tell me or your "
                                "social worker."));
        return;
    }
    for (const auto& [v, children] : groups) {
        const bool together = v.participant.empty();
        std::string about = "the decision about " + joinWithAnd(children);
        // "Recorded", not "told": a parent who sent apologies gave their view
        // before the meeting, by phone or in writing.
        const std::string who = together ? "the parents agree" : "you agree";
        std::string said =
            !v.agrees ? "It is not recorded whether " + who + " with " + about + "."
            : *v.agrees
                ? "The conference recorded that " + who + " with " + about + "."
                : "The conference recorded that " +
                      std::string(together ? "the parents do not agree" : "you do not agree") +
                      " with " + about + ".";
        out.push_back(paragraph(said));
        if (!trimmed(v.text).empty()) {
            Paragraph words = paragraph(
                {{together ? "The parents' words, as recorded: " : "Your words, as recorded: ",
                  Face::Bold, colours::text},
                 {trimmed(v.text), Face::Regular, colours::text}});
            words.indent = 14;
            out.push_back(words);
        }
        // Someone who was not in the room was told some other way: say only that they were.
        const bool there = !to || to->attendance == Attendance::Attended;
        if (v.complaintProcessExplained)
            out.push_back(paragraph(there ? "At the conference I explained your right to "
                                            "complain, and how. It is written below as well."
                                          : "Your right to complain, and how, has been explained "
                                            "to you. It is written below as well."));
    }
}

// One parent's or carer's letter; `to` empty: to whoever has parental responsibility.
void appendLetter(std::vector<Block>& out, const Conference& c, Date written,
                  const Participant* to) {
    const Participant* ch = chair(c);

    const std::string from = !trimmed(c.settings.organisation).empty()
                                 ? trimmed(c.settings.organisation)
                                 : (ch ? ch->agency : std::string());
    if (!from.empty()) {
        Paragraph head = paragraph(from, 13, Face::Bold);
        head.spans.front().colour = colours::accent;
        head.spaceAfter = 2;
        out.push_back(head);
    }
    if (ch)
        out.push_back(muted("From " + ch->name + ", chair of the conference" +
                            (ch->agency.empty() || ch->agency == from ? "" : ", " + ch->agency)));
    out.push_back(Spacer{14});

    // Each letter carries its own reader's address only: separated parents do
    // not learn each other's address from it.
    if (to) {
        const Adult* home = adultOf(c, *to);
        const std::string address = home ? trimmed(home->address) : std::string();
        std::vector<Span> block{{trimmed(to->name), Face::Regular, colours::text}};
        if (address.empty())
            block.push_back({"\nAddress not recorded", Face::Regular, colours::warning});
        else
            block.push_back({"\n" + address, Face::Regular, colours::text});
        out.push_back(paragraph(block));
        out.push_back(Spacer{6});
    }
    out.push_back(paragraph(formatLongDate(written)));
    out.push_back(Spacer{6});
    out.push_back(
        paragraph("Dear " + (to ? trimmed(to->name) : std::string("parent or carer")) + ","));
    std::string kind = kindTitle(c.details.kind);
    kind[0] = static_cast<char>(kind[0] - 'A' + 'a');
    Heading subject = heading("Decision of the " + kind, 0);
    subject.size = 15;
    out.push_back(subject);
    out.push_back(titleFields(c));

    out.push_back(
        paragraph("I chaired the conference about " + childrenNamed(c) + " on " +
                  longDate(conferenceDate(c)) +
                  ". I am writing to tell you what was decided, why, and what happens "
                  "next. A copy of the record of the conference will be sent to you within " +
                  timescaleRule(c, Timescale::Record) + "."));
    if (to && !trimmed(to->language).empty())
        out.push_back(paragraph("If you would like this letter explained in " +
                                    trimmed(to->language) +
                                    ", please ask your social worker. An interpreter will go "
                                    "through it with you.",
                                10, Face::Bold));

    out.push_back(heading("What was decided, and why", 1));
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        out.push_back(heading(child.name, 2));
        out.push_back(paragraph(decisionSentence(child, d)));
        if (d && !d->reasons.empty()) out.push_back(paragraph(d->reasons));
        if (d) appendMultipleCategories(out, *d, 3);
    }

    appendOwnView(out, c, to);

    out.push_back(heading("The outline plan", 1));
    // Someone excluded from the meeting heard none of it: the plan (who does
    // what to keep whom safe, where the children go) is explained to them in
    // person, by a social worker who can judge what they may know.
    if (to && to->attendance == Attendance::Excluded) {
        out.push_back(paragraph("You were not at the conference, so your social worker will "
                                "meet you to explain the plan and what it means for you."));
    } else {
        out.push_back(paragraph("This is what the conference agreed needs to happen. The key "
                                "worker will go through it with you, and the core group will "
                                "turn it into a detailed plan at its first meeting."));
        appendOutlinePlan(out, c, Audience::family(), 2, false);
    }

    out.push_back(heading("If you are unhappy with the decision", 1));
    out.push_back(paragraph(
        "If you disagree with the decision, or with how the conference was run, please tell me or "
        "your social worker first: many concerns can be put right this way. Either of us can give "
        "you the complaints leaflet, which explains how to complain under the local authority's "
        "complaints procedure, who will look at your complaint and how long each step takes. A "
        "friend, an advocate or a solicitor can help you make a complaint. Making a complaint will "
        "not change the help offered to the children."));
    // The last paragraph, the greeting and the name stay together: a
    // signature never stands alone on a page.
    auto kept = [&](Paragraph p) {
        p.keepWithNext = true;
        out.push_back(std::move(p));
    };
    // The area's own contact, in its own words: a number to ring, not only a leaflet to ask for.
    const std::string contact = trimmed(c.settings.complaintsContact);
    if (!contact.empty())
        kept(paragraph({{"To make a complaint, contact: ", Face::Bold, colours::text},
                        {contact, Face::Regular, colours::text}}));
    else
        kept(paragraph("Your social worker can give you the complaints team's phone number and "
                       "address."));
    out.push_back(Spacer{8});
    kept(paragraph("Yours sincerely,"));
    out.push_back(Spacer{18});
    if (ch) {
        kept(paragraph(ch->name, 10, Face::Bold));
        out.push_back(muted("Chair of the conference" +
                            (ch->agency.empty() ? std::string() : ", " + ch->agency)));
    }
}

} // namespace

// A letter to each parent and carer invited, each starting a page of its own.
std::vector<Block> letterBlocks(const Conference& c, Date written) {
    std::vector<Block> out;
    std::vector<const Participant*> to = parentsAndCarers(c);
    if (to.empty()) to.push_back(nullptr);
    for (std::size_t i = 0; i < to.size(); ++i) {
        if (i > 0) out.emplace_back(std::in_place_type<PageBreak>);
        appendLetter(out, c, written, to[i]);
    }
    return out;
}

} // namespace cpc::pdf
