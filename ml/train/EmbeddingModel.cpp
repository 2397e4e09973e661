#include "ml/train/EmbeddingModelImpl.h"

#include "core/common/Error.h"
#include "ml/gnn/TraceBatch.h"

#include <algorithm>
#include <cstring>

namespace tracemark::ml {

TraceEmbeddingNetOptions netOptionsFor(const TraceFeatureExtractor& extractor, const EncoderShape& shape,
                                       std::int64_t textDim)
{
    return TraceEmbeddingNetOptions(extractor.vocabulary().size(), std::max(1, extractor.statuses().size()))
        .textDim(textDim)
        .semanticDim(shape.semanticDim)
        .timeDim(shape.timeDim)
        .hidden(shape.hidden)
        .heads(shape.heads)
        .gatLayers(shape.gatLayers)
        .embeddingDim(shape.embeddingDim);
}

EmbeddingModel::Impl::Impl(TraceFeatureExtractor extractor_, EncoderShape shape_, std::optional<TextEncoder> text_,
                           const torch::Device& device_)
    : extractor(std::move(extractor_)), shape(shape_), text(std::move(text_)), device(device_)
{
    net = TraceEmbeddingNet(netOptionsFor(extractor, shape, text ? text->dimension() : 0));
    net->to(device);
}

EmbeddingModel::EmbeddingModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
EmbeddingModel::EmbeddingModel(EmbeddingModel&&) noexcept = default;
EmbeddingModel& EmbeddingModel::operator=(EmbeddingModel&&) noexcept = default;
EmbeddingModel::~EmbeddingModel() = default;

int EmbeddingModel::dimension() const
{
    return impl_->shape.embeddingDim;
}

std::string EmbeddingModel::description() const
{
    const EncoderShape& shape = impl_->shape;
    std::string text = "GAT " + std::to_string(shape.gatLayers) + "x" + std::to_string(shape.heads) + " heads, " +
                       std::to_string(shape.embeddingDim) + "-d, ";
    if (impl_->text)
        text += std::to_string(impl_->text->dimension()) + "-d text encoder";
    else
        text += "subword vocabulary " + std::to_string(impl_->extractor.vocabulary().size());
    return text;
}

std::string EmbeddingModel::deviceName() const
{
    return impl_->device.str();
}

const TraceFeatureExtractor& EmbeddingModel::features() const
{
    return impl_->extractor;
}

bool EmbeddingModel::usesTextEncoder() const
{
    return impl_->text.has_value();
}

const std::string& EmbeddingModel::trainingJson() const
{
    return impl_->trainingJson;
}

void EmbeddingModel::setTrainingJson(std::string json)
{
    impl_->trainingJson = std::move(json);
}

std::vector<float> EmbeddingModel::embed(EmbeddingCorpus& corpus, Progress& progress, int batchSize)
{
    if (batchSize < 1)
        throw UsageError("embedding batch size must be at least 1");
    corpus.finalize(impl_->extractor);
    const auto dim = static_cast<std::size_t>(dimension());
    std::vector<float> out(corpus.size() * dim);
    torch::NoGradGuard noGrad;
    impl_->net->eval();
    TextEncoder* text = impl_->text ? &*impl_->text : nullptr;
    std::vector<std::int64_t> positions;
    for (std::size_t first = 0; first < corpus.size(); first += static_cast<std::size_t>(batchSize)) {
        progress.checkCancelled();
        const std::size_t last = std::min(corpus.size(), first + static_cast<std::size_t>(batchSize));
        positions.clear();
        for (std::size_t i = first; i < last; ++i)
            positions.push_back(static_cast<std::int64_t>(i));
        const torch::Tensor rows =
            impl_->net->forward(assembleTraceBatch(corpus, positions, text).to(impl_->device)).to(torch::kCPU).contiguous();
        std::memcpy(out.data() + first * dim, rows.data_ptr<float>(), (last - first) * dim * sizeof(float));
        progress.report(static_cast<double>(last) / static_cast<double>(corpus.size()),
                        "embedding traces " + std::to_string(last) + " / " + std::to_string(corpus.size()));
    }
    return out;
}

} // namespace tracemark::ml
