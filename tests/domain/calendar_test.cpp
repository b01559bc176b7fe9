#include "domain/calendar.hpp"
#include "domain/time.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

using cpc::Region;

namespace {

cpc::Date date(const char* text) {
    auto d = cpc::parseDate(text);
    REQUIRE(d);
    return *d;
}

// Compared as text so that a failure prints the dates rather than "{?}".
std::vector<std::string> holidayDates(int year, Region region) {
    std::vector<std::string> out;
    for (const auto& h : cpc::holidays(year, region))
        out.push_back(cpc::formatDate(h.date));
    return out;
}

std::string nameOn(const char* day, Region region) {
    auto d = date(day);
    for (const auto& h : cpc::holidays(static_cast<int>(d.year()), region))
        if (h.date == d) return h.name;
    return "";
}

std::string addWorking(const char* from, int n, Region region) {
    return cpc::formatDate(cpc::addWorkingDays(date(from), n, region));
}

using Published = std::map<int, std::vector<std::string>>;

// As published at gov.uk/bank-holidays (bank-holidays.json), substitute days
// included and weekend originals left out.
const Published englandWales{
    {2019,
     {"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26",
      "2019-12-25", "2019-12-26"}},
    {2020,
     {"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31",
      "2020-12-25", "2020-12-28"}},
    {2021,
     {"2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30",
      "2021-12-27", "2021-12-28"}},
    {2022,
     {"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03",
      "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023,
     {"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
      "2023-08-28", "2023-12-25", "2023-12-26"}},
    {2024,
     {"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26",
      "2024-12-25", "2024-12-26"}},
    {2025,
     {"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25",
      "2025-12-25", "2025-12-26"}},
    {2026,
     {"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
      "2026-12-25", "2026-12-28"}},
    {2027,
     {"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
      "2027-12-27", "2027-12-28"}},
    {2028,
     {"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28",
      "2028-12-25", "2028-12-26"}},
};

const Published scotland{
    {2019,
     {"2019-01-01", "2019-01-02", "2019-04-19", "2019-05-06", "2019-05-27", "2019-08-05",
      "2019-12-02", "2019-12-25", "2019-12-26"}},
    {2020,
     {"2020-01-01", "2020-01-02", "2020-04-10", "2020-05-08", "2020-05-25", "2020-08-03",
      "2020-11-30", "2020-12-25", "2020-12-28"}},
    {2021,
     {"2021-01-01", "2021-01-04", "2021-04-02", "2021-05-03", "2021-05-31", "2021-08-02",
      "2021-11-30", "2021-12-27", "2021-12-28"}},
    {2022,
     {"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02", "2022-06-02", "2022-06-03",
      "2022-08-01", "2022-09-19", "2022-11-30", "2022-12-26", "2022-12-27"}},
    {2023,
     {"2023-01-02", "2023-01-03", "2023-04-07", "2023-05-01", "2023-05-08", "2023-05-29",
      "2023-08-07", "2023-11-30", "2023-12-25", "2023-12-26"}},
    {2024,
     {"2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05",
      "2024-12-02", "2024-12-25", "2024-12-26"}},
    {2025,
     {"2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04",
      "2025-12-01", "2025-12-25", "2025-12-26"}},
    {2026,
     {"2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-06-15",
      "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"}},
    {2027,
     {"2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02",
      "2027-11-30", "2027-12-27", "2027-12-28"}},
    {2028,
     {"2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01", "2028-05-29", "2028-08-07",
      "2028-11-30", "2028-12-25", "2028-12-26"}},
};

const Published northernIreland{
    {2019,
     {"2019-01-01", "2019-03-18", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
      "2019-07-12", "2019-08-26", "2019-12-25", "2019-12-26"}},
    {2020,
     {"2020-01-01", "2020-03-17", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
      "2020-07-13", "2020-08-31", "2020-12-25", "2020-12-28"}},
    {2021,
     {"2021-01-01", "2021-03-17", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31",
      "2021-07-12", "2021-08-30", "2021-12-27", "2021-12-28"}},
    {2022,
     {"2022-01-03", "2022-03-17", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
      "2022-06-03", "2022-07-12", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"}},
    {2023,
     {"2023-01-02", "2023-03-17", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
      "2023-05-29", "2023-07-12", "2023-08-28", "2023-12-25", "2023-12-26"}},
    {2024,
     {"2024-01-01", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
      "2024-07-12", "2024-08-26", "2024-12-25", "2024-12-26"}},
    {2025,
     {"2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
      "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26"}},
    {2026,
     {"2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
      "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"}},
    {2027,
     {"2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
      "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28"}},
    {2028,
     {"2028-01-03", "2028-03-17", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
      "2028-07-12", "2028-08-28", "2028-12-25", "2028-12-26"}},
};

void checkPublished(const Published& published, Region region) {
    for (const auto& [year, expected] : published) {
        INFO("year " << year);
        CHECK(holidayDates(year, region) == expected);
    }
}

} // namespace

TEST_CASE("Easter Sunday by the Gregorian computus", "[calendar]") {
    const std::vector<std::pair<int, const char*>> known{
        {1818, "1818-03-22"}, {1943, "1943-04-25"}, {2000, "2000-04-23"}, {2019, "2019-04-21"},
        {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
        {2038, "2038-04-25"}, {2285, "2285-03-22"},
    };
    for (const auto& [year, easter] : known) {
        INFO("year " << year);
        CHECK(cpc::formatDate(cpc::easterSunday(year)) == easter);
    }
}

TEST_CASE("Holidays match gov.uk's published lists", "[calendar]") {
    SECTION("England and Wales") {
        checkPublished(englandWales, Region::EnglandWales);
    }
    SECTION("Scotland") {
        checkPublished(scotland, Region::Scotland);
    }
    SECTION("Northern Ireland") {
        checkPublished(northernIreland, Region::NorthernIreland);
    }
}

TEST_CASE("Substitute days are named and placed after the days already taken", "[calendar]") {
    // Christmas on Saturday: Christmas takes Monday, Boxing Day Tuesday.
    CHECK(nameOn("2027-12-27", Region::EnglandWales) == "Christmas Day (substitute day)");
    CHECK(nameOn("2027-12-28", Region::EnglandWales) == "Boxing Day (substitute day)");
    // Christmas on Sunday: Boxing Day keeps its Monday, Christmas moves past it.
    CHECK(nameOn("2022-12-26", Region::EnglandWales) == "Boxing Day");
    CHECK(nameOn("2022-12-27", Region::EnglandWales) == "Christmas Day (substitute day)");
    // Boxing Day alone on Saturday.
    CHECK(nameOn("2026-12-28", Region::Scotland) == "Boxing Day (substitute day)");
    // The same pattern for the two January days in Scotland.
    CHECK(nameOn("2022-01-03", Region::Scotland) == "New Year's Day (substitute day)");
    CHECK(nameOn("2022-01-04", Region::Scotland) == "2nd January (substitute day)");
    CHECK(nameOn("2027-01-04", Region::Scotland) == "2nd January (substitute day)");
    CHECK(nameOn("2025-12-01", Region::Scotland) == "St Andrew's Day (substitute day)");
    CHECK(nameOn("2024-03-18", Region::NorthernIreland) == "St Patrick's Day (substitute day)");
    CHECK(nameOn("2026-07-13", Region::NorthernIreland) ==
          "Battle of the Boyne (Orangemen's Day) (substitute day)");
    // The weekend date itself is not listed: it is not a working day anyway.
    CHECK_FALSE(cpc::isHoliday(date("2027-12-25"), Region::EnglandWales));
}

TEST_CASE("One-off years move and add days in every region", "[calendar]") {
    for (Region region : {Region::EnglandWales, Region::Scotland, Region::NorthernIreland}) {
        INFO("region " << static_cast<int>(region));
        // 2012 Diamond Jubilee.
        CHECK_FALSE(cpc::isHoliday(date("2012-05-28"), region));
        CHECK(cpc::isHoliday(date("2012-06-04"), region));
        CHECK(cpc::isHoliday(date("2012-06-05"), region));
        // 2020 VE Day: Monday 4 May was a working day.
        CHECK_FALSE(cpc::isHoliday(date("2020-05-04"), region));
        CHECK(cpc::isWorkingDay(date("2020-05-04"), region));
        CHECK(nameOn("2020-05-08", region) == "Early May bank holiday (VE day)");
        // 2022 Platinum Jubilee and the State Funeral.
        CHECK_FALSE(cpc::isHoliday(date("2022-05-30"), region));
        CHECK(nameOn("2022-06-02", region) == "Spring bank holiday");
        CHECK(cpc::isHoliday(date("2022-06-03"), region));
        CHECK(cpc::isHoliday(date("2022-09-19"), region));
        // 2023 Coronation, added alongside the usual early May holiday.
        CHECK(cpc::isHoliday(date("2023-05-01"), region));
        CHECK(cpc::isHoliday(date("2023-05-08"), region));
    }
    // The World Cup holiday was proclaimed for Scotland only.
    CHECK(cpc::isHoliday(date("2026-06-15"), Region::Scotland));
    CHECK_FALSE(cpc::isHoliday(date("2026-06-15"), Region::EnglandWales));
    CHECK_FALSE(cpc::isHoliday(date("2026-06-15"), Region::NorthernIreland));
    // A one-off is for its year only.
    CHECK_FALSE(cpc::isHoliday(date("2021-09-20"), Region::EnglandWales));
    CHECK(cpc::isHoliday(date("2021-05-03"), Region::EnglandWales));
}

TEST_CASE("Rule years have one weekday per holiday, in order", "[calendar]") {
    const std::vector<std::pair<Region, std::size_t>> counts{
        {Region::EnglandWales, 8}, {Region::Scotland, 9}, {Region::NorthernIreland, 10}};
    for (int year = 1950; year <= 2400; ++year) {
        if (year == 2011 || year == 2012 || year == 2020 || year == 2022 || year == 2023 ||
            year == 2026)
            continue;
        for (const auto& [region, count] : counts) {
            INFO("year " << year << " region " << static_cast<int>(region));
            auto list = cpc::holidays(year, region);
            REQUIRE(list.size() == count);
            for (std::size_t i = 0; i < list.size(); ++i) {
                CHECK(list[i].date.year() == std::chrono::year{year});
                CHECK(cpc::isHoliday(list[i].date, region));
                CHECK_FALSE(cpc::isWorkingDay(list[i].date, region));
                auto wd = std::chrono::weekday{std::chrono::sys_days{list[i].date}};
                CHECK(wd != std::chrono::Saturday);
                CHECK(wd != std::chrono::Sunday);
                if (i > 0) CHECK(list[i - 1].date < list[i].date);
            }
            auto goodFriday = std::chrono::sys_days{cpc::easterSunday(year)} - std::chrono::days{2};
            CHECK(std::any_of(list.begin(), list.end(), [&](const cpc::Holiday& h) {
                return h.name == "Good Friday" && std::chrono::sys_days{h.date} == goodFriday;
            }));
        }
    }
}

TEST_CASE("addWorkingDays at its boundaries", "[calendar]") {
    SECTION("Friday plus one is Monday") {
        CHECK(addWorking("2026-03-13", 1, Region::EnglandWales) == "2026-03-16");
        CHECK(addWorking("2026-03-16", -1, Region::EnglandWales) == "2026-03-13");
    }
    SECTION("From a weekend day") {
        CHECK(addWorking("2026-03-14", 1, Region::EnglandWales) == "2026-03-16");
        CHECK(addWorking("2026-03-15", -1, Region::EnglandWales) == "2026-03-13");
    }
    SECTION("n == 0 returns the day, even a holiday or a weekend") {
        CHECK(addWorking("2026-12-25", 0, Region::EnglandWales) == "2026-12-25");
        CHECK(addWorking("2026-12-26", 0, Region::EnglandWales) == "2026-12-26");
    }
    SECTION("Over Christmas 2026 into 2027") {
        // Skips 25 and 28 December 2026 and 1 January 2027.
        CHECK(addWorking("2026-12-21", 10, Region::EnglandWales) == "2027-01-07");
        CHECK(addWorking("2027-01-07", -10, Region::EnglandWales) == "2026-12-21");
        CHECK(addWorking("2026-12-24", 1, Region::EnglandWales) == "2026-12-29");
        CHECK(addWorking("2026-12-29", -1, Region::EnglandWales) == "2026-12-24");
        // Scotland also loses Monday 4 January 2027 (2 January substitute).
        CHECK(addWorking("2026-12-31", 1, Region::EnglandWales) == "2027-01-04");
        CHECK(addWorking("2026-12-31", 1, Region::Scotland) == "2027-01-05");
    }
    SECTION("Easter") {
        // Easter Monday is a working day in Scotland only.
        CHECK(addWorking("2026-04-02", 1, Region::EnglandWales) == "2026-04-07");
        CHECK(addWorking("2026-04-02", 1, Region::Scotland) == "2026-04-06");
        CHECK(addWorking("2026-04-07", -1, Region::NorthernIreland) == "2026-04-02");
    }
    SECTION("Summer holiday differs between Scotland and England") {
        CHECK(addWorking("2026-07-31", 1, Region::Scotland) == "2026-08-04");
        CHECK(addWorking("2026-07-31", 1, Region::EnglandWales) == "2026-08-03");
        CHECK(addWorking("2026-08-28", 1, Region::Scotland) == "2026-08-31");
        CHECK(addWorking("2026-08-28", 1, Region::EnglandWales) == "2026-09-01");
    }
    SECTION("Northern Ireland's July holiday") {
        CHECK(addWorking("2026-07-10", 1, Region::NorthernIreland) == "2026-07-14");
        CHECK(addWorking("2026-07-10", 1, Region::EnglandWales) == "2026-07-13");
    }
}

TEST_CASE("workingDaysBetween", "[calendar]") {
    SECTION("Empty when to is not after from") {
        CHECK(cpc::workingDaysBetween(date("2026-03-16"), date("2026-03-16"),
                                      Region::EnglandWales) == 0);
        CHECK(cpc::workingDaysBetween(date("2026-03-17"), date("2026-03-16"),
                                      Region::EnglandWales) == 0);
    }
    SECTION("Counts the end, not the start") {
        CHECK(cpc::workingDaysBetween(date("2026-03-13"), date("2026-03-16"),
                                      Region::EnglandWales) == 1);
        CHECK(cpc::workingDaysBetween(date("2026-03-13"), date("2026-03-15"),
                                      Region::EnglandWales) == 0);
        CHECK(cpc::workingDaysBetween(date("2026-12-21"), date("2027-01-07"),
                                      Region::EnglandWales) == 10);
        CHECK(cpc::workingDaysBetween(date("2026-12-21"), date("2027-01-07"), Region::Scotland) ==
              9);
    }
    SECTION("Inverse of addWorkingDays") {
        const Region regions[] = {Region::EnglandWales, Region::Scotland, Region::NorthernIreland};
        for (Region region : regions) {
            auto from = std::chrono::sys_days{date("2026-11-20")};
            auto end = std::chrono::sys_days{date("2027-01-20")};
            for (; from < end; from += std::chrono::days{1}) {
                cpc::Date start{from};
                bool working = cpc::isWorkingDay(start, region);
                for (int n = 0; n <= 25; ++n) {
                    INFO(cpc::formatDate(start)
                         << " n " << n << " region " << static_cast<int>(region));
                    auto later = cpc::addWorkingDays(start, n, region);
                    REQUIRE(cpc::workingDaysBetween(start, later, region) == n);
                    if (n > 0) REQUIRE(cpc::isWorkingDay(later, region));
                    auto earlier = cpc::addWorkingDays(start, -n, region);
                    // `start` itself is counted by (earlier, start] when it is
                    // a working day, and the n-th one back is not.
                    int back = n == 0 ? 0 : n - 1 + (working ? 1 : 0);
                    REQUIRE(cpc::workingDaysBetween(earlier, start, region) == back);
                    if (working) REQUIRE(cpc::addWorkingDays(later, -n, region) == start);
                }
            }
        }
    }
}

TEST_CASE("addMonths clamps to the end of the month", "[calendar]") {
    auto plus = [](const char* from, int n) {
        return cpc::formatDate(cpc::addMonths(date(from), n));
    };
    CHECK(plus("2026-01-31", 1) == "2026-02-28");
    CHECK(plus("2028-01-31", 1) == "2028-02-29");
    CHECK(plus("2100-01-31", 1) == "2100-02-28");
    CHECK(plus("2026-01-31", 3) == "2026-04-30");
    CHECK(plus("2026-03-15", 3) == "2026-06-15");
    CHECK(plus("2026-11-30", 2) == "2027-01-30");
    CHECK(plus("2026-12-31", 1) == "2027-01-31");
    CHECK(plus("2026-03-31", -1) == "2026-02-28");
    CHECK(plus("2026-01-15", -1) == "2025-12-15");
    CHECK(plus("2026-01-15", -13) == "2024-12-15");
    CHECK(plus("2024-02-29", 12) == "2025-02-28");
    CHECK(plus("2026-05-20", 0) == "2026-05-20");
}
