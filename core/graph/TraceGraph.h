#pragma once
// The structure of one trace: spans as nodes, parent->child edges, and what is derived from it
// (per-span time features, the trace's path ID, each span's call path). Built once per trace
// on import and again whenever a trace is shown; pure, no I/O.
#include "core/model/Span.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark {

// Time features of one span, all in nanoseconds.
struct SpanTiming {
    std::int64_t durationNs = 0;
    std::int64_t waitingNs = 0;       // gap between the span's start and its first child's start (0 without children)
    std::int64_t localNs = 0;         // duration minus the union of its children's intervals (clipped to the span)
    std::int64_t relativeStartNs = 0; // start minus the trace's earliest start
};

class TraceGraph {
public:
    // Links spans by parentId. A span whose parent is not in the trace is kept as an extra root
    // and counted as an orphan. A span that would be its own ancestor throws TraceStructureError
    // naming the trace and the span ids on the cycle. Duplicate span ids: children attach to the
    // first span with that id; later duplicates are counted in duplicateCount().
    static TraceGraph build(std::vector<Span> spans);

    const std::vector<Span>& spans() const { return spans_; }
    const Span& span(std::size_t i) const { return spans_[i]; }
    std::size_t size() const { return spans_.size(); }
    const std::string& traceId() const;

    int parent(std::size_t i) const { return parent_[i]; } // -1 for roots and orphans
    // Children ordered by start time (then span id), so the order is the same however spans arrived.
    const std::vector<int>& children(std::size_t i) const { return children_[i]; }
    // True roots first, then orphans; each group by start time.
    const std::vector<int>& roots() const { return roots_; }
    bool isOrphan(std::size_t i) const { return orphan_[i]; }
    int orphanCount() const { return orphanCount_; }
    int duplicateCount() const { return duplicateCount_; }
    int depth(std::size_t i) const { return depth_[i]; } // 0 for roots and orphans
    // Depth-first order (roots in roots() order, children in children() order).
    const std::vector<int>& preorder() const { return preorder_; }

    const SpanTiming& timing(std::size_t i) const { return timing_[i]; }
    std::int64_t startNs() const { return startNs_; }
    std::int64_t endNs() const { return endNs_; }
    std::int64_t durationNs() const { return endNs_ - startNs_; } // end-to-end latency

    // Hash of the trace's structure: the tree of service:operation nodes in a canonical order
    // (children sorted by their own subtree hash), so timing and arrival order do not matter
    // but a missing, extra or repeated call does.
    std::uint64_t pathId() const { return pathId_; }
    // Hash of the chain service:operation from the root down to span i (TraceAnomaly call path).
    std::uint64_t callPathId(std::size_t i) const { return callPathId_[i]; }
    // Human-readable call path, e.g. "frontend:GET /cart > cartservice:GetCart".
    std::string callPathText(std::size_t i) const;

    StatusClass worstStatus() const;
    int errorSpanCount() const; // spans whose status is not Ok

private:
    std::vector<Span> spans_;
    std::vector<int> parent_;
    std::vector<std::vector<int>> children_;
    std::vector<int> roots_;
    std::vector<bool> orphan_;
    std::vector<int> depth_;
    std::vector<int> preorder_;
    std::vector<SpanTiming> timing_;
    std::vector<std::uint64_t> callPathId_;
    std::uint64_t pathId_ = 0;
    std::int64_t startNs_ = 0;
    std::int64_t endNs_ = 0;
    int orphanCount_ = 0;
    int duplicateCount_ = 0;
};

// 64-bit FNV-1a, the hash behind path and call-path ids (stable across runs and machines).
std::uint64_t fnv1a64(std::string_view text, std::uint64_t seed = 14695981039346656037ull);
// Order-dependent combination of two hashes.
std::uint64_t hashCombine(std::uint64_t a, std::uint64_t b);

} // namespace tracemark
