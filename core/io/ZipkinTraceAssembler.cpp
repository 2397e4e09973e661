#include "core/io/ZipkinTraceAssembler.h"

#include "core/io/JsonSupport.h"
#include "core/io/TagEvidence.h"

#include <algorithm>
#include <unordered_map>

namespace tracemark {

namespace {

// Zipkin's EndpointTracker: endpoints sent in pieces merge unless a field disagrees.
struct EndpointTracker {
    ZipkinEndpoint merged;
    bool tryMerge(const ZipkinEndpoint& e)
    {
        if (!merged.serviceName.empty() && !e.serviceName.empty() && merged.serviceName != e.serviceName)
            return false;
        if (!merged.ipv4.empty() && !e.ipv4.empty() && merged.ipv4 != e.ipv4)
            return false;
        if (!merged.ipv6.empty() && !e.ipv6.empty() && merged.ipv6 != e.ipv6)
            return false;
        if (merged.port != 0 && e.port != 0 && merged.port != e.port)
            return false;
        if (merged.serviceName.empty())
            merged.serviceName = e.serviceName;
        if (merged.ipv4.empty())
            merged.ipv4 = e.ipv4;
        if (merged.ipv6.empty())
            merged.ipv6 = e.ipv6;
        if (merged.port == 0)
            merged.port = e.port;
        return true;
    }
};

bool compatible(const ZipkinEndpoint& a, const ZipkinEndpoint& b)
{
    EndpointTracker t;
    t.tryMerge(a);
    return t.tryMerge(b);
}

void mergeEndpoint(ZipkinEndpoint& into, const ZipkinEndpoint& from)
{
    EndpointTracker t;
    t.tryMerge(into);
    t.tryMerge(from);
    into = t.merged;
}

struct Item {
    ZipkinSpan span;
    std::size_t order = 0; // position of the first fragment in the file
    bool removed = false;
    std::string finalId;
    std::string finalParent;
    bool parentDecided = false;
    bool estimated = false;
};

void mergeInto(Item& into, Item& from)
{
    ZipkinSpan& a = into.span;
    ZipkinSpan& b = from.span;
    if (a.parentId.empty())
        a.parentId = b.parentId;
    if (a.kind.empty())
        a.kind = b.kind;
    if (a.name.empty())
        a.name = b.name;
    if (!a.timestampUs)
        a.timestampUs = b.timestampUs;
    if (!a.durationUs)
        a.durationUs = b.durationUs;
    mergeEndpoint(a.localEndpoint, b.localEndpoint);
    mergeEndpoint(a.remoteEndpoint, b.remoteEndpoint);
    for (auto& tag : b.tags) {
        const bool known
            = std::any_of(a.tags.begin(), a.tags.end(), [&](const Attribute& t) { return t.key == tag.key; });
        if (!known)
            a.tags.push_back(std::move(tag));
    }
    for (auto& ann : b.annotations)
        a.annotations.push_back(std::move(ann));
    a.shared = a.shared || b.shared;
    into.order = std::min(into.order, from.order);
    from.removed = true;
}

// "Null" sorts last for strings, as Zipkin's nullSafeCompareTo.
int compareNullLast(const std::string& a, const std::string& b)
{
    if (a.empty())
        return b.empty() ? 0 : 1;
    if (b.empty())
        return -1;
    return a.compare(b);
}

// Zipkin's CLEANUP_COMPARATOR: by id, then non-shared (clients first) before shared, then
// spans without endpoint first, then by endpoint.
bool cleanupLess(const Item& l, const Item& r)
{
    const ZipkinSpan& a = l.span;
    const ZipkinSpan& b = r.span;
    if (a.id != b.id)
        return a.id < b.id;
    if (a.shared != b.shared)
        return !a.shared;
    if (!a.shared) {
        const bool ac = a.kind == "CLIENT";
        const bool bc = b.kind == "CLIENT";
        if (ac != bc)
            return ac;
    }
    if (a.localEndpoint.empty() != b.localEndpoint.empty())
        return a.localEndpoint.empty();
    int c = compareNullLast(a.localEndpoint.serviceName, b.localEndpoint.serviceName);
    if (c == 0)
        c = compareNullLast(a.localEndpoint.ipv4, b.localEndpoint.ipv4);
    if (c == 0)
        c = compareNullLast(a.localEndpoint.ipv6, b.localEndpoint.ipv6);
    if (c != 0)
        return c < 0;
    return l.order < r.order;
}

std::string instanceOf(const ZipkinEndpoint& e)
{
    const std::string host
        = !e.ipv4.empty() ? e.ipv4 : (!e.ipv6.empty() ? "[" + e.ipv6 + "]" : std::string());
    if (host.empty())
        return {};
    return e.port != 0 ? host + ":" + std::to_string(e.port) : host;
}

struct ServerHalf {
    std::string id;
    std::string service;
    std::string ipv4;
};

// Merges fragments of one span (see the header) and backfills missing shared flags.
std::vector<Item> mergeFragments(std::vector<ZipkinSpan> spans)
{
    std::vector<Item> items(spans.size());
    std::unordered_map<std::string, std::vector<std::size_t>> byId;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        items[i].span = std::move(spans[i]);
        items[i].order = i;
        byId[items[i].span.id].push_back(i);
    }
    // Late fragments without kind and timestamp join the timed span with the same endpoint.
    for (auto& [id, group] : byId) {
        if (group.size() < 2)
            continue;
        for (std::size_t f : group) {
            Item& fragment = items[f];
            if (fragment.removed || fragment.span.timestampUs || !fragment.span.kind.empty())
                continue;
            Item* target = nullptr;
            for (std::size_t t : group) {
                Item& candidate = items[t];
                if (t == f || candidate.removed || !candidate.span.timestampUs
                    || !compatible(candidate.span.localEndpoint, fragment.span.localEndpoint))
                    continue;
                if (!target
                    || (candidate.span.shared == fragment.span.shared
                        && target->span.shared != fragment.span.shared))
                    target = &candidate;
            }
            if (target)
                mergeInto(*target, fragment);
        }
    }
    items.erase(
        std::remove_if(items.begin(), items.end(), [](const Item& it) { return it.removed; }), items.end());
    std::sort(items.begin(), items.end(), cleanupLess);

    // Zipkin's sequential merge of consecutive pieces with the same id, shared flag and endpoint.
    std::vector<Item> merged;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Item current = std::move(items[i]);
        EndpointTracker tracker;
        tracker.tryMerge(current.span.localEndpoint);
        while (i + 1 < items.size() && items[i + 1].span.id == current.span.id
            && items[i + 1].span.shared == current.span.shared
            && tracker.tryMerge(items[i + 1].span.localEndpoint)) {
            mergeInto(current, items[i + 1]);
            ++i;
        }
        if (!merged.empty() && merged.back().span.id == current.span.id) {
            const ZipkinSpan& last = merged.back().span;
            if (last.kind == "CLIENT" && current.span.kind == "SERVER" && !current.span.shared)
                current.span.shared = true;
        }
        current.removed = false;
        merged.push_back(std::move(current));
    }
    return merged;
}

} // namespace

ZipkinTraceResult assembleZipkinTrace(std::vector<ZipkinSpan> spans)
{
    std::vector<Item> items = mergeFragments(std::move(spans));

    // Split shared spans off their client halves.
    std::unordered_map<std::string, std::vector<ServerHalf>> serverHalves;
    for (std::size_t i = 0; i < items.size();) {
        std::size_t end = i;
        bool hasClientHalf = false;
        while (end < items.size() && items[end].span.id == items[i].span.id) {
            hasClientHalf = hasClientHalf || !items[end].span.shared;
            ++end;
        }
        int servers = 0;
        for (std::size_t k = i; k < end; ++k) {
            Item& it = items[k];
            it.finalId = it.span.id;
            if (!it.span.shared)
                continue;
            ++servers;
            if (hasClientHalf || servers > 1) {
                it.finalId = it.span.id + ".server" + (servers > 1 ? std::to_string(servers) : std::string());
                if (hasClientHalf) {
                    it.finalParent = it.span.id;
                    it.parentDecided = true;
                    serverHalves[it.span.id].push_back(ServerHalf {
                        it.finalId, it.span.localEndpoint.serviceName, it.span.localEndpoint.ipv4 });
                }
            }
        }
        i = end;
    }
    // Children of a shared id attach to the server half running in their own service.
    for (auto& it : items) {
        if (it.parentDecided)
            continue;
        it.finalParent = json::isZeroId(it.span.parentId) ? std::string() : it.span.parentId;
        auto halves = serverHalves.find(it.finalParent);
        if (halves == serverHalves.end())
            continue;
        const ServerHalf* best = nullptr;
        for (const auto& half : halves->second) {
            if (half.service != it.span.localEndpoint.serviceName)
                continue;
            if (!best
                || (half.ipv4 == it.span.localEndpoint.ipv4 && best->ipv4 != it.span.localEndpoint.ipv4))
                best = &half;
        }
        if (best)
            it.finalParent = best->id;
    }

    // Incomplete spans take the interval of their timed children, innermost first.
    std::unordered_map<std::string, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!items[i].finalParent.empty())
            children[items[i].finalParent].push_back(i);
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& it : items) {
            if (it.span.timestampUs)
                continue;
            auto kids = children.find(it.finalId);
            if (kids == children.end())
                continue;
            std::optional<std::int64_t> start, end;
            for (std::size_t k : kids->second) {
                const ZipkinSpan& child = items[k].span;
                if (!child.timestampUs)
                    continue;
                const std::int64_t childEnd = *child.timestampUs + child.durationUs.value_or(0);
                start = start ? std::min(*start, *child.timestampUs) : *child.timestampUs;
                end = end ? std::max(*end, childEnd) : childEnd;
            }
            if (start) {
                it.span.timestampUs = start;
                it.span.durationUs = *end - *start;
                it.estimated = true;
                changed = true;
            }
        }
    }

    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.order < b.order; });
    ZipkinTraceResult result;
    for (auto& it : items) {
        ZipkinSpan& z = it.span;
        if (!z.timestampUs) {
            if (result.skippedWithoutTimestamp++ == 0)
                result.firstSkippedId = z.id;
            continue;
        }
        Span span;
        span.traceId = z.traceId;
        span.spanId = it.finalId;
        span.parentId = it.finalParent;
        span.service = z.localEndpoint.serviceName.empty() ? "unknown" : z.localEndpoint.serviceName;
        span.instance = instanceOf(z.localEndpoint);
        span.operation = z.name;
        span.kind = spanKindFromString(z.kind);
        span.startNs = *z.timestampUs * 1000;
        span.durationNs = z.durationUs.value_or(0) * 1000;
        StatusEvidence status;
        bool hasPeerService = false;
        for (auto& tag : z.tags) {
            if (tag.key == "error") {
                // Zipkin: the presence of an "error" tag marks a failure; its value is the message.
                status.setErrorFlag("true");
                if (!tag.value.empty() && tag.value != "true")
                    span.attributes.push_back(Attribute { "error.message", std::move(tag.value) });
            } else if (!status.consider(tag.key, tag.value)) {
                hasPeerService = hasPeerService || tag.key == "peer.service";
                span.attributes.push_back(std::move(tag));
            }
        }
        if (!hasPeerService && !z.remoteEndpoint.serviceName.empty())
            span.attributes.push_back(Attribute { "peer.service", z.remoteEndpoint.serviceName });
        if (it.estimated)
            span.attributes.push_back(Attribute { "tracemark.time_estimated", "children" });
        status.applyTo(span);
        for (auto& ann : z.annotations) {
            LogRecord log;
            log.timeNs = ann.timestampUs * 1000;
            log.service = span.service;
            log.instance = span.instance;
            log.traceId = span.traceId;
            log.spanId = span.spanId;
            log.message = std::move(ann.value);
            result.logs.push_back(std::move(log));
        }
        result.spans.push_back(std::move(span));
    }
    return result;
}

} // namespace tracemark
