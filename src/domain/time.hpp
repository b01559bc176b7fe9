#pragma once
// Dates and times as the meeting speaks of them: calendar days, and wall-clock
// seconds in the room (seconds, so that what was said in the minute a parent
// came back is known to be before or after). The room's clock has no time zone on purpose: a
// conference "starts at 10:00" wherever the laptop thinks it is.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cpc {

using Date = std::chrono::year_month_day;
using DateTime = std::chrono::local_time<std::chrono::seconds>;

// "YYYY-MM-DD", and "YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DDTHH:MM"; nullopt when the text is not
// exactly that or names a day that does not exist (2026-02-30).
std::optional<Date> parseDate(std::string_view text);
std::optional<DateTime> parseDateTime(std::string_view text);
std::string formatDate(Date d);
// "YYYY-MM-DDTHH:MM:SS"
std::string formatDateTime(DateTime t);
// "Monday 21 December 2026": for people, not machines.
std::string formatLongDate(Date d);
// "21 December 2026" and "21 Dec 2026", where the weekday does not fit.
std::string formatMediumDate(Date d);
std::string formatShortDate(Date d);
// "10:05": the room's clock to the minute.
std::string formatClock(DateTime t);
// "December", "Monday": the names every date for people is made of.
std::string_view monthName(std::chrono::month m);
std::string_view weekdayName(Date d);

// The years a date in a child protection record can fall in: a birth in 1900
// at the earliest, a review in 2100 at the latest. Outside them the date was
// mistyped or the file is not a record (year 0, 9999).
inline bool withinRecordYears(Date d) {
    return d.ok() && d.year() >= std::chrono::year{1900} && d.year() <= std::chrono::year{2100};
}

// Whole years between a birth and a day; nullopt when either is unknown or
// the day comes first.
std::optional<int> ageOn(const std::optional<Date>& birth, const std::optional<Date>& day);

inline Date dateOf(DateTime t) {
    return Date{std::chrono::floor<std::chrono::days>(t)};
}

} // namespace cpc
