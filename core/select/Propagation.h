#pragma once
// Label propagation: every trace without a human label takes the label of the nearer of two
// human-labelled traces, its nearest labelled normal and its nearest labelled abnormal trace,
// with a confidence from how much nearer that one is. Human labels are never overridden.
//
// Confidence of a propagated row (d_n, d_a: distances to the nearest labelled normal/abnormal):
//   both classes labelled   label = the nearer class; c = (d_far - d_near) / (d_far + d_near),
//                           in [0, 1]: 0 when equidistant, 1 when the row sits on a labelled
//                           trace of its class (d_near = 0) while the other class is away. It
//                           is the relative margin, so it does not depend on the scale of the
//                           embedding. Both distances 0 (a duplicate of traces labelled both
//                           ways) gives 0.
//   ties                    equal distances go to Abnormal (confidence 0): an operator would
//                           rather review a doubtful trace than miss a fault.
//   one class labelled      that class, with c = 0.5 * (1 - d / d_max), d_max being the largest
//                           distance of any row to that class: 0.5 on a labelled trace, falling
//                           to 0 for the farthest row. Capped at 0.5 because nothing confirms
//                           the label (the other class may simply not be labelled yet), and
//                           decreasing with distance so that the traces least like anything
//                           labelled are the least certain ones and get suggested first.
//                           d_max = 0 (every row on a labelled trace) gives 0.5.
//   no labels               Unlabeled, confidence 0.
//   human rows              their label, confidence 1, human = true.
// The nearest fields are filled for every row, human ones included (a labelled row is its own
// nearest trace of its class, at distance 0). Among labelled traces at the same distance the
// lowest row wins. Distances: see NearestCandidateSearch.h (cosine 1 - cos, or Euclidean).
//
// Incremental: setHumanLabels compares only the newly labelled rows with all n rows (n x new
// distances). A row that loses its label (relabelled or unlabelled) is dropped from its class,
// and only the rows whose nearest trace of that class it was are searched again, against the
// rest of the class. The result is always exactly what a fresh Propagator given the same final
// labels computes (each distance depends only on its pair of rows). Deterministic.
#include "core/common/Progress.h"
#include "core/eval/NearestNeighbours.h"
#include "core/model/Label.h"
#include "core/select/NearestCandidateSearch.h"

#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace tracemark {

struct PropagatedLabel {
    TraceLabel label = TraceLabel::Unlabeled;
    double confidence = 0;
    bool human = false;
    std::int64_t nearestNormal = -1; // row of the nearest human-labelled normal trace; -1: none
    std::int64_t nearestAbnormal = -1;
    float distanceNormal = std::numeric_limits<float>::infinity();
    float distanceAbnormal = std::numeric_limits<float>::infinity();
};

class Propagator {
public:
    // rows: n x dim, borrowed (must outlive the Propagator). Cosine by default: the embeddings
    // are trained for it. Throws UsageError for a bad shape or a non-finite value.
    // threads: 0 = hardware concurrency.
    Propagator(const float* rows, std::int64_t n, int dim, DistanceMetric metric = DistanceMetric::Cosine,
        int threads = 0);

    // Sets human labels: Normal or Abnormal; Unlabeled removes a human label. When a row appears
    // more than once in the batch, its last entry wins. Throws UsageError (and changes nothing)
    // for a row out of range or a label that is not one of the three; Cancelled (changing
    // nothing) when progress is cancelled.
    void setHumanLabels(const std::vector<std::pair<std::int64_t, TraceLabel>>& labels, Progress& progress);

    // Optional groups of similar rows (e.g. the selection's k-means clusters, groupOf[row] >= 0)
    // that make searches over many labelled traces faster; the results are identical with or
    // without them (see NearestCandidateSearch.h). Empty removes them. UsageError for a wrong size.
    void setRowGroups(const std::vector<int>& groupOf) { search_.setRowGroups(groupOf); }

    // UsageError for a row out of range.
    const PropagatedLabel& at(std::int64_t row) const;
    std::int64_t size() const { return static_cast<std::int64_t>(labels_.size()); }
    std::int64_t humanCount() const
    {
        return static_cast<std::int64_t>(members_[0].size() + members_[1].size());
    }
    // Human labels of one class (Normal or Abnormal; 0 for Unlabeled).
    std::int64_t humanCount(TraceLabel label) const;

private:
    // One per labelled class: index 0 Normal, 1 Abnormal.
    struct ClassUpdate;
    void refreshLabels();

    NearestCandidateSearch search_;
    std::vector<TraceLabel> human_;                // the human label of each row
    std::vector<std::int64_t> members_[2];         // rows with a human label of the class, ascending
    std::vector<NearestCandidate> nearest_[2];     // each row's nearest member of the class
    std::vector<PropagatedLabel> labels_;
};

} // namespace tracemark
