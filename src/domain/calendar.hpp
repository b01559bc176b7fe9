#pragma once
// Working days: weekdays that are not public holidays in the area.
// Holidays are computed by rule for any year (Easter, fixed days, Monday
// holidays, substitute days), plus a short table of one-off days that no rule
// predicts (jubilees, coronations, state funerals).

#include "domain/conference.hpp"

#include <string>
#include <vector>

namespace cpc {

struct Holiday {
    Date date;
    std::string name;
    bool operator==(const Holiday&) const = default;
};

// Easter Sunday (Gregorian) of that year.
Date easterSunday(int year);

// The public holidays of one year in the region, in date order, substitute days
// included (named "... (substitute day)").
std::vector<Holiday> holidays(int year, Region region);

bool isHoliday(Date d, Region region);
bool isWorkingDay(Date d, Region region);

// The n-th working day after `from` (n > 0), or before it (n < 0); `from` itself
// never counts. addWorkingDays(d, 0) is d.
Date addWorkingDays(Date from, int n, Region region);

// Working days in (from, to]: 0 when to <= from. "Within 15 working days of
// the strategy discussion" means workingDaysBetween(strategy, conference) <= 15.
int workingDaysBetween(Date from, Date to, Region region);

// Same day `months` later; the last day of the month when that day does not
// exist (31 January + 1 month = 28/29 February).
Date addMonths(Date from, int months);

} // namespace cpc
