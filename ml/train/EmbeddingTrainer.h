#pragma once
// Trains the trace encoder with the triplet loss (DESIGN §5): Adam, mini-batches of triplets
// resampled every epoch, early stopping on a fixed held-out triplet set (anchors never used for
// training), best weights kept. Seeded: the same corpus, options and seed give the same model on
// the CPU. No LibTorch types in this header.
#include "core/common/Progress.h"
#include "ml/train/Device.h"
#include "ml/train/EmbeddingCorpus.h"
#include "ml/train/EmbeddingModel.h"
#include "ml/train/TripletSampler.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace tracemark::ml {

struct EpochReport {
    int epoch = 0;               // 1-based
    double trainLoss = 0;        // mean triplet loss over the epoch's batches
    double validationLoss = 0;   // mean triplet loss on the held-out triplets after the epoch
    double validationActive = 0; // share of held-out triplets still violating the margin
    double seconds = 0;
};

struct EmbeddingTrainOptions {
    int epochs = 15;
    int batchSize = 32; // triplets per optimiser step
    double learningRate = 1e-4;
    double margin = 0.2;
    std::uint64_t seed = 1;
    DeviceChoice device = DeviceChoice::Auto;
    int patience = 3;              // epochs without a better held-out loss before stopping
    double validationShare = 0.1;  // share of traces whose triplets are held out (none below 20 traces)
    // Triplets drawn per epoch; 0 = one per training trace, at most kDefaultTripletCap (every
    // path ID still gets an anchor, see TripletSampler).
    std::int64_t tripletsPerEpoch = 0;
    static constexpr std::int64_t kDefaultTripletCap = 20'000;
    std::filesystem::path textEncoder; // optional TorchScript text encoder (see TextEncoder.h)
    EncoderShape shape;
    TripletSamplerOptions sampler;
    std::function<void(const EpochReport&)> onEpoch; // called after each epoch (e.g. to print it)
};

struct TrainingReport {
    std::string device;
    std::int64_t traces = 0;
    std::int64_t pathIds = 0;
    std::int64_t tripletsPerEpoch = 0;
    std::int64_t validationTriplets = 0;
    double initialValidationLoss = 0; // before the first step
    std::vector<EpochReport> epochs;
    int bestEpoch = 0; // whose weights the model keeps (0 = the initial weights)
    bool stoppedEarly = false;
    double seconds = 0;
    std::string toJson(const EmbeddingTrainOptions& options) const;
};

// Trains on every trace of the corpus. `extractor` must be the one the corpus was (or will be)
// finalized with. Throws Cancelled when progress is cancelled (nothing is returned then).
EmbeddingModel trainEmbeddingModel(EmbeddingCorpus& corpus, TraceFeatureExtractor extractor,
                                   const EmbeddingTrainOptions& options, Progress& progress, TrainingReport& report);

} // namespace tracemark::ml
