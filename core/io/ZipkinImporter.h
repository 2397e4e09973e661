#pragma once
// Zipkin v2 JSON (the /api/v2/spans and /api/v2/trace formats): an array of spans, several
// arrays, or NDJSON with one span or one array per line; gzip is read transparently.
//
// Spans are grouped by trace; each trace is assembled by assembleZipkinTrace (fragment merging,
// shared client/server spans split into "<id>" and "<id>.server", incomplete spans; see
// ZipkinTraceAssembler.h) and handed to the sink with endTrace() once the file is read.
// Service = localEndpoint.serviceName ("unknown" when absent, as Zipkin's UI shows it);
// instance = localEndpoint ipv4:port; status from http.status_code (and gRPC/OTel tags) and the
// "error" tag, whose presence marks a failure (its text is kept as attribute error.message);
// remoteEndpoint.serviceName becomes attribute peer.service; annotations become LogRecords.
#include "core/io/Importer.h"

#include <string_view>

namespace tracemark {

class ZipkinImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::Zipkin; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

// Cheap check on the first bytes of a file (any prefix, possibly cut mid-document): spans with
// "traceId" and "id" keys and none of Jaeger's "operationName" or OTLP's "spanId".
bool looksLikeZipkinJson(std::string_view firstBytes);

} // namespace tracemark
