#pragma once
// The times a session asks for, handed to it: the program hands it the
// laptop's clocks, tests a clock they move by hand, so no test sleeps.

#include "domain/time.hpp"
#include "storage/store.hpp"

#include <chrono>
#include <functional>

namespace cpc::session {

struct Clock {
    // The room's clock, to the second: who is in the room for the wall, the
    // time printed on a document.
    std::function<DateTime()> room;
    // Time passing, whatever the wall clock does: when a failed save is tried
    // again, when a half-typed line is due on the disk.
    std::function<std::chrono::steady_clock::time_point()> steady;
    // When each edit was made, for the audit trail (storage::Record).
    storage::Clock audit;
};

// platform::roomClock, std::chrono::steady_clock and the system clock.
Clock laptopClock();

} // namespace cpc::session
