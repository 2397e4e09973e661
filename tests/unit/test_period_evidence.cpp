// What a fault period says about each service, from a small hand-made workspace whose numbers
// are worked out by hand: SBFL counts, self-time z against baseline windows, own errors, the
// dependency edges, call latency, KPI deviation and error-log excess; and the unsupervised
// baseline rule.
#include "core/rca/BaselineAnomalyRule.h"
#include "core/rca/PeriodEvidence.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kMinute = 60'000 * kMs;

Span serverSpan(Span span)
{
    span.kind = SpanKind::Server;
    return span;
}

// Baseline minute [0, 1 min): ten traces frontend(home) -> cart(get); cart lasts 30 or 50 ms
// alternately (mean 40, population std 10), frontend 100 ms.
// Period minute [2 min, 3 min): a1..a3 frontend -> cart with cart 200 ms (a1's cart and frontend
// both fail: cart raised it, frontend passed it on); n1 frontend alone, 100 ms.
// Frontend spans are server spans (their self time is frontend's own work).
// KPIs: cart cpu 10 and 12 in the baseline minute, 20 in the period; cart mem 100 and 104 in the
// baseline minute and 110 at 1.5 min (in the 20-minute lookback, not in the baseline window),
// 150 in the period; a latency KPI and a Node metric that jump but must be ignored (not resource
// series). Logs: two cart ERROR lines in the period, none in the baseline.
struct ShopPeriod {
    TempDir dir;
    Workspace workspace{Workspace::create(dir / "evidence.tmk")};
    std::map<std::string, std::int64_t> key;
    ShopPeriod()
    {
        std::vector<Span> spans;
        for (int i = 0; i < 10; ++i) {
            const std::string id = "b" + std::to_string(i);
            spans.push_back(serverSpan(makeSpan(id, "f", "", "frontend", "home", i * 1000 * kMs, 100 * kMs)));
            spans.push_back(makeSpan(id, "c", "f", "cart", "get", i * 1000 * kMs + kMs, (i % 2 ? 50 : 30) * kMs));
        }
        for (int i = 1; i <= 3; ++i) {
            const std::string id = "a" + std::to_string(i);
            const StatusClass status = i == 1 ? StatusClass::ServerError : StatusClass::Ok;
            spans.push_back(serverSpan(makeSpan(id, "f", "", "frontend", "home", 2 * kMinute + i * kMs, 300 * kMs, status)));
            spans.push_back(makeSpan(id, "c", "f", "cart", "get", 2 * kMinute + i * kMs + kMs, 200 * kMs, status));
        }
        spans.push_back(serverSpan(makeSpan("n1", "f", "", "frontend", "home", 2 * kMinute + 10 * kMs, 100 * kMs)));
        NullProgress progress;
        workspace.import("shop", [&](ImportSink& sink, Progress&) {
            for (Span& span : spans)
                sink.addSpan(std::move(span));
            auto metric = [&](const std::string& name, std::int64_t at, double value) {
                sink.addMetric({kBaseNs + at, "cart", "cart-1", name, value});
            };
            metric("cpu", 10 * 1000 * kMs, 10);
            metric("cpu", 40 * 1000 * kMs, 12);
            metric("cpu", 2 * kMinute + 30 * 1000 * kMs, 20);
            metric("NodeCpu", 10 * 1000 * kMs, 1);
            metric("NodeCpu", 40 * 1000 * kMs, 1);
            metric("NodeCpu", 2 * kMinute + 30 * 1000 * kMs, 500);
            metric("memory", 10 * 1000 * kMs, 100);
            metric("memory", 40 * 1000 * kMs, 104);
            metric("memory", 90 * 1000 * kMs, 110);
            metric("memory", 2 * kMinute + 30 * 1000 * kMs, 150);
            metric("latency_p90", 10 * 1000 * kMs, 1);
            metric("latency_p90", 40 * 1000 * kMs, 1);
            metric("latency_p90", 2 * kMinute + 30 * 1000 * kMs, 1000);
            for (int i = 0; i < 2; ++i)
                sink.addLog({kBaseNs + 2 * kMinute + (5 + i) * 1000 * kMs, "cart", "cart-1", "", "", "ERROR", "boom"});
            sink.addLog({kBaseNs + 20 * 1000 * kMs, "cart", "cart-1", "", "", "INFO", "fine"});
        }, progress);
        for (const char* id : {"a1", "a2", "a3", "n1", "b0"})
            key[id] = workspace.traceById(id)->key;
    }
    TraceLabelOf labels() const
    {
        auto keys = key;
        return [keys](std::int64_t trace) {
            for (const char* id : {"a1", "a2", "a3"})
                if (keys.at(id) == trace)
                    return TraceLabel::Abnormal;
            return trace == keys.at("n1") ? TraceLabel::Normal : TraceLabel::Unlabeled;
        };
    }
};

const ServiceEvidence& of(const PeriodEvidence& evidence, const std::string& service)
{
    for (const ServiceEvidence& e : evidence.services)
        if (e.service == service)
            return e;
    FAIL("no evidence for " << service);
    throw;
}

} // namespace

TEST_CASE("period evidence: SBFL counts, self-time z, own errors, edges, KPIs and logs", "[rca][evidence]")
{
    ShopPeriod shop;
    NullProgress progress;
    EvidenceOptions options;
    options.baseline = {{kBaseNs, kBaseNs + kMinute}};
    PeriodEvidenceBuilder builder(shop.workspace, options, progress);
    const PeriodEvidence evidence = builder.build({kBaseNs + 2 * kMinute, kBaseNs + 3 * kMinute}, shop.labels());
    CHECK(evidence.traces == 4);
    CHECK(evidence.abnormal == 3);
    CHECK(evidence.normal == 1);
    CHECK(evidence.unlabeled == 0);
    REQUIRE(evidence.services.size() == 2);

    const ServiceEvidence& cart = of(evidence, "cart");
    CHECK(cart.counts.ef == 3); // a1..a3 pass through cart
    CHECK(cart.counts.ep == 0); // n1 does not
    CHECK(cart.counts.nf == 0);
    CHECK(cart.counts.np == 1);
    CHECK(cart.spans == 3);
    // Self time = duration (no children): (200 - 40) / 10 = 16. Duration z the same.
    CHECK(cart.selfTimeZ == Approx(16.0));
    CHECK(cart.durationZ == Approx(16.0));
    CHECK(cart.errorShare == Approx(1.0 / 3));
    CHECK(cart.ownErrorShare == Approx(1.0 / 3));
    // cpu: 2 samples in the lookback, too few, so the baseline window: median 11, MAD 1, spread
    // max(1.4826 * 1, 5 % of 11) -> (20 - 11) / 1.4826 = 6.07. memory: the lookback's 100, 104,
    // 110: median 104, MAD 4, spread max(5.93, 5.2) -> (150 - 104) / 5.9304 = 7.757, the largest.
    // latency_p90 and NodeCpu are not resource series.
    REQUIRE(cart.kpiDeviation);
    CHECK(*cart.kpiDeviation == Approx(46.0 / (1.4826 * 4)));
    // 2 lines in a 1-minute period where 0 per minute are expected: (2 - 0) / sqrt(0 + 1).
    REQUIRE(cart.errorLogExcess);
    CHECK(*cart.errorLogExcess == Approx(2.0));
    CHECK(cart.callLatencyZ == 0.0); // frontend's spans are server spans: no call gap

    const ServiceEvidence& frontend = of(evidence, "frontend");
    CHECK(frontend.counts.ef == 3);
    CHECK(frontend.counts.ep == 1);
    CHECK(frontend.errorShare == Approx(1.0 / 3));
    CHECK(frontend.ownErrorShare == 0.0); // its error came from cart
    // Frontend self time: 300 - 200 = 100 ms in the period, baseline 100 - 30|50 = 70|50 (mean
    // 60, std 10): z = (100 - 60) / 10 = 4. Duration: 300 against 100 with std 0 -> 0.
    CHECK(frontend.selfTimeZ == Approx(4.0));
    CHECK(frontend.durationZ == 0.0);
    CHECK_FALSE(frontend.kpiDeviation);
    CHECK_FALSE(frontend.errorLogExcess);

    REQUIRE(evidence.edges.size() == 1);
    CHECK(evidence.edges[0].caller == "frontend");
    CHECK(evidence.edges[0].callee == "cart");
    CHECK(evidence.edges[0].calls == 3);
    CHECK(evidence.edges[0].meanLatencyNs == Approx(200.0 * kMs));

    // The combined ranking puts cart first; the bad period is refused.
    CHECK(rankCombined(evidence.services, evidence.edges).front().service == "cart");
    CHECK_THROWS_AS(builder.build({kBaseNs + 3 * kMinute, kBaseNs}, shop.labels()), UsageError);
}

// front (server, 100 ms) -> front "GET /stock" call span -> stock (server). Baseline minute: ten
// traces, stock 10 ms, call span 13 ms (gap 3 ms) except one of 213 ms (a 200 ms connection
// set-up). Period minute: three traces with the call span 2,013 ms and stock 10 ms (the network
// delays stock's answers by 2 s). The call span is client-kind in two traces and of unspecified
// kind (one child, in another service) in the third.
TEST_CASE("period evidence: call gaps are the callee's call latency, not the caller's self time", "[rca][evidence]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "gaps.tmk");
    std::vector<Span> spans;
    auto trace = [&](const std::string& id, std::int64_t at, std::int64_t callNs, SpanKind callKind) {
        spans.push_back(serverSpan(makeSpan(id, "f", "", "front", "GET /", at, callNs + 50 * kMs)));
        Span call = makeSpan(id, "c", "f", "front", "GET /stock", at + kMs, callNs);
        call.kind = callKind;
        spans.push_back(call);
        spans.push_back(serverSpan(makeSpan(id, "s", "c", "stock", "stock", at + 2 * kMs, 10 * kMs)));
    };
    for (int i = 0; i < 10; ++i)
        trace("b" + std::to_string(i), i * 1000 * kMs, (i == 0 ? 213 : 13) * kMs, SpanKind::Client);
    for (int i = 0; i < 3; ++i)
        trace("p" + std::to_string(i), 2 * kMinute + i * 1000 * kMs, 2013 * kMs,
              i == 2 ? SpanKind::Unspecified : SpanKind::Client);
    importSpans(workspace, spans);
    NullProgress progress;
    EvidenceOptions options;
    options.baseline = {{kBaseNs, kBaseNs + kMinute}};
    PeriodEvidenceBuilder builder(workspace, options, progress);
    const auto everyTraceAbnormal = [](std::int64_t) { return TraceLabel::Abnormal; };
    const PeriodEvidence evidence = builder.build({kBaseNs + 2 * kMinute, kBaseNs + 3 * kMinute}, everyTraceAbnormal);

    // Baseline gaps: nine of 3 ms and one of 203 ms: median 3, MAD 0, spread max(0, 0.3 ms, 10 us)
    // = 0.3 ms; the mean and std (23 ms, 60 ms) would have hidden the delay. Period: 2,003 ms.
    const ServiceEvidence& stock = of(evidence, "stock");
    CHECK(stock.callLatencyZ == Approx((2003.0 - 3.0) / 0.3));
    CHECK(stock.selfTimeZ == 0.0); // its own 10 ms did not change (std 0 gives z 0)
    // front's self time is its server span only: 50 ms in both (std 0), the 2 s wait is not its own.
    const ServiceEvidence& front = of(evidence, "front");
    CHECK(front.selfTimeZ == 0.0);
    CHECK(front.callLatencyZ == 0.0); // nobody calls front
    REQUIRE(evidence.edges.size() == 1);
    REQUIRE(evidence.edges[0].meanCallGapNs);
    CHECK(*evidence.edges[0].meanCallGapNs == Approx(2003.0 * kMs));
    const auto ranking = rankCombined(evidence.services, evidence.edges);
    CHECK(ranking.front().service == "stock");
}

TEST_CASE("the baseline rule flags slow, failed and error-logged traces", "[rca][evidence]")
{
    ShopPeriod shop;
    BaselineAnomalyRule rule(shop.workspace, {{kBaseNs, kBaseNs + kMinute}});
    rule.judge({{kBaseNs + 2 * kMinute, kBaseNs + 3 * kMinute}});
    // cart 200 ms > 40 + 3 * 10 and > 1.5 * 40: a1..a3 abnormal; n1's frontend 100 ms is the
    // baseline mean.
    CHECK(rule.labelOf(shop.key["a1"]) == TraceLabel::Abnormal);
    CHECK(rule.labelOf(shop.key["a2"]) == TraceLabel::Abnormal);
    CHECK(rule.labelOf(shop.key["a3"]) == TraceLabel::Abnormal);
    CHECK(rule.labelOf(shop.key["n1"]) == TraceLabel::Normal);
    CHECK(rule.labelOf(shop.key["b0"]) == TraceLabel::Unlabeled); // not in a judged window
    CHECK(rule.abnormalCount() == 3);
    CHECK(rule.judgedCount() == 4);
    CHECK_THROWS_AS(BaselineAnomalyRule(shop.workspace, {{0, 1}}), UsageError);
}
