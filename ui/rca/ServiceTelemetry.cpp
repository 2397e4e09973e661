#include "ui/rca/ServiceTelemetry.h"

#include <algorithm>
#include <cctype>

namespace tracemark {

namespace {

// The series TelemetryDeviation scores: names with "cpu" or "mem", host-level "Node*" left out.
bool isResourceSeries(const std::string& name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return name.rfind("Node", 0) != 0
        && (lower.find("cpu") != std::string::npos || lower.find("mem") != std::string::npos);
}

std::vector<std::pair<std::int64_t, double>> averagedDown(std::vector<std::pair<std::int64_t, double>> points,
    int maxPoints)
{
    const std::size_t limit = static_cast<std::size_t>(std::max(maxPoints, 2));
    if (points.size() <= limit)
        return points;
    std::vector<std::pair<std::int64_t, double>> out;
    const std::size_t per = (points.size() + limit - 1) / limit;
    for (std::size_t i = 0; i < points.size(); i += per) {
        const std::size_t end = std::min(points.size(), i + per);
        double sum = 0;
        for (std::size_t j = i; j < end; ++j)
            sum += points[j].second;
        out.emplace_back(points[(i + end - 1) / 2].first, sum / static_cast<double>(end - i));
    }
    return out;
}

} // namespace

ServiceTelemetry readServiceTelemetry(Workspace& workspace, const std::string& service, const TimeWindow& window,
    int maxSeries, int maxPoints)
{
    ServiceTelemetry telemetry;
    telemetry.service = service;
    Database& db = workspace.database();
    Statement instances = db.prepare(
        "SELECT i.name FROM instances i JOIN services s ON s.id = i.service_id WHERE s.name = ?1 UNION "
        "SELECT m.instance FROM metric_series m JOIN services s ON s.id = m.service_id WHERE s.name = ?1 "
        "AND m.instance <> '' ORDER BY 1");
    instances.bind(1, service);
    while (instances.step())
        telemetry.instances.push_back(instances.text(0));

    Statement series = db.prepare("SELECT m.id, m.name, m.instance FROM metric_series m JOIN services s ON s.id = "
                                  "m.service_id WHERE s.name = ? ORDER BY m.name, m.instance");
    series.bind(1, service);
    std::vector<std::pair<std::int64_t, KpiSeries>> found;
    while (series.step()) {
        KpiSeries kpi;
        kpi.name = series.text(1);
        kpi.instance = series.text(2);
        kpi.resource = isResourceSeries(kpi.name);
        found.emplace_back(series.int64(0), std::move(kpi));
    }
    std::stable_partition(found.begin(), found.end(), [](const auto& entry) { return entry.second.resource; });
    if (found.size() > static_cast<std::size_t>(std::max(maxSeries, 0)))
        found.resize(static_cast<std::size_t>(std::max(maxSeries, 0)));
    Statement samples = db.prepare(
        "SELECT time_ns, value FROM metric_samples WHERE series_id = ? AND time_ns >= ? AND time_ns < ? ORDER BY time_ns");
    for (auto& [id, kpi] : found) {
        samples.bind(1, id).bind(2, window.startNs).bind(3, window.endNs);
        std::vector<std::pair<std::int64_t, double>> points;
        while (samples.step())
            points.emplace_back(samples.int64(0), samples.real(1));
        samples.reset();
        kpi.points = averagedDown(std::move(points), maxPoints);
        if (!kpi.points.empty())
            telemetry.kpis.push_back(std::move(kpi));
    }
    return telemetry;
}

} // namespace tracemark
