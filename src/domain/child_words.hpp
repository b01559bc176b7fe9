#pragma once
// The child's plan in words a child can read (DOMAIN.md, "The child's voice
// and the family as people"): "written at a level appropriate to his or her
// age and understanding" (seed 000). UK easy-read practice: short sentences
// with one idea each, no jargon, people by name and role. The document, the
// Plan phase and the tests all ask here, so "is this easy to read" has one
// answer.

#include "domain/conference.hpp"
#include "domain/rules.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cpc {

// Easy-read limits: at most 15 words a sentence on average, none over 25.
inline constexpr double easyReadAverageWords = 15;
inline constexpr int easyReadLongestWords = 25;
// The smallest type of the child's plan, in points.
inline constexpr double easyReadSmallestType = 14;

struct Readability {
    int sentences = 0;
    int words = 0;
    int longest = 0;                 // words in the longest sentence
    std::vector<std::string> jargon; // words from the jargon list, as written
    double averageWords() const { return sentences ? double(words) / sentences : 0; }
    bool easy() const {
        return averageWords() <= easyReadAverageWords && longest <= easyReadLongestWords &&
               jargon.empty();
    }
};

// The sentences of a text: split after . ! ? and at line ends.
std::vector<std::string> sentencesOf(std::string_view text);
int wordCount(std::string_view sentence);
Readability readability(std::string_view text);

// Words a child should not meet: the categories, the names of procedures and
// meetings, professional shorthand. Matched whole, ignoring case.
std::span<const std::string_view> jargonList();

// A role as a child would say it: "social worker", "doctor", "teacher".
std::string plainRole(Role role);

// How a person is named to the child: "Mum" for the adult the children know
// by that name, "Aisha, your social worker", "Łukasz" for family without one;
// the chair's own words ("Women's Aid") for an owner who is not a participant.
std::string nameForChild(const Conference& c, const std::string& who);

// How a view of the child came to the conference, as the words before it:
// "Kacper told Aisha Rahman, the social worker:", "Zoë said in the meeting:",
// "Joanne Baptiste, the nursery worker, has seen:". For adults' pages.
std::string howViewCame(const Conference& c, const Child& child, const ChildView& view);
// Told through a grown-up in the grown-up's words, the child named in them
// ("Zoë told Aisha she wants ..."), rather than in the child's own.
bool toldAbout(const Child& child, const ChildView& view);
// The view as it is shown: the child's own words in quotation marks; what an
// adult observed, or told in their own words, without them.
std::string viewWords(const Child& child, const ChildView& view);

// A view of the child as their own plan gives it back to them: their words
// in quotation marks when a grown-up wrote them down so; else the view as
// written, when a child can read it (a sentence a little longer than the
// plan's average is carried by its short ones); else, and only then, a
// general sentence, and the console asks the chair to rephrase it.
struct ViewForChild {
    std::string lead;     // "You told Daniel, your social worker:"
    std::string words;    // given back; empty when only the lead is said
    bool quoted = false;  // the child's own words, in quotation marks
    bool noticed = false; // what a grown-up has seen, not what the child said
    bool kept = true;     // false: the words are not given back (why: notForChild)
};
// The words between quotation marks ("..." or curly ones), joined: what a
// grown-up wrote down of the child's own words. Empty when nothing is quoted.
std::string quotedWords(const std::string& text);
// The longest average a view's own words may have and still be given back.
inline constexpr double viewAverageWords = 20;
ViewForChild viewForChild(const Conference& c, const Child& child, const ChildView& view);
// Why a text cannot stand in a child's plan as written, in words for the
// chair ("a sentence of 31 words", "\"section 47\" is not a word for a
// child"); empty when it can.
std::string notForChild(std::string_view text);

// The words of an action in the child's plan: the chair's own (`forChild`)
// when written, else made from the action. Made words use what the action
// says only when it is easy to read; otherwise they say who helps, in a
// sentence built from names alone. Never a verb pasted before typed words.
std::string childWords(const Conference& c, const Action& action);
std::string madeChildWords(const Conference& c, const Action& action);

// The actions a child's plan shows to this child (younger children only see
// those about them) that the family may see.
std::vector<const Action*> actionsForChild(const Conference& c, const Child& child);
// Under 10: the plan speaks more simply, in larger type.
bool isYoungChild(const Conference& c, const Child& child);

// Actions whose words in a child's plan are not easy to read, so that the
// chair writes them in the Plan phase.
std::vector<Finding> checkChildPlan(const Conference& c);

} // namespace cpc
