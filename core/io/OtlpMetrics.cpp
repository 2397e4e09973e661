#include "core/io/OtlpMetrics.h"

#include <map>
#include <optional>
#include <vector>

namespace tracemark::otlp {

using namespace json;

namespace {

void readQuantiles(JsonInput& in, od::value list, std::vector<std::pair<std::string, double>>& out)
{
    for (auto entry : getArray(in, list, "quantileValues")) {
        std::string quantile = "0";
        double value = 0;
        od::object obj = getObject(in, entry.value(), "quantileValues");
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            if (k == "quantile")
                quantile = getText(in, f.value());
            else if (k == "value")
                value = getDouble(in, f.value(), "quantileValues.value");
        }
        out.emplace_back(std::move(quantile), value);
    }
}

// single: a gauge/sum point (one value); otherwise a distribution (count, sum, quantiles).
void readDataPoint(JsonInput& in, od::value point, const std::string& name, bool single,
    const Resource& resource, ImportSink& sink)
{
    const char* where = in.positionOf(point);
    od::object obj = getObject(in, point, "dataPoints");
    std::int64_t time = 0;
    std::int64_t startTime = 0;
    std::optional<double> value, count, sum;
    std::map<std::string, std::string> labels;
    std::vector<std::pair<std::string, double>> quantiles;
    for (auto fieldResult : obj) {
        od::field f = fieldOf(fieldResult);
        const std::string_view k = f.unescaped_key().value();
        od::value v = f.value();
        if (isNull(v))
            continue;
        if (k == "timeUnixNano")
            time = getInt64(in, v, k);
        else if (k == "startTimeUnixNano")
            startTime = getInt64(in, v, k);
        else if (k == "asDouble" || k == "asInt")
            value = getDouble(in, v, k);
        else if (k == "count")
            count = getDouble(in, v, k);
        else if (k == "sum")
            sum = getDouble(in, v, k);
        else if (k == "attributes")
            readAttributes(
                in, v, [&](std::string key, std::string text) { labels[std::move(key)] = std::move(text); });
        else if (k == "quantileValues")
            readQuantiles(in, v, quantiles);
    }
    if (time == 0)
        time = startTime;
    if (time == 0)
        in.fail(where, "timeUnixNano", "", "missing from a data point of metric '" + name + "'");
    std::string suffix;
    for (const auto& [key, text] : labels)
        suffix += (suffix.empty() ? "{" : ",") + key + "=" + text;
    if (!suffix.empty())
        suffix += '}';
    auto emit = [&](const std::string& metric, double x) {
        MetricSample sample;
        sample.timeNs = time;
        sample.service = resource.service;
        sample.instance = resource.instance;
        sample.name = metric + suffix;
        sample.value = x;
        sink.addMetric(std::move(sample));
    };
    if (single) {
        if (value)
            emit(name, *value);
        return;
    }
    if (count)
        emit(name + ".count", *count);
    if (sum)
        emit(name + ".sum", *sum);
    for (const auto& [q, x] : quantiles)
        emit(name + ".q" + q, x);
}

} // namespace

void readMetric(JsonInput& in, od::value metric, const Resource& resource, ImportSink& sink)
{
    const char* where = in.positionOf(metric);
    od::object obj = getObject(in, metric, "metrics");
    std::string name;
    if (auto n = findField(obj, "name"))
        name = std::string(getString(in, *n, "name"));
    if (name.empty())
        in.fail(where, "name", "", "missing from a metric");
    for (const char* kind : { "gauge", "sum", "histogram", "exponentialHistogram", "summary" }) {
        auto data = findField(obj, kind);
        if (!data)
            continue;
        od::object dataObj = getObject(in, *data, kind);
        auto points = findField(dataObj, "dataPoints");
        if (!points)
            return;
        const bool single = std::string_view(kind) == "gauge" || std::string_view(kind) == "sum";
        for (auto point : getArray(in, *points, "dataPoints"))
            readDataPoint(in, point.value(), name, single, resource, sink);
        return;
    }
}

} // namespace tracemark::otlp
