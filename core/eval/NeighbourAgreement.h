#pragma once
// Nearest-neighbour label agreement, the quality figure for trace vectors (issue 3): the share of
// traces whose nearest other trace has the same ground-truth label. A vector that keeps abnormal
// traces next to abnormal ones lets a few labelled representatives label the rest, which is
// what selection and propagation rely on. Datasets are ~90 % normal, so `overall` is high even
// for a useless vector; `abnormal` (the share among abnormal traces) is the figure to compare.
#include "core/common/Progress.h"
#include "core/eval/NearestNeighbours.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct NeighbourAgreement {
    double overall = 0; // share of the queried traces whose nearest neighbour has their label
    double normal = 0; // the same among queried traces labelled 0; NaN when there are none
    double abnormal = 0; // the same among queried traces labelled 1; NaN when there are none
    std::int64_t traces = 0; // traces queried: all rows, or the sample when maxQueries cut it
    std::int64_t abnormalTraces = 0; // queried traces labelled 1
};

// labels[i] is row i's ground truth: 0 normal, 1 abnormal (leave unlabelled traces out of the
// matrix before calling). Every row is a candidate neighbour. maxQueries > 0 and < n queries only
// a sample of that many rows, drawn without replacement from the seed (the same seed, n and
// maxQueries give the same rows on every machine): exact neighbours of a sample, for n so large
// that n^2 distances take too long. UsageError for n < 2, labels.size() != n or a label other
// than 0/1; Cancelled when progress is cancelled. threads: 0 = hardware concurrency.
NeighbourAgreement nearestNeighbourAgreement(const float* rows, std::int64_t n, int dim,
    const std::vector<int>& labels, DistanceMetric metric, Progress& progress, int threads = 0,
    std::int64_t maxQueries = 0, std::uint64_t seed = 1);

// The figures from neighbours already found: neighbours[i] is the nearest neighbour of row queries[i].
NeighbourAgreement neighbourAgreement(const std::vector<std::int64_t>& queries,
    const std::vector<std::int64_t>& neighbours, const std::vector<int>& labels);

// The query rows nearestNeighbourAgreement uses: every row when maxQueries <= 0 or >= n, else
// maxQueries distinct rows drawn with xoshiro256** from the seed, in increasing order.
std::vector<std::int64_t> sampleQueryRows(std::int64_t n, std::int64_t maxQueries, std::uint64_t seed);

} // namespace tracemark
