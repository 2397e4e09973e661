#include "core/rca/TraceEvidenceIndex.h"

#include "core/common/Progress.h"
#include "core/model/Span.h"
#include "core/model/Status.h"
#include "core/store/AttributeCodec.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <unordered_map>

namespace tracemark {
namespace {

struct RawSpan {
    int depth = 0;
    std::int32_t service = 0;
    double durationNs = 0;
    double selfNs = 0;
    bool error = false;
    SpanKind kind = SpanKind::Unspecified;
    std::string clientAttributes; // JSON, for client spans only: read for the leaves (peer calls)
};

// Attribute keys that name the peer of a client span, most specific first.
constexpr std::string_view kPeerKeys[] = {"peer.service", "server.address", "net.peer.name", "db.instance"};

// Services by name, and by instance name (from spans and from KPI series: a database may only
// appear as the instance of its metrics).
std::unordered_map<std::string, std::int32_t> knownPeers(Database& db)
{
    std::unordered_map<std::string, std::int32_t> peers;
    for (const char* sql : {"SELECT name, id FROM services", "SELECT name, service_id FROM instances",
             "SELECT DISTINCT instance, service_id FROM metric_series WHERE service_id IS NOT NULL"}) {
        Statement select = db.prepare(sql);
        while (select.step())
            peers.emplace(select.text(0), static_cast<std::int32_t>(select.int64(1)));
    }
    return peers;
}

std::int32_t peerOf(std::string_view attributesJson, const std::unordered_map<std::string, std::int32_t>& peers)
{
    const std::vector<Attribute> attributes = decodeAttributes(attributesJson);
    for (const std::string_view key : kPeerKeys)
        for (const Attribute& a : attributes)
            if (a.key == key) {
                const auto found = peers.find(a.value);
                if (found != peers.end())
                    return found->second;
            }
    return -1;
}

// Per-trace slices, built in key order and reordered by start at the end.
struct TraceSlices {
    std::vector<ServiceSlice> services;
    std::vector<EdgeSlice> edges;
    std::vector<CallGap> gaps;
};

// In preorder a span's parent is the last span before it one level up (-1: root or orphan).
std::vector<int> parentIndexes(const std::vector<RawSpan>& spans)
{
    std::vector<int> parents(spans.size(), -1);
    std::vector<int> lastAtDepth;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto depth = static_cast<std::size_t>(spans[i].depth);
        if (depth > 0 && depth <= lastAtDepth.size())
            parents[i] = lastAtDepth[depth - 1];
        lastAtDepth.resize(depth + 1);
        lastAtDepth[depth] = static_cast<int>(i);
    }
    return parents;
}

TraceSlices summarise(const std::vector<RawSpan>& spans, const std::unordered_map<std::string, std::int32_t>& peers)
{
    const std::vector<int> parents = parentIndexes(spans);
    std::vector<int> children(spans.size(), 0), onlyChild(spans.size(), -1);
    std::vector<bool> childFailed(spans.size(), false);
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const int p = parents[i];
        if (p < 0)
            continue;
        ++children[static_cast<std::size_t>(p)];
        onlyChild[static_cast<std::size_t>(p)] = static_cast<int>(i);
        if (spans[i].error)
            childFailed[static_cast<std::size_t>(p)] = true;
    }
    auto isCallSpan = [&](std::size_t i) {
        const RawSpan& s = spans[i];
        return children[i] == 1 && spans[static_cast<std::size_t>(onlyChild[i])].service != s.service &&
               (s.kind == SpanKind::Client || s.kind == SpanKind::Unspecified);
    };
    // A client span with no child whose peer is a known service without spans of its own here
    // (a database, a cache): the whole span is the wait on that service.
    std::vector<std::int32_t> peerOfSpan(spans.size(), -1);
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (children[i] == 0 && !spans[i].clientAttributes.empty()) {
            const std::int32_t peer = peerOf(spans[i].clientAttributes, peers);
            peerOfSpan[i] = peer == spans[i].service ? -1 : peer;
        }
    auto isPeerCall = [&](std::size_t i) { return peerOfSpan[i] >= 0; };

    // A trace touches a handful of services and edges: a linear search beats a hash map here.
    TraceSlices out;
    auto serviceFor = [&](std::int32_t service) -> ServiceSlice& {
        for (ServiceSlice& slice : out.services)
            if (slice.service == service)
                return slice;
        return out.services.emplace_back(ServiceSlice{service});
    };
    auto edgeFor = [&](std::int32_t caller, std::int32_t callee) -> EdgeSlice& {
        for (EdgeSlice& edge : out.edges)
            if (edge.caller == caller && edge.callee == callee)
                return edge;
        return out.edges.emplace_back(EdgeSlice{0, caller, callee});
    };
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const RawSpan& s = spans[i];
        if (isPeerCall(i)) {
            const std::int32_t peer = peerOfSpan[i];
            serviceFor(peer); // present in the trace, with no spans
            EdgeSlice& edge = edgeFor(s.service, peer);
            ++edge.calls;
            ++edge.gapCalls;
            edge.gapNs += static_cast<float>(s.durationNs);
            edge.calleeDurationNs += static_cast<float>(s.durationNs);
            out.gaps.push_back({peer, static_cast<float>(s.durationNs)});
        }
        ServiceSlice& slice = serviceFor(s.service);
        ++slice.spans;
        slice.errors += s.error ? 1 : 0;
        slice.ownErrors += s.error && !childFailed[i] ? 1 : 0;
        slice.durationNs += s.durationNs;
        slice.durationSquares += s.durationNs * s.durationNs;
        if (!isCallSpan(i) && !isPeerCall(i)) {
            ++slice.workSpans;
            slice.selfNs += s.selfNs;
            slice.selfSquares += s.selfNs * s.selfNs;
        }
        const int p = parents[i];
        if (p < 0 || spans[static_cast<std::size_t>(p)].service == s.service)
            continue;
        const RawSpan& caller = spans[static_cast<std::size_t>(p)];
        EdgeSlice& edge = edgeFor(caller.service, s.service);
        ++edge.calls;
        edge.calleeDurationNs += static_cast<float>(s.durationNs);
        if (isCallSpan(static_cast<std::size_t>(p))) {
            const double gap = caller.durationNs - s.durationNs;
            ++edge.gapCalls;
            edge.gapNs += static_cast<float>(gap);
            out.gaps.push_back({s.service, static_cast<float>(gap)});
        }
    }
    return out;
}

} // namespace

TraceEvidenceIndex::TraceEvidenceIndex(Database& db, Progress& progress)
{
    const std::int64_t traceTotal = db.queryInt64("SELECT COUNT(*) FROM traces");
    std::vector<std::int64_t> keys, starts;
    keys.reserve(static_cast<std::size_t>(traceTotal));
    starts.reserve(static_cast<std::size_t>(traceTotal));
    {
        Statement traces = db.prepare("SELECT id, start_ns FROM traces ORDER BY id");
        while (traces.step()) {
            keys.push_back(traces.int64(0));
            starts.push_back(traces.int64(1));
        }
    }
    std::vector<TraceSlices> slices(keys.size());
    const std::unordered_map<std::string, std::int32_t> peers = knownPeers(db);
    Statement spansQuery = db.prepare(
        "SELECT id >> 24, depth, service_id, duration_ns, local_ns, status, kind, "
        "CASE WHEN kind = " + std::to_string(static_cast<int>(SpanKind::Client)) + " THEN attributes END "
        "FROM spans ORDER BY id");
    std::vector<RawSpan> spans;
    std::int64_t current = -1;
    std::size_t position = 0; // of `current` in keys
    std::size_t done = 0;
    auto flush = [&] {
        while (position < keys.size() && keys[position] < current)
            ++position;
        if (position < keys.size() && keys[position] == current)
            slices[position] = summarise(spans, peers);
        spans.clear();
        if (++done % 4096 == 0) {
            progress.checkCancelled();
            progress.report(keys.empty() ? 1.0 : static_cast<double>(done) / static_cast<double>(keys.size()),
                "reading spans for root-cause evidence");
        }
    };
    while (spansQuery.step()) {
        const std::int64_t trace = spansQuery.int64(0);
        if (trace != current && current >= 0)
            flush();
        current = trace;
        spans.push_back({static_cast<int>(spansQuery.int64(1)), static_cast<std::int32_t>(spansQuery.int64(2)),
            static_cast<double>(spansQuery.int64(3)), static_cast<double>(spansQuery.int64(4)),
            spansQuery.int64(5) != static_cast<int>(StatusClass::Ok), static_cast<SpanKind>(spansQuery.int64(6)),
            spansQuery.isNull(7) ? std::string() : std::string(spansQuery.textView(7))});
    }
    if (current >= 0)
        flush();

    std::vector<std::size_t> order(keys.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return starts[a] != starts[b] ? starts[a] < starts[b] : keys[a] < keys[b];
    });
    keys_.reserve(keys.size());
    starts_.reserve(keys.size());
    serviceOffsets_.assign(1, 0);
    edgeOffsets_.assign(1, 0);
    gapOffsets_.assign(1, 0);
    for (const std::size_t i : order) {
        keys_.push_back(keys[i]);
        starts_.push_back(starts[i]);
        services_.insert(services_.end(), slices[i].services.begin(), slices[i].services.end());
        edges_.insert(edges_.end(), slices[i].edges.begin(), slices[i].edges.end());
        serviceOffsets_.push_back(static_cast<std::uint32_t>(services_.size()));
        edgeOffsets_.push_back(static_cast<std::uint32_t>(edges_.size()));
        gaps_.insert(gaps_.end(), slices[i].gaps.begin(), slices[i].gaps.end());
        gapOffsets_.push_back(static_cast<std::uint32_t>(gaps_.size()));
        slices[i] = {};
    }
    // Dense edge ids, so a period sums edges into a plain array.
    std::unordered_map<std::int64_t, std::int32_t> edgeIds;
    for (EdgeSlice& e : edges_) {
        const std::int64_t pair = (static_cast<std::int64_t>(e.caller) << 32) | static_cast<std::uint32_t>(e.callee);
        const auto [found, added] = edgeIds.emplace(pair, static_cast<std::int32_t>(edgePairs_.size()));
        if (added)
            edgePairs_.emplace_back(e.caller, e.callee);
        e.edge = found->second;
    }
    services_.shrink_to_fit();
    edges_.shrink_to_fit();
    gaps_.shrink_to_fit();
    progress.checkCancelled();
}

std::pair<std::size_t, std::size_t> TraceEvidenceIndex::range(std::int64_t startNs, std::int64_t endNs) const
{
    const auto first = std::lower_bound(starts_.begin(), starts_.end(), startNs);
    const auto last = std::lower_bound(first, starts_.end(), std::max(startNs, endNs));
    return {static_cast<std::size_t>(first - starts_.begin()), static_cast<std::size_t>(last - starts_.begin())};
}

std::size_t TraceEvidenceIndex::memoryBytes() const
{
    return keys_.capacity() * sizeof(std::int64_t) + starts_.capacity() * sizeof(std::int64_t) +
           (serviceOffsets_.capacity() + edgeOffsets_.capacity() + gapOffsets_.capacity()) * sizeof(std::uint32_t) +
           services_.capacity() * sizeof(ServiceSlice) + edges_.capacity() * sizeof(EdgeSlice) +
           gaps_.capacity() * sizeof(CallGap);
}

} // namespace tracemark
