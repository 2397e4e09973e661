#include "core/graph/DurationStatistics.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace tracemark {

double percentileSorted(const std::vector<std::int64_t>& sorted, double q)
{
    if (!(q >= 0.0 && q <= 100.0)) // also rejects NaN
        throw UsageError("percentile must be between 0 and 100, got " + std::to_string(q));
    if (sorted.empty())
        return 0.0;
    const double rank = q / 100.0 * static_cast<double>(sorted.size() - 1);
    const std::size_t below = std::min(static_cast<std::size_t>(std::floor(rank)), sorted.size() - 1);
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    const double t = rank - static_cast<double>(below);
    const double a = static_cast<double>(sorted[below]);
    const double b = static_cast<double>(sorted[above]);
    // numpy's lerp: interpolate from the nearer end, so t = 1 gives b exactly
    return t >= 0.5 ? b - (b - a) * (1.0 - t) : a + (b - a) * t;
}

DurationStats summarizeDurations(std::vector<std::int64_t>& durationsNs)
{
    DurationStats stats;
    if (durationsNs.empty())
        return stats;
    std::sort(durationsNs.begin(), durationsNs.end());
    // Work on offsets from the smallest value: timestamps-sized values (1e18 ns) keep their precision,
    // and the two-pass deviation sum stays stable where sum(x^2) - n*mean^2 would cancel.
    const std::int64_t offset = durationsNs.front();
    const auto above = [offset](std::int64_t d) { // d >= offset; unsigned arithmetic cannot overflow
        return static_cast<double>(static_cast<std::uint64_t>(d) - static_cast<std::uint64_t>(offset));
    };
    const double n = static_cast<double>(durationsNs.size());
    double sum = 0;
    for (std::int64_t d : durationsNs)
        sum += above(d);
    const double meanAbove = sum / n;
    double squares = 0;
    for (std::int64_t d : durationsNs)
        squares += (above(d) - meanAbove) * (above(d) - meanAbove);
    const double mean = static_cast<double>(offset) + meanAbove;
    stats.count = static_cast<std::int64_t>(durationsNs.size());
    stats.meanNs = mean;
    stats.stdNs = std::sqrt(squares / n);
    stats.medianNs = percentileSorted(durationsNs, 50.0);
    stats.p95Ns = percentileSorted(durationsNs, 95.0);
    return stats;
}

std::unordered_map<std::uint64_t, DurationStats> CallPathStatistics::summarize()
{
    std::unordered_map<std::uint64_t, DurationStats> result;
    result.reserve(samples_.size());
    for (auto& [callPathId, durations] : samples_)
        result.emplace(callPathId, summarizeDurations(durations));
    samples_.clear();
    return result;
}

} // namespace tracemark
