#pragma once
// For many query rows of a dense float matrix, the nearest row among a chosen set of candidate
// rows (the human-labelled traces of one class). The same blocked dot products as the exact
// nearest-neighbour search (core/eval/PanelDotKernel.h, AVX2+FMA when the CPU has it), turned
// around: the few candidates are packed into dimension-major panels once per call, and the
// many queries are read straight from the caller's row-major matrix, so a batch of 10 new labels
// costs one pass over the rows and no copy of them.
//
// Every query/candidate pair is ranked by a score computed from that pair alone (the kernel sums
// over the dimensions in a fixed order), so the answer for a query does not depend on which
// other candidates share the call: merging the bests of two candidate sets gives exactly the
// best of their union. That is what makes incremental propagation equal to a fresh one.
//   Cosine     score = -q.(c/|c|)        distance = 1 - q.c/(|q||c|), clamped to [0, 2]; a zero
//                                        row is at distance 1 from everything.
//   Euclidean  score = |c|^2 - 2 q.c     distance = sqrt(max(0, |q|^2 + score)); float rounding
//                                        of this expansion is about 1e-7 of |q||c|.
// A query that is itself a candidate is its own nearest candidate (score -inf, distance 0).
// Among equal scores the lowest candidate row wins.
//
// Row groups (setRowGroups, e.g. the k-means clusters of the rows) let a search with many
// candidates skip most of them: with G the centre of a query's group, |q - c| >= |G - c| - |q - G|
// (triangle inequality, in the space where the score ranks Euclidean: unit rows for cosine, the
// rows themselves for Euclidean), so once a query has a candidate at distance e, every candidate
// with |G - c| > |q - G| + e (plus a float safety margin) is farther and is not scored. The answer
// is exactly the one of the full search, ties included; the groups only change the speed.
#include "core/common/Progress.h"
#include "core/eval/NearestNeighbours.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace tracemark {

struct NearestCandidate {
    std::int64_t row = -1; // -1: no candidate
    float score = std::numeric_limits<float>::infinity();

    // The order used everywhere: lower score, then lower row.
    bool isBetterThan(const NearestCandidate& other) const
    {
        return score < other.score || (score == other.score && row >= 0 && (other.row < 0 || row < other.row));
    }
};

class NearestCandidateSearch {
public:
    // rows: n x dim, borrowed. Throws UsageError for n < 0, dim < 1, missing data or a
    // non-finite value (naming row and column). threads: 0 = hardware concurrency.
    NearestCandidateSearch(const float* rows, std::int64_t n, int dim, DistanceMetric metric, int threads = 0);

    std::int64_t size() const { return n_; }
    DistanceMetric metric() const { return metric_; }

    // result[i]: the nearest of `candidates` (rows, ascending, no repeats) to query row i, or to
    // row (*queries)[i] when queries is given. Cancelled when progress is cancelled.
    std::vector<NearestCandidate> search(const std::vector<std::int64_t>& candidates,
        const std::vector<std::int64_t>* queries, Progress& progress) const;

    // The distance of query row `query` to a candidate found for it; +inf when none.
    float distance(std::int64_t query, const NearestCandidate& nearest) const;

    // groupOf[row] in [0, groups) for every row; empty removes the groups. UsageError for a
    // wrong size or a negative group.
    void setRowGroups(const std::vector<int>& groupOf);
    bool hasRowGroups() const { return !groupOf_.empty(); }

private:
    // The search with row groups (GroupedCandidateSearch.cpp).
    std::vector<NearestCandidate> searchInGroups(const std::vector<std::int64_t>& candidates,
        const std::vector<std::int64_t>* queries, Progress& progress) const;
    // Row `row` in the grouping space (scaled to unit length for cosine), in double.
    void groupingPoint(std::int64_t row, double* out) const;

    const float* rows_;
    std::int64_t n_;
    int dim_;
    DistanceMetric metric_;
    int threads_;
    std::vector<float> inverseNorm_; // cosine: 1/|row| (0 for a zero row)
    std::vector<float> squaredNorm_; // euclidean: |row|^2
    std::vector<int> groupOf_; // per row; empty: no groups
    int groupCount_ = 0;
    std::vector<double> groupCentres_; // groupCount_ x dim, mean of the members' grouping points
    std::vector<double> distanceToGroupCentre_; // per row
};

} // namespace tracemark
