#include "domain/time.hpp"

#include <array>
#include <cstdio>

namespace cpc {
namespace {

bool readNumber(std::string_view text, std::size_t at, std::size_t width, int& out) {
    out = 0;
    for (std::size_t i = at; i < at + width; ++i) {
        char c = text[i];
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

std::optional<Date> parseDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!readNumber(text, 0, 4, y) || !readNumber(text, 5, 2, m) || !readNumber(text, 8, 2, d))
        return std::nullopt;
    Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
              std::chrono::day{static_cast<unsigned>(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::optional<DateTime> parseDateTime(std::string_view text) {
    // Seconds came later: a time written to the minute still reads, as :00.
    const bool seconds = text.size() == 19;
    if ((text.size() != 16 && !seconds) || text[10] != 'T' || text[13] != ':' ||
        (seconds && text[16] != ':'))
        return std::nullopt;
    auto date = parseDate(text.substr(0, 10));
    int h = 0, m = 0, s = 0;
    if (!date || !readNumber(text, 11, 2, h) || !readNumber(text, 14, 2, m) || h > 23 || m > 59)
        return std::nullopt;
    if (seconds && (!readNumber(text, 17, 2, s) || s > 59)) return std::nullopt;
    return DateTime{std::chrono::local_days{*date}} + std::chrono::hours{h} +
           std::chrono::minutes{m} + std::chrono::seconds{s};
}

std::string formatDate(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

std::string formatDateTime(DateTime t) {
    auto day = std::chrono::floor<std::chrono::days>(t);
    // Within one day, so each part has two digits.
    const auto seconds = static_cast<unsigned>((t - day).count()) % 86400u;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02u:%02u:%02u", seconds / 3600, seconds / 60 % 60,
                  seconds % 60);
    return formatDate(Date{day}) + buf;
}

std::string_view monthName(std::chrono::month m) {
    static constexpr std::array<std::string_view, 12> months{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return m.ok() ? months[static_cast<unsigned>(m) - 1] : std::string_view();
}

std::string_view weekdayName(Date d) {
    static constexpr std::array<std::string_view, 7> weekdays{
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    return weekdays[std::chrono::weekday{std::chrono::sys_days{d}}.c_encoding()];
}

std::string formatLongDate(Date d) {
    return std::string(weekdayName(d)) + " " + std::to_string(static_cast<unsigned>(d.day())) +
           " " + std::string(monthName(d.month())) + " " +
           std::to_string(static_cast<int>(d.year()));
}

std::string formatMediumDate(Date d) {
    return std::to_string(static_cast<unsigned>(d.day())) + " " +
           std::string(monthName(d.month())) + " " + std::to_string(static_cast<int>(d.year()));
}

std::string formatShortDate(Date d) {
    return std::to_string(static_cast<unsigned>(d.day())) + " " +
           std::string(monthName(d.month()).substr(0, 3)) + " " +
           std::to_string(static_cast<int>(d.year()));
}

std::string formatClock(DateTime t) {
    const auto minutes =
        std::chrono::floor<std::chrono::minutes>(t - std::chrono::floor<std::chrono::days>(t))
            .count();
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(minutes / 60),
                  static_cast<int>(minutes % 60));
    return buf;
}

std::optional<int> ageOn(const std::optional<Date>& birth, const std::optional<Date>& day) {
    if (!birth || !day || !birth->ok() || !day->ok() || *day < *birth) return std::nullopt;
    int years = static_cast<int>(day->year()) - static_cast<int>(birth->year());
    if (day->month() < birth->month() ||
        (day->month() == birth->month() && day->day() < birth->day()))
        --years;
    return years;
}

} // namespace cpc
