#include "ml/gnn/TraceEmbeddingNet.h"

#include "core/common/Error.h"

#include <string>

namespace tracemark::ml {

TraceTensors TraceTensors::to(const torch::Device& device) const
{
    TraceTensors moved = *this;
    for (torch::Tensor* tensor : {&moved.nameTokens, &moved.nameOffsets, &moved.nameVectors, &moved.spanName,
                                  &moved.time, &moved.status, &moved.edgeIndex, &moved.graphIndex})
        if (tensor->defined())
            *tensor = tensor->to(device);
    return moved;
}

TraceEmbeddingNetImpl::TraceEmbeddingNetImpl(const TraceEmbeddingNetOptions& options_) : options(options_)
{
    reset();
}

void TraceEmbeddingNetImpl::reset()
{
    if (options.vocabularySize() < 2 || options.statusClasses() < 1 || options.semanticDim() < 1 ||
        options.timeDim() < 1 || options.textDim() < 0)
        throw UsageError("TraceEmbeddingNet: vocabulary >= 2, status classes >= 1, semantic and time widths >= 1");
    if (options.textDim() > 0) {
        textProjection = register_module("textProjection",
                                         torch::nn::Linear(options.textDim(), options.semanticDim()));
    } else {
        tokenEmbedding = register_module(
            "tokenEmbedding",
            torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(options.vocabularySize(), options.semanticDim())
                                        .mode(torch::kMean)));
    }
    timeProjection = register_module("timeProjection", torch::nn::Linear(4, options.timeDim()));
    encoder = register_module("encoder", TraceEncoder(TraceEncoderOptions(nodeFeatureWidth())
                                                          .hidden(options.hidden())
                                                          .heads(options.heads())
                                                          .gatLayers(options.gatLayers())
                                                          .embeddingDim(options.embeddingDim())));
}

void TraceEmbeddingNetImpl::pretty_print(std::ostream& stream) const
{
    stream << "tracemark::ml::TraceEmbeddingNet(vocabulary=" << options.vocabularySize()
           << ", statusClasses=" << options.statusClasses() << ", textDim=" << options.textDim()
           << ", semantic=" << options.semanticDim() << ", time=" << options.timeDim()
           << ", hidden=" << options.hidden() << ", heads=" << options.heads() << ", gatLayers=" << options.gatLayers()
           << ", embedding=" << options.embeddingDim() << ")";
}

torch::Tensor TraceEmbeddingNetImpl::nodeFeatures(const TraceTensors& batch)
{
    if (!batch.spanName.defined() || !batch.time.defined() || !batch.status.defined() ||
        batch.time.dim() != 2 || batch.time.size(1) != 4 || batch.spanName.size(0) != batch.time.size(0) ||
        batch.status.size(0) != batch.time.size(0))
        throw UsageError("TraceEmbeddingNet: a batch needs spanName [N], time [N, 4] and status [N]");

    torch::Tensor names;
    if (options.textDim() > 0) {
        if (!batch.nameVectors.defined() || batch.nameVectors.dim() != 2 ||
            batch.nameVectors.size(1) != options.textDim())
            throw UsageError("TraceEmbeddingNet: the model reads " + std::to_string(options.textDim()) +
                             "-d text-encoder vectors per name; the batch has none of that width");
        names = textProjection->forward(batch.nameVectors);
    } else {
        if (!batch.nameTokens.defined() || !batch.nameOffsets.defined())
            throw UsageError("TraceEmbeddingNet: the batch carries no name tokens");
        if (batch.nameTokens.numel() > 0 && (batch.nameTokens.min().item<std::int64_t>() < 0 ||
                                             batch.nameTokens.max().item<std::int64_t>() >= options.vocabularySize()))
            throw UsageError("TraceEmbeddingNet: a token id is outside the vocabulary of " +
                             std::to_string(options.vocabularySize()));
        names = tokenEmbedding->forward(batch.nameTokens, batch.nameOffsets);
    }

    const torch::Tensor known = batch.status.ge(0);
    const torch::Tensor status =
        torch::one_hot(batch.status.clamp_min(0), options.statusClasses()).to(batch.time.scalar_type()) *
        known.unsqueeze(1).to(batch.time.scalar_type());
    return torch::cat({names.index_select(0, batch.spanName), timeProjection->forward(batch.time), status}, 1);
}

torch::Tensor TraceEmbeddingNetImpl::forward(const TraceTensors& batch)
{
    GraphBatch graph;
    graph.nodeFeatures = nodeFeatures(batch);
    graph.edgeIndex = batch.edgeIndex;
    graph.graphIndex = batch.graphIndex;
    graph.numGraphs = batch.numGraphs;
    return encoder->forward(graph);
}

} // namespace tracemark::ml
