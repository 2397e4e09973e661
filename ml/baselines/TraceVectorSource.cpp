#include "ml/baselines/TraceVectorSource.h"

#include "core/common/Error.h"
#include "ml/baselines/TraceVectors.h"

#include <cmath>
#include <unordered_map>

namespace tracemark {

const std::vector<std::string>& traceVectorKinds()
{
    static const std::vector<std::string> kinds = {"gnn", "stv", "bag"};
    return kinds;
}

EmbeddingMatrix loadTraceVectors(Workspace& workspace, const std::string& kind, Progress& progress)
{
    if (kind == "stv" || kind == "bag")
        return buildBaselineVectors(workspace, baselineKindFromString(kind), progress);
    if (kind != "gnn")
        throw UsageError("unknown vector kind '" + kind + "' (valid: gnn, stv, bag)");
    if (!workspace.embeddingSet("gnn"))
        throw WorkspaceError(workspace.path().string() +
                             " has no trace embeddings yet; run `tracemark-cli embed -w WS.tmk --train` first "
                             "(or use --vectors stv|bag)");
    EmbeddingMatrix matrix = workspace.embeddings("gnn", progress);
    const std::int64_t traces = workspace.countTraces({});
    if (static_cast<std::int64_t>(matrix.rows()) != traces)
        throw WorkspaceError(workspace.path().string() + " has embeddings for " + std::to_string(matrix.rows()) +
                             " of its " + std::to_string(traces) +
                             " traces (traces were imported since); run `tracemark-cli embed` again");
    return matrix;
}

TraceFacts traceFactsFor(Workspace& workspace, const std::vector<std::int64_t>& traceKeys)
{
    std::unordered_map<std::int64_t, std::size_t> rowOf;
    rowOf.reserve(traceKeys.size());
    for (std::size_t i = 0; i < traceKeys.size(); ++i)
        rowOf.emplace(traceKeys[i], i);
    TraceFacts facts;
    facts.traceIds.resize(traceKeys.size());
    facts.pathIds.resize(traceKeys.size());
    facts.latencyNs.resize(traceKeys.size());
    facts.errorSpans.resize(traceKeys.size());
    std::vector<bool> seen(traceKeys.size(), false);
    std::optional<TraceCursor> after;
    constexpr int kPage = 50'000;
    for (;;) {
        const std::vector<TraceSummary> page = workspace.traces({}, after, kPage);
        for (const TraceSummary& t : page) {
            const auto found = rowOf.find(t.key);
            if (found == rowOf.end())
                continue;
            const std::size_t row = found->second;
            facts.traceIds[row] = t.traceId;
            facts.pathIds[row] = t.pathId;
            facts.latencyNs[row] = t.durationNs;
            facts.errorSpans[row] = t.errorSpans;
            seen[row] = true;
        }
        if (static_cast<int>(page.size()) < kPage)
            break;
        after = TraceCursor{page.back().startNs, page.back().key};
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            throw WorkspaceError("trace key " + std::to_string(traceKeys[i]) + " is not in " +
                                 workspace.path().string());
    return facts;
}

std::vector<float> normalisedRows(const EmbeddingMatrix& matrix)
{
    std::vector<float> rows = matrix.values;
    const auto dim = static_cast<std::size_t>(matrix.dim);
    for (std::size_t r = 0; r < matrix.rows(); ++r) {
        float* row = rows.data() + r * dim;
        double norm = 0;
        for (std::size_t d = 0; d < dim; ++d)
            norm += static_cast<double>(row[d]) * row[d];
        if (norm <= 0)
            continue;
        const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
        for (std::size_t d = 0; d < dim; ++d)
            row[d] *= scale;
    }
    return rows;
}

} // namespace tracemark
