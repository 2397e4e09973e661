#pragma once
// Fault periods from abnormal traces: each abnormal trace's start time is padded on both sides,
// and padded intervals that overlap, touch or lie within `gap` of each other merge into one
// period (LabelEase pads each abnormal trace by 300 s). Periods supported by fewer than
// `minSupport` abnormal traces (one stray trace) are dropped.
#include <cstdint>
#include <vector>

namespace tracemark {

struct FaultPeriodOptions {
    // Defaults chosen by evaluation (docs/benchmarks.md): on the simulator 5 s and 30 s give
    // period precision 0.98 and recall 1.0, LabelEase's 300 s gives precision 0.34.
    std::int64_t paddingNs = 5'000'000'000; // each abnormal start t covers [t - padding, t + padding]
    std::int64_t gapNs = 30'000'000'000;    // intervals at most this far apart merge (0: touching merges)
    std::int64_t minSupport = 2;              // fewest abnormal traces a period keeps
};

struct MergedPeriod {
    std::int64_t startNs = 0; // first abnormal start - padding
    std::int64_t endNs = 0;   // last abnormal start + padding
    std::int64_t abnormalTraces = 0;
};

// Starts in any order (duplicates count once each). Periods come back in time order.
// UsageError for a negative padding or gap, or minSupport < 1.
std::vector<MergedPeriod> mergeFaultPeriods(std::vector<std::int64_t> abnormalStartsNs, const FaultPeriodOptions& options);

} // namespace tracemark
