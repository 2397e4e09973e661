#include "core/eval/PanelDotKernel.h"

#include "core/common/Error.h"

#include <cstddef>
#include <cstdlib>
#include <string>

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define TRACEMARK_X86_KERNELS 1
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

#ifdef TRACEMARK_X86_KERNELS
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

// Eight queries, one zmm accumulator each (the panel width is one register of 16 floats): each
// step is one panel load and eight multiply-adds with the query value broadcast from memory.
constexpr int kAvx512Queries = 8;

__attribute__((target("avx512f"))) void dotAvx512(
    const float* const* queries, const float* panel, int dim, float* out)
{
    const float* q0 = queries[0];
    const float* q1 = queries[1];
    const float* q2 = queries[2];
    const float* q3 = queries[3];
    const float* q4 = queries[4];
    const float* q5 = queries[5];
    const float* q6 = queries[6];
    const float* q7 = queries[7];
    __m512 a0 = _mm512_setzero_ps(), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    for (int d = 0; d < dim; ++d) {
        const __m512 c = _mm512_loadu_ps(panel + static_cast<std::size_t>(d) * kWidth);
        a0 = _mm512_fmadd_ps(_mm512_set1_ps(q0[d]), c, a0);
        a1 = _mm512_fmadd_ps(_mm512_set1_ps(q1[d]), c, a1);
        a2 = _mm512_fmadd_ps(_mm512_set1_ps(q2[d]), c, a2);
        a3 = _mm512_fmadd_ps(_mm512_set1_ps(q3[d]), c, a3);
        a4 = _mm512_fmadd_ps(_mm512_set1_ps(q4[d]), c, a4);
        a5 = _mm512_fmadd_ps(_mm512_set1_ps(q5[d]), c, a5);
        a6 = _mm512_fmadd_ps(_mm512_set1_ps(q6[d]), c, a6);
        a7 = _mm512_fmadd_ps(_mm512_set1_ps(q7[d]), c, a7);
    }
    _mm512_storeu_ps(out, a0);
    _mm512_storeu_ps(out + kWidth, a1);
    _mm512_storeu_ps(out + 2 * kWidth, a2);
    _mm512_storeu_ps(out + 3 * kWidth, a3);
    _mm512_storeu_ps(out + 4 * kWidth, a4);
    _mm512_storeu_ps(out + 5 * kWidth, a5);
    _mm512_storeu_ps(out + 6 * kWidth, a6);
    _mm512_storeu_ps(out + 7 * kWidth, a7);
}

// libgcc's checks include the OS saving the ymm / zmm state (XGETBV), not only the CPUID bits.
bool cpuHasAvx2Fma()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}

bool cpuHasAvx512()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f");
}
#endif

PanelDotKernel makeKernel(std::string_view name, int queryCount, bool avx2,
    void (*dot)(const float* const*, const float*, int, float*))
{
    PanelDotKernel kernel;
    kernel.queryCount = queryCount;
    kernel.name = name;
    kernel.cpuHasAvx2Fma = avx2;
    kernel.dot = dot;
    return kernel;
}

PanelDotKernel chooseKernel()
{
    const std::vector<PanelDotKernel> available = availablePanelDotKernels();
    const char* forced = std::getenv("TRACEMARK_KERNEL");
    if (forced == nullptr || *forced == '\0')
        return available.back();
    std::string wanted(forced);
    if (wanted == "avx2")
        wanted = "avx2-fma";
    if (wanted != "portable" && wanted != "avx2-fma" && wanted != "avx512")
        throw UsageError("TRACEMARK_KERNEL=" + std::string(forced)
            + ": unknown dot-product kernel (use portable, avx2 or avx512)");
    for (const PanelDotKernel& kernel : available)
        if (kernel.name == wanted)
            return kernel;
    throw UsageError("TRACEMARK_KERNEL=" + std::string(forced) + ": this CPU (or build) cannot run that kernel");
}

} // namespace

PanelDotKernel portablePanelDotKernel()
{
    return makeKernel("portable", 4, false, &dotPortable);
}

std::vector<PanelDotKernel> availablePanelDotKernels()
{
    std::vector<PanelDotKernel> kernels { portablePanelDotKernel() };
#ifdef TRACEMARK_X86_KERNELS
    static const bool avx2 = cpuHasAvx2Fma();
    static const bool avx512 = cpuHasAvx512();
    if (avx2)
        kernels.push_back(makeKernel("avx2-fma", kAvxQueries, true, &dotAvx2));
    if (avx512)
        kernels.push_back(makeKernel("avx512", kAvx512Queries, avx2, &dotAvx512));
#endif
    return kernels;
}

PanelDotKernel fastestPanelDotKernel()
{
    static const PanelDotKernel chosen = chooseKernel();
    return chosen;
}

} // namespace tracemark
