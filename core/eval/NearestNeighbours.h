#pragma once
// Exact nearest-neighbour search over a dense float matrix (one row per trace, row-major), the
// brute force done fast: rows are packed into dimension-major panels, a register-blocked kernel
// (PanelDotKernel.h) computes query x candidate dot products block by block so a block of
// candidates stays in cache while many queries pass over it, and query blocks are shared out
// to std::threads. 20,000 x 64 takes about a second on one core with AVX2, 2 s without
// (docs/embeddings.md); memory: one packed copy of the matrix.
//
// Distances, ranked with what is left after dropping terms that are the same for every
// candidate of one query:
//   Cosine     1 - q.c/(|q||c|)       ranked by -q.(c/|c|). A zero row is at distance 1 from
//                                     everything (its normalised form is taken as all zeros).
//   Euclidean  |q - c|^2              ranked by |c|^2 - 2 q.c.
// A row is never its own neighbour; among candidates at the same distance the lowest index
// wins, so the answer is deterministic. Sums are in float: neighbours whose distances differ by
// less than float rounding may be picked either way (exact duplicates always tie exactly).
#include "core/common/Progress.h"
#include "core/eval/PanelDotKernel.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tracemark {

enum class DistanceMetric { Cosine, Euclidean };

std::string_view toString(DistanceMetric metric); // "cosine", "euclidean"
// Accepts "cosine"/"euclidean" (any case); UsageError naming the value otherwise.
DistanceMetric metricFromString(std::string_view text);

// Index of each row's nearest other row; -1 when n < 2. Throws UsageError for n < 0, dim < 1
// or a non-finite value (naming row and column), Cancelled when progress is cancelled.
// threads: 0 = std::thread::hardware_concurrency().
std::vector<std::int64_t> nearestNeighbours(
    const float* rows, std::int64_t n, int dim, DistanceMetric metric, Progress& progress, int threads = 0);

// The same for the listed query rows only (every row is still a candidate): result[i] is the
// nearest neighbour of row queries[i]. UsageError when a query index is outside [0, n).
std::vector<std::int64_t> nearestNeighboursOf(const float* rows, std::int64_t n, int dim,
    const std::vector<std::int64_t>& queries, DistanceMetric metric, Progress& progress, int threads = 0);
// The same with a chosen kernel (tests run both; the others use fastestPanelDotKernel()).
std::vector<std::int64_t> nearestNeighboursOf(const float* rows, std::int64_t n, int dim,
    const std::vector<std::int64_t>& queries, DistanceMetric metric, Progress& progress, int threads,
    const PanelDotKernel& kernel);

} // namespace tracemark
