#pragma once
// Generates one trace: picks a request type, walks its call tree (sequential and parallel
// steps, optional branches, loops, client retries), draws latencies, applies whatever fault is
// active where the request goes, and streams spans, logs and the trace's ground truth into the
// sink. Each trace has its own random stream derived from its index, so traces do not depend
// on each other's draws.
#include "core/model/ImportSink.h"
#include "core/sim/DiurnalLoad.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/KpiGenerator.h"
#include "core/sim/LogGenerator.h"
#include "core/sim/Random.h"
#include "core/sim/Topology.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark::sim {

struct GeneratedTrace {
    std::int64_t endNs = 0;
    std::size_t spanCount = 0;
    bool abnormal = false;
    FaultType faultType = FaultType::Delay; // meaningful when abnormal
};

class TraceGenerator {
public:
    // kpis and logs may be null (metrics or logs switched off).
    TraceGenerator(const Topology& topology, const FaultPlan& faults, DiurnalLoad load, KpiGenerator* kpis,
        const LogGenerator* logs);

    GeneratedTrace generate(std::uint64_t traceSeed, std::int64_t startNs, ImportSink& sink);

    // Natural behaviour, so that "abnormal" is neither simply "slow" nor simply "has an error".
    static constexpr double kSlowOutlierRate = 0.00055; // per handler execution: a stall in ~0.5 % of traces
    static constexpr double kTransientErrorRate = 0.0005; // per gRPC handler execution, then retried

private:
    struct Outcome {
        std::int64_t endNs = 0;
        bool failed = false;
        int code = 0; // gRPC code (0 ok, 13 INTERNAL, 14 UNAVAILABLE)
    };

    Outcome serve(const CallNode& node, int instance, std::int64_t startNs, int parentSpan);
    Outcome call(const CallNode& node, int callerInstance, int callerSpan, std::int64_t startNs);
    int openSpan(int parentSpan, int instance, int operation, SpanKind kind, std::int64_t startNs);
    void finishServerSpan(int span, const Operation& op, std::int64_t endNs, const Outcome& outcome);
    void finishClientSpan(int span, int targetInstance, std::int64_t endNs, const Outcome& outcome);
    int pickInstance(int service, int avoid);
    int pickRequestType();
    std::int64_t networkDelayNs();
    void affectedBy(const PlannedFault* fault)
    {
        if (!affected_)
            affected_ = fault;
    }
    // A line joined to the span it was written in; an uninstrumented service (no span) writes
    // lines that carry no trace context.
    LogOrigin origin(int instance, int span, std::int64_t timeNs) const
    {
        if (span < 0)
            return LogOrigin { instance, nullptr, nullptr, timeNs };
        return LogOrigin { instance, &traceId_, &spans_[static_cast<std::size_t>(span)].spanId, timeNs };
    }

    const Topology& topology_;
    const FaultPlan& faults_;
    DiurnalLoad load_;
    KpiGenerator* kpis_;
    const LogGenerator* logs_;
    std::vector<double> cumulativeWeights_;

    // Per-trace state, reused across traces to keep allocations down.
    Rng rng_ { 0 };
    Rng logRng_ { 0 }; // log text only, so switching logs off leaves the spans unchanged
    std::string traceId_;
    std::vector<Span> spans_;
    std::vector<LogRecord> logLines_;
    const PlannedFault* affected_ = nullptr;
};

} // namespace tracemark::sim
