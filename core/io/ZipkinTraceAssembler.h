#pragma once
// Turns the Zipkin v2 spans of one trace into Tracemark spans that form a tree.
//
// Zipkin lets an RPC server reuse its client's span id (B3 "shared" spans, `shared: true`, or a
// SERVER span with the same id as a CLIENT span) and lets one span arrive in several fragments.
// Following zipkin2.internal.Trace.merge, fragments with the same id, the same shared flag and
// compatible local endpoints are merged; in addition a fragment with neither kind nor timestamp
// (a late "finish" report) is merged into the timed span with the same id and endpoint.
// Shared spans are then kept as two spans: the client half keeps the id, the server half
// becomes "<id>.server" (a second server on the same id "<id>.server2", ...) with the client
// half as its parent; children whose parent id is the shared id attach to the server half when
// they run in the server's service (as Zipkin's SpanNode does), else to the client half. A shared
// server span without its client in the file keeps its own id.
//
// Spans without a timestamp (incomplete spans) take their children's interval when they have
// timed children (attribute tracemark.time_estimated=children); otherwise they are dropped and
// counted in skippedWithoutTimestamp.
#include "core/model/Span.h"
#include "core/model/Telemetry.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tracemark {

struct ZipkinEndpoint {
    std::string serviceName;
    std::string ipv4;
    std::string ipv6;
    int port = 0;
    bool empty() const { return serviceName.empty() && ipv4.empty() && ipv6.empty() && port == 0; }
};

struct ZipkinAnnotation {
    std::int64_t timestampUs = 0;
    std::string value;
};

// One Zipkin v2 span as read from JSON (times in µs as Zipkin writes them).
struct ZipkinSpan {
    std::string traceId;
    std::string id;
    std::string parentId;
    std::string kind; // CLIENT, SERVER, PRODUCER, CONSUMER or empty
    std::string name;
    std::optional<std::int64_t> timestampUs;
    std::optional<std::int64_t> durationUs;
    ZipkinEndpoint localEndpoint;
    ZipkinEndpoint remoteEndpoint;
    std::vector<Attribute> tags; // in file order
    bool shared = false;
    std::vector<ZipkinAnnotation> annotations;
};

struct ZipkinTraceResult {
    std::vector<Span> spans;
    std::vector<LogRecord> logs; // from annotations
    int skippedWithoutTimestamp = 0;
    std::string firstSkippedId;
};

// All spans must share one trace id.
ZipkinTraceResult assembleZipkinTrace(std::vector<ZipkinSpan> spans);

} // namespace tracemark
