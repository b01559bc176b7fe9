// The conference record (DOMAIN.md, "The record"), every part in the order
// the procedures list them; and the parents' copy, which is the same record
// with what the family may not read left out.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/disclosure.hpp"
#include "domain/taking_part.hpp"
#include "domain/rules.hpp"

#include <algorithm>
#include <array>

namespace cpc::pdf {
namespace {

// The item's words, with a note in the full record of why the parents' copy leaves it out.
Cell itemCell(const Conference& c, const Item& item, bool parents) {
    Cell out = cell(item.text);
    if (!parents) noteWithheld(out, withheld(c, item));
    return out;
}

class Record {
  public:
    Record(const Conference& c, bool parents)
        : c_(c), parents_(parents),
          reader_(parents ? Audience::family() : Audience::professionals()) {}

    std::vector<Block> build() {
        title();
        purpose();
        household();
        attendance();
        interpreters();
        reports();
        facts();
        opinions();
        childrensViews();
        parentsViews();
        discussion();
        agencyViews();
        scaling();
        decisions();
        plan();
        nextConference();
        return std::move(out_);
    }

  private:
    void section(const std::string& title) {
        out_.push_back(heading(std::to_string(++section_) + ". " + title, 1));
    }
    void add(Block b) { out_.push_back(std::move(b)); }

    bool shows(const Item& item) const { return mayShow(c_, item, reader_); }

    template <class Keep> std::vector<const Item*> items(Keep keep) const {
        std::vector<const Item*> out;
        for (const auto& i : c_.items)
            if (shows(i) && keep(i)) out.push_back(&i);
        return out;
    }

    void itemTable(const std::vector<const Item*>& items, const std::string& what,
                   const std::string& none) {
        if (items.empty()) {
            add(paragraph(none));
            return;
        }
        std::vector<std::vector<Cell>> rows;
        for (const Item* i : items)
            rows.push_back({itemCell(c_, *i, parents_), personCell(c_, i->source),
                            cell(childrenShort(c_, i->children))});
        add(table({0.6, 0.27, 0.13}, {what, "Said by", "About"}, rows));
    }

    void title() {
        addOrganisation(out_, c_);
        add(heading("Child protection conference record", 0));
        if (!c_.details.title.empty()) add(paragraph(c_.details.title, 12, Face::Bold));
        add(muted(parents_ ? "Parents' copy. Confidential information, reports not shared with "
                             "parents, and what was said while a family member was out of the room "
                             "(unless the chair shared it) are left out."
                           : "Full record. It holds information that must not be shared with the "
                             "family: parents receive the parents' copy."));
        Table t = titleFields(c_);
        for (const auto& p : c_.participants)
            if (p.role == Role::MinuteTaker)
                t.rows.push_back({cell("Minutes", Face::Bold), cell(nameAndAgency(c_, p.id))});
        add(std::move(t));
    }

    void purpose() {
        section("Purpose of the conference");
        add(paragraph(c_.details.purpose.empty() ? "Not recorded." : c_.details.purpose));
    }

    void household() {
        section("The children and the adults in the household");
        std::vector<std::vector<Cell>> rows;
        for (const auto& ch : c_.children)
            rows.push_back({cell(ch.name, Face::Bold), cell(shortDate(ch.dateOfBirth, "Not known")),
                            cell(orMissing(ch.address)), cell("Child")});
        for (const auto& a : c_.adults) {
            Cell relationship = cell(a.relationship);
            if (!trimmed(a.knownAs).empty())
                relationship.push_back({(a.relationship.empty() ? "" : "\n") +
                                            std::string("Known to the children as \u201c") +
                                            trimmed(a.knownAs) + "\u201d",
                                        Face::Regular, colours::muted});
            rows.push_back({cell(a.name), cell(shortDate(a.dateOfBirth, "Not known")),
                            cell(orMissing(a.address)), relationship});
        }
        // A parent or carer at the conference who is not one of the household's
        // adults still has a line: the record names each parent.
        for (const Participant* p : parentsAndCarers(c_)) {
            if (adultOf(c_, *p)) continue;
            std::string relationship(label(p->role));
            if (!p->agency.empty()) relationship += ", " + p->agency;
            rows.push_back(
                {cell(p->name), cell("Not known"), cell("Not recorded"), cell(relationship)});
        }
        add(table({0.2, 0.15, 0.29, 0.36}, {"Name", "Date of birth", "Address", "Relationship"},
                  rows));
    }

    static std::string orMissing(const std::string& text) {
        return trimmed(text).empty() ? "Not recorded" : text;
    }

    void attendance() {
        section("Who was invited, who attended, apologies and exclusions");
        static constexpr std::array order{Attendance::Attended, Attendance::Apologies,
                                          Attendance::DidNotAttend, Attendance::Excluded,
                                          Attendance::Invited};
        static constexpr std::array said{"attended", "sent apologies", "did not attend",
                                         "were excluded",
                                         "were invited but not recorded as "
                                         "attending or not"};
        std::vector<std::string> counts;
        std::vector<std::vector<Cell>> rows;
        for (std::size_t k = 0; k < order.size(); ++k) {
            const Attendance a = order[k];
            int n = 0;
            for (const auto& p : c_.participants) {
                if (p.attendance != a) continue;
                ++n;
                std::string how = a == Attendance::Attended ? tookPartHow(p) : "";
                rows.push_back({cell(p.name), cell(std::string(label(p.role))), cell(p.agency),
                                cell(std::string(label(a)) + (how.empty() ? "" : ", " + how))});
            }
            std::string verb = said[k];
            if (n == 1 && verb.rfind("were ", 0) == 0) verb.replace(0, 4, "was");
            if (n > 0) counts.push_back(std::to_string(n) + " " + verb);
        }
        add(intro(std::to_string(c_.participants.size()) +
                  " people were invited: " + joinWithAnd(counts) + "."));
        const auto& m = c_.meeting;
        if (m.started && m.ended)
            add(intro("The meeting started at " + clockTime(*m.started) + " and ended at " +
                      clockTime(*m.ended) + "."));
        else if (m.started)
            add(intro("The meeting started at " + clockTime(*m.started) +
                      ". Its end is not recorded."));
        else if (m.ended)
            add(intro("The meeting ended at " + clockTime(*m.ended) + "."));
        add(table({0.25, 0.22, 0.35, 0.18}, {"Name", "Role", "Agency", "Attendance"}, rows));

        std::vector<Paragraph> excluded;
        for (const auto& p : c_.participants) {
            if (p.attendance != Attendance::Excluded) continue;
            std::vector<Span> s{{p.name, Face::Bold, colours::text},
                                {", " + std::string(label(p.role)), Face::Regular, colours::text}};
            // The reasons may rest on what the family must not know.
            if (!mayShowReasonsForLeaving(reader_) || p.exclusionReason.empty())
                s.push_back({": excluded from the meeting.", Face::Regular, colours::text});
            else
                s.push_back({". " + p.exclusionReason, Face::Regular, colours::text});
            excluded.push_back(bullet(s));
        }
        if (!excluded.empty()) {
            add(heading("Exclusions", 2));
            for (auto& p : excluded)
                add(std::move(p));
        }

        std::vector<Paragraph> out;
        for (const auto& p : c_.participants)
            for (std::size_t i = 0; i < p.presence.size(); ++i) {
                const Presence& s = p.presence[i];
                if (s.askedToLeave.empty() || !s.to) continue;
                // On a call, "asked to leave" is taken off it or put in the lobby.
                std::string text = (s.mode == PresenceMode::Room
                                        ? " was asked to leave the room at "
                                        : " was taken off the call at ") +
                                   clockTime(*s.to);
                if (i + 1 < p.presence.size())
                    text += " and came back at " + clockTime(p.presence[i + 1].from);
                text += mayShowReasonsForLeaving(reader_) ? ": " + s.askedToLeave : ".";
                out.push_back(bullet(
                    {{p.name, Face::Bold, colours::text}, {text, Face::Regular, colours::text}}));
            }
        if (!out.empty()) {
            add(heading("Asked to leave the room", 2));
            for (auto& p : out)
                add(std::move(p));
        }
        privacyChecks();
    }

    // Whether a parent on a call could speak without being overheard: the
    // professionals' record only (mayShowPrivacyCheck).
    void privacyChecks() {
        if (!mayShowPrivacyCheck(reader_)) return;
        std::vector<Paragraph> checks;
        for (const auto& p : c_.participants) {
            if (!p.privacyCheck) continue;
            const PrivacyCheck& check = *p.privacyCheck;
            std::string text = ", " + std::string(label(p.role)) + ", asked at " +
                               clockTime(check.at) + ": " + privacyAnswerWords(check) + ".";
            if (!trimmed(check.note).empty()) text += " " + trimmed(check.note);
            checks.push_back(bullet(
                {{p.name, Face::Bold, colours::text}, {text, Face::Regular, colours::text}}));
        }
        if (checks.empty()) return;
        add(heading("Privacy checks of those on a call (confidential)", 2));
        for (auto& p : checks)
            add(std::move(p));
    }

    // Who had an interpreter and in which language (seed 000: "A family
    // member should not be expected to act as an interpreter").
    void interpreters() {
        section("Interpreters");
        std::vector<Paragraph> needs, present;
        bool neededInRoom = false, interpreterInRoom = false;
        for (const auto& p : c_.participants) {
            const std::string language = trimmed(p.language);
            if (p.role == Role::Interpreter) {
                std::string text = ", interpreter";
                if (!language.empty()) text += " (" + language + ")";
                if (!p.agency.empty()) text += ", " + p.agency;
                text += ": " + std::string(label(p.attendance)) + ".";
                present.push_back(bullet(
                    {{p.name, Face::Bold, colours::text}, {text, Face::Regular, colours::text}}));
                interpreterInRoom = interpreterInRoom || p.attendance == Attendance::Attended;
                continue;
            }
            if (language.empty()) continue;
            needs.push_back(bullet(
                {{p.name, Face::Bold, colours::text},
                 {", " + std::string(label(p.role)) + ", needs an interpreter in " + language + ".",
                  Face::Regular, colours::text}}));
            neededInRoom = neededInRoom || p.attendance == Attendance::Attended;
        }
        if (needs.empty() && present.empty()) {
            add(paragraph("No one needed an interpreter."));
            return;
        }
        for (auto& p : needs)
            add(std::move(p));
        if (needs.empty()) add(paragraph("No one is recorded as needing an interpreter."));
        for (auto& p : present)
            add(std::move(p));
        if (neededInRoom && !interpreterInRoom)
            add(muted("No interpreter is recorded as attending the meeting."));
    }

    void reports() {
        section("Reports to the conference");
        std::vector<std::vector<Cell>> rows;
        for (const auto& r : c_.reports) {
            if (!mayShow(r, reader_)) continue;
            const Participant* p = findParticipant(c_, r.author);
            const std::string title = trimmed(r.title).empty()
                                          ? "Report by " + (p ? p->name : r.author)
                                          : trimmed(r.title);
            std::vector<Cell> row{cell(title), personCell(c_, r.author),
                                  cell(shortDate(r.received, "Not received")),
                                  cell(shortDate(r.sharedWithParents,
                                                 r.openToParents ? "Not recorded" : "Not shared"))};
            if (!parents_) row.push_back(cell(r.openToParents ? "Yes" : "No"));
            rows.push_back(std::move(row));
        }
        if (rows.empty()) {
            add(paragraph("No written reports were received."));
            return;
        }
        if (parents_)
            add(table({0.34, 0.34, 0.16, 0.16}, {"Report", "By", "Received", "Shared with parents"},
                      rows));
        else
            add(table({0.29, 0.27, 0.15, 0.16, 0.13},
                      {"Report", "By", "Received", "Shared with parents", "Open to parents"},
                      rows));
    }

    void facts() {
        section("The essential facts");
        itemTable(items([](const Item& i) { return i.tag == Tag::Fact; }), "Fact",
                  "No item was recorded as a fact.");
    }

    void opinions() {
        section("Opinions of members");
        add(intro("Recorded as opinions: the view of the person named, not an established fact."));
        itemTable(items([](const Item& i) { return i.tag == Tag::Opinion; }), "Opinion",
                  "No item was recorded as an opinion.");
    }

    bool saidBy(const Item& i, std::initializer_list<Role> roles) const {
        if (!i.source) return false;
        const Participant* p = findParticipant(c_, *i.source);
        return p && std::find(roles.begin(), roles.end(), p->role) != roles.end();
    }

    // The child a participant of the conference is: the child of that name.
    const Child* childSaying(const Item& i) const {
        if (!saidBy(i, {Role::Child})) return nullptr;
        const std::string name = trimmed(personName(c_, *i.source));
        for (const auto& ch : c_.children)
            if (trimmed(ch.name) == name) return &ch;
        return nullptr;
    }

    // "Relayed by Aisha Rahman (Social worker)"
    std::string byWhom(const std::optional<Id>& by) const {
        if (!by || trimmed(*by).empty()) return {};
        const Participant* p = findParticipant(c_, *by);
        if (!p) return trimmed(*by);
        return p->name + " (" + std::string(label(p->role)) + ")";
    }

    std::string howItCame(const ChildView& v) const {
        const std::string by = byWhom(v.by);
        switch (v.how) {
        case ViewHow::InMeeting:
            return "Said in the meeting";
        case ViewHow::Relayed:
            return by.empty() ? "Relayed" : "Relayed by " + by;
        case ViewHow::Written:
            return by.empty() ? "Written" : "Written, passed on by " + by;
        case ViewHow::Recorded:
            return by.empty() ? "Recorded" : "Recorded, passed on by " + by;
        case ViewHow::Advocate:
            return by.empty() ? "Through an advocate" : "Through an advocate, " + by;
        case ViewHow::Observed:
            return by.empty() ? "Observed" : "Observed by " + by;
        }
        return {};
    }

    void boardWords(const std::vector<const Item*>& said) {
        for (const Item* i : said) {
            Paragraph p =
                paragraph({{"On the board, under \u201c" + std::string(label(i->column)) + "\u201d",
                            Face::Bold, colours::text},
                           {"\n" + i->text, Face::Regular, colours::text}});
            if (!parents_) noteWithheld(p.spans, withheld(c_, *i));
            add(std::move(p));
        }
    }

    // The views of the child (seed 000), whether or not the child attended:
    // said in the meeting, relayed, written, recorded, through an advocate or
    // observed; and what the child said on the board.
    void childrensViews() {
        section("Views of the child");
        for (const auto& child : c_.children) {
            add(heading(child.name, 2));
            int shown = 0;
            for (const ChildView& view : child.views) {
                if (!mayShow(c_, view, reader_)) continue;
                ++shown;
                Paragraph p = paragraph({{howItCame(view), Face::Bold, colours::text},
                                         {"\n" + view.text, Face::Regular, colours::text}});
                if (!parents_) noteWithheld(p.spans, withheld(c_, view));
                add(std::move(p));
            }
            const auto said = items([&](const Item& i) { return childSaying(i) == &child; });
            shown += static_cast<int>(said.size());
            boardWords(said);
            if (shown == 0)
                add(paragraph("No views of " + firstName(child.name) +
                              (parents_ ? " are recorded in this copy." : " are recorded.")));
        }
        // Said by a child at the conference who is none of the children named.
        const auto others = items(
            [&](const Item& i) { return saidBy(i, {Role::Child}) && childSaying(i) == nullptr; });
        if (!others.empty()) {
            add(heading("Other children and young people", 2));
            itemTable(others, "What was said", "");
        }
    }

    // Everyone whose view of the decision the record holds: each parent and
    // carer invited, then anyone else with a view, then "the parents together"
    // of files from before each parent had their own.
    std::vector<Id> voices() const {
        std::vector<Id> out;
        for (const Participant* p : parentsAndCarers(c_))
            out.push_back(p->id);
        for (const auto& d : c_.decisions)
            for (const auto& v : d.parentsViews)
                if (std::find(out.begin(), out.end(), v.participant) == out.end())
                    out.push_back(v.participant);
        return out;
    }

    std::string voiceName(const Id& id) const {
        if (id.empty()) return "The parents together";
        const Participant* p = findParticipant(c_, id);
        if (!p) return id;
        std::string out = p->name + " (" + std::string(label(p->role));
        if (const Adult* a = adultOf(c_, *p);
            a && !trimmed(a->knownAs).empty() && trimmed(a->knownAs) != firstName(p->name))
            out += ", known to the children as " + trimmed(a->knownAs);
        return out + ")";
    }

    static std::string agreement(const ParentsView& v) {
        if (!v.agrees) return "Not said whether they agree with the decision.";
        return *v.agrees ? "Agrees with the decision." : "Does not agree with the decision.";
    }

    void parentsViews() {
        section("Views of the parents and carers");
        const auto who = voices();
        if (who.empty()) add(paragraph("No parents or carers are recorded."));
        for (const Id& id : who) {
            add(heading(voiceName(id), 2));
            bool any = false;
            const auto said = items([&](const Item& i) { return !id.empty() && i.source == id; });
            for (const Item* i : said) {
                Cell words = cell(i->text);
                if (!parents_) noteWithheld(words, withheld(c_, *i));
                add(bullet(words));
                any = true;
            }
            // Each decision's view, the children with the same view together.
            for (const auto& [v, children] : viewsByChildren(c_, id, false)) {
                any = true;
                std::vector<Span> s{{"On the decision about " + joinWithAnd(children) + ": ",
                                     Face::Bold, colours::text},
                                    {agreement(v), Face::Regular, colours::text}};
                if (!trimmed(v.text).empty())
                    s.push_back({"\n" + trimmed(v.text), Face::Regular, colours::text});
                s.push_back({v.complaintProcessExplained
                                 ? "\nTheir right to complain, and how, was explained."
                                 : "\nNot recorded that their right to complain was explained.",
                             Face::Regular, colours::muted});
                add(paragraph(s));
            }
            if (!any)
                add(paragraph("No view of " +
                              (id.empty() ? std::string("the parents") : personName(c_, id)) +
                              " is recorded."));
        }
    }

    void discussion() {
        section("Summary of the discussion");
        add(intro("What was written on the board, in its three columns: who said each thing, "
                  "and whether it was given as a fact, an observation, an allegation or an "
                  "opinion."));
        for (auto column : {Column::Worried, Column::WorkingWell, Column::NeedsToHappen}) {
            add(heading(std::string(label(column)), 2));
            std::vector<std::vector<Cell>> rows;
            int n = 0;
            for (const Item* i : itemsIn(c_, column)) {
                if (!shows(*i)) continue;
                rows.push_back({cell(std::to_string(++n)), itemCell(c_, *i, parents_),
                                personCell(c_, i->source),
                                cell(i->tag ? std::string(label(*i->tag)) : ""),
                                cell(childrenShort(c_, i->children))});
            }
            if (rows.empty())
                add(paragraph("Nothing was recorded here."));
            else
                add(table({0.045, 0.5, 0.22, 0.135, 0.1},
                          {"", "What was said", "Said by", "Tag", "About"}, rows));
        }
    }

    void agencyViews() {
        section("Agencies' views and recommendations");
        bool any = false;
        for (const auto& child : c_.children) {
            const Decision* d = findDecision(c_, child.id);
            if (!d || d->views.empty()) continue;
            any = true;
            add(heading(child.name, 2));
            std::vector<std::vector<Cell>> rows;
            for (const auto& v : d->views)
                rows.push_back({personCell(c_, v.participant),
                                cell(std::string(label(v.recommendation))),
                                cell(v.categories.empty() ? "" : categoriesText(v.categories)),
                                cell(mayShow(c_, v, reader_) ? v.comment : "")});
            add(table({0.35, 0.1, 0.2, 0.35}, {"Professional", "View", "Category", "Comment"},
                      rows));
        }
        if (!any) add(paragraph("No agency views were recorded."));
    }

    void scaling() {
        section("Scaling");
        if (c_.scaling.empty()) {
            add(paragraph("No scaling questions were asked."));
            return;
        }
        for (const auto& r : c_.scaling) {
            add(heading(r.child ? childName(c_, *r.child) : "All the children", 2));
            if (r.statement) {
                const Item* s = findItem(c_, *r.statement);
                if (s && shows(*s)) add(intro("The worry scaled: " + s->text));
            }
            if (!r.question.empty()) {
                Paragraph q = paragraph(questionFor(c_, r, reader_));
                q.keepWithNext = true;
                add(std::move(q));
            }
            if (mayShowQuestion(c_, r, reader_))
                add(intro("0 means: " + (r.low.empty() ? "-" : r.low) +
                          ". 10 means: " + (r.high.empty() ? "-" : r.high) + "."));
            if (!r.revealed) add(intro("These answers were collected blind and not yet shown."));
            answers(r);
        }
    }

    std::vector<ScaleAnswer> shownAnswers(const ScalingRound& r) const {
        std::vector<ScaleAnswer> out;
        for (const auto& a : r.responses)
            if (mayShow(c_, a, reader_)) out.push_back(a);
        return out;
    }

    // The spread, not an average: everyone's answer grouped on the 0 to 10
    // line, highest first, then the comments people gave.
    void answers(const ScalingRound& r) {
        std::vector<std::vector<std::string>> at(11);
        std::vector<std::string> declined;
        int answered = 0, lo = 10, hi = 0;
        const auto responses = shownAnswers(r);
        for (const auto& a : responses) {
            std::string who = r.anonymous ? "one person" : personName(c_, a.participant);
            if (!a.score) {
                declined.push_back(who);
                continue;
            }
            int s = std::clamp(*a.score, lowestScore, highestScore);
            at[static_cast<std::size_t>(s)].push_back(who);
            ++answered;
            lo = std::min(lo, s);
            hi = std::max(hi, s);
        }
        if (responses.empty()) {
            add(paragraph("No answers were recorded."));
            return;
        }
        std::string summary = std::to_string(answered) + (answered == 1 ? " answer" : " answers");
        if (!declined.empty()) summary += ", " + std::to_string(declined.size()) + " declined";
        if (answered > 0)
            summary += lo == hi
                           ? ". All answered " + std::to_string(lo) + "."
                           : ". From " + std::to_string(lo) + " to " + std::to_string(hi) + ".";
        Paragraph p = paragraph(summary, 10, Face::Bold);
        p.keepWithNext = true;
        add(std::move(p));
        std::vector<std::vector<Cell>> rows;
        for (int s = 10; s >= 0; --s) {
            const auto& names = at[static_cast<std::size_t>(s)];
            if (names.empty()) continue;
            rows.push_back({cell(std::to_string(s), Face::Bold),
                            cell(r.anonymous ? std::to_string(names.size()) +
                                                   (names.size() == 1 ? " person" : " people")
                                             : joinWithAnd(names))});
        }
        if (!declined.empty())
            rows.push_back(
                {cell("Declined"), cell(r.anonymous ? std::to_string(declined.size()) + " declined"
                                                    : joinWithAnd(declined))});
        Table t = table({0.14, 0.86}, {"Answer", r.anonymous ? "How many" : "Who"}, rows);
        t.keepTogether = true;
        add(std::move(t));
        for (const auto& a : responses) {
            if (a.comment.empty()) continue;
            std::string score = a.score ? std::to_string(*a.score) : "declined";
            if (r.anonymous)
                add(bullet({{"(" + score + ") " + a.comment}}, 9.5));
            else
                add(bullet({{personName(c_, a.participant) + " (" + score + "): ", Face::Bold},
                            {a.comment}},
                           9.5));
        }
    }

    static std::string yesNo(const std::optional<bool>& b) {
        return b ? (*b ? "Yes" : "No") : "Not asked";
    }

    void decisions() {
        section("Decisions");
        for (const auto& child : c_.children) {
            add(heading(childWithBirth(child), 2));
            const Decision* d = findDecision(c_, child.id);
            if (!d) {
                add(paragraph("No decision has been recorded."));
                continue;
            }
            std::vector<std::pair<std::string, std::string>> rows{
                {"Threshold test", "Has suffered significant harm, and further harm is likely: " +
                                       yesNo(d->threshold.sufferedAndLikelyFurther) +
                                       "\nIs likely to suffer significant harm: " +
                                       yesNo(d->threshold.likelyToSuffer)},
                {"Decision", outcomeWords(d)}};
            if (!d->categories.empty())
                rows.emplace_back("Category", categoriesText(d->categories));
            rows.emplace_back("Reasons", d->reasons.empty() ? "Not recorded" : d->reasons);
            add(fields(rows));
            appendMultipleCategories(out_, *d, 3);
            rows.clear();
            if (d->dissent.empty()) {
                rows.emplace_back("Dissent", "No one dissented.");
            } else {
                std::string text;
                for (const auto& x : d->dissent) {
                    if (!text.empty()) text += "\n\n";
                    // Reasons given while a family member was out stay in the full record.
                    const std::string reasons =
                        mayShow(c_, x, reader_)
                            ? x.reasons
                            : "Their reasons were given while a family member was out of the "
                              "room.";
                    text += nameAndAgency(c_, x.participant) + ":\n" + reasons +
                            (x.escalated ? "\nEscalated under the escalation procedure."
                                         : "\nNot escalated.");
                }
                rows.emplace_back("Dissent", text);
            }
            std::string views;
            for (const Id& id : voices()) {
                const ParentsView* v = parentsViewOf(*d, id);
                if (!v) continue;
                std::string said = agreement(*v);
                said[0] = static_cast<char>(said[0] - 'A' + 'a');
                said.pop_back();
                views += (views.empty() ? "" : "\n") +
                         (id.empty() ? std::string("The parents together") : personName(c_, id)) +
                         ": " + said +
                         (v->complaintProcessExplained ? "; right to complain explained."
                                                       : "; right to complain not recorded as "
                                                         "explained.");
            }
            rows.emplace_back("Parents' and carers' views", views.empty()
                                                                ? "Not recorded."
                                                                : views + "\nTheir words are in "
                                                                          "the views of the "
                                                                          "parents and carers.");
            add(fields(rows));
        }
    }

    void plan() {
        section("Outline child protection plan");
        appendOutlinePlan(out_, c_, reader_, 2, true);
    }

    void nextConference() {
        section("Next conference");
        if (!planInForce(c_)) {
            add(paragraph("No child is subject to a child protection plan, so no review "
                          "conference is set."));
            return;
        }
        const PlanDetails dates = withComputedDates(c_);
        if (c_.plan.details.reviewConference)
            add(paragraph("The review conference will be held on " +
                          longDate(c_.plan.details.reviewConference) + "."));
        else if (dates.reviewConference)
            add(paragraph("The review conference will be held by " +
                          longDate(dates.reviewConference) +
                          " (the latest date the timescales allow); the date will be sent to "
                          "everyone invited."));
        else
            add(paragraph("The date of the review conference has not been set."));
    }

    const Conference& c_;
    bool parents_;
    Audience reader_;
    int section_ = 0;
    std::vector<Block> out_;
};

} // namespace

std::vector<Block> recordBlocks(const Conference& c, bool parentsCopy) {
    return Record(c, parentsCopy).build();
}

} // namespace cpc::pdf
