#include "domain/typed.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

namespace cpc {
namespace {

using namespace std::chrono;

const std::string_view askFor = "type the day, month and year, such as 17/12/2026";

bool isDigit(char ch) {
    return ch >= '0' && ch <= '9';
}

char lower(char ch) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
}

// "Dec", "december", "Sept": the month's number, or 0.
unsigned monthNamed(std::string_view word) {
    if (word.size() < 3) return 0;
    for (unsigned m = 0; m < 12; ++m) {
        std::string_view name = monthName(month{m + 1});
        if (word.size() > name.size() && !(m == 8 && word.size() == 4)) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i)
            same = lower(word[i]) == lower(name[i]) || (m == 8 && i == 3 && lower(word[i]) == 't');
        if (same) return m + 1;
    }
    return 0;
}

// The three parts of a date, before asking whether they make one.
struct Parts {
    int day = 0, month = 0, year = 0;
};

bool allDigits(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), isDigit);
}

int number(std::string_view t) {
    int v = 0;
    for (char ch : t)
        v = v * 10 + (ch - '0');
    return v;
}

// Three words between separators (/ . - space comma, any run of them):
// day, month (a number or a name), year of 2 or 4 digits; or, with a
// 4-digit year first, year, month, day as ISO writes them.
std::optional<Parts> split(std::string_view t) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    auto separator = [](char ch) {
        return ch == '/' || ch == '.' || ch == '-' || ch == ' ' || ch == ',';
    };
    while (i < t.size()) {
        while (i < t.size() && separator(t[i]))
            ++i;
        std::size_t start = i;
        while (i < t.size() && !separator(t[i]))
            ++i;
        if (i > start) words.push_back(t.substr(start, i - start));
    }
    if (words.size() != 3) return std::nullopt;
    if (allDigits(words[0]) && words[0].size() == 4) {
        if (!allDigits(words[1]) || !allDigits(words[2]) || words[1].size() > 2 ||
            words[2].size() > 2)
            return std::nullopt;
        return Parts{number(words[2]), number(words[1]), number(words[0])};
    }
    if (!allDigits(words[0]) || words[0].size() > 2) return std::nullopt;
    Parts p;
    p.day = number(words[0]);
    if (allDigits(words[1]) && words[1].size() <= 2)
        p.month = number(words[1]);
    else if (unsigned m = monthNamed(words[1]))
        p.month = static_cast<int>(m);
    else
        return std::nullopt;
    if (!allDigits(words[2]) || (words[2].size() != 2 && words[2].size() != 4)) return std::nullopt;
    p.year = number(words[2]) + (words[2].size() == 2 ? 2000 : 0); // records are recent
    return p;
}

TypedDate judge(const Parts& p) {
    if (p.month < 1 || p.month > 12)
        return {false, std::nullopt, "there is no month " + std::to_string(p.month)};
    const year_month ym{year{p.year}, month{static_cast<unsigned>(p.month)}};
    const std::string monthYear = std::string(monthName(month{static_cast<unsigned>(p.month)})) +
                                  " " + std::to_string(p.year);
    const Date d{ym / day{static_cast<unsigned>(p.day)}};
    if (p.day < 1 || !d.ok())
        return {false, std::nullopt,
                "there is no " + std::to_string(p.day) + " " + monthYear + " (it has " +
                    std::to_string(static_cast<unsigned>((ym / last).day())) + " days)"};
    if (!withinRecordYears(d))
        return {false, std::nullopt,
                std::to_string(p.day) + " " + monthYear + " is not between 1900 and 2100"};
    return {true, d, {}};
}

std::string_view strip(std::string_view t) {
    auto start = t.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return {};
    auto stop = t.find_last_not_of(" \t\r\n");
    return t.substr(start, stop - start + 1);
}

// "10:00", "9:30", "10.00", "1000"? no: a time has a separator, so a typo in
// the date is not read as a time.
std::optional<minutes> readTime(std::string_view t, std::string& problem) {
    auto sep = t.find_first_of(":.");
    if (sep == std::string_view::npos || sep == 0 || sep > 2 || t.size() != sep + 3)
        return std::nullopt;
    int h = 0, m = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i == sep) continue;
        if (!isDigit(t[i])) return std::nullopt;
        (i < sep ? h : m) = (i < sep ? h : m) * 10 + (t[i] - '0');
    }
    if (h > 23 || m > 59) {
        problem = "there is no " + std::string(t) + " in a day";
        return std::nullopt;
    }
    return hours{h} + minutes{m};
}

std::string two(unsigned n) {
    char text[4];
    std::snprintf(text, sizeof text, "%02u", n % 100);
    return text;
}

} // namespace

TypedDate readDate(std::string_view text) {
    const std::string_view t = strip(text);
    if (t.empty()) return {};
    auto parts = split(t);
    if (!parts) return {false, std::nullopt, "not a date: " + std::string(askFor)};
    return judge(*parts);
}

TypedDateTime readDateTime(std::string_view text) {
    const std::string_view t = strip(text);
    if (t.empty()) return {};
    // The time is the last word (after a space, a comma or ISO's T), when it is one.
    std::string timeProblem;
    std::string_view datePart = t;
    std::optional<minutes> time;
    auto cut = t.find_last_of(" T,");
    if (cut != std::string_view::npos) {
        time = readTime(t.substr(cut + 1), timeProblem);
        if (time || !timeProblem.empty()) datePart = strip(t.substr(0, cut));
        if (!datePart.empty() && datePart.back() == ',')
            datePart = strip(datePart.substr(0, datePart.size() - 1));
        if (t[cut] == 'T' && !time && timeProblem.empty()) {
            // ISO with seconds: 2026-12-17T10:00:00
            if (auto at = parseDateTime(t)) return {true, at, {}};
        }
    }
    const TypedDate date = readDate(datePart);
    if (!date.valid)
        return {false, std::nullopt,
                date.problem.starts_with("not a date")
                    ? "not a date and time: type the day, month and year, then the time, such as "
                      "17/12/2026 10:00"
                    : date.problem};
    if (!timeProblem.empty()) return {false, std::nullopt, timeProblem};
    return {true, local_days{*date.date} + time.value_or(hours{9}), {}};
}

std::string showDate(Date d) {
    return std::string(weekdayName(d).substr(0, 3)) + " " +
           std::to_string(static_cast<unsigned>(d.day())) + " " +
           std::string(monthName(d.month()).substr(0, 3)) + " " +
           std::to_string(static_cast<int>(d.year()));
}

std::string showDateTime(DateTime t) {
    const auto in = hh_mm_ss{t - floor<days>(t)};
    return showDate(dateOf(t)) + ", " + two(static_cast<unsigned>(in.hours().count())) + ":" +
           two(static_cast<unsigned>(in.minutes().count()));
}

std::string typedDate(const std::optional<Date>& d) {
    if (!d) return {};
    return two(static_cast<unsigned>(d->day())) + "/" + two(static_cast<unsigned>(d->month())) +
           "/" + std::to_string(static_cast<int>(d->year()));
}

std::string typedDateTime(const std::optional<DateTime>& t) {
    if (!t) return {};
    const auto in = hh_mm_ss{*t - floor<days>(*t)};
    return typedDate(dateOf(*t)) + " " + two(static_cast<unsigned>(in.hours().count())) + ":" +
           two(static_cast<unsigned>(in.minutes().count()));
}

std::string trimmed(std::string_view text) {
    return std::string(strip(text));
}

bool isBlank(std::string_view text) {
    return strip(text).empty();
}

namespace {

bool isSpace(char ch) {
    return ch == ' ' || ch == '\t';
}

std::string_view trimmedLine(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

// What follows a score: nothing, or a separator and a comment.
std::optional<std::string> commentAfter(std::string_view rest) {
    if (rest.empty()) return std::string();
    const char first = rest.front();
    if (!isSpace(first) && first != ',' && first != ':' && first != ';' && first != '-')
        return std::nullopt;
    while (!rest.empty() &&
           (isSpace(rest.front()) || std::string_view(",:;-").find(rest.front()) != rest.npos))
        rest.remove_prefix(1);
    return std::string(trimmedLine(rest));
}

} // namespace

std::optional<TypedAnswer> readAnswer(std::string_view text) {
    text = trimmedLine(text);
    if (text.empty()) return std::nullopt;
    TypedAnswer out;
    if (std::isdigit(static_cast<unsigned char>(text.front()))) {
        std::size_t digits = 0;
        while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
            ++digits;
        if (digits > 2) return std::nullopt;
        const int score = std::stoi(std::string(text.substr(0, digits)));
        if (!onScale(score)) return std::nullopt;
        auto comment = commentAfter(text.substr(digits));
        if (!comment) return std::nullopt;
        out.score = score;
        out.comment = *comment;
        return out;
    }
    // D, or the word "declined", for someone who does not give a number.
    std::string lower(text);
    for (char& ch : lower)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const std::size_t word = lower.starts_with("declined") ? 8 : lower.front() == 'd' ? 1 : 0;
    if (word == 0) return std::nullopt;
    auto comment = commentAfter(text.substr(word));
    if (!comment) return std::nullopt;
    out.comment = *comment;
    return out;
}

} // namespace cpc
