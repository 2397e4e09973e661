#pragma once
// The nodes and edges the topology view lays out, pure data. Small traces get one node per span.
// Big ones would drown Graphviz and the reader, so sibling spans are grouped into one node with a
// count (xN): first siblings whose subtrees are identical (same service:operation tree), and if
// that still leaves too many nodes, siblings with the same service:operation whatever lies below.
// Every span belongs to exactly one node, so selection maps both ways.
#include "ui/trace/TraceTree.h"

#include <cstdint>
#include <vector>

namespace tracemark {

enum class TopologyGrouping { None, IdenticalSubtrees, SameOperation };

struct TopologyNode {
    std::vector<int> spans; // the first one is the representative (earliest start)
    int parent = -1;        // node index
    int errorCount = 0;
    bool onCriticalPath = false;
    std::int64_t totalDurationNs = 0;
    std::int64_t maxDurationNs = 0;
    int representative() const { return spans.front(); }
    int count() const { return static_cast<int>(spans.size()); }
};

struct TopologyGraph {
    std::vector<TopologyNode> nodes;   // parents before children
    std::vector<std::pair<int, int>> edges; // parent node -> child node
    std::vector<int> nodeOfSpan;
    TopologyGrouping grouping = TopologyGrouping::None;
};

// Spans above which identical sibling subtrees are grouped.
constexpr int kTopologyGroupAbove = 150;
// Nodes above which siblings are grouped by service:operation alone.
constexpr int kTopologyMaxNodes = 600;

TopologyGraph buildTopologyGraph(const TraceTree& tree, TopologyGrouping grouping);
// Picks the grouping by the thresholds above.
TopologyGraph buildTopologyGraph(const TraceTree& tree);

} // namespace tracemark
