// Root-cause suspect rankings (core/rca/SuspectRanking) on crafted service graphs; every
// expected score is worked out by hand with the default weights unless a test sets its own:
// sbfl 0.25, selfTime 0.5, ownErrors 1, callLatency 1, kpi 0.5, errorLogs 1, fullZ 300,
// inherited 0.5, healthyBelow 0.3; logStrength(z) = log10(1 + z) / log10(1 + fullZ), so a z of
// 300 is 1 with the defaults, and with fullZ 9 a z of 9 is 1 and a z of sqrt(10) - 1 is 0.5.
#include "core/common/Error.h"
#include "core/rca/SuspectRanking.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace tracemark;

namespace {

ServiceEvidence service(const std::string& name, SbflCounts counts, std::int64_t spans = 100)
{
    ServiceEvidence e;
    e.service = name;
    e.counts = counts;
    e.spans = spans;
    return e;
}

const RankedSuspect& find(const std::vector<RankedSuspect>& ranking, const std::string& name)
{
    for (const RankedSuspect& s : ranking)
        if (s.service == name)
            return s;
    FAIL("no suspect " << name);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("a slow leaf of a chain ranks first, where plain Ochiai ties the chain", "[rca][ranking]")
{
    // Same counts everywhere: Ochiai = 10 / sqrt((10+10)(10+0)) = 10 / sqrt(200) = 0.707107.
    const SbflCounts counts{10, 10, 0, 30};
    ServiceEvidence frontend = service("frontend", counts);
    ServiceEvidence order = service("order", counts);
    ServiceEvidence payment = service("payment", counts);
    frontend.durationZ = 300; // waits for its callees; its own time did not change
    order.durationZ = 300;
    payment.durationZ = 300;
    payment.selfTimeZ = 300;
    const std::vector<ServiceEvidence> evidence = {payment, order, frontend};
    const std::vector<ServiceEdge> edges = {{"frontend", "order", 40, 2e8, {}}, {"order", "payment", 40, 1.9e8, {}}};

    const auto plain = rankBySbfl(evidence, SbflFormula::Ochiai);
    REQUIRE(plain.size() == 3);
    CHECK(plain[0].service == "frontend"); // three-way tie at 0.707107, by name
    CHECK(plain[1].service == "order");
    CHECK(plain[2].service == "payment");
    CHECK(plain[2].score == Approx(0.707107));
    CHECK(plain[0].reason == "ef 10, ep 10, nf 0, np 30");
    CHECK(rankOf(plain, "payment") == 3);

    // payment: 0.25 * 0.707107 + 0.5 * 1 = 0.676777; no callees, anomalous (origin, no bonus)
    // order:   0.176777; callee payment 0.677 >= it and >= 0.3 -> * 0.5 = 0.088388
    // frontend: 0.176777; callee order is below 0.3 (healthy), so nothing to inherit
    const auto combined = rankCombined(evidence, edges);
    REQUIRE(combined.size() == 3);
    CHECK(combined[0].service == "payment");
    CHECK(combined[0].rank == 1);
    CHECK(combined[0].score == Approx(0.676777));
    CHECK(combined[1].service == "frontend");
    CHECK(combined[1].score == Approx(0.176777));
    CHECK(combined[2].service == "order");
    CHECK(combined[2].score == Approx(0.088388));
    CHECK(combined[2].rank == 3);
    CHECK(rankOf(combined, "payment") == 1);
    CHECK(combined[0].reason == "ochiai 0.71, self time z 300.0, origin: anomalous, no callees");
    CHECK(combined[2].reason == "ochiai 0.71, callee payment at least as anomalous");
}

TEST_CASE("a caller raising its own errors above a healthy callee ranks first", "[rca][ranking]")
{
    // gateway -> api -> db. gateway and api share Ochiai 8 / sqrt((8+8)(8+0)) = 8 / sqrt(128) = 0.707107.
    ServiceEvidence gateway = service("gateway", {8, 8, 0, 34});
    gateway.errorShare = 0.4; // passes api's errors on, raises none itself
    ServiceEvidence api = service("api", {8, 8, 0, 34});
    api.errorShare = 0.4;
    api.ownErrorShare = 0.4;
    // db: 2 / sqrt((2+30)(2+6)) = 2 / sqrt(256) = 0.125, healthy (< 0.3).
    ServiceEvidence db = service("db", {2, 30, 6, 12});
    const std::vector<ServiceEdge> edges = {{"gateway", "api", 50, 1e7, {}}, {"api", "db", 30, 1e6, {}}};

    // api: 0.176777 + 0.4 = 0.576777; its only callee is healthy -> an origin
    // gateway: 0.176777; callee api 0.577 >= it -> * 0.5 = 0.088388
    // db: 0.25 * 0.125 = 0.03125, healthy
    const auto ranking = rankCombined({gateway, api, db}, edges);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].service == "api");
    CHECK(ranking[0].score == Approx(0.576777));
    CHECK(ranking[0].reason == "ochiai 0.71, own errors 40 %, origin: anomalous, all callees healthy");
    CHECK(ranking[1].service == "gateway");
    CHECK(ranking[1].score == Approx(0.088388));
    CHECK(ranking[2].service == "db");
    CHECK(ranking[2].score == Approx(0.03125));
    CHECK(ranking[2].reason.find("origin") == std::string::npos);
}

TEST_CASE("KPI evidence lifts a service the traces do not point at, with or without spans", "[rca][ranking]")
{
    // A CPU fault on cart: no abnormal trace goes through it (ef 0), only its KPIs deviate.
    ServiceEvidence cart = service("cart", {0, 20, 10, 20});
    cart.kpiDeviation = 300.0;
    // web: 10 / sqrt((10+20)(10+0)) = 10 / sqrt(300) = 0.577350
    ServiceEvidence web = service("web", {10, 20, 0, 20});
    // A service without spans (a database, a crashed pod) keeps its KPI term, not its latency.
    ServiceEvidence idle = service("idle", {0, 0, 10, 40}, 0);
    idle.kpiDeviation = 300.0;
    idle.selfTimeZ = 300;
    const std::vector<ServiceEdge> edges = {{"web", "cart", 20, 1e6, {}}};

    // cart: 0 + 0.5 * 1 = 0.5; no callees -> origin
    // idle: 0.5 (self time not counted without spans); ties cart, by name after it
    // web: 0.25 * 0.577350 = 0.144338; callee cart 0.5 >= it and >= 0.3 -> * 0.5 = 0.072169
    const auto ranking = rankCombined({web, cart, idle}, edges);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].service == "cart");
    CHECK(ranking[0].score == Approx(0.5));
    CHECK(ranking[0].reason == "ochiai 0.00, KPI z 300.0, origin: anomalous, no callees");
    CHECK(ranking[1].service == "idle");
    CHECK(ranking[1].score == Approx(0.5));
    CHECK(ranking[1].reason == "ochiai 0.00, no spans in the period, KPI z 300.0, origin: anomalous, no callees");
    CHECK(ranking[2].service == "web");
    CHECK(ranking[2].score == Approx(0.072169));
    CHECK(ranking[2].reason == "ochiai 0.58, callee cart at least as anomalous");

    // Without the KPI cart scores 0 and falls to the bottom; web no longer inherits.
    cart.kpiDeviation.reset();
    const auto withoutKpi = rankCombined({web, cart, idle}, edges);
    CHECK(withoutKpi[0].service == "idle");
    CHECK(withoutKpi[1].service == "web");
    CHECK(withoutKpi[1].score == Approx(0.144338));
    CHECK(rankOf(withoutKpi, "cart") == 3);
}

TEST_CASE("a callee its callers wait on ranks above callers with noisy self time", "[rca][ranking]")
{
    // A network delay on stock: its callers wait 2 s longer on the wire (call latency z 300),
    // while shop's self time is a little noisy (z 16.35 = sqrt(301) - 1, half strength).
    ServiceEvidence shop = service("shop", {10, 0, 0, 10});
    shop.selfTimeZ = std::sqrt(301.0) - 1;
    ServiceEvidence stock = service("stock", {10, 0, 0, 10});
    stock.callLatencyZ = 300;
    // shop: 0.25 + 0.5 * 0.5 = 0.5; callee stock (0.25 + 1 = 1.25) at least as anomalous -> 0.25
    const auto ranking = rankCombined({shop, stock}, {{"shop", "stock", 10, 1e7, 2.003e9}});
    CHECK(ranking[0].service == "stock");
    CHECK(ranking[0].score == Approx(1.25));
    CHECK(ranking[0].reason == "ochiai 1.00, call latency z 300.0, origin: anomalous, no callees");
    CHECK(ranking[1].score == Approx(0.25));
}

TEST_CASE("call latency counts for a service without spans (a cache its callers wait on)", "[rca][ranking]")
{
    ServiceEvidence cache = service("cache", {10, 0, 0, 10}, 0);
    cache.callLatencyZ = 300;
    cache.selfTimeZ = 300; // ignored without spans
    // 0.25 * 1 + 1 * 1 = 1.25
    const auto ranking = rankCombined({cache}, {});
    CHECK(ranking[0].score == Approx(1.25));
    CHECK(ranking[0].reason == "ochiai 1.00, no spans in the period, call latency z 300.0, origin: anomalous, no callees");
}

TEST_CASE("every term and the inherited factor with custom weights", "[rca][ranking]")
{
    RankingWeights weights;
    weights.sbfl = 1;
    weights.selfTime = 1;
    weights.errorLogs = 0.5;
    weights.fullZ = 9; // logStrength(z) = log10(1 + z)
    weights.inherited = 0.2;
    const double half = std::sqrt(10.0) - 1; // log10(1 + half) = 0.5
    // Both Ochiai 5 / sqrt((5+0)(5+0)) = 1.
    ServiceEvidence caller = service("caller", {5, 0, 0, 5});
    caller.selfTimeZ = half;        // 0.5
    ServiceEvidence callee = service("callee", {5, 0, 0, 5});
    callee.selfTimeZ = 9;           // 1
    callee.ownErrorShare = 0.5;     // 0.5
    callee.callLatencyZ = 99;       // log10(100) = 2, clamped to 1
    callee.kpiDeviation = 9;        // 0.5 * 1 = 0.5
    callee.errorLogExcess = half;   // 0.5 * 0.5 = 0.25
    // caller: 1 + 0.5 = 1.5; callee 4.25 >= 1.5 -> 1.5 * 0.2 = 0.3
    // callee: 1 + 1 + 0.5 + 1 + 0.5 + 0.25 = 4.25; no callees -> origin
    const auto ranking = rankCombined({caller, callee}, {{"caller", "callee", 5, 1e6, {}}}, weights);
    CHECK(find(ranking, "callee").score == Approx(4.25));
    CHECK(find(ranking, "callee").reason == "ochiai 1.00, self time z 9.0, own errors 50 %, call latency z 99.0, "
                                            "KPI z 9.0, error logs z 2.2, origin: anomalous, no callees");
    CHECK(find(ranking, "caller").score == Approx(0.3));

    // Fewer error logs than expected (a negative excess) counts as 0: 4.25 - 0.25 = 4.0.
    callee.errorLogExcess = -3.0;
    CHECK(find(rankCombined({caller, callee}, {}, weights), "callee").score == Approx(4.0));

    // A self-edge is ignored: alone, the caller is an anomalous origin at 1.5.
    const auto alone = rankCombined({caller}, {{"caller", "caller", 3, 1e6, {}}}, weights);
    CHECK(find(alone, "caller").score == Approx(1.5));
    CHECK(find(alone, "caller").reason == "ochiai 1.00, self time z 2.2, origin: anomalous, no callees");
}

TEST_CASE("equal scores rank by service name", "[rca][ranking]")
{
    const SbflCounts counts{3, 1, 1, 10};
    const std::vector<ServiceEvidence> evidence = {service("b", counts), service("c", counts), service("a", counts)};
    for (const auto& ranking : {rankBySbfl(evidence, SbflFormula::Tarantula), rankCombined(evidence, {})}) {
        REQUIRE(ranking.size() == 3);
        CHECK(ranking[0].service == "a");
        CHECK(ranking[1].service == "b");
        CHECK(ranking[2].service == "c");
        CHECK(ranking[0].score == ranking[2].score);
        CHECK(ranking[2].rank == 3);
    }
    CHECK(rankOf(rankBySbfl(evidence, SbflFormula::Ochiai), "missing") == 0);
    CHECK(rankBySbfl({}, SbflFormula::Ochiai).empty());
}

TEST_CASE("rankBySbfl uses the chosen formula", "[rca][ranking]")
{
    // x: DStar 4^2 / (4+0) = 4, Ochiai 4 / sqrt(8 * 4) = 0.707107
    // y: DStar 2^2 / (0+2) = 2, Ochiai 2 / sqrt(2 * 4) = 0.707107
    const std::vector<ServiceEvidence> evidence = {service("y", {2, 0, 2, 10}), service("x", {4, 4, 0, 6})};
    const auto dstar = rankBySbfl(evidence, SbflFormula::DStar);
    CHECK(dstar[0].service == "x");
    CHECK(dstar[0].score == Approx(4.0));
    CHECK(dstar[1].score == Approx(2.0));
    CHECK(dstar[1].reason == "ef 2, ep 0, nf 2, np 10");
}

TEST_CASE("inconsistent evidence is a UsageError", "[rca][ranking]")
{
    const SbflCounts counts{1, 1, 1, 1};
    const std::vector<ServiceEvidence> twice = {service("a", counts), service("b", counts), service("a", counts)};
    REQUIRE_THROWS_WITH(rankCombined(twice, {}), Catch::Contains("'a'") && Catch::Contains("twice"));
    REQUIRE_THROWS_AS(rankBySbfl(twice, SbflFormula::Ochiai), UsageError);

    const std::vector<ServiceEvidence> two = {service("a", counts), service("b", counts)};
    REQUIRE_THROWS_AS(rankCombined(two, {{"a", "ghost", 1, 1.0, {}}}), UsageError);
    REQUIRE_THROWS_WITH(rankCombined(two, {{"ghost", "b", 1, 1.0, {}}}), Catch::Contains("'ghost' -> 'b'"));

    ServiceEvidence notANumber = service("a", counts);
    notANumber.selfTimeZ = std::nan("");
    REQUIRE_THROWS_WITH(rankCombined({notANumber}, {}), Catch::Contains("selfTimeZ"));
    ServiceEvidence infinite = service("a", counts);
    infinite.kpiDeviation = std::numeric_limits<double>::infinity();
    REQUIRE_THROWS_AS(rankCombined({infinite}, {}), UsageError);
    ServiceEvidence badLogs = service("a", counts);
    badLogs.errorLogExcess = std::nan("");
    REQUIRE_THROWS_WITH(rankCombined({badLogs}, {}), Catch::Contains("errorLogExcess"));
    ServiceEvidence badCalls = service("a", counts);
    badCalls.callLatencyZ = -std::numeric_limits<double>::infinity();
    REQUIRE_THROWS_WITH(rankCombined({badCalls}, {}), Catch::Contains("callLatencyZ"));
    REQUIRE_THROWS_AS(rankCombined({service("a", {-1, 0, 0, 0})}, {}), UsageError);

    RankingWeights noScale;
    noScale.fullZ = 0;
    REQUIRE_THROWS_WITH(rankCombined(two, {}, noScale), Catch::Contains("fullZ"));
    RankingWeights negative;
    negative.callLatency = -1;
    REQUIRE_THROWS_WITH(rankCombined(two, {}, negative), Catch::Contains("callLatency"));
}
