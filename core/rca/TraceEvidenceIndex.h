#pragma once
// What root-cause ranking needs from every trace of a workspace, read once and kept compact in
// memory, so that a fault period of 100,000 traces is summed in milliseconds instead of being
// read again from SQLite (see docs/rca.md#speed).
//
// Per trace: its start and, per service it touches, the span count, error and own-error spans,
// and sums (and sums of squares) of self time and duration; per caller -> callee service pair,
// the calls and the sums of the call gap and of the callee's duration; and every call gap itself.
//
// Call spans: a span of kind client, or of unspecified kind with exactly one child that belongs
// to another service, only waits on the wire and the callee. Its self time is the call gap
// (span duration minus the callee span's duration): it is summed on the edge, as the callee's
// call latency, and not as the caller's own self time. A network delay on a service delays its
// answers, so it shows there and nowhere else.
//
// Peer calls: a client span with no child whose attributes name a known service (peer.service,
// server.address, net.peer.name or db.instance, matched against service names and instance
// names, including the instances of KPI series) is a call into that service, which has no span
// of its own here (a database, a cache). The whole span is its call gap, and the trace counts as
// passing through it (a service slice with no spans), so SBFL and call latency can point at it.
#include "core/store/Database.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace tracemark {

class Progress;

struct ServiceSlice {
    std::int32_t service = 0;
    std::int32_t spans = 0;      // every span of the service in the trace (0: only called as a peer)
    std::int32_t errors = 0;     // with an error status
    std::int32_t ownErrors = 0;  // with an error status and no erroneous child
    std::int32_t workSpans = 0;  // spans that are not call spans (the self-time sums cover these)
    // Double: a variance is E[x^2] - E[x]^2, which float sums of squares of nanoseconds ruin.
    double selfNs = 0, selfSquares = 0;
    double durationNs = 0, durationSquares = 0;
};

struct EdgeSlice {
    std::int32_t edge = 0;       // dense id of the (caller, callee) pair: TraceEvidenceIndex::edge()
    std::int32_t caller = 0;
    std::int32_t callee = 0;
    std::int32_t calls = 0;      // parent/child span pairs across the two services
    std::int32_t gapCalls = 0;   // of those, made from a call span (the gap is defined)
    float gapNs = 0;             // means only: the spread comes from the raw gaps (CallGap)
    float calleeDurationNs = 0;  // callee span durations; for peer calls, the client span's
};

// One call made from a call span: the callee service and the gap.
struct CallGap {
    std::int32_t callee = 0;
    float gapNs = 0;
};

class TraceEvidenceIndex {
public:
    // One pass over spans and traces; cancelled when progress is.
    TraceEvidenceIndex(Database& db, Progress& progress);

    std::size_t traceCount() const { return keys_.size(); }
    // Trace positions (sorted by start, then key) whose start is in [startNs, endNs).
    std::pair<std::size_t, std::size_t> range(std::int64_t startNs, std::int64_t endNs) const;

    std::int64_t key(std::size_t trace) const { return keys_[trace]; }
    std::int64_t startNs(std::size_t trace) const { return starts_[trace]; }
    const ServiceSlice* servicesBegin(std::size_t trace) const { return services_.data() + serviceOffsets_[trace]; }
    const ServiceSlice* servicesEnd(std::size_t trace) const { return services_.data() + serviceOffsets_[trace + 1]; }
    const EdgeSlice* edgesBegin(std::size_t trace) const { return edges_.data() + edgeOffsets_[trace]; }
    const EdgeSlice* edgesEnd(std::size_t trace) const { return edges_.data() + edgeOffsets_[trace + 1]; }
    const CallGap* gapsBegin(std::size_t trace) const { return gaps_.data() + gapOffsets_[trace]; }
    const CallGap* gapsEnd(std::size_t trace) const { return gaps_.data() + gapOffsets_[trace + 1]; }

    // Every distinct caller -> callee pair, by dense edge id.
    std::size_t edgeCount() const { return edgePairs_.size(); }
    std::pair<std::int32_t, std::int32_t> edge(std::int32_t id) const { return edgePairs_[static_cast<std::size_t>(id)]; }

    std::size_t memoryBytes() const;

private:
    std::vector<std::int64_t> keys_;
    std::vector<std::int64_t> starts_;
    std::vector<std::uint32_t> serviceOffsets_; // traceCount + 1
    std::vector<std::uint32_t> edgeOffsets_;    // traceCount + 1
    std::vector<std::uint32_t> gapOffsets_;     // traceCount + 1
    std::vector<ServiceSlice> services_;
    std::vector<EdgeSlice> edges_;
    std::vector<CallGap> gaps_; // every call gap, kept whole for the robust (median) statistics
    std::vector<std::pair<std::int32_t, std::int32_t>> edgePairs_;
};

} // namespace tracemark
