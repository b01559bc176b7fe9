#include "domain/calendar.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <optional>

namespace cpc {
namespace {

using namespace std::chrono;

constexpr unsigned regionBit(Region region) {
    return 1u << static_cast<unsigned>(region);
}

constexpr unsigned allRegions = 0b111;

bool isWeekend(Date d) {
    weekday wd{sys_days{d}};
    return wd == Saturday || wd == Sunday;
}

Date plusDays(Date d, int n) {
    return Date{sys_days{d} + days{n}};
}

Date firstMonday(int y, unsigned m) {
    return Date{sys_days{year_month_weekday{year{y} / month{m} / Monday[1]}}};
}

Date lastMonday(int y, unsigned m) {
    return Date{sys_days{year_month_weekday_last{year{y}, month{m}, Monday[last]}}};
}

// A one-off change proclaimed for a single year. `name` null means the rule's
// holiday on `date` was not a holiday that year (it was moved to make room for
// the occasion, and the row moving it in follows).
struct OneOff {
    Date date;
    const char* name;
    unsigned regions;
};

// Only what no rule predicts; before 2011 the table is not kept, because the
// tool only counts working days around current conferences.
const std::array oneOffs{
    // Wedding of Prince William and Catherine Middleton.
    OneOff{year{2011} / April / 29, "Royal wedding", allRegions},
    // Diamond Jubilee: the spring holiday moved next to the Jubilee day for a
    // four-day weekend.
    OneOff{year{2012} / May / 28, nullptr, allRegions},
    OneOff{year{2012} / June / 4, "Spring bank holiday", allRegions},
    OneOff{year{2012} / June / 5, "Queen's Diamond Jubilee", allRegions},
    // 75th anniversary of VE Day: the early May holiday moved to the Friday.
    OneOff{year{2020} / May / 4, nullptr, allRegions},
    OneOff{year{2020} / May / 8, "Early May bank holiday (VE day)", allRegions},
    // Platinum Jubilee: the spring holiday moved to the Thursday before the
    // Jubilee Friday.
    OneOff{year{2022} / May / 30, nullptr, allRegions},
    OneOff{year{2022} / June / 2, "Spring bank holiday", allRegions},
    OneOff{year{2022} / June / 3, "Platinum Jubilee bank holiday", allRegions},
    OneOff{year{2022} / September / 19, "Bank Holiday for the State Funeral of Queen Elizabeth II",
           allRegions},
    OneOff{year{2023} / May / 8, "Bank holiday for the coronation of King Charles III", allRegions},
    // Proclaimed for Scotland alone, the day after its first World Cup match
    // since 1998.
    OneOff{year{2026} / June / 15, "World Cup bank holiday", regionBit(Region::Scotland)},
};

struct Fixed {
    unsigned monthNumber;
    unsigned dayNumber;
    const char* name;
};

std::vector<Fixed> fixedDays(Region region) {
    std::vector<Fixed> out{{1, 1, "New Year's Day"}};
    if (region == Region::Scotland) out.push_back({1, 2, "2nd January"});
    if (region == Region::NorthernIreland) {
        out.push_back({3, 17, "St Patrick's Day"});
        out.push_back({7, 12, "Battle of the Boyne (Orangemen's Day)"});
    }
    if (region == Region::Scotland) out.push_back({11, 30, "St Andrew's Day"});
    out.push_back({12, 25, "Christmas Day"});
    out.push_back({12, 26, "Boxing Day"});
    return out;
}

bool contains(const std::vector<Holiday>& list, Date d) {
    return std::any_of(list.begin(), list.end(), [&](const Holiday& h) { return h.date == d; });
}

// Walking day by day asks about the same year many times; a year's list is
// rebuilt only when the walk crosses into another year.
class HolidayLookup {
  public:
    explicit HolidayLookup(Region region) : region_(region) {}

    bool isWorkingDay(Date d) {
        if (isWeekend(d)) return false;
        int y = static_cast<int>(d.year());
        if (!year_ || *year_ != y) {
            list_ = holidays(y, region_);
            year_ = y;
        }
        return !contains(list_, d);
    }

  private:
    Region region_;
    std::optional<int> year_;
    std::vector<Holiday> list_;
};

} // namespace

Date easterSunday(int y) {
    int a = y % 19;
    int b = y / 100;
    int c = y % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int mon = (h + l - 7 * m + 114) / 31;
    int dom = (h + l - 7 * m + 114) % 31 + 1;
    return Date{year{y}, month{static_cast<unsigned>(mon)},
                std::chrono::day{static_cast<unsigned>(dom)}};
}

std::vector<Holiday> holidays(int y, Region region) {
    std::vector<Holiday> out;
    Date easter = easterSunday(y);
    out.push_back({plusDays(easter, -2), "Good Friday"});
    if (region != Region::Scotland) out.push_back({plusDays(easter, 1), "Easter Monday"});
    out.push_back({firstMonday(y, 5), "Early May bank holiday"});
    out.push_back({lastMonday(y, 5), "Spring bank holiday"});
    out.push_back(
        {region == Region::Scotland ? firstMonday(y, 8) : lastMonday(y, 8), "Summer bank holiday"});

    // Every fixed day that falls on a weekday must be in the list before any
    // substitute is placed: Christmas on a Sunday substitutes past Monday's
    // Boxing Day to the Tuesday.
    auto fixed = fixedDays(region);
    std::vector<Fixed> atWeekend;
    for (const auto& f : fixed) {
        Date d{year{y}, month{f.monthNumber}, std::chrono::day{f.dayNumber}};
        if (isWeekend(d))
            atWeekend.push_back(f);
        else
            out.push_back({d, f.name});
    }
    // In date order, so that Christmas on a Saturday takes the Monday and
    // Boxing Day the Tuesday.
    for (const auto& f : atWeekend) {
        Date d{year{y}, month{f.monthNumber}, std::chrono::day{f.dayNumber}};
        do {
            d = plusDays(d, 1);
        } while (isWeekend(d) || contains(out, d));
        out.push_back({d, std::string(f.name) + " (substitute day)"});
    }

    for (const auto& change : oneOffs) {
        if (static_cast<int>(change.date.year()) != y || !(change.regions & regionBit(region)))
            continue;
        if (change.name)
            out.push_back({change.date, change.name});
        else
            std::erase_if(out, [&](const Holiday& h) { return h.date == change.date; });
    }

    std::sort(out.begin(), out.end(),
              [](const Holiday& l, const Holiday& r) { return l.date < r.date; });
    return out;
}

bool isHoliday(Date d, Region region) {
    return contains(holidays(static_cast<int>(d.year()), region), d);
}

bool isWorkingDay(Date d, Region region) {
    return !isWeekend(d) && !isHoliday(d, region);
}

Date addWorkingDays(Date from, int n, Region region) {
    HolidayLookup lookup(region);
    int step = n > 0 ? 1 : -1;
    int remaining = std::abs(n);
    Date d = from;
    while (remaining > 0) {
        d = plusDays(d, step);
        if (lookup.isWorkingDay(d)) --remaining;
    }
    return d;
}

int workingDaysBetween(Date from, Date to, Region region) {
    HolidayLookup lookup(region);
    int count = 0;
    for (Date d = plusDays(from, 1); d <= to; d = plusDays(d, 1))
        if (lookup.isWorkingDay(d)) ++count;
    return count;
}

Date addMonths(Date from, int n) {
    year_month ym = year_month{from.year(), from.month()} + months{n};
    std::chrono::day lastDay = (ym / last).day();
    return Date{ym / std::min(from.day(), lastDay)};
}

} // namespace cpc
