#pragma once
// k centres packed for the panel dot kernel (core/eval/PanelDotKernel.h), to find the nearest
// and second-nearest centre of many rows with squared distances as matrix products:
//   |x - c|^2 = |x|^2 + (|c|^2 - 2 x.c)
// The bracket is the "score" ranked here; |x|^2 is the same for every centre of one row. The
// expansion loses precision when x and c are close (float cancellation, about 1e-7 of
// |x|^2 + |c|^2): callers that need a distance itself recompute it directly (squaredDistance).
#include "core/eval/PanelDotKernel.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct NearestCentres {
    int nearest = -1;
    float nearestScore = 0; // |c|^2 - 2 x.c of the nearest centre
    float secondScore = 0; // the same for the second nearest (+inf when k == 1)
};

class CentrePanels {
public:
    CentrePanels(const float* centres, int k, int dim, const PanelDotKernel& kernel);

    int k() const { return k_; }
    // Largest |c|^2, for error allowances on the expansion.
    float maxSquaredNorm() const { return maxSquaredNorm_; }

    // For rows[0..count): the nearest centre (ties: lowest index) and, when withSecond, the
    // second-nearest score. Each row's answer depends only on that row, not on how rows are
    // grouped, so results are the same whatever the thread layout.
    void findNearest(const float* const* rows, int count, bool withSecond, NearestCentres* out) const;
    // out[q * k + c] = |rows[q] - c|^2 by the expansion (may be slightly negative for c ~ x).
    void squaredDistancesTo(const float* const* rows, int count, float* out) const;

private:
    int k_;
    int dim_;
    std::int64_t panelCount_;
    PanelDotKernel kernel_;
    std::vector<float> values_; // panelCount * dim * kPanelWidth, dimension-major per panel
    std::vector<float> bias_; // |c|^2, +inf in padding lanes so they never win
    float maxSquaredNorm_ = 0;
};

// sum_d (a[d] - b[d])^2 computed directly (no cancellation): float partial sums in a fixed order.
double squaredDistance(const float* a, const float* b, int dim);
double squaredNorm(const float* a, int dim);

} // namespace tracemark
