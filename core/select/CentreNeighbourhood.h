#pragma once
// Distances between k-means centres, for the triangle-inequality tests of the Lloyd iterations
// (KMeans.cpp): half the gap from each centre to its nearest other centre (Hamerly's test) and
// each centre's nearest other centres in increasing order (Elkan's lemma: a row at distance u
// from centre a can only be nearer to a centre within 2u of a). Gaps come from the matrix
// product and are lowered by a rounding allowance, so they never exceed the true distance.
#include "core/common/Progress.h"
#include "core/select/CentrePanels.h"

#include <vector>

namespace tracemark {

class CentreNeighbourhood {
public:
    static constexpr int kListed = 24; // nearest other centres kept per centre

    CentreNeighbourhood(const CentrePanels& panels, const float* centres, int k, int dim, int threads, Progress& progress);

    // +inf when k == 1.
    double halfGap(int centre) const { return halfGap_[static_cast<std::size_t>(centre)]; }
    // min(kListed, k - 1): when that is k - 1 the list holds every other centre.
    int listed() const { return listed_; }
    bool listsEveryCentre() const { return listed_ == k_ - 1; }
    const float* gaps(int centre) const { return gaps_.data() + static_cast<std::size_t>(centre) * kListed; }
    const int* neighbours(int centre) const { return neighbours_.data() + static_cast<std::size_t>(centre) * kListed; }

private:
    int k_;
    int listed_;
    std::vector<double> halfGap_;
    std::vector<float> gaps_; // k * kListed, increasing per centre
    std::vector<int> neighbours_; // k * kListed
};

} // namespace tracemark
