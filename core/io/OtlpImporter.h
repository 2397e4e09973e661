#pragma once
// OpenTelemetry OTLP/JSON (the protobuf JSON mapping of ExportTrace/Logs/MetricsServiceRequest,
// as the collector's file exporter and OTLP/HTTP write it), one document or NDJSON; gzip is read
// transparently. Each document is dispatched on its top-level key:
//   resourceSpans   -> spans (scopeSpans or the older instrumentationLibrarySpans); span events
//                      become LogRecords ("name key=value ..."; severity ERROR for "exception")
//   resourceLogs    -> LogRecords (body as text, severityText or one derived from severityNumber)
//   resourceMetrics -> MetricSamples: gauge and sum points as they are; histogram, exponential
//                      histogram and summary points as <name>.count and <name>.sum (summary
//                      quantiles as <name>.q<quantile>). Point attributes are appended to the
//                      name in sorted order, "name{key=value,...}", so distinct series stay distinct.
// Service from resource attribute service.name ("unknown_service", OpenTelemetry's default, when
// absent); instance from k8s.pod.name, host.name or
// service.instance.id. Trace/span ids may be hex (OTLP/JSON) or base64 (plain protobuf JSON);
// both are stored as lower-case hex. Times may be strings or numbers. Status: status.code ERROR
// (2 or "STATUS_CODE_ERROR") plus http.status_code / http.response.status_code /
// rpc.grpc.status_code attributes (see StatusEvidence in TagEvidence.h); status.message is kept as attribute
// otel.status_description. OTLP batches do not delimit traces, so endTrace() is not called.
#include "core/io/Importer.h"

#include <string_view>

namespace tracemark {

class OtlpImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::Otlp; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

// Cheap check on the first bytes of a file: the first key is resourceSpans, resourceLogs or
// resourceMetrics.
bool looksLikeOtlpJson(std::string_view firstBytes);

} // namespace tracemark
