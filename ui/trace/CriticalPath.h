#pragma once
// The critical path of a trace: the chain of work that determines its end-to-end latency
// (Jaeger's rule). Starting at the root's end and walking backwards in time: within a span, the
// child that finishes last (among those ending no later than the time still to explain) is on
// the path; the span itself owns the gap between that child's end and the time still to
// explain; then the walk descends into the child, and on return continues from the child's start
// with the remaining children. Children are clipped to their parent's interval first, so a child
// that outlives its parent only counts inside it. Ties on the end time go to the longer child.
// The sections exactly tile the root's interval.
#include "core/graph/TraceGraph.h"
#include "ui/trace/TraceTree.h"

#include <vector>

namespace tracemark {

// Sections in time order. Empty for an empty graph; only the first root is followed.
std::vector<CriticalSection> computeCriticalPath(const TraceGraph& graph);

} // namespace tracemark
