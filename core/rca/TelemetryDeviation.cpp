#include "core/rca/TelemetryDeviation.h"

#include "core/store/Database.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace tracemark {
namespace {

constexpr double kNsPerMinute = 60e9;
constexpr const char* kErrorLine =
    "(severity IN ('ERROR', 'FATAL', 'CRITICAL') OR ((severity IS NULL OR severity = '') AND "
    "(lower(message) LIKE '%error%' OR lower(message) LIKE '%exception%')))";

} // namespace

TelemetryDeviation::TelemetryDeviation(Database& db, std::vector<TimeWindow> baseline)
    : db_(db)
    , baseline_(std::move(baseline))
    , seriesMomentsQuery_(db_.prepare("SELECT COUNT(*), TOTAL(value), TOTAL(value * value) FROM metric_samples "
                                      "WHERE series_id = ? AND time_ns >= ? AND time_ns < ?"))
    , errorLinesQuery_(db_.prepare(std::string("SELECT COUNT(*) FROM log_records WHERE service_id = ? AND "
                                               "time_ns >= ? AND time_ns < ? AND ") + kErrorLine))
    , tracedMinutesQuery_(db_.prepare("SELECT COUNT(DISTINCT start_ns / 60000000000) FROM traces WHERE "
                                      "start_ns >= ? AND start_ns < ?"))
{
    Statement series = db_.prepare("SELECT id, service_id FROM metric_series WHERE service_id IS NOT NULL AND "
                                   "name NOT LIKE 'Node%' ORDER BY id");
    while (series.step())
        seriesOfService_[series.int64(1)].push_back(series.int64(0));
    Statement logs = db_.prepare("SELECT DISTINCT service_id FROM log_records WHERE service_id IS NOT NULL");
    while (logs.step())
        hasLogs_[logs.int64(0)] = true;
    if (!baseline_.empty())
        return;
    Statement moments = db_.prepare(
        "SELECT series_id, COUNT(*), SUM(value), SUM(value * value) FROM metric_samples GROUP BY series_id");
    while (moments.step())
        totalMoments_[moments.int64(0)] = {static_cast<double>(moments.int64(1)), moments.real(2), moments.real(3)};
    Statement errors = db_.prepare(std::string("SELECT service_id, COUNT(*) FROM log_records WHERE service_id IS "
                                               "NOT NULL AND ") + kErrorLine + " GROUP BY service_id");
    while (errors.step())
        totalErrorLines_[errors.int64(0)] = errors.int64(1);
    totalTracedMinutes_ = static_cast<double>(
        db_.queryInt64("SELECT COUNT(DISTINCT start_ns / 60000000000) FROM traces"));
}

TelemetryDeviation::Moments TelemetryDeviation::seriesMoments(std::int64_t seriesId, const TimeWindow& window)
{
    Statement& select = seriesMomentsQuery_;
    select.bind(1, seriesId).bind(2, window.startNs).bind(3, window.endNs);
    select.step();
    const Moments moments{static_cast<double>(select.int64(0)), select.real(1), select.real(2)};
    select.reset();
    return moments;
}

std::int64_t TelemetryDeviation::errorLines(std::int64_t serviceId, const TimeWindow& window)
{
    Statement& select = errorLinesQuery_;
    select.bind(1, serviceId).bind(2, window.startNs).bind(3, window.endNs);
    select.step();
    const std::int64_t lines = select.int64(0);
    select.reset();
    return lines;
}

double TelemetryDeviation::tracedMinutes(const TimeWindow& window)
{
    Statement& select = tracedMinutesQuery_;
    select.bind(1, window.startNs).bind(2, window.endNs);
    select.step();
    const double minutes = static_cast<double>(select.int64(0));
    select.reset();
    return minutes;
}

std::optional<double> TelemetryDeviation::kpiDeviation(std::int64_t serviceId, const TimeWindow& period)
{
    const auto found = seriesOfService_.find(serviceId);
    if (found == seriesOfService_.end())
        return std::nullopt;
    std::optional<double> largest;
    for (std::int64_t series : found->second) {
        const Moments inPeriod = seriesMoments(series, period);
        Moments base;
        if (baseline_.empty()) {
            base = totalMoments_[series];
            base.count -= inPeriod.count;
            base.sum -= inPeriod.sum;
            base.squares -= inPeriod.squares;
        } else {
            for (const TimeWindow& window : baseline_)
                base.add(seriesMoments(series, window));
        }
        if (inPeriod.count < 1 || base.count < 1)
            continue;
        const double baseMean = base.sum / base.count;
        const double variance = std::max(0.0, base.squares / base.count - baseMean * baseMean);
        const double spread = std::max({std::sqrt(variance), 0.01 * std::abs(baseMean), 1e-9});
        const double z = std::abs(inPeriod.sum / inPeriod.count - baseMean) / spread;
        largest = std::max(largest.value_or(0.0), z);
    }
    return largest;
}

std::optional<double> TelemetryDeviation::errorLogRatio(std::int64_t serviceId, const TimeWindow& period)
{
    if (!hasLogs_.count(serviceId))
        return std::nullopt;
    const double periodMinutes = std::max(1.0, static_cast<double>(period.endNs - period.startNs) / kNsPerMinute);
    const double periodRate = static_cast<double>(errorLines(serviceId, period)) / periodMinutes;
    double baseLines = 0, baseMinutes = 0;
    if (baseline_.empty()) {
        const auto total = totalErrorLines_.find(serviceId);
        baseLines = static_cast<double>(total == totalErrorLines_.end() ? 0 : total->second)
            - static_cast<double>(errorLines(serviceId, period));
        baseMinutes = totalTracedMinutes_ - tracedMinutes(period);
    } else {
        for (const TimeWindow& window : baseline_) {
            baseLines += static_cast<double>(errorLines(serviceId, window));
            baseMinutes += static_cast<double>(window.endNs - window.startNs) / kNsPerMinute;
        }
    }
    const double baseRate = baseMinutes > 0 ? std::max(0.0, baseLines) / baseMinutes : 0.0;
    return (periodRate + 1.0) / (baseRate + 1.0);
}

} // namespace tracemark
