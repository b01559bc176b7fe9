#pragma once
// A session's clocks, moved by the test: time passes when the test says so,
// and no test sleeps.

#include "session/clock.hpp"

#include <chrono>

namespace cpc::test {

struct ManualClock {
    DateTime room = DateTime{std::chrono::local_days{std::chrono::year{2026} / 12 / 3}} +
                    std::chrono::hours{10};
    std::chrono::steady_clock::time_point steady{};
    std::chrono::system_clock::time_point audit =
        std::chrono::sys_days{std::chrono::year{2026} / 12 / 3} + std::chrono::hours{10};

    // Every clock on by `d`.
    template <class Rep, class Period> void pass(std::chrono::duration<Rep, Period> d) {
        room += std::chrono::duration_cast<std::chrono::seconds>(d);
        steady += std::chrono::duration_cast<std::chrono::steady_clock::duration>(d);
        audit += std::chrono::duration_cast<std::chrono::system_clock::duration>(d);
    }

    // The clocks for a session; they read this object, which must outlive it.
    session::Clock clock() {
        return {.room = [this] { return room; },
                .steady = [this] { return steady; },
                .audit = [this] { return audit; }};
    }
};

} // namespace cpc::test
