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
    double tracesPerSecond = 50.0;                      // mean arrival rate (modulated by the diurnal load)
    std::int64_t faultDurationNs = 300LL * 1000000000LL;
    bool emitLogs = true;
    bool emitMetrics = true;
    std::int64_t metricIntervalNs = 60LL * 1000000000LL;
};

class Simulator {
public:
    explicit Simulator(SimulationConfig config);
    // Streams everything into the sink: spans (with endTrace() after each trace), logs, metric
    // samples, one TraceGroundTruth per trace and one FaultInjection per fault.
    void run(ImportSink& sink, Progress& progress);
    const SimulationConfig& config() const { return config_; }

private:
    SimulationConfig config_;
};

} // namespace tracemark
