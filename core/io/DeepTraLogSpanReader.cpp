// DeepTraLog span CSV (SkyWalking segments flattened to spans):
//   StartTime,EndTime,URL,SpanType,Service,SpanId,TraceId,Peer,ParentSpan,Component,IsError
// Times are ms since the epoch. SpanId is "<segmentId>.<n>" (a segment is one service's part of
// the trace). ParentSpan holds the parent's full SpanId, also across segments: the Entry span
// of a callee segment names the caller's Exit span (e.g. "a1cd...42.16283296407223266.0" has
// parent "121f...45.16283296407140000.1"), so it links as it is. -1 marks the root.
#include "core/io/CsvReader.h"
#include "core/io/DeepTraLogReaders.h"
#include "core/model/Status.h"

namespace tracemark {

void readDeepTraLogSpanFile(
    const std::filesystem::path& file, bool fromNormalRun, DeepTraLogImportState& state)
{
    CsvReader csv(file);
    const std::size_t cStart = csv.requireColumn("StartTime");
    const std::size_t cEnd = csv.requireColumn("EndTime");
    const std::size_t cUrl = csv.requireColumn("URL");
    const std::size_t cType = csv.requireColumn("SpanType");
    const std::size_t cService = csv.requireColumn("Service");
    const std::size_t cSpan = csv.requireColumn("SpanId");
    const std::size_t cTrace = csv.requireColumn("TraceId");
    const std::size_t cPeer = csv.requireColumn("Peer");
    const std::size_t cParent = csv.requireColumn("ParentSpan");
    const std::size_t cComponent = csv.requireColumn("Component");
    const std::size_t cError = csv.requireColumn("IsError");

    state.progress.beginFile(file, "spans");
    while (csv.next()) {
        state.progress.tick([&] { return csv.fractionRead(); });
        const std::string& traceId = csv.field(cTrace);
        const std::string& spanId = csv.field(cSpan);
        if (traceId.empty())
            throw ParseError(csv.location(), "TraceId", "", "empty trace id");
        if (spanId.empty())
            throw ParseError(csv.location(), "SpanId", "", "empty span id");
        // F08's ERROR and SUCCESS files of one run repeat the same traces row for row.
        if (!state.spanKeys.firstTime({ traceId, spanId })) {
            ++state.repeatedSpans;
            continue;
        }
        const std::int64_t startMs = csv.int64At(cStart);
        const std::int64_t endMs = csv.int64At(cEnd);
        if (endMs < startMs)
            throw ParseError(
                csv.location(), "EndTime", csv.field(cEnd), "ends before StartTime " + csv.field(cStart));
        const auto isError = parseBoolFlag(csv.field(cError));
        if (!isError)
            throw ParseError(csv.location(), "IsError", csv.field(cError), "expected True or False");

        Span span;
        span.traceId = traceId;
        span.spanId = spanId;
        if (csv.field(cParent) != "-1")
            span.parentId = csv.field(cParent);
        span.service = csv.field(cService);
        span.operation = csv.field(cUrl);
        span.startNs = startMs * 1'000'000;
        span.durationNs = (endMs - startMs) * 1'000'000;
        span.status = *isError ? StatusClass::Error : StatusClass::Ok;
        span.statusCode = csv.field(cError);
        span.kind = spanKindFromString(csv.field(cType));
        if (!csv.field(cPeer).empty())
            span.attributes.push_back({ "peer", csv.field(cPeer) });
        if (!csv.field(cComponent).empty())
            span.attributes.push_back({ "component", csv.field(cComponent) });
        if (state.traceIds.insert(traceId).second && fromNormalRun)
            state.normalRunTraces.insert(traceId);
        state.sink.addSpan(std::move(span));
    }
    state.progress.endFile();
}

} // namespace tracemark
