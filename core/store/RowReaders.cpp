#include "core/store/RowReaders.h"

#include "core/store/AttributeCodec.h"

namespace tracemark {

const std::string_view kSpanColumns =
    "s.span_id, s.parent_id, sv.name, op.name, inst.name, s.start_ns, s.duration_ns, s.status, "
    "s.status_code, s.kind, s.attributes";
const std::string_view kSpanJoins =
    "JOIN services sv ON sv.id = s.service_id JOIN operations op ON op.id = s.operation_id "
    "LEFT JOIN instances inst ON inst.id = s.instance_id";

const std::string_view kTraceColumns =
    "t.id, t.trace_id, t.start_ns, t.duration_ns, t.span_count, t.error_spans, t.orphan_spans, "
    "rs.name, ro.name, t.path_id, l.label, l.source, l.confidence";
const std::string_view kTraceRootJoins =
    "LEFT JOIN services rs ON rs.id = t.root_service_id LEFT JOIN operations ro ON ro.id = t.root_operation_id";
const std::string_view kTraceLabelJoin = "LEFT JOIN labels l ON l.trace_key = t.id";

static_assert((std::int64_t{1} << kSpanPositionBits) == 16777216, "spansOfTraceCondition's literal");

std::string spansOfTraceCondition(const std::string& spanAlias, const std::string& keyExpression)
{
    return spanAlias + ".id >= (" + keyExpression + ") * 16777216 AND " + spanAlias + ".id < ((" + keyExpression
        + ") + 1) * 16777216";
}

namespace {
StatusClass statusFromStored(std::int64_t value)
{
    return value >= 0 && value < kStatusClassCount ? static_cast<StatusClass>(value) : StatusClass::Error;
}
SpanKind kindFromStored(std::int64_t value)
{
    return value >= 0 && value <= static_cast<int>(SpanKind::Consumer) ? static_cast<SpanKind>(value)
                                                                       : SpanKind::Unspecified;
}
} // namespace

Span readSpan(const Statement& row, int c, const std::string& traceId)
{
    Span span;
    span.traceId = traceId;
    span.spanId = row.text(c + 0);
    span.parentId = row.text(c + 1);
    span.service = row.text(c + 2);
    span.operation = row.text(c + 3);
    span.instance = row.text(c + 4);
    span.startNs = row.int64(c + 5);
    span.durationNs = row.int64(c + 6);
    span.status = statusFromStored(row.int64(c + 7));
    span.statusCode = row.text(c + 8);
    span.kind = kindFromStored(row.int64(c + 9));
    if (!row.isNull(c + 10))
        span.attributes = decodeAttributes(row.textView(c + 10));
    return span;
}

TraceSummary readTraceSummary(const Statement& row, int c)
{
    TraceSummary trace;
    trace.key = row.int64(c + 0);
    trace.traceId = row.text(c + 1);
    trace.startNs = row.int64(c + 2);
    trace.durationNs = row.int64(c + 3);
    trace.spanCount = static_cast<int>(row.int64(c + 4));
    trace.errorSpans = static_cast<int>(row.int64(c + 5));
    trace.orphanSpans = static_cast<int>(row.int64(c + 6));
    trace.rootService = row.text(c + 7);
    trace.rootOperation = row.text(c + 8);
    trace.pathId = fromStoredId(row.int64(c + 9));
    if (!row.isNull(c + 10)) {
        trace.label = static_cast<TraceLabel>(row.int64(c + 10));
        trace.labelSource = static_cast<LabelSource>(row.int64(c + 11));
        trace.labelConfidence = row.real(c + 12);
    }
    return trace;
}

} // namespace tracemark
