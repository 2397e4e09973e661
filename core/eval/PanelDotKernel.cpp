#include "core/eval/PanelDotKernel.h"

#include <cstddef>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define TRACEMARK_AVX2_KERNEL 1
#endif

namespace tracemark {
namespace {

constexpr int kWidth = PanelDotKernel::kPanelWidth;

// Four queries by sixteen candidates: 64 accumulators written out one by one so that compilers
// keep them in registers (a two-dimensional accumulator array ends up on the stack).
void dotPortable(const float* const* queries, const float* panel, int dim, float* out)
{
    float a0[kWidth] = {}, a1[kWidth] = {}, a2[kWidth] = {}, a3[kWidth] = {};
    const float* q0 = queries[0];
    const float* q1 = queries[1];
    const float* q2 = queries[2];
    const float* q3 = queries[3];
    for (int d = 0; d < dim; ++d) {
        const float* c = panel + static_cast<std::size_t>(d) * kWidth;
        const float x0 = q0[d], x1 = q1[d], x2 = q2[d], x3 = q3[d];
        for (int j = 0; j < kWidth; ++j) {
            a0[j] += x0 * c[j];
            a1[j] += x1 * c[j];
            a2[j] += x2 * c[j];
            a3[j] += x3 * c[j];
        }
    }
    for (int j = 0; j < kWidth; ++j) {
        out[j] = a0[j];
        out[kWidth + j] = a1[j];
        out[2 * kWidth + j] = a2[j];
        out[3 * kWidth + j] = a3[j];
    }
}

#ifdef TRACEMARK_AVX2_KERNEL
constexpr int kAvxQueries = 6; // 6 queries x 2 vectors of 8 = 12 accumulators of the 16 ymm registers

// Twelve named accumulators: kept in arrays, GCC 12 stores them to the stack on every step.
__attribute__((target("avx2,fma"))) void dotAvx2(
    const float* const* queries, const float* panel, int dim, float* out)
{
    const float* q0 = queries[0];
    const float* q1 = queries[1];
    const float* q2 = queries[2];
    const float* q3 = queries[3];
    const float* q4 = queries[4];
    const float* q5 = queries[5];
    __m256 a0 = _mm256_setzero_ps(), b0 = a0, a1 = a0, b1 = a0, a2 = a0, b2 = a0;
    __m256 a3 = a0, b3 = a0, a4 = a0, b4 = a0, a5 = a0, b5 = a0;
    for (int d = 0; d < dim; ++d) {
        const float* c = panel + static_cast<std::size_t>(d) * kWidth;
        const __m256 low = _mm256_loadu_ps(c);
        const __m256 high = _mm256_loadu_ps(c + 8);
        __m256 x = _mm256_broadcast_ss(q0 + d);
        a0 = _mm256_fmadd_ps(x, low, a0);
        b0 = _mm256_fmadd_ps(x, high, b0);
        x = _mm256_broadcast_ss(q1 + d);
        a1 = _mm256_fmadd_ps(x, low, a1);
        b1 = _mm256_fmadd_ps(x, high, b1);
        x = _mm256_broadcast_ss(q2 + d);
        a2 = _mm256_fmadd_ps(x, low, a2);
        b2 = _mm256_fmadd_ps(x, high, b2);
        x = _mm256_broadcast_ss(q3 + d);
        a3 = _mm256_fmadd_ps(x, low, a3);
        b3 = _mm256_fmadd_ps(x, high, b3);
        x = _mm256_broadcast_ss(q4 + d);
        a4 = _mm256_fmadd_ps(x, low, a4);
        b4 = _mm256_fmadd_ps(x, high, b4);
        x = _mm256_broadcast_ss(q5 + d);
        a5 = _mm256_fmadd_ps(x, low, a5);
        b5 = _mm256_fmadd_ps(x, high, b5);
    }
    const __m256 results[2 * kAvxQueries] = { a0, b0, a1, b1, a2, b2, a3, b3, a4, b4, a5, b5 };
    for (int i = 0; i < 2 * kAvxQueries; ++i)
        _mm256_storeu_ps(out + i * 8, results[i]);
}

bool cpuHasAvx2Fma()
{
    // libgcc's check includes the OS saving ymm state (XGETBV), not only the CPUID bits.
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif

} // namespace

PanelDotKernel portablePanelDotKernel()
{
    PanelDotKernel kernel;
    kernel.queryCount = 4;
    kernel.name = "portable";
    kernel.dot = &dotPortable;
    return kernel;
}

PanelDotKernel fastestPanelDotKernel()
{
#ifdef TRACEMARK_AVX2_KERNEL
    static const bool avx2 = cpuHasAvx2Fma();
    if (avx2) {
        PanelDotKernel kernel;
        kernel.queryCount = kAvxQueries;
        kernel.name = "avx2-fma";
        kernel.dot = &dotAvx2;
        return kernel;
    }
#endif
    return portablePanelDotKernel();
}

} // namespace tracemark
