// What a fault period says about each service, from a small hand-made workspace whose numbers
// are worked out by hand: SBFL counts, self-time z against baseline windows, own errors, the
// dependency edges, KPI deviation and the error-log ratio; and the unsupervised baseline rule.
#include "core/rca/BaselineAnomalyRule.h"
#include "core/rca/PeriodEvidence.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kMinute = 60'000 * kMs;

// Baseline minute [0, 1 min): ten traces frontend(home) -> cart(get); cart lasts 30 or 50 ms
// alternately (mean 40, population std 10), frontend 100 ms.
// Period minute [2 min, 3 min): a1..a3 frontend -> cart with cart 200 ms (a1's cart and frontend
// both fail: cart raised it, frontend passed it on); n1 frontend alone, 100 ms.
// KPIs: cart cpu 10 and 12 in the baseline (mean 11, std 1), 20 in the period; a Node metric
// that jumps but must be ignored. Logs: two cart ERROR lines in the period, none in the baseline.
struct ShopPeriod {
    TempDir dir;
    Workspace workspace{Workspace::create(dir / "evidence.tmk")};
    std::map<std::string, std::int64_t> key;
    ShopPeriod()
    {
        std::vector<Span> spans;
        for (int i = 0; i < 10; ++i) {
            const std::string id = "b" + std::to_string(i);
            spans.push_back(makeSpan(id, "f", "", "frontend", "home", i * 1000 * kMs, 100 * kMs));
            spans.push_back(makeSpan(id, "c", "f", "cart", "get", i * 1000 * kMs + kMs, (i % 2 ? 50 : 30) * kMs));
        }
        for (int i = 1; i <= 3; ++i) {
            const std::string id = "a" + std::to_string(i);
            const StatusClass status = i == 1 ? StatusClass::ServerError : StatusClass::Ok;
            spans.push_back(makeSpan(id, "f", "", "frontend", "home", 2 * kMinute + i * kMs, 300 * kMs, status));
            spans.push_back(makeSpan(id, "c", "f", "cart", "get", 2 * kMinute + i * kMs + kMs, 200 * kMs, status));
        }
        spans.push_back(makeSpan("n1", "f", "", "frontend", "home", 2 * kMinute + 10 * kMs, 100 * kMs));
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
    // cpu: |20 - 11| / 1 = 9; NodeCpu is ignored.
    REQUIRE(cart.kpiDeviation);
    CHECK(*cart.kpiDeviation == Approx(9.0));
    // 2 lines in a 1-minute period against 0 per minute: (2 + 1) / (0 + 1).
    REQUIRE(cart.errorLogRatio);
    CHECK(*cart.errorLogRatio == Approx(3.0));

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
    CHECK_FALSE(frontend.errorLogRatio);

    REQUIRE(evidence.edges.size() == 1);
    CHECK(evidence.edges[0].caller == "frontend");
    CHECK(evidence.edges[0].callee == "cart");
    CHECK(evidence.edges[0].calls == 3);
    CHECK(evidence.edges[0].meanLatencyNs == Approx(200.0 * kMs));

    // The combined ranking puts cart first; the bad period is refused.
    CHECK(rankCombined(evidence.services, evidence.edges).front().service == "cart");
    CHECK_THROWS_AS(builder.build({kBaseNs + 3 * kMinute, kBaseNs}, shop.labels()), UsageError);
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
