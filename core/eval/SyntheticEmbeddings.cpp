#include "core/eval/SyntheticEmbeddings.h"

#include "core/common/Error.h"
#include "core/select/RepresentativeSelection.h"
#include "core/sim/Random.h"

#include <algorithm>

namespace tracemark {

SyntheticEmbeddings syntheticEmbeddings(std::int64_t n, int dim, int blobs, double spread, double abnormalShare,
                                        std::uint64_t seed)
{
    if (n < 1 || dim < 1 || blobs < 1 || spread < 0 || abnormalShare < 0 || abnormalShare > 1)
        throw UsageError("synthetic embeddings: n, dim and blobs must be positive, spread >= 0, share in [0, 1]");
    sim::Rng rng(seed);
    const auto width = static_cast<std::size_t>(dim);
    std::vector<double> centres(static_cast<std::size_t>(blobs) * width);
    for (double& v : centres)
        v = rng.normal();
    std::vector<double> cumulative(static_cast<std::size_t>(blobs));
    std::vector<int> blobAbnormal(static_cast<std::size_t>(blobs));
    double total = 0;
    for (std::size_t b = 0; b < cumulative.size(); ++b) {
        cumulative[b] = total += rng.lognormal(1.0, 1.0);
        blobAbnormal[b] = rng.chance(abnormalShare) ? 1 : 0;
    }
    SyntheticEmbeddings out;
    out.dim = dim;
    std::vector<float> rows(static_cast<std::size_t>(n) * width);
    out.abnormal.resize(static_cast<std::size_t>(n));
    out.blobOf.resize(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
        const auto blob = static_cast<std::size_t>(
            std::upper_bound(cumulative.begin(), cumulative.end() - 1, rng.uniform() * total) - cumulative.begin());
        for (std::size_t d = 0; d < width; ++d)
            rows[i * width + d] = static_cast<float>(centres[blob * width + d] + rng.normal() * spread);
        out.abnormal[i] = blobAbnormal[blob];
        out.blobOf[i] = blob;
    }
    out.rows = l2Normalised(rows.data(), n, dim);
    return out;
}

} // namespace tracemark
