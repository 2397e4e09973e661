#pragma once
// Triplets for the encoder's triplet loss (DESIGN §5, STEAM-style): the anchor and the positive
// share the path ID and have close end-to-end latency; the negative has another path ID, or the
// same path ID with a latency far outside that path's normal range. Pure C++; no LibTorch.
//
// Coverage: every path ID gets at least one anchor per epoch (more in proportion to its size), so
// a structure seen ten times is learned as surely as one seen a million times; negatives from
// other paths are drawn by first picking a path uniformly, so rare structures are pushed away too.
// A path with a single trace uses that trace as its own positive.
#include <cstdint>
#include <vector>

namespace tracemark::ml {

struct Triplet {
    std::int64_t anchor = 0;
    std::int64_t positive = 0;
    std::int64_t negative = 0;
};

struct TripletSamplerOptions {
    // A positive is one of the anchor's nearest neighbours in latency rank within its path:
    // within max(1, this share of the path's size) ranks.
    double positiveRankWindow = 0.05;
    // A latency is "far outside the normal range" when its log latency lies more than this many
    // robust standard deviations (1.4826 * MAD) from the path's median log latency.
    double outlierSigmas = 3.0;
    // When the anchor's path has latency outliers, this share of its negatives are such outliers
    // (same structure, abnormal latency) instead of traces of other paths.
    double latencyNegativeShare = 0.3;
};

class TripletSampler {
public:
    // pathIds[i] and latencyNs[i] describe trace i (same length, not empty). Throws UsageError
    // when the sizes differ or no trace is given.
    TripletSampler(const std::vector<std::uint64_t>& pathIds, const std::vector<std::int64_t>& latencyNs,
                   TripletSamplerOptions options = {});

    // `count` triplets (at least one anchor per path, so possibly more than count when there are
    // more paths than count) whose anchors are taken from `anchorPool` (indices into the traces;
    // empty = all traces). Positives and negatives may be any trace. Same seed, same triplets.
    std::vector<Triplet> sample(std::int64_t count, std::uint64_t seed,
                                const std::vector<std::int64_t>& anchorPool = {}) const;

    std::int64_t traceCount() const { return static_cast<std::int64_t>(pathOf_.size()); }
    std::int64_t pathCount() const { return static_cast<std::int64_t>(paths_.size()); }
    // True when trace i's latency is far outside its path's normal range.
    bool isLatencyOutlier(std::int64_t trace) const { return outlier_.at(static_cast<std::size_t>(trace)); }
    // Position of trace i's path in the path list (paths ordered by path ID).
    int pathIndexOf(std::int64_t trace) const { return pathOf_.at(static_cast<std::size_t>(trace)); }

private:
    struct Path {
        std::uint64_t id = 0;
        std::vector<std::int64_t> byLatency; // members sorted by latency (then index)
        std::vector<std::int64_t> outliers;  // members far outside the normal range
        std::vector<std::int64_t> inliers;   // the others
    };

    TripletSamplerOptions options_;
    std::vector<Path> paths_;
    std::vector<int> pathOf_;              // trace -> index into paths_
    std::vector<std::int64_t> rankOf_;     // trace -> its position in its path's byLatency
    std::vector<bool> outlier_;
};

} // namespace tracemark::ml
