#pragma once
// A trained trace encoder: the GAT network together with the feature extractor it was trained
// with (subword vocabulary, time statistics, status classes) and, if one was used, the TorchScript
// text encoder. Saved as one versioned file. This header exposes no LibTorch type, so the CLI and
// the GUI can use it without compiling torch headers.
#include "core/common/Progress.h"
#include "ml/features/TraceFeatures.h"
#include "ml/train/Device.h"
#include "ml/train/EmbeddingCorpus.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace tracemark::ml {

// The shape of the network (see ml/gnn/TraceEmbeddingNet.h).
struct EncoderShape {
    int semanticDim = 32; // per-span name vector
    int timeDim = 16;     // per-span projection of the 4 time features
    int hidden = 64;      // width of each GAT layer (divisible by heads)
    int heads = 4;
    int gatLayers = 2;
    int embeddingDim = 64;
};

class EmbeddingModel {
public:
    struct Impl; // defined in EmbeddingModelImpl.h (torch types)

    explicit EmbeddingModel(std::unique_ptr<Impl> impl);
    EmbeddingModel(EmbeddingModel&&) noexcept;
    EmbeddingModel& operator=(EmbeddingModel&&) noexcept;
    ~EmbeddingModel();

    // The file format version this build writes and reads.
    static int fileFormatVersion();
    // Throws Error naming the file when it is missing, not a Tracemark model, or of another
    // format version (naming both versions).
    static EmbeddingModel load(const std::filesystem::path& file, DeviceChoice device = DeviceChoice::Auto);
    // Written to <file>.tmp, then renamed: an interrupted save never leaves half a model.
    void save(const std::filesystem::path& file) const;

    int dimension() const;
    std::string description() const; // "GAT 2x4 heads, 64-d, subword vocabulary 412"
    std::string deviceName() const;  // "cpu" or "cuda:0"
    const TraceFeatureExtractor& features() const;
    bool usesTextEncoder() const;
    // A JSON object with the training settings and results (empty object for an untrained model).
    const std::string& trainingJson() const;
    void setTrainingJson(std::string json);

    // Embeds every trace of the corpus (finalizing it with this model's features first), in
    // corpus order: a row-major [corpus.size(), dimension()] matrix. Reports progress and honours
    // cancellation between batches.
    std::vector<float> embed(EmbeddingCorpus& corpus, Progress& progress, int batchSize = 256);

    Impl& impl() { return *impl_; }
    const Impl& impl() const { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace tracemark::ml
