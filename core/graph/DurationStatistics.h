#pragma once
// Per-call-path duration statistics across a workspace: count, mean, standard deviation,
// median and 95th percentile. Exact (every duration is kept until summarize()).
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tracemark {

struct DurationStats {
    std::int64_t count = 0;
    double meanNs = 0;
    double stdNs = 0; // population standard deviation
    double medianNs = 0;
    double p95Ns = 0; // percentiles by linear interpolation between closest ranks (numpy's default)
};

// Summarises one sample; the vector is reordered. Empty -> all zeros.
DurationStats summarizeDurations(std::vector<std::int64_t>& durationsNs);
// Percentile q in [0, 100] of a sorted sample by linear interpolation.
double percentileSorted(const std::vector<std::int64_t>& sorted, double q);

class CallPathStatistics {
public:
    void add(std::uint64_t callPathId, std::int64_t durationNs) { samples_[callPathId].push_back(durationNs); }
    std::size_t pathCount() const { return samples_.size(); }
    // Summarises every call path; the collected samples are consumed.
    std::unordered_map<std::uint64_t, DurationStats> summarize();

private:
    std::unordered_map<std::uint64_t, std::vector<std::int64_t>> samples_;
};

} // namespace tracemark
