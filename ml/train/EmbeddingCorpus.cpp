#include "ml/train/EmbeddingCorpus.h"

#include "core/common/Error.h"
#include "ml/features/TimeFeatureScaler.h"

#include <limits>

namespace tracemark::ml {

std::int32_t EmbeddingCorpus::nameIndex(const Span& span)
{
    std::string key;
    key.reserve(span.service.size() + 1 + span.operation.size());
    key.append(span.service).push_back('\n');
    key.append(span.operation);
    const auto [it, inserted] = nameIds_.emplace(std::move(key), static_cast<std::int32_t>(names.size()));
    if (inserted)
        names.push_back(CorpusName{span.service, span.operation, {}});
    return it->second;
}

void EmbeddingCorpus::add(std::int64_t key, const TraceGraph& graph, TraceFeatureFitter* fitter)
{
    if (graph.size() == 0)
        throw UsageError("embedding corpus: trace " + std::to_string(key) + " has no spans");
    if (spanName.size() + graph.size() > std::numeric_limits<std::uint32_t>::max())
        throw UsageError("embedding corpus: more than 2^32 spans; embed in smaller batches");
    if (fitter)
        fitter->add(graph);

    CorpusTrace trace;
    trace.key = key;
    trace.pathId = graph.pathId();
    trace.latencyNs = graph.durationNs();
    trace.firstSpan = static_cast<std::uint32_t>(spanName.size());
    trace.spanCount = static_cast<std::uint32_t>(graph.size());
    trace.firstEdge = static_cast<std::uint32_t>(edges.size());
    for (std::size_t i = 0; i < graph.size(); ++i) {
        const Span& span = graph.span(i);
        spanName.push_back(nameIndex(span));
        const auto logs = TimeFeatureScaler::logFeatures(graph.timing(i));
        spanTime.push_back({static_cast<float>(logs[0]), static_cast<float>(logs[1]), static_cast<float>(logs[2]),
                            static_cast<float>(logs[3])});
        spanStatus.push_back(static_cast<std::int8_t>(span.status));
    }
    for (int parent : graph.preorder())
        for (int child : graph.children(static_cast<std::size_t>(parent)))
            edges.emplace_back(parent, child);
    trace.edgeCount = static_cast<std::uint32_t>(edges.size() - trace.firstEdge);
    traces.push_back(trace);
}

void EmbeddingCorpus::finalize(const TraceFeatureExtractor& extractor)
{
    const TimeFeatureScaler& scaler = extractor.timeScaler();
    std::array<double, 4> mean{};
    std::array<double, 4> scale{};
    for (int f = 0; f < 4; ++f) {
        mean[static_cast<std::size_t>(f)] = scaler.mean(f);
        scale[static_cast<std::size_t>(f)] = scaler.scale(f);
    }
    for (std::size_t s = finalizedSpans_; s < spanName.size(); ++s) {
        for (std::size_t f = 0; f < 4; ++f)
            spanTime[s][f] = static_cast<float>((spanTime[s][f] - mean[f]) / scale[f]);
        spanStatus[s] = static_cast<std::int8_t>(
            extractor.statuses().indexOf(static_cast<StatusClass>(spanStatus[s])));
    }
    finalizedSpans_ = spanName.size();

    for (std::size_t n = tokenizedNames_; n < names.size(); ++n)
        names[n].tokens = extractor.spanTokens(names[n].service, names[n].operation);
    tokenizedNames_ = names.size();
}

void EmbeddingCorpus::clearTraces()
{
    traces.clear();
    spanName.clear();
    spanTime.clear();
    spanStatus.clear();
    edges.clear();
    finalizedSpans_ = 0;
}

std::vector<std::uint64_t> EmbeddingCorpus::pathIds() const
{
    std::vector<std::uint64_t> ids;
    ids.reserve(traces.size());
    for (const CorpusTrace& trace : traces)
        ids.push_back(trace.pathId);
    return ids;
}

std::vector<std::int64_t> EmbeddingCorpus::latencies() const
{
    std::vector<std::int64_t> values;
    values.reserve(traces.size());
    for (const CorpusTrace& trace : traces)
        values.push_back(trace.latencyNs);
    return values;
}

} // namespace tracemark::ml
