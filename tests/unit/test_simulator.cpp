// The simulator: determinism, well-formed traces, topology, fault placement, logs and KPIs.
#include "SimulatorTestSupport.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace simulator_test;


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
