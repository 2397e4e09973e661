#pragma once
// The daily rhythm of a shop's traffic: a sinusoid over 24 h (trough at 04:00 UTC, peak at
// 16:00 UTC) that scales the arrival rate, and latency a little with it (busier = slower).
#include <cmath>
#include <cstdint>

namespace tracemark::sim {

struct DiurnalLoad {
    double amplitude = 0.5; // arrival rate swings between (1 - a) and (1 + a) times the mean
    double latencyCoupling = 0.15; // latency factor = 1 + coupling * (arrival factor - 1)

    double arrivalFactor(std::int64_t timeNs) const
    {
        constexpr std::int64_t kDayNs = 86400LL * 1000000000LL;
        std::int64_t ofDay = timeNs % kDayNs;
        if (ofDay < 0)
            ofDay += kDayNs;
        const double dayFraction = static_cast<double>(ofDay) / static_cast<double>(kDayNs);
        // sin peaks at dayFraction = 16/24 and bottoms out at 4/24.
        return 1.0 + amplitude * std::sin(6.283185307179586 * (dayFraction - 10.0 / 24.0));
    }

    double latencyFactor(std::int64_t timeNs) const
    {
        return 1.0 + latencyCoupling * (arrivalFactor(timeNs) - 1.0);
    }
};

} // namespace tracemark::sim
