#include "storage/edit_codec.hpp"

#include "domain/names.hpp"
#include "interchange/json.hpp"
#include "storage/database.hpp"

#include <tuple>

namespace cpc::storage {
namespace {

using nlohmann::json;
using namespace cpc::edit;

template <class Edit, class T> struct Field {
    const char* name;
    T Edit::*member;
    bool added = false; // added after edits were first logged: absent reads as the default
};
template <class Edit, class T> constexpr Field<Edit, T> field(const char* name, T Edit::*member) {
    return {name, member};
}
// A field edits logged before it existed do not have.
template <class Edit, class T> constexpr Field<Edit, T> added(const char* name, T Edit::*member) {
    return {name, member, true};
}

// The fields of each edit, by name. An edit kind missing here does not compile.
template <class E> constexpr auto fields();
#define CPC_FIELDS(E, ...)                                                                         \
    template <> constexpr auto fields<E>() {                                                       \
        return std::make_tuple(__VA_ARGS__);                                                       \
    }

CPC_FIELDS(SetDetails, field("details", &SetDetails::details))
CPC_FIELDS(SetSettings, field("settings", &SetSettings::settings))
CPC_FIELDS(SetMeetingTimes, field("times", &SetMeetingTimes::times))
CPC_FIELDS(PutChild, field("child", &PutChild::child), field("position", &PutChild::position))
CPC_FIELDS(RemoveChild, field("id", &RemoveChild::id))
CPC_FIELDS(PutAdult, field("adult", &PutAdult::adult), field("position", &PutAdult::position))
CPC_FIELDS(RemoveAdult, field("id", &RemoveAdult::id))
CPC_FIELDS(PutParticipant, field("participant", &PutParticipant::participant),
           field("position", &PutParticipant::position))
CPC_FIELDS(RemoveParticipant, field("id", &RemoveParticipant::id))
CPC_FIELDS(PutReport, field("report", &PutReport::report), field("position", &PutReport::position))
CPC_FIELDS(RemoveReport, field("id", &RemoveReport::id))
CPC_FIELDS(MarkArrival, field("participant", &MarkArrival::participant),
           field("at", &MarkArrival::at), added("mode", &MarkArrival::mode))
CPC_FIELDS(SetPrivacyCheck, field("participant", &SetPrivacyCheck::participant),
           field("check", &SetPrivacyCheck::check))
CPC_FIELDS(RecordReadBack, field("read_back", &RecordReadBack::readBack),
           field("position", &RecordReadBack::position))
CPC_FIELDS(RemoveReadBack, field("position", &RemoveReadBack::position))
CPC_FIELDS(ChangeMode, field("participant", &ChangeMode::participant),
           field("at", &ChangeMode::at), field("mode", &ChangeMode::mode))
CPC_FIELDS(MarkDeparture, field("participant", &MarkDeparture::participant),
           field("at", &MarkDeparture::at), field("asked_to_leave", &MarkDeparture::askedToLeave))
CPC_FIELDS(SetAttendance, field("participant", &SetAttendance::participant),
           field("attendance", &SetAttendance::attendance),
           field("exclusion_reason", &SetAttendance::exclusionReason))
CPC_FIELDS(AddItem, field("item", &AddItem::item), field("position", &AddItem::position))
CPC_FIELDS(EditItem, field("item", &EditItem::item))
CPC_FIELDS(MoveItem, field("id", &MoveItem::id), field("column", &MoveItem::column),
           field("position", &MoveItem::position))
CPC_FIELDS(DeleteItem, field("id", &DeleteItem::id))
CPC_FIELDS(PutRound, field("round", &PutRound::round), field("position", &PutRound::position))
CPC_FIELDS(RemoveRound, field("id", &RemoveRound::id))
CPC_FIELDS(RecordAnswer, field("round", &RecordAnswer::round),
           field("answer", &RecordAnswer::answer))
CPC_FIELDS(ClearAnswer, field("round", &ClearAnswer::round),
           field("participant", &ClearAnswer::participant))
CPC_FIELDS(RevealRound, field("round", &RevealRound::round),
           field("revealed", &RevealRound::revealed))
CPC_FIELDS(PutDecision, field("decision", &PutDecision::decision),
           field("position", &PutDecision::position))
CPC_FIELDS(RemoveDecision, field("child", &RemoveDecision::child))
CPC_FIELDS(SetThreshold, field("child", &SetThreshold::child),
           field("threshold", &SetThreshold::threshold))
CPC_FIELDS(SetOutcome, field("child", &SetOutcome::child), field("outcome", &SetOutcome::outcome),
           field("categories", &SetOutcome::categories),
           added("child_in_need_plan", &SetOutcome::childInNeedPlan))
CPC_FIELDS(SetReasons, field("child", &SetReasons::child), field("reasons", &SetReasons::reasons),
           field("multiple_category_reasons", &SetReasons::multipleCategoryReasons))
CPC_FIELDS(RecordView, field("child", &RecordView::child), field("view", &RecordView::view))
CPC_FIELDS(RemoveView, field("child", &RemoveView::child),
           field("participant", &RemoveView::participant))
CPC_FIELDS(RecordDissent, field("child", &RecordDissent::child),
           field("dissent", &RecordDissent::dissent))
CPC_FIELDS(RemoveDissent, field("child", &RemoveDissent::child),
           field("participant", &RemoveDissent::participant))
CPC_FIELDS(SetParentsView, field("child", &SetParentsView::child),
           field("view", &SetParentsView::view))
CPC_FIELDS(SetPlanDetails, field("details", &SetPlanDetails::details))
CPC_FIELDS(PutAction, field("action", &PutAction::action), field("position", &PutAction::position))
CPC_FIELDS(RemoveAction, field("id", &RemoveAction::id))
CPC_FIELDS(MoveAction, field("id", &MoveAction::id), field("position", &MoveAction::position))
#undef CPC_FIELDS

// Values: plain ones here; entities through the interchange document's codec.
json encode(const std::string& v) {
    return v;
}
json encode(bool v) {
    return v;
}
json encode(std::size_t v) {
    return v == end ? json(nullptr) : json(v);
}
json encode(DateTime v) {
    return formatDateTime(v);
}
template <class E>
requires std::is_enum_v<E> json encode(E v) {
    return std::string(token(v));
}
template <class T>
requires std::is_class_v<T> json encode(const T& v) {
    return interchange::toJson(v);
}
template <class T> json encode(const std::optional<T>& v) {
    return v ? encode(*v) : json(nullptr);
}
template <class T> json encode(const std::vector<T>& v) {
    json out = json::array();
    for (const auto& x : v)
        out.push_back(encode(x));
    return out;
}

template <class T> struct Tag {};
[[noreturn]] void bad(const std::string& path) {
    throw StorageError("the edit log holds an edit that does not read back (" + path + ")");
}
std::string decode(const json& j, const std::string& path, Tag<std::string>) {
    if (!j.is_string()) bad(path);
    return j.get<std::string>();
}
bool decode(const json& j, const std::string& path, Tag<bool>) {
    if (!j.is_boolean()) bad(path);
    return j.get<bool>();
}
std::size_t decode(const json& j, const std::string& path, Tag<std::size_t>) {
    if (j.is_null()) return end;
    if (!j.is_number_unsigned()) bad(path);
    return j.get<std::size_t>();
}
DateTime decode(const json& j, const std::string& path, Tag<DateTime>) {
    auto t = j.is_string() ? parseDateTime(j.get<std::string>()) : std::nullopt;
    if (!t) bad(path);
    return *t;
}
template <class E>
requires std::is_enum_v<E> E decode(const json& j, const std::string& path, Tag<E>) {
    auto v = j.is_string() ? fromToken<E>(j.get<std::string>()) : std::nullopt;
    if (!v) bad(path);
    return *v;
}
template <class T> T decode(const json& j, const std::string& path, Tag<T>);
template <class T>
std::optional<T> decode(const json& j, const std::string& path, Tag<std::optional<T>>) {
    if (j.is_null()) return std::nullopt;
    return decode(j, path, Tag<T>{});
}
template <class T>
std::vector<T> decode(const json& j, const std::string& path, Tag<std::vector<T>>) {
    if (!j.is_array()) bad(path);
    std::vector<T> out;
    for (std::size_t i = 0; i < j.size(); ++i)
        out.push_back(decode(j[i], path + "[" + std::to_string(i) + "]", Tag<T>{}));
    return out;
}
template <class T> T decode(const json& j, const std::string& path, Tag<T>) {
    try {
        return interchange::read<T>(j, path);
    } catch (const interchange::ImportError& e) {
        bad(e.what());
    }
}

} // namespace

json encodeEdit(const Edit& e) {
    return std::visit(
        [&](const auto& edit) {
            json out = json::object();
            out["kind"] = std::string(kindName(e));
            std::apply([&](auto... f) { ((out[f.name] = encode(edit.*(f.member))), ...); },
                       fields<std::decay_t<decltype(edit)>>());
            return out;
        },
        e);
}

Edit decodeEdit(const json& j) {
    if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string()) bad("kind");
    auto kind = j["kind"].get<std::string>();
    auto blank = blankEdit(kind);
    if (!blank) throw StorageError("the edit log holds an unknown kind of edit \"" + kind + "\"");
    std::visit(
        [&](auto& edit) {
            std::apply(
                [&](auto... f) {
                    auto read = [&](auto field) {
                        if (field.added && !j.contains(field.name)) return; // the blank's value
                        edit.*(field.member) =
                            decode(j.contains(field.name) ? j.at(field.name) : json(nullptr),
                                   std::string(kind) + "." + field.name,
                                   Tag<std::decay_t<decltype(edit.*(field.member))>>{});
                    };
                    (read(f), ...);
                },
                fields<std::decay_t<decltype(edit)>>());
        },
        *blank);
    return *blank;
}

} // namespace cpc::storage
