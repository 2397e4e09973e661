#pragma once
// Where the labeling engine gets its trace vectors and per-trace facts: the stored GNN
// embeddings ('gnn', written by `embed`) or a baseline computed on the fly ('stv', 'bag'), plus
// each trace's path ID, latency, error spans and id in the same row order. Plain C++.
#include "core/common/Progress.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

// The vector kinds the engines accept: "gnn", "stv", "bag".
const std::vector<std::string>& traceVectorKinds();

// Rows in trace start order. 'gnn' throws WorkspaceError telling the user to run `embed` first
// when no embeddings are stored, or when they cover only some traces (an import since).
EmbeddingMatrix loadTraceVectors(Workspace& workspace, const std::string& kind, Progress& progress);

struct TraceFacts {
    std::vector<std::string> traceIds;
    std::vector<std::uint64_t> pathIds;
    std::vector<std::int64_t> latencyNs;
    std::vector<int> errorSpans;
};

// Facts of the given traces, in the given order (one pass over the trace table, no spans read).
TraceFacts traceFactsFor(Workspace& workspace, const std::vector<std::int64_t>& traceKeys);

// L2-normalised copy of the rows (zero rows stay zero): on unit vectors Euclidean k-means
// ranks like cosine distance, which the embeddings are trained for.
std::vector<float> normalisedRows(const EmbeddingMatrix& matrix);

} // namespace tracemark
