#pragma once
// The room's clock: the laptop's local wall-clock time, to the second (who
// was in the room when a thing was said). The only place that asks the
// operating system what time it is in the room.

#include "domain/time.hpp"

namespace cpc::app {

DateTime roomClock();

} // namespace cpc::app
