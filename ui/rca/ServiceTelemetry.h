#pragma once
// What the details panel shows of one service beyond the evidence: its instances (for the
// root-cause form) and its KPI series around a period (for the sparklines).
#include "core/rca/TelemetryDeviation.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace tracemark {

struct KpiSeries {
    std::string name;
    std::string instance;
    std::vector<std::pair<std::int64_t, double>> points; // (time ns, value), by time
    bool resource = false; // a CPU or memory series, the kind the ranking scores
};

struct ServiceTelemetry {
    std::string service;
    std::vector<std::string> instances; // from spans and KPI series, by name
    std::vector<KpiSeries> kpis;        // resource series first, then by name and instance
};

// Reads the service's instances and, for at most `maxSeries` series, the samples in `window`
// (averaged down to at most `maxPoints` per series). Call it on a background connection.
ServiceTelemetry readServiceTelemetry(Workspace& workspace, const std::string& service, const TimeWindow& window,
    int maxSeries = 6, int maxPoints = 120);

} // namespace tracemark
