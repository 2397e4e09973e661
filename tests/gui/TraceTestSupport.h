#pragma once
// Hand-made traces for the trace viewer tests, with times in milliseconds from a fixed start.
#include "core/model/Span.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark::test {

constexpr std::int64_t kMs = 1000000;
constexpr std::int64_t kTraceT0 = 1767225600LL * 1000000000LL; // 2026-01-01T00:00:00Z

inline Span msSpan(const std::string& trace, const std::string& id, const std::string& parent,
                   const std::string& service, const std::string& operation, double startMs, double endMs,
                   StatusClass status = StatusClass::Ok)
{
    Span span;
    span.traceId = trace;
    span.spanId = id;
    span.parentId = parent;
    span.service = service;
    span.operation = operation;
    span.startNs = kTraceT0 + static_cast<std::int64_t>(startMs * kMs);
    span.durationNs = static_cast<std::int64_t>((endMs - startMs) * kMs);
    span.status = status;
    return span;
}

// The worked example (ms):   A frontend:GET /      [0, 100]
//                              B auth:Check        [5, 40]
//                                D db:Query        [10, 30]
//                              C cart:GetCart      [20, 90]
//                                E cache:Get       [25, 50]
//                                F db:Query        [55, 85]
//                              G email:Send        [60, 95]   (error)
// Given out of order, so span indices are not the preorder.
inline std::vector<Span> exampleTrace(const std::string& trace = "example", double dEndMs = 30)
{
    return {
        msSpan(trace, "G", "A", "email", "Send", 60, 95, StatusClass::ServerError),
        msSpan(trace, "C", "A", "cart", "GetCart", 20, 90),
        msSpan(trace, "A", "", "frontend", "GET /", 0, 100),
        msSpan(trace, "E", "C", "cache", "Get", 25, 50),
        msSpan(trace, "D", "B", "db", "Query", 10, dEndMs),
        msSpan(trace, "B", "A", "auth", "Check", 5, 40),
        msSpan(trace, "F", "C", "db", "Query", 55, 85),
    };
}

} // namespace tracemark::test
