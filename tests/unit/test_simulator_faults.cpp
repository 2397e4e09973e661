// The simulator: the effect of each fault type on traces, KPIs and logs, checked against what the
// fault is defined to do.
#include "SimulatorTestSupport.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace simulator_test;

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

