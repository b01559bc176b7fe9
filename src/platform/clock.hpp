#pragma once
// The room's clock: the laptop's local wall-clock time, to the second (who
// was in the room when a thing was said). The only place that asks the
// operating system what time it is in the room. Local time with no zone, as
// the domain's DateTime is: a conference "starts at 10:00" wherever it is.

#include <chrono>

namespace cpc::platform {

std::chrono::local_seconds roomClock();

} // namespace cpc::platform
