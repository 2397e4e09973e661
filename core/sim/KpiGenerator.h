#pragma once
// KPIs per service instance per metric interval, derived from the simulated traffic plus noise
// plus the fault effects: cpu_usage (%), memory_usage (MiB), request_rate (1/s), error_rate
// (failed share of requests) and latency_p90_ms. A sample stamped t describes [t - interval, t)
// (a scrape at the end of the interval); intervals are emitted in time order as the trace
// stream passes them, so memory stays bounded however long the run.
#include "core/model/ImportSink.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/LatencyHistogram.h"
#include "core/sim/Random.h"
#include "core/sim/Topology.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace tracemark::sim {

class KpiGenerator {
public:
    KpiGenerator(const Topology& topology, const FaultPlan& faults, std::uint64_t seed, std::int64_t startNs,
        std::int64_t intervalNs, double tracesPerSecond);

    // One request served by `instance` (a server execution, also for the uninstrumented datastore).
    void recordRequest(int instance, std::int64_t startNs, std::int64_t durationNs, bool failed);
    // Emits every interval that ends at or before nowNs. The caller promises that no request
    // recorded later starts before nowNs (traces are generated in arrival order).
    void advanceTo(std::int64_t nowNs, ImportSink& sink);
    // Emits the remaining intervals up to and including the one holding endNs.
    void finish(std::int64_t endNs, ImportSink& sink);

private:
    struct InstanceCounters {
        std::uint32_t requests = 0;
        std::uint32_t errors = 0;
        LatencyHistogram latency;
    };
    using Window = std::vector<InstanceCounters>;

    void emitFront(ImportSink& sink);
    Window& windowAt(std::int64_t timeNs);
    double memoryMiB(int instance, std::int64_t atNs, double loadRatio);

    const Topology& topology_;
    const FaultPlan& faults_;
    Rng rng_;
    std::int64_t intervalNs_;
    std::int64_t frontStartNs_; // start of windows_.front()
    std::deque<Window> windows_;
    std::vector<double> expectedRequests_; // per instance per interval at the mean rate
    std::vector<double> memoryPhase_; // per instance, so replicas do not move in lockstep
};

} // namespace tracemark::sim
