#include "ml/train/WorkspaceEmbedding.h"

#include "core/common/Error.h"
#include "core/graph/TraceGraph.h"

#include <chrono>

namespace tracemark::ml {
namespace {

double fraction(std::int64_t done, std::int64_t total)
{
    return total > 0 ? static_cast<double>(done) / static_cast<double>(total) : -1.0;
}

} // namespace

WorkspaceCorpus readWorkspaceCorpus(Workspace& workspace, const TraceFeatureOptions& options, Progress& progress)
{
    const std::int64_t total = workspace.countTraces({});
    if (total == 0)
        throw UsageError("workspace " + workspace.path().string() + " has no traces to learn from; import some first");
    TraceFeatureFitter fitter(options);
    EmbeddingCorpus corpus;
    NullProgress quiet; // the scan reports through the messages below
    workspace.forEachTrace(
        [&](const TraceSummary& summary, std::vector<Span>& spans) {
            progress.checkCancelled();
            corpus.add(summary.key, TraceGraph::build(std::move(spans)), &fitter);
            progress.report(fraction(static_cast<std::int64_t>(corpus.size()), total),
                            "reading traces " + std::to_string(corpus.size()) + " / " + std::to_string(total));
        },
        quiet);
    TraceFeatureExtractor extractor = fitter.finish();
    corpus.finalize(extractor);
    return WorkspaceCorpus{std::move(corpus), std::move(extractor)};
}

std::int64_t embedEveryTrace(Workspace& workspace, EmbeddingModel& model, const EmbeddedBatch& consume,
                             Progress& progress, int batchSize)
{
    if (batchSize < 1)
        throw UsageError("embedding batch size must be at least 1");
    const std::int64_t total = workspace.countTraces({});
    std::int64_t done = 0;
    EmbeddingCorpus batch; // reused: names stay tokenised from one batch to the next
    NullProgress quiet;
    const auto flush = [&] {
        if (batch.size() == 0)
            return;
        consume(batch, model.embed(batch, quiet, batchSize));
        done += static_cast<std::int64_t>(batch.size());
        batch.clearTraces();
        progress.report(fraction(done, total), "embedding traces " + std::to_string(done) + " / " + std::to_string(total));
    };
    workspace.forEachTrace(
        [&](const TraceSummary& trace, std::vector<Span>& spans) {
            progress.checkCancelled();
            batch.add(trace.key, TraceGraph::build(std::move(spans)));
            if (batch.size() >= static_cast<std::size_t>(batchSize))
                flush();
        },
        quiet);
    flush();
    return done;
}

EmbedSummary embedWorkspace(Workspace& workspace, EmbeddingModel& model, const std::string& params,
                            Progress& progress, int batchSize)
{
    const auto start = std::chrono::steady_clock::now();
    EmbeddingSetInfo info;
    info.kind = kGnnEmbeddingKind;
    info.dim = model.dimension();
    info.model = model.description();
    info.params = params;

    EmbedSummary summary;
    summary.dimension = model.dimension();
    const auto dim = static_cast<std::size_t>(model.dimension());
    SilentProgress storing(progress); // embedEveryTrace reports; storing only needs to see Cancel
    workspace.replaceEmbeddings(
        info,
        [&](const EmbeddingWrite& write) {
            summary.traces = embedEveryTrace(
                workspace, model,
                [&](const EmbeddingCorpus& batch, const std::vector<float>& rows) {
                    for (std::size_t i = 0; i < batch.size(); ++i)
                        write(batch.traces[i].key, rows.data() + i * dim, dim);
                },
                progress, batchSize);
        },
        storing);
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    summary.tracesPerSecond = summary.seconds > 0 ? static_cast<double>(summary.traces) / summary.seconds : 0.0;
    return summary;
}

} // namespace tracemark::ml
