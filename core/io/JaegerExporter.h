#pragma once
// Writes traces as Jaeger query JSON ({"data":[trace...],"total":N,"limit":0,"offset":0,
// "errors":null}), the format the Jaeger UI loads ("JSON File" upload) and JaegerImporter reads
// back to the same spans: ids, parents, services, instances, operations, start and duration
// (truncated to the µs, as Jaeger's own OTLP conversion does), kinds and status classes.
//
// Per trace, one process per (service, instance), instance as process tag "hostname". Span tags:
// span.kind; the status code as http.status_code (100-599) or rpc.grpc.status_code (0-16);
// error=true when the status is not Ok; tracemark.status_class when the class could not be
// recovered from those (e.g. a client_error without a code); the span's attributes as string
// tags; and on root spans the trace's label (tracemark.label, tracemark.label_source,
// tracemark.label_confidence) when labeled. Log records joined to a span become its logs
// (fields "message" and "level").
#include "core/common/Progress.h"
#include "core/model/Label.h"
#include "core/model/Span.h"
#include "core/model/Telemetry.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tracemark {

class Workspace;

struct JaegerExportOptions {
    bool includeLabels = true; // label tags on each labeled trace's root spans
    bool includeLogs = true; // span logs from the workspace's log records
};

struct JaegerTraceLabel {
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource source = LabelSource::Human;
    double confidence = 0.0;
};

// Streams the JSON to `out`, one trace at a time; nothing is buffered beyond one trace.
class JaegerJsonWriter {
public:
    explicit JaegerJsonWriter(std::ostream& out, JaegerExportOptions options = {});
    // Spans of one trace (any order); logs whose spanId names one of them become its span logs.
    void writeTrace(const std::vector<Span>& spans, const std::vector<LogRecord>& logs = {},
        const std::optional<JaegerTraceLabel>& label = std::nullopt);
    // Closes the document; call once after the last trace.
    void finish();
    std::int64_t tracesWritten() const { return traces_; }

private:
    std::ostream& out_;
    JaegerExportOptions options_;
    std::int64_t traces_ = 0;
    bool finished_ = false;
    std::string buffer_;
};

// Exports every trace of the workspace (in start-time order) to `out`. Writes `<out>.tmp` and
// renames it, so a failure or a cancellation never leaves a half-written `out`. Throws IoError,
// Cancelled.
void exportJaegerJson(Workspace& workspace, const std::filesystem::path& out, Progress& progress,
    const JaegerExportOptions& options = {});

} // namespace tracemark
