#pragma once
// The embedding pipeline on a workspace: read every trace once into a training corpus (fitting
// the span features in the same scan), and embed every trace with a model, storing the vectors
// as the workspace's 'gnn' embedding set in one all-or-nothing transaction.
#include "core/common/Progress.h"
#include "core/store/Workspace.h"
#include "ml/features/TraceFeatures.h"
#include "ml/train/EmbeddingCorpus.h"
#include "ml/train/EmbeddingModel.h"

#include <functional>
#include <optional>
#include <vector>
#include <string>

namespace tracemark::ml {

inline constexpr const char* kGnnEmbeddingKind = "gnn";

struct WorkspaceCorpus {
    EmbeddingCorpus corpus;
    TraceFeatureExtractor extractor;
};

// One scan of the workspace. Throws UsageError when it has no traces.
WorkspaceCorpus readWorkspaceCorpus(Workspace& workspace, const TraceFeatureOptions& options, Progress& progress);

struct EmbedSummary {
    std::int64_t traces = 0;
    int dimension = 0;
    double seconds = 0;
    double tracesPerSecond = 0; // reading, encoding and storing together
};

// Embeds every trace, streamed in batches, and hands each batch's rows to `consume` (row i of
// `rows` is batch.traces[i]); nothing is stored. Used by embedWorkspace and the benchmarks.
using EmbeddedBatch = std::function<void(const EmbeddingCorpus& batch, const std::vector<float>& rows)>;
std::int64_t embedEveryTrace(Workspace& workspace, EmbeddingModel& model, const EmbeddedBatch& consume,
                             Progress& progress, int batchSize = 256);

// Embeds every trace (streamed in batches: memory does not grow with the workspace) and replaces
// the 'gnn' set; nothing changes when it throws (Cancelled included). `params` is a JSON object
// stored with the set (e.g. the model file and its training report).
EmbedSummary embedWorkspace(Workspace& workspace, EmbeddingModel& model, const std::string& params,
                            Progress& progress, int batchSize = 256);

} // namespace tracemark::ml
