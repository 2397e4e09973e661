#include "core/graph/TraceGraph.h"

#include "core/common/Error.h"
#include "core/graph/SpanIdIndex.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace tracemark {

namespace {

// Buffers reused by every build() on the same thread: import builds one graph per trace, and
// keeping these alive turns several allocations per trace into none.
struct BuildScratch {
    SpanIdIndex ids;
    std::vector<int> childCount;
    std::vector<int> stack;
    std::vector<std::uint64_t> labelHash;
    std::vector<std::uint64_t> subtreeHash;
    std::vector<std::uint64_t> siblingHashes;
    std::vector<char> onWalk;
};

BuildScratch& scratch()
{
    thread_local BuildScratch buffers;
    return buffers;
}

std::uint64_t mix64(std::uint64_t x) // splitmix64 finaliser: every input bit reaches every output bit
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

// Hash of "service:operation", computed without building the string (FNV-1a is a running hash).
std::uint64_t labelHashOf(const Span& span)
{
    return fnv1a64(span.operation, fnv1a64(":", fnv1a64(span.service)));
}

// Spans reachable from no root: at least one cycle exists. Walk up the parent links from the first
// such span until a span repeats; that span is on a cycle. Reported in call order (parent -> child).
[[noreturn]] void throwCycle(const std::vector<Span>& spans, const std::vector<int>& parent,
                             const std::vector<char>& visited, std::vector<char>& onWalk)
{
    const int n = static_cast<int>(spans.size());
    int start = 0;
    while (start < n && visited[start])
        ++start;
    onWalk.assign(spans.size(), 0);
    int v = start;
    while (!onWalk[v]) { // unvisited spans always have a parent: a root would have made them visited
        onWalk[v] = 1;
        v = parent[v];
    }
    std::vector<int> cycle; // child -> parent order
    int c = v;
    do {
        cycle.push_back(c);
        c = parent[c];
    } while (c != v);
    std::reverse(cycle.begin(), cycle.end());
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());

    constexpr std::size_t kShown = 10;
    std::string message = "trace " + (spans.empty() ? std::string() : spans.front().traceId)
        + ": spans form a cycle (parent -> child): ";
    for (std::size_t i = 0; i < cycle.size() && i < kShown; ++i)
        message += spans[cycle[i]].spanId + " -> ";
    if (cycle.size() > kShown)
        message += "... (" + std::to_string(cycle.size()) + " spans on the cycle) -> ";
    message += spans[cycle.front()].spanId;
    throw TraceStructureError(message);
}

// Sum of the union of the children's intervals clipped to [begin, end]. Children are sorted by start.
std::int64_t coveredByChildren(const std::vector<Span>& spans, const std::vector<int>& children,
                               std::int64_t begin, std::int64_t end)
{
    std::int64_t covered = 0;
    std::int64_t runStart = 0;
    std::int64_t runEnd = 0;
    bool inRun = false;
    for (int child : children) {
        const std::int64_t s = std::max(spans[child].startNs, begin);
        const std::int64_t e = std::min(spans[child].endNs(), end);
        if (e <= s)
            continue;
        if (inRun && s <= runEnd) {
            runEnd = std::max(runEnd, e);
            continue;
        }
        if (inRun)
            covered += runEnd - runStart;
        runStart = s;
        runEnd = e;
        inRun = true;
    }
    if (inRun)
        covered += runEnd - runStart;
    return covered;
}

} // namespace

std::uint64_t fnv1a64(std::string_view text, std::uint64_t seed)
{
    std::uint64_t h = seed;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::uint64_t hashCombine(std::uint64_t a, std::uint64_t b)
{
    // boost::hash_combine's shape, with b and the result passed through a full 64-bit mixer
    return mix64(a ^ (mix64(b) + 0x9e3779b97f4a7c15ull + (a << 6) + (a >> 2)));
}

const std::string& TraceGraph::traceId() const
{
    static const std::string none;
    return spans_.empty() ? none : spans_.front().traceId;
}

TraceGraph TraceGraph::build(std::vector<Span> spans)
{
    if (spans.size() > static_cast<std::size_t>(INT_MAX))
        throw TraceStructureError("trace " + spans.front().traceId + ": too many spans ("
                                  + std::to_string(spans.size()) + ")");
    TraceGraph g;
    g.spans_ = std::move(spans);
    const std::vector<Span>& sp = g.spans_;
    const int n = static_cast<int>(sp.size());
    BuildScratch& s = scratch();

    // Parents; the first span with an id owns it.
    g.duplicateCount_ = s.ids.rebuild(sp);
    g.parent_.assign(n, -1);
    g.orphan_.assign(n, false);
    s.childCount.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        if (sp[i].parentId.empty())
            continue;
        const int p = s.ids.find(sp[i].parentId);
        if (p < 0) {
            g.orphan_[i] = true;
            ++g.orphanCount_;
        } else {
            g.parent_[i] = p;
            ++s.childCount[p];
        }
    }

    // Children and roots, in an order independent of arrival.
    const auto byStart = [&sp](int a, int b) {
        if (sp[a].startNs != sp[b].startNs)
            return sp[a].startNs < sp[b].startNs;
        if (const int c = sp[a].spanId.compare(sp[b].spanId); c != 0)
            return c < 0;
        return a < b;
    };
    g.children_.resize(n);
    g.roots_.reserve(n - std::count_if(g.parent_.begin(), g.parent_.end(), [](int p) { return p >= 0; }));
    for (int i = 0; i < n; ++i) {
        if (s.childCount[i] > 0)
            g.children_[i].reserve(s.childCount[i]);
        if (g.parent_[i] >= 0)
            g.children_[g.parent_[i]].push_back(i);
        else
            g.roots_.push_back(i);
    }
    for (std::vector<int>& c : g.children_)
        if (c.size() > 1)
            std::sort(c.begin(), c.end(), byStart);
    std::sort(g.roots_.begin(), g.roots_.end(), [&](int a, int b) {
        if (g.orphan_[a] != g.orphan_[b])
            return !g.orphan_[a];
        return byStart(a, b);
    });

    // Depth-first walk with an explicit stack (chains can be 100k spans deep); call paths on the way.
    s.labelHash.resize(n);
    for (int i = 0; i < n; ++i)
        s.labelHash[i] = labelHashOf(sp[i]);
    g.depth_.assign(n, 0);
    g.callPathId_.assign(n, 0);
    g.preorder_.reserve(n);
    s.stack.clear();
    for (auto r = g.roots_.rbegin(); r != g.roots_.rend(); ++r)
        s.stack.push_back(*r);
    while (!s.stack.empty()) {
        const int v = s.stack.back();
        s.stack.pop_back();
        g.preorder_.push_back(v);
        const int p = g.parent_[v];
        g.callPathId_[v] = p < 0 ? s.labelHash[v] : hashCombine(g.callPathId_[p], s.labelHash[v]);
        const std::vector<int>& kids = g.children_[v];
        for (auto c = kids.rbegin(); c != kids.rend(); ++c) {
            g.depth_[*c] = g.depth_[v] + 1;
            s.stack.push_back(*c);
        }
    }
    if (static_cast<int>(g.preorder_.size()) != n) {
        std::vector<char> visited(n, 0);
        for (int v : g.preorder_)
            visited[v] = 1;
        throwCycle(sp, g.parent_, visited, s.onWalk);
    }

    // Trace bounds, then per-span time features.
    if (n > 0) {
        g.startNs_ = sp[0].startNs;
        g.endNs_ = sp[0].endNs();
        for (const Span& span : sp) {
            g.startNs_ = std::min(g.startNs_, span.startNs);
            g.endNs_ = std::max(g.endNs_, span.endNs());
        }
    }
    g.timing_.resize(n);
    for (int i = 0; i < n; ++i) {
        const Span& span = sp[i];
        SpanTiming& t = g.timing_[i];
        const std::vector<int>& kids = g.children_[i];
        t.durationNs = span.durationNs;
        t.relativeStartNs = span.startNs - g.startNs_;
        t.waitingNs = kids.empty() ? 0 : std::max<std::int64_t>(0, sp[kids.front()].startNs - span.startNs);
        t.localNs = span.durationNs
            - coveredByChildren(sp, kids, span.startNs, std::max(span.startNs, span.endNs()));
    }

    // Canonical structure hash, children before parents (reverse preorder).
    s.subtreeHash.resize(n);
    for (auto it = g.preorder_.rbegin(); it != g.preorder_.rend(); ++it) {
        const int v = *it;
        std::uint64_t h = hashCombine(s.labelHash[v], g.children_[v].size());
        s.siblingHashes.clear();
        for (int c : g.children_[v])
            s.siblingHashes.push_back(s.subtreeHash[c]);
        std::sort(s.siblingHashes.begin(), s.siblingHashes.end());
        for (std::uint64_t c : s.siblingHashes)
            h = hashCombine(h, c);
        s.subtreeHash[v] = h;
    }
    if (n > 0) {
        s.siblingHashes.clear();
        for (int r : g.roots_)
            s.siblingHashes.push_back(s.subtreeHash[r]);
        std::sort(s.siblingHashes.begin(), s.siblingHashes.end());
        std::uint64_t h = hashCombine(fnv1a64("trace"), g.roots_.size());
        for (std::uint64_t r : s.siblingHashes)
            h = hashCombine(h, r);
        g.pathId_ = h;
    }
    return g;
}

std::string TraceGraph::callPathText(std::size_t i) const
{
    std::vector<int> chain; // i up to its root
    for (int v = static_cast<int>(i); v >= 0; v = parent_[v])
        chain.push_back(v);
    std::string text;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!text.empty())
            text += " > ";
        text += spans_[*it].service;
        text += ':';
        text += spans_[*it].operation;
    }
    return text;
}

StatusClass TraceGraph::worstStatus() const
{
    StatusClass worst = StatusClass::Ok;
    for (const Span& span : spans_)
        worst = worse(worst, span.status);
    return worst;
}

int TraceGraph::errorSpanCount() const
{
    return static_cast<int>(
        std::count_if(spans_.begin(), spans_.end(), [](const Span& span) { return isFailure(span.status); }));
}

} // namespace tracemark
