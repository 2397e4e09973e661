#pragma once
// The inner loop of the exact nearest-neighbour search: dot products of a few query rows with a
// panel of candidate rows stored dimension-major (panel[d * kPanelWidth + j] is candidate j's
// value in dimension d), so that one load of the panel feeds every query and the accumulators
// stay in registers. The project builds for the x86-64 baseline (SSE2), so an AVX2+FMA kernel
// is compiled beside the portable one and chosen at run time when the CPU has it (about twice as
// fast). Both sum over dimensions in the same order; they differ only in float rounding (FMA).
#include <string_view>

namespace tracemark {

struct PanelDotKernel {
    static constexpr int kPanelWidth = 16; // candidates per panel, the same for every kernel
    static constexpr int kMaxQueries = 8; // upper bound of queryCount, for callers' buffers

    int queryCount = 0; // queries per call
    std::string_view name;
    // out[k * kPanelWidth + j] = dot(queries[k], candidate j) for k < queryCount. Every
    // queries[k] must point at dim readable floats (repeat a row to fill a short group).
    void (*dot)(const float* const* queries, const float* panel, int dim, float* out) = nullptr;
};

// Plain C++ that any compiler vectorises for its baseline instruction set.
PanelDotKernel portablePanelDotKernel();
// The AVX2+FMA kernel when this build has it and the CPU supports it, else the portable one.
PanelDotKernel fastestPanelDotKernel();

} // namespace tracemark
