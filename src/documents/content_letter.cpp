// The decision letter the chair sends the parents the same day: what was
// decided and why, the outline plan, and how to complain.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"

namespace cpc::pdf {
namespace {

std::string decisionSentence(const Child& child, const Decision* d) {
    const std::string& name = child.name;
    if (!d || !d->outcome) return "No decision has been recorded yet for " + name + ".";
    std::string category =
        d->categories.empty() ? "" : ", under the category of " + categoriesText(d->categories);
    for (auto& ch : category)
        ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    switch (*d->outcome) {
    case Outcome::Plan:
        return name + " will be subject to a child protection plan" + category + ".";
    case Outcome::ChildInNeed:
        return name + " will not be subject to a child protection plan. The family will be "
                      "supported through a Child in Need plan.";
    case Outcome::NoFurtherAction:
        return name + " will not be subject to a child protection plan, and no further action "
                      "will be taken under child protection procedures.";
    case Outcome::ContinuePlan:
        return name + "'s child protection plan will continue" + category + ".";
    case Outcome::EndPlan:
        return name + "'s child protection plan will end.";
    }
    return {};
}

// One parent's letter; `to` empty: to whoever has parental responsibility.
void appendLetter(std::vector<Block>& out, const Conference& c, Date written,
                  const Participant* to) {
    const Participant* ch = chair(c);

    if (ch && !ch->agency.empty()) {
        Paragraph from = paragraph(ch->agency, 13, Face::Bold);
        from.spans.front().colour = colours::accent;
        from.spaceAfter = 2;
        out.push_back(from);
    }
    if (ch) out.push_back(muted("From " + ch->name + ", chair of the conference"));
    out.push_back(Spacer{14});

    if (to) {
        std::string block = to->name;
        for (const auto& a : c.adults)
            if (a.name == to->name && !a.address.empty()) block += "\n" + a.address;
        out.push_back(paragraph(block));
        out.push_back(Spacer{6});
    }
    out.push_back(paragraph(formatLongDate(written)));
    out.push_back(Spacer{6});
    out.push_back(paragraph("Dear " + (to ? to->name : std::string("parent or carer")) + ","));
    std::string kind = kindTitle(c.details.kind);
    kind[0] = static_cast<char>(kind[0] - 'A' + 'a');
    Heading subject = heading("Decision of the " + kind, 0);
    subject.size = 15;
    out.push_back(subject);
    out.push_back(titleFields(c));

    out.push_back(paragraph(
        "I chaired the conference about your children on " + longDate(conferenceDate(c)) +
        ". I am writing to tell you what was decided, why, and what happens next. The full "
        "record of the conference will be sent to you within " +
        std::to_string(c.settings.recordDueWorkingDays) + " working days."));

    out.push_back(heading("What was decided, and why", 1));
    bool views = false;
    for (const auto& child : c.children) {
        const Decision* d = findDecision(c, child.id);
        out.push_back(heading(child.name, 2));
        out.push_back(paragraph(decisionSentence(child, d)));
        if (d && !d->reasons.empty()) out.push_back(paragraph(d->reasons));
        views = views || (d && (d->parentsView.agrees || !d->parentsView.text.empty()));
    }
    // Written to each parent alike: one may agree where the other does not.
    if (views)
        out.push_back(paragraph("The parents' views about the decision are written in the "
                                "record of the conference."));

    out.push_back(heading("The outline plan", 1));
    out.push_back(paragraph("This is what the conference agreed needs to happen. The key worker "
                            "will go through it with you, and the core group will turn it into "
                            "a detailed plan at its first meeting."));
    appendOutlinePlan(out, c, Audience::family(), 2, false);

    out.push_back(heading("If you are unhappy with the decision", 1));
    // The last paragraph, the greeting and the name stay together: a
    // signature never stands alone on a page.
    auto kept = [&](Paragraph p) {
        p.keepWithNext = true;
        out.push_back(std::move(p));
    };
    kept(paragraph(
        "If you disagree with the decision, or with how the conference was run, please tell me or "
        "your social worker first: many concerns can be put right this way. Either of us can give "
        "you the complaints leaflet, which explains how to complain under the local authority's "
        "complaints procedure, who will look at your complaint and how long each step takes. A "
        "friend, an advocate or a solicitor can help you make a complaint. Making a complaint will "
        "not change the help offered to your children."));
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

// A letter to each parent, each on its own pages and showing only its own
// address: separated parents do not learn each other's address from it.
std::vector<Block> letterBlocks(const Conference& c, Date written) {
    std::vector<Block> out;
    std::vector<const Participant*> parents;
    for (const auto& p : c.participants)
        if (p.role == Role::Parent) parents.push_back(&p);
    if (parents.empty()) parents.push_back(nullptr);
    for (std::size_t i = 0; i < parents.size(); ++i) {
        if (i > 0) out.emplace_back(std::in_place_type<PageBreak>);
        appendLetter(out, c, written, parents[i]);
    }
    return out;
}

} // namespace cpc::pdf
