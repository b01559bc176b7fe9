#include "domain/child_words.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/typed.hpp"

#include <algorithm>
#include <cctype>

namespace cpc {
namespace {

bool isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Letters and digits of ASCII, and every byte of other scripts, are part of a word.
bool wordByte(char ch) {
    auto b = static_cast<unsigned char>(ch);
    return b >= 0x80 || std::isalnum(b) || ch == '\'' || ch == '-';
}

bool containsWord(const std::string& haystack, const std::string& needle) {
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + 1)) {
        bool startOk = at == 0 || !wordByte(haystack[at - 1]);
        std::size_t end = at + needle.size();
        bool endOk = end >= haystack.size() || !wordByte(haystack[end]);
        if (startOk && endOk) return true;
    }
    return false;
}

const Participant* participantNamed(const Conference& c, const std::string& who) {
    return who.empty() ? nullptr : findParticipant(c, who);
}

// "Aisha, your social worker, will help with this." for an action whose own
// words a child could not read: names and fixed words only.
std::string whoHelps(const Conference& c, const Action& a) {
    std::string who = trimmed(a.who).empty() ? std::string() : nameForChild(c, a.who);
    if (who.empty()) return "Someone will do a job to help your family.";
    // "Aisha, your social worker" needs its closing comma before the verb.
    if (who.find(", ") != std::string::npos) who += ",";
    return who + " will do a job to help your family.";
}

} // namespace

std::vector<std::string> sentencesOf(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto finish = [&] {
        std::string s = trimmed(current);
        if (wordCount(s) > 0) out.push_back(s);
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char ch = text[i];
        if (ch == '\n') {
            finish();
            continue;
        }
        current += ch;
        bool stop = ch == '.' || ch == '!' || ch == '?';
        // "10.30" and "e.g." do not end a sentence: a stop ends one before a space or the end.
        if (stop && (i + 1 == text.size() || isSpace(text[i + 1]))) finish();
    }
    finish();
    return out;
}

int wordCount(std::string_view sentence) {
    // A word is a run of letters and digits (of any script), with the
    // apostrophes and hyphens inside it; dashes, quotes and other marks of
    // Unicode's General Punctuation block (U+2000 to U+206F) part words, except
    // the curly apostrophe of "can’t".
    int words = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < sentence.size();) {
        const auto b = static_cast<unsigned char>(sentence[i]);
        std::size_t length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        bool letter;
        if (b < 0x80) {
            letter = std::isalnum(b) != 0;
            const bool joins = (b == '\'' || b == '-') && inWord;
            if (!letter && !joins) inWord = false;
        } else {
            const bool punctuation = length == 3 && b == 0xE2 && i + 2 < sentence.size() &&
                                     (static_cast<unsigned char>(sentence[i + 1]) == 0x80 ||
                                      static_cast<unsigned char>(sentence[i + 1]) == 0x81) &&
                                     !(static_cast<unsigned char>(sentence[i + 1]) == 0x80 &&
                                       static_cast<unsigned char>(sentence[i + 2]) == 0x99);
            letter = !punctuation;
            if (punctuation) inWord = false;
        }
        if (letter && !inWord) ++words;
        if (letter) inWord = true;
        i += length;
    }
    return words;
}

Readability readability(std::string_view text) {
    Readability r;
    for (const auto& s : sentencesOf(text)) {
        int n = wordCount(s);
        ++r.sentences;
        r.words += n;
        r.longest = std::max(r.longest, n);
    }
    const std::string folded = lower(text);
    for (std::string_view j : jargonList())
        if (containsWord(folded, std::string(j))) r.jargon.emplace_back(j);
    return r;
}

std::span<const std::string_view> jargonList() {
    // Lower case; matched as whole words. The categories come first: a child's
    // plan never names what the adults call the harm.
    static constexpr std::string_view list[] = {
        "physical abuse",
        "emotional abuse",
        "sexual abuse",
        "neglect",
        "category",
        "categories",
        "significant harm",
        "threshold",
        "section 47",
        "s47",
        "strategy discussion",
        "strategy meeting",
        "core group",
        "conference",
        "child protection plan",
        "child in need",
        "cin",
        "cpp",
        "icpc",
        "rcpc",
        "iro",
        "lado",
        "mash",
        "safeguarding",
        "multi-agency",
        "assessment",
        "referral",
        "refer",
        "perpetrator",
        "contingency",
        "key worker",
        "lead professional",
        "statutory",
        "legal planning meeting",
        "public law outline",
        "licence breach",
        "domestic abuse",
        "mitigate",
        "risk factors",
        "escalate",
    };
    return list;
}

std::string plainRole(Role role) {
    switch (role) {
    case Role::SocialWorker:
        return "social worker";
    case Role::TeamManager:
        return "social worker's manager";
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
        return "teacher";
    case Role::EarlyYears:
        return "nursery worker";
    case Role::Probation:
        return "probation officer";
    case Role::Advocate:
        return "advocate, who helps you have your say";
    case Role::Chair:
        return "the person who ran the meeting";
    default:
        return "";
    }
}

std::string nameForChild(const Conference& c, const std::string& who) {
    const Participant* p = participantNamed(c, who);
    if (!p) return trimmed(who);
    if (const Adult* adult = adultOf(c, *p); adult && !trimmed(adult->knownAs).empty())
        return trimmed(adult->knownAs);
    const std::string first = firstName(p->name);
    if (isFamily(p->role)) return first;
    const std::string role = plainRole(p->role);
    if (role.empty()) return first;
    if (p->role == Role::Chair) return first + ", " + role;
    // "Your" only for those who are there for the child: the police officer
    // and the probation officer are there about an adult.
    const bool theirs = p->role == Role::Police || p->role == Role::Probation ||
                        p->role == Role::TeamManager || p->role == Role::OtherProfessional;
    return first + (theirs ? ", a " : ", your ") + role;
}

std::string howViewCame(const Conference& c, const Child& child, const ChildView& view) {
    const std::string name = firstName(child.name);
    const Participant* by = view.by ? findParticipant(c, *view.by) : nullptr;
    std::string who;
    if (by) {
        const std::string role = plainRole(by->role);
        who = by->name + (role.empty() || by->role == Role::Chair || by->role == Role::Advocate
                              ? ""
                              : ", the " + role);
    }
    switch (view.how) {
    case ViewHow::InMeeting:
        return name + " said in the meeting:";
    case ViewHow::Relayed:
        return by ? name + " told " + who + ":" : name + " told us:";
    case ViewHow::Written:
        return by ? name + " wrote, read by " + who + ":" : name + " wrote:";
    case ViewHow::Recorded:
        return by ? name + " recorded, played by " + who + ":" : name + " recorded:";
    case ViewHow::Advocate:
        return by ? name + "'s advocate, " + by->name + ", said:" : name + "'s advocate said:";
    case ViewHow::Observed:
        return by ? who + ", has seen:" : "What the adults around " + name + " have seen:";
    }
    return name + ":";
}

bool toldAbout(const Child& child, const ChildView& view) {
    if (view.how == ViewHow::Observed || !quotedWords(view.text).empty()) return false;
    const std::string first = lower(firstName(child.name));
    return !first.empty() && containsWord(lower(view.text), first);
}

std::string viewWords(const Child& child, const ChildView& view) {
    if (view.how == ViewHow::Observed || toldAbout(child, view)) return view.text;
    return "\u201C" + view.text + "\u201D";
}

std::string madeChildWords(const Conference& c, const Action& a) {
    const std::string what = trimmed(a.what);
    if (!what.empty() && readability(what).easy()) return what;
    return whoHelps(c, a);
}

std::string childWords(const Conference& c, const Action& a) {
    if (a.forChild && !trimmed(*a.forChild).empty()) return trimmed(*a.forChild);
    return madeChildWords(c, a);
}

bool isYoungChild(const Conference& c, const Child& child) {
    auto age = ageOn(child.dateOfBirth, conferenceDate(c));
    return age && *age < 10;
}

std::vector<const Action*> actionsForChild(const Conference& c, const Child& child) {
    std::vector<const Action*> out;
    const bool young = isYoungChild(c, child);
    for (const auto& a : c.plan.actions) {
        if (!mayShow(c, a, Audience::child())) continue;
        bool named = std::find(a.children.begin(), a.children.end(), child.id) != a.children.end();
        if (named || (a.children.empty() && !young)) out.push_back(&a);
    }
    return out;
}

namespace {

// "Aisha, your social worker" as the subject of a sentence needs its closing
// comma: "Aisha, your social worker, has noticed".
std::string asSubject(std::string who) {
    if (who.find(", ") != std::string::npos) who += ",";
    return who;
}

} // namespace

std::string quotedWords(const std::string& text) {
    static const std::string open = "\u201c", close = "\u201d";
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = std::string::npos, end = std::string::npos, skip = 0;
        if (text[i] == '"') {
            start = i + 1;
            end = text.find('"', start);
            skip = 1;
        } else if (text.compare(i, open.size(), open) == 0) {
            start = i + open.size();
            end = text.find(close, start);
            skip = close.size();
        }
        if (start == std::string::npos) {
            ++i;
            continue;
        }
        if (end == std::string::npos) break;
        std::string inner = trimmed(std::string_view(text).substr(start, end - start));
        if (!inner.empty()) parts.push_back(inner);
        i = end + skip;
    }
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : " ") + p;
    return out;
}

std::string notForChild(std::string_view text) {
    const Readability r = readability(text);
    if (!r.jargon.empty()) return "\"" + r.jargon.front() + "\" is not a word for a child";
    if (r.longest > easyReadLongestWords)
        return "a sentence of " + std::to_string(r.longest) + " words (" +
               std::to_string(easyReadLongestWords) + " at most)";
    if (r.averageWords() > viewAverageWords)
        return "its sentences are long (" + std::to_string(static_cast<int>(r.averageWords())) +
               " words on average)";
    return {};
}

ViewForChild viewForChild(const Conference& c, const Child& child, const ChildView& view) {
    const std::string by = view.by && !trimmed(*view.by).empty() ? nameForChild(c, *view.by) : "";
    const std::string text = trimmed(view.text);
    const bool readable = !text.empty() && notForChild(text).empty();
    if (view.how == ViewHow::Observed) {
        const std::string who = by.empty() ? "The grown-ups" : asSubject(by);
        const std::string has = by.empty() ? " have" : " has";
        if (readable) return {who + has + " noticed:", text, false, true, true};
        return {who + has + " noticed how you are getting on. Ask them about it.", "", false, true,
                false};
    }
    // How the words came, as the child did it.
    std::string lead;
    switch (view.how) {
    case ViewHow::InMeeting:
        lead = "You said in the meeting:";
        break;
    case ViewHow::Written:
        lead = "You wrote:";
        break;
    case ViewHow::Recorded:
        lead = "You recorded:";
        break;
    case ViewHow::Advocate:
        lead = by.empty() ? "You told your advocate:" : "You told " + by + ":";
        break;
    default:
        lead = "You told " + (by.empty() ? std::string("us") : by) + ":";
    }
    // The child's own words, where a grown-up wrote them between quotation marks.
    if (const std::string quoted = quotedWords(view.text); !quoted.empty())
        return {lead, quoted, true};
    // Told through a grown-up and written in their words ("Zoë told Daniel she
    // wants ..."), the child named in it: given back as written, and said to
    // be the grown-up's telling. Otherwise the words are the child's own ("I
    // like it when Nan picks me up").
    if (readable) {
        if (!toldAbout(child, view)) return {lead, text, true};
        const std::string teller = by.empty() ? "A grown-up" : asSubject(by);
        return {teller + " told the meeting what you said:", text, false};
    }
    if (view.how == ViewHow::InMeeting)
        return {"You told the meeting what you think.", "", false, false, false};
    return {"You told " + (by.empty() ? std::string("us") : asSubject(by)) +
                " what you think. It was shared at the meeting.",
            "", false, false, false};
}

std::vector<Finding> checkChildPlan(const Conference& c) {
    std::vector<Finding> out;
    for (const auto& child : c.children)
        for (const auto& view : child.views) {
            if (!mayShow(c, view, Audience::child()) || viewForChild(c, child, view).kept) continue;
            out.push_back({"child-view-not-quoted", Severity::Info,
                           "A view of " + firstName(child.name) + " is not given back in " +
                               firstName(child.name) +
                               "'s plan as written: " + notForChild(trimmed(view.text)) +
                               ". Write it as the child would read it (Decision phase).",
                           child.id});
        }
    std::vector<Id> seen;
    for (const auto& child : c.children)
        for (const Action* a : actionsForChild(c, child)) {
            if (std::find(seen.begin(), seen.end(), a->id) != seen.end()) continue;
            seen.push_back(a->id);
            if (a->forChild && !trimmed(*a->forChild).empty()) {
                if (!readability(*a->forChild).easy())
                    out.push_back({"child-words-hard", Severity::Warning,
                                   "The words for the child of an action are not easy to read: "
                                   "shorter sentences, and no words such as \"" +
                                       (readability(*a->forChild).jargon.empty()
                                            ? std::string("conference")
                                            : readability(*a->forChild).jargon.front()) +
                                       "\".",
                                   a->id});
                continue;
            }
            if (!readability(trimmed(a->what)).easy())
                out.push_back({"child-words-needed", Severity::Info,
                               "An action for " + firstName(child.name) +
                                   "'s plan is too hard for a child to read as it is: write it "
                                   "for the child in the Plan phase.",
                               a->id});
        }
    return out;
}

} // namespace cpc
