#pragma once
// Shared by the simulator tests: runs a simulation into memory and indexes it by trace.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/sim/Simulator.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace simulator_test {

using namespace tracemark;
using tracemark::test::CollectingSink;


constexpr std::int64_t kSecond = 1000000000LL;

// One trace of a run, with its spans in emission order.
struct TraceView {
    std::vector<const Span*> spans;
    const Span* root = nullptr;
    const TraceGroundTruth* truth = nullptr;
    std::int64_t startNs() const { return root->startNs; }
    std::int64_t endNs() const
    {
        std::int64_t end = 0;
        for (const auto* s : spans)
            end = std::max(end, s->endNs());
        return end;
    }
    // The trace reached `instance` during [fromNs, toNs): a span served there, or a call sent
    // to it, overlapping that time.
    bool touches(const std::string& instance, std::int64_t fromNs, std::int64_t toNs) const
    {
        for (const auto* s : spans) {
            if (s->startNs >= toNs || s->endNs() <= fromNs)
                continue;
            if (s->instance == instance && s->kind == SpanKind::Server)
                return true;
            for (const auto& a : s->attributes)
                if (a.key == "net.peer.name" && a.value == instance)
                    return true;
        }
        return false;
    }
};

struct Run {
    SimulationConfig config;
    CollectingSink sink;
    std::vector<std::string> order; // trace ids in emission order
    std::map<std::string, TraceView> traces;

    const FaultInjection& fault(const std::string& type) const
    {
        for (const auto& f : sink.faults)
            if (f.faultType == type)
                return f;
        FAIL("no fault of type " << type);
        return sink.faults.front();
    }
    bool insideAnyFault(std::int64_t fromNs, std::int64_t toNs) const
    {
        for (const auto& f : sink.faults)
            if (fromNs < f.endNs && toNs > f.startNs)
                return true;
        return false;
    }
    // KPI samples of one instance and metric, by time.
    std::map<std::int64_t, double> series(const std::string& instance, const std::string& name) const
    {
        std::map<std::int64_t, double> out;
        for (const auto& m : sink.metrics)
            if (m.instance == instance && m.name == name)
                out[m.timeNs] = m.value;
        return out;
    }
};

inline std::unique_ptr<Run> simulate(const SimulationConfig& config)
{
    auto run = std::make_unique<Run>();
    run->config = config;
    NullProgress progress;
    Simulator(config).run(run->sink, progress);
    for (const auto& s : run->sink.spans) {
        auto [it, inserted] = run->traces.try_emplace(s.traceId);
        if (inserted)
            run->order.push_back(s.traceId);
        it->second.spans.push_back(&s);
        if (s.parentId.empty())
            it->second.root = &s;
    }
    for (const auto& t : run->sink.truths)
        if (auto it = run->traces.find(t.traceId); it != run->traces.end())
            it->second.truth = &t;
    return run;
}

// 8000 traces at 50/s (about three minutes), six 12 s faults, 2 s metric intervals: every fault
// type once, with several hundred traces inside each window.
inline SimulationConfig faultConfig(std::uint64_t seed)
{
    SimulationConfig c;
    c.traces = 8000;
    c.faults = 6;
    c.seed = seed;
    c.tracesPerSecond = 50.0;
    c.faultDurationNs = 12 * kSecond;
    c.metricIntervalNs = 2 * kSecond;
    return c;
}

inline const std::vector<std::uint64_t> kSeeds = { 3, 20260101 };

inline const Run& sharedRun(std::uint64_t seed)
{
    static std::map<std::uint64_t, std::unique_ptr<Run>> cache;
    auto& slot = cache[seed];
    if (!slot)
        slot = simulate(faultConfig(seed));
    return *slot;
}

inline bool isHex(const std::string& s, std::size_t length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

inline bool sameSpan(const Span& a, const Span& b)
{
    return a.traceId == b.traceId && a.spanId == b.spanId && a.parentId == b.parentId
        && a.service == b.service && a.operation == b.operation && a.instance == b.instance
        && a.startNs == b.startNs && a.durationNs == b.durationNs && a.status == b.status
        && a.statusCode == b.statusCode && a.kind == b.kind && a.attributes == b.attributes;
}

inline bool sameLog(const LogRecord& a, const LogRecord& b)
{
    return a.timeNs == b.timeNs && a.service == b.service && a.instance == b.instance
        && a.traceId == b.traceId && a.spanId == b.spanId && a.severity == b.severity
        && a.message == b.message;
}

inline bool sameMetric(const MetricSample& a, const MetricSample& b)
{
    return a.timeNs == b.timeNs && a.service == b.service && a.instance == b.instance && a.name == b.name
        && a.value == b.value;
}

inline const char* attribute(const Span& s, const std::string& key)
{
    for (const auto& a : s.attributes)
        if (a.key == key)
            return a.value.c_str();
    return nullptr;
}

inline const std::set<std::string> kAllTypes = { "delay", "error", "structural", "cpu", "memory", "pod_failure" };


} // namespace simulator_test
