// One reader for what the chair types into dates, times and names.
#include "domain/typed.hpp"

#include <catch2/catch.hpp>

using namespace cpc;
using namespace std::chrono;

namespace {

Date d(int y, unsigned m, unsigned day) {
    return Date{year{y}, month{m}, std::chrono::day{day}};
}

} // namespace

TEST_CASE("dates are read as people in the UK type them, and as ISO", "[typed]") {
    const Date want = d(2026, 12, 17);
    for (const char* text :
         {"17/12/2026", "17.12.26", "17-12-2026", "17/12/26", " 17/12/2026 ", "2026-12-17",
          "17 Dec 2026", "17 december 2026", "17 DEC 26", "17 Dec. 2026", "17, Dec 2026"}) {
        CAPTURE(text);
        auto typed = readDate(text);
        CHECK(typed.valid);
        CHECK(typed.problem.empty());
        CHECK(typed.date == want);
    }
    CHECK(readDate("7/1/2027").date == d(2027, 1, 7)); // day first, never month first
    CHECK(readDate("5 Sept 2026").date == d(2026, 9, 5));
    CHECK(readDate("29/02/2028").date == d(2028, 2, 29));
}

TEST_CASE("empty text is no date, and valid", "[typed]") {
    for (const char* text : {"", "   ", "\t"}) {
        auto typed = readDate(text);
        CHECK(typed.valid);
        CHECK_FALSE(typed.date);
    }
}

TEST_CASE("an impossible date says why, in words", "[typed]") {
    CHECK(readDate("31/02/2026").problem == "there is no 31 February 2026 (it has 28 days)");
    CHECK(readDate("29/02/2026").problem == "there is no 29 February 2026 (it has 28 days)");
    CHECK(readDate("31/04/2026").problem == "there is no 31 April 2026 (it has 30 days)");
    CHECK(readDate("0/04/2026").problem == "there is no 0 April 2026 (it has 30 days)");
    CHECK(readDate("12/13/2026").problem == "there is no month 13");
    CHECK(readDate("1/1/1899").problem == "1 January 1899 is not between 1900 and 2100");
    CHECK(readDate("2101-01-01").problem == "1 January 2101 is not between 1900 and 2100");
    CHECK(readDate("1/1/1900").valid);
    CHECK(readDate("31/12/2100").valid);
    for (const char* text : {"tomorrow", "17/12", "17//12/2026x", "2026/12", "17/12/202",
                             "123/12/2026", "17 Decc 2026", "17/12/2026/1"}) {
        CAPTURE(text);
        auto typed = readDate(text);
        CHECK_FALSE(typed.valid);
        CHECK_FALSE(typed.date);
        CHECK(typed.problem == "not a date: type the day, month and year, such as 17/12/2026");
    }
}

TEST_CASE("a date and time is a date then a time, and a date alone is 9 o'clock", "[typed]") {
    const DateTime want = local_days{d(2026, 12, 17)} + hours{10} + minutes{30};
    for (const char* text : {"17/12/2026 10:30", "2026-12-17T10:30", "2026-12-17 10:30",
                             "17 Dec 2026, 10.30", "17.12.26 10:30", "2026-12-17T10:30:00"}) {
        CAPTURE(text);
        auto typed = readDateTime(text);
        CHECK(typed.valid);
        CHECK(typed.at == want);
    }
    CHECK(readDateTime("17/12/2026").at == local_days{d(2026, 12, 17)} + hours{9});
    CHECK(readDateTime("17/12/2026 9:05").at ==
          local_days{d(2026, 12, 17)} + hours{9} + minutes{5});
    CHECK(readDateTime("17/12/2026 25:00").problem == "there is no 25:00 in a day");
    CHECK(readDateTime("17/12/2026 10:60").problem == "there is no 10:60 in a day");
    CHECK(readDateTime("31/02/2026 10:00").problem ==
          "there is no 31 February 2026 (it has 28 days)");
    CHECK(readDateTime("soon").problem ==
          "not a date and time: type the day, month and year, then the time, such as 17/12/2026 "
          "10:00");
    CHECK(readDateTime("").valid);
    CHECK_FALSE(readDateTime("").at);
}

TEST_CASE("dates are shown back the UK way, and typed back as the field asks", "[typed]") {
    CHECK(showDate(d(2026, 12, 21)) == "Mon 21 Dec 2026");
    CHECK(showDate(d(2027, 1, 3)) == "Sun 3 Jan 2027");
    CHECK(showDateTime(local_days{d(2026, 12, 21)} + hours{9} + minutes{5}) ==
          "Mon 21 Dec 2026, 09:05");
    CHECK(typedDate(d(2027, 1, 3)) == "03/01/2027");
    CHECK(typedDate(std::nullopt).empty());
    CHECK(typedDateTime(local_days{d(2027, 1, 3)} + hours{14}) == "03/01/2027 14:00");
    // What is typed back reads back as the same value.
    for (int day = 1; day <= 366; day += 7) {
        Date x{sys_days{d(2028, 1, 1)} + days{day}};
        CHECK(readDate(typedDate(x)).date == x);
        DateTime t = local_days{x} + hours{day % 24} + minutes{day % 60};
        CHECK(readDateTime(typedDateTime(t)).at == t);
    }
}

TEST_CASE("names are trimmed", "[typed]") {
    CHECK(trimmed("  Jo Smith \t") == "Jo Smith");
    CHECK(trimmed("\n") == "");
    CHECK(trimmed("Zoë") == "Zoë");
}

TEST_CASE("Reading a typed answer", "[typed]") {
    CHECK(readAnswer("7")->score == 7);
    CHECK(readAnswer(" 10 ")->score == 10);
    CHECK(readAnswer("0")->score == 0);
    auto withComment = readAnswer("4 better at school");
    REQUIRE(withComment);
    CHECK(withComment->score == 4);
    CHECK(withComment->comment == "better at school");
    CHECK(readAnswer("3 - worried")->comment == "worried");
    auto declined = readAnswer("D");
    REQUIRE(declined);
    CHECK_FALSE(declined->score);
    auto declinedWords = readAnswer("d not met the children");
    REQUIRE(declinedWords);
    CHECK_FALSE(declinedWords->score);
    CHECK(declinedWords->comment == "not met the children");
    CHECK_FALSE(readAnswer("declined")->score);
    CHECK_FALSE(readAnswer(""));
    CHECK_FALSE(readAnswer("11"));
    CHECK_FALSE(readAnswer("100"));
    CHECK_FALSE(readAnswer("7.5"));
    CHECK_FALSE(readAnswer("seven"));
    CHECK_FALSE(readAnswer("Dan"));
    // The scale's ends, and one past each.
    CHECK(readAnswer(std::to_string(lowestScore))->score == lowestScore);
    CHECK(readAnswer(std::to_string(highestScore))->score == highestScore);
    CHECK_FALSE(readAnswer(std::to_string(highestScore + 1)));
    CHECK_FALSE(readAnswer("-1"));
}

TEST_CASE("blank is nothing but spaces, tabs and line breaks", "[typed]") {
    CHECK(isBlank(""));
    CHECK(isBlank(" \t\r\n "));
    CHECK_FALSE(isBlank(" x "));
    CHECK_FALSE(isBlank("\u00a0")); // a no-break space is a character someone typed
}
