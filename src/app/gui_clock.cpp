#include "app/gui_clock.hpp"

#include "app/os/os.hpp"

namespace cpc::app {

// GCC 12's library has no std::chrono::current_zone (the time zone database
// came in GCC 13), so the C library converts to local time.
DateTime roomClock() {
    using namespace std::chrono;
    std::time_t t = system_clock::to_time_t(system_clock::now());
    std::tm tm = os::localTime(t);
    local_days date{year{tm.tm_year + 1900} / month{static_cast<unsigned>(tm.tm_mon + 1)} /
                    day{static_cast<unsigned>(tm.tm_mday)}};
    return DateTime{date.time_since_epoch() + hours{tm.tm_hour} + minutes{tm.tm_min} +
                    seconds{tm.tm_sec}};
}

} // namespace cpc::app
