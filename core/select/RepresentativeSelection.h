#pragma once
// LabelEase-style hybrid representative selection: the traces an operator labels by hand.
//
// 1. A sample that keeps the distribution (stratifiedSample, default 1/10 of the rows): every
//    stratum (e.g. the trace's path ID) keeps at least one row, so rare structures are not lost.
// 2. k-means with k-means++ initialisation on the sample (KMeans.h).
// 3. Every row of the full matrix is assigned to its nearest centre; the representative of a
//    cluster is the real row nearest its centre among the rows assigned to it.
//
// k-means works in Euclidean space, while embeddings are compared by cosine in the rest of
// Tracemark: callers pass L2-normalised rows for GNN embeddings (l2Normalised below). On unit
// vectors |x - y|^2 = 2 - 2 cos(x, y), so the Euclidean order is the cosine order.
//
// Everything is deterministic for a seed, whatever the thread count.
#include "core/common/Progress.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct SelectionOptions {
    int k = 0; // 0 = default: defaultClusterCount(n)
    double sampleShare = 0.1; // (0, 1]
    std::uint64_t seed = 1;
    int threads = 0; // 0 = hardware
    int maxIterations = 100;
};

struct Selection {
    int k = 0; // clusters kept (clusters left without rows are dropped)
    int dim = 0;
    std::vector<float> centres; // k * dim row-major
    std::vector<int> clusterOf; // per row of the full matrix, 0..k-1
    std::vector<float> distanceToCentre; // Euclidean, per row
    std::vector<std::int64_t> representatives; // per cluster: the row nearest its centre
    std::vector<std::int64_t> clusterSizes; // per cluster
    std::int64_t sampleSize = 0; // rows k-means was fitted on
    int iterations = 0; // k-means centre updates
};

// max(10, round(0.001 * n)), capped at n; UsageError for n < 0.
int defaultClusterCount(std::int64_t n);

// Each row scaled to unit length; zero rows stay zero.
std::vector<float> l2Normalised(const float* rows, std::int64_t n, int dim);

// Distribution-keeping sample of the rows [0, n): rows are grouped by strata[i]; every stratum
// keeps at least one row and otherwise share * size rows (the fraction rounded up or down at
// random, so large strata keep `share` on average), drawn uniformly from the stratum with a
// generator derived from (seed, stratum value). strata empty = one stratum (uniform sample of
// max(1, round(share * n)) rows). Rows returned in increasing order. UsageError when strata
// is neither empty nor of size n, or share is outside (0, 1].
std::vector<std::int64_t> stratifiedSample(
    const std::vector<std::uint64_t>& strata, std::int64_t n, double share, std::uint64_t seed);

// Hybrid selection (see above). If k exceeds the sample size, the sample grows to k rows with
// rows drawn uniformly from the rest. UsageError for n < 1, dim < 1, k < 0, k > n, a bad share
// or strata size, or a non-finite value; Cancelled when progress is cancelled.
Selection selectRepresentatives(const float* rows, std::int64_t n, int dim, const std::vector<std::uint64_t>& strata,
    const SelectionOptions& options, Progress& progress);

// The paper's control: k distinct random rows (sorted by row) are the representatives and the
// centres; every row is assigned to its nearest representative. Filled like selectRepresentatives
// (sampleSize = k, iterations = 0). With duplicate rows a cluster's representative may be an
// identical copy of the drawn row, and a drawn row whose copy comes first leaves an empty
// cluster, which is dropped.
Selection selectRandomRepresentatives(
    const float* rows, std::int64_t n, int dim, const SelectionOptions& options, Progress& progress);

} // namespace tracemark
