#pragma once
// Where one span sits among every span of its call path in the workspace: the distribution's
// summary (mean, std, median, p95 as DurationStats computes them), a histogram and the span's
// percentile rank. Pure data, computed on the worker thread from the call path's durations.
#include "core/graph/DurationStatistics.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct DurationHistogram {
    double lowNs = 0;  // left edge of the first bin
    double highNs = 0; // right edge of the last bin
    std::vector<int> counts;
    int above = 0; // durations beyond highNs (a long tail is cut so the body stays readable)
    double binWidthNs() const { return counts.empty() ? 0.0 : (highNs - lowNs) / static_cast<double>(counts.size()); }
};

struct ReferenceStatistics {
    DurationStats stats;
    DurationHistogram histogram;
    std::int64_t spanDurationNs = 0;
    double percentileRank = 0; // % of the path's spans faster than this one (ties count half)
    double zScore = 0;         // (duration - mean) / std; 0 when std is 0
};

// Bins over [min, max]; when max is beyond 3x the 99th percentile the range ends at
// max(1.1 x p99, the span's duration) and the rest is counted in `above`.
DurationHistogram makeHistogram(const std::vector<std::int64_t>& sorted, std::int64_t spanDurationNs, int bins);
// `durations` may be in any order.
ReferenceStatistics computeReferenceStatistics(std::vector<std::int64_t> durations, std::int64_t spanDurationNs,
                                               int bins = 30);

} // namespace tracemark
