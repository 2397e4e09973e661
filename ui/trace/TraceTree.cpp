#include "ui/trace/TraceTree.h"

#include "ui/trace/CriticalPath.h"

#include <algorithm>
#include <unordered_set>

namespace tracemark {

TraceTree TraceTree::build(std::vector<Span> spans)
{
    TraceTree tree;
    tree.graph_ = TraceGraph::build(std::move(spans));
    const std::size_t n = tree.graph_.size();
    tree.position_.assign(n, 0);
    tree.subtreeSize_.assign(n, 1);
    const std::vector<int>& order = tree.graph_.preorder();
    for (std::size_t p = 0; p < order.size(); ++p)
        tree.position_[static_cast<std::size_t>(order[p])] = static_cast<int>(p);
    // Children come after their parent in preorder, so one backwards pass sums subtree sizes.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int parent = tree.graph_.parent(static_cast<std::size_t>(*it));
        if (parent >= 0)
            tree.subtreeSize_[static_cast<std::size_t>(parent)] += tree.subtreeSize_[static_cast<std::size_t>(*it)];
    }
    std::unordered_set<std::string> services;
    for (std::size_t i = 0; i < n; ++i) {
        tree.maxDepth_ = std::max(tree.maxDepth_, tree.graph_.depth(i));
        services.insert(tree.graph_.span(i).service);
    }
    tree.serviceCount_ = static_cast<int>(services.size());
    tree.critical_ = computeCriticalPath(tree.graph_);
    tree.onCritical_.assign(n, false);
    tree.criticalBegin_.assign(n + 1, 0);
    for (const CriticalSection& section : tree.critical_) {
        tree.onCritical_[static_cast<std::size_t>(section.span)] = true;
        ++tree.criticalBegin_[static_cast<std::size_t>(section.span) + 1];
    }
    for (std::size_t i = 0; i < n; ++i)
        tree.criticalBegin_[i + 1] += tree.criticalBegin_[i];
    tree.criticalBySpan_ = tree.critical_;
    std::stable_sort(tree.criticalBySpan_.begin(), tree.criticalBySpan_.end(),
                     [](const CriticalSection& a, const CriticalSection& b) { return a.span < b.span; });
    return tree;
}

std::vector<CriticalSection> TraceTree::criticalSectionsOf(int i) const
{
    const auto first = criticalBySpan_.begin() + criticalBegin_[static_cast<std::size_t>(i)];
    const auto last = criticalBySpan_.begin() + criticalBegin_[static_cast<std::size_t>(i) + 1];
    return std::vector<CriticalSection>(first, last);
}

int TraceTree::indexOfSpanId(const std::string& spanId) const
{
    for (int i = 0; i < size(); ++i) {
        if (span(i).spanId == spanId)
            return i;
    }
    return -1;
}

} // namespace tracemark
