#include "domain/edit.hpp"

#include "domain/disclosure.hpp"
#include "domain/names.hpp"
#include "domain/outcome.hpp"
#include "domain/read_back.hpp"
#include "domain/taking_part.hpp"
#include "domain/words.hpp"
#include "domain/typed.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <type_traits>
#include <utility>

namespace cpc {
namespace {

using namespace edit;

[[noreturn]] void fail(const std::string& message) {
    throw EditError(message);
}

template <class T, class Key = Id T::*>
std::optional<std::size_t> indexOf(const std::vector<T>& list, const Id& id, Key key = &T::id) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].*key == id) return i;
    return std::nullopt;
}

template <class T, class Key = Id T::*>
std::size_t require(const std::vector<T>& list, const Id& id, std::string_view what,
                    Key key = &T::id) {
    if (auto i = indexOf(list, id, key)) return *i;
    fail("no " + std::string(what) + " \"" + id + "\"");
}

void requireText(const std::string& s, std::string_view what) {
    if (isBlank(s)) fail(std::string(what) + " is empty");
}

void requireChild(const Conference& c, const Id& id) {
    if (!findChild(c, id)) fail("no child \"" + id + "\"");
}

void requireParticipant(const Conference& c, const Id& id) {
    if (!findParticipant(c, id)) fail("no participant \"" + id + "\"");
}

void requireChildren(const Conference& c, const std::vector<Id>& ids) {
    for (const auto& id : ids)
        requireChild(c, id);
}

// Children, adults and participants are all people of one record: one id names one person.
void requireFreePersonId(const Conference& c, const Id& id, std::string_view kind) {
    if (id.empty()) fail(std::string(kind) + " has no id");
    bool taken = (kind != "child" && findChild(c, id)) ||
                 (kind != "adult" && indexOf(c.adults, id)) ||
                 (kind != "participant" && findParticipant(c, id));
    if (taken) fail("the id \"" + id + "\" already names another person");
}

void checkScore(const ScaleAnswer& a) {
    if (a.score && !onScale(*a.score))
        fail("a score of " + std::to_string(*a.score) + " is outside " +
             std::to_string(lowestScore) + ".." + std::to_string(highestScore));
}

void checkRound(const Conference& c, const ScalingRound& r) {
    if (r.id.empty()) fail("scaling round has no id");
    if (r.child) requireChild(c, *r.child);
    if (r.statement && !findItem(c, *r.statement)) fail("no item \"" + *r.statement + "\"");
    std::vector<Id> seen;
    for (const auto& a : r.responses) {
        requireParticipant(c, a.participant);
        checkScore(a);
        if (std::find(seen.begin(), seen.end(), a.participant) != seen.end())
            fail("\"" + a.participant + "\" answered twice");
        seen.push_back(a.participant);
    }
}

void checkItem(const Conference& c, const Item& item) {
    if (item.id.empty()) fail("item has no id");
    requireText(item.text, "the item's text");
    requireChildren(c, item.children);
    if (item.source) requireParticipant(c, *item.source);
}

void checkDecision(const Conference& c, const Decision& d) {
    requireChild(c, d.child);
    if (d.outcome && !fitsTogether(*d.outcome, d.childInNeedPlan))
        fail("a Child in Need plan follows only a child protection plan that ends (the outcome "
             "is " +
             std::string(label(*d.outcome)) + ")");
    for (const auto& v : d.views)
        requireParticipant(c, v.participant);
    for (const auto& x : d.dissent)
        requireParticipant(c, x.participant);
    for (const auto& p : d.parentsViews)
        if (!p.participant.empty()) requireParticipant(c, p.participant);
}

void checkChild(const Conference& c, const Child& child) {
    requireText(child.name, "the child's name");
    for (const auto& v : child.views) {
        requireText(v.text, "the child's view");
        if (v.by) requireParticipant(c, *v.by);
    }
}

void checkPrivacyCheck(const Participant& p) {
    if (p.privacyCheck && !isFamily(p.role))
        fail("a privacy check is for a family member on a call, and " + p.name + " is " +
             lowerFirst(label(p.role)));
}

void checkParticipant(const Conference& c, const Participant& p) {
    requireText(p.name, "the participant's name");
    checkPrivacyCheck(p);
    if (p.adult && !indexOf(c.adults, *p.adult)) fail("no adult \"" + *p.adult + "\"");
}

void checkAction(const Conference& c, const Action& a) {
    if (a.id.empty()) fail("action has no id");
    requireChildren(c, a.children);
}

void checkPlanDetails(const Conference& c, const PlanDetails& p) {
    if (p.keyWorker) requireParticipant(c, *p.keyWorker);
    for (const auto& id : p.coreGroup)
        requireParticipant(c, id);
}

// What still points at a person or a child: removing it would leave the record dangling.
std::optional<std::string> referenceTo(const Conference& c, const Id& id) {
    auto has = [&](const std::vector<Id>& ids) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    for (const auto& i : c.items)
        if (i.source == id || has(i.children)) return "an item on the board";
    for (const auto& r : c.reports)
        if (r.author == id) return "a report";
    for (const auto& r : c.scaling) {
        if (r.child == id) return "a scaling round";
        for (const auto& a : r.responses)
            if (a.participant == id) return "a scaling answer";
    }
    for (const auto& ch : c.children)
        for (const auto& v : ch.views)
            if (v.by == id) return "a view of the child";
    for (const auto& p : c.participants)
        if (p.adult == id) return "an invited person";
    for (const auto& d : c.decisions) {
        if (d.child == id) return "a decision";
        for (const auto& p : d.parentsViews)
            if (p.participant == id) return "a parent's view";
        for (const auto& v : d.views)
            if (v.participant == id) return "a recommendation";
        for (const auto& x : d.dissent)
            if (x.participant == id) return "a dissent";
    }
    if (c.plan.details.keyWorker == id || has(c.plan.details.coreGroup)) return "the plan";
    for (const auto& r : c.readBacks)
        if (r.to == id) return "a read-back";
    for (const auto& a : c.plan.actions)
        if (a.who == id || has(a.children)) return "a plan action";
    return std::nullopt;
}

void requireUnreferenced(const Conference& c, const Id& id, std::string_view what) {
    if (auto ref = referenceTo(c, id))
        fail("cannot remove " + std::string(what) + " \"" + id + "\": " + *ref + " refers to them");
}

// Put adds a new entity at `position`, or replaces one with the same id in place.
template <class PutEdit, class RemoveEdit, class T>
Edit put(std::vector<T>& list, const T& value, std::size_t position) {
    if (auto i = indexOf(list, value.id)) {
        PutEdit inverse{list[*i], *i};
        list[*i] = value;
        return inverse;
    }
    list.insert(list.begin() + static_cast<std::ptrdiff_t>(std::min(position, list.size())), value);
    return RemoveEdit{value.id};
}

template <class PutEdit, class T> Edit remove(std::vector<T>& list, std::size_t index) {
    PutEdit inverse{list[index], index};
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(index));
    return inverse;
}

// Items keep one list in board order; positions count within a column.
std::size_t positionInColumn(const Conference& c, std::size_t index) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < index; ++i)
        if (c.items[i].column == c.items[index].column) ++pos;
    return pos;
}

// Items of one column stay together, columns in board order, so that one board
// has one list and undoing a move gives back exactly the list it started from.
void insertItem(Conference& c, const Item& item, std::size_t position) {
    std::size_t at = 0, seen = 0;
    while (at < c.items.size() && c.items[at].column < item.column)
        ++at;
    while (at < c.items.size() && c.items[at].column == item.column && seen < position) {
        ++at;
        ++seen;
    }
    c.items.insert(c.items.begin() + static_cast<std::ptrdiff_t>(at), item);
}

// Every change to one child's decision is undone by putting the old decision back.
template <class Change> Edit changeDecision(Conference& c, const Id& child, Change change) {
    requireChild(c, child);
    auto i = indexOf(c.decisions, child, &Decision::child);
    Decision d = i ? c.decisions[*i] : Decision{.child = child};
    change(d);
    checkDecision(c, d);
    if (i) {
        PutDecision inverse{c.decisions[*i], *i};
        c.decisions[*i] = std::move(d);
        return inverse;
    }
    c.decisions.push_back(std::move(d));
    return RemoveDecision{child};
}

template <class Change> Edit changeRound(Conference& c, const Id& round, Change change) {
    auto i = require(c.scaling, round, "scaling round");
    ScalingRound r = c.scaling[i];
    change(r);
    checkRound(c, r);
    PutRound inverse{c.scaling[i], i};
    c.scaling[i] = std::move(r);
    return inverse;
}

template <class Change> Edit changeParticipant(Conference& c, const Id& id, Change change) {
    auto i = require(c.participants, id, "participant");
    Participant p = c.participants[i];
    change(p);
    PutParticipant inverse{c.participants[i], i};
    c.participants[i] = std::move(p);
    return inverse;
}

template <class V, class Key> void upsert(std::vector<V>& list, const V& value, Key key) {
    auto it =
        std::find_if(list.begin(), list.end(), [&](const V& x) { return x.*key == value.*key; });
    if (it == list.end())
        list.push_back(value);
    else
        *it = value;
}

template <class V, class Key>
void erase(std::vector<V>& list, const Id& id, Key key, const char* what) {
    auto it = std::find_if(list.begin(), list.end(), [&](const V& x) { return x.*key == id; });
    if (it == list.end()) fail(std::string("no ") + what + " from \"" + id + "\"");
    list.erase(it);
}

struct Applier {
    Conference& c;

    Edit operator()(const SetDetails& e) {
        SetDetails inverse{c.details};
        c.details = e.details;
        return inverse;
    }
    Edit operator()(const SetSettings& e) {
        if (e.settings.recordDueWorkingDays < 1 || e.settings.recordDueWorkingDays > 60)
            fail("the record is due within 1 to 60 working days");
        SetSettings inverse{c.settings};
        c.settings = e.settings;
        return inverse;
    }
    Edit operator()(const SetMeetingTimes& e) {
        if (e.times.started && e.times.ended && *e.times.ended < *e.times.started)
            fail("the meeting cannot end before it started");
        SetMeetingTimes inverse{c.meeting};
        c.meeting = e.times;
        return inverse;
    }

    Edit operator()(const PutChild& e) {
        requireFreePersonId(c, e.child.id, "child");
        checkChild(c, e.child);
        return put<PutChild, RemoveChild>(c.children, e.child, e.position);
    }
    Edit operator()(const RemoveChild& e) {
        auto i = require(c.children, e.id, "child");
        requireUnreferenced(c, e.id, "child");
        return remove<PutChild>(c.children, i);
    }
    Edit operator()(const PutAdult& e) {
        requireFreePersonId(c, e.adult.id, "adult");
        requireText(e.adult.name, "the adult's name");
        return put<PutAdult, RemoveAdult>(c.adults, e.adult, e.position);
    }
    Edit operator()(const RemoveAdult& e) {
        auto i = require(c.adults, e.id, "adult");
        requireUnreferenced(c, e.id, "adult");
        return remove<PutAdult>(c.adults, i);
    }
    Edit operator()(const PutParticipant& e) {
        requireFreePersonId(c, e.participant.id, "participant");
        checkParticipant(c, e.participant);
        return put<PutParticipant, RemoveParticipant>(c.participants, e.participant, e.position);
    }
    Edit operator()(const RemoveParticipant& e) {
        auto i = require(c.participants, e.id, "participant");
        requireUnreferenced(c, e.id, "participant");
        return remove<PutParticipant>(c.participants, i);
    }
    Edit operator()(const PutReport& e) {
        if (e.report.id.empty()) fail("report has no id");
        requireParticipant(c, e.report.author);
        return put<PutReport, RemoveReport>(c.reports, e.report, e.position);
    }
    Edit operator()(const RemoveReport& e) {
        return remove<PutReport>(c.reports, require(c.reports, e.id, "report"));
    }

    Edit operator()(const MarkArrival& e) {
        return changeParticipant(c, e.participant, [&](Participant& p) {
            if (!p.presence.empty() && !p.presence.back().to)
                fail(p.name + " is already in the room");
            if (!p.presence.empty() && e.at < *p.presence.back().to)
                fail(p.name + " cannot arrive before they last left");
            p.presence.push_back({e.at, std::nullopt, "", e.mode});
            p.attendance = Attendance::Attended;
        });
    }
    Edit operator()(const SetPrivacyCheck& e) {
        return changeParticipant(c, e.participant, [&](Participant& p) {
            p.privacyCheck = e.check;
            checkPrivacyCheck(p);
        });
    }
    Edit operator()(const RecordReadBack& e) {
        requireParticipant(c, e.readBack.to);
        const std::size_t at = std::min(e.position, c.readBacks.size());
        c.readBacks.insert(c.readBacks.begin() + static_cast<std::ptrdiff_t>(at), e.readBack);
        return RemoveReadBack{at};
    }
    Edit operator()(const RemoveReadBack& e) {
        if (e.position >= c.readBacks.size()) fail("no read-back " + std::to_string(e.position + 1));
        RecordReadBack inverse{c.readBacks[e.position], e.position};
        c.readBacks.erase(c.readBacks.begin() + static_cast<std::ptrdiff_t>(e.position));
        return inverse;
    }
    Edit operator()(const ChangeMode& e) {
        return changeParticipant(c, e.participant, [&](Participant& p) {
            if (p.presence.empty() || p.presence.back().to) fail(p.name + " is not taking part");
            Presence& now = p.presence.back();
            if (e.at < now.from) fail(p.name + " cannot change before arriving");
            if (e.mode == now.mode) fail(p.name + " is already " + howWords(e.mode));
            // A change in the stretch's first moment corrects how they
            // arrived rather than leave a stretch of no time in the record.
            if (e.at == now.from) {
                now.mode = e.mode;
                return;
            }
            now.to = e.at;
            p.presence.push_back({e.at, std::nullopt, "", e.mode});
        });
    }
    Edit operator()(const MarkDeparture& e) {
        return changeParticipant(c, e.participant, [&](Participant& p) {
            if (p.presence.empty() || p.presence.back().to) fail(p.name + " is not in the room");
            if (e.at < p.presence.back().from) fail(p.name + " cannot leave before arriving");
            p.presence.back().to = e.at;
            p.presence.back().askedToLeave = e.askedToLeave;
        });
    }
    Edit operator()(const SetAttendance& e) {
        if (e.attendance == Attendance::Excluded && isBlank(e.exclusionReason))
            fail("an exclusion needs its reasons");
        return changeParticipant(c, e.participant, [&](Participant& p) {
            p.attendance = e.attendance;
            p.exclusionReason = e.exclusionReason;
        });
    }

    Edit operator()(const AddItem& e) {
        if (findItem(c, e.item.id)) fail("the item id \"" + e.item.id + "\" is already used");
        checkItem(c, e.item);
        insertItem(c, e.item, e.position);
        return DeleteItem{e.item.id};
    }
    Edit operator()(const EditItem& e) {
        auto i = require(c.items, e.item.id, "item");
        Item changed = e.item;
        changed.column = c.items[i].column; // moving is MoveItem's job, so undo restores the place
        checkItem(c, changed);
        EditItem inverse{c.items[i]};
        c.items[i] = std::move(changed);
        return inverse;
    }
    Edit operator()(const MoveItem& e) {
        auto i = require(c.items, e.id, "item");
        MoveItem inverse{e.id, c.items[i].column, positionInColumn(c, i)};
        Item item = c.items[i];
        item.column = e.column;
        c.items.erase(c.items.begin() + static_cast<std::ptrdiff_t>(i));
        insertItem(c, item, e.position);
        return inverse;
    }
    Edit operator()(const DeleteItem& e) {
        auto i = require(c.items, e.id, "item");
        for (const auto& r : c.scaling)
            if (r.statement == e.id) fail("the item is the statement of a scaling round");
        // An action made from a withheld item is protected through it: deleting
        // the item would put the action's words in front of the family.
        if (withheld(c, c.items[i]) != Withheld::No)
            for (const auto& a : c.plan.actions)
                if (a.fromItem == e.id && !a.confidential)
                    fail("the action \"" + a.what +
                         "\" was made from this item, which the family may not see: mark the "
                         "action confidential (Ctrl+H in Plan) before deleting the item");
        AddItem inverse{c.items[i], positionInColumn(c, i)};
        c.items.erase(c.items.begin() + static_cast<std::ptrdiff_t>(i));
        return inverse;
    }

    Edit operator()(const PutRound& e) {
        checkRound(c, e.round);
        return put<PutRound, RemoveRound>(c.scaling, e.round, e.position);
    }
    Edit operator()(const RemoveRound& e) {
        return remove<PutRound>(c.scaling, require(c.scaling, e.id, "scaling round"));
    }
    Edit operator()(const RecordAnswer& e) {
        return changeRound(c, e.round, [&](ScalingRound& r) {
            upsert(r.responses, e.answer, &ScaleAnswer::participant);
        });
    }
    Edit operator()(const ClearAnswer& e) {
        return changeRound(c, e.round, [&](ScalingRound& r) {
            erase(r.responses, e.participant, &ScaleAnswer::participant, "answer");
        });
    }
    Edit operator()(const RevealRound& e) {
        return changeRound(c, e.round, [&](ScalingRound& r) { r.revealed = e.revealed; });
    }

    Edit operator()(const PutDecision& e) {
        checkDecision(c, e.decision);
        auto i = indexOf(c.decisions, e.decision.child, &Decision::child);
        if (i) {
            PutDecision inverse{c.decisions[*i], *i};
            c.decisions[*i] = e.decision;
            return inverse;
        }
        auto at = std::min(e.position, c.decisions.size());
        c.decisions.insert(c.decisions.begin() + static_cast<std::ptrdiff_t>(at), e.decision);
        return RemoveDecision{e.decision.child};
    }
    Edit operator()(const RemoveDecision& e) {
        auto i = require(c.decisions, e.child, "decision for", &Decision::child);
        PutDecision inverse{c.decisions[i], i};
        c.decisions.erase(c.decisions.begin() + static_cast<std::ptrdiff_t>(i));
        return inverse;
    }
    Edit operator()(const SetThreshold& e) {
        return changeDecision(c, e.child, [&](Decision& d) { d.threshold = e.threshold; });
    }
    Edit operator()(const SetOutcome& e) {
        return changeDecision(c, e.child, [&](Decision& d) {
            d.outcome = e.outcome;
            d.categories = e.categories;
            d.childInNeedPlan = e.childInNeedPlan;
        });
    }
    Edit operator()(const SetReasons& e) {
        return changeDecision(c, e.child, [&](Decision& d) {
            d.reasons = e.reasons;
            d.multipleCategoryReasons = e.multipleCategoryReasons;
        });
    }
    Edit operator()(const RecordView& e) {
        return changeDecision(c, e.child,
                              [&](Decision& d) { upsert(d.views, e.view, &View::participant); });
    }
    Edit operator()(const RemoveView& e) {
        return changeDecision(c, e.child, [&](Decision& d) {
            erase(d.views, e.participant, &View::participant, "recommendation");
        });
    }
    Edit operator()(const RecordDissent& e) {
        return changeDecision(
            c, e.child, [&](Decision& d) { upsert(d.dissent, e.dissent, &Dissent::participant); });
    }
    Edit operator()(const RemoveDissent& e) {
        return changeDecision(c, e.child, [&](Decision& d) {
            erase(d.dissent, e.participant, &Dissent::participant, "dissent");
        });
    }
    Edit operator()(const SetParentsView& e) {
        // One view per parent; a view emptied of everything is taken away.
        return changeDecision(c, e.child, [&](Decision& d) {
            const ParentsView& v = e.view;
            if (!v.agrees && isBlank(v.text) && !v.complaintProcessExplained) {
                std::erase_if(d.parentsViews,
                              [&](const ParentsView& x) { return x.participant == v.participant; });
                return;
            }
            upsert(d.parentsViews, v, &ParentsView::participant);
        });
    }

    Edit operator()(const SetPlanDetails& e) {
        checkPlanDetails(c, e.details);
        SetPlanDetails inverse{c.plan.details};
        c.plan.details = e.details;
        return inverse;
    }
    Edit operator()(const PutAction& e) {
        checkAction(c, e.action);
        return put<PutAction, RemoveAction>(c.plan.actions, e.action, e.position);
    }
    Edit operator()(const RemoveAction& e) {
        return remove<PutAction>(c.plan.actions, require(c.plan.actions, e.id, "action"));
    }
    // One edit, so that one undo puts the action back where it was.
    Edit operator()(const MoveAction& e) {
        auto& list = c.plan.actions;
        auto i = require(list, e.id, "action");
        auto to = e.position == end ? list.size() - 1 : e.position;
        if (to >= list.size())
            fail("position " + std::to_string(to) + " is outside 0.." +
                 std::to_string(list.size() - 1) + ", the places of the plan's actions");
        Action moved = std::move(list[i]);
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
        return MoveAction{e.id, i};
    }
};

// The stored names of the edit kinds, in the order of the Edit variant. The edit
// log stores these names, never the variant's index, so the order may change.
constexpr std::array<std::string_view, std::variant_size_v<Edit>> kindNames{
    "set_details",        "set_settings",     "set_meeting_times", "put_child",
    "remove_child",       "put_adult",        "remove_adult",      "put_participant",
    "remove_participant", "put_report",       "remove_report",     "mark_arrival",
    "mark_departure",     "set_attendance",   "add_item",          "edit_item",
    "move_item",          "delete_item",      "put_round",         "remove_round",
    "record_answer",      "clear_answer",     "reveal_round",      "put_decision",
    "remove_decision",    "set_threshold",    "set_outcome",       "set_reasons",
    "record_view",        "remove_view",      "record_dissent",    "remove_dissent",
    "set_parents_view",   "set_plan_details", "put_action",        "remove_action",
    "move_action",        "change_mode",      "set_privacy_check", "record_read_back",
    "remove_read_back"};

std::string quoted(const std::string& text) {
    constexpr std::size_t longest = 60;
    if (text.size() <= longest) return "\"" + text + "\"";
    auto cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut; // UTF-8
    return "\"" + text.substr(0, cut) + "...\"";
}

struct Describer {
    const Conference& c;

    std::string person(const Id& id) const {
        if (auto p = findParticipant(c, id)) return p->name;
        if (auto ch = findChild(c, id)) return ch->name;
        return id;
    }
    std::string child(const Id& id) const { return "for " + person(id); }
    // "the scaling round for Zoë Nowak": the chair never sees a round's id.
    std::string round(const Id& id) const {
        const ScalingRound* r = findRound(c, id);
        if (!r) return "a scaling round";
        if (r->statement)
            if (const Item* worry = findItem(c, *r->statement))
                return "the scaling round on " + quoted(worry->text);
        return "the scaling round " + (r->child ? child(*r->child) : "for all the children");
    }
    std::string time(DateTime t) const { return formatDateTime(t).substr(11, 5); } // "10:07"
    template <class T> std::string addedOrChanged(const std::vector<T>& list, const Id& id) const {
        return indexOf(list, id) ? "Changed " : "Added ";
    }

    std::string operator()(const SetDetails&) const { return "Changed the conference details"; }
    std::string operator()(const SetSettings&) const { return "Changed the area settings"; }
    std::string operator()(const SetMeetingTimes& e) const {
        if (e.times.ended) return "Meeting ended at " + time(*e.times.ended);
        if (e.times.started) return "Meeting started at " + time(*e.times.started);
        return "Cleared the meeting times";
    }
    std::string operator()(const PutChild& e) const {
        const Child* was = findChild(c, e.child.id);
        if (was && was->views.size() < e.child.views.size())
            return "Recorded a view of " + e.child.name + ": " + quoted(e.child.views.back().text);
        if (was && was->views != e.child.views) return "Changed the views of " + e.child.name;
        return addedOrChanged(c.children, e.child.id) + "child " + e.child.name;
    }
    std::string operator()(const RemoveChild& e) const { return "Removed child " + person(e.id); }
    std::string operator()(const PutAdult& e) const {
        return addedOrChanged(c.adults, e.adult.id) + "adult " + e.adult.name;
    }
    std::string operator()(const RemoveAdult& e) const { return "Removed adult " + e.id; }
    std::string operator()(const PutParticipant& e) const {
        return addedOrChanged(c.participants, e.participant.id) + e.participant.name + " (" +
               std::string(label(e.participant.role)) + ")";
    }
    std::string operator()(const RemoveParticipant& e) const { return "Removed " + person(e.id); }
    std::string operator()(const PutReport& e) const {
        return addedOrChanged(c.reports, e.report.id) + "report from " + person(e.report.author);
    }
    std::string operator()(const RemoveReport& e) const { return "Removed report " + e.id; }
    std::string operator()(const MarkArrival& e) const {
        if (e.mode == PresenceMode::Room) return person(e.participant) + " arrived at " + time(e.at);
        return person(e.participant) + " joined " + howWords(e.mode) + " at " + time(e.at);
    }
    // The note stays out of the line: it may name the person a parent fears.
    std::string operator()(const SetPrivacyCheck& e) const {
        if (!e.check) return "Cleared the privacy check of " + person(e.participant);
        return "Privacy check of " + person(e.participant) + " at " + time(e.check->at) + ": " +
               privacyAnswerWords(*e.check);
    }
    std::string operator()(const RecordReadBack& e) const { return readBackLine(c, e.readBack); }
    std::string operator()(const RemoveReadBack& e) const {
        if (e.position < c.readBacks.size())
            return "Unmarked: " + lowerFirst(readBackLine(c, c.readBacks[e.position]));
        return "Unmarked a read-back";
    }
    std::string operator()(const ChangeMode& e) const {
        return person(e.participant) + " " + howWords(e.mode) + " from " + time(e.at);
    }
    std::string operator()(const MarkDeparture& e) const {
        if (!e.askedToLeave.empty())
            return person(e.participant) + " was asked to leave at " + time(e.at) + " (" +
                   e.askedToLeave + ")";
        return person(e.participant) + " left at " + time(e.at);
    }
    std::string operator()(const SetAttendance& e) const {
        std::string s = person(e.participant) + ": " + std::string(label(e.attendance));
        return e.exclusionReason.empty() ? s : s + " (" + e.exclusionReason + ")";
    }
    std::string operator()(const AddItem& e) const {
        return "Added to " + std::string(label(e.item.column)) + " " + quoted(e.item.text);
    }
    // Who may see it is said in so many words: the audit trail is where a
    // chair shows why the family saw, or did not see, a thing.
    std::string operator()(const EditItem& e) const {
        const Item* was = findItem(c, e.item.id);
        if (was && was->confidential != e.item.confidential)
            return (e.item.confidential ? "Marked confidential: " : "No longer confidential: ") +
                   quoted(e.item.text);
        if (was && was->shownToFamily != e.item.shownToFamily)
            return (e.item.shownToFamily ? "Shared with the family: "
                                         : "Kept from the family again: ") +
                   quoted(e.item.text);
        return "Edited item " + quoted(e.item.text);
    }
    std::string operator()(const MoveItem& e) const {
        auto item = findItem(c, e.id);
        return "Moved " + (item ? quoted(item->text) : e.id) + " to " +
               std::string(label(e.column));
    }
    std::string operator()(const DeleteItem& e) const {
        auto item = findItem(c, e.id);
        return "Deleted item " + (item ? quoted(item->text) : e.id);
    }
    std::string operator()(const PutRound& e) const {
        return addedOrChanged(c.scaling, e.round.id) + "scaling round " + quoted(e.round.question);
    }
    std::string operator()(const RemoveRound& e) const { return "Removed " + round(e.id); }
    std::string operator()(const RecordAnswer& e) const {
        auto score = e.answer.score ? std::to_string(*e.answer.score) : std::string("declined");
        return "Scaling: " + person(e.answer.participant) + " " + score;
    }
    std::string operator()(const ClearAnswer& e) const {
        return "Scaling: cleared the answer of " + person(e.participant);
    }
    std::string operator()(const RevealRound& e) const {
        return e.revealed ? "Revealed " + round(e.round) : "Blinded " + round(e.round) + " again";
    }
    std::string operator()(const PutDecision& e) const {
        return "Recorded the decision " + child(e.decision.child);
    }
    std::string operator()(const RemoveDecision& e) const {
        return "Removed the decision " + child(e.child);
    }
    std::string operator()(const SetThreshold& e) const {
        return "Threshold test " + child(e.child);
    }
    std::string operator()(const SetOutcome& e) const {
        std::string s = "Outcome " + child(e.child) + ": ";
        s += e.outcome ? choiceLabel({*e.outcome, e.childInNeedPlan}) : "not decided";
        for (auto cat : e.categories)
            s += ", " + std::string(label(cat));
        return s;
    }
    std::string operator()(const SetReasons& e) const { return "Reasons " + child(e.child); }
    std::string operator()(const RecordView& e) const {
        return "Recommendation of " + person(e.view.participant) + " " + child(e.child) + ": " +
               std::string(label(e.view.recommendation));
    }
    std::string operator()(const RemoveView& e) const {
        return "Removed the recommendation of " + person(e.participant) + " " + child(e.child);
    }
    std::string operator()(const RecordDissent& e) const {
        return "Dissent of " + person(e.dissent.participant) + " " + child(e.child);
    }
    std::string operator()(const RemoveDissent& e) const {
        return "Removed the dissent of " + person(e.participant) + " " + child(e.child);
    }
    std::string operator()(const SetParentsView& e) const {
        if (e.view.participant.empty()) return "Parents' view " + child(e.child);
        return "View of " + person(e.view.participant) + " " + child(e.child);
    }
    std::string operator()(const SetPlanDetails&) const { return "Changed the plan's details"; }
    std::string operator()(const PutAction& e) const {
        const Action* was = findAction(c, e.action.id);
        if (was && was->confidential != e.action.confidential)
            return (e.action.confidential ? "Marked action confidential: "
                                          : "Action no longer confidential: ") +
                   quoted(e.action.what);
        return addedOrChanged(c.plan.actions, e.action.id) + "action " + quoted(e.action.what);
    }
    std::string operator()(const RemoveAction& e) const {
        auto a = findAction(c, e.id);
        return "Removed action " + (a ? quoted(a->what) : e.id);
    }
    std::string operator()(const MoveAction& e) const {
        auto a = findAction(c, e.id);
        auto last = c.plan.actions.empty() ? 0 : c.plan.actions.size() - 1;
        // Numbered from 1, as the plan shows them.
        return "Moved action " + (a ? quoted(a->what) : e.id) + " to number " +
               std::to_string(std::min(e.position, last) + 1);
    }
};

} // namespace

Edit identified(const Conference& c, Edit e) {
    auto name = [&](Id& id, std::string_view prefix) {
        if (id.empty()) id = nextId(c, prefix);
    };
    std::visit(
        [&](auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, PutChild>)
                name(x.child.id, "c");
            else if constexpr (std::is_same_v<T, PutAdult>)
                name(x.adult.id, "a");
            else if constexpr (std::is_same_v<T, PutParticipant>)
                name(x.participant.id, "p");
            else if constexpr (std::is_same_v<T, PutReport>)
                name(x.report.id, "r");
            else if constexpr (std::is_same_v<T, AddItem>)
                name(x.item.id, "i");
            else if constexpr (std::is_same_v<T, PutRound>)
                name(x.round.id, "s");
            else if constexpr (std::is_same_v<T, PutAction>)
                name(x.action.id, "a");
        },
        e);
    return e;
}

Edit applyEdit(Conference& c, const Edit& e) {
    return std::visit(Applier{c}, identified(c, e));
}

std::string describe(const Conference& before, const Edit& e) {
    return std::visit(Describer{before}, e);
}

std::string_view kindName(const Edit& e) {
    return kindNames[e.index()];
}

namespace {
template <std::size_t... I>
std::optional<Edit> blankOf(std::string_view kind, std::index_sequence<I...>) {
    std::optional<Edit> out;
    ((kindNames[I] == kind ? (out.emplace(std::in_place_index<I>), true) : false) || ...);
    return out;
}
} // namespace

std::optional<Edit> blankEdit(std::string_view kind) {
    return blankOf(kind, std::make_index_sequence<std::variant_size_v<Edit>>{});
}

} // namespace cpc
