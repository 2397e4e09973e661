#include "core/io/OtlpImporter.h"

#include "core/io/JsonInput.h"
#include "core/io/JsonSupport.h"
#include "core/io/OtlpMetrics.h"
#include "core/io/OtlpValues.h"
#include "core/io/TagEvidence.h"

namespace tracemark {

using namespace json;
using otlp::Resource;

namespace {

std::string severityFromNumber(std::int64_t n)
{
    if (n <= 0)
        return {};
    if (n <= 4)
        return "TRACE";
    if (n <= 8)
        return "DEBUG";
    if (n <= 12)
        return "INFO";
    if (n <= 16)
        return "WARN";
    if (n <= 20)
        return "ERROR";
    return "FATAL";
}

class OtlpReader {
public:
    OtlpReader(JsonInput& in, ImportSink& sink, Progress& progress)
        : in_(in)
        , sink_(sink)
        , progress_(progress)
    {
    }

    void readDocument(od::value root)
    {
        const char* where = in_.positionOf(root);
        od::object top = getObject(in_, root, "");
        if (auto v = findField(top, "resourceSpans"))
            forEachResource(*v, "resourceSpans", { "scopeSpans", "instrumentationLibrarySpans" }, "spans",
                [&](od::value item, const Resource& r) { readSpan(item, r); });
        else if (auto v = findField(top, "resourceLogs"))
            forEachResource(*v, "resourceLogs", { "scopeLogs", "instrumentationLibraryLogs" }, "logRecords",
                [&](od::value item, const Resource& r) { readLogRecord(item, r); });
        else if (auto v = findField(top, "resourceMetrics"))
            forEachResource(*v, "resourceMetrics", { "scopeMetrics", "instrumentationLibraryMetrics" },
                "metrics", [&](od::value item, const Resource& r) { otlp::readMetric(in_, item, r, sink_); });
        else
            in_.fail(where, "", "",
                "not OTLP JSON: expected a resourceSpans, resourceLogs or resourceMetrics object");
    }

private:
    // resource{Spans,Logs,Metrics}[] -> scope{Spans,Logs,Metrics}[] -> items[]
    template <typename Visit>
    void forEachResource(od::value list, const char* listField,
        std::initializer_list<const char*> scopeFields, const char* itemField, Visit&& visit)
    {
        for (auto resourceResult : getArray(in_, list, listField)) {
            od::object resourceObj = getObject(in_, resourceResult.value(), listField);
            const Resource resource = otlp::readResource(in_, resourceObj);
            std::optional<od::value> scopes;
            for (const char* field : scopeFields)
                if ((scopes = findField(resourceObj, field)))
                    break;
            if (!scopes)
                continue;
            for (auto scopeResult : getArray(in_, *scopes, *scopeFields.begin())) {
                od::object scopeObj = getObject(in_, scopeResult.value(), *scopeFields.begin());
                if (auto items = findField(scopeObj, itemField)) {
                    for (auto itemResult : getArray(in_, *items, itemField)) {
                        od::value item = itemResult.value();
                        progress_.checkCancelled();
                        in_.report(progress_, item, "importing OTLP data");
                        visit(item, resource);
                    }
                }
            }
        }
    }

    void readSpan(od::value v, const Resource& resource)
    {
        const char* where = in_.positionOf(v);
        od::object obj = getObject(in_, v, "spans");
        Span span;
        span.service = resource.service;
        span.instance = resource.instance;
        StatusEvidence status;
        std::optional<std::int64_t> start, end;
        std::vector<LogRecord> events;
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            od::value value = f.value();
            if (isNull(value))
                continue;
            if (k == "traceId") {
                span.traceId = getId(in_, value, k, true);
            } else if (k == "spanId") {
                span.spanId = getId(in_, value, k, true);
            } else if (k == "parentSpanId") {
                span.parentId = getId(in_, value, k, true);
                if (isZeroId(span.parentId))
                    span.parentId.clear();
            } else if (k == "name") {
                span.operation = std::string(getString(in_, value, k));
            } else if (k == "kind") {
                span.kind = readKind(value);
            } else if (k == "startTimeUnixNano") {
                start = getInt64(in_, value, k);
            } else if (k == "endTimeUnixNano") {
                end = getInt64(in_, value, k);
            } else if (k == "attributes") {
                otlp::readAttributes(in_, value, [&](std::string key, std::string text) {
                    if (!status.consider(key, text))
                        span.attributes.push_back(Attribute { std::move(key), std::move(text) });
                });
            } else if (k == "status") {
                readStatus(value, status, span);
            } else if (k == "events") {
                readEvents(value, events);
            }
        }
        const auto missing = [&](const char* field) {
            std::string what = span.spanId.empty() ? std::string("a span") : "span " + span.spanId;
            if (!span.operation.empty())
                what += " ('" + span.operation + "')";
            in_.fail(where, field, "", "missing from " + what);
        };
        if (span.traceId.empty())
            missing("traceId");
        if (span.spanId.empty())
            missing("spanId");
        if (!start)
            missing("startTimeUnixNano");
        span.startNs = *start;
        span.durationNs = end && *end >= *start ? *end - *start : 0;
        status.applyTo(span);
        for (auto& log : events) {
            log.service = span.service;
            log.instance = span.instance;
            log.traceId = span.traceId;
            log.spanId = span.spanId;
            sink_.addLog(std::move(log));
        }
        sink_.addSpan(std::move(span));
    }

    SpanKind readKind(od::value v)
    {
        od::json_type type;
        if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::number) {
            switch (getInt64(in_, v, "kind")) {
            case 1:
                return SpanKind::Internal;
            case 2:
                return SpanKind::Server;
            case 3:
                return SpanKind::Client;
            case 4:
                return SpanKind::Producer;
            case 5:
                return SpanKind::Consumer;
            default:
                return SpanKind::Unspecified;
            }
        }
        return spanKindFromString(getString(in_, v, "kind"));
    }

    void readStatus(od::value v, StatusEvidence& status, Span& span)
    {
        od::object obj = getObject(in_, v, "status");
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            if (k == "code") {
                const std::string code = getText(in_, f.value());
                if (code == "2" || code == "STATUS_CODE_ERROR")
                    status.setErrorFlag("STATUS_CODE_ERROR");
            } else if (k == "message") {
                std::string message = getText(in_, f.value());
                if (!message.empty())
                    span.attributes.push_back(Attribute { "otel.status_description", std::move(message) });
            }
        }
    }

    void readEvents(od::value v, std::vector<LogRecord>& events)
    {
        for (auto eventResult : getArray(in_, v, "events")) {
            LogRecord log;
            std::string name;
            std::string pairs;
            od::object obj = getObject(in_, eventResult.value(), "events");
            for (auto fieldResult : obj) {
                od::field f = fieldOf(fieldResult);
                const std::string_view k = f.unescaped_key().value();
                if (k == "timeUnixNano") {
                    log.timeNs = getInt64(in_, f.value(), "events.timeUnixNano");
                } else if (k == "name") {
                    name = getText(in_, f.value());
                } else if (k == "attributes") {
                    otlp::readAttributes(in_, f.value(), [&](std::string key, std::string value) {
                        if (key == "level" || key == "log.severity" || key == "severity") {
                            log.severity = std::move(value);
                            return;
                        }
                        pairs += (pairs.empty() ? "" : " ") + key + '=' + value;
                    });
                }
            }
            if (log.severity.empty() && name == "exception")
                log.severity = "ERROR";
            log.message = name.empty() || pairs.empty() ? name + pairs : name + ' ' + pairs;
            events.push_back(std::move(log));
        }
    }

    void readLogRecord(od::value v, const Resource& resource)
    {
        const char* where = in_.positionOf(v);
        od::object obj = getObject(in_, v, "logRecords");
        LogRecord log;
        log.service = resource.service;
        log.instance = resource.instance;
        std::int64_t time = 0;
        std::int64_t observed = 0;
        std::int64_t severityNumber = 0;
        std::string eventName;
        for (auto fieldResult : obj) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            od::value value = f.value();
            if (isNull(value))
                continue;
            if (k == "timeUnixNano")
                time = getInt64(in_, value, k);
            else if (k == "observedTimeUnixNano")
                observed = getInt64(in_, value, k);
            else if (k == "severityText")
                log.severity = std::string(getString(in_, value, k));
            else if (k == "severityNumber")
                severityNumber = readSeverityNumber(value);
            else if (k == "body")
                log.message = otlp::anyValueText(in_, value, false);
            else if (k == "traceId")
                log.traceId = getId(in_, value, k, true);
            else if (k == "spanId")
                log.spanId = getId(in_, value, k, true);
            else if (k == "eventName")
                eventName = std::string(getString(in_, value, k));
        }
        log.timeNs = time != 0 ? time : observed;
        if (log.timeNs == 0)
            in_.fail(where, "timeUnixNano", "", "missing from a log record (and no observedTimeUnixNano)");
        if (log.severity.empty())
            log.severity = severityFromNumber(severityNumber);
        if (log.message.empty())
            log.message = eventName;
        sink_.addLog(std::move(log));
    }

    // A number, or the enum name ("SEVERITY_NUMBER_INFO") in the protobuf JSON mapping.
    std::int64_t readSeverityNumber(od::value v)
    {
        od::json_type type;
        if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::string) {
            static const std::pair<const char*, std::int64_t> names[] = { { "TRACE", 1 }, { "DEBUG", 5 },
                { "INFO", 9 }, { "WARN", 13 }, { "ERROR", 17 }, { "FATAL", 21 } };
            const std::string_view text = getString(in_, v, "severityNumber");
            for (const auto& [name, number] : names)
                if (text.find(name) != std::string_view::npos)
                    return number;
            return 0;
        }
        return getInt64(in_, v, "severityNumber");
    }

    JsonInput& in_;
    ImportSink& sink_;
    Progress& progress_;
};

} // namespace

void OtlpImporter::import(const std::filesystem::path& path, ImportSink& sink, Progress& progress)
{
    JsonInput input(path);
    OtlpReader reader(input, sink, progress);
    input.forEachDocument(progress, [&](od::value root) { reader.readDocument(root); });
}

bool looksLikeOtlpJson(std::string_view firstBytes)
{
    const std::string key = firstJsonKey(firstBytes);
    return key == "resourceSpans" || key == "resourceLogs" || key == "resourceMetrics";
}

} // namespace tracemark
