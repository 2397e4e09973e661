#pragma once
// Clustered random vectors shaped like trace embeddings, for speed benchmarks of the labeling
// engine at sizes no dataset here has (a million traces): rows around `blobs` random centres
// (Gaussian noise of standard deviation `spread` around unit-variance centres), blob sizes drawn
// from a lognormal weight, L2-normalised. Each blob is abnormal with probability `abnormalShare`,
// which gives the rows a ground truth. Seeded and portable (sim::Rng).
#include <cstdint>
#include <vector>

namespace tracemark {

struct SyntheticEmbeddings {
    int dim = 0;
    std::vector<float> rows;      // n x dim, row-major
    std::vector<int> abnormal;    // per row, 0/1 (its blob's flag)
    std::vector<std::uint64_t> blobOf; // per row: the blob it was drawn from
};

SyntheticEmbeddings syntheticEmbeddings(std::int64_t n, int dim, int blobs, double spread, double abnormalShare,
                                        std::uint64_t seed);

} // namespace tracemark
