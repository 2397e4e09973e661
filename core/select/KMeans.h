#pragma once
// k-means clustering of a dense float matrix (one row per trace, row-major), Euclidean.
//
// Initialisation: k-means++ (D^2 sampling: each next centre is a row drawn with probability
// proportional to its squared distance from the nearest centre so far) or k distinct random
// rows. Then Lloyd iterations with Hamerly's bounds: every row keeps an upper bound on the
// distance to its own centre and a lower bound on the distance to any other; the bounds move
// by the centres' shifts each iteration, and a row is only looked at again when they cross, so
// later iterations skip almost every distance computation. Rows that must be re-examined get
// all k distances at once as matrix products (|x|^2 - 2 x.c + |c|^2, the blocked kernel of
// core/eval/PanelDotKernel.h, AVX2+FMA when the CPU has it).
//
// Threads work on fixed blocks of rows, and every sum that combines rows is taken in a fixed
// order (centres: per cluster, in row order), so a seed gives the same result for any thread
// count. Distances inside the search are float matrix products: rows whose two nearest centres
// are within float rounding (about 1e-7 of |x|^2) may go to either; distances reported back
// (inertia, squaredDistances) are recomputed directly.
//
// Embeddings are compared by cosine elsewhere in Tracemark; pass L2-normalised rows
// (l2Normalised in RepresentativeSelection.h) to cluster by cosine.
#include "core/common/Progress.h"

#include <cstdint>
#include <vector>

namespace tracemark {

enum class KMeansInit { PlusPlus, Random };

struct KMeansOptions {
    int k = 10;
    int maxIterations = 100;
    // Stop when no assignment changes or the largest centre shift < tolerance * mean row norm.
    double tolerance = 1e-4;
    std::uint64_t seed = 1;
    int threads = 0; // 0 = hardware
    KMeansInit init = KMeansInit::PlusPlus;
};

struct KMeansResult {
    int k = 0;
    int dim = 0;
    std::vector<float> centres; // k * dim row-major
    std::vector<int> assignment; // per fitted row
    double inertia = 0; // sum of squared Euclidean distances of rows to their centres
    int iterations = 0; // centre updates done
    bool converged = false;
};

// UsageError for n == 0, dim < 1, k < 1, k > n, maxIterations < 0, a negative tolerance or a
// value that is not finite (naming row and column); Cancelled when progress is cancelled.
// A cluster left empty is re-seeded with the row farthest from its centre (ties: lowest row).
KMeansResult kmeans(const float* rows, std::int64_t n, int dim, const KMeansOptions& options, Progress& progress);

// Nearest centre (squared Euclidean; ties: lowest centre) of every row. squaredDistances, when
// given, receives each row's squared distance to that centre, computed directly.
std::vector<int> assignToCentres(const float* rows, std::int64_t n, int dim, const float* centres, int k,
    Progress& progress, int threads = 0, std::vector<float>* squaredDistances = nullptr);

} // namespace tracemark
