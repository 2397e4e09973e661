#pragma once
// The inner loop of NearestCandidateSearch, shared by its plain and its grouped search: a set of
// candidate rows packed into dimension-major panels, and the scan that finds each query's best
// packed candidate with the panel dot kernel. Internal to core/select.
#include "core/common/Progress.h"
#include "core/eval/PanelDotKernel.h"
#include "core/select/NearestCandidateSearch.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tracemark::candidate_scan {

constexpr int kWidth = PanelDotKernel::kPanelWidth;

// How rows are read and scored: score(q, c) = bias[c] - dotScale * dot(q, packed c), where the
// packed row is c / |c| for cosine (bias 0, dotScale 1) and c for Euclidean (bias |c|^2,
// dotScale 2).
struct ScanContext {
    const float* rows = nullptr;
    std::size_t dim = 0;
    bool cosine = true;
    const std::vector<float>* inverseNorm = nullptr; // cosine
    const std::vector<float>* squaredNorm = nullptr; // Euclidean
    PanelDotKernel kernel;
    // One panel's scores folded into a query's per-lane best: a lower score, or an equal score
    // from a lower row (rank).
    void (*updateLanes)(const float* dot, const float* bias, const std::int32_t* rank, float dotScale, float* best,
                        std::int32_t* bestRank) = nullptr;
};

ScanContext makeScanContext(const float* rows, int dim, DistanceMetric metric, const std::vector<float>& inverseNorm,
    const std::vector<float>& squaredNorm);

struct CandidatePanels {
    std::int64_t panelCount = 0;
    std::vector<float> values;       // panelCount * dim * kWidth; padding lanes are zeros
    std::vector<float> bias;         // padding lanes are +inf, so they never win
    std::vector<std::int32_t> rank;  // per slot, the rank of its row among the packed rows; padding: max
    std::vector<std::int64_t> rowOfRank; // the packed rows, ascending
    float dotScale = 1.0f;
};

// candidates: distinct rows, in the order they are to be packed (any order: ties are broken by
// row, not by position, so a scan may stop after the first panels of a nearest-first order).
CandidatePanels packCandidates(const ScanContext& context, const std::vector<std::int64_t>& candidates);

// Queries [begin, end) of a call: position i stands for row list[i], or row i when list is null.
struct QueryRows {
    const std::int64_t* list = nullptr;
    std::int64_t row(std::size_t position) const
    {
        return list ? list[position] : static_cast<std::int64_t>(position);
    }
};

// out[i - begin] = the best candidate of query position i among the first panelLimit panels
// (all when negative): the lowest score, ties to the lowest row; {-1, +inf} when every score is
// +inf (or nothing is packed). Returns early, leaving out partly filled, when progress is
// cancelled.
void scanQueries(const ScanContext& context, const CandidatePanels& panels, QueryRows queries, std::size_t begin,
    std::size_t end, NearestCandidate* out, const Progress& progress, std::int64_t panelLimit = -1);

} // namespace tracemark::candidate_scan
