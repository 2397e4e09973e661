#pragma once
// Where importers and the simulator put what they read. The workspace implements it inside one
// transaction (all or nothing); tests implement it with plain vectors.
#include "core/model/Span.h"
#include "core/model/Telemetry.h"

#include <string>
#include <string_view>

namespace tracemark {

class ImportSink {
public:
    virtual ~ImportSink() = default;

    virtual void addSpan(Span&& span) = 0;
    // Optional hint: no more spans of this trace will come in this import, so the sink may
    // finish it (derive features, write it) now instead of holding it until the end.
    virtual void endTrace(std::string_view /*traceId*/) {}
    virtual void addLog(LogRecord&& record) = 0;
    virtual void addMetric(MetricSample&& sample) = 0;
    virtual void addTraceGroundTruth(TraceGroundTruth&& truth) = 0;
    virtual void addFaultInjection(FaultInjection&& fault) = 0;
    // Something worth telling the user that does not stop the import (skipped rows, ...).
    virtual void warn(const std::string& /*message*/) {}
};

} // namespace tracemark
