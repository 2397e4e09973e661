#include "core/select/KMeans.h"

#include "core/common/Error.h"
#include "core/select/CentreNeighbourhood.h"
#include "core/select/CentrePanels.h"
#include "core/select/KMeansInit.h"
#include "core/common/ParallelBlocks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tracemark {
namespace {

constexpr std::int64_t kBlockRows = 2048;
constexpr int kClustersPerBlock = 32;
// Allowance for float rounding in |x|^2 + |c|^2 - 2 x.c, relative to |x|^2 + max |c|^2, so
// that lower bounds taken from the matrix product stay below the true distance.
constexpr double kExpansionSlack = 4e-6;
constexpr std::uint64_t kInitStream = 0x6b6d65616e73ull; // "kmeans"

std::size_t at(std::int64_t i) { return static_cast<std::size_t>(i); }

void requireFinite(const float* rows, std::int64_t n, int dim, const char* what)
{
    for (std::int64_t i = 0; i < n; ++i)
        for (int d = 0; d < dim; ++d)
            if (!std::isfinite(rows[at(i) * static_cast<std::size_t>(dim) + static_cast<std::size_t>(d)]))
                throw UsageError(std::string("k-means: ") + what + " " + std::to_string(i) + ", column "
                    + std::to_string(d) + " is not a finite number");
}

// Lloyd iterations with Hamerly's bounds over one matrix; see KMeans.h.
class HamerlyKMeans {
public:
    HamerlyKMeans(const float* rows, std::int64_t n, int dim, const KMeansOptions& options, Progress& progress)
        : rows_(rows), n_(n), dim_(dim), k_(options.k), threads_(options.threads), progress_(progress)
        , kernel_(fastestPanelDotKernel()), blockCount_((n + kBlockRows - 1) / kBlockRows)
        , squaredNorms_(at(n)), assignment_(at(n), -1), upper_(at(n)), lower_(at(n))
    {
    }

    KMeansResult run(const KMeansOptions& options);

private:
    const float* row(std::int64_t i) const { return rows_ + at(i) * static_cast<std::size_t>(dim_); }
    float* centre(int c) { return centres_.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(dim_); }
    double lowerFromScore(std::int64_t i, float score, float maxCentreNorm) const
    {
        const double slack = kExpansionSlack * (squaredNorms_[at(i)] + maxCentreNorm);
        return std::sqrt(std::max(0.0, squaredNorms_[at(i)] + static_cast<double>(score) - slack));
    }

    void initialise(const KMeansOptions& options);
    std::int64_t assign(const CentrePanels& panels, const CentreNeighbourhood& neighbourhood, bool everyRow);
    bool searchNeighbours(std::int64_t i, const CentreNeighbourhood& neighbourhood);
    void reseedEmptyClusters(std::vector<std::int64_t>& counts);
    double updateCentres(); // returns the largest shift

    const float* rows_;
    std::int64_t n_;
    int dim_;
    int k_;
    int threads_;
    Progress& progress_;
    PanelDotKernel kernel_;
    std::int64_t blockCount_;
    std::vector<double> squaredNorms_;
    std::vector<float> centres_;
    std::vector<int> assignment_;
    std::vector<int> summedAssignment_; // the assignment the centres are the means of; empty at first
    std::vector<double> upper_; // >= distance to the assigned centre
    std::vector<double> lower_; // <= distance to every other centre
    std::vector<double> shift_; // how far each centre moved in the last update
    std::vector<std::int64_t> changedPerBlock_;
};

void HamerlyKMeans::initialise(const KMeansOptions& options)
{
    forEachBlock(blockCount_, threads_, progress_, [&](std::int64_t block) {
        for (std::int64_t i = block * kBlockRows; i < std::min(n_, (block + 1) * kBlockRows); ++i)
            squaredNorms_[at(i)] = squaredNorm(row(i), dim_);
    });
    sim::Rng rng(sim::deriveSeed(options.seed, kInitStream));
    SubProgress initProgress(progress_, 0.0, 0.3);
    const std::vector<std::int64_t> seeds = options.init == KMeansInit::PlusPlus
        ? kmeansPlusPlusRows(rows_, n_, dim_, k_, rng, threads_, initProgress)
        : distinctRandomRows(n_, k_, rng);
    centres_.resize(static_cast<std::size_t>(k_) * static_cast<std::size_t>(dim_));
    for (int c = 0; c < k_; ++c)
        std::copy(row(seeds[at(c)]), row(seeds[at(c)]) + dim_, centre(c));
    shift_.assign(at(k_), 0.0);
    changedPerBlock_.assign(at(blockCount_), 0);
}

// A row whose bounds crossed, at exact distance upper_[i] from its centre a, can only be nearer
// to centres within 2 upper_[i] of a. When a's list of nearest centres reaches past that, only
// those are measured and the first one beyond gives the lower bound; otherwise returns false
// and the row is searched against every centre.
bool HamerlyKMeans::searchNeighbours(std::int64_t i, const CentreNeighbourhood& neighbourhood)
{
    const int a = assignment_[at(i)];
    const double u = upper_[at(i)];
    const double reach = 2 * u;
    const int listed = neighbourhood.listed();
    const float* gaps = neighbourhood.gaps(a);
    if (listed > 0 && gaps[listed - 1] < reach && !neighbourhood.listsEveryCentre())
        return false;
    const int* neighbours = neighbourhood.neighbours(a);
    double best = u, second = std::numeric_limits<double>::infinity();
    int bestCentre = a;
    int t = 0;
    for (; t < listed && gaps[t] < reach; ++t) {
        const int c = neighbours[t];
        const double d = std::sqrt(squaredDistance(row(i), centre(c), dim_));
        if (d < best || (d == best && c < bestCentre)) {
            second = best;
            best = d;
            bestCentre = c;
        } else {
            second = std::min(second, d);
        }
    }
    if (t < listed) // every centre not measured is at least gaps[t] from a
        second = std::min(second, static_cast<double>(gaps[t]) - u);
    assignment_[at(i)] = bestCentre;
    upper_[at(i)] = best;
    lower_[at(i)] = std::max(0.0, second);
    return true;
}

std::int64_t HamerlyKMeans::assign(const CentrePanels& panels, const CentreNeighbourhood& neighbourhood, bool everyRow)
{
    double largest = 0, secondLargest = 0;
    int largestCentre = -1;
    for (int c = 0; c < k_; ++c) {
        if (shift_[at(c)] > largest) {
            secondLargest = largest;
            largest = shift_[at(c)];
            largestCentre = c;
        } else {
            secondLargest = std::max(secondLargest, shift_[at(c)]);
        }
    }
    const float maxCentreNorm = panels.maxSquaredNorm();
    forEachBlock(blockCount_, threads_, progress_, [&](std::int64_t block) {
        const std::int64_t begin = block * kBlockRows;
        const std::int64_t end = std::min(n_, begin + kBlockRows);
        std::vector<const float*> pending;
        std::vector<std::int64_t> pendingRows;
        std::int64_t changed = 0;
        for (std::int64_t i = begin; i < end; ++i) {
            int& a = assignment_[at(i)];
            if (!everyRow) {
                upper_[at(i)] += shift_[at(a)];
                lower_[at(i)] = std::max(0.0, lower_[at(i)] - (a == largestCentre ? secondLargest : largest));
                const double bound = std::max(neighbourhood.halfGap(a), lower_[at(i)]);
                if (upper_[at(i)] <= bound)
                    continue;
                upper_[at(i)] = std::sqrt(squaredDistance(row(i), centre(a), dim_));
                if (upper_[at(i)] <= bound)
                    continue;
                const int before = a;
                if (searchNeighbours(i, neighbourhood)) {
                    changed += assignment_[at(i)] != before ? 1 : 0;
                    continue;
                }
            }
            pending.push_back(row(i));
            pendingRows.push_back(i);
        }
        std::vector<NearestCentres> found(pending.size());
        panels.findNearest(pending.data(), static_cast<int>(pending.size()), true, found.data());
        for (std::size_t p = 0; p < pending.size(); ++p) {
            const std::int64_t i = pendingRows[p];
            const int nearest = found[p].nearest;
            if (nearest != assignment_[at(i)]) {
                ++changed;
                assignment_[at(i)] = nearest;
            }
            upper_[at(i)] = std::sqrt(squaredDistance(row(i), centre(nearest), dim_));
            lower_[at(i)] = lowerFromScore(i, found[p].secondScore, maxCentreNorm);
        }
        changedPerBlock_[at(block)] = changed;
    });
    std::int64_t changed = 0;
    for (std::int64_t c : changedPerBlock_)
        changed += c;
    return changed;
}

void HamerlyKMeans::reseedEmptyClusters(std::vector<std::int64_t>& counts)
{
    if (std::find(counts.begin(), counts.end(), 0) == counts.end())
        return;
    std::vector<double> distance(at(n_));
    forEachBlock(blockCount_, threads_, progress_, [&](std::int64_t block) {
        for (std::int64_t i = block * kBlockRows; i < std::min(n_, (block + 1) * kBlockRows); ++i)
            distance[at(i)] = squaredDistance(row(i), centre(assignment_[at(i)]), dim_);
    });
    for (int empty = 0; empty < k_; ++empty) {
        if (counts[at(empty)] != 0)
            continue;
        std::int64_t farthest = -1;
        for (std::int64_t i = 0; i < n_; ++i) // strictly greater: the lowest row wins a tie
            if (counts[at(assignment_[at(i)])] > 1 && (farthest < 0 || distance[at(i)] > distance[at(farthest)]))
                farthest = i;
        if (farthest < 0) // cannot happen while k <= n, but never leave a row unassigned
            break;
        --counts[at(assignment_[at(farthest)])];
        assignment_[at(farthest)] = empty;
        counts[at(empty)] = 1;
        distance[at(farthest)] = 0;
        upper_[at(farthest)] = 0; // it becomes the centre itself
        lower_[at(farthest)] = 0;
    }
}

double HamerlyKMeans::updateCentres()
{
    std::vector<std::int64_t> counts(at(k_), 0);
    for (int a : assignment_)
        ++counts[at(a)];
    reseedEmptyClusters(counts);
    // Only clusters that gained or lost a row since their last mean need a new one: the mean of
    // the same rows summed in the same order is the same.
    std::vector<char> dirty(at(k_), summedAssignment_.empty() ? 1 : 0);
    if (!summedAssignment_.empty())
        for (std::int64_t i = 0; i < n_; ++i)
            if (assignment_[at(i)] != summedAssignment_[at(i)]) {
                dirty[at(assignment_[at(i)])] = 1;
                dirty[at(summedAssignment_[at(i)])] = 1;
            }
    summedAssignment_ = assignment_;
    // Rows grouped by cluster, in row order within a cluster: sums in a fixed order.
    std::vector<std::int64_t> start(at(k_) + 1, 0);
    for (int c = 0; c < k_; ++c)
        start[at(c) + 1] = start[at(c)] + counts[at(c)];
    std::vector<std::int64_t> members(at(n_));
    std::vector<std::int64_t> next(start.begin(), start.end() - 1);
    for (std::int64_t i = 0; i < n_; ++i)
        members[at(next[at(assignment_[at(i)])]++)] = i;

    const std::int64_t blocks = (k_ + kClustersPerBlock - 1) / kClustersPerBlock;
    forEachBlock(blocks, threads_, progress_, [&](std::int64_t block) {
        std::vector<double> sum(at(dim_));
        const int end = std::min(k_, static_cast<int>(block + 1) * kClustersPerBlock);
        for (int c = static_cast<int>(block) * kClustersPerBlock; c < end; ++c) {
            if (!dirty[at(c)]) {
                shift_[at(c)] = 0;
                continue;
            }
            std::fill(sum.begin(), sum.end(), 0.0);
            for (std::int64_t m = start[at(c)]; m < start[at(c) + 1]; ++m) {
                const float* x = row(members[at(m)]);
                for (int d = 0; d < dim_; ++d)
                    sum[at(d)] += x[d];
            }
            const double count = static_cast<double>(counts[at(c)]);
            float* target = centre(c);
            double moved = 0;
            for (int d = 0; d < dim_; ++d) {
                const float value = static_cast<float>(sum[at(d)] / count);
                const double diff = static_cast<double>(value) - static_cast<double>(target[d]);
                moved += diff * diff;
                target[d] = value;
            }
            shift_[at(c)] = std::sqrt(moved);
        }
    });
    return *std::max_element(shift_.begin(), shift_.end());
}

KMeansResult HamerlyKMeans::run(const KMeansOptions& options)
{
    initialise(options);
    double meanNorm = 0;
    for (double s : squaredNorms_)
        meanNorm += std::sqrt(s);
    meanNorm /= static_cast<double>(n_);

    KMeansResult result;
    {
        const CentrePanels panels(centres_.data(), k_, dim_, kernel_);
        const CentreNeighbourhood neighbourhood(panels, centres_.data(), k_, dim_, threads_, progress_);
        assign(panels, neighbourhood, true);
    }
    while (result.iterations < options.maxIterations) {
        progress_.checkCancelled();
        progress_.report(0.3 + 0.7 * result.iterations / options.maxIterations, "k-means iterations");
        const double largestShift = updateCentres();
        ++result.iterations;
        const CentrePanels panels(centres_.data(), k_, dim_, kernel_);
        const CentreNeighbourhood neighbourhood(panels, centres_.data(), k_, dim_, threads_, progress_);
        const std::int64_t changed = assign(panels, neighbourhood, false);
        if (changed == 0 || largestShift < options.tolerance * meanNorm) {
            result.converged = true;
            break;
        }
    }

    std::vector<double> blockInertia(at(blockCount_), 0.0);
    forEachBlock(blockCount_, threads_, progress_, [&](std::int64_t block) {
        double sum = 0;
        for (std::int64_t i = block * kBlockRows; i < std::min(n_, (block + 1) * kBlockRows); ++i)
            sum += squaredDistance(row(i), centre(assignment_[at(i)]), dim_);
        blockInertia[at(block)] = sum;
    });
    for (double s : blockInertia)
        result.inertia += s;
    result.k = k_;
    result.dim = dim_;
    result.centres = std::move(centres_);
    result.assignment = std::move(assignment_);
    progress_.report(1.0, "k-means done");
    return result;
}

} // namespace

KMeansResult kmeans(const float* rows, std::int64_t n, int dim, const KMeansOptions& options, Progress& progress)
{
    if (n <= 0)
        throw UsageError("k-means: there are no rows to cluster (n = " + std::to_string(n) + ")");
    if (dim < 1)
        throw UsageError("k-means: the dimension must be at least 1, got " + std::to_string(dim));
    if (rows == nullptr)
        throw UsageError("k-means: no row data for " + std::to_string(n) + " rows");
    if (options.k < 1 || options.k > n)
        throw UsageError("k-means: k must be between 1 and the number of rows (" + std::to_string(n)
            + "), got " + std::to_string(options.k));
    if (options.maxIterations < 0)
        throw UsageError("k-means: maxIterations must not be negative, got " + std::to_string(options.maxIterations));
    if (!(options.tolerance >= 0))
        throw UsageError("k-means: tolerance must not be negative, got " + std::to_string(options.tolerance));
    requireFinite(rows, n, dim, "row");
    progress.checkCancelled();
    HamerlyKMeans engine(rows, n, dim, options, progress);
    return engine.run(options);
}

std::vector<int> assignToCentres(const float* rows, std::int64_t n, int dim, const float* centres, int k,
    Progress& progress, int threads, std::vector<float>* squaredDistances)
{
    if (n < 0)
        throw UsageError("assign to centres: negative row count " + std::to_string(n));
    if (dim < 1)
        throw UsageError("assign to centres: the dimension must be at least 1, got " + std::to_string(dim));
    if (k < 1 || centres == nullptr)
        throw UsageError("assign to centres: at least one centre is needed, got " + std::to_string(k));
    if (n > 0 && rows == nullptr)
        throw UsageError("assign to centres: no row data for " + std::to_string(n) + " rows");
    requireFinite(rows, n, dim, "row");
    requireFinite(centres, k, dim, "centre");
    std::vector<int> nearest(at(n), 0);
    if (squaredDistances != nullptr)
        squaredDistances->assign(at(n), 0.0f);
    const CentrePanels panels(centres, k, dim, fastestPanelDotKernel());
    const std::int64_t blockCount = (n + kBlockRows - 1) / kBlockRows;
    // Blocks go out in slices so that the calling thread can report between them.
    const std::int64_t blocksPerSlice = std::max<std::int64_t>(1, blockCount / 20);
    for (std::int64_t first = 0; first < blockCount; first += blocksPerSlice) {
        progress.report(static_cast<double>(first) / static_cast<double>(blockCount), "assigning rows to centres");
        const std::int64_t sliceBlocks = std::min(blocksPerSlice, blockCount - first);
        forEachBlock(sliceBlocks, threads, progress, [&](std::int64_t slot) {
            const std::int64_t begin = (first + slot) * kBlockRows;
            const int count = static_cast<int>(std::min(n, begin + kBlockRows) - begin);
            std::vector<const float*> queries(at(count));
            for (int q = 0; q < count; ++q)
                queries[at(q)] = rows + at(begin + q) * static_cast<std::size_t>(dim);
            std::vector<NearestCentres> found(at(count));
            panels.findNearest(queries.data(), count, false, found.data());
            for (int q = 0; q < count; ++q) {
                const int c = found[at(q)].nearest;
                nearest[at(begin + q)] = c;
                if (squaredDistances != nullptr)
                    (*squaredDistances)[at(begin + q)] = static_cast<float>(squaredDistance(
                        queries[at(q)], centres + static_cast<std::size_t>(c) * static_cast<std::size_t>(dim), dim));
            }
        });
    }
    progress.report(1.0, "rows assigned to centres");
    return nearest;
}

} // namespace tracemark
