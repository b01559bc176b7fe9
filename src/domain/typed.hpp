#pragma once
// What the chair types into a date, a time or a name, read in one place for
// every screen: dates as people in the UK write them (17/12/2026, 17.12.26,
// 17 Dec 2026) and as machines do (2026-12-17), and shown back the UK way
// ("Thu 17 Dec 2026"). An impossible date is a sentence, not a silence.

#include "domain/conference.hpp"
#include "domain/time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace cpc {

// Empty text is no date, and valid; text that is not a date says why.
struct TypedDate {
    bool valid = true;
    std::optional<Date> date;
    std::string problem; // "there is no 31 February 2026"; empty when valid
};
TypedDate readDate(std::string_view text);

// A date, then a time ("17/12/2026 10:00", "2026-12-17T10:00", "17 Dec 2026
// 9.30"); a date alone is at 09:00, when conferences usually begin.
struct TypedDateTime {
    bool valid = true;
    std::optional<DateTime> at;
    std::string problem;
};
TypedDateTime readDateTime(std::string_view text);

// "Thu 17 Dec 2026", and "Thu 17 Dec 2026, 10:00": on every screen.
std::string showDate(Date d);
std::string showDateTime(DateTime t);
// "17/12/2026" and "17/12/2026 10:00": a stored date put back in a field to be
// edited, in the form the field asks for.
std::string typedDate(const std::optional<Date>& d);
std::string typedDateTime(const std::optional<DateTime>& t);

// Without spaces (and tabs, and line breaks) at either end: what a name is.
std::string trimmed(std::string_view text);
// Nothing typed but spaces, tabs and line breaks.
bool isBlank(std::string_view text);

// A scaling answer as typed: "7", "10 better at school", "D", "d not met them".
struct TypedAnswer {
    std::optional<int> score; // empty: declined
    std::string comment;
};
// nullopt when the text is not an answer: blank, a number off the scale, a word.
std::optional<TypedAnswer> readAnswer(std::string_view text);

} // namespace cpc
