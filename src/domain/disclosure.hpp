#pragma once
// Who may see what (DOMAIN.md, "Who may see what"). Every screen and page that
// a family member may read asks here before it shows a word: the projector,
// the parents' copy, the decision letter, the outline plan and the child's
// plan. Nothing else filters, so "why is this not on the wall" has one answer,
// in disclosure.cpp.

#include "domain/conference.hpp"

#include <vector>

namespace cpc {

enum class Reader {
    Room,         // the projected screen, read by whoever is in the room now
    Family,       // the parents' copy, the decision letter, the outline plan
    Child,        // the child's plan
    Professionals // the full record and the JSON: everything
};

// Who reads, and for the room, when: the people in front of the wall change.
struct Audience {
    Reader reader = Reader::Professionals;
    DateTime now{}; // the room's clock; only the room needs it

    static Audience room(DateTime now) { return {Reader::Room, now}; }
    static Audience family() { return {Reader::Family, {}}; }
    static Audience child() { return {Reader::Child, {}}; }
    static Audience professionals() { return {Reader::Professionals, {}}; }
};

// The family members (parents, carers, children) who were out of the room at
// `at` having been in it: from the moment they left (inclusive) until the
// moment they came back (exclusive), whether or not they were asked to go.
std::vector<Id> familyOutAt(const Conference& c, DateTime at);

// Those of the family who were out when the item was said; empty when none
// were, or the item has no time. Released or not: the chair's Ctrl+Shift+H
// applies to these items only.
std::vector<Id> outWhenSaid(const Conference& c, const Item& item);

// Why a text is kept from the family; the console and the full record say it.
enum class Withheld {
    No,
    Confidential, // marked so by the chair, or made from what was
    SaidWhileOut, // said while a family member was out, and not released
};

Withheld withheld(const Conference& c, const Item& item);
// Said while a family member was out, and released to the family by the chair.
bool sharedWithFamily(const Conference& c, const Item& item);
Withheld withheld(const Conference& c, const Action& action);
Withheld withheld(const Conference& c, const ChildView& view);

// Each kind of text the family could read, by the same rules:
// - confidential never reaches the family (the room, their papers, the child's);
// - what was said while a family member was out stays out of the family's
//   papers, and off the wall while any of those who were out is back, unless
//   the chair released it (items only);
// - words made from another text (an action from an item, a scaling question
//   from a worry) are seen by whom that text is seen.
bool mayShow(const Conference& c, const Item& item, const Audience& a);
bool mayShow(const Conference& c, const Action& action, const Audience& a);
// A scaling round's own words (its question, what 0 and 10 mean) and the
// worry it scales; when not, the surface asks it in general words.
bool mayShowQuestion(const Conference& c, const ScalingRound& round, const Audience& a);
// The question as this reader reads it: the round's own words, or the general
// question about a worry when those words are kept from them; a round with no
// words of its own asks where things are today.
std::string questionFor(const Conference& c, const ScalingRound& round, const Audience& a);

// One person's answer, with its comment.
// The round as this reader may see it: the answers they may not see are
// taken off the line and out of the spread.
ScalingRound seenBy(const Conference& c, const ScalingRound& round, const Audience& a);
bool mayShow(const Conference& c, const ScaleAnswer& answer, const Audience& a);
// A professional's recommendation comment, and a dissent's reasons (which
// start as that comment).
bool mayShow(const Conference& c, const View& view, const Audience& a);
bool mayShow(const Conference& c, const Dissent& dissent, const Audience& a);
// A view of the child: kept from the family when the chair marked it
// confidential, or when it was given while a family member was out.
bool mayShow(const Conference& c, const ChildView& view, const Audience& a);
// Reports not open to parents stay out of the family's papers.
bool mayShow(const Report& report, const Audience& a);
// Why someone was excluded or asked to leave: for professionals only, and
// never on the wall.
bool mayShowReasonsForLeaving(const Audience& a);
// A remote family member's privacy check, its answer and its note: the note
// may name the person they fear, and whether they could speak freely tells
// that person as much. For professionals only: never the wall, the
// read-back, the parents' copy, the letter, the plan or the child's plan.
bool mayShowPrivacyCheck(const Audience& a);
// How much the family's papers leave out, by kind: what the chair is told
// before handing out the parents' copy, counted by the rules above.
struct LeftOut {
    int items = 0;           // board items: confidential, or said while one of them was out
    int actions = 0;         // actions of the plan
    int answers = 0;         // scaling answers and their comments
    int recommendations = 0; // professionals' recommendation comments
    int dissents = 0;        // dissents' reasons
    int views = 0;           // views of the child
    int reports = 0;         // reports not open to parents
    int reasons = 0;         // why someone was excluded or asked to leave
    int privacyChecks = 0;   // whether a family member on a call could speak freely
    int total() const {
        return items + actions + answers + recommendations + dissents + views + reports + reasons +
               privacyChecks;
    }
};
LeftOut leftOutOfFamilyPapers(const Conference& c);
// "3 board items, 1 action and 2 reports not open to parents"; empty when nothing.
std::string leftOutWords(const LeftOut& left);

// A picture of the conference taken earlier (a frozen projector), to be shown
// now: its words as they were, but who is in the room, and what is
// confidential or shared, as they are in `live`. Freezing the wall never keeps
// on it what may no longer be there.
Conference asProtectedNow(Conference picture, const Conference& live);

// "Who is here" on the wall: the people in the room now, not those invited
// or those who were asked to step out.
bool isInRoom(const Participant& p, const Audience& a);

// Who of the participants is in the room at `now`, in their order: all that
// the room's reading of a conference takes from the clock. What was worked
// out for the wall at one moment holds at another while this is the same.
std::vector<bool> inRoomAt(const Conference& c, DateTime now);

} // namespace cpc
