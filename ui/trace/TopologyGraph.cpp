#include "ui/trace/TopologyGraph.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace tracemark {

namespace {

std::uint64_t operationHash(const Span& span)
{
    return fnv1a64(span.service + ':' + span.operation);
}

// Hash of the service:operation tree below each span, children in a canonical (sorted) order.
std::vector<std::uint64_t> subtreeSignatures(const TraceTree& tree)
{
    std::vector<std::uint64_t> signature(static_cast<std::size_t>(tree.size()), 0);
    std::vector<std::uint64_t> childSignatures;
    const std::vector<int>& order = tree.preorder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) { // children before parents
        childSignatures.clear();
        for (int child : tree.children(*it))
            childSignatures.push_back(signature[static_cast<std::size_t>(child)]);
        std::sort(childSignatures.begin(), childSignatures.end());
        std::uint64_t hash = operationHash(tree.span(*it));
        for (std::uint64_t child : childSignatures)
            hash = hashCombine(hash, child);
        signature[static_cast<std::size_t>(*it)] = hashCombine(hash, childSignatures.size());
    }
    return signature;
}

int addNode(TopologyGraph& graph, const TraceTree& tree, std::vector<int> spans, int parent)
{
    TopologyNode node;
    node.spans = std::move(spans);
    node.parent = parent;
    const int index = static_cast<int>(graph.nodes.size());
    for (int span : node.spans) {
        graph.nodeOfSpan[static_cast<std::size_t>(span)] = index;
        node.errorCount += tree.isError(span) ? 1 : 0;
        node.onCriticalPath = node.onCriticalPath || tree.isOnCriticalPath(span);
        node.totalDurationNs += tree.span(span).durationNs;
        node.maxDurationNs = std::max(node.maxDurationNs, tree.span(span).durationNs);
    }
    graph.nodes.push_back(std::move(node));
    if (parent >= 0)
        graph.edges.emplace_back(parent, index);
    return index;
}

} // namespace

TopologyGraph buildTopologyGraph(const TraceTree& tree, TopologyGrouping grouping)
{
    TopologyGraph graph;
    graph.grouping = grouping;
    graph.nodeOfSpan.assign(static_cast<std::size_t>(tree.size()), -1);
    std::vector<std::uint64_t> keyOf(static_cast<std::size_t>(tree.size()));
    if (grouping == TopologyGrouping::IdenticalSubtrees) {
        keyOf = subtreeSignatures(tree);
    } else {
        for (int i = 0; i < tree.size(); ++i)
            keyOf[static_cast<std::size_t>(i)] = grouping == TopologyGrouping::None ? static_cast<std::uint64_t>(i)
                                                                                     : operationHash(tree.span(i));
    }
    for (int root : tree.roots())
        addNode(graph, tree, {root}, -1);
    // Breadth-first over nodes: the children of all of a node's spans, grouped by key, in order
    // of first appearance (children are by start time), become the node's child nodes.
    std::unordered_map<std::uint64_t, std::size_t> groupOfKey;
    std::vector<std::vector<int>> groups;
    for (std::size_t n = 0; n < graph.nodes.size(); ++n) {
        groupOfKey.clear();
        groups.clear();
        for (int span : graph.nodes[n].spans) {
            for (int child : tree.children(span)) {
                const auto [it, added] = groupOfKey.emplace(keyOf[static_cast<std::size_t>(child)], groups.size());
                if (added)
                    groups.emplace_back();
                groups[it->second].push_back(child);
            }
        }
        for (std::vector<int>& group : groups) {
            std::stable_sort(group.begin(), group.end(), [&tree](int a, int b) {
                return tree.span(a).startNs < tree.span(b).startNs;
            });
            addNode(graph, tree, std::move(group), static_cast<int>(n));
        }
    }
    return graph;
}

TopologyGraph buildTopologyGraph(const TraceTree& tree)
{
    if (tree.size() <= kTopologyGroupAbove)
        return buildTopologyGraph(tree, TopologyGrouping::None);
    TopologyGraph grouped = buildTopologyGraph(tree, TopologyGrouping::IdenticalSubtrees);
    if (static_cast<int>(grouped.nodes.size()) <= kTopologyMaxNodes)
        return grouped;
    return buildTopologyGraph(tree, TopologyGrouping::SameOperation);
}

} // namespace tracemark
