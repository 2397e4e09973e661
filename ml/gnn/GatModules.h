#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. Only ml/*.cpp and tests/ml may include this header;
// public ml/ headers expose plain types so the GUI and CLI never recompile torch code.
//
// The graph attention encoder of issue 3: multi-head GAT layers over the span DAG of many traces
// batched as one block-diagonal graph (GraphBatch), a mean + max readout per trace, then a linear
// map to a 64-d embedding. Module shape follows torch/nn/modules/linear.h: Options with TORCH_ARG
// defaults, Impl : Cloneable with reset()/pretty_print()/forward(), TORCH_MODULE.
#include "ml/gnn/GraphBatch.h"

#include <cstdint>
#include <ostream>
#include <torch/torch.h>

namespace tracemark::ml {

struct GatLayerOptions {
    GatLayerOptions(int64_t inFeatures, int64_t outPerHead)
        : inFeatures_(inFeatures)
        , outPerHead_(outPerHead)
    {
    }
    TORCH_ARG(int64_t, inFeatures);
    TORCH_ARG(int64_t, outPerHead);
    TORCH_ARG(int64_t, heads) = 4;
    // true: heads are concatenated (output heads·outPerHead); false: averaged (output outPerHead).
    TORCH_ARG(bool, concat) = true;
    TORCH_ARG(double, negativeSlope) = 0.2; // LeakyReLU on the attention scores
    TORCH_ARG(double, attentionDropout) = 0.0; // applied to the attention weights while training
    TORCH_ARG(bool, bias) = true;
};

struct GatOutput {
    torch::Tensor features; // [N, heads·outPerHead] or [N, outPerHead]
    torch::Tensor attention; // [E, heads]: weight of edge e for its destination (sums to 1 per node)
};

// e_ij = LeakyReLU(a^T [W h_i || W h_j]) for each edge j→i; α_ij = softmax over i's incoming
// edges (per-destination max subtracted first, so large scores do not overflow);
// h'_i = Σ_j α_ij W h_j (+ bias).
class GatLayerImpl : public torch::nn::Cloneable<GatLayerImpl> {
public:
    explicit GatLayerImpl(const GatLayerOptions& options);
    void reset() override;
    void pretty_print(std::ostream& stream) const override;

    // x: [N, inFeatures] float; edgeIndex: [2, E] long (source, destination). Throws UsageError on
    // mismatched shapes or an index outside 0..N-1.
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& edgeIndex);
    GatOutput forwardWithAttention(const torch::Tensor& x, const torch::Tensor& edgeIndex);

    int64_t outputFeatures() const
    {
        return options.concat() ? options.heads() * options.outPerHead() : options.outPerHead();
    }

    GatLayerOptions options;
    torch::nn::Linear projection { nullptr }; // W for all heads at once: in → heads·outPerHead
    torch::Tensor attentionSource; // [heads, outPerHead]: the half of a applied to W h_j
    torch::Tensor attentionDestination; // [heads, outPerHead]: the half of a applied to W h_i
    torch::Tensor outputBias; // [outputFeatures()] or undefined
};
TORCH_MODULE(GatLayer);

struct TraceEncoderOptions {
    explicit TraceEncoderOptions(int64_t inFeatures)
        : inFeatures_(inFeatures)
    {
    }
    TORCH_ARG(int64_t, inFeatures);
    TORCH_ARG(int64_t, hidden) = 64; // width of every GAT layer's output; divisible by heads
    TORCH_ARG(int64_t, heads) = 4;
    TORCH_ARG(int64_t, gatLayers) = 2;
    TORCH_ARG(int64_t, embeddingDim) = 64;
    TORCH_ARG(double, dropout) = 0.0; // on node features between layers, while training
    TORCH_ARG(double, attentionDropout) = 0.0; // inside each GAT layer, while training
};

// input projection → ELU → (GAT → ELU)·(layers-1) → GAT → per-graph [mean || max] → Linear.
class TraceEncoderImpl : public torch::nn::Cloneable<TraceEncoderImpl> {
public:
    explicit TraceEncoderImpl(const TraceEncoderOptions& options);
    void reset() override;
    void pretty_print(std::ostream& stream) const override;

    // [numGraphs, embeddingDim]. Throws UsageError on an invalid batch or a feature width other
    // than inFeatures.
    torch::Tensor forward(const GraphBatch& batch);
    // The node states after the last GAT layer, [N, hidden] (before readout).
    torch::Tensor nodeStates(const GraphBatch& batch);

    TraceEncoderOptions options;
    torch::nn::Linear inputProjection { nullptr };
    torch::nn::ModuleList gat;
    torch::nn::Linear output { nullptr };
};
TORCH_MODULE(TraceEncoder);

// Per-graph [mean || max] of node states x [N, D] grouped by graphIndex → [numGraphs, 2D].
// Every graph must own at least one node.
torch::Tensor meanMaxReadout(const torch::Tensor& x, const torch::Tensor& graphIndex, int64_t numGraphs);

} // namespace tracemark::ml
