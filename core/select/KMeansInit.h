#pragma once
// Initial centres for k-means (KMeans.h): k-means++ D^2 sampling, and k distinct random rows.
#include "core/common/Progress.h"
#include "core/sim/Random.h"

#include <cstdint>
#include <vector>

namespace tracemark {

// Indices of `count` distinct rows of [0, n) drawn uniformly (partial Fisher-Yates over a
// sparse swap map, so memory is O(count)), in the order drawn. 0 <= count <= n.
std::vector<std::int64_t> distinctRandomRows(std::int64_t n, std::int64_t count, sim::Rng& rng);

// k-means++: the first centre uniform, each next one a row drawn with probability proportional
// to its squared distance D^2 to the nearest centre chosen so far. Rather than one pass over all
// rows per centre, up to 32 new centres are folded into the distances at once by a matrix
// product; in between, a row is proposed by the (stale, larger) distances and accepted with
// probability true D^2 / stale D^2, which is exact D^2 sampling. When every row already sits on
// a centre, the rest are drawn uniformly. Returns the k chosen row indices; deterministic for
// the generator's state whatever the thread count (sums are taken per fixed block, in order).
std::vector<std::int64_t> kmeansPlusPlusRows(const float* rows, std::int64_t n, int dim, int k,
    sim::Rng& rng, int threads, Progress& progress);

} // namespace tracemark
