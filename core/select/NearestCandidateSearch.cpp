#include "core/select/NearestCandidateSearch.h"

#include "core/common/Error.h"
#include "core/common/ParallelBlocks.h"
#include "core/eval/PanelDotKernel.h"

#include <algorithm>
#include <cmath>
#include <immintrin.h>
#include <string>

namespace tracemark {
namespace {

constexpr int kWidth = PanelDotKernel::kPanelWidth;
// A block of candidate panels stays in a core's L2 cache while every query of a task passes it.
constexpr std::size_t kCandidateBlockBytes = 256 * 1024;
constexpr int kGroupsPerTask = 16; // kernel query groups handed to a thread at a time

// Candidates packed for the kernel: score(q, c) = bias[c] - dotScale * dot(q, packed c).
struct PackedCandidates {
    std::int64_t panelCount = 0;
    std::vector<float> values; // panelCount * dim * kWidth; padding lanes are zeros
    std::vector<float> bias;   // padding lanes are +inf, so they never win
    float dotScale = 1.0f;
};

// One panel's scores folded into a query's per-lane best: score = bias - dotScale * dot, kept
// when strictly better (so a lane keeps its earliest panel). Multiply then subtract, never a
// fused multiply-add, so both versions give the same bits.
using LaneUpdate = void (*)(const float* dot, const float* bias, float dotScale, float* best, std::int32_t* from,
                            std::int32_t panel);

void updateLanesPortable(const float* dot, const float* bias, float dotScale, float* best, std::int32_t* from,
                         std::int32_t panel)
{
    for (int j = 0; j < kWidth; ++j) {
        const float score = bias[j] - dotScale * dot[j];
        const bool better = score < best[j];
        best[j] = better ? score : best[j];
        from[j] = better ? panel : from[j];
    }
}

// The baseline x86-64 build leaves the loop above scalar (no blend before SSE4.1); on the hot path
// of propagation that was ~40 % of the time.
__attribute__((target("avx2"))) void updateLanesAvx2(const float* dot, const float* bias, float dotScale, float* best,
                                                     std::int32_t* from, std::int32_t panel)
{
    static_assert(kWidth % 8 == 0, "panels are whole AVX registers");
    const __m256 scale = _mm256_set1_ps(dotScale);
    const __m256 panelBits = _mm256_castsi256_ps(_mm256_set1_epi32(panel));
    for (int j = 0; j < kWidth; j += 8) {
        const __m256 score = _mm256_sub_ps(_mm256_loadu_ps(bias + j), _mm256_mul_ps(scale, _mm256_loadu_ps(dot + j)));
        const __m256 previous = _mm256_loadu_ps(best + j);
        const __m256 better = _mm256_cmp_ps(score, previous, _CMP_LT_OQ);
        _mm256_storeu_ps(best + j, _mm256_blendv_ps(previous, score, better));
        float* fromBits = reinterpret_cast<float*>(from + j);
        _mm256_storeu_ps(fromBits, _mm256_blendv_ps(_mm256_loadu_ps(fromBits), panelBits, better));
    }
}

// Queries [begin, end) of the call: position i stands for row queries[i], or row i when null.
struct QueryRange {
    const std::vector<std::int64_t>* queries;
    std::size_t begin;
    std::size_t end;
    std::int64_t row(std::size_t position) const
    {
        return queries ? (*queries)[position] : static_cast<std::int64_t>(position);
    }
};

} // namespace

NearestCandidateSearch::NearestCandidateSearch(
    const float* rows, std::int64_t n, int dim, DistanceMetric metric, int threads)
    : rows_(rows), n_(n), dim_(dim), metric_(metric), threads_(threads)
{
    if (n < 0)
        throw UsageError("propagation: negative row count " + std::to_string(n));
    if (dim < 1)
        throw UsageError("propagation: the dimension must be at least 1, got " + std::to_string(dim));
    if (n > 0 && rows == nullptr)
        throw UsageError("propagation: no row data for " + std::to_string(n) + " rows");
    threads_ = resolveThreadCount(threads_);
    const std::size_t count = static_cast<std::size_t>(n);
    (metric == DistanceMetric::Cosine ? inverseNorm_ : squaredNorm_).assign(count, 0.0f);
    for (std::int64_t i = 0; i < n; ++i) {
        const float* row = rows + static_cast<std::size_t>(i) * static_cast<std::size_t>(dim);
        double sum = 0;
        for (int d = 0; d < dim; ++d) {
            if (!std::isfinite(row[d]))
                throw UsageError("propagation: row " + std::to_string(i) + ", column " + std::to_string(d)
                    + " is not a finite number (" + std::to_string(row[d]) + ")");
            sum += static_cast<double>(row[d]) * static_cast<double>(row[d]);
        }
        if (metric == DistanceMetric::Cosine)
            inverseNorm_[static_cast<std::size_t>(i)] = sum > 0 ? static_cast<float>(1.0 / std::sqrt(sum)) : 0.0f;
        else
            squaredNorm_[static_cast<std::size_t>(i)] = static_cast<float>(sum);
    }
}

float NearestCandidateSearch::distance(std::int64_t query, const NearestCandidate& nearest) const
{
    if (nearest.row < 0)
        return std::numeric_limits<float>::infinity();
    if (nearest.score == -std::numeric_limits<float>::infinity())
        return 0.0f; // the query is the candidate
    const std::size_t q = static_cast<std::size_t>(query);
    if (metric_ == DistanceMetric::Cosine)
        return std::clamp(1.0f + nearest.score * inverseNorm_[q], 0.0f, 2.0f);
    return std::sqrt(std::max(0.0f, squaredNorm_[q] + nearest.score));
}

std::vector<NearestCandidate> NearestCandidateSearch::search(const std::vector<std::int64_t>& candidates,
    const std::vector<std::int64_t>* queries, Progress& progress) const
{
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i] < 0 || candidates[i] >= n_ || (i > 0 && candidates[i] <= candidates[i - 1]))
            throw UsageError("propagation: candidate rows must be ascending rows of the " + std::to_string(n_)
                + " rows (row " + std::to_string(candidates[i]) + ")");
    if (queries)
        for (std::int64_t q : *queries)
            if (q < 0 || q >= n_)
                throw UsageError("propagation: query row " + std::to_string(q) + " is outside the "
                    + std::to_string(n_) + " rows");
    progress.checkCancelled();
    const std::size_t queryCount = queries ? queries->size() : static_cast<std::size_t>(n_);
    std::vector<NearestCandidate> result(queryCount);
    if (candidates.empty() || queryCount == 0)
        return result;

    const PanelDotKernel kernel = fastestPanelDotKernel();
    const LaneUpdate updateLanes = kernel.cpuHasAvx2Fma ? &updateLanesAvx2 : &updateLanesPortable;
    const std::size_t dim = static_cast<std::size_t>(dim_);
    PackedCandidates packed;
    packed.panelCount = static_cast<std::int64_t>((candidates.size() + kWidth - 1) / kWidth);
    packed.values.assign(static_cast<std::size_t>(packed.panelCount) * dim * kWidth, 0.0f);
    packed.bias.assign(static_cast<std::size_t>(packed.panelCount) * kWidth, std::numeric_limits<float>::infinity());
    const bool cosine = metric_ == DistanceMetric::Cosine;
    packed.dotScale = cosine ? 1.0f : 2.0f;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::size_t c = static_cast<std::size_t>(candidates[k]);
        const float* row = rows_ + c * dim;
        const float scale = cosine ? inverseNorm_[c] : 1.0f;
        float* out = packed.values.data() + (k / kWidth) * dim * kWidth + k % kWidth;
        for (std::size_t d = 0; d < dim; ++d)
            out[d * kWidth] = row[d] * scale;
        packed.bias[k] = cosine ? 0.0f : squaredNorm_[c];
    }
    const std::int64_t panelsPerBlock = std::max<std::int64_t>(
        1, static_cast<std::int64_t>(kCandidateBlockBytes / (dim * kWidth * sizeof(float))));
    const float inf = std::numeric_limits<float>::infinity();

    auto searchRange = [&](const QueryRange& range) {
        const std::size_t count = range.end - range.begin;
        // Per query and lane, the best score so far and its panel: element-wise updates that
        // vectorise; strictly better only, so a lane keeps its earliest (lowest-row) panel.
        std::vector<float> laneScore(count * kWidth, inf);
        std::vector<std::int32_t> lanePanel(count * kWidth, -1);
        float dots[PanelDotKernel::kMaxQueries * kWidth];
        const float* groupRows[PanelDotKernel::kMaxQueries];
        const std::size_t groupWidth = static_cast<std::size_t>(kernel.queryCount);
        for (std::int64_t blockStart = 0; blockStart < packed.panelCount; blockStart += panelsPerBlock) {
            if (progress.isCancelled())
                return;
            const std::int64_t blockEnd = std::min(packed.panelCount, blockStart + panelsPerBlock);
            for (std::size_t group = 0; group < count; group += groupWidth) {
                const std::size_t groupSize = std::min(count - group, groupWidth);
                for (std::size_t k = 0; k < groupWidth; ++k) // a short group repeats its last row
                    groupRows[k] = rows_
                        + static_cast<std::size_t>(range.row(range.begin + group + std::min(k, groupSize - 1))) * dim;
                for (std::int64_t p = blockStart; p < blockEnd; ++p) {
                    kernel.dot(groupRows, packed.values.data() + static_cast<std::size_t>(p) * dim * kWidth,
                        dim_, dots);
                    const float* bias = packed.bias.data() + p * kWidth;
                    for (std::size_t k = 0; k < groupSize; ++k) {
                        const float* dot = dots + k * kWidth;
                        float* best = laneScore.data() + (group + k) * kWidth;
                        std::int32_t* from = lanePanel.data() + (group + k) * kWidth;
                        updateLanes(dot, bias, packed.dotScale, best, from, static_cast<std::int32_t>(p));
                    }
                }
            }
        }
        for (std::size_t slot = 0; slot < count; ++slot) {
            std::int64_t position = -1; // index into candidates; lower position = lower row
            float score = inf;
            for (int j = 0; j < kWidth; ++j) {
                const std::int32_t panel = lanePanel[slot * kWidth + static_cast<std::size_t>(j)];
                if (panel < 0)
                    continue;
                const float laneBest = laneScore[slot * kWidth + static_cast<std::size_t>(j)];
                const std::int64_t lanePosition = static_cast<std::int64_t>(panel) * kWidth + j;
                if (position < 0 || laneBest < score || (laneBest == score && lanePosition < position)) {
                    position = lanePosition;
                    score = laneBest;
                }
            }
            if (position < 0) // every score overflowed to +inf: all candidates are equally far
                position = 0;
            NearestCandidate& out = result[range.begin + slot];
            const std::int64_t query = range.row(range.begin + slot);
            if (std::binary_search(candidates.begin(), candidates.end(), query))
                out = { query, -inf };
            else
                out = { candidates[static_cast<std::size_t>(position)], score };
        }
    };

    const std::size_t queriesPerTask = static_cast<std::size_t>(kernel.queryCount) * kGroupsPerTask;
    const std::size_t taskCount = (queryCount + queriesPerTask - 1) / queriesPerTask;
    forEachBlock(static_cast<std::int64_t>(taskCount), threads_, progress, [&](std::int64_t task) {
        const std::size_t begin = static_cast<std::size_t>(task) * queriesPerTask;
        searchRange({ queries, begin, std::min(queryCount, begin + queriesPerTask) });
    }, "distances to labelled traces");
    return result;
}

} // namespace tracemark
