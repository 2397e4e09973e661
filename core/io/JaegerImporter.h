#pragma once
// Jaeger JSON: the query API / UI download ({"data":[trace...]}), a single trace object, a bare
// array of traces or of spans (the anonymizer's output), single span documents (Elasticsearch),
// the Jaeger domain model JSON (base64 ids, RFC 3339 times, "5000ns" durations, embedded
// processes) and NDJSON of any of these. gzip is read transparently.
//
// Mapping: parent = the first CHILD_OF reference within the same trace, else the first
// FOLLOWS_FROM (recorded as attribute ref.type=FOLLOWS_FROM), else the legacy parentSpanID.
// Status from http.status_code / http.response.status_code, rpc.grpc.status_code, error and
// otel.status_code (see StatusEvidence in TagEvidence.h); kind from span.kind; instance from the process
// tags k8s.pod.name, hostname, host.name, service.instance.id or ip. Other span tags become
// attributes; span logs become LogRecords. The sink gets endTrace() after each trace object.
#include "core/io/Importer.h"

#include <string_view>

namespace tracemark {

class JaegerImporter final : public Importer {
public:
    SourceFormat format() const override { return SourceFormat::Jaeger; }
    void import(const std::filesystem::path& path, ImportSink& sink, Progress& progress) override;
};

// Cheap check on the first bytes of a file (any prefix, e.g. 64 KB, possibly cut mid-document):
// a Jaeger span has "operationName" and "traceID"/"traceId"/"spanID"/"spanId" keys, and the text is
// not OTLP (which names spans "name").
bool looksLikeJaegerJson(std::string_view firstBytes);

} // namespace tracemark
