#include "ui/trace/ReferenceStatistics.h"

#include <algorithm>
#include <cmath>

namespace tracemark {

DurationHistogram makeHistogram(const std::vector<std::int64_t>& sorted, std::int64_t spanDurationNs, int bins)
{
    DurationHistogram histogram;
    if (sorted.empty() || bins <= 0)
        return histogram;
    const double low = static_cast<double>(std::min(sorted.front(), spanDurationNs));
    double high = static_cast<double>(std::max(sorted.back(), spanDurationNs));
    const double p99 = percentileSorted(sorted, 99.0);
    if (high > 3.0 * p99 && p99 > low)
        high = std::max(1.1 * p99, static_cast<double>(spanDurationNs));
    if (high <= low)
        high = low + 1.0; // one value: a single non-empty bin
    histogram.lowNs = low;
    histogram.highNs = high;
    histogram.counts.assign(static_cast<std::size_t>(bins), 0);
    const double width = (high - low) / bins;
    for (std::int64_t value : sorted) {
        const double v = static_cast<double>(value);
        if (v > high) {
            ++histogram.above;
            continue;
        }
        const int bin = std::min(bins - 1, static_cast<int>((v - low) / width));
        ++histogram.counts[static_cast<std::size_t>(std::max(bin, 0))];
    }
    return histogram;
}

ReferenceStatistics computeReferenceStatistics(std::vector<std::int64_t> durations, std::int64_t spanDurationNs, int bins)
{
    ReferenceStatistics result;
    result.spanDurationNs = spanDurationNs;
    std::sort(durations.begin(), durations.end());
    if (durations.empty())
        return result;
    const auto equal = std::equal_range(durations.begin(), durations.end(), spanDurationNs);
    const double less = static_cast<double>(equal.first - durations.begin());
    const double ties = static_cast<double>(equal.second - equal.first);
    result.percentileRank = 100.0 * (less + 0.5 * ties) / static_cast<double>(durations.size());
    result.histogram = makeHistogram(durations, spanDurationNs, bins);
    result.stats = summarizeDurations(durations); // reorders: used last
    if (result.stats.stdNs > 0)
        result.zScore = (static_cast<double>(spanDurationNs) - result.stats.meanNs) / result.stats.stdNs;
    return result;
}

} // namespace tracemark
