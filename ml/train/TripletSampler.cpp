#include "ml/train/TripletSampler.h"

#include "core/common/Error.h"
#include "core/common/Median.h"
#include "core/sim/Random.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace tracemark::ml {
namespace {

// A latency this close to the median is never an outlier, however narrow the path's spread: a
// path whose calls all take 10.0 ms would otherwise call 10.1 ms "far outside".
constexpr double kMinimumOutlierLogDistance = 0.405465; // log(1.5)

double logLatency(std::int64_t ns)
{
    return std::log1p(static_cast<double>(std::max<std::int64_t>(ns, 0)) / 1000.0);
}

std::int64_t pick(sim::Rng& rng, const std::vector<std::int64_t>& from)
{
    return from[rng.below(static_cast<std::uint32_t>(from.size()))];
}

} // namespace

TripletSampler::TripletSampler(const std::vector<std::uint64_t>& pathIds, const std::vector<std::int64_t>& latencyNs,
                               TripletSamplerOptions options)
    : options_(options)
{
    if (pathIds.size() != latencyNs.size())
        throw UsageError("triplet sampler: " + std::to_string(pathIds.size()) + " path ids but " +
                         std::to_string(latencyNs.size()) + " latencies");
    if (pathIds.empty())
        throw UsageError("triplet sampler: no traces to sample from");
    if (pathIds.size() > 0xFFFFFFFFull)
        throw UsageError("triplet sampler: more than 2^32 traces");

    std::map<std::uint64_t, std::vector<std::int64_t>> members;
    for (std::size_t i = 0; i < pathIds.size(); ++i)
        members[pathIds[i]].push_back(static_cast<std::int64_t>(i));

    pathOf_.assign(pathIds.size(), 0);
    rankOf_.assign(pathIds.size(), 0);
    outlier_.assign(pathIds.size(), false);
    paths_.reserve(members.size());
    for (auto& [id, traces] : members) {
        Path path;
        path.id = id;
        path.byLatency = std::move(traces);
        std::stable_sort(path.byLatency.begin(), path.byLatency.end(), [&](std::int64_t a, std::int64_t b) {
            return latencyNs[static_cast<std::size_t>(a)] < latencyNs[static_cast<std::size_t>(b)];
        });
        std::vector<double> logs;
        logs.reserve(path.byLatency.size());
        for (std::int64_t trace : path.byLatency)
            logs.push_back(logLatency(latencyNs[static_cast<std::size_t>(trace)]));
        const double centre = medianInPlace(logs); // reorders logs; the deviations below do not care
        std::vector<double> deviations;
        deviations.reserve(logs.size());
        for (double value : logs)
            deviations.push_back(std::abs(value - centre));
        const double sigma = 1.4826 * medianInPlace(deviations);
        const double limit = std::max(options_.outlierSigmas * sigma, kMinimumOutlierLogDistance);
        const int index = static_cast<int>(paths_.size());
        for (std::size_t rank = 0; rank < path.byLatency.size(); ++rank) {
            const std::int64_t trace = path.byLatency[rank];
            const auto t = static_cast<std::size_t>(trace);
            pathOf_[t] = index;
            rankOf_[t] = static_cast<std::int64_t>(rank);
            // sigma 0 (half the path identical) still flags what is far from the median.
            outlier_[t] = std::abs(logs[rank] - centre) > limit;
            (outlier_[t] ? path.outliers : path.inliers).push_back(trace);
        }
        paths_.push_back(std::move(path));
    }
}

std::vector<Triplet> TripletSampler::sample(std::int64_t count, std::uint64_t seed,
                                            const std::vector<std::int64_t>& anchorPool) const
{
    // Anchors grouped by path, so that every path in the pool gets one.
    std::vector<std::vector<std::int64_t>> poolByPath(paths_.size());
    std::vector<std::int64_t> pool;
    if (anchorPool.empty()) {
        pool.resize(pathOf_.size());
        for (std::size_t i = 0; i < pool.size(); ++i)
            pool[i] = static_cast<std::int64_t>(i);
    } else {
        pool = anchorPool;
    }
    for (std::int64_t trace : pool) {
        if (trace < 0 || trace >= traceCount())
            throw UsageError("triplet sampler: anchor " + std::to_string(trace) + " is not one of the " +
                             std::to_string(traceCount()) + " traces");
        poolByPath[static_cast<std::size_t>(pathOf_[static_cast<std::size_t>(trace)])].push_back(trace);
    }

    sim::Rng rng(seed);
    std::vector<std::int64_t> anchors;
    for (const auto& candidates : poolByPath)
        if (!candidates.empty())
            anchors.push_back(pick(rng, candidates));
    while (static_cast<std::int64_t>(anchors.size()) < count)
        anchors.push_back(pick(rng, pool));

    std::vector<Triplet> triplets;
    triplets.reserve(anchors.size());
    for (std::int64_t anchor : anchors) {
        const auto a = static_cast<std::size_t>(anchor);
        const Path& path = paths_[static_cast<std::size_t>(pathOf_[a])];
        const auto size = static_cast<std::int64_t>(path.byLatency.size());
        Triplet triplet{anchor, anchor, anchor};

        if (size > 1) {
            const auto window = std::max<std::int64_t>(1, static_cast<std::int64_t>(options_.positiveRankWindow *
                                                                                    static_cast<double>(size)));
            const std::int64_t rank = rankOf_[a];
            const std::int64_t low = std::max<std::int64_t>(0, rank - window);
            const std::int64_t high = std::min<std::int64_t>(size - 1, rank + window);
            std::int64_t chosen = low + static_cast<std::int64_t>(rng.below(static_cast<std::uint32_t>(high - low)));
            if (chosen >= rank)
                ++chosen; // skip the anchor itself
            triplet.positive = path.byLatency[static_cast<std::size_t>(chosen)];
        }

        // Same structure, opposite side of the normal range: teaches latency, not only shape.
        const std::vector<std::int64_t>& oppositeSide = outlier_[a] ? path.inliers : path.outliers;
        if (!oppositeSide.empty() && (paths_.size() == 1 || rng.chance(options_.latencyNegativeShare))) {
            triplet.negative = pick(rng, oppositeSide);
        } else if (paths_.size() > 1) {
            std::uint32_t other = rng.below(static_cast<std::uint32_t>(paths_.size() - 1));
            if (other >= static_cast<std::uint32_t>(pathOf_[a]))
                ++other;
            triplet.negative = pick(rng, paths_[other].byLatency);
        } else {
            // One structure and no outliers: the trace furthest away in latency is the best negative.
            const std::int64_t rank = rankOf_[a];
            triplet.negative = path.byLatency[rank < size / 2 ? static_cast<std::size_t>(size - 1) : 0];
        }
        triplets.push_back(triplet);
    }

    for (std::size_t i = triplets.size(); i > 1; --i)
        std::swap(triplets[i - 1], triplets[rng.below(static_cast<std::uint32_t>(i))]);
    return triplets;
}

} // namespace tracemark::ml
