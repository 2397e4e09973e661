#include "core/rca/TelemetryDeviation.h"

#include "core/common/Median.h"
#include "core/store/Database.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tracemark {
namespace {

constexpr double kNsPerMinute = 60e9;
constexpr const char* kErrorLine =
    "(severity IN ('ERROR', 'FATAL', 'CRITICAL') OR ((severity IS NULL OR severity = '') AND "
    "(lower(message) LIKE '%error%' OR lower(message) LIKE '%exception%')))";

} // namespace

TelemetryDeviation::TelemetryDeviation(Database& db, std::vector<TimeWindow> baseline, std::int64_t kpiLookbackNs)
    : db_(db)
    , baseline_(std::move(baseline))
    , kpiLookbackNs_(kpiLookbackNs)
    , samplesQuery_(db_.prepare("SELECT value FROM metric_samples WHERE series_id = ? AND time_ns >= ? AND time_ns < ?"))
{
    Statement series = db_.prepare("SELECT id, service_id FROM metric_series WHERE service_id IS NOT NULL AND "
                                   "name NOT LIKE 'Node%' AND (name LIKE '%cpu%' OR name LIKE '%mem%') ORDER BY id");
    while (series.step())
        seriesOfService_[series.int64(1)].push_back(series.int64(0));
    Statement logs = db_.prepare("SELECT DISTINCT service_id FROM log_records WHERE service_id IS NOT NULL");
    while (logs.step())
        hasLogs_[logs.int64(0)] = true;
    Statement errors = db_.prepare(std::string("SELECT service_id, time_ns FROM log_records WHERE service_id IS "
                                               "NOT NULL AND ") + kErrorLine);
    while (errors.step())
        errorLineTimes_[errors.int64(0)].push_back(errors.int64(1));
    for (auto& entry : errorLineTimes_)
        std::sort(entry.second.begin(), entry.second.end());
    Statement minutes = db_.prepare("SELECT DISTINCT start_ns / 60000000000 FROM traces ORDER BY 1");
    while (minutes.step())
        tracedMinutes_.push_back(minutes.int64(0));
}

std::vector<std::int64_t> TelemetryDeviation::servicesWithTelemetry() const
{
    std::vector<std::int64_t> services;
    for (const auto& entry : seriesOfService_)
        services.push_back(entry.first);
    for (const auto& entry : hasLogs_)
        services.push_back(entry.first);
    std::sort(services.begin(), services.end());
    services.erase(std::unique(services.begin(), services.end()), services.end());
    return services;
}

void TelemetryDeviation::appendSamples(std::int64_t seriesId, const TimeWindow& window, std::vector<double>& values)
{
    Statement& select = samplesQuery_;
    select.bind(1, seriesId).bind(2, window.startNs).bind(3, window.endNs);
    while (select.step())
        values.push_back(select.real(0));
    select.reset();
}

std::int64_t TelemetryDeviation::errorLines(std::int64_t serviceId, const TimeWindow& window) const
{
    const auto found = errorLineTimes_.find(serviceId);
    if (found == errorLineTimes_.end())
        return 0;
    const std::vector<std::int64_t>& times = found->second;
    return std::lower_bound(times.begin(), times.end(), window.endNs) -
           std::lower_bound(times.begin(), times.end(), window.startNs);
}

double TelemetryDeviation::tracedMinutes(const TimeWindow& window) const
{
    // Minutes with traces that overlap the window (trace times are after 1970, so positive).
    constexpr std::int64_t kMinute = 60000000000;
    const auto first = std::lower_bound(tracedMinutes_.begin(), tracedMinutes_.end(), window.startNs / kMinute);
    const auto last = std::lower_bound(first, tracedMinutes_.end(), (window.endNs + kMinute - 1) / kMinute);
    return static_cast<double>(last - first);
}

std::optional<double> TelemetryDeviation::kpiDeviation(std::int64_t serviceId, const TimeWindow& period)
{
    const auto found = seriesOfService_.find(serviceId);
    if (found == seriesOfService_.end())
        return std::nullopt;
    constexpr std::size_t kMinimumBaseline = 3;
    std::optional<double> largest;
    std::vector<double> inPeriod, base;
    for (std::int64_t series : found->second) {
        inPeriod.clear();
        base.clear();
        appendSamples(series, period, inPeriod);
        if (inPeriod.empty())
            continue;
        appendSamples(series, {period.startNs - kpiLookbackNs_, period.startNs}, base);
        if (base.size() < kMinimumBaseline) {
            base.clear();
            if (baseline_.empty()) {
                appendSamples(series, {std::numeric_limits<std::int64_t>::min(), period.startNs}, base);
                appendSamples(series, {period.endNs, std::numeric_limits<std::int64_t>::max()}, base);
            }
            for (const TimeWindow& window : baseline_)
                appendSamples(series, window, base);
        }
        if (base.empty())
            continue;
        const double median = medianInPlace(base);
        for (double& value : base)
            value = std::abs(value - median);
        const double spread = std::max({1.4826 * medianInPlace(base), 0.05 * std::abs(median), 1e-9});
        double mean = 0;
        for (const double value : inPeriod)
            mean += value;
        mean /= static_cast<double>(inPeriod.size());
        largest = std::max(largest.value_or(0.0), std::max(0.0, (mean - median) / spread));
    }
    return largest;
}

std::optional<double> TelemetryDeviation::errorLogExcess(std::int64_t serviceId, const TimeWindow& period)
{
    if (!hasLogs_.count(serviceId))
        return std::nullopt;
    const double periodMinutes = static_cast<double>(period.endNs - period.startNs) / kNsPerMinute;
    const double periodLines = static_cast<double>(errorLines(serviceId, period));
    double baseLines = 0, baseMinutes = 0;
    if (baseline_.empty()) {
        const auto total = errorLineTimes_.find(serviceId);
        baseLines = static_cast<double>(total == errorLineTimes_.end() ? 0 : total->second.size()) - periodLines;
        baseMinutes = static_cast<double>(tracedMinutes_.size()) - tracedMinutes(period);
    } else {
        for (const TimeWindow& window : baseline_) {
            baseLines += static_cast<double>(errorLines(serviceId, window));
            baseMinutes += static_cast<double>(window.endNs - window.startNs) / kNsPerMinute;
        }
    }
    const double expected = baseMinutes > 0 ? std::max(0.0, baseLines) / baseMinutes * periodMinutes : 0.0;
    return (periodLines - expected) / std::sqrt(expected + 1.0);
}

} // namespace tracemark
