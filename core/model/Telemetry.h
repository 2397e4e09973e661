#pragma once
// Logs, KPI samples and ground truth that come with traces in the research datasets.
#include <cstdint>
#include <string>

namespace tracemark {

struct LogRecord {
    std::int64_t timeNs = 0;
    std::string service;
    std::string instance;
    std::string traceId; // empty when the line is not joined to a trace
    std::string spanId;
    std::string severity; // "INFO", "ERROR", ... as found; empty when unknown
    std::string message;
};

// One KPI observation of one service instance (CPU, memory, latency percentile ...).
struct MetricSample {
    std::int64_t timeNs = 0;
    std::string service;
    std::string instance;
    std::string name;
    double value = 0.0;
};

// Per-trace truth shipped with a dataset (DeepTraLog, the simulator). Never a human label:
// only the evaluation oracle and scorers read it.
struct TraceGroundTruth {
    std::string traceId;
    bool abnormal = false;
    std::string faultType; // "normal", "F05-01", "delay" ...
    std::string source;    // dataset it came from
};

// A fault injected into the system (Nezha fault lists, the simulator).
struct FaultInjection {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0; // 0 = not recorded
    std::string service;
    std::string instance;
    std::string faultType; // "network_delay", "cpu_contention", "return", ...
    std::string source;
    std::string detail;
};

} // namespace tracemark
