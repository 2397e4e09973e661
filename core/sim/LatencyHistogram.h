#pragma once
// A fixed-size log-scale histogram of durations (8 buckets per doubling, about 6 % wide), so a
// metric interval's latency percentile costs constant memory however much traffic it holds.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace tracemark::sim {

class LatencyHistogram {
public:
    void add(std::int64_t durationNs)
    {
        ++counts_[bucketOf(durationNs < 1000 ? 0 : static_cast<std::uint64_t>(durationNs / 1000))];
        ++total_;
    }
    std::uint64_t count() const { return total_; }
    void clear()
    {
        counts_.fill(0);
        total_ = 0;
    }

    // The q-quantile (0 < q <= 1) in milliseconds, interpolated linearly inside its bucket;
    // 0 when empty.
    double quantileMs(double q) const
    {
        if (total_ == 0)
            return 0.0;
        const double wanted = q * static_cast<double>(total_);
        std::uint64_t seen = 0;
        for (std::size_t b = 0; b < kBuckets; ++b) {
            if (counts_[b] == 0)
                continue;
            if (static_cast<double>(seen + counts_[b]) >= wanted) {
                const double within = (wanted - static_cast<double>(seen)) / static_cast<double>(counts_[b]);
                const double low = bucketLowUs(b);
                return (low + (bucketLowUs(b + 1) - low) * std::clamp(within, 0.0, 1.0)) / 1000.0;
            }
            seen += counts_[b];
        }
        return bucketLowUs(kBuckets) / 1000.0;
    }

private:
    static constexpr std::size_t kBuckets = 8 + 8 * 61;

    // Microseconds below 8 get their own bucket; above, the position of the leading bit picks
    // the doubling and the next three bits the eighth within it.
    static std::size_t bucketOf(std::uint64_t us)
    {
        if (us < 8)
            return static_cast<std::size_t>(us);
        const int exponent = 63 - __builtin_clzll(us);
        const std::uint64_t eighth = (us >> (exponent - 3)) & 7u;
        return 8 + static_cast<std::size_t>(exponent - 3) * 8 + static_cast<std::size_t>(eighth);
    }
    // Lower edge of a bucket in microseconds (bucketLowUs(b + 1) is its upper edge).
    static double bucketLowUs(std::size_t bucket)
    {
        if (bucket < 8)
            return static_cast<double>(bucket);
        const int exponent = 3 + static_cast<int>((bucket - 8) / 8);
        const double eighth = static_cast<double>((bucket - 8) % 8);
        return (8.0 + eighth) * std::ldexp(1.0, exponent - 3);
    }

    std::array<std::uint32_t, kBuckets> counts_ {};
    std::uint64_t total_ = 0;
};

} // namespace tracemark::sim
