#pragma once
// Shared by the ml tests: a simulator run turned into an EmbeddingCorpus (fitted features
// included) with each trace's ground-truth label, without going through a workspace.
#include "core/common/Progress.h"
#include "core/graph/TraceGraph.h"
#include "core/model/ImportSink.h"
#include "core/sim/Simulator.h"
#include "ml/train/EmbeddingCorpus.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ml_test {

struct SimulatedCorpus {
    tracemark::ml::EmbeddingCorpus corpus;
    std::optional<tracemark::TraceFeatureExtractor> extractor;
    std::vector<int> abnormal; // per corpus trace: 1 when the simulator says abnormal
};

class CorpusSink : public tracemark::ImportSink {
public:
    explicit CorpusSink(SimulatedCorpus& out) : out_(out) {}
    void addSpan(tracemark::Span&& span) override { pending_[span.traceId].push_back(std::move(span)); }
    void endTrace(std::string_view traceId) override
    {
        auto it = pending_.find(std::string(traceId));
        const auto graph = tracemark::TraceGraph::build(std::move(it->second));
        pending_.erase(it);
        position_[std::string(traceId)] = out_.corpus.size();
        out_.corpus.add(static_cast<std::int64_t>(out_.corpus.size()), graph, &fitter);
        out_.abnormal.push_back(0);
    }
    void addTraceGroundTruth(tracemark::TraceGroundTruth&& truth) override
    {
        out_.abnormal.at(position_.at(truth.traceId)) = truth.abnormal ? 1 : 0;
    }
    void addLog(tracemark::LogRecord&&) override {}
    void addMetric(tracemark::MetricSample&&) override {}
    void addFaultInjection(tracemark::FaultInjection&&) override {}
    void warn(const std::string&) override {}

    tracemark::TraceFeatureFitter fitter;

private:
    SimulatedCorpus& out_;
    std::map<std::string, std::vector<tracemark::Span>> pending_;
    std::map<std::string, std::size_t> position_;
};

inline SimulatedCorpus simulateCorpus(std::uint64_t traces, int faults, std::uint64_t seed)
{
    SimulatedCorpus result;
    tracemark::SimulationConfig config;
    config.traces = traces;
    config.faults = faults;
    config.seed = seed;
    config.emitLogs = false;
    config.emitMetrics = false;
    config.tracesPerSecond = 2.0; // spreads the run so every fault window holds traces
    CorpusSink sink(result);
    tracemark::NullProgress progress;
    tracemark::Simulator(config).run(sink, progress);
    result.extractor = sink.fitter.finish();
    result.corpus.finalize(*result.extractor);
    return result;
}

} // namespace ml_test
