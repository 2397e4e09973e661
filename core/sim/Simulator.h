#pragma once
// A deterministic generator of a realistic microservice system (an Online-Boutique-like shop by
// default) that emits traces, logs and KPIs and injects faults with ground truth. The same
// config and seed always give the same output, byte for byte.
#include "core/common/Progress.h"
#include "core/model/ImportSink.h"

#include <cstdint>
#include <vector>

namespace tracemark {

struct SimulationConfig {
    std::uint64_t traces = 10000;
    int faults = 5;
    std::uint64_t seed = 1;
    std::int64_t startNs = 1767225600LL * 1000000000LL; // 2026-01-01T00:00:00Z
    double tracesPerSecond = 50.0; // mean arrival rate (modulated by the diurnal load)
    std::int64_t faultDurationNs = 300LL * 1000000000LL;
    bool emitLogs = true;
    bool emitMetrics = true;
    std::int64_t metricIntervalNs = 60LL * 1000000000LL;
    // Chance that a handler writes an INFO line; the frontend always writes one access line per
    // request, WARN/ERROR lines come with every failure and retry. 0.1 gives ~2 lines per trace.
    double infoLogProbability = 0.1;
};

// What a run produced (for the CLI's closing line and for benchmarks).
struct SimulationSummary {
    std::uint64_t traces = 0;
    std::uint64_t spans = 0;
    std::uint64_t abnormalTraces = 0;
    int faults = 0;
    std::int64_t firstArrivalNs = 0;
    std::int64_t lastEndNs = 0; // end of the last span or fault
};

class Simulator {
public:
    explicit Simulator(SimulationConfig config);
    // Streams everything into the sink: spans (with endTrace() after each trace), logs, metric
    // samples, one TraceGroundTruth per trace and one FaultInjection per fault.
    // Order: warnings and all FaultInjections first; then per trace its spans, endTrace(), its
    // log lines and its ground truth, with KPI samples and fault background logs interleaved in
    // time order; the remaining KPI intervals last. Memory use does not grow with the trace count.
    // Ground truth: a trace is abnormal when a fault's effect actually reached it: delay or cpu,
    // served by the faulty instance during the window; memory, served there once the leak nears
    // the limit (the last ~half of the window); error, a request there failed because of the
    // fault; structural, the instance left a call out; pod_failure, a call to the dead pod was
    // refused. Natural slow outliers and transient, retried errors stay "normal".
    // Throws UsageError for an impossible config, Cancelled when the progress is cancelled.
    void run(ImportSink& sink, Progress& progress);
    const SimulationConfig& config() const { return config_; }
    // Filled by run().
    const SimulationSummary& summary() const { return summary_; }

private:
    SimulationConfig config_;
    SimulationSummary summary_;
};

} // namespace tracemark
