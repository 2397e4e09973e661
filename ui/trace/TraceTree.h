#pragma once
// One trace as the viewer needs it, pure data and no widgets: the span tree (TraceGraph), each
// span's offset from the trace start, its self time, its call path, its subtree extent in
// depth-first order and the critical path. Built once per shown trace on the worker thread, then
// shared read-only with the GUI thread.
#include "core/graph/TraceGraph.h"
#include "core/model/Span.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

// A stretch of time during which span `span` is what the trace's end is waiting for.
struct CriticalSection {
    int span = 0;
    std::int64_t startNs = 0; // absolute times
    std::int64_t endNs = 0;
    bool operator==(const CriticalSection& o) const
    {
        return span == o.span && startNs == o.startNs && endNs == o.endNs;
    }
};

class TraceTree {
public:
    TraceTree() = default;
    // Span index i everywhere below is the position in `spans`. Throws TraceStructureError on a cycle.
    static TraceTree build(std::vector<Span> spans);

    int size() const { return static_cast<int>(graph_.size()); }
    bool isEmpty() const { return graph_.size() == 0; }
    const Span& span(int i) const { return graph_.span(static_cast<std::size_t>(i)); }
    const TraceGraph& graph() const { return graph_; }
    const std::string& traceId() const { return graph_.traceId(); }

    int parent(int i) const { return graph_.parent(static_cast<std::size_t>(i)); }
    const std::vector<int>& children(int i) const { return graph_.children(static_cast<std::size_t>(i)); }
    const std::vector<int>& roots() const { return graph_.roots(); }
    int depth(int i) const { return graph_.depth(static_cast<std::size_t>(i)); }
    int maxDepth() const { return maxDepth_; }
    // Depth-first order: roots by start, children by start. preorderPosition is its inverse.
    const std::vector<int>& preorder() const { return graph_.preorder(); }
    int preorderPosition(int i) const { return position_[static_cast<std::size_t>(i)]; }
    // Spans in i's subtree, i included: preorder()[pos(i) .. pos(i) + subtreeSize(i)).
    int subtreeSize(int i) const { return subtreeSize_[static_cast<std::size_t>(i)]; }

    std::int64_t startNs() const { return graph_.startNs(); }
    std::int64_t durationNs() const { return graph_.durationNs(); }
    std::int64_t offsetNs(int i) const { return span(i).startNs - graph_.startNs(); }
    // Duration minus the union of its children's intervals (clipped to the span).
    std::int64_t selfNs(int i) const { return graph_.timing(static_cast<std::size_t>(i)).localNs; }
    std::uint64_t callPathId(int i) const { return graph_.callPathId(static_cast<std::size_t>(i)); }
    std::string callPathText(int i) const { return graph_.callPathText(static_cast<std::size_t>(i)); }
    bool isError(int i) const { return span(i).status != StatusClass::Ok; }
    int errorCount() const { return graph_.errorSpanCount(); }
    int serviceCount() const { return serviceCount_; }

    // The critical path of the first root, in time order (see CriticalPath.h for the rule).
    const std::vector<CriticalSection>& criticalPath() const { return critical_; }
    bool isOnCriticalPath(int i) const { return onCritical_[static_cast<std::size_t>(i)]; }
    // Sections of span i (a span may own several, e.g. before and after a child).
    std::vector<CriticalSection> criticalSectionsOf(int i) const;

    // The first span whose span id is `spanId`, or -1.
    int indexOfSpanId(const std::string& spanId) const;

private:
    TraceGraph graph_;
    std::vector<int> position_;
    std::vector<int> subtreeSize_;
    std::vector<CriticalSection> critical_;
    std::vector<CriticalSection> criticalBySpan_; // the same, grouped by span
    std::vector<int> criticalBegin_;              // span i owns criticalBySpan_[begin[i], begin[i + 1])
    std::vector<bool> onCritical_;
    int maxDepth_ = 0;
    int serviceCount_ = 0;
};

} // namespace tracemark
