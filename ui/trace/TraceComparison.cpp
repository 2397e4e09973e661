#include "ui/trace/TraceComparison.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace tracemark {

TraceComparison compareTraces(const TraceTree& a, const TraceTree& b)
{
    TraceComparison result;
    result.durationA = a.durationNs();
    result.durationB = b.durationNs();
    result.spansA = a.size();
    result.spansB = b.size();
    std::unordered_map<std::uint64_t, std::size_t> indexOf;
    auto add = [&](const TraceTree& tree, bool isA) {
        for (int i : tree.preorder()) {
            const std::uint64_t id = tree.callPathId(i);
            auto [it, added] = indexOf.emplace(id, result.paths.size());
            if (added) {
                CallPathDifference path;
                path.callPathId = id;
                path.text = tree.callPathText(i);
                path.service = tree.span(i).service;
                path.operation = tree.span(i).operation;
                path.depth = tree.depth(i);
                result.paths.push_back(std::move(path));
            }
            CallPathDifference& path = result.paths[it->second];
            (isA ? path.countA : path.countB) += 1;
            (isA ? path.totalA : path.totalB) += tree.span(i).durationNs;
        }
    };
    add(a, true);
    add(b, false);

    auto group = [](const CallPathDifference& p) { return p.inBoth() ? 0 : p.countA > 0 ? 1 : 2; };
    std::sort(result.paths.begin(), result.paths.end(), [&](const CallPathDifference& x, const CallPathDifference& y) {
        if (group(x) != group(y))
            return group(x) < group(y);
        const double dx = std::abs(x.deltaNs());
        const double dy = std::abs(y.deltaNs());
        if (dx != dy)
            return dx > dy;
        return x.text < y.text;
    });
    for (std::size_t i = 0; i < result.paths.size(); ++i) {
        const CallPathDifference& path = result.paths[i];
        if (!path.inBoth()) {
            (path.countA > 0 ? result.onlyInA : result.onlyInB) += 1;
            continue;
        }
        if (path.countA != path.countB)
            ++result.countsDiffer;
        if (result.biggestChange < 0 && path.deltaNs() != 0.0)
            result.biggestChange = static_cast<int>(i); // the first matched path is the largest change
    }
    return result;
}

} // namespace tracemark
