#include "core/select/CentrePanels.h"

#include <algorithm>
#include <cstddef>
#include <limits>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define TRACEMARK_SELECT_AVX2 1
#endif

namespace tracemark {
namespace {

constexpr int kWidth = PanelDotKernel::kPanelWidth;

// Per row of a group and per lane of a panel: the best and second-best score seen in that lane
// and the panel the best came from. Element-wise updates that vectorise; lanes merge at the end.
struct LaneBests {
    float best[kWidth];
    float second[kWidth];
    std::int32_t from[kWidth];
};

void resetLanes(LaneBests* lanes, int groupSize)
{
    const float inf = std::numeric_limits<float>::infinity();
    for (int q = 0; q < groupSize; ++q) {
        std::fill(std::begin(lanes[q].best), std::end(lanes[q].best), inf);
        std::fill(std::begin(lanes[q].second), std::end(lanes[q].second), inf);
        std::fill(std::begin(lanes[q].from), std::end(lanes[q].from), -1);
    }
}

template <bool WithSecond>
void scanPanels(const float* const* group, int groupSize, const float* values, const float* bias,
    std::int64_t panelCount, int dim, const PanelDotKernel& kernel, LaneBests* lanes)
{
    resetLanes(lanes, groupSize);
    float dots[PanelDotKernel::kMaxQueries * kWidth];
    const std::size_t panelStride = static_cast<std::size_t>(dim) * kWidth;
    for (std::int64_t p = 0; p < panelCount; ++p) {
        kernel.dot(group, values + static_cast<std::size_t>(p) * panelStride, dim, dots);
        const float* panelBias = bias + p * kWidth;
        for (int q = 0; q < groupSize; ++q) {
            LaneBests& lane = lanes[q];
            const float* dot = dots + q * kWidth;
            for (int j = 0; j < kWidth; ++j) {
                const float score = panelBias[j] - 2.0f * dot[j];
                if (WithSecond)
                    lane.second[j] = std::min(lane.second[j], std::max(lane.best[j], score));
                const bool better = score < lane.best[j]; // strictly: lowest index among equals
                lane.best[j] = better ? score : lane.best[j];
                lane.from[j] = better ? static_cast<std::int32_t>(p) : lane.from[j];
            }
        }
    }
}

using ScanFunction = void (*)(const float* const*, int, const float*, const float*, std::int64_t, int,
    const PanelDotKernel&, LaneBests*);

template <bool WithSecond>
void scanPortable(const float* const* group, int groupSize, const float* values, const float* bias,
    std::int64_t panelCount, int dim, const PanelDotKernel& kernel, LaneBests* lanes)
{
    scanPanels<WithSecond>(group, groupSize, values, bias, panelCount, dim, kernel, lanes);
}

#ifdef TRACEMARK_SELECT_AVX2
// The same loop with the lane updates written in AVX2 (GCC leaves the index select scalar):
// used only beside a dot kernel that says the CPU has AVX2+FMA. Same arithmetic and
// comparisons as the portable loop, so both pick the same centres from the same dots.
template <bool WithSecond>
__attribute__((target("avx2,fma"))) void scanAvx2(const float* const* group, int groupSize, const float* values,
    const float* bias, std::int64_t panelCount, int dim, const PanelDotKernel& kernel, LaneBests* lanes)
{
    resetLanes(lanes, groupSize);
    alignas(32) float dots[PanelDotKernel::kMaxQueries * kWidth];
    const std::size_t panelStride = static_cast<std::size_t>(dim) * kWidth;
    const __m256 two = _mm256_set1_ps(2.0f);
    for (std::int64_t p = 0; p < panelCount; ++p) {
        kernel.dot(group, values + static_cast<std::size_t>(p) * panelStride, dim, dots);
        const __m256i panel = _mm256_set1_epi32(static_cast<int>(p));
        for (int half = 0; half < 2; ++half) {
            const __m256 panelBias = _mm256_loadu_ps(bias + p * kWidth + half * 8);
            for (int q = 0; q < groupSize; ++q) {
                LaneBests& lane = lanes[q];
                // bias - 2 * dot, rounded like the portable loop's two steps (no fused multiply-add).
                const __m256 score = _mm256_sub_ps(panelBias, _mm256_mul_ps(two, _mm256_load_ps(dots + q * kWidth + half * 8)));
                const __m256 best = _mm256_loadu_ps(lane.best + half * 8);
                if (WithSecond) {
                    const __m256 second = _mm256_loadu_ps(lane.second + half * 8);
                    _mm256_storeu_ps(lane.second + half * 8, _mm256_min_ps(second, _mm256_max_ps(best, score)));
                }
                const __m256 better = _mm256_cmp_ps(score, best, _CMP_LT_OQ);
                _mm256_storeu_ps(lane.best + half * 8, _mm256_blendv_ps(best, score, better));
                __m256i* from = reinterpret_cast<__m256i*>(lane.from + half * 8);
                _mm256_storeu_si256(from,
                    _mm256_castps_si256(_mm256_blendv_ps(_mm256_castsi256_ps(_mm256_loadu_si256(from)),
                        _mm256_castsi256_ps(panel), better)));
            }
        }
    }
}

// Beside the AVX-512 dot kernel: one register per lane set, masks instead of blends.
template <bool WithSecond>
__attribute__((target("avx512f"))) void scanAvx512(const float* const* group, int groupSize, const float* values,
    const float* bias, std::int64_t panelCount, int dim, const PanelDotKernel& kernel, LaneBests* lanes)
{
    static_assert(kWidth == 16, "a panel is one AVX-512 register");
    resetLanes(lanes, groupSize);
    alignas(64) float dots[PanelDotKernel::kMaxQueries * kWidth];
    const std::size_t panelStride = static_cast<std::size_t>(dim) * kWidth;
    const __m512 two = _mm512_set1_ps(2.0f);
    for (std::int64_t p = 0; p < panelCount; ++p) {
        kernel.dot(group, values + static_cast<std::size_t>(p) * panelStride, dim, dots);
        const __m512i panel = _mm512_set1_epi32(static_cast<int>(p));
        const __m512 panelBias = _mm512_loadu_ps(bias + p * kWidth);
        for (int q = 0; q < groupSize; ++q) {
            LaneBests& lane = lanes[q];
            const __m512 score = _mm512_sub_ps(panelBias, _mm512_mul_ps(two, _mm512_load_ps(dots + q * kWidth)));
            const __m512 best = _mm512_loadu_ps(lane.best);
            if (WithSecond) { // min(second, max(best, score)) as SSE's min/max: the second operand on NaN
                const __m512 larger = _mm512_mask_blend_ps(_mm512_cmp_ps_mask(best, score, _CMP_GT_OQ), score, best);
                const __m512 second = _mm512_loadu_ps(lane.second);
                _mm512_storeu_ps(lane.second,
                    _mm512_mask_blend_ps(_mm512_cmp_ps_mask(second, larger, _CMP_LT_OQ), larger, second));
            }
            const __mmask16 better = _mm512_cmp_ps_mask(score, best, _CMP_LT_OQ);
            _mm512_storeu_ps(lane.best, _mm512_mask_blend_ps(better, best, score));
            _mm512_storeu_si512(lane.from, _mm512_mask_blend_epi32(better, _mm512_loadu_si512(lane.from), panel));
        }
    }
}
#endif

ScanFunction scanFunction(const PanelDotKernel& kernel, bool withSecond)
{
#ifdef TRACEMARK_SELECT_AVX2
    if (kernel.name == "avx512")
        return withSecond ? &scanAvx512<true> : &scanAvx512<false>;
    if (kernel.cpuHasAvx2Fma) // the AVX2 kernel
        return withSecond ? &scanAvx2<true> : &scanAvx2<false>;
#endif
    (void)kernel;
    return withSecond ? &scanPortable<true> : &scanPortable<false>;
}

} // namespace

CentrePanels::CentrePanels(const float* centres, int k, int dim, const PanelDotKernel& kernel)
    : k_(k)
    , dim_(dim)
    , panelCount_((static_cast<std::int64_t>(k) + kWidth - 1) / kWidth)
    , kernel_(kernel)
{
    values_.assign(static_cast<std::size_t>(panelCount_) * static_cast<std::size_t>(dim) * kWidth, 0.0f);
    bias_.assign(static_cast<std::size_t>(panelCount_) * kWidth, std::numeric_limits<float>::infinity());
    for (int c = 0; c < k; ++c) {
        const float* centre = centres + static_cast<std::size_t>(c) * static_cast<std::size_t>(dim);
        const float norm = static_cast<float>(squaredNorm(centre, dim));
        bias_[static_cast<std::size_t>(c)] = norm;
        maxSquaredNorm_ = std::max(maxSquaredNorm_, norm);
        float* out = values_.data() + static_cast<std::size_t>(c / kWidth) * static_cast<std::size_t>(dim) * kWidth
            + static_cast<std::size_t>(c % kWidth);
        for (int d = 0; d < dim; ++d)
            out[static_cast<std::size_t>(d) * kWidth] = centre[d];
    }
}

void CentrePanels::findNearest(const float* const* rows, int count, bool withSecond, NearestCentres* out) const
{
    const float inf = std::numeric_limits<float>::infinity();
    const int groupWidth = kernel_.queryCount;
    LaneBests lanes[PanelDotKernel::kMaxQueries];
    const float* group[PanelDotKernel::kMaxQueries];
    const ScanFunction scan = scanFunction(kernel_, withSecond);
    for (int start = 0; start < count; start += groupWidth) {
        const int groupSize = std::min(groupWidth, count - start);
        for (int q = 0; q < groupWidth; ++q) // a short group repeats its last row
            group[q] = rows[start + std::min(q, groupSize - 1)];
        scan(group, groupSize, values_.data(), bias_.data(), panelCount_, dim_, kernel_, lanes);
        for (int q = 0; q < groupSize; ++q) {
            const LaneBests& lane = lanes[q];
            int bestLane = -1;
            std::int64_t bestIndex = -1;
            for (int j = 0; j < kWidth; ++j) {
                if (lane.from[j] < 0)
                    continue;
                const std::int64_t index = static_cast<std::int64_t>(lane.from[j]) * kWidth + j;
                if (bestLane < 0 || lane.best[j] < lane.best[bestLane]
                    || (lane.best[j] == lane.best[bestLane] && index < bestIndex)) {
                    bestLane = j;
                    bestIndex = index;
                }
            }
            NearestCentres& result = out[start + q];
            if (bestLane < 0) { // every score overflowed: any centre is as good as another
                result = NearestCentres { 0, inf, inf };
                continue;
            }
            float second = inf;
            if (withSecond) {
                second = lane.second[bestLane];
                for (int j = 0; j < kWidth; ++j)
                    if (j != bestLane)
                        second = std::min(second, lane.best[j]);
            }
            result = NearestCentres { static_cast<int>(bestIndex), lane.best[bestLane], second };
        }
    }
}

// Eight float partial sums over interleaved dimensions (vectorised, no long dependency chain),
// added up in double in a fixed order.
void CentrePanels::squaredDistancesTo(const float* const* rows, int count, float* out) const
{
    const int groupWidth = kernel_.queryCount;
    const float* group[PanelDotKernel::kMaxQueries];
    float norms[PanelDotKernel::kMaxQueries];
    float dots[PanelDotKernel::kMaxQueries * kWidth];
    const std::size_t panelStride = static_cast<std::size_t>(dim_) * kWidth;
    for (int start = 0; start < count; start += groupWidth) {
        const int groupSize = std::min(groupWidth, count - start);
        for (int q = 0; q < groupWidth; ++q) {
            group[q] = rows[start + std::min(q, groupSize - 1)];
            norms[q] = static_cast<float>(squaredNorm(group[q], dim_));
        }
        for (std::int64_t p = 0; p < panelCount_; ++p) {
            kernel_.dot(group, values_.data() + static_cast<std::size_t>(p) * panelStride, dim_, dots);
            const int lanes = static_cast<int>(std::min<std::int64_t>(kWidth, k_ - p * kWidth));
            for (int q = 0; q < groupSize; ++q) {
                float* target = out + static_cast<std::size_t>(start + q) * static_cast<std::size_t>(k_) + static_cast<std::size_t>(p) * kWidth;
                for (int j = 0; j < lanes; ++j)
                    target[j] = norms[q] + bias_[static_cast<std::size_t>(p) * kWidth + static_cast<std::size_t>(j)] - 2.0f * dots[q * kWidth + j];
            }
        }
    }
}

double squaredDistance(const float* a, const float* b, int dim)
{
    float partial[8] = {};
    int d = 0;
    for (; d + 8 <= dim; d += 8)
        for (int j = 0; j < 8; ++j) {
            const float diff = a[d + j] - b[d + j];
            partial[j] += diff * diff;
        }
    for (int j = 0; d < dim; ++d, ++j) {
        const float diff = a[d] - b[d];
        partial[j] += diff * diff;
    }
    return ((static_cast<double>(partial[0]) + partial[4]) + (static_cast<double>(partial[1]) + partial[5]))
        + ((static_cast<double>(partial[2]) + partial[6]) + (static_cast<double>(partial[3]) + partial[7]));
}

double squaredNorm(const float* a, int dim)
{
    float partial[8] = {};
    int d = 0;
    for (; d + 8 <= dim; d += 8)
        for (int j = 0; j < 8; ++j)
            partial[j] += a[d + j] * a[d + j];
    for (int j = 0; d < dim; ++d, ++j)
        partial[j] += a[d] * a[d];
    return ((static_cast<double>(partial[0]) + partial[4]) + (static_cast<double>(partial[1]) + partial[5]))
        + ((static_cast<double>(partial[2]) + partial[6]) + (static_cast<double>(partial[3]) + partial[7]));
}

} // namespace tracemark
