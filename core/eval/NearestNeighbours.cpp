#include "core/eval/NearestNeighbours.h"

#include "core/common/Error.h"
#include "core/common/ParallelBlocks.h"
#include "core/eval/PanelDotKernel.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

namespace tracemark {
namespace {

constexpr int kWidth = PanelDotKernel::kPanelWidth;
// Candidates of one block fill about this much memory: well inside a core's L2 cache, so the
// block is read from cache by every query group of a task.
constexpr std::size_t kCandidateBlockBytes = 256 * 1024;
constexpr int kGroupsPerTask = 8; // query groups handed to a thread at a time

// Long blocks stop early when the user cancels (forEachBlock stops handing out new ones).
struct StopSignal {
    const Progress& progress;
    bool operator()() const { return progress.isCancelled(); }
};

// Every candidate row, packed for the kernel, with the per-candidate term of the ranking score:
// score(q, c) = bias[c] - dotScale * dot(q, packed c).
struct CandidatePanels {
    int dim = 0;
    std::int64_t panelCount = 0;
    std::vector<float> values; // panelCount * dim * kWidth, padding candidates are zeros
    std::vector<float> bias;
    float dotScale = 1.0f;

    const float* panel(std::int64_t p) const
    {
        return values.data() + static_cast<std::size_t>(p) * static_cast<std::size_t>(dim) * kWidth;
    }
};

CandidatePanels packCandidates(const float* rows, std::int64_t n, int dim, DistanceMetric metric, Progress& progress)
{
    CandidatePanels packed;
    packed.dim = dim;
    packed.panelCount = (n + kWidth - 1) / kWidth;
    if (packed.panelCount > std::numeric_limits<std::int32_t>::max()) // lanes remember panels as int32
        throw UsageError("nearest neighbours: " + std::to_string(n) + " rows are too many to search");
    packed.values.assign(
        static_cast<std::size_t>(packed.panelCount) * static_cast<std::size_t>(dim) * kWidth, 0.0f);
    // Padding lanes of the last panel score +inf, so they never win.
    packed.bias.assign(
        static_cast<std::size_t>(packed.panelCount) * kWidth, std::numeric_limits<float>::infinity());
    packed.dotScale = metric == DistanceMetric::Euclidean ? 2.0f : 1.0f;
    for (std::int64_t i = 0; i < n; ++i) {
        if ((i & 0xfff) == 0)
            progress.checkCancelled();
        const float* row = rows + static_cast<std::size_t>(i) * static_cast<std::size_t>(dim);
        double squaredNorm = 0;
        for (int d = 0; d < dim; ++d) {
            if (!std::isfinite(row[d]))
                throw UsageError("nearest neighbours: row " + std::to_string(i) + ", column "
                    + std::to_string(d) + " is not a finite number (" + std::to_string(row[d]) + ")");
            squaredNorm += static_cast<double>(row[d]) * static_cast<double>(row[d]);
        }
        double scale = 1.0;
        if (metric == DistanceMetric::Cosine)
            scale = squaredNorm > 0 ? 1.0 / std::sqrt(squaredNorm) : 0.0;
        packed.bias[static_cast<std::size_t>(i)]
            = metric == DistanceMetric::Euclidean ? static_cast<float>(squaredNorm) : 0.0f;
        float* out = packed.values.data()
            + static_cast<std::size_t>(i / kWidth) * static_cast<std::size_t>(dim) * kWidth
            + static_cast<std::size_t>(i % kWidth);
        for (int d = 0; d < dim; ++d)
            out[static_cast<std::size_t>(d) * kWidth] = static_cast<float>(row[d] * scale);
    }
    return packed;
}

// Nearest neighbours of queries[begin, end), written to result[begin, end). Returns early,
// writing nothing, when told to stop.
void searchQueryRange(const CandidatePanels& packed, const float* rows,
    const std::vector<std::int64_t>& queries, std::size_t begin, std::size_t end,
    const PanelDotKernel& kernel, const StopSignal& stop, std::vector<std::int64_t>& result)
{
    const int dim = packed.dim;
    const std::size_t count = end - begin;
    const float inf = std::numeric_limits<float>::infinity();
    // Per query and per lane of a panel, the best score so far and the panel it came from:
    // element-wise updates that vectorise, with no search for the minimum inside the loop.
    std::vector<float> laneScore(count * kWidth, inf);
    std::vector<std::int32_t> lanePanel(count * kWidth, -1);
    float dots[PanelDotKernel::kMaxQueries * kWidth];
    const float* groupRows[PanelDotKernel::kMaxQueries];
    const std::int64_t panelsPerBlock = std::max<std::int64_t>(1,
        static_cast<std::int64_t>(
            kCandidateBlockBytes / (static_cast<std::size_t>(dim) * kWidth * sizeof(float))));

    for (std::int64_t blockStart = 0; blockStart < packed.panelCount; blockStart += panelsPerBlock) {
        if (stop())
            return;
        const std::int64_t blockEnd = std::min(packed.panelCount, blockStart + panelsPerBlock);
        for (std::size_t group = 0; group < count; group += static_cast<std::size_t>(kernel.queryCount)) {
            const std::size_t groupSize
                = std::min(count - group, static_cast<std::size_t>(kernel.queryCount));
            for (int k = 0; k < kernel.queryCount; ++k) {
                const std::size_t slot = group + std::min(static_cast<std::size_t>(k), groupSize - 1);
                groupRows[k]
                    = rows + static_cast<std::size_t>(queries[begin + slot]) * static_cast<std::size_t>(dim);
            }
            for (std::int64_t p = blockStart; p < blockEnd; ++p) {
                kernel.dot(groupRows, packed.panel(p), dim, dots);
                const float* bias = packed.bias.data() + p * kWidth;
                for (std::size_t k = 0; k < groupSize; ++k) {
                    const std::size_t slot = group + k;
                    const float* dot = dots + k * kWidth;
                    float scores[kWidth];
                    for (int j = 0; j < kWidth; ++j)
                        scores[j] = bias[j] - packed.dotScale * dot[j];
                    const std::int64_t self = queries[begin + slot];
                    if (self / kWidth == p)
                        scores[self % kWidth] = inf;
                    float* best = laneScore.data() + slot * kWidth;
                    std::int32_t* from = lanePanel.data() + slot * kWidth;
                    // Strictly better only: a lane keeps its lowest index among equal scores.
                    for (int j = 0; j < kWidth; ++j) {
                        const bool better = scores[j] < best[j];
                        best[j] = better ? scores[j] : best[j];
                        from[j] = better ? static_cast<std::int32_t>(p) : from[j];
                    }
                }
            }
        }
    }
    // Across lanes: the smallest score, and on a tie the lowest candidate index.
    for (std::size_t slot = 0; slot < count; ++slot) {
        std::int64_t nearest = -1;
        float nearestScore = inf;
        for (int j = 0; j < kWidth; ++j) {
            const std::int32_t panel = lanePanel[slot * kWidth + static_cast<std::size_t>(j)];
            if (panel < 0)
                continue;
            const float score = laneScore[slot * kWidth + static_cast<std::size_t>(j)];
            const std::int64_t candidate = static_cast<std::int64_t>(panel) * kWidth + j;
            if (nearest < 0 || score < nearestScore || (score == nearestScore && candidate < nearest)) {
                nearest = candidate;
                nearestScore = score;
            }
        }
        // -1 only when every score overflowed to infinity: then any other row is as near as the next.
        if (nearest < 0)
            nearest = queries[begin + slot] == 0 ? 1 : 0;
        result[begin + slot] = nearest;
    }
}

void checkShape(const float* rows, std::int64_t n, int dim)
{
    if (n < 0)
        throw UsageError("nearest neighbours: negative row count " + std::to_string(n));
    if (dim < 1)
        throw UsageError("nearest neighbours: the dimension must be at least 1, got " + std::to_string(dim));
    if (n > 0 && rows == nullptr)
        throw UsageError("nearest neighbours: no row data for " + std::to_string(n) + " rows");
}

} // namespace

std::string_view toString(DistanceMetric metric)
{
    return metric == DistanceMetric::Cosine ? "cosine" : "euclidean";
}

DistanceMetric metricFromString(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "cosine")
        return DistanceMetric::Cosine;
    if (lower == "euclidean")
        return DistanceMetric::Euclidean;
    throw UsageError(
        "unknown distance metric " + quoteForMessage(std::string(text)) + " (expected cosine or euclidean)");
}

std::vector<std::int64_t> nearestNeighbours(
    const float* rows, std::int64_t n, int dim, DistanceMetric metric, Progress& progress, int threads)
{
    checkShape(rows, n, dim);
    std::vector<std::int64_t> all(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        all[static_cast<std::size_t>(i)] = i;
    return nearestNeighboursOf(rows, n, dim, all, metric, progress, threads);
}

std::vector<std::int64_t> nearestNeighboursOf(const float* rows, std::int64_t n, int dim,
    const std::vector<std::int64_t>& queries, DistanceMetric metric, Progress& progress, int threads)
{
    return nearestNeighboursOf(rows, n, dim, queries, metric, progress, threads, fastestPanelDotKernel());
}

std::vector<std::int64_t> nearestNeighboursOf(const float* rows, std::int64_t n, int dim,
    const std::vector<std::int64_t>& queries, DistanceMetric metric, Progress& progress, int threads,
    const PanelDotKernel& kernel)
{
    checkShape(rows, n, dim);
    for (std::int64_t q : queries)
        if (q < 0 || q >= n)
            throw UsageError("nearest neighbours: query row " + std::to_string(q) + " is outside the "
                + std::to_string(n) + " rows");
    progress.checkCancelled();
    std::vector<std::int64_t> result(queries.size(), -1);
    if (n < 2 || queries.empty())
        return result;

    if (kernel.dot == nullptr || kernel.queryCount < 1 || kernel.queryCount > PanelDotKernel::kMaxQueries)
        throw UsageError("nearest neighbours: invalid dot-product kernel");
    const CandidatePanels packed = packCandidates(rows, n, dim, metric, progress);
    const std::size_t queriesPerTask = static_cast<std::size_t>(kernel.queryCount) * kGroupsPerTask;
    const std::size_t taskCount = (queries.size() + queriesPerTask - 1) / queriesPerTask;
    const StopSignal stop { progress };
    forEachBlock(static_cast<std::int64_t>(taskCount), threads, progress, [&](std::int64_t task) {
        const std::size_t begin = static_cast<std::size_t>(task) * queriesPerTask;
        searchQueryRange(packed, rows, queries, begin, std::min(queries.size(), begin + queriesPerTask), kernel, stop,
                         result);
    }, "nearest neighbours");
    progress.report(1.0, "nearest neighbours found");
    return result;
}

} // namespace tracemark
