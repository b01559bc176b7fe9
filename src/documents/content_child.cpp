// The plan for the child, in short plain sentences and large type: who will
// help, what will happen, what the child told us, when people meet again.
// One page (or more) per child, addressed to them; simpler for the under-10s.
// No categories, no procedure names, nothing confidential. The words come
// from domain/child_words.hpp, where "easy to read" has its one answer:
// people by first name and plain role, an action in the chair's words for
// the child or made from names alone, never a verb pasted before typed text.
#include "documents/content.hpp"
#include "domain/child_words.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/rules.hpp"

#include <algorithm>

namespace cpc::pdf {
namespace {

class ChildPage {
  public:
    ChildPage(const Conference& c, const Child& child, std::vector<Block>& out)
        : c_(c), child_(child), out_(out) {
        young_ = isYoungChild(c, child);
        size_ = young_ ? 17 : 14;
        name_ = firstName(child.name);
        if (name_.empty()) name_ = trimmed(child.name);
        const auto day = conferenceDate(c);
        if (day) year_ = static_cast<int>(day->year());
    }

    void build() {
        title();
        intro();
        // A child with no plan after this meeting has no helpers or jobs of
        // one, though a brother or sister may keep a plan.
        if (planAfter(c_, child_.id) != PlanAfter::None) {
            helpers();
            happens();
        }
        ownWords();
        meetings();
        worried();
    }

  private:
    void say(const std::string& text) { out_.push_back(paragraph(text, size_)); }
    void heading(const std::string& text) {
        Heading h = pdf::heading(text, 1);
        h.size = size_ * 1.25;
        out_.push_back(h);
    }
    void item(std::vector<Span> spans) { out_.push_back(bullet(std::move(spans), size_)); }
    void item(const std::string& text) { item({{text, Face::Regular, colours::text}}); }

    // "Thursday 10 December", with the year only when it is not this year's.
    std::string day(const Date& d) const {
        std::string out = std::string(weekdayName(d)) + " " +
                          std::to_string(static_cast<unsigned>(d.day())) + " " +
                          std::string(monthName(d.month()));
        if (static_cast<int>(d.year()) != year_)
            out += " " + std::to_string(static_cast<int>(d.year()));
        return out;
    }

    void title() {
        const bool plan = planAfter(c_, child_.id) != PlanAfter::None;
        const std::string what = plan ? "this is your plan" : "this is what the meeting decided";
        Heading h = pdf::heading(
            young_ ? "Hello " + name_ + ". T" + what.substr(1) + "." : name_ + ", " + what, 0);
        h.size = size_ * 1.7;
        out_.push_back(h);
    }

    void intro() {
        const Participant* ch = chair(c_);
        const auto when = conferenceDate(c_);
        const std::string on = when ? "On " + day(*when) + ", " : "";
        if (young_) {
            say(on + "some grown-ups who know your family had a meeting.");
            say("They talked about how to keep you safe and happy.");
        } else {
            say(on + "people who know your family met.");
            say("They talked about how to keep you safe and well.");
        }
        if (ch && !firstName(ch->name).empty()) say(firstName(ch->name) + " ran the meeting.");
        for (const auto& sentence : outcomeForChild(findDecision(c_, child_.id), young_))
            say(sentence);
    }

    void helpers() {
        const PlanDetails& plan = c_.plan.details;
        // A younger child meets only those who do something for them.
        const auto mine = actionsForChild(c_, child_);
        auto helpsMe = [&](const Id& id) {
            return std::any_of(mine.begin(), mine.end(),
                               [&](const Action* a) { return trimmed(a->who) == id; });
        };
        std::vector<std::string> others, family;
        for (const auto& id : plan.coreGroup) {
            if (plan.keyWorker && id == *plan.keyWorker) continue;
            const Participant* p = findParticipant(c_, id);
            if (!p || (young_ && !isFamily(p->role) && !helpsMe(id))) continue;
            const std::string who = nameForChild(c_, id);
            if (who.empty()) continue;
            (isFamily(p->role) ? family : others).push_back(who);
        }
        if (!plan.keyWorker && others.empty() && family.empty()) return;
        heading("Who will help you");
        if (plan.keyWorker) {
            const Participant* kw = findParticipant(c_, *plan.keyWorker);
            // Family by what the children call them ("Mum"); others by first name.
            const std::string first = !kw                  ? trimmed(*plan.keyWorker)
                                      : isFamily(kw->role) ? nameForChild(c_, kw->id)
                                                           : firstName(kw->name);
            const std::string role = kw && !isFamily(kw->role) && kw->role != Role::Chair
                                         ? plainRole(kw->role)
                                         : std::string();
            say(role.empty() ? first + " is the main person helping you."
                             : first + " is your " + role + ".");
            say("You can talk to " + first + " about anything that worries you.");
        }
        if (!others.empty()) {
            say(young_ ? "These people will help too:" : "These people will help as well:");
            for (const auto& o : others)
                item(o);
        }
        if (!family.empty()) say(joinWithAnd(family) + " will be part of the plan too.");
    }

    // Each job of the plan that this child is shown: who, by when, then the
    // words for the child. Younger children see only what is about them.
    void happens() {
        const auto mine = actionsForChild(c_, child_);
        bool others = false;
        for (const auto& a : c_.plan.actions) {
            if (!mayShow(c_, a, Audience::child()) || !a.children.empty()) continue;
            others = others || std::find(mine.begin(), mine.end(), &a) == mine.end();
        }
        heading("What will happen");
        for (const Action* a : mine) {
            std::vector<Span> spans;
            const std::string who = trimmed(a->who).empty() ? "" : nameForChild(c_, a->who);
            if (!who.empty()) spans.push_back({who, Face::Bold, colours::text});
            if (a->by)
                spans.push_back({std::string(spans.empty() ? "" : "\n") + "By " + day(*a->by) + ".",
                                 Face::Bold, colours::text});
            const std::string words = childWords(c_, *a);
            spans.push_back({(spans.empty() ? "" : "\n") + words, Face::Regular, colours::text});
            // A job is a block of its own: a clear gap before the next one.
            Paragraph p = bullet(std::move(spans), size_);
            p.spaceAfter = size_ * 0.8;
            out_.push_back(std::move(p));
        }
        if (others)
            say(mine.empty() ? "The grown-ups have jobs to do to help your family."
                             : "The grown-ups also have other jobs to do to help your family.");
        if (mine.empty() && !others)
            say("Nothing has been written down yet. Your social worker will tell you.");
    }

    // What the child told us, in their own words where a grown-up wrote them
    // down in quotation marks; and what the grown-ups have noticed.
    void ownWords() {
        struct Told {
            std::string lead, words;
            bool quote = true;
        };
        std::vector<Told> told, noticed;
        for (const ChildView& view : child_.views) {
            if (!mayShow(c_, view, Audience::child())) continue;
            const ViewForChild v = viewForChild(c_, child_, view);
            (v.noticed ? noticed : told).push_back({v.lead, v.words, v.quoted});
        }
        // What the child said on the board, typed as they said it.
        for (const auto& i : c_.items) {
            if (!i.source || !mayShow(c_, i, Audience::child())) continue;
            const Participant* p = findParticipant(c_, *i.source);
            if (!p || p->role != Role::Child || trimmed(p->name) != trimmed(child_.name)) continue;
            const std::string quoted = quotedWords(i.text);
            const std::string words = quoted.empty() ? trimmed(i.text) : quoted;
            if (words.empty()) continue;
            if (quoted.empty() && !readability(words).easy()) {
                told.push_back({"You told the meeting what you think.", "", false});
                continue;
            }
            bool seen = std::any_of(told.begin(), told.end(),
                                    [&](const Told& t) { return t.words == words; });
            if (!seen) told.push_back({"You said in the meeting:", words, true});
        }
        if (!told.empty()) {
            heading(young_ ? "What you told us" : "You told us");
            for (const auto& t : told) {
                std::vector<Span> spans{{t.lead, Face::Bold, colours::text}};
                if (!t.words.empty())
                    spans.push_back({"\n" + (t.quote ? "\u201c" + t.words + "\u201d" : t.words),
                                     Face::Regular, colours::text});
                Paragraph p = bullet(std::move(spans), size_);
                p.spaceAfter = size_ * 0.8;
                out_.push_back(std::move(p));
            }
        }
        if (!noticed.empty()) {
            heading("What the grown-ups have noticed");
            for (const auto& t : noticed) {
                std::vector<Span> spans{{t.lead, Face::Bold, colours::text}};
                if (!t.words.empty())
                    spans.push_back({"\n" + t.words, Face::Regular, colours::text});
                item(std::move(spans));
            }
        }
    }

    void meetings() {
        const PlanAfter mine = planAfter(c_, child_.id);
        // A Child in Need plan has its own review: when the grown-ups meet again.
        if (mine == PlanAfter::ChildInNeed) {
            const auto& review = c_.plan.details.firstCinReview;
            if (!review) return;
            heading("When people meet again");
            say((young_ ? "The grown-ups helping your family will meet again by "
                        : "The people helping your family will meet again by ") +
                day(*review) + ".");
            say("They will check how things are going.");
            return;
        }
        if (mine != PlanAfter::ChildProtection &&
            !(mine == PlanAfter::Undecided && planInForce(c_)))
            return;
        const PlanDetails dates = withComputedDates(c_);
        if (!dates.firstCoreGroup && !dates.reviewConference) return;
        heading("When people meet again");
        if (dates.firstCoreGroup) {
            say((young_ ? "The grown-ups helping you will meet by "
                        : "The people helping you will meet by ") +
                day(*dates.firstCoreGroup) + ".");
            say("They will check how things are going.");
        }
        if (dates.reviewConference)
            say("There will be another big meeting like this one by " +
                day(*dates.reviewConference) + ".");
    }

    void worried() {
        heading("If you are worried");
        const auto& kw = c_.plan.details.keyWorker;
        const Participant* p = kw ? findParticipant(c_, *kw) : nullptr;
        const std::string who = p && !firstName(p->name).empty() ? firstName(p->name) + " or " : "";
        say("If you feel worried or scared, tell " + who + "a grown-up you trust.");
        say("You can also call Childline for free on 0800 1111, at any time.");
    }

    const Conference& c_;
    const Child& child_;
    std::vector<Block>& out_;
    bool young_ = false;
    double size_ = 14;
    int year_ = 0;
    std::string name_;
};

} // namespace

std::vector<Block> childBlocks(const Conference& c) {
    std::vector<Block> out;
    if (c.children.empty())
        out.push_back(paragraph("No children are recorded for this meeting.", 14));
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        if (i > 0) out.emplace_back(std::in_place_type<PageBreak>);
        ChildPage(c, c.children[i], out).build();
    }
    return out;
}

} // namespace cpc::pdf
