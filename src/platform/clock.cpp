#include "platform/clock.hpp"

#include "platform/os.hpp"

namespace cpc::platform {

// GCC 12's library has no std::chrono::current_zone (the time zone database
// came in GCC 13), so the C library converts to local time.
std::chrono::local_seconds roomClock() {
    using namespace std::chrono;
    std::time_t t = system_clock::to_time_t(system_clock::now());
    std::tm tm = os::localTime(t);
    local_days date{year{tm.tm_year + 1900} / month{static_cast<unsigned>(tm.tm_mon + 1)} /
                    day{static_cast<unsigned>(tm.tm_mday)}};
    return local_seconds{date.time_since_epoch() + hours{tm.tm_hour} + minutes{tm.tm_min} +
                         seconds{tm.tm_sec}};
}

} // namespace cpc::platform
