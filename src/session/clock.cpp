#include "session/clock.hpp"

#include "platform/clock.hpp"

namespace cpc::session {

Clock laptopClock() {
    return {.room = [] { return DateTime{platform::roomClock()}; },
            .steady = std::chrono::steady_clock::now,
            .audit = std::chrono::system_clock::now};
}

} // namespace cpc::session
