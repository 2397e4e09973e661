#pragma once
// How far a service's KPIs and error logs in a fault period stray from their baseline.
//
// KPIs: the service's resource series only (names containing "cpu" or "mem", any case; host-level
// series, whose names start with "Node", are skipped: they describe the machine). CPU or memory
// saturation is the service's own, while latency, request-rate and success KPIs follow its
// callees, which the trace evidence already covers. Baseline: the series' samples in the
// lookback before the period (default 20 minutes); with fewer than 3 there, the baseline windows,
// or every sample outside the period. z = (period mean - baseline median) / max(1.4826 * MAD,
// 5 % of |median|, 1e-9), upward only (below the median counts as 0); the deviation is the
// largest z. Median and MAD, not mean and std, so one earlier spike does not hide the next.
// Error logs: lines with severity ERROR, FATAL or CRITICAL, or with no severity and "error" or
// "exception" in the message (any case); excess = (period lines - expected) / sqrt(expected + 1),
// expected = the baseline's lines per minute times the period's minutes (a Poisson z: 20 lines
// where none are expected is far stronger evidence than 2 where none are).
// Log baseline: the given windows; without windows, everything outside the period (per minute of
// the workspace that has traces, so gaps in the recording do not dilute the rate).
#include "core/store/Database.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tracemark {

// Half-open [start, end).
struct TimeWindow {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
};

class TelemetryDeviation {
public:
    TelemetryDeviation(Database& db, std::vector<TimeWindow> baseline, std::int64_t kpiLookbackNs);

    // Services with a resource KPI series or a log record, ascending.
    std::vector<std::int64_t> servicesWithTelemetry() const;

    // nullopt when the service has no KPI sample in the period or none in the baseline.
    std::optional<double> kpiDeviation(std::int64_t serviceId, const TimeWindow& period);
    // nullopt when the workspace has no log record of the service at all.
    std::optional<double> errorLogExcess(std::int64_t serviceId, const TimeWindow& period);

private:
    void appendSamples(std::int64_t seriesId, const TimeWindow& window, std::vector<double>& values);
    std::int64_t errorLines(std::int64_t serviceId, const TimeWindow& window) const;
    double tracedMinutes(const TimeWindow& window) const;

    Database& db_;
    std::vector<TimeWindow> baseline_;
    std::int64_t kpiLookbackNs_ = 0;
    // Prepared once: each is run per series or service and window.
    Statement samplesQuery_;

    std::unordered_map<std::int64_t, std::vector<std::int64_t>> seriesOfService_; // resource series
    // Read once: error lines are rare, so their times are kept per service, sorted; and the
    // minutes that have traces, sorted.
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> errorLineTimes_;
    std::unordered_map<std::int64_t, bool> hasLogs_; // per service
    std::vector<std::int64_t> tracedMinutes_;
};

} // namespace tracemark
