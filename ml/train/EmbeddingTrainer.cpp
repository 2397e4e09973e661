#include "ml/train/EmbeddingTrainer.h"

#include "core/common/Error.h"
#include "core/sim/Random.h"
#include "ml/gnn/TraceBatch.h"
#include "ml/gnn/TripletLoss.h"
#include "ml/train/EmbeddingModelImpl.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <unordered_map>

namespace tracemark::ml {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void checkOptions(const EmbeddingTrainOptions& options)
{
    if (options.epochs < 1)
        throw UsageError("epochs must be at least 1, got " + std::to_string(options.epochs));
    if (options.batchSize < 1)
        throw UsageError("the batch size must be at least 1, got " + std::to_string(options.batchSize));
    if (!(options.learningRate > 0.0))
        throw UsageError("the learning rate must be positive");
    if (!(options.margin >= 0.0))
        throw UsageError("the margin must not be negative");
    if (options.patience < 1)
        throw UsageError("patience must be at least 1 epoch");
    if (!(options.validationShare >= 0.0 && options.validationShare < 0.5))
        throw UsageError("the validation share must be in [0, 0.5)");
    if (options.tripletsPerEpoch < 0)
        throw UsageError("triplets per epoch must not be negative");
}

struct TripletBatchLoss {
    torch::Tensor loss;
    double activeFraction = 0;
};

// Encodes each distinct trace of the triplets once, then takes the loss on the rows.
TripletBatchLoss lossOf(EmbeddingModel::Impl& model, const EmbeddingCorpus& corpus, const Triplet* first,
                        std::size_t count, TripletLoss& loss)
{
    std::unordered_map<std::int64_t, std::int64_t> row;
    std::vector<std::int64_t> traces;
    std::vector<std::int64_t> a, p, n;
    const auto rowOf = [&](std::int64_t trace) {
        const auto [it, inserted] = row.emplace(trace, static_cast<std::int64_t>(traces.size()));
        if (inserted)
            traces.push_back(trace);
        return it->second;
    };
    for (std::size_t i = 0; i < count; ++i) {
        a.push_back(rowOf(first[i].anchor));
        p.push_back(rowOf(first[i].positive));
        n.push_back(rowOf(first[i].negative));
    }
    TextEncoder* text = model.text ? &*model.text : nullptr;
    const torch::Tensor embeddings = model.net->forward(assembleTraceBatch(corpus, traces, text).to(model.device));
    const auto index = [&](const std::vector<std::int64_t>& rows) {
        return torch::tensor(rows, torch::kLong).to(model.device);
    };
    TripletLossResult result = loss->forward(embeddings.index_select(0, index(a)), embeddings.index_select(0, index(p)),
                                             embeddings.index_select(0, index(n)));
    return {result.loss, result.activeFraction};
}

struct Evaluation {
    double loss = 0;
    double active = 0;
};

Evaluation evaluate(EmbeddingModel::Impl& model, const EmbeddingCorpus& corpus, const std::vector<Triplet>& triplets,
                    TripletLoss& loss, Progress& progress)
{
    if (triplets.empty())
        return {};
    torch::NoGradGuard noGrad;
    model.net->eval();
    constexpr std::size_t kChunk = 256;
    double lossSum = 0;
    double activeSum = 0;
    for (std::size_t first = 0; first < triplets.size(); first += kChunk) {
        progress.checkCancelled();
        const std::size_t count = std::min(kChunk, triplets.size() - first);
        const TripletBatchLoss chunk = lossOf(model, corpus, triplets.data() + first, count, loss);
        lossSum += chunk.loss.item<double>() * static_cast<double>(count);
        activeSum += chunk.activeFraction * static_cast<double>(count);
    }
    model.net->train();
    const auto total = static_cast<double>(triplets.size());
    return {lossSum / total, activeSum / total};
}

} // namespace

EmbeddingModel trainEmbeddingModel(EmbeddingCorpus& corpus, TraceFeatureExtractor extractor,
                                   const EmbeddingTrainOptions& options, Progress& progress, TrainingReport& report)
{
    checkOptions(options);
    if (corpus.size() == 0)
        throw UsageError("cannot train the trace encoder: there are no traces");
    const auto start = Clock::now();
    corpus.finalize(extractor);

    const DeviceDescription device = resolveDevice(options.device);
    const torch::Device torchDevice = device.useCuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    std::optional<TextEncoder> text;
    if (!options.textEncoder.empty())
        text = TextEncoder::load(options.textEncoder);
    torch::manual_seed(options.seed);
    auto impl = std::make_unique<EmbeddingModel::Impl>(std::move(extractor), options.shape, std::move(text), torchDevice);
    EmbeddingModel::Impl& model = *impl;
    model.net->train();

    // Held-out anchors: a fixed, seeded share of the traces, never anchors in training.
    const auto traceCount = static_cast<std::int64_t>(corpus.size());
    std::vector<std::int64_t> order(static_cast<std::size_t>(traceCount));
    for (std::int64_t i = 0; i < traceCount; ++i)
        order[static_cast<std::size_t>(i)] = i;
    sim::Rng splitRng(sim::deriveSeed(options.seed, 1));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[splitRng.below(static_cast<std::uint32_t>(i))]);
    const std::int64_t held = traceCount >= 20
                                  ? static_cast<std::int64_t>(options.validationShare * static_cast<double>(traceCount))
                                  : 0;
    const std::vector<std::int64_t> validationAnchors(order.begin(), order.begin() + held);
    const std::vector<std::int64_t> trainingAnchors(order.begin() + held, order.end());

    const TripletSampler sampler(corpus.pathIds(), corpus.latencies(), options.sampler);
    const std::int64_t perEpoch =
        options.tripletsPerEpoch > 0
            ? options.tripletsPerEpoch
            : std::min<std::int64_t>(static_cast<std::int64_t>(trainingAnchors.size()),
                                     EmbeddingTrainOptions::kDefaultTripletCap);
    const std::vector<Triplet> validation =
        held > 0 ? sampler.sample(std::min<std::int64_t>(held, 5000), sim::deriveSeed(options.seed, 2), validationAnchors)
                 : std::vector<Triplet>{};

    report = TrainingReport{};
    report.device = device.summary();
    report.traces = traceCount;
    report.pathIds = sampler.pathCount();
    report.tripletsPerEpoch = perEpoch;
    report.validationTriplets = static_cast<std::int64_t>(validation.size());

    TripletLoss loss(TripletLossOptions().margin(options.margin));
    torch::optim::Adam optimizer(model.net->parameters(), torch::optim::AdamOptions(options.learningRate));

    const Evaluation initial = evaluate(model, corpus, validation, loss, progress);
    report.initialValidationLoss = initial.loss;
    double bestLoss = initial.loss;
    std::vector<torch::Tensor> bestWeights;
    const auto keepBest = [&] {
        bestWeights.clear();
        for (const torch::Tensor& parameter : model.net->parameters())
            bestWeights.push_back(parameter.detach().clone());
    };
    keepBest();
    int epochsWithoutGain = 0;

    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        const std::vector<Triplet> triplets =
            sampler.sample(perEpoch, sim::deriveSeed(options.seed, 3, static_cast<std::uint64_t>(epoch)), trainingAnchors);
        const std::size_t batches = (triplets.size() + static_cast<std::size_t>(options.batchSize) - 1) /
                                    static_cast<std::size_t>(options.batchSize);
        double lossSum = 0;
        for (std::size_t b = 0; b < batches; ++b) {
            progress.checkCancelled();
            const std::size_t first = b * static_cast<std::size_t>(options.batchSize);
            const std::size_t count = std::min<std::size_t>(static_cast<std::size_t>(options.batchSize),
                                                            triplets.size() - first);
            optimizer.zero_grad();
            TripletBatchLoss step = lossOf(model, corpus, triplets.data() + first, count, loss);
            step.loss.backward();
            optimizer.step();
            lossSum += step.loss.item<double>();
            std::ostringstream message;
            message << "epoch " << epoch << "/" << options.epochs << ", batch " << (b + 1) << "/" << batches
                    << ", loss " << std::setprecision(4) << (lossSum / static_cast<double>(b + 1));
            progress.report((static_cast<double>(epoch - 1) + static_cast<double>(b + 1) / static_cast<double>(batches)) /
                                static_cast<double>(options.epochs),
                            message.str());
        }

        const Evaluation checked = evaluate(model, corpus, validation, loss, progress);
        EpochReport epochReport;
        epochReport.epoch = epoch;
        epochReport.trainLoss = lossSum / static_cast<double>(std::max<std::size_t>(batches, 1));
        epochReport.validationLoss = checked.loss;
        epochReport.validationActive = checked.active;
        epochReport.seconds = secondsSince(epochStart);
        report.epochs.push_back(epochReport);
        if (options.onEpoch)
            options.onEpoch(epochReport);

        if (validation.empty() || checked.loss < bestLoss - 1e-6) {
            bestLoss = checked.loss;
            report.bestEpoch = epoch;
            keepBest();
            epochsWithoutGain = 0;
        } else if (++epochsWithoutGain >= options.patience) {
            report.stoppedEarly = epoch < options.epochs;
            break;
        }
    }

    {
        torch::NoGradGuard noGrad;
        const std::vector<torch::Tensor> parameters = model.net->parameters();
        for (std::size_t i = 0; i < parameters.size(); ++i)
            parameters[i].copy_(bestWeights[i]);
    }
    model.net->eval();
    report.seconds = secondsSince(start);
    model.trainingJson = report.toJson(options);
    return EmbeddingModel(std::move(impl));
}

std::string TrainingReport::toJson(const EmbeddingTrainOptions& options) const
{
    std::ostringstream out;
    out << std::setprecision(6);
    out << "{\"epochs_requested\":" << options.epochs << ",\"batch_size\":" << options.batchSize
        << ",\"learning_rate\":" << options.learningRate << ",\"margin\":" << options.margin
        << ",\"seed\":" << options.seed << ",\"device\":\"" << device << "\",\"traces\":" << traces
        << ",\"path_ids\":" << pathIds << ",\"triplets_per_epoch\":" << tripletsPerEpoch
        << ",\"validation_triplets\":" << validationTriplets << ",\"initial_validation_loss\":" << initialValidationLoss
        << ",\"best_epoch\":" << bestEpoch << ",\"stopped_early\":" << (stoppedEarly ? "true" : "false")
        << ",\"seconds\":" << seconds << ",\"epochs\":[";
    for (std::size_t i = 0; i < epochs.size(); ++i) {
        const EpochReport& e = epochs[i];
        out << (i ? "," : "") << "{\"epoch\":" << e.epoch << ",\"train_loss\":" << e.trainLoss
            << ",\"validation_loss\":" << e.validationLoss << ",\"validation_active\":" << e.validationActive
            << ",\"seconds\":" << e.seconds << "}";
    }
    out << "]}";
    return out.str();
}

} // namespace tracemark::ml
