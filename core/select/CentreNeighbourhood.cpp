#include "core/select/CentreNeighbourhood.h"

#include "core/common/ParallelBlocks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace tracemark {
namespace {

constexpr int kCentresPerBlock = 32;
constexpr double kExpansionSlack = 4e-6; // as in KMeans.cpp: float rounding of the expansion

} // namespace

CentreNeighbourhood::CentreNeighbourhood(
    const CentrePanels& panels, const float* centres, int k, int dim, int threads, Progress& progress)
    : k_(k)
    , listed_(std::min(kListed, k - 1))
    , halfGap_(static_cast<std::size_t>(k), std::numeric_limits<double>::infinity())
    , gaps_(static_cast<std::size_t>(k) * kListed, std::numeric_limits<float>::infinity())
    , neighbours_(static_cast<std::size_t>(k) * kListed, -1)
{
    const std::int64_t blocks = (k + kCentresPerBlock - 1) / kCentresPerBlock;
    forEachBlock(blocks, threads, progress, [&](std::int64_t block) {
        const int begin = static_cast<int>(block) * kCentresPerBlock;
        const int count = std::min(k - begin, kCentresPerBlock);
        const float* queries[kCentresPerBlock] = {};
        for (int q = 0; q < count; ++q)
            queries[q] = centres + static_cast<std::size_t>(begin + q) * static_cast<std::size_t>(dim);
        std::vector<float> squared(static_cast<std::size_t>(count) * static_cast<std::size_t>(k));
        panels.squaredDistancesTo(queries, count, squared.data());
        std::vector<std::pair<float, int>> others;
        others.reserve(static_cast<std::size_t>(k));
        for (int q = 0; q < count; ++q) {
            const int a = begin + q;
            const double slack = kExpansionSlack * (squaredNorm(queries[q], dim) + panels.maxSquaredNorm());
            others.clear();
            // Ordered by the squared expansion (the lowered gap is monotone in it); only the kept
            // ones are converted.
            const float* fromA = squared.data() + static_cast<std::size_t>(q) * static_cast<std::size_t>(k);
            for (int j = 0; j < k; ++j)
                if (j != a)
                    others.emplace_back(fromA[j], j);
            if (listed_ < static_cast<int>(others.size()))
                std::nth_element(others.begin(), others.begin() + listed_, others.end());
            // Pairs order by distance, then by centre: the same lists whatever the thread count.
            std::sort(others.begin(), others.begin() + listed_);
            for (int t = 0; t < listed_; ++t) {
                const double gap = std::sqrt(std::max(0.0, static_cast<double>(others[static_cast<std::size_t>(t)].first) - slack));
                gaps_[static_cast<std::size_t>(a) * kListed + static_cast<std::size_t>(t)] = static_cast<float>(gap);
                neighbours_[static_cast<std::size_t>(a) * kListed + static_cast<std::size_t>(t)] = others[static_cast<std::size_t>(t)].second;
            }
            if (listed_ > 0)
                halfGap_[static_cast<std::size_t>(a)] = 0.5 * static_cast<double>(gaps_[static_cast<std::size_t>(a) * kListed]);
        }
    });
}

} // namespace tracemark
