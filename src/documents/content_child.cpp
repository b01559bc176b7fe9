// The plan for the child, in short plain sentences and large type: who will
// help, what will happen, when people meet again. One page (or more) per
// child, addressed to them; simpler words for the under-10s. No categories,
// no procedure names, nothing confidential.
#include "documents/content.hpp"
#include "domain/names.hpp"
#include "domain/rules.hpp"

#include <algorithm>

namespace cpc::pdf {
namespace {

std::string plainRole(Role r) {
    switch (r) {
    case Role::SocialWorker:
        return "social worker";
    case Role::TeamManager:
        return "social work manager";
    case Role::Police:
        return "police officer";
    case Role::Gp:
        return "doctor";
    case Role::HealthVisitor:
        return "health visitor";
    case Role::SchoolNurse:
        return "school nurse";
    case Role::Paediatrician:
        return "children's doctor";
    case Role::Education:
        return "from school";
    case Role::EarlyYears:
        return "from nursery";
    case Role::Advocate:
        return "helps you have your say";
    default:
        return "";
    }
}

// "Write a plan." said by someone becomes "Aisha will write a plan": the
// chair types actions as instructions.
std::string willDo(const std::string& who, std::string what) {
    while (!what.empty() && (what.back() == '.' || what.back() == ' '))
        what.pop_back();
    if (what.size() > 1 && what[0] >= 'A' && what[0] <= 'Z' && what[1] >= 'a' && what[1] <= 'z')
        what[0] = static_cast<char>(what[0] - 'A' + 'a');
    return who + " will " + what;
}

class ChildPage {
  public:
    ChildPage(const Conference& c, const Child& child, std::vector<Block>& out)
        : c_(c), child_(child), out_(out) {
        auto age = ageOn(child.dateOfBirth, conferenceDate(c));
        young_ = age && *age < 10;
        size_ = young_ ? 17 : 14;
        name_ = firstName(child.name);
    }

    void build() {
        about();
        intro();
        helpers();
        happens();
        ownWords();
        meetings();
        worried();
    }

  private:
    void say(const std::string& text) { out_.push_back(paragraph(text, size_)); }
    void title(const std::string& text) {
        Heading h = heading(text, 1);
        h.size = size_ * 1.25;
        out_.push_back(h);
    }
    void item(const std::string& text) { out_.push_back(bullet({{text}}, size_)); }

    void about() {
        const Participant* ch = chair(c_);
        out_.push_back(muted(childWithBirth(child_) + ". " + kindTitle(c_.details.kind) + ", " +
                                 mediumDate(conferenceDate(c_)) +
                                 (ch ? ". Chair: " + ch->name + "." : "."),
                             9));
        Heading h = heading(
            young_ ? "Hello " + name_ + ". This is your plan." : name_ + ", this is your plan", 0);
        h.size = size_ * 1.7;
        out_.push_back(h);
    }

    void intro() {
        const Participant* ch = chair(c_);
        std::string day = longDate(conferenceDate(c_), "a recent day");
        if (young_) {
            say("On " + day + ", some grown-ups who know your family had a meeting.");
            say("They talked about how to keep you safe and happy.");
        } else {
            say("On " + day +
                ", people who know your family met to talk about how to keep you "
                "safe and well." +
                (ch ? " " + ch->name + " ran the meeting." : ""));
        }
        const Decision* d = findDecision(c_, child_.id);
        if (!d || !d->outcome) {
            say("They have not decided everything yet. Someone will tell you when they have.");
            return;
        }
        switch (*d->outcome) {
        case Outcome::Plan:
        case Outcome::ContinuePlan:
        case Outcome::ChildInNeed:
            say(young_ ? "They decided that your family needs some extra help. So there is a plan."
                       : "The meeting decided that you and your family need some extra help, so "
                         "there is a plan. This page tells you what it says.");
            break;
        case Outcome::NoFurtherAction:
        case Outcome::EndPlan:
            say(young_ ? "They decided that your family does not need a plan now."
                       : "The meeting decided that your family does not need a plan now.");
            break;
        }
    }

    void helpers() {
        const PlanDetails& plan = c_.plan.details;
        std::vector<std::string> others, family;
        for (const auto& id : plan.coreGroup) {
            if (plan.keyWorker && id == *plan.keyWorker) continue;
            const Participant* p = findParticipant(c_, id);
            if (!p) continue;
            if (isFamily(p->role)) {
                family.push_back(p->name);
                continue;
            }
            std::string role = plainRole(p->role);
            others.push_back(role.empty() ? p->name : p->name + ", " + role);
        }
        if (!plan.keyWorker && others.empty()) return;
        title("Who will help you");
        if (plan.keyWorker) {
            const Participant* kw = findParticipant(c_, *plan.keyWorker);
            std::string who = personName(c_, *plan.keyWorker);
            bool social = kw && kw->role == Role::SocialWorker;
            say(who + (social ? " is your social worker." : " is the main person helping you.") +
                " You can talk to " + firstName(who) + " about anything that worries you.");
        }
        if (!others.empty()) {
            say(young_ ? "These people will help too:" : "These people will help as well:");
            for (const auto& o : others)
                item(o);
        }
        if (!family.empty()) say(joined(family) + " will be part of the plan too.");
    }

    void happens() {
        // Younger children see only what is about them: the grown-ups' own
        // jobs are summed up in one sentence.
        std::vector<std::string> lines;
        bool others = false;
        for (const auto& a : c_.plan.actions) {
            if (!mayShow(c_, a, Audience::child())) continue;
            bool named =
                std::find(a.children.begin(), a.children.end(), child_.id) != a.children.end();
            bool mine = named || (a.children.empty() && !young_);
            others = others || (!mine && a.children.empty());
            if (!mine || a.what.empty()) continue;
            std::string text = willDo(actionOwner(c_, a.who, false), a.what) + ".";
            if (a.by) text = (young_ ? "Before " : "By ") + longDate(a.by) + ", " + text;
            lines.push_back(text);
        }
        title("What will happen");
        for (const auto& l : lines)
            item(l);
        if (others)
            say(lines.empty() ? "The grown-ups have jobs to do to help your family."
                              : "The grown-ups also have other jobs to do to help your family.");
        if (lines.empty() && !others)
            say("Nothing has been written down yet. Your social worker will tell you.");
    }

    void ownWords() {
        std::vector<std::string> said;
        for (const auto& i : c_.items) {
            if (!i.source || !mayShow(c_, i, Audience::child())) continue;
            const Participant* p = findParticipant(c_, *i.source);
            if (p && p->role == Role::Child && p->name == child_.name) said.push_back(i.text);
        }
        if (said.empty()) return;
        title(young_ ? "What you told us" : "What you told the meeting");
        for (const auto& s : said)
            item(s);
    }

    void meetings() {
        if (!planInForce(c_)) return;
        const PlanDetails dates = withComputedDates(c_);
        if (!dates.firstCoreGroup && !dates.reviewConference) return;
        title("When people meet again");
        if (dates.firstCoreGroup)
            say((young_ ? "The grown-ups helping you will meet by "
                        : "The people helping you "
                          "will meet by ") +
                longDate(dates.firstCoreGroup) + " to check how things are going.");
        if (dates.reviewConference)
            say("There will be another big meeting like this one by " +
                longDate(dates.reviewConference) + ".");
    }

    void worried() {
        title("If you are worried");
        std::string who = c_.plan.details.keyWorker
                              ? firstName(personName(c_, *c_.plan.details.keyWorker)) + ", or "
                              : "";
        say("If you feel worried or scared, tell " + who + "a grown-up you trust.");
        say("You can also call Childline for free on 0800 1111, at any time.");
    }

    const Conference& c_;
    const Child& child_;
    std::vector<Block>& out_;
    bool young_ = false;
    double size_ = 14;
    std::string name_;
};

} // namespace

std::vector<Block> childBlocks(const Conference& c) {
    std::vector<Block> out;
    if (c.children.empty())
        out.push_back(paragraph("No children are recorded for this conference."));
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        if (i > 0) out.emplace_back(std::in_place_type<PageBreak>);
        ChildPage(c, c.children[i], out).build();
    }
    return out;
}

} // namespace cpc::pdf
