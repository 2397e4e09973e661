#pragma once
// The traces the encoder learns from or embeds, held compactly in flat arrays (about 40 bytes
// per span), so 100,000 traces train from memory without keeping TraceGraphs around.
//
// Filled in one pass: add() records each span's name, raw log-time features and status class,
// and feeds the same trace to a TraceFeatureFitter when one is given, so fitting the feature
// statistics and reading the workspace happen in a single scan. finalize() then applies an
// extractor: times standardised, statuses indexed, names tokenised. Pure C++; no LibTorch.
#include "core/graph/TraceGraph.h"
#include "ml/features/TraceFeatures.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tracemark::ml {

struct CorpusTrace {
    std::int64_t key = 0;         // workspace trace key
    std::uint64_t pathId = 0;
    std::int64_t latencyNs = 0;   // end to end
    std::uint32_t firstSpan = 0;  // into the span arrays
    std::uint32_t spanCount = 0;
    std::uint32_t firstEdge = 0;  // into edges
    std::uint32_t edgeCount = 0;
};

// A distinct (service, operation) pair: what the semantic features are computed from.
struct CorpusName {
    std::string service;
    std::string operation;
    std::vector<int> tokens; // subword ids, filled by finalize(); never empty after it
    std::string text() const { return service + " " + operation; }
};

class EmbeddingCorpus {
public:
    // Records a trace; when fitter is not null the trace also goes into the fitter.
    void add(std::int64_t key, const TraceGraph& graph, TraceFeatureFitter* fitter = nullptr);
    // Standardises the time features, indexes the statuses and tokenises names not tokenised yet.
    // Traces added after finalize() need another finalize().
    void finalize(const TraceFeatureExtractor& extractor);
    bool finalized() const { return finalizedSpans_ == spanName.size(); }

    // Forgets the traces but keeps the names (and their tokens), so a streaming caller can reuse
    // one corpus batch after batch without tokenising the same names again.
    void clearTraces();

    std::size_t size() const { return traces.size(); }
    std::vector<std::uint64_t> pathIds() const;
    std::vector<std::int64_t> latencies() const;

    std::vector<CorpusTrace> traces;
    std::vector<CorpusName> names;
    // Per span, in trace order:
    std::vector<std::int32_t> spanName;            // index into names
    std::vector<std::array<float, 4>> spanTime;     // log features before finalize, standardised after
    std::vector<std::int8_t> spanStatus;            // StatusClass before finalize, vocabulary index (-1 unseen) after
    // Per trace, parent -> child in span positions local to the trace:
    std::vector<std::pair<std::int32_t, std::int32_t>> edges;

private:
    std::int32_t nameIndex(const Span& span);

    std::unordered_map<std::string, std::int32_t> nameIds_; // service '\n' operation -> index
    std::size_t finalizedSpans_ = 0;
    std::size_t tokenizedNames_ = 0;
};

} // namespace tracemark::ml
