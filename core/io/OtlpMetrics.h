#pragma once
// OTLP/JSON metrics -> MetricSamples. INTERNAL: include only from core/io/*.cpp.
//
// Gauge and sum points are emitted as they are; histogram, exponential histogram and summary
// points as <name>.count and <name>.sum, summary quantiles as <name>.q<quantile>. Point
// attributes are appended to the name in key order, "name{key=value,...}", so that distinct
// series stay distinct.
#include "core/io/OtlpValues.h"
#include "core/model/ImportSink.h"

namespace tracemark::otlp {

// One element of scopeMetrics[].metrics[].
void readMetric(json::JsonInput& in, od::value metric, const Resource& resource, ImportSink& sink);

} // namespace tracemark::otlp
