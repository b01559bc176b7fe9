#include "domain/read_back.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/rules.hpp"
#include "domain/scaling.hpp"
#include "domain/taking_part.hpp"
#include "domain/typed.hpp"
#include "domain/words.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace cpc {
namespace {

using Part = ReadAloud::Part;

std::set<Id> alreadyRead(const Conference& c, const std::optional<Id>& listener) {
    std::set<Id> read;
    if (!listener) return read;
    for (const ReadBack& r : c.readBacks)
        if (r.to == *listener) read.insert(r.items.begin(), r.items.end());
    return read;
}

std::string childName(const Conference& c, const Id& id) {
    const Child* ch = findChild(c, id);
    return ch ? firstName(ch->name) : std::string("the child");
}

std::string allChildrenNames(const Conference& c) {
    std::vector<std::string> names;
    for (const Child& ch : c.children)
        names.push_back(firstName(ch.name));
    return names.empty() ? std::string("the children") : joinWithAnd(names);
}

// "Gemma Hartley, Mum, on the phone": a name the listener knows, what they
// are to the children or which agency, how they take part.
std::string personHere(const Participant& p, PresenceMode how) {
    return p.name + ", " + roleWords(p) + ", " + howWords(how);
}

Part whoIsHere(const Conference& c, DateTime at) {
    Part part{"Who is here", {}};
    const Audience room = Audience::room(at);
    for (const Participant& p : c.participants)
        if (isInRoom(p, room))
            if (auto how = presentHow(p, at)) part.lines.push_back(personHere(p, *how));
    if (part.lines.empty()) part.lines.push_back("Nobody is marked as here yet.");
    return part;
}

std::string numberWord(long n) {
    static constexpr const char* words[] = {"No",  "One",   "Two",   "Three", "Four", "Five",
                                            "Six", "Seven", "Eight", "Nine",  "Ten"};
    return n >= 0 && n <= 10 ? words[n] : std::to_string(n);
}

std::string middleWords(double median) {
    if (median == std::floor(median)) return std::to_string(static_cast<int>(median));
    return std::to_string(static_cast<int>(std::floor(median))) + " and a half";
}

std::string actionLine(const Conference& c, const Action& a) {
    std::string line = a.what;
    if (!isBlank(a.outcome)) line += ", so that " + a.outcome;
    const std::string who = isBlank(a.who)              ? std::string()
                            : findParticipant(c, a.who) ? findParticipant(c, a.who)->name
                                                        : a.who;
    line += who.empty() ? ". Who: to agree" : ". Who: " + who;
    line += a.by ? ". By " + formatLongDate(*a.by) + "." : ". Date to agree.";
    return line;
}

} // namespace

std::string roundInWords(const Conference& c, const ScalingRound& round, DateTime at) {
    const ScalingRound seen = seenBy(c, round, Audience::room(at));
    std::vector<int> scores;
    for (const ScaleAnswer& a : seen.responses)
        if (a.score) scores.push_back(*a.score);
    std::sort(scores.begin(), scores.end());
    const std::string about = round.child ? childName(c, *round.child) : allChildrenNames(c);
    if (scores.empty()) return "Nobody has answered for " + about + " yet.";
    std::vector<std::string> each;
    for (int s : scores)
        each.push_back(std::to_string(s));
    const Spread spread = spreadOf(seen);
    std::string out = numberWord(static_cast<long>(scores.size())) +
                      (scores.size() == 1 ? " person answered for " : " people answered for ") +
                      about + ": " + joinWithAnd(each);
    if (scores.size() > 1 && spread.median)
        out += "; the middle answer is " + middleWords(*spread.median);
    return out + ".";
}

ReadAloud readAloud(const Conference& c, DateTime at, const std::optional<Id>& listener,
                    ReadBackScope scope) {
    const Audience room = Audience::room(at);
    const std::set<Id> read =
        scope == ReadBackScope::Everything ? std::set<Id>{} : alreadyRead(c, listener);
    auto fresh = [&](const Id& id) { return !read.count(id); };

    ReadAloud out;
    out.parts.push_back(whoIsHere(c, at));

    for (const auto& column : names<Column>()) {
        Part part{std::string(column.label), {}};
        for (const Item* item : itemsIn(c, column.value))
            if (mayShow(c, *item, room) && fresh(item->id)) {
                part.lines.push_back(item->text);
                out.items.push_back(item->id);
            }
        if (!part.lines.empty()) out.parts.push_back(std::move(part));
    }

    // A round being asked is read so that someone on the phone can answer
    // it; it counts as read once it is revealed and its answers are read.
    Part scaling{"Scaling", {}};
    for (const ScalingRound& r : c.scaling) {
        if (!fresh(r.id)) continue;
        scaling.lines.push_back(questionFor(c, r, room));
        if (mayShowQuestion(c, r, room) && !isBlank(r.low) && !isBlank(r.high))
            scaling.lines.push_back("0 means " + r.low + "; 10 means " + r.high + ".");
        if (!r.revealed) {
            scaling.lines.push_back(
                "Answers are being collected: " + std::to_string(r.responses.size()) + " of " +
                std::to_string(countedFor(c, r, at).size()) + " have answered.");
            continue;
        }
        scaling.lines.push_back(roundInWords(c, r, at));
        out.items.push_back(r.id);
    }
    if (!scaling.lines.empty()) out.parts.push_back(std::move(scaling));

    // A decision is read every time until the meeting is over: it is what a
    // parent on the phone most needs to hear, and it is one sentence.
    Part decision{"The decision", {}};
    const PlanDetails& set = c.plan.details;
    const PlanDetails dates = withComputedDates(c);
    for (const Decision& d : c.decisions) {
        if (!d.outcome) continue;
        decision.lines.push_back(decisionSentence(d, childName(c, d.child)));
        if (!isBlank(d.reasons)) decision.lines.push_back("Why: " + d.reasons);
    }
    if (!decision.lines.empty()) {
        switch (conferencePlan(c)) {
        case PlanAfter::ChildProtection:
            decision.lines.push_back("Review conference: " +
                                     planDateWords(set.reviewConference, dates.reviewConference));
            break;
        case PlanAfter::ChildInNeed:
            decision.lines.push_back("First Child in Need review: " +
                                     planDateWords(set.firstCinReview, {}));
            break;
        case PlanAfter::None:
        case PlanAfter::Undecided:
            break;
        }
        out.parts.push_back(std::move(decision));
    }

    Part plan{"The plan", {}};
    for (const Action& a : c.plan.actions)
        if (mayShow(c, a, room) && fresh(a.id)) {
            plan.lines.push_back(actionLine(c, a));
            out.items.push_back(a.id);
        }
    if (!plan.lines.empty()) {
        if (set.keyWorker)
            if (const Participant* p = findParticipant(c, *set.keyWorker))
                plan.lines.insert(plan.lines.begin(), "Key worker: " + p->name);
        out.parts.push_back(std::move(plan));
    }
    return out;
}

std::string readAloudText(const ReadAloud& r) {
    std::string out;
    for (const Part& part : r.parts) {
        if (!out.empty()) out += "\n";
        out += part.heading + "\n";
        for (const auto& line : part.lines)
            out += line + "\n";
    }
    return out;
}

std::vector<const Participant*> cannotSeeTheWall(const Conference& c, DateTime at) {
    std::vector<const Participant*> out;
    for (const Participant& p : c.participants)
        if (presentHow(p, at) == PresenceMode::Phone) out.push_back(&p);
    return out;
}

std::string readBackLine(const Conference& c, const ReadBack& r) {
    const Participant* p = findParticipant(c, r.to);
    std::string out = "Read back to " + (p ? p->name : r.to);
    if (p)
        if (auto how = presentHow(*p, r.at)) out += ", " + howWords(*how) + ",";
    return out + " at " + formatClock(r.at) + ": " +
           plural(static_cast<long>(r.items.size()), "item", "items");
}

} // namespace cpc
