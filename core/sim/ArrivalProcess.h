#pragma once
// Request arrival times: a Poisson process whose rate follows the diurnal load. Each gap is
// exponential at the rate of the moment it starts (the rate changes over hours, gaps are
// milliseconds, so this is as good as exact thinning). Replaying with the same seed gives the
// same times, which lets the simulator find the covered time span before it places faults.
#include "core/sim/DiurnalLoad.h"
#include "core/sim/Random.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace tracemark::sim {

class ArrivalProcess {
public:
    ArrivalProcess(std::uint64_t seed, std::int64_t startNs, double meanPerSecond, DiurnalLoad load)
        : rng_(seed)
        , nowNs_(startNs)
        , meanPerSecond_(meanPerSecond)
        , load_(load)
    {
    }

    // The next arrival time (strictly after the previous one).
    std::int64_t next()
    {
        const double rate = meanPerSecond_ * load_.arrivalFactor(nowNs_);
        const double gapNs = rng_.exponential(1e9 / rate);
        nowNs_ += std::max<std::int64_t>(1, std::llround(gapNs));
        return nowNs_;
    }

private:
    Rng rng_;
    std::int64_t nowNs_;
    double meanPerSecond_;
    DiurnalLoad load_;
};

} // namespace tracemark::sim
