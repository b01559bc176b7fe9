#include "interchange/import_check.hpp"

#include "domain/names.hpp"
#include "domain/outcome.hpp"

#include <set>
#include <string>

namespace cpc::interchange {
namespace {

using Json = nlohmann::json;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw ImportError((path.empty() ? std::string("top level") : path) + ": " + what);
}

std::string at(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

std::string field(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

std::string thousands(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::size_t characters(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char ch : s)
        n += (ch & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::size_t listLimit(const std::string& path, const ImportLimits& limits) {
    if (path == "items") return limits.items;
    if (path == "plan.actions") return limits.actions;
    if (path == "children" || path == "adults" || path == "participants") return limits.people;
    if (path == "scaling") return limits.rounds;
    return limits.listEntries;
}

// Every string and every list of the document, against the limits, before
// anything is built from it.
void withinLimits(const Json& j, const std::string& path, const ImportLimits& limits) {
    if (j.is_string()) {
        auto n = characters(j.get_ref<const std::string&>());
        if (n > limits.textChars)
            fail(path, thousands(n) + " characters; the limit is " + thousands(limits.textChars));
    } else if (j.is_array()) {
        if (j.size() > listLimit(path, limits))
            fail(path, thousands(j.size()) + " entries; the limit is " +
                           thousands(listLimit(path, limits)));
        for (std::size_t i = 0; i < j.size(); ++i)
            withinLimits(j[i], at(path, i), limits);
    } else if (j.is_object()) {
        for (const auto& [key, value] : j.items())
            withinLimits(value, field(path, key), limits);
    }
}

void year(const std::optional<Date>& d, const std::string& path) {
    if (d && !withinRecordYears(*d))
        fail(path, formatDate(*d) + " is not a date between 1900 and 2100");
}

void year(const std::optional<DateTime>& t, const std::string& path) {
    if (t) year(std::optional<Date>(dateOf(*t)), path);
}

void endsAfter(const std::optional<DateTime>& from, const std::optional<DateTime>& to,
               const std::string& path, const char* what) {
    if (from && to && *to < *from)
        fail(path, "ends (" + formatDateTime(*to) + ") before " + what + " (" +
                       formatDateTime(*from) + ")");
}

template <class T> void once(const std::vector<T>& list, const std::string& path, auto name) {
    std::set<T> seen;
    for (std::size_t i = 0; i < list.size(); ++i)
        if (!seen.insert(list[i]).second) fail(at(path, i), name(list[i]) + " is listed twice");
}

auto quoted = [](const std::string& id) { return "\"" + id + "\""; };
auto category = [](Category c) { return "\"" + std::string(token(c)) + "\""; };

} // namespace

void checkConsistent(const Conference& c) {
    year(c.details.scheduledStart, "conference.scheduled_start");
    year(c.details.strategyDiscussion, "conference.strategy_discussion");
    year(c.details.previousConference, "conference.previous_conference");
    year(c.meeting.started, "conference.meeting.started");
    year(c.meeting.ended, "conference.meeting.ended");
    for (std::size_t i = 0; i < c.readBacks.size(); ++i)
        year(std::optional(c.readBacks[i].at), at("conference.read_backs", i) + ".at");
    endsAfter(c.meeting.started, c.meeting.ended, "conference.meeting.ended", "it starts");
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        year(c.children[i].dateOfBirth, at("children", i) + ".date_of_birth");
        for (std::size_t k = 0; k < c.children[i].views.size(); ++k)
            year(c.children[i].views[k].said, at(at("children", i) + ".views", k) + ".said");
    }
    for (std::size_t i = 0; i < c.adults.size(); ++i)
        year(c.adults[i].dateOfBirth, at("adults", i) + ".date_of_birth");
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
        const auto& presence = c.participants[i].presence;
        for (std::size_t k = 0; k < presence.size(); ++k) {
            auto path = at(at("participants", i) + ".presence", k);
            year(std::optional(presence[k].from), path + ".from");
            year(presence[k].to, path + ".to");
            endsAfter(presence[k].from, presence[k].to, path + ".to", "it begins");
            if (k > 0 && presence[k - 1].to && presence[k].from < *presence[k - 1].to)
                fail(path + ".from", "begins before the time in the room above it ends");
        }
        if (const auto& check = c.participants[i].privacyCheck)
            year(std::optional(check->at), at("participants", i) + ".privacy_check.at");
    }
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
        year(c.reports[i].received, at("reports", i) + ".received");
        year(c.reports[i].sharedWithParents, at("reports", i) + ".shared_with_parents");
    }
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        year(c.items[i].said, at("items", i) + ".said");
        once(c.items[i].children, at("items", i) + ".children", quoted);
    }
    for (std::size_t i = 0; i < c.scaling.size(); ++i)
        for (std::size_t k = 0; k < c.scaling[i].responses.size(); ++k)
            year(c.scaling[i].responses[k].said, at(at("scaling", i) + ".responses", k) + ".said");
    for (std::size_t i = 0; i < c.decisions.size(); ++i) {
        const auto& d = c.decisions[i];
        auto path = at("decisions", i);
        once(d.categories, path + ".categories", category);
        if (d.outcome && !fitsTogether(*d.outcome, d.childInNeedPlan))
            fail(path + ".child_in_need_plan",
                 "true goes only with \"end_plan\" (the outcome is \"" +
                     std::string(token(*d.outcome)) + "\")");
        for (std::size_t k = 0; k < d.views.size(); ++k) {
            year(d.views[k].said, at(path + ".views", k) + ".said");
            once(d.views[k].categories, at(path + ".views", k) + ".categories", category);
        }
        for (std::size_t k = 0; k < d.dissent.size(); ++k)
            year(d.dissent[k].said, at(path + ".dissent", k) + ".said");
    }
    const auto& plan = c.plan.details;
    once(plan.coreGroup, "plan.core_group", quoted);
    year(plan.firstCoreGroup, "plan.first_core_group");
    year(plan.reviewConference, "plan.review_conference");
    year(plan.coreGroupBeforeReview, "plan.core_group_before_review");
    year(plan.firstCinReview, "plan.first_cin_review");
    for (std::size_t i = 0; i < c.plan.actions.size(); ++i) {
        year(c.plan.actions[i].by, at("plan.actions", i) + ".by");
        once(c.plan.actions[i].children, at("plan.actions", i) + ".children", quoted);
    }
}

Conference importDocument(std::string_view text, const ImportLimits& limits) {
    if (text.size() > limits.fileBytes)
        throw ImportError("the file is " + thousands(text.size()) + " bytes; the limit is " +
                          thousands(limits.fileBytes));
    Json j = parseJson(text); // one document, nothing after it, no NUL byte
    withinLimits(j, "", limits);
    Conference c = fromJson(j);
    checkConsistent(c);
    return c;
}

} // namespace cpc::interchange
