#pragma once
// Log lines that faults cause outside any trace: a CPU-starved instance reporting throttling,
// a leaking one reporting GC and memory pressure, a dead pod failing its probes. Written every
// `period` during the fault and emitted as the trace stream passes their time.
#include "core/model/ImportSink.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/LogGenerator.h"
#include "core/sim/Random.h"

#include <cstdint>

namespace tracemark::sim {

class FaultBackgroundLogs {
public:
    FaultBackgroundLogs(const Topology& topology, const FaultPlan& faults, const LogGenerator& logs,
        std::uint64_t seed, std::int64_t periodNs = 10LL * 1000000000LL);

    // Emits every background line stamped before nowNs that was not emitted yet.
    void emitUntil(std::int64_t nowNs, ImportSink& sink);

private:
    void emitOne(const PlannedFault& fault, std::int64_t timeNs, ImportSink& sink);
    bool hasBackground(const PlannedFault& fault) const;
    void skipQuietFaults();

    const Topology& topology_;
    const FaultPlan& faults_;
    const LogGenerator& logs_;
    Rng rng_;
    std::int64_t periodNs_;
    std::size_t faultIndex_ = 0;
    std::int64_t nextNs_ = 0; // time of the next line of faults_[faultIndex_]
};

} // namespace tracemark::sim
