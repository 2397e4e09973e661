// Nezha span CSV: TraceID,SpanID,ParentID,PodName,OperationName,StartTimeUnixNano,EndTimeUnixNano,Duration
// Duration is in microseconds (EndTimeUnixNano - StartTimeUnixNano, floored to whole µs, on
// every row of the published data). Roots have ParentID "root". There is no status column, so
// every span is Ok; the logs joined to it carry its errors.
#include "core/io/CsvReader.h"
#include "core/io/NezhaReaders.h"

#include <cstdint>
#include <limits>

namespace tracemark {

namespace {
constexpr std::int64_t kMaxDurationUs = std::numeric_limits<std::int64_t>::max() / 1000;
}

void readNezhaTraceFile(const std::filesystem::path& file, NezhaImportState& state)
{
    CsvReader csv(file);
    const std::size_t cTrace = csv.requireColumn("TraceID");
    const std::size_t cSpan = csv.requireColumn("SpanID");
    const std::size_t cParent = csv.requireColumn("ParentID");
    const std::size_t cPod = csv.requireColumn("PodName");
    const std::size_t cOperation = csv.requireColumn("OperationName");
    const std::size_t cStart = csv.requireColumn("StartTimeUnixNano");
    const std::size_t cDuration = csv.requireColumn("Duration");

    state.progress.beginFile(file, "traces");
    // One Span is refilled for every row: when the sink does not keep the strings it is given
    // (it copies them into SQLite), their buffers are reused instead of allocated per row.
    // Every field is assigned again, so whatever the sink left in the moved-from Span is replaced.
    Span span;
    while (csv.next()) {
        state.progress.tick([&] { return csv.fractionRead(); });
        const std::string& traceId = csv.field(cTrace);
        const std::string& spanId = csv.field(cSpan);
        if (traceId.empty())
            throw ParseError(csv.location(), "TraceID", "", "empty trace id");
        if (spanId.empty())
            throw ParseError(csv.location(), "SpanID", "", "empty span id");
        if (!state.spanKeys.firstTime({ traceId, spanId })) {
            ++state.repeatedSpans;
            continue;
        }
        span.startNs = csv.int64At(cStart);
        const std::int64_t durationUs = csv.int64At(cDuration);
        if (durationUs < 0 || durationUs > kMaxDurationUs)
            throw ParseError(csv.location(), "Duration", csv.field(cDuration),
                durationUs < 0 ? "negative duration" : "duration out of range");
        span.durationNs = durationUs * 1000;
        span.traceId = traceId;
        span.spanId = spanId;
        const std::string& parent = csv.field(cParent);
        if (parent == "root")
            span.parentId.clear();
        else
            span.parentId = parent;
        const std::string& pod = csv.field(cPod);
        span.service = state.serviceOfPod(pod);
        span.instance = pod;
        span.operation = csv.field(cOperation);
        span.status = StatusClass::Ok;
        span.statusCode.clear();
        span.kind = SpanKind::Unspecified;
        span.attributes.clear();
        state.sink.addSpan(std::move(span));
    }
    state.progress.endFile();
}

} // namespace tracemark
