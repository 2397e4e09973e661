#include "core/select/CandidateScan.h"

#include <algorithm>
#include <immintrin.h>
#include <limits>

namespace tracemark::candidate_scan {
namespace {

// A block of candidate panels stays in a core's L2 cache while every query of a task passes it.
constexpr std::size_t kCandidateBlockBytes = 256 * 1024;

constexpr std::int32_t kNoRank = std::numeric_limits<std::int32_t>::max();

// score = bias - dotScale * dot replaces a lane's best when lower, or equal with a lower rank.
// Multiply then subtract, never a fused multiply-add, so both versions give the same bits.
void updateLanesPortable(const float* dot, const float* bias, const std::int32_t* rank, float dotScale, float* best,
                         std::int32_t* bestRank)
{
    for (int j = 0; j < kWidth; ++j) {
        const float score = bias[j] - dotScale * dot[j];
        const bool better = score < best[j] || (score == best[j] && rank[j] < bestRank[j]);
        best[j] = better ? score : best[j];
        bestRank[j] = better ? rank[j] : bestRank[j];
    }
}

// The baseline x86-64 build leaves the loop above scalar (no blend before SSE4.1); on the hot path
// of propagation that was ~40 % of the time.
__attribute__((target("avx2"))) void updateLanesAvx2(const float* dot, const float* bias, const std::int32_t* rank,
                                                     float dotScale, float* best, std::int32_t* bestRank)
{
    static_assert(kWidth % 8 == 0, "panels are whole AVX registers");
    const __m256 scale = _mm256_set1_ps(dotScale);
    for (int j = 0; j < kWidth; j += 8) {
        const __m256 score = _mm256_sub_ps(_mm256_loadu_ps(bias + j), _mm256_mul_ps(scale, _mm256_loadu_ps(dot + j)));
        const __m256 previous = _mm256_loadu_ps(best + j);
        const __m256i laneRank = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(rank + j));
        __m256i* bestRankBits = reinterpret_cast<__m256i*>(bestRank + j);
        const __m256i previousRank = _mm256_loadu_si256(bestRankBits);
        const __m256 lowerRank = _mm256_castsi256_ps(_mm256_cmpgt_epi32(previousRank, laneRank));
        const __m256 better = _mm256_or_ps(_mm256_cmp_ps(score, previous, _CMP_LT_OQ),
            _mm256_and_ps(_mm256_cmp_ps(score, previous, _CMP_EQ_OQ), lowerRank));
        _mm256_storeu_ps(best + j, _mm256_blendv_ps(previous, score, better));
        _mm256_storeu_si256(bestRankBits,
            _mm256_castps_si256(_mm256_blendv_ps(
                _mm256_castsi256_ps(previousRank), _mm256_castsi256_ps(laneRank), better)));
    }
}

// With the AVX-512 dot kernel the CPU has AVX-512F: one register holds a whole panel's lanes.
__attribute__((target("avx512f"))) void updateLanesAvx512(const float* dot, const float* bias,
    const std::int32_t* rank, float dotScale, float* best, std::int32_t* bestRank)
{
    static_assert(kWidth == 16, "a panel is one AVX-512 register");
    const __m512 score = _mm512_sub_ps(_mm512_loadu_ps(bias), _mm512_mul_ps(_mm512_set1_ps(dotScale), _mm512_loadu_ps(dot)));
    const __m512 previous = _mm512_loadu_ps(best);
    const __m512i laneRank = _mm512_loadu_si512(rank);
    const __m512i previousRank = _mm512_loadu_si512(bestRank);
    const __mmask16 better = _mm512_cmp_ps_mask(score, previous, _CMP_LT_OQ)
        | (_mm512_cmp_ps_mask(score, previous, _CMP_EQ_OQ) & _mm512_cmpgt_epi32_mask(previousRank, laneRank));
    _mm512_storeu_ps(best, _mm512_mask_blend_ps(better, previous, score));
    _mm512_storeu_si512(bestRank, _mm512_mask_blend_epi32(better, previousRank, laneRank));
}

} // namespace

ScanContext makeScanContext(const float* rows, int dim, DistanceMetric metric, const std::vector<float>& inverseNorm,
    const std::vector<float>& squaredNorm)
{
    ScanContext context;
    context.rows = rows;
    context.dim = static_cast<std::size_t>(dim);
    context.cosine = metric == DistanceMetric::Cosine;
    context.inverseNorm = &inverseNorm;
    context.squaredNorm = &squaredNorm;
    context.kernel = fastestPanelDotKernel();
    context.updateLanes = context.kernel.name == "avx512" ? &updateLanesAvx512
        : context.kernel.cpuHasAvx2Fma                    ? &updateLanesAvx2
                                                          : &updateLanesPortable;
    return context;
}

CandidatePanels packCandidates(const ScanContext& context, const std::vector<std::int64_t>& candidates)
{
    CandidatePanels packed;
    const std::size_t dim = context.dim;
    const std::size_t count = candidates.size();
    packed.panelCount = static_cast<std::int64_t>((count + kWidth - 1) / kWidth);
    const std::size_t slots = static_cast<std::size_t>(packed.panelCount) * kWidth;
    packed.values.assign(slots * dim, 0.0f);
    packed.bias.assign(slots, std::numeric_limits<float>::infinity());
    packed.rank.assign(slots, kNoRank);
    packed.rowOfRank = candidates;
    const bool ascending = std::is_sorted(candidates.begin(), candidates.end());
    if (!ascending)
        std::sort(packed.rowOfRank.begin(), packed.rowOfRank.end());
    packed.dotScale = context.cosine ? 1.0f : 2.0f;
    for (std::size_t k = 0; k < count; ++k) {
        const std::size_t c = static_cast<std::size_t>(candidates[k]);
        const float* row = context.rows + c * dim;
        const float scale = context.cosine ? (*context.inverseNorm)[c] : 1.0f;
        float* out = packed.values.data() + (k / kWidth) * dim * kWidth + k % kWidth;
        for (std::size_t d = 0; d < dim; ++d)
            out[d * kWidth] = row[d] * scale;
        packed.bias[k] = context.cosine ? 0.0f : (*context.squaredNorm)[c];
        packed.rank[k] = static_cast<std::int32_t>(ascending ? k
            : std::lower_bound(packed.rowOfRank.begin(), packed.rowOfRank.end(), candidates[k]) - packed.rowOfRank.begin());
    }
    return packed;
}

void scanQueries(const ScanContext& context, const CandidatePanels& panels, QueryRows queries, std::size_t begin,
    std::size_t end, NearestCandidate* out, const Progress& progress, std::int64_t panelLimit)
{
    const std::int64_t panelCount = panelLimit < 0 ? panels.panelCount : std::min(panelLimit, panels.panelCount);
    const float inf = std::numeric_limits<float>::infinity();
    const std::size_t count = end - begin;
    const std::size_t dim = context.dim;
    const PanelDotKernel& kernel = context.kernel;
    const std::int64_t panelsPerBlock = std::max<std::int64_t>(
        1, static_cast<std::int64_t>(kCandidateBlockBytes / (dim * kWidth * sizeof(float))));
    // Per query and lane, the best score so far and the rank of its row: element-wise updates
    // that vectorise.
    std::vector<float> laneScore(count * kWidth, inf);
    std::vector<std::int32_t> laneRank(count * kWidth, kNoRank);
    float dots[PanelDotKernel::kMaxQueries * kWidth];
    const float* groupRows[PanelDotKernel::kMaxQueries];
    const std::size_t groupWidth = static_cast<std::size_t>(kernel.queryCount);
    for (std::int64_t blockStart = 0; blockStart < panelCount; blockStart += panelsPerBlock) {
        if (progress.isCancelled())
            return;
        const std::int64_t blockEnd = std::min(panelCount, blockStart + panelsPerBlock);
        for (std::size_t group = 0; group < count; group += groupWidth) {
            const std::size_t groupSize = std::min(count - group, groupWidth);
            for (std::size_t k = 0; k < groupWidth; ++k) // a short group repeats its last row
                groupRows[k] = context.rows
                    + static_cast<std::size_t>(queries.row(begin + group + std::min(k, groupSize - 1))) * dim;
            for (std::int64_t p = blockStart; p < blockEnd; ++p) {
                kernel.dot(groupRows, panels.values.data() + static_cast<std::size_t>(p) * dim * kWidth,
                    static_cast<int>(dim), dots);
                const float* bias = panels.bias.data() + p * kWidth;
                const std::int32_t* rank = panels.rank.data() + p * kWidth;
                for (std::size_t k = 0; k < groupSize; ++k)
                    context.updateLanes(dots + k * kWidth, bias, rank, panels.dotScale,
                        laneScore.data() + (group + k) * kWidth, laneRank.data() + (group + k) * kWidth);
            }
        }
    }
    for (std::size_t slot = 0; slot < count; ++slot) {
        std::int32_t rank = kNoRank;
        float score = inf;
        for (int j = 0; j < kWidth; ++j) {
            const std::int32_t laneBestRank = laneRank[slot * kWidth + static_cast<std::size_t>(j)];
            const float laneBest = laneScore[slot * kWidth + static_cast<std::size_t>(j)];
            if (laneBestRank != kNoRank && (laneBest < score || (laneBest == score && laneBestRank < rank))) {
                rank = laneBestRank;
                score = laneBest;
            }
        }
        out[slot] = rank == kNoRank || score == inf
            ? NearestCandidate{}
            : NearestCandidate{ panels.rowOfRank[static_cast<std::size_t>(rank)], score };
    }
}

} // namespace tracemark::candidate_scan
