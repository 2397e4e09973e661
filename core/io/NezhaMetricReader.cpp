// Nezha KPIs, one row per minute:
//   metric/<pod>_metric.csv: Time,TimeStamp,PodName,CpuUsage(m),...,NodeNetworkReceiveBytes
//   metric/front_service.csv: Time,TimeStamp,ServiceName,SuccessRate(%),LatencyP50(s),...
// Every numeric column becomes one MetricSample named after its header; TimeStamp is in epoch
// seconds (Time is the same instant as text). An empty or NaN cell is a missing observation
// (the published files write NaN for a latency percentile of a minute without requests) and
// gives no sample.
#include "core/io/CsvReader.h"
#include "core/io/NezhaReaders.h"

#include <cmath>
#include <vector>

namespace tracemark {

void readNezhaMetricFile(const std::filesystem::path& file, NezhaImportState& state)
{
    CsvReader csv(file);
    const std::size_t cTimeStamp = csv.requireColumn("TimeStamp");
    const auto cPod = csv.column("PodName");
    const auto cService = csv.column("ServiceName");
    if (!cPod && !cService)
        csv.requireColumn("PodName"); // throws, naming the header that was found

    std::vector<std::size_t> valueColumns;
    std::string columnSet; // part of the repeat key: one entity's rows from different kinds of file differ
    for (std::size_t i = 0; i < csv.header().size(); ++i) {
        const std::string& name = csv.header()[i];
        if (name == "Time" || i == cTimeStamp || (cPod && i == *cPod) || (cService && i == *cService))
            continue;
        valueColumns.push_back(i);
        columnSet += name;
        columnSet += ',';
    }

    state.progress.beginFile(file, "metrics");
    MetricSample sample;
    while (csv.next()) {
        state.progress.tick([&] { return csv.fractionRead(); });
        const std::string& entity = csv.field(cPod ? *cPod : *cService);
        if (!state.metricKeys.firstTime({ entity, csv.field(cTimeStamp), columnSet })) {
            ++state.repeatedMetricRows;
            continue;
        }
        const std::int64_t seconds = csv.int64At(cTimeStamp);
        if (seconds < 0 || seconds > 9'000'000'000LL)
            throw ParseError(csv.location(), csv.header()[cTimeStamp], csv.field(cTimeStamp),
                "not a plausible epoch time in seconds");
        const std::int64_t timeNs = seconds * 1'000'000'000;
        const std::string& service = cPod ? state.serviceOfPod(entity) : entity;
        for (std::size_t column : valueColumns) {
            if (csv.field(column).empty())
                continue;
            const double value = csv.doubleAt(column);
            if (!std::isfinite(value))
                continue;
            // Refilled for every sample (see readNezhaTraceFile): every field is assigned again.
            sample.timeNs = timeNs;
            sample.service = service;
            if (cPod)
                sample.instance = entity;
            else
                sample.instance.clear();
            sample.name = csv.header()[column];
            sample.value = value;
            state.sink.addMetric(std::move(sample));
        }
    }
    state.progress.endFile();
}

} // namespace tracemark
