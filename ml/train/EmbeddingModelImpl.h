#pragma once
// INTERNAL to ml/: includes <torch/torch.h>. What an EmbeddingModel holds, shared by the trainer,
// the model file code and inference.
#include "ml/features/TextEncoder.h"
#include "ml/gnn/TraceEmbeddingNet.h"
#include "ml/train/EmbeddingModel.h"

#include <optional>
#include <string>
#include <torch/torch.h>

namespace tracemark::ml {

struct EmbeddingModel::Impl {
    Impl(TraceFeatureExtractor extractor, EncoderShape shape, std::optional<TextEncoder> text,
         const torch::Device& device);

    TraceFeatureExtractor extractor;
    EncoderShape shape;
    std::optional<TextEncoder> text;
    torch::Device device;
    TraceEmbeddingNet net{nullptr};
    std::string trainingJson = "{}";
};

TraceEmbeddingNetOptions netOptionsFor(const TraceFeatureExtractor& extractor, const EncoderShape& shape,
                                       std::int64_t textDim);

} // namespace tracemark::ml
