#include "ui/trace/CriticalPath.h"

#include <algorithm>

namespace tracemark {

namespace {

struct Interval {
    int span = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
};

// A span being explained: its clipped interval, the time still to explain (walking backwards)
// and its children by end time, latest first.
struct Frame {
    int span = 0;
    std::int64_t lowNs = 0;
    std::int64_t explainUntilNs = 0;
    std::vector<Interval> children;
    std::size_t next = 0;
};

Frame makeFrame(const TraceGraph& graph, int span, std::int64_t lowNs, std::int64_t highNs)
{
    Frame frame{span, lowNs, highNs, {}, 0};
    for (int child : graph.children(static_cast<std::size_t>(span))) {
        const Span& c = graph.span(static_cast<std::size_t>(child));
        const std::int64_t start = std::max(c.startNs, lowNs);
        const std::int64_t end = std::min(c.endNs(), highNs);
        if (end > start) // a child entirely outside its parent takes no part
            frame.children.push_back({child, start, end});
    }
    std::sort(frame.children.begin(), frame.children.end(), [](const Interval& a, const Interval& b) {
        if (a.endNs != b.endNs)
            return a.endNs > b.endNs;
        if (a.startNs != b.startNs)
            return a.startNs < b.startNs; // the longer child first
        return a.span < b.span;
    });
    return frame;
}

} // namespace

std::vector<CriticalSection> computeCriticalPath(const TraceGraph& graph)
{
    std::vector<CriticalSection> sections;
    if (graph.roots().empty())
        return sections;
    const int root = graph.roots().front();
    const Span& rootSpan = graph.span(static_cast<std::size_t>(root));
    // An explicit stack: traces can be thousands of spans deep.
    std::vector<Frame> stack;
    stack.push_back(makeFrame(graph, root, rootSpan.startNs, rootSpan.endNs()));
    while (!stack.empty()) {
        Frame& frame = stack.back();
        while (frame.next < frame.children.size() && frame.children[frame.next].endNs > frame.explainUntilNs)
            ++frame.next; // overlaps a later-finishing sibling already on the path
        if (frame.next < frame.children.size() && frame.explainUntilNs > frame.lowNs) {
            const Interval child = frame.children[frame.next++];
            if (frame.explainUntilNs > child.endNs)
                sections.push_back({frame.span, child.endNs, frame.explainUntilNs});
            frame.explainUntilNs = child.startNs;
            stack.push_back(makeFrame(graph, child.span, child.startNs, child.endNs)); // invalidates `frame`
            continue;
        }
        if (frame.explainUntilNs > frame.lowNs)
            sections.push_back({frame.span, frame.lowNs, frame.explainUntilNs});
        stack.pop_back();
    }
    std::reverse(sections.begin(), sections.end());
    return sections;
}

} // namespace tracemark
