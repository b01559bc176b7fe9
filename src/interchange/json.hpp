#pragma once
// The interchange document (INTERCHANGE.md): one conference as JSON, and back.
// The contract's names are kept exactly; the extra fields the program adds make
// the round trip lossless, so storage can keep conferences in the same shape.

#include "domain/conference.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace cpc::interchange {

// A document that does not fit: what() names the place and the problem,
// e.g. `items[12].source: no participant "p99"` or `line 3, column 7: invalid literal`.
struct ImportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct WriteOptions {
    // Write the plan's core group and review dates the rules set where the
    // chair left them empty, so a reader of the file sees the dates that apply.
    bool fillComputedDates = true;
};

nlohmann::json toJson(const Conference& c, const WriteOptions& options = {});
// Checks everything, references between entities included; throws ImportError.
Conference fromJson(const nlohmann::json& j);
// The text as JSON: exactly one document, and no NUL byte anywhere; syntax
// errors as "line L, column C: <what>".
nlohmann::json parseJson(std::string_view text);
// fromJson(parseJson(text)).
Conference parse(std::string_view text);
// Fields in the order of INTERCHANGE.md, 2-space indent, UTF-8 as is, trailing newline.
std::string write(const Conference& c, const WriteOptions& options = {});

// One entity at a time, for the edit log. `read` checks types, enum values,
// ranges and required fields, not references to other entities; messages are
// prefixed with `path` ("items[3]").
nlohmann::json toJson(const Details& x);
nlohmann::json toJson(const Settings& x);
nlohmann::json toJson(const MeetingTimes& x);
nlohmann::json toJson(const Child& x);
nlohmann::json toJson(const Adult& x);
nlohmann::json toJson(const Participant& x);
nlohmann::json toJson(const Presence& x);
nlohmann::json toJson(const PrivacyCheck& x);
nlohmann::json toJson(const ReadBack& x);
nlohmann::json toJson(const Report& x);
nlohmann::json toJson(const Item& x);
nlohmann::json toJson(const ScaleAnswer& x);
nlohmann::json toJson(const ScalingRound& x);
nlohmann::json toJson(const ThresholdTest& x);
nlohmann::json toJson(const View& x);
nlohmann::json toJson(const Dissent& x);
nlohmann::json toJson(const ParentsView& x);
nlohmann::json toJson(const Decision& x);
nlohmann::json toJson(const Action& x);
nlohmann::json toJson(const PlanDetails& x);

template <class T> T read(const nlohmann::json& j, const std::string& path);

extern template Details read<Details>(const nlohmann::json&, const std::string&);
extern template Settings read<Settings>(const nlohmann::json&, const std::string&);
extern template MeetingTimes read<MeetingTimes>(const nlohmann::json&, const std::string&);
extern template Child read<Child>(const nlohmann::json&, const std::string&);
extern template Adult read<Adult>(const nlohmann::json&, const std::string&);
extern template Participant read<Participant>(const nlohmann::json&, const std::string&);
extern template Presence read<Presence>(const nlohmann::json&, const std::string&);
extern template PrivacyCheck read<PrivacyCheck>(const nlohmann::json&, const std::string&);
extern template ReadBack read<ReadBack>(const nlohmann::json&, const std::string&);
extern template Report read<Report>(const nlohmann::json&, const std::string&);
extern template Item read<Item>(const nlohmann::json&, const std::string&);
extern template ScaleAnswer read<ScaleAnswer>(const nlohmann::json&, const std::string&);
extern template ScalingRound read<ScalingRound>(const nlohmann::json&, const std::string&);
extern template ThresholdTest read<ThresholdTest>(const nlohmann::json&, const std::string&);
extern template View read<View>(const nlohmann::json&, const std::string&);
extern template Dissent read<Dissent>(const nlohmann::json&, const std::string&);
extern template ParentsView read<ParentsView>(const nlohmann::json&, const std::string&);
extern template Decision read<Decision>(const nlohmann::json&, const std::string&);
extern template Action read<Action>(const nlohmann::json&, const std::string&);
extern template PlanDetails read<PlanDetails>(const nlohmann::json&, const std::string&);

} // namespace cpc::interchange
