#include "interchange/json.hpp"

#include "domain/names.hpp"
#include "domain/rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <type_traits>

namespace cpc::interchange {
namespace {

using Json = nlohmann::json;
// Output is built in document order so that a written file reads like
// INTERCHANGE.md; toJson hands back the plain json type the API promises.
using Out = nlohmann::ordered_json;

constexpr std::string_view kFormat = "cpcboard/1";

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw ImportError((path.empty() ? std::string("top level") : path) + ": " + what);
}

std::string index(const std::string& path, std::size_t i) {
    return path + "[" + std::to_string(i) + "]";
}

// A value as JSON would write it, quotes and escapes included, so that a
// message stays on one line whatever the person typed.
std::string inQuotes(const std::string& s) {
    return Json(s).dump();
}

std::string found(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return v.dump();
    default:
        return "a number";
    }
}

// nlohmann checks UTF-8 when it parses text, but not in a json built in code,
// and would throw on writing it out later: refuse it at the door instead.
bool validUtf8(std::string_view s) {
    static constexpr char32_t least[] = {0, 0x80, 0x800, 0x10000};
    for (std::size_t i = 0; i < s.size();) {
        auto lead = static_cast<unsigned char>(s[i]);
        std::size_t more = 0;
        char32_t cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            more = 1, cp = lead & 0x1Fu;
        } else if ((lead & 0xF0) == 0xE0) {
            more = 2, cp = lead & 0x0Fu;
        } else if ((lead & 0xF8) == 0xF0) {
            more = 3, cp = lead & 0x07u;
        } else {
            return false;
        }
        if (s.size() - i <= more) return false;
        for (std::size_t k = 1; k <= more; ++k) {
            auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3Fu);
        }
        if (cp < least[more] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += more + 1;
    }
    return true;
}

int whole(const Json& v, const std::string& path, int lo, int hi) {
    if (!v.is_number()) fail(path, "expected a number, found " + found(v));
    double d = v.get<double>();
    if (std::trunc(d) != d) fail(path, v.dump() + " is not a whole number");
    if (d < lo || d > hi)
        fail(path, v.dump() + " is outside " + std::to_string(lo) + ".." + std::to_string(hi));
    return static_cast<int>(d);
}

template <class T> T as(const Json& v, const std::string& path);

// One JSON object at one place in the document: looks fields up, checks
// their type once, and names the place in every message.
class Reader {
  public:
    Reader(const Json& j, std::string path) : j_(j), path_(std::move(path)) {
        if (!j_.is_object()) fail(path_, "expected an object, found " + found(j_));
    }

    std::string at(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

    const Json* field(const char* key) const {
        auto it = j_.find(key);
        return it == j_.end() ? nullptr : &*it;
    }

    const Json& require(const char* key) const {
        if (const Json* v = field(key)) return *v;
        fail(path_, "missing required field \"" + std::string(key) + "\"");
    }

    template <class T> T need(const char* key) const { return as<T>(require(key), at(key)); }

    // Absent: the fallback; null is a wrong type here.
    template <class T> T get(const char* key, T fallback) const {
        const Json* v = field(key);
        return v ? as<T>(*v, at(key)) : fallback;
    }

    // Absent or null: nothing.
    template <class T> std::optional<T> maybe(const char* key) const {
        const Json* v = field(key);
        if (!v || v->is_null()) return std::nullopt;
        return as<T>(*v, at(key));
    }

    std::string text(const char* key) const { return get<std::string>(key, {}); }

    std::string requiredText(const char* key) const {
        auto s = need<std::string>(key);
        if (s.empty()) fail(at(key), "must not be empty");
        return s;
    }

    template <class T> std::vector<T> list(const char* key) const {
        const Json* v = field(key);
        if (!v) return {};
        if (!v->is_array()) fail(at(key), "expected an array, found " + found(*v));
        std::vector<T> out;
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i)
            out.push_back(as<T>((*v)[i], index(at(key), i)));
        return out;
    }

    std::optional<int> number(const char* key, int lo, int hi) const {
        const Json* v = field(key);
        if (!v || v->is_null()) return std::nullopt;
        return whole(*v, at(key), lo, hi);
    }

  private:
    const Json& j_;
    std::string path_;
};

void readFields(const Reader& r, Details& x) {
    x.kind = r.need<Kind>("kind");
    x.title = r.text("title");
    x.scheduledStart = r.maybe<DateTime>("scheduled_start");
    x.venue = r.text("venue");
    x.region = r.get("region", Region::EnglandWales);
    x.strategyDiscussion = r.maybe<Date>("strategy_discussion");
    x.previousConference = r.maybe<Date>("previous_conference");
    x.purpose = r.text("purpose");
}

void readFields(const Reader& r, Settings& x) {
    x.healthIsOneAgency = r.get("health_is_one_agency", Settings{}.healthIsOneAgency);
    x.recordDueWorkingDays =
        r.number("record_due_working_days", 1, 60).value_or(Settings{}.recordDueWorkingDays);
    x.organisation = r.text("organisation");
    x.complaintsContact = r.text("complaints_contact");
    x.marking = r.get("marking", Settings{}.marking);
}

void readFields(const Reader& r, ChildView& x) {
    x.how = r.need<ViewHow>("how");
    x.by = r.maybe<std::string>("by");
    x.text = r.requiredText("text");
    x.confidential = r.get("confidential", false);
    x.said = r.maybe<DateTime>("said");
}

void readFields(const Reader& r, MeetingTimes& x) {
    x.started = r.maybe<DateTime>("started");
    x.ended = r.maybe<DateTime>("ended");
}

void readFields(const Reader& r, Child& x) {
    x.id = r.requiredText("id");
    x.name = r.requiredText("name");
    x.dateOfBirth = r.maybe<Date>("date_of_birth");
    x.address = r.text("address");
    x.views = r.list<ChildView>("views");
}

void readFields(const Reader& r, Adult& x) {
    x.id = r.requiredText("id");
    x.name = r.requiredText("name");
    x.dateOfBirth = r.maybe<Date>("date_of_birth");
    x.address = r.text("address");
    x.relationship = r.text("relationship");
    x.knownAs = r.maybe<std::string>("known_to_children_as").value_or("");
}

void readFields(const Reader& r, Presence& x) {
    x.from = r.need<DateTime>("from");
    x.to = r.maybe<DateTime>("to");
    x.askedToLeave = r.maybe<std::string>("asked_to_leave").value_or("");
    x.mode = r.get("mode", PresenceMode::Room);
}

void readFields(const Reader& r, PrivacyCheck& x) {
    x.at = r.need<DateTime>("at");
    x.canSpeakPrivately = r.maybe<bool>("private");
    x.note = r.text("note");
}

void readFields(const Reader& r, ReadBack& x) {
    x.to = r.requiredText("to");
    x.at = r.need<DateTime>("at");
    x.items = r.list<std::string>("items");
}

void readFields(const Reader& r, Participant& x) {
    x.id = r.requiredText("id");
    x.name = r.requiredText("name");
    x.role = r.need<Role>("role");
    x.agency = r.text("agency");
    x.attendance = r.get("attendance", Attendance::Invited);
    x.exclusionReason = r.maybe<std::string>("exclusion_reason").value_or("");
    x.presence = r.list<Presence>("presence");
    x.adult = r.maybe<std::string>("adult");
    x.language = r.maybe<std::string>("language").value_or("");
    x.privacyCheck = r.maybe<PrivacyCheck>("privacy_check");
}

void readFields(const Reader& r, Report& x) {
    x.id = r.text("id");
    x.author = r.text("author");
    x.title = r.text("title");
    x.received = r.maybe<Date>("received");
    x.sharedWithParents = r.maybe<Date>("shared_with_parents");
    x.openToParents = r.get("open_to_parents", false);
}

void readFields(const Reader& r, Item& x) {
    x.id = r.text("id");
    x.column = r.need<Column>("column");
    x.text = r.requiredText("text");
    x.children = r.list<std::string>("children");
    x.source = r.maybe<std::string>("source");
    x.tag = r.maybe<Tag>("tag");
    x.confidential = r.get("confidential", false);
    x.said = r.maybe<DateTime>("said");
    x.shownToFamily = r.get("shown_to_family", false);
}

void readFields(const Reader& r, ScaleAnswer& x) {
    x.participant = r.requiredText("participant");
    x.score = r.number("score", lowestScore, highestScore);
    x.comment = r.text("comment");
    x.said = r.maybe<DateTime>("said");
}

void readFields(const Reader& r, ScalingRound& x) {
    x.id = r.text("id");
    x.question = r.text("question");
    x.low = r.text("low");
    x.high = r.text("high");
    x.direction = r.get("direction", Direction::HighIsSafe);
    x.child = r.maybe<std::string>("child");
    x.statement = r.maybe<std::string>("statement");
    x.revealed = r.get("revealed", true);
    x.anonymous = r.get("anonymous", false);
    x.responses = r.list<ScaleAnswer>("responses");
}

void readFields(const Reader& r, ThresholdTest& x) {
    x.sufferedAndLikelyFurther = r.maybe<bool>("suffered_and_likely_further");
    x.likelyToSuffer = r.maybe<bool>("likely_to_suffer");
}

void readFields(const Reader& r, View& x) {
    x.participant = r.text("participant");
    x.recommendation = r.get("recommendation", Recommendation::Plan);
    x.categories = r.list<Category>("categories");
    x.comment = r.text("comment");
    x.said = r.maybe<DateTime>("said");
}

void readFields(const Reader& r, Dissent& x) {
    x.participant = r.text("participant");
    x.reasons = r.text("reasons");
    x.escalated = r.get("escalated", false);
    x.said = r.maybe<DateTime>("said");
}

void readFields(const Reader& r, ParentsView& x) {
    x.participant = r.maybe<std::string>("participant").value_or("");
    x.agrees = r.maybe<bool>("agrees");
    x.text = r.text("text");
    x.complaintProcessExplained = r.get("complaint_process_explained", false);
}

void readFields(const Reader& r, Decision& x) {
    x.child = r.requiredText("child");
    x.threshold = r.get("threshold", ThresholdTest{});
    x.outcome = r.maybe<Outcome>("outcome");
    x.childInNeedPlan = r.get("child_in_need_plan", false);
    x.categories = r.list<Category>("categories");
    x.reasons = r.text("reasons");
    x.multipleCategoryReasons = r.text("multiple_category_reasons");
    x.views = r.list<View>("views");
    x.dissent = r.list<Dissent>("dissent");
    x.parentsViews = r.list<ParentsView>("parents_views");
    // Files before each parent had their own view give one view for them all;
    // read (and checked) whenever it is there, used when nothing replaces it.
    const ParentsView together = r.get("parents_view", ParentsView{});
    if (x.parentsViews.empty() && together != ParentsView{}) x.parentsViews.push_back(together);
}

void readFields(const Reader& r, Action& x) {
    x.id = r.text("id");
    x.what = r.requiredText("what");
    x.who = r.text("who");
    x.by = r.maybe<Date>("by");
    x.children = r.list<std::string>("children");
    x.progress = r.maybe<Progress>("progress");
    x.fromItem = r.maybe<std::string>("from_item");
    x.confidential = r.get("confidential", false);
    x.outcome = r.text("outcome");
    x.forChild = r.maybe<std::string>("for_child");
}

void readFields(const Reader& r, PlanDetails& x) {
    x.keyWorker = r.maybe<std::string>("key_worker");
    x.coreGroup = r.list<std::string>("core_group");
    x.contingency = r.text("contingency");
    x.keepingSafe = r.text("keeping_safe");
    x.firstCoreGroup = r.maybe<Date>("first_core_group");
    x.reviewConference = r.maybe<Date>("review_conference");
    x.coreGroupBeforeReview = r.maybe<Date>("core_group_before_review");
    x.firstCinReview = r.maybe<Date>("first_cin_review");
    x.cinMeetingFrequency = r.text("cin_meeting_frequency");
}

template <class T> T as(const Json& v, const std::string& path) {
    if constexpr (std::is_same_v<T, std::string>) {
        if (!v.is_string()) fail(path, "expected a string, found " + found(v));
        const auto& s = v.get_ref<const std::string&>();
        if (!validUtf8(s)) fail(path, "not valid UTF-8");
        return s;
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_boolean()) fail(path, "expected true or false, found " + found(v));
        return v.get<bool>();
    } else if constexpr (std::is_same_v<T, Date>) {
        if (!v.is_string()) fail(path, "expected a date (YYYY-MM-DD), found " + found(v));
        auto s = as<std::string>(v, path);
        auto d = parseDate(s);
        if (!d) fail(path, inQuotes(s) + " is not a date (YYYY-MM-DD)");
        return *d;
    } else if constexpr (std::is_same_v<T, DateTime>) {
        if (!v.is_string())
            fail(path, "expected a date and time (YYYY-MM-DDTHH:MM:SS), found " + found(v));
        auto s = as<std::string>(v, path);
        auto t = parseDateTime(s);
        if (!t) fail(path, inQuotes(s) + " is not a date and time (YYYY-MM-DDTHH:MM:SS)");
        return *t;
    } else if constexpr (std::is_enum_v<T>) {
        auto s = as<std::string>(v, path);
        auto e = fromToken<T>(s);
        if (!e) fail(path, "unknown value " + inQuotes(s));
        return *e;
    } else {
        return read<T>(v, path);
    }
}

// Writing. Declared first so that the templates below find every overload.
Out out(const std::string& s) {
    return s;
}
Out out(bool b) {
    return b;
}
Out out(int n) {
    return n;
}
Out out(const Date& d) {
    return formatDate(d);
}
Out out(const DateTime& t) {
    return formatDateTime(t);
}
Out out(const Details& x);
Out out(const Settings& x);
Out out(const MeetingTimes& x);
Out out(const Child& x);
Out out(const Adult& x);
Out out(const Participant& x);
Out out(const Presence& x);
Out out(const PrivacyCheck& x);
Out out(const ReadBack& x);
Out out(const Report& x);
Out out(const Item& x);
Out out(const ScaleAnswer& x);
Out out(const ScalingRound& x);
Out out(const ThresholdTest& x);
Out out(const View& x);
Out out(const Dissent& x);
Out out(const ParentsView& x);
Out out(const ChildView& x);
Out out(const Decision& x);
Out out(const Action& x);
Out out(const PlanDetails& x);

template <class E>
requires std::is_enum_v<E> Out out(E e) {
    return std::string(token(e));
}

template <class T> Out out(const std::optional<T>& x) {
    return x ? out(*x) : Out(nullptr);
}

template <class T> Out out(const std::vector<T>& xs) {
    Out a = Out::array();
    for (const auto& x : xs)
        a.push_back(out(x));
    return a;
}

Out out(const Details& x) {
    return Out::object(
        {{"kind", out(x.kind)},
         {"title", out(x.title)},
         // The contract's scheduled start is to the minute; times said in the room carry seconds.
         {"scheduled_start",
          x.scheduledStart ? Out(formatDateTime(*x.scheduledStart).substr(0, 16)) : Out(nullptr)},
         {"venue", out(x.venue)},
         {"region", out(x.region)},
         {"strategy_discussion", out(x.strategyDiscussion)},
         {"previous_conference", out(x.previousConference)},
         {"purpose", out(x.purpose)}});
}

Out out(const Settings& x) {
    return Out::object({{"health_is_one_agency", out(x.healthIsOneAgency)},
                        {"record_due_working_days", out(x.recordDueWorkingDays)},
                        {"organisation", out(x.organisation)},
                        {"complaints_contact", out(x.complaintsContact)},
                        {"marking", out(x.marking)}});
}

Out out(const ChildView& x) {
    return Out::object({{"how", out(x.how)},
                        {"by", out(x.by)},
                        {"text", out(x.text)},
                        {"confidential", out(x.confidential)},
                        {"said", out(x.said)}});
}

Out out(const MeetingTimes& x) {
    return Out::object({{"started", out(x.started)}, {"ended", out(x.ended)}});
}

Out out(const Child& x) {
    return Out::object({{"id", out(x.id)},
                        {"name", out(x.name)},
                        {"date_of_birth", out(x.dateOfBirth)},
                        {"address", out(x.address)},
                        {"views", out(x.views)}});
}

Out out(const Adult& x) {
    return Out::object(
        {{"id", out(x.id)},
         {"name", out(x.name)},
         {"date_of_birth", out(x.dateOfBirth)},
         {"address", out(x.address)},
         {"relationship", out(x.relationship)},
         {"known_to_children_as", x.knownAs.empty() ? Out(nullptr) : out(x.knownAs)}});
}

Out out(const Presence& x) {
    Out asked = x.askedToLeave.empty() ? Out(nullptr) : out(x.askedToLeave);
    return Out::object({{"from", out(x.from)},
                        {"to", out(x.to)},
                        {"asked_to_leave", asked},
                        {"mode", out(x.mode)}});
}

Out out(const PrivacyCheck& x) {
    return Out::object(
        {{"at", out(x.at)}, {"private", out(x.canSpeakPrivately)}, {"note", out(x.note)}});
}

Out out(const ReadBack& x) {
    return Out::object({{"to", out(x.to)}, {"at", out(x.at)}, {"items", out(x.items)}});
}

Out out(const Participant& x) {
    // The contract has null for "no exclusion"; the model has an empty string.
    Out reason = x.exclusionReason.empty() ? Out(nullptr) : out(x.exclusionReason);
    return Out::object({{"id", out(x.id)},
                        {"name", out(x.name)},
                        {"role", out(x.role)},
                        {"agency", out(x.agency)},
                        {"attendance", out(x.attendance)},
                        {"exclusion_reason", reason},
                        {"adult", out(x.adult)},
                        {"language", x.language.empty() ? Out(nullptr) : out(x.language)},
                        {"presence", out(x.presence)},
                        {"privacy_check", out(x.privacyCheck)}});
}

Out out(const Report& x) {
    return Out::object({{"id", out(x.id)},
                        {"author", out(x.author)},
                        {"title", out(x.title)},
                        {"received", out(x.received)},
                        {"shared_with_parents", out(x.sharedWithParents)},
                        {"open_to_parents", out(x.openToParents)}});
}

Out out(const Item& x) {
    return Out::object({{"id", out(x.id)},
                        {"column", out(x.column)},
                        {"text", out(x.text)},
                        {"children", out(x.children)},
                        {"source", out(x.source)},
                        {"tag", out(x.tag)},
                        {"confidential", out(x.confidential)},
                        {"said", out(x.said)},
                        {"shown_to_family", out(x.shownToFamily)}});
}

Out out(const ScaleAnswer& x) {
    return Out::object({{"participant", out(x.participant)},
                        {"score", out(x.score)},
                        {"comment", out(x.comment)},
                        {"said", out(x.said)}});
}

Out out(const ScalingRound& x) {
    return Out::object({{"id", out(x.id)},
                        {"question", out(x.question)},
                        {"low", out(x.low)},
                        {"high", out(x.high)},
                        {"direction", out(x.direction)},
                        {"child", out(x.child)},
                        {"statement", out(x.statement)},
                        {"revealed", out(x.revealed)},
                        {"anonymous", out(x.anonymous)},
                        {"responses", out(x.responses)}});
}

Out out(const ThresholdTest& x) {
    return Out::object({{"suffered_and_likely_further", out(x.sufferedAndLikelyFurther)},
                        {"likely_to_suffer", out(x.likelyToSuffer)}});
}

Out out(const View& x) {
    return Out::object({{"participant", out(x.participant)},
                        {"recommendation", out(x.recommendation)},
                        {"categories", out(x.categories)},
                        {"comment", out(x.comment)},
                        {"said", out(x.said)}});
}

Out out(const Dissent& x) {
    return Out::object({{"participant", out(x.participant)},
                        {"reasons", out(x.reasons)},
                        {"escalated", out(x.escalated)},
                        {"said", out(x.said)}});
}

Out out(const ParentsView& x) {
    return Out::object({{"participant", x.participant.empty() ? Out(nullptr) : out(x.participant)},
                        {"agrees", out(x.agrees)},
                        {"text", out(x.text)},
                        {"complaint_process_explained", out(x.complaintProcessExplained)}});
}

Out out(const Decision& x) {
    return Out::object({{"child", out(x.child)},
                        {"threshold", out(x.threshold)},
                        {"outcome", out(x.outcome)},
                        {"child_in_need_plan", out(x.childInNeedPlan)},
                        {"categories", out(x.categories)},
                        {"reasons", out(x.reasons)},
                        {"multiple_category_reasons", out(x.multipleCategoryReasons)},
                        {"views", out(x.views)},
                        {"dissent", out(x.dissent)},
                        {"parents_views", out(x.parentsViews)}});
}

Out out(const Action& x) {
    Out a = Out::object({{"id", out(x.id)},
                         {"what", out(x.what)},
                         {"who", out(x.who)},
                         {"by", out(x.by)},
                         {"children", out(x.children)},
                         {"outcome", out(x.outcome)},
                         {"for_child", out(x.forChild)},
                         {"progress", out(x.progress)},
                         {"confidential", out(x.confidential)}});
    // Absent rather than null: most actions are typed, not made from the board.
    if (x.fromItem) a["from_item"] = out(*x.fromItem);
    return a;
}

Out out(const PlanDetails& x) {
    return Out::object({{"key_worker", out(x.keyWorker)},
                        {"core_group", out(x.coreGroup)},
                        {"keeping_safe", out(x.keepingSafe)},
                        {"contingency", out(x.contingency)},
                        {"first_core_group", out(x.firstCoreGroup)},
                        {"review_conference", out(x.reviewConference)},
                        {"core_group_before_review", out(x.coreGroupBeforeReview)},
                        {"first_cin_review", out(x.firstCinReview)},
                        {"cin_meeting_frequency", out(x.cinMeetingFrequency)}});
}

Out document(const Conference& c, const WriteOptions& options) {
    Out conference = Out::object({{"id", out(c.id)}});
    const Out details = out(c.details);
    for (const auto& field : details.items())
        conference[field.key()] = field.value();
    conference["review_of"] = out(c.reviewOf);
    conference["settings"] = out(c.settings);
    conference["meeting"] = out(c.meeting);
    conference["read_backs"] = out(c.readBacks);

    PlanDetails planDetails = c.plan.details;
    if (options.fillComputedDates) {
        PlanDetails computed = withComputedDates(c);
        auto fill = [](std::optional<Date>& date, const std::optional<Date>& rule) {
            if (!date) date = rule;
        };
        fill(planDetails.firstCoreGroup, computed.firstCoreGroup);
        fill(planDetails.reviewConference, computed.reviewConference);
        fill(planDetails.coreGroupBeforeReview, computed.coreGroupBeforeReview);
    }
    const Out planFields = out(planDetails);
    Out plan = Out::object();
    for (const auto& field : planFields.items()) {
        plan[field.key()] = field.value();
        if (field.key() == "core_group") plan["actions"] = out(c.plan.actions);
    }

    return Out::object({{"format", std::string(kFormat)},
                        {"conference", conference},
                        {"children", out(c.children)},
                        {"adults", out(c.adults)},
                        {"participants", out(c.participants)},
                        {"reports", out(c.reports)},
                        {"items", out(c.items)},
                        {"scaling", out(c.scaling)},
                        {"decisions", out(c.decisions)},
                        {"plan", plan}});
}

// Ids a document may leave out; given after everything is read so that
// nextId sees every id the document does give.
void fillMissingIds(Conference& c) {
    for (auto& x : c.reports)
        if (x.id.empty()) x.id = nextId(c, "r");
    for (auto& x : c.items)
        if (x.id.empty()) x.id = nextId(c, "i");
    for (auto& x : c.scaling)
        if (x.id.empty()) x.id = nextId(c, "s");
    for (auto& x : c.plan.actions)
        if (x.id.empty()) x.id = nextId(c, "a");
}

void checkIds(const Conference& c) {
    auto unique = [](std::set<Id>& seen, const Id& id, const std::string& path) {
        if (!seen.insert(id).second) fail(path, inQuotes(id) + " is used twice");
    };
    auto each = [&](std::set<Id>& seen, const auto& list, const std::string& name) {
        for (std::size_t i = 0; i < list.size(); ++i)
            unique(seen, list[i].id, index(name, i) + ".id");
    };
    // Children, adults and participants are all people the record names by id.
    std::set<Id> people, reports, items, rounds, actions;
    each(people, c.children, "children");
    each(people, c.adults, "adults");
    each(people, c.participants, "participants");
    each(reports, c.reports, "reports");
    each(items, c.items, "items");
    each(rounds, c.scaling, "scaling");
    each(actions, c.plan.actions, "plan.actions");
}

void checkReferences(const Conference& c) {
    auto child = [&](const Id& id, const std::string& path) {
        if (!findChild(c, id)) fail(path, "no child " + inQuotes(id));
    };
    auto children = [&](const std::vector<Id>& ids, const std::string& path) {
        for (std::size_t i = 0; i < ids.size(); ++i)
            child(ids[i], index(path, i));
    };
    auto participant = [&](const Id& id, const std::string& path) {
        if (!findParticipant(c, id)) fail(path, "no participant " + inQuotes(id));
    };
    // Plain (not optional) references the model allows to be empty: not given yet.
    auto maybeParticipant = [&](const Id& id, const std::string& path) {
        if (!id.empty()) participant(id, path);
    };

    for (std::size_t i = 0; i < c.reports.size(); ++i)
        maybeParticipant(c.reports[i].author, index("reports", i) + ".author");

    for (std::size_t i = 0; i < c.items.size(); ++i) {
        const auto& x = c.items[i];
        auto path = index("items", i);
        children(x.children, path + ".children");
        if (x.source) participant(*x.source, path + ".source");
    }

    for (std::size_t i = 0; i < c.scaling.size(); ++i) {
        const auto& x = c.scaling[i];
        auto path = index("scaling", i);
        if (x.child) child(*x.child, path + ".child");
        if (x.statement && !findItem(c, *x.statement))
            fail(path + ".statement", "no item " + inQuotes(*x.statement));
        std::set<Id> answered;
        for (std::size_t k = 0; k < x.responses.size(); ++k) {
            const auto& who = x.responses[k].participant;
            auto at = index(path + ".responses", k) + ".participant";
            participant(who, at);
            if (!answered.insert(who).second) fail(at, inQuotes(who) + " answered twice");
        }
    }

    std::set<Id> decided;
    for (std::size_t i = 0; i < c.decisions.size(); ++i) {
        const auto& x = c.decisions[i];
        auto path = index("decisions", i);
        child(x.child, path + ".child");
        if (!decided.insert(x.child).second)
            fail(path + ".child", "a decision for " + inQuotes(x.child) + " is already given");
        for (std::size_t k = 0; k < x.views.size(); ++k)
            maybeParticipant(x.views[k].participant, index(path + ".views", k) + ".participant");
        for (std::size_t k = 0; k < x.dissent.size(); ++k)
            maybeParticipant(x.dissent[k].participant,
                             index(path + ".dissent", k) + ".participant");
        std::set<Id> parents;
        for (std::size_t k = 0; k < x.parentsViews.size(); ++k) {
            const auto& who = x.parentsViews[k].participant;
            auto at = index(path + ".parents_views", k) + ".participant";
            maybeParticipant(who, at);
            if (!parents.insert(who).second) fail(at, inQuotes(who) + " has two views");
        }
    }

    for (std::size_t i = 0; i < c.children.size(); ++i)
        for (std::size_t k = 0; k < c.children[i].views.size(); ++k)
            if (const auto& by = c.children[i].views[k].by)
                participant(*by, index(index("children", i) + ".views", k) + ".by");
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
        if (const auto& adult = c.participants[i].adult; adult && !findAdult(c, *adult))
            fail(index("participants", i) + ".adult", "no adult " + inQuotes(*adult));
        // Asked only of a family member on a call: a professional's would be
        // a note about someone's home in a record that does not expect one.
        if (const auto& p = c.participants[i]; p.privacyCheck && !isFamily(p.role))
            fail(index("participants", i) + ".privacy_check",
                 "is for a family member on a call, and " + inQuotes(p.id) + " is " +
                     inQuotes(std::string(token(p.role))));
    }

    // A read-back's items may name what was deleted since: it says what was read.
    for (std::size_t i = 0; i < c.readBacks.size(); ++i)
        participant(c.readBacks[i].to, index("conference.read_backs", i) + ".to");

    const auto& plan = c.plan.details;
    if (plan.keyWorker) participant(*plan.keyWorker, "plan.key_worker");
    for (std::size_t i = 0; i < plan.coreGroup.size(); ++i)
        participant(plan.coreGroup[i], index("plan.core_group", i));
    // An action's "who" may be a participant or words ("Housing"): nothing to check.
    // Its "from_item" may name an item deleted since: the link is a hint, not a reference.
    for (std::size_t i = 0; i < c.plan.actions.size(); ++i)
        children(c.plan.actions[i].children, index("plan.actions", i) + ".children");
}

// "line L, column C" of the byte nlohmann stopped at; columns count characters,
// as an editor shows them, not bytes.
std::string position(std::string_view text, std::size_t byte) {
    std::size_t end = std::min(byte > 0 ? byte - 1 : 0, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's message without its own prefix, position and the "last read"
// excerpt (which may hold the very bytes that were not UTF-8).
std::string shortReason(std::string what) {
    if (what.find("ill-formed UTF-8") != std::string::npos) return "text is not valid UTF-8";
    if (auto bracket = what.find("] ");
        what.starts_with("[json.exception.") && bracket != std::string::npos)
        what.erase(0, bracket + 2);
    if (what.starts_with("parse error"))
        if (auto colon = what.find(": "); colon != std::string::npos) what.erase(0, colon + 2);
    if (what.starts_with("syntax error while parsing "))
        if (auto dash = what.find(" - "); dash != std::string::npos) what.erase(0, dash + 3);
    if (auto last = what.find("; last read: '"); last != std::string::npos) {
        auto expected = what.rfind("'; expected ");
        std::string tail = expected != std::string::npos && expected > last
                               ? what.substr(expected + 1)
                               : std::string();
        what = what.substr(0, last) + tail;
    }
    return what;
}

} // namespace

template <class T> T read(const nlohmann::json& j, const std::string& path) {
    const Reader r(j, path);
    T x{};
    readFields(r, x);
    return x;
}

template Details read<Details>(const nlohmann::json&, const std::string&);
template Settings read<Settings>(const nlohmann::json&, const std::string&);
template MeetingTimes read<MeetingTimes>(const nlohmann::json&, const std::string&);
template Child read<Child>(const nlohmann::json&, const std::string&);
template Adult read<Adult>(const nlohmann::json&, const std::string&);
template Participant read<Participant>(const nlohmann::json&, const std::string&);
template Presence read<Presence>(const nlohmann::json&, const std::string&);
template PrivacyCheck read<PrivacyCheck>(const nlohmann::json&, const std::string&);
template ReadBack read<ReadBack>(const nlohmann::json&, const std::string&);
template Report read<Report>(const nlohmann::json&, const std::string&);
template Item read<Item>(const nlohmann::json&, const std::string&);
template ScaleAnswer read<ScaleAnswer>(const nlohmann::json&, const std::string&);
template ScalingRound read<ScalingRound>(const nlohmann::json&, const std::string&);
template ThresholdTest read<ThresholdTest>(const nlohmann::json&, const std::string&);
template View read<View>(const nlohmann::json&, const std::string&);
template Dissent read<Dissent>(const nlohmann::json&, const std::string&);
template ParentsView read<ParentsView>(const nlohmann::json&, const std::string&);
template Decision read<Decision>(const nlohmann::json&, const std::string&);
template Action read<Action>(const nlohmann::json&, const std::string&);
template PlanDetails read<PlanDetails>(const nlohmann::json&, const std::string&);

nlohmann::json toJson(const Details& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Settings& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const MeetingTimes& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Child& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Adult& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Participant& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Presence& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const PrivacyCheck& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const ReadBack& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Report& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Item& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const ScaleAnswer& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const ScalingRound& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const ThresholdTest& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const View& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Dissent& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const ParentsView& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Decision& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const Action& x) {
    return nlohmann::json(out(x));
}
nlohmann::json toJson(const PlanDetails& x) {
    return nlohmann::json(out(x));
}

nlohmann::json toJson(const Conference& c, const WriteOptions& options) {
    return nlohmann::json(document(c, options));
}

std::string write(const Conference& c, const WriteOptions& options) {
    return document(c, options).dump(2, ' ', false, Out::error_handler_t::strict) + "\n";
}

Conference fromJson(const nlohmann::json& j) {
    const Reader doc(j, "");
    if (auto format = doc.need<std::string>("format"); format != kFormat)
        fail("format", "expected \"" + std::string(kFormat) + "\", found " + inQuotes(format));

    Conference c;
    const Json& conference = doc.require("conference");
    c.details = read<Details>(conference, "conference");
    const Reader conf(conference, "conference");
    c.id = conf.text("id");
    c.reviewOf = conf.maybe<std::string>("review_of");
    c.settings = conf.get("settings", Settings{});
    c.meeting = conf.get("meeting", MeetingTimes{});
    c.readBacks = conf.list<ReadBack>("read_backs");

    c.children = doc.list<Child>("children");
    c.adults = doc.list<Adult>("adults");
    c.participants = doc.list<Participant>("participants");
    c.reports = doc.list<Report>("reports");
    c.items = doc.list<Item>("items");
    c.scaling = doc.list<ScalingRound>("scaling");
    c.decisions = doc.list<Decision>("decisions");
    if (const Json* plan = doc.field("plan")) {
        c.plan.details = read<PlanDetails>(*plan, "plan");
        c.plan.actions = Reader(*plan, "plan").list<Action>("actions");
    }

    fillMissingIds(c);
    checkIds(c);
    checkReferences(c);
    // The model keeps each column's items together (edit.cpp relies on it);
    // a document may list them in any order. Errors above name the document's order.
    std::stable_sort(c.items.begin(), c.items.end(),
                     [](const Item& a, const Item& b) { return a.column < b.column; });
    return c;
}

nlohmann::json parseJson(std::string_view text) {
    // nlohmann stops at a NUL byte as at the end: what came after it would be
    // ignored without a word. No JSON document holds one.
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        throw ImportError(position(text, nul + 1) +
                          ": a NUL byte; the file must be one JSON document and nothing else");
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        throw ImportError(position(text, e.byte) + ": " + shortReason(e.what()));
    } catch (const Json::exception& e) {
        // Not a syntax error (a number too large, say): nlohmann gives no position.
        throw ImportError(shortReason(e.what()));
    }
}

Conference parse(std::string_view text) {
    return fromJson(parseJson(text));
}

} // namespace cpc::interchange
