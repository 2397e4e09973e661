#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. Only ml/*.cpp and tests/ml may include this header.
//
// The whole trace encoder of issue 3: span features → node vectors → TraceEncoder (GAT + readout)
// → 64-d trace embedding. A span's node vector is
//   [ semantic(name) ‖ Linear(time features) ‖ one-hot(status) ]
// where semantic(name) is the mean of learned subword embeddings of its service and operation
// (an EmbeddingBag), or, when a TorchScript text encoder is plugged in, a learned linear map of
// that encoder's fixed vector for the name.
#include "ml/gnn/GatModules.h"

#include <cstdint>
#include <ostream>
#include <torch/torch.h>

namespace tracemark::ml {

// One batch of traces as tensors (see TraceBatch.h for how it is assembled from a corpus).
struct TraceTensors {
    torch::Tensor nameTokens;  // [T] long: subword ids of the batch's names, concatenated
    torch::Tensor nameOffsets; // [M] long: where each name's tokens start in nameTokens
    torch::Tensor nameVectors; // [M, textDim] float, text-encoder mode only (else undefined)
    torch::Tensor spanName;    // [N] long: index into the batch's M names
    torch::Tensor time;        // [N, 4] float: standardised time features
    torch::Tensor status;      // [N] long: status class index, -1 for a class unseen in fitting
    torch::Tensor edgeIndex;   // [2, E] long: self loops and both directions of each tree edge
    torch::Tensor graphIndex;  // [N] long: which trace each span belongs to
    std::int64_t numGraphs = 0;

    TraceTensors to(const torch::Device& device) const;
};

struct TraceEmbeddingNetOptions {
    TraceEmbeddingNetOptions(std::int64_t vocabularySize, std::int64_t statusClasses)
        : vocabularySize_(vocabularySize), statusClasses_(statusClasses)
    {
    }
    TORCH_ARG(std::int64_t, vocabularySize);
    TORCH_ARG(std::int64_t, statusClasses);
    TORCH_ARG(std::int64_t, textDim) = 0; // > 0: names come as text-encoder vectors of this width
    TORCH_ARG(std::int64_t, semanticDim) = 32;
    TORCH_ARG(std::int64_t, timeDim) = 16;
    TORCH_ARG(std::int64_t, hidden) = 64;
    TORCH_ARG(std::int64_t, heads) = 4;
    TORCH_ARG(std::int64_t, gatLayers) = 2;
    TORCH_ARG(std::int64_t, embeddingDim) = 64;
};

class TraceEmbeddingNetImpl : public torch::nn::Cloneable<TraceEmbeddingNetImpl> {
public:
    explicit TraceEmbeddingNetImpl(const TraceEmbeddingNetOptions& options);
    void reset() override;
    void pretty_print(std::ostream& stream) const override;

    // [numGraphs, embeddingDim]. Throws UsageError when the batch does not fit the options
    // (text vectors missing or of the wrong width, token ids outside the vocabulary ...).
    torch::Tensor forward(const TraceTensors& batch);
    // The per-span input of the GAT layers, [N, nodeFeatures()].
    torch::Tensor nodeFeatures(const TraceTensors& batch);
    std::int64_t nodeFeatureWidth() const
    {
        return options.semanticDim() + options.timeDim() + options.statusClasses();
    }

    TraceEmbeddingNetOptions options;
    torch::nn::EmbeddingBag tokenEmbedding{nullptr}; // token mode
    torch::nn::Linear textProjection{nullptr};       // text-encoder mode
    torch::nn::Linear timeProjection{nullptr};
    TraceEncoder encoder{nullptr};
};
TORCH_MODULE(TraceEmbeddingNet);

} // namespace tracemark::ml
