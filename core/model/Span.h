#pragma once
// One unit of work in a distributed trace, as every importer produces it and the workspace
// stores it. Times are nanoseconds since the Unix epoch.
#include "core/model/Status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

enum class SpanKind : std::uint8_t { Unspecified = 0, Internal, Server, Client, Producer, Consumer };
std::string_view toString(SpanKind kind);
// Accepts Jaeger/OTel/Zipkin spellings: "server", "SERVER", "SPAN_KIND_SERVER", "Entry" (SkyWalking) ...
SpanKind spanKindFromString(std::string_view text);

struct Attribute {
    std::string key;
    std::string value;
    bool operator==(const Attribute& o) const { return key == o.key && value == o.value; }
};

struct Span {
    std::string traceId;
    std::string spanId;
    std::string parentId; // empty for a root span
    std::string service;
    std::string operation;
    std::string instance; // pod / host / process instance; empty when unknown
    std::int64_t startNs = 0;
    std::int64_t durationNs = 0;
    StatusClass status = StatusClass::Ok;
    std::string statusCode; // as reported ("500", "STATUS_CODE_ERROR", "true"); empty when none
    SpanKind kind = SpanKind::Unspecified;
    std::vector<Attribute> attributes;

    std::int64_t endNs() const { return startNs + durationNs; }
    bool isRoot() const { return parentId.empty(); }
};

} // namespace tracemark
