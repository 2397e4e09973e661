#pragma once
// How far a service's KPIs and error logs in a fault period stray from their baseline.
//
// KPIs: for every metric series of the service (host-level series, whose names start with
// "Node", are skipped: they describe the machine, not the service), z = |period mean - baseline
// mean| / max(baseline std, 1 % of |baseline mean|, 1e-9); the deviation is the largest z.
// Error logs: lines with severity ERROR, FATAL or CRITICAL, or with no severity and "error" or
// "exception" in the message (any case); ratio = (period lines per minute + 1) / (baseline lines
// per minute + 1).
// Baseline: the given windows; without windows, everything outside the period (for logs, per
// minute of the workspace that has traces, so gaps in the recording do not dilute the rate).
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
    TelemetryDeviation(Database& db, std::vector<TimeWindow> baseline);

    // nullopt when the service has no KPI sample in the period or none in the baseline.
    std::optional<double> kpiDeviation(std::int64_t serviceId, const TimeWindow& period);
    // nullopt when the workspace has no log record of the service at all.
    std::optional<double> errorLogRatio(std::int64_t serviceId, const TimeWindow& period);

private:
    struct Moments {
        double count = 0, sum = 0, squares = 0;
        void add(const Moments& other) { count += other.count; sum += other.sum; squares += other.squares; }
    };
    Moments seriesMoments(std::int64_t seriesId, const TimeWindow& window);
    std::int64_t errorLines(std::int64_t serviceId, const TimeWindow& window);
    double tracedMinutes(const TimeWindow& window);

    Database& db_;
    std::vector<TimeWindow> baseline_;
    // Prepared once: each is run per series or service and window.
    Statement seriesMomentsQuery_;
    Statement errorLinesQuery_;
    Statement tracedMinutesQuery_;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> seriesOfService_; // service-level series
    std::unordered_map<std::int64_t, Moments> totalMoments_; // per series, every sample (no windows)
    std::unordered_map<std::int64_t, std::int64_t> totalErrorLines_; // per service (no windows)
    std::unordered_map<std::int64_t, bool> hasLogs_; // per service
    double totalTracedMinutes_ = 0;
};

} // namespace tracemark
