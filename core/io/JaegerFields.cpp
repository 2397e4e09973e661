#include "core/io/JaegerFields.h"

#include "core/io/JsonSupport.h"
#include "core/io/TagEvidence.h"

namespace tracemark::jaeger {

using namespace json;

namespace {

bool isSeverityKey(std::string_view key)
{
    return key == "level" || key == "log.level" || key == "severity";
}

// Message of a span log: its `message` (else `event`) field, followed by the other fields as
// key=value pairs; the severity comes from `level`.
PendingLog makeLog(std::int64_t timeNs, const std::vector<Attribute>& fields)
{
    PendingLog log;
    log.timeNs = timeNs;
    const Attribute* primary = nullptr;
    for (const auto& f : fields)
        if (f.key == "message")
            primary = &f;
    if (!primary)
        for (const auto& f : fields)
            if (f.key == "event")
                primary = &f;
    if (primary)
        log.message = primary->value;
    for (const auto& f : fields) {
        if (&f == primary)
            continue;
        if (isSeverityKey(f.key)) {
            if (log.severity.empty())
                log.severity = f.value;
            continue;
        }
        if (!log.message.empty())
            log.message += ' ';
        log.message += f.key + "=" + f.value;
    }
    return log;
}

} // namespace

bool isDomainSpelling(std::string_view field)
{
    return field.back() == 'd';
}

std::string readTraceId(JsonInput& in, od::value v, std::string_view field)
{
    std::string id = getId(in, v, field, isDomainSpelling(field));
    if (isDomainSpelling(field) && id.size() == 32 && isZeroId(std::string_view(id).substr(0, 16)))
        return id.substr(16);
    return id;
}

std::string readSpanId(JsonInput& in, od::value v, std::string_view field)
{
    return getId(in, v, field, isDomainSpelling(field));
}

void readProcessMap(JsonInput& in, od::value v, ProcessMap& processes)
{
    od::json_type type;
    if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::array) {
        // Domain model: [{"processID": "p1", "process": {...}}]
        for (auto entryResult : getArray(in, v, "processMap")) {
            od::object entry = getObject(in, entryResult.value(), "processMap");
            std::string key;
            ProcessInfo info;
            for (auto fieldResult : entry) {
                od::field f = fieldOf(fieldResult);
                const std::string_view k = f.unescaped_key().value();
                if (k == "processID" || k == "processId")
                    key = std::string(getString(in, f.value(), k));
                else if (k == "process")
                    info = readProcess(in, f.value());
            }
            processes[key] = std::move(info);
        }
        return;
    }
    for (auto fieldResult : getObject(in, v, "processes")) {
        od::field f = fieldOf(fieldResult);
        std::string key(f.unescaped_key().value());
        processes[key] = readProcess(in, f.value());
    }
}

ProcessInfo readProcess(JsonInput& in, od::value v)
{
    ProcessInfo info;
    InstanceEvidence instance;
    for (auto fieldResult : getObject(in, v, "process")) {
        od::field f = fieldOf(fieldResult);
        const std::string_view k = f.unescaped_key().value();
        if (k == "serviceName")
            info.service = std::string(getString(in, f.value(), "serviceName"));
        else if (k == "tags" || k == "tag")
            readTags(
                in, f.value(), [&](std::string key, std::string value) { instance.consider(key, value); });
    }
    info.instance = instance.best();
    return info;
}

void readTags(JsonInput& in, od::value v, const TagVisitor& onTag)
{
    od::json_type type;
    if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::object) {
        for (auto fieldResult : getObject(in, v, "tag")) {
            od::field f = fieldOf(fieldResult);
            std::string key(f.unescaped_key().value());
            onTag(std::move(key), getText(in, f.value()));
        }
        return;
    }
    for (auto tagResult : getArray(in, v, "tags")) {
        od::value tagValue = tagResult.value();
        const char* where = in.positionOf(tagValue);
        std::string key;
        std::string value;
        bool hasKey = false;
        for (auto fieldResult : getObject(in, tagValue, "tags")) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            if (k == "key") {
                key = std::string(getString(in, f.value(), "key"));
                hasKey = true;
            } else if (k == "value" || k == "vStr" || k == "vInt64" || k == "vFloat64" || k == "vBool"
                || k == "vBinary") {
                value = getText(in, f.value());
            }
        }
        if (!hasKey)
            in.fail(where, "key", "", "missing from a tag");
        onTag(std::move(key), std::move(value));
    }
}

std::int64_t readTimeNs(JsonInput& in, od::value v, std::string_view field)
{
    od::json_type type;
    if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::string) {
        const std::string_view text = getString(in, v, field);
        if (auto us = parseInt64(text))
            return *us * 1000;
        if (auto ns = parseRfc3339Ns(text))
            return *ns;
        in.failValue(v, field, "expected microseconds since the epoch or an RFC 3339 time");
    }
    return getInt64(in, v, field) * 1000;
}

std::int64_t readDurationNs(JsonInput& in, od::value v)
{
    od::json_type type;
    if (v.type().get(type) == simdjson::SUCCESS && type == od::json_type::string) {
        const std::string_view text = getString(in, v, "duration");
        if (auto us = parseInt64(text))
            return *us * 1000;
        if (auto ns = parseDurationNs(text))
            return *ns;
        in.failValue(v, "duration", "expected microseconds or a duration such as \"5000ns\"");
    }
    return getInt64(in, v, "duration") * 1000;
}

void readReferences(JsonInput& in, od::value v, std::vector<Reference>& refs)
{
    for (auto refResult : getArray(in, v, "references")) {
        Reference ref;
        for (auto fieldResult : getObject(in, refResult.value(), "references")) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            if (k == "refType") {
                const std::string t = getText(in, f.value());
                ref.type = (t == "1" || t == "FOLLOWS_FROM") ? "FOLLOWS_FROM" : "CHILD_OF";
            } else if (k == "traceID" || k == "traceId") {
                ref.traceId = readTraceId(in, f.value(), k);
            } else if (k == "spanID" || k == "spanId") {
                ref.spanId = readSpanId(in, f.value(), k);
            }
        }
        if (ref.type.empty())
            ref.type = "CHILD_OF";
        refs.push_back(std::move(ref));
    }
}

void readLogs(JsonInput& in, od::value v, std::vector<PendingLog>& logs)
{
    for (auto logResult : getArray(in, v, "logs")) {
        std::int64_t timeNs = 0;
        std::vector<Attribute> fields;
        for (auto fieldResult : getObject(in, logResult.value(), "logs")) {
            od::field f = fieldOf(fieldResult);
            const std::string_view k = f.unescaped_key().value();
            if (k == "timestamp")
                timeNs = readTimeNs(in, f.value(), "timestamp");
            else if (k == "fields")
                readTags(in, f.value(), [&](std::string key, std::string value) {
                    fields.push_back(Attribute { std::move(key), std::move(value) });
                });
        }
        logs.push_back(makeLog(timeNs, fields));
    }
}

} // namespace tracemark::jaeger
