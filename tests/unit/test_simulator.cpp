// The simulator: determinism, well-formed traces, fault placement and the effect of each fault
// type on traces, KPIs and logs, checked against what the fault is defined to do.
#include "support/TestSupport.h"

#include "core/common/Error.h"
#include "core/sim/Simulator.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <regex>
#include <set>

using namespace tracemark;
using tracemark::test::CollectingSink;

namespace {

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

std::unique_ptr<Run> simulate(const SimulationConfig& config)
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
SimulationConfig faultConfig(std::uint64_t seed)
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

const std::vector<std::uint64_t> kSeeds = { 3, 20260101 };

const Run& sharedRun(std::uint64_t seed)
{
    static std::map<std::uint64_t, std::unique_ptr<Run>> cache;
    auto& slot = cache[seed];
    if (!slot)
        slot = simulate(faultConfig(seed));
    return *slot;
}

bool isHex(const std::string& s, std::size_t length)
{
    return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
}

bool sameSpan(const Span& a, const Span& b)
{
    return a.traceId == b.traceId && a.spanId == b.spanId && a.parentId == b.parentId
        && a.service == b.service && a.operation == b.operation && a.instance == b.instance
        && a.startNs == b.startNs && a.durationNs == b.durationNs && a.status == b.status
        && a.statusCode == b.statusCode && a.kind == b.kind && a.attributes == b.attributes;
}

bool sameLog(const LogRecord& a, const LogRecord& b)
{
    return a.timeNs == b.timeNs && a.service == b.service && a.instance == b.instance
        && a.traceId == b.traceId && a.spanId == b.spanId && a.severity == b.severity
        && a.message == b.message;
}

bool sameMetric(const MetricSample& a, const MetricSample& b)
{
    return a.timeNs == b.timeNs && a.service == b.service && a.instance == b.instance && a.name == b.name
        && a.value == b.value;
}

const char* attribute(const Span& s, const std::string& key)
{
    for (const auto& a : s.attributes)
        if (a.key == key)
            return a.value.c_str();
    return nullptr;
}

const std::set<std::string> kAllTypes = { "delay", "error", "structural", "cpu", "memory", "pod_failure" };

} // namespace

TEST_CASE("simulator: the same config gives identical output, another seed a different one", "[simulator]")
{
    SimulationConfig c = faultConfig(5);
    c.traces = 1500;
    c.faultDurationNs = 3 * kSecond;
    const auto a = simulate(c);
    const auto b = simulate(c);

    REQUIRE(a->sink.spans.size() == b->sink.spans.size());
    for (std::size_t i = 0; i < a->sink.spans.size(); ++i)
        REQUIRE(sameSpan(a->sink.spans[i], b->sink.spans[i]));
    REQUIRE(a->sink.logs.size() == b->sink.logs.size());
    for (std::size_t i = 0; i < a->sink.logs.size(); ++i)
        REQUIRE(sameLog(a->sink.logs[i], b->sink.logs[i]));
    REQUIRE(a->sink.metrics.size() == b->sink.metrics.size());
    for (std::size_t i = 0; i < a->sink.metrics.size(); ++i)
        REQUIRE(sameMetric(a->sink.metrics[i], b->sink.metrics[i]));
    REQUIRE(a->sink.truths.size() == b->sink.truths.size());
    for (std::size_t i = 0; i < a->sink.truths.size(); ++i) {
        CHECK(a->sink.truths[i].traceId == b->sink.truths[i].traceId);
        CHECK(a->sink.truths[i].abnormal == b->sink.truths[i].abnormal);
        CHECK(a->sink.truths[i].faultType == b->sink.truths[i].faultType);
    }
    REQUIRE(a->sink.faults.size() == b->sink.faults.size());
    for (std::size_t i = 0; i < a->sink.faults.size(); ++i) {
        CHECK(a->sink.faults[i].startNs == b->sink.faults[i].startNs);
        CHECK(a->sink.faults[i].instance == b->sink.faults[i].instance);
        CHECK(a->sink.faults[i].faultType == b->sink.faults[i].faultType);
        CHECK(a->sink.faults[i].detail == b->sink.faults[i].detail);
    }

    c.seed = 6;
    const auto other = simulate(c);
    CHECK(other->sink.truths.size() == a->sink.truths.size());
    std::set<std::string> idsA(a->order.begin(), a->order.end());
    int shared = 0;
    for (const auto& id : other->order)
        shared += static_cast<int>(idsA.count(id));
    CHECK(shared == 0);
    std::set<std::string> podsA, podsOther;
    for (const auto& s : a->sink.spans)
        podsA.insert(s.instance);
    for (const auto& s : other->sink.spans)
        podsOther.insert(s.instance);
    CHECK(podsA != podsOther);
}

TEST_CASE(
    "simulator: exactly the requested traces, each a well-formed tree streamed in one piece", "[simulator]")
{
    const Run& run = sharedRun(kSeeds[0]);
    const auto n = static_cast<std::size_t>(run.config.traces);
    CHECK(run.sink.truths.size() == n);
    CHECK(run.sink.endedTraces.size() == n);
    CHECK(run.traces.size() == n);
    CHECK(run.sink.endedTraces == run.order); // endTrace() in the order the traces were streamed

    // Spans of one trace arrive together, before its endTrace().
    std::size_t groups = 0;
    for (std::size_t i = 0; i < run.sink.spans.size(); ++i)
        if (i == 0 || run.sink.spans[i].traceId != run.sink.spans[i - 1].traceId)
            ++groups;
    CHECK(groups == n);

    std::int64_t previousStart = 0;
    for (const auto& id : run.order) {
        const TraceView& t = run.traces.at(id);
        INFO("trace " << id);
        REQUIRE(isHex(id, 32));
        REQUIRE(t.truth != nullptr);
        CHECK(t.truth->source == "simulator");
        std::map<std::string, const Span*> byId;
        int roots = 0;
        for (const auto* s : t.spans) {
            REQUIRE(isHex(s->spanId, 16));
            REQUIRE(byId.emplace(s->spanId, s).second); // span ids unique within the trace
            roots += s->parentId.empty() ? 1 : 0;
            CHECK(s->durationNs > 0);
        }
        REQUIRE(roots == 1);
        CHECK(t.root->service == "frontend");
        CHECK(t.root->kind == SpanKind::Server);
        for (const auto* s : t.spans) {
            if (s->parentId.empty())
                continue;
            const auto parent = byId.find(s->parentId);
            REQUIRE(parent != byId.end());
            // A child runs inside its parent (calls are synchronous).
            CHECK(s->startNs >= parent->second->startNs);
            CHECK(s->endNs() <= parent->second->endNs());
            // Server spans hang under the client span that called them.
            if (s->kind == SpanKind::Server)
                CHECK(parent->second->kind == SpanKind::Client);
        }
        CHECK(t.root->startNs > previousStart); // arrivals in time order
        previousStart = t.root->startNs;
    }
}

TEST_CASE("simulator: services and pods look like the Online Boutique on Kubernetes", "[simulator]")
{
    const Run& run = sharedRun(kSeeds[0]);
    const std::set<std::string> expected = { "frontend", "cartservice", "productcatalogservice",
        "currencyservice", "paymentservice", "shippingservice", "emailservice", "checkoutservice",
        "recommendationservice", "adservice", "redis-cart" };
    std::set<std::string> services;
    std::map<std::string, std::set<std::string>> podsOf;
    for (const auto& m : run.sink.metrics) {
        services.insert(m.service);
        podsOf[m.service].insert(m.instance);
    }
    CHECK(services == expected);
    const std::regex deployment(
        "([a-z-]+)-[bcdfghjklmnpqrstvwxz2456789]{9,10}-[bcdfghjklmnpqrstvwxz2456789]{5}");
    for (const auto& [service, pods] : podsOf) {
        INFO(service);
        CHECK(pods.size() >= 1);
        CHECK(pods.size() <= 3);
        for (const auto& pod : pods) {
            std::smatch match;
            if (service == "redis-cart")
                CHECK(pod == "redis-cart-0");
            else
                CHECK((std::regex_match(pod, match, deployment) && match[1] == service));
        }
    }
    // Operations carry their protocol's attributes and status codes.
    for (const auto& s : run.sink.spans) {
        if (s.kind == SpanKind::Server && s.service == "frontend") {
            REQUIRE(attribute(s, "http.status_code") != nullptr);
            CHECK(s.statusCode == attribute(s, "http.status_code"));
            CHECK((s.statusCode == "200" || s.statusCode == "500"));
        } else if (s.operation.rfind("hipstershop.", 0) == 0) {
            REQUIRE(attribute(s, "rpc.grpc.status_code") != nullptr);
            CHECK(s.statusCode == attribute(s, "rpc.grpc.status_code"));
            CHECK((s.status == StatusClass::Ok) == (s.statusCode == "0"));
        } else {
            CHECK(s.operation.rfind("redis ", 0) == 0);
            CHECK(s.kind == SpanKind::Client);
        }
        CHECK((attribute(s, "error") != nullptr) == isFailure(s.status));
    }
}

TEST_CASE("simulator: faults are counted, spread without overlap and cover all six types", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        INFO("seed " << seed);
        REQUIRE(run.sink.faults.size() == 6);
        std::set<std::string> types;
        const std::int64_t firstArrival = run.traces.at(run.order.front()).startNs();
        const std::int64_t lastArrival = run.traces.at(run.order.back()).startNs();
        for (std::size_t i = 0; i < run.sink.faults.size(); ++i) {
            const auto& f = run.sink.faults[i];
            types.insert(f.faultType);
            CHECK(f.source == "simulator");
            CHECK(f.endNs - f.startNs == run.config.faultDurationNs);
            CHECK(f.startNs >= firstArrival - kSecond);
            CHECK(f.endNs <= lastArrival);
            CHECK(f.instance.rfind(f.service + "-", 0) == 0);
            CHECK_FALSE(f.detail.empty());
            if (f.faultType != "cpu" && f.faultType != "memory")
                CHECK(f.service != "frontend");
            if (i > 0)
                CHECK(f.startNs >= run.sink.faults[i - 1].endNs);
        }
        CHECK(types == kAllTypes);
        CHECK(run.sink.warnings.empty());
    }
}

TEST_CASE(
    "simulator: fewer than six faults get distinct seed-chosen types; oversize faults are cut", "[simulator]")
{
    SimulationConfig c = faultConfig(11);
    c.traces = 600;
    c.faults = 3;
    c.emitLogs = false;
    c.emitMetrics = false;
    const auto a = simulate(c);
    const auto b = simulate(c);
    REQUIRE(a->sink.faults.size() == 3);
    std::set<std::string> types;
    for (std::size_t i = 0; i < 3; ++i) {
        types.insert(a->sink.faults[i].faultType);
        CHECK(a->sink.faults[i].faultType == b->sink.faults[i].faultType);
        CHECK(a->sink.faults[i].instance == b->sink.faults[i].instance);
    }
    CHECK(types.size() == 3);

    // 600 traces at 50/s (37.5/s at midnight) are ~16 s: three 1-hour faults cannot fit, so they shrink (with
    // a warning).
    c.faultDurationNs = 3600 * kSecond;
    const auto cut = simulate(c);
    REQUIRE(cut->sink.faults.size() == 3);
    CHECK(cut->sink.warnings.size() == 1);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(cut->sink.faults[i].endNs - cut->sink.faults[i].startNs < 10 * kSecond);
        if (i > 0)
            CHECK(cut->sink.faults[i].startNs >= cut->sink.faults[i - 1].endNs);
    }
}

TEST_CASE("simulator: abnormal traces only where a fault acts, and every fault shows", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        INFO("seed " << seed);
        std::map<std::string, int> abnormalByType;
        int abnormal = 0;
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (!t.truth->abnormal) {
                CHECK(t.truth->faultType == "normal");
                continue;
            }
            ++abnormal;
            ++abnormalByType[t.truth->faultType];
            // The trace overlaps the window of a fault of its type and reaches the faulty instance.
            bool explained = false;
            for (const auto& f : run.sink.faults)
                if (f.faultType == t.truth->faultType && t.startNs() < f.endNs && t.endNs() >= f.startNs
                    && t.touches(f.instance, f.startNs, f.endNs))
                    explained = true;
            CHECK(explained);
        }
        for (const auto& type : kAllTypes)
            CHECK(abnormalByType[type] >= 1);
        // Six 12 s windows in about three minutes of traffic (under half the time), each hitting
        // one pod out of 1-3 replicas of one service: a few percent to a quarter of all traces.
        const double share = static_cast<double>(abnormal) / static_cast<double>(run.order.size());
        CHECK(share > 0.01);
        CHECK(share < 0.25);
    }
}

TEST_CASE("simulator: a delay fault makes the traces through the instance much slower", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("delay");
        INFO("seed " << seed << ", delay on " << f.instance);
        std::map<std::string, std::pair<double, int>> normalByRequest; // root operation -> latency sum, count
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (!run.insideAnyFault(t.startNs(), t.endNs() + 1))
                normalByRequest[t.root->operation].first += static_cast<double>(t.endNs() - t.startNs());
            if (!run.insideAnyFault(t.startNs(), t.endNs() + 1))
                ++normalByRequest[t.root->operation].second;
        }
        double ratioSum = 0.0;
        int affected = 0;
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            // (A second's margin keeps requests that straddle the window's edges out.)
            if (!t.touches(f.instance, f.startNs + kSecond, f.endNs - kSecond))
                continue;
            // The delay hits every request the instance serves in the window.
            CHECK(t.truth->abnormal);
            CHECK(t.truth->faultType == "delay");
            // The smallest injected delay is 200 ms (+-10 % jitter), on the critical path of the
            // request: sequential calls add it, a parallel step waits for its slowest call.
            const auto latency = static_cast<double>(t.endNs() - t.startNs());
            CHECK(latency >= 180e6);
            const auto& normal = normalByRequest[t.root->operation];
            REQUIRE(normal.second > 0);
            ratioSum += latency / (normal.first / normal.second);
            ++affected;
        }
        REQUIRE(affected >= 5);
        // Healthy requests take a few to a few tens of milliseconds, so a >= 180 ms delay makes
        // them several times slower on average.
        CHECK(ratioSum / affected > 3.0);
    }
}

TEST_CASE("simulator: an error fault fails requests on the instance and the caller sees it", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("error");
        INFO("seed " << seed << ", error on " << f.instance);
        int abnormal = 0;
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (t.truth->faultType != "error")
                continue;
            ++abnormal;
            std::map<std::string, const Span*> byId;
            for (const auto* s : t.spans)
                byId[s->spanId] = s;
            // A failed span of the faulty instance (or, for the uninstrumented datastore, a failed
            // call to it), whose caller's client span failed too.
            bool failedThere = false;
            for (const auto* s : t.spans) {
                if (!isFailure(s->status))
                    continue;
                const char* peer = attribute(*s, "net.peer.name");
                if (s->kind == SpanKind::Server && s->instance == f.instance) {
                    failedThere = true;
                    CHECK(s->statusCode == "13");
                    CHECK(isFailure(byId.at(s->parentId)->status));
                } else if (s->kind == SpanKind::Client && peer && f.instance == peer
                    && f.service == "redis-cart") {
                    failedThere = true;
                }
            }
            CHECK(failedThere);
        }
        CHECK(abnormal >= 3);
    }
}

TEST_CASE("simulator: a structural fault leaves out a call that healthy traces always make", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("structural");
        INFO("seed " << seed << ", structural on " << f.instance << ": " << f.detail);
        // Calls that every healthy execution of each operation of the service makes.
        std::map<std::string, std::map<std::string, int>> childCalls; // operation -> child op -> count
        std::map<std::string, int> executions;
        auto childOperations = [](const TraceView& t, const Span& server) {
            std::multiset<std::string> ops;
            for (const auto* c : t.spans)
                if (c->parentId == server.spanId)
                    ops.insert(c->operation);
            return ops;
        };
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (t.truth->abnormal || std::any_of(t.spans.begin(), t.spans.end(), [](const Span* s) {
                    return isFailure(s->status);
                }))
                continue;
            for (const auto* s : t.spans) {
                if (s->service != f.service || s->kind != SpanKind::Server)
                    continue;
                ++executions[s->operation];
                const auto children = childOperations(t, *s);
                for (const auto& op : std::set<std::string>(children.begin(), children.end()))
                    ++childCalls[s->operation][op];
            }
        }
        int abnormal = 0;
        std::set<std::string> missingOps;
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (t.truth->faultType != "structural")
                continue;
            ++abnormal;
            // A failed dependency cuts a handler short, which would hide other calls too.
            if (std::any_of(
                    t.spans.begin(), t.spans.end(), [](const Span* s) { return isFailure(s->status); }))
                continue;
            bool lacksUsualCall = false;
            for (const auto* s : t.spans) {
                if (s->instance != f.instance || s->kind != SpanKind::Server)
                    continue;
                const auto present = childOperations(t, *s);
                for (const auto& [op, count] : childCalls[s->operation])
                    if (count == executions[s->operation] && present.count(op) == 0) {
                        lacksUsualCall = true;
                        missingOps.insert(op);
                    }
            }
            CHECK(lacksUsualCall);
        }
        CHECK(abnormal >= 3);
        // The call that goes missing is the one the fault record names.
        REQUIRE(missingOps.size() == 1);
        CHECK(f.detail.find(*missingOps.begin()) != std::string::npos);
    }
}

TEST_CASE("simulator: a pod failure shows as refused calls, retries and silent KPIs", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("pod_failure");
        INFO("seed " << seed << ", pod failure of " << f.instance);
        int abnormal = 0;
        for (const auto& id : run.order) {
            const TraceView& t = run.traces.at(id);
            if (t.truth->faultType != "pod_failure")
                continue;
            ++abnormal;
            bool retried = false;
            for (const auto* s : t.spans) {
                const char* peer = attribute(*s, "net.peer.name");
                if (s->kind != SpanKind::Client || !peer || f.instance != peer || !isFailure(s->status))
                    continue;
                // Nothing answered: no server span under the refused call.
                for (const auto* c : t.spans)
                    CHECK(c->parentId != s->spanId);
                // The caller tries again after the refusal: same caller span, same operation, later.
                for (const auto* other : t.spans)
                    if (other != s && other->parentId == s->parentId && other->operation == s->operation
                        && other->startNs >= s->endNs())
                        retried = true;
            }
            CHECK(retried);
        }
        CHECK(abnormal >= 3);

        // No request reaches the dead pod and its resource KPIs are not scraped; before it died
        // it served traffic.
        const auto requests = run.series(f.instance, "request_rate");
        const auto cpu = run.series(f.instance, "cpu_usage");
        const std::int64_t interval = run.config.metricIntervalNs;
        double before = 0.0;
        int inside = 0;
        for (const auto& [time, rate] : requests) {
            if (time - interval >= f.startNs && time <= f.endNs) {
                ++inside;
                CHECK(rate == 0.0);
                CHECK(cpu.count(time) == 0);
            } else if (time <= f.startNs) {
                before += rate;
                CHECK(cpu.count(time) == 1);
            }
        }
        CHECK(inside >= 2);
        CHECK(before > 0.0);
        const bool probeLogs
            = std::any_of(run.sink.logs.begin(), run.sink.logs.end(), [&](const LogRecord& l) {
                  return l.instance == f.instance && l.traceId.empty() && l.timeNs >= f.startNs
                      && l.timeNs < f.endNs;
              });
        CHECK(probeLogs);
    }
}

TEST_CASE("simulator: a CPU fault pins the instance's CPU KPI high during the window only", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("cpu");
        INFO("seed " << seed << ", cpu on " << f.instance);
        const auto cpu = run.series(f.instance, "cpu_usage");
        const std::int64_t interval = run.config.metricIntervalNs;
        int inside = 0;
        int outside = 0;
        for (const auto& [time, value] : cpu) {
            if (time - interval >= f.startNs && time <= f.endNs) {
                ++inside;
                CHECK(value >= 90.0);
            } else if (time <= f.startNs || time - interval >= f.endNs) {
                ++outside;
                CHECK(value < 85.0);
            }
        }
        CHECK(inside >= 2);
        CHECK(outside >= 20);
        // Throttling warnings from that pod, and only while the fault lasts.
        int throttled = 0;
        for (const auto& l : run.sink.logs)
            if (l.message.find("CPU throttled") != std::string::npos) {
                ++throttled;
                CHECK(l.instance == f.instance);
                CHECK((l.timeNs >= f.startNs && l.timeNs < f.endNs));
            }
        CHECK(throttled >= 1);
    }
}

TEST_CASE("simulator: a memory fault grows the instance's memory towards its limit", "[simulator]")
{
    for (const auto seed : kSeeds) {
        const Run& run = sharedRun(seed);
        const FaultInjection& f = run.fault("memory");
        INFO("seed " << seed << ", memory on " << f.instance);
        const auto memory = run.series(f.instance, "memory_usage");
        double beforeSum = 0.0;
        int beforeCount = 0;
        double lastInside = 0.0;
        for (const auto& [time, value] : memory) {
            if (time <= f.startNs) {
                beforeSum += value;
                ++beforeCount;
            } else if (time <= f.endNs) {
                lastInside = value; // grows: each sample inside is the latest
            }
        }
        REQUIRE(beforeCount > 0);
        // Every service's limit is at least 1.6x its working set (the largest ratio of steady use
        // to limit is the ad service's 180 of 300 MiB), and the leak ends at the limit.
        CHECK(lastInside > 1.4 * beforeSum / beforeCount);
        const bool warned = std::any_of(run.sink.logs.begin(), run.sink.logs.end(), [&](const LogRecord& l) {
            return l.instance == f.instance && (l.severity == "WARN" || l.severity == "ERROR")
                && l.timeNs >= f.startNs && l.timeNs < f.endNs
                && l.message.find("memory") != std::string::npos;
        });
        CHECK(warned);
    }
}

TEST_CASE("simulator: logs belong to their traces and spans, a few per trace", "[simulator]")
{
    const Run& run = sharedRun(kSeeds[0]);
    std::size_t traceLogs = 0;
    for (const auto& l : run.sink.logs) {
        CHECK((l.severity == "INFO" || l.severity == "WARN" || l.severity == "ERROR"));
        CHECK_FALSE(l.message.empty());
        if (l.traceId.empty())
            continue;
        ++traceLogs;
        const auto it = run.traces.find(l.traceId);
        REQUIRE(it != run.traces.end());
        const bool spanFound = std::any_of(it->second.spans.begin(), it->second.spans.end(),
            [&](const Span* s) { return s->spanId == l.spanId && s->service == l.service; });
        CHECK(spanFound);
    }
    const double perTrace = static_cast<double>(traceLogs) / static_cast<double>(run.order.size());
    CHECK(perTrace >= 1.0);
    CHECK(perTrace <= 3.0);

    // Switching logs off removes them and changes nothing else.
    SimulationConfig c = run.config;
    c.traces = 800;
    const auto with = simulate(c);
    c.emitLogs = false;
    const auto without = simulate(c);
    CHECK_FALSE(with->sink.logs.empty());
    CHECK(without->sink.logs.empty());
    REQUIRE(with->sink.spans.size() == without->sink.spans.size());
    for (std::size_t i = 0; i < with->sink.spans.size(); ++i)
        REQUIRE(sameSpan(with->sink.spans[i], without->sink.spans[i]));
}

TEST_CASE("simulator: KPIs per instance per interval, in time order", "[simulator]")
{
    const Run& run = sharedRun(kSeeds[0]);
    std::set<std::string> instances;
    std::map<std::int64_t, std::set<std::string>> requestRateInstances;
    std::int64_t previous = 0;
    const std::set<std::string> names
        = { "cpu_usage", "memory_usage", "request_rate", "error_rate", "latency_p90_ms" };
    std::set<std::string> seen;
    for (const auto& m : run.sink.metrics) {
        CHECK(m.timeNs >= previous);
        previous = m.timeNs;
        CHECK((m.timeNs - run.config.startNs) % run.config.metricIntervalNs == 0);
        CHECK(names.count(m.name) == 1);
        seen.insert(m.name);
        instances.insert(m.instance);
        if (m.name == "request_rate")
            requestRateInstances[m.timeNs].insert(m.instance);
        if (m.name == "error_rate")
            CHECK((m.value >= 0.0 && m.value <= 1.0));
        if (m.name == "cpu_usage")
            CHECK((m.value > 0.0 && m.value <= 100.0));
    }
    CHECK(seen == names);
    for (const auto& [time, set] : requestRateInstances)
        CHECK(set == instances);
    // The intervals span the traffic: from the start to past the last span.
    const std::int64_t lastEnd = run.traces.at(run.order.back()).endNs();
    CHECK(requestRateInstances.rbegin()->first >= lastEnd);
    CHECK(requestRateInstances.begin()->first == run.config.startNs + run.config.metricIntervalNs);

    SimulationConfig c = run.config;
    c.traces = 300;
    c.emitMetrics = false;
    CHECK(simulate(c)->sink.metrics.empty());
}

namespace {
class CancelOnFirstReport : public Progress {
protected:
    void onReport(double fraction, const std::string&) override
    {
        if (fraction > 0.0)
            cancel();
    }
};
} // namespace

TEST_CASE("simulator: impossible configs and cancellation throw", "[simulator]")
{
    CollectingSink sink;
    NullProgress progress;
    SimulationConfig c = faultConfig(1);
    c.tracesPerSecond = 0.0;
    CHECK_THROWS_AS(Simulator(c).run(sink, progress), UsageError);
    c = faultConfig(1);
    c.faults = -1;
    CHECK_THROWS_AS(Simulator(c).run(sink, progress), UsageError);
    c = faultConfig(1);
    c.metricIntervalNs = 0;
    CHECK_THROWS_AS(Simulator(c).run(sink, progress), UsageError);
    c = faultConfig(1);
    c.infoLogProbability = 1.5;
    CHECK_THROWS_AS(Simulator(c).run(sink, progress), UsageError);

    c = faultConfig(1);
    c.traces = 100000;
    CancelOnFirstReport cancelling;
    CHECK_THROWS_AS(Simulator(c).run(sink, cancelling), Cancelled);
    CHECK(sink.truths.size() < 100000);

    // No traces at all is a valid (empty) run.
    CollectingSink empty;
    c = faultConfig(1);
    c.traces = 0;
    c.faults = 0;
    Simulator(c).run(empty, progress);
    CHECK(empty.spans.empty());
    CHECK(empty.truths.empty());
}
