#pragma once
// The inner loop of the exact nearest-neighbour search: dot products of a few query rows with a
// panel of candidate rows stored dimension-major (panel[d * kPanelWidth + j] is candidate j's
// value in dimension d), so that one load of the panel feeds every query and the accumulators
// stay in registers. The project builds for the x86-64 baseline (SSE2), so AVX2+FMA and
// AVX-512F kernels are compiled beside the portable one (target attributes, no global flags) and
// chosen at run time by what the CPU and OS support. All sum over dimensions in the same order;
// they differ only in float rounding (FMA), and each query's result depends on that query alone.
#include <string_view>
#include <vector>

namespace tracemark {

struct PanelDotKernel {
    static constexpr int kPanelWidth = 16; // candidates per panel, the same for every kernel
    static constexpr int kMaxQueries = 8; // upper bound of queryCount, for callers' buffers

    int queryCount = 0; // queries per call
    std::string_view name; // "portable", "avx2-fma" or "avx512"
    // The CPU runs AVX2+FMA code, so callers may use their own AVX2 loops beside this kernel.
    bool cpuHasAvx2Fma = false;
    // out[k * kPanelWidth + j] = dot(queries[k], candidate j) for k < queryCount. Every
    // queries[k] must point at dim readable floats (repeat a row to fill a short group).
    void (*dot)(const float* const* queries, const float* panel, int dim, float* out) = nullptr;
};

// Plain C++ that any compiler vectorises for its baseline instruction set.
PanelDotKernel portablePanelDotKernel();
// Every kernel this build and CPU can run, slowest first (portable always).
std::vector<PanelDotKernel> availablePanelDotKernels();
// The kernel every engine uses: the one named by the environment variable TRACEMARK_KERNEL
// (portable, avx2 or avx512) when set, else the fastest available. Throws UsageError when the
// variable names an unknown kernel or one this CPU cannot run.
PanelDotKernel fastestPanelDotKernel();

} // namespace tracemark
