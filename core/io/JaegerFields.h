#pragma once
// Readers for the parts of a Jaeger span in its JSON forms: query/UI JSON (traceID/spanID, hex
// ids, µs times, tags [{key,type,value}]), the domain model (traceId/spanId, base64 ids, RFC 3339
// times, "5000ns" durations, tags [{key,vType,vStr,...}]) and Elasticsearch documents (a "tag"
// map). Used by JaegerImporter. INTERNAL: include only from core/io/*.cpp (brings in simdjson).
#include "core/io/JsonInput.h"
#include "core/model/Span.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tracemark::jaeger {

using json::JsonInput;
namespace od = json::od;

struct ProcessInfo {
    std::string service;
    std::string instance;
};
using ProcessMap = std::unordered_map<std::string, ProcessInfo>;

struct Reference {
    std::string type; // CHILD_OF / FOLLOWS_FROM
    std::string traceId;
    std::string spanId;
};

// A span log read before the span's process is known (fields may come in any order).
struct PendingLog {
    std::int64_t timeNs = 0;
    std::string severity;
    std::string message;
};

// Query/UI JSON spells ids traceID/spanID and writes hex; the domain model spells them
// traceId/spanId and writes base64 of the bytes.
bool isDomainSpelling(std::string_view field);
// Jaeger prints a 128-bit trace id whose high half is zero as 16 hex digits; decoded domain-model
// ids are printed the same way so both forms of one trace agree.
std::string readTraceId(JsonInput& in, od::value v, std::string_view field);
std::string readSpanId(JsonInput& in, od::value v, std::string_view field);

// "processes": {"p1": {...}} (query JSON) or "processMap": [{"processID", "process"}] (domain).
void readProcessMap(JsonInput& in, od::value v, ProcessMap& processes);
// {serviceName, tags}; the instance comes from the tags (see InstanceEvidence).
ProcessInfo readProcess(JsonInput& in, od::value v);

using TagVisitor = std::function<void(std::string key, std::string value)>;
// Tags in any of the three forms; values as text.
void readTags(JsonInput& in, od::value v, const TagVisitor& onTag);

// startTime / log timestamp: µs since the epoch (number or digits), or RFC 3339 text.
std::int64_t readTimeNs(JsonInput& in, od::value v, std::string_view field);
// duration: µs (number or digits), or Go/protobuf duration text ("5000ns", "0.5s").
std::int64_t readDurationNs(JsonInput& in, od::value v);

void readReferences(JsonInput& in, od::value v, std::vector<Reference>& refs);
// Span logs: time, severity from `level`, message from `message` (else `event`) followed by the
// other fields as key=value pairs.
void readLogs(JsonInput& in, od::value v, std::vector<PendingLog>& logs);

} // namespace tracemark::jaeger
