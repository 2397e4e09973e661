#pragma once
// Span features of one trace, ready for the GNN encoder: per span the subword token ids of its
// service and operation names, its four scaled time features and its status index, plus the
// parent->child edges. Row i is graph.span(i) of the TraceGraph it came from.
//
// A TraceFeatureExtractor is fitted once on the workspace (subword vocabulary, time statistics,
// status classes) and then turns any TraceGraph into TraceFeatures. Pure C++; no LibTorch here.
#include "core/graph/TraceGraph.h"
#include "ml/features/NameTokenizer.h"
#include "ml/features/StatusVocabulary.h"
#include "ml/features/SubwordVocabulary.h"
#include "ml/features/TimeFeatureScaler.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tracemark {

struct TraceFeatures {
    std::vector<std::vector<int>> spanTokens;  // service tokens then operation tokens; never empty
    std::vector<std::array<float, 4>> time;    // TimeFeatureScaler order: duration, waiting, local, relative start
    std::vector<int> status;                   // StatusVocabulary index, -1 for a class unseen in fitting
    std::vector<std::pair<int, int>> edges;    // parent -> child, parents in depth-first order
};

struct TraceFeatureOptions {
    int vocabularySize = 1000;  // subword pieces including [PAD] and [UNK]
    int maxTokensPerSpan = 16;  // tokens beyond this are cut (service tokens come first)
};

class TraceFeatureExtractor {
public:
    TraceFeatureExtractor(TraceFeatureOptions options, SubwordVocabulary vocabulary, TimeFeatureScaler scaler,
                          StatusVocabulary statuses);

    // Token ids of a name: its words split by NameTokenizer, each encoded into subword pieces.
    std::vector<int> tokenize(std::string_view name) const;
    // A span's tokens: service then operation, cut at maxTokensPerSpan, a single [UNK] when the
    // names give none.
    std::vector<int> spanTokens(std::string_view service, std::string_view operation) const;
    // A span whose names give no token at all gets a single [UNK].
    TraceFeatures extract(const TraceGraph& graph) const;

    const TraceFeatureOptions& options() const { return options_; }
    const SubwordVocabulary& vocabulary() const { return vocabulary_; }
    const TimeFeatureScaler& timeScaler() const { return scaler_; }
    const StatusVocabulary& statuses() const { return statuses_; }

    void serialize(std::string& out) const;
    static TraceFeatureExtractor deserialize(std::string_view data); // Error on a bad or other-version blob

private:
    TraceFeatureOptions options_;
    NameTokenizer tokenizer_;
    SubwordVocabulary vocabulary_;
    TimeFeatureScaler scaler_;
    StatusVocabulary statuses_;
};

// Collects the workspace statistics one trace at a time, then learns the vocabulary.
class TraceFeatureFitter {
public:
    explicit TraceFeatureFitter(TraceFeatureOptions options = {});
    void add(const TraceGraph& graph);
    std::int64_t spanCount() const { return scaler_.observedCount(); }
    // Words of service and operation names, each counted once per span that carries it.
    const std::map<std::string, std::int64_t>& wordCounts() const { return wordCounts_; }
    // UsageError when no span was added (there is nothing to fit on).
    TraceFeatureExtractor finish() const;

private:
    void countWords(const std::string& name);

    TraceFeatureOptions options_;
    NameTokenizer tokenizer_;
    std::unordered_map<std::string, std::vector<std::string>> splitCache_;
    std::map<std::string, std::int64_t> wordCounts_;
    TimeFeatureScaler scaler_;
    StatusVocabulary statuses_;
};

// Fits on whatever traces visitTraces hands to the callback it receives, e.g. streaming from a
// workspace:  fitTraceFeatures(options, [&](const TraceVisitor& emit) {
//     workspace.forEachTrace([&](const TraceSummary&, std::vector<Span>& spans) {
//         emit(TraceGraph::build(std::move(spans))); }, progress); });
using TraceVisitor = std::function<void(const TraceGraph&)>;
TraceFeatureExtractor fitTraceFeatures(const TraceFeatureOptions& options,
                                       const std::function<void(const TraceVisitor&)>& visitTraces);

} // namespace tracemark
