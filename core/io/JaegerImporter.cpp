#include "core/io/JaegerImporter.h"

#include "core/io/JaegerFields.h"
#include "core/io/JsonSupport.h"
#include "core/io/TagEvidence.h"

#include <algorithm>
#include <optional>

namespace tracemark {

using namespace json;
using namespace jaeger;

namespace {

class JaegerReader {
public:
    JaegerReader(JsonInput& in, ImportSink& sink, Progress& progress)
        : in_(in)
        , sink_(sink)
        , progress_(progress)
    {
    }

    void readDocument(od::value root)
    {
        od::json_type type;
        if (root.type().get(type) == simdjson::SUCCESS && type == od::json_type::array) {
            readArray(getArray(in_, root, ""));
            return;
        }
        const char* where = in_.positionOf(root);
        od::object top = getObject(in_, root, "");
        if (auto data = findField(top, "data")) {
            od::json_type dataType;
            if (data->type().get(dataType) == simdjson::SUCCESS && dataType == od::json_type::array) {
                readArray(getArray(in_, *data, "data"));
            } else {
                od::object trace = getObject(in_, *data, "data");
                readTrace(trace);
            }
            return;
        }
        if (findField(top, "spans")) {
            readTrace(top);
            return;
        }
        if (findField(top, "spanID") || findField(top, "spanId")) {
            if (top.reset().error())
                in_.fail(where, "", "", "invalid JSON object");
            std::vector<std::string> ignored;
            readSpan(top, where, nullptr, {}, ignored); // a single span (Elasticsearch document): trace may go on
            return;
        }
        for (const char* otlpKey : { "resourceSpans", "resourceLogs", "resourceMetrics" })
            if (findField(top, otlpKey))
                in_.fail(where, otlpKey, "",
                    "this is OpenTelemetry (OTLP) JSON, not Jaeger JSON; import it with the otlp format");
        in_.fail(where, "", "",
            "not Jaeger JSON: expected {\"data\": [traces]}, a trace object with \"spans\", or a span "
            "with \"spanID\"");
    }

private:
    // An array of trace objects, or of spans (the anonymizer's form of one trace).
    void readArray(od::array items)
    {
        std::vector<std::string> looseTraces;
        for (auto itemResult : items) {
            od::value item = itemResult.value();
            const char* where = in_.positionOf(item);
            od::object obj = getObject(in_, item, "");
            if (findField(obj, "spans")) {
                readTrace(obj);
            } else if (findField(obj, "spanID") || findField(obj, "spanId")) {
                if (obj.reset().error())
                    in_.fail(where, "", "", "invalid JSON object");
                readSpan(obj, where, nullptr, {}, looseTraces);
            } else {
                in_.fail(where, "", "", "expected a Jaeger trace (with \"spans\") or span (with \"spanID\")");
            }
        }
        for (const auto& id : looseTraces)
            sink_.endTrace(id);
    }

    void readTrace(od::object& trace)
    {
        // Lookups go in the order exporters write the fields (traceID, spans, processes), each
        // starting where the last stopped: in this order the large "spans" array is skipped
        // once, not three times, before it is read.
        ProcessMap processes;
        if (auto v = findField(trace, "processes"))
            readProcessMap(in_, *v, processes);
        else if (auto v = findField(trace, "processMap"))
            readProcessMap(in_, *v, processes);
        std::string traceId;
        if (auto v = findField(trace, "traceID"))
            traceId = readTraceId(in_, *v, "traceID");
        auto spans = findField(trace, "spans");
        std::vector<std::string> traceIds;
        if (spans) {
            for (auto spanResult : getArray(in_, *spans, "spans")) {
                od::value spanValue = spanResult.value();
                const char* where = in_.positionOf(spanValue);
                in_.report(progress_, spanValue, "importing Jaeger spans");
                od::object span = getObject(in_, spanValue, "spans");
                readSpan(span, where, &processes, traceId, traceIds);
            }
        }
        if (traceIds.empty() && !traceId.empty())
            traceIds.push_back(traceId);
        for (const auto& id : traceIds)
            sink_.endTrace(id);
    }

    // Reads one span object and hands it (and its logs) to the sink; adds its trace id to
    // traceIds unless it is there already.
    void readSpan(od::object& obj, const char* where, const ProcessMap* processes, const std::string& traceIdFallback,
        std::vector<std::string>& traceIds)
    {
        progress_.checkCancelled();
        Span span;
        std::vector<Reference> refs;
        std::vector<PendingLog> logs;
        std::string legacyParent;
        std::string processKey;
        std::optional<ProcessInfo> embedded;
        bool hasStart = false;
        StatusEvidence status;

        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            od::value v = f.value();
            if (isNull(v))
                continue;
            if (k == "traceID" || k == "traceId") {
                span.traceId = readTraceId(in_, v, k);
            } else if (k == "spanID" || k == "spanId") {
                span.spanId = readSpanId(in_, v, k);
            } else if (k == "parentSpanID" || k == "parentSpanId") {
                legacyParent = readSpanId(in_, v, k);
            } else if (k == "operationName") {
                span.operation = std::string(getString(in_, v, k));
            } else if (k == "references") {
                readReferences(in_, v, refs);
            } else if (k == "startTime") {
                span.startNs = readTimeNs(in_, v, "startTime");
                hasStart = true;
            } else if (k == "duration") {
                span.durationNs = readDurationNs(in_, v);
            } else if (k == "tags" || k == "tag") {
                readTags(in_, v, [&](std::string key, std::string value) {
                    if (key == "span.kind")
                        span.kind = spanKindFromString(value);
                    else if (!status.consider(key, value))
                        span.attributes.push_back(Attribute { std::move(key), std::move(value) });
                });
            } else if (k == "logs") {
                readLogs(in_, v, logs);
            } else if (k == "processID" || k == "processId") {
                processKey = std::string(getString(in_, v, k));
            } else if (k == "process") {
                embedded = readProcess(in_, v);
            }
        }

        const auto missing = [&](const char* field) {
            std::string what = span.spanId.empty() ? std::string("a span") : "span " + span.spanId;
            if (!span.operation.empty())
                what += " ('" + span.operation + "')";
            in_.fail(where, field, "", "missing from " + what);
        };
        if (span.traceId.empty())
            span.traceId = traceIdFallback;
        if (span.traceId.empty())
            missing("traceID");
        if (span.spanId.empty())
            missing("spanID");
        if (!hasStart)
            missing("startTime");

        chooseParent(span, refs, legacyParent);
        status.applyTo(span);

        const ProcessInfo* process = embedded ? &*embedded : nullptr;
        if (!process && !processKey.empty()) {
            auto it = processes ? processes->find(processKey) : ProcessMap::const_iterator();
            if (!processes || it == processes->end())
                in_.fail(where, "processID", processKey,
                    "span " + span.spanId + " names a process that is not in the trace's \"processes\"");
            process = &it->second;
        }
        if (!process)
            missing("processID");
        span.service = process->service;
        span.instance = process->instance;

        for (auto& pending : logs) {
            LogRecord log;
            log.timeNs = pending.timeNs;
            log.service = span.service;
            log.instance = span.instance;
            log.traceId = span.traceId;
            log.spanId = span.spanId;
            log.severity = std::move(pending.severity);
            log.message = std::move(pending.message);
            sink_.addLog(std::move(log));
        }
        if (std::find(traceIds.begin(), traceIds.end(), span.traceId) == traceIds.end())
            traceIds.push_back(span.traceId);
        sink_.addSpan(std::move(span));
    }

    // Jaeger's own rule (model.Span.ParentSpanID): the first CHILD_OF reference within the same
    // trace, else the first FOLLOWS_FROM; references into other traces are links, not parents.
    // Takes the chosen id out of `refs` (they are not used afterwards): one copy less per span.
    static void chooseParent(Span& span, std::vector<Reference>& refs, const std::string& legacyParent)
    {
        Reference* followsFrom = nullptr;
        for (auto& ref : refs) {
            if (!ref.traceId.empty() && ref.traceId != span.traceId)
                continue;
            if (ref.type == "CHILD_OF") {
                span.parentId = std::move(ref.spanId);
                return;
            }
            if (!followsFrom)
                followsFrom = &ref;
        }
        if (followsFrom) {
            span.parentId = std::move(followsFrom->spanId);
            span.attributes.push_back(Attribute { "ref.type", "FOLLOWS_FROM" });
            return;
        }
        if (!legacyParent.empty() && !isZeroId(legacyParent))
            span.parentId = legacyParent;
    }

    JsonInput& in_;
    ImportSink& sink_;
    Progress& progress_;
};

} // namespace

void JaegerImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    JsonInput input(path);
    JaegerReader reader(input, sink, progress);
    input.forEachDocument(progress, [&](od::value root) { reader.readDocument(root); });
}

bool looksLikeJaegerJson(std::string_view firstBytes)
{
    const std::string first = firstJsonKey(firstBytes);
    if (first == "resourceSpans" || first == "resourceLogs" || first == "resourceMetrics")
        return false;
    if (!containsJsonKey(firstBytes, "operationName"))
        return false;
    return containsJsonKey(firstBytes, "traceID") || containsJsonKey(firstBytes, "traceId")
        || containsJsonKey(firstBytes, "spanID") || containsJsonKey(firstBytes, "spanId");
}

} // namespace tracemark
