// Root-cause suspect rankings (core/rca/SuspectRanking) on crafted service graphs; every
// expected score is worked out by hand with the default weights unless a test sets its own:
// sbfl 1, selfTime 1, ownErrors 1, kpi 0.5, errorLogs 0.5, zScale 3, inherited 0.5,
// originBonus 0.25, healthyBelow 0.3.
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
    frontend.durationZ = 5; // waits for its callees, barely any own time
    frontend.selfTimeZ = 0.3;
    order.durationZ = 5;
    order.selfTimeZ = 0.3;
    payment.durationZ = 6;
    payment.selfTimeZ = 6;
    const std::vector<ServiceEvidence> evidence = {payment, order, frontend};
    const std::vector<ServiceEdge> edges = {{"frontend", "order", 40, 2e8}, {"order", "payment", 40, 1.9e8}};

    const auto plain = rankBySbfl(evidence, SbflFormula::Ochiai);
    REQUIRE(plain.size() == 3);
    CHECK(plain[0].service == "frontend"); // three-way tie at 0.707107, by name
    CHECK(plain[1].service == "order");
    CHECK(plain[2].service == "payment");
    CHECK(plain[2].score == Approx(0.707107));
    CHECK(plain[0].reason == "ef 10, ep 10, nf 0, np 30");
    CHECK(rankOf(plain, "payment") == 3);

    // payment: 0.707107 + clamp(6/3) = 1.707107; no callees, anomalous -> + 0.25 = 1.957107
    // order:   0.707107 + 0.3/3 = 0.807107; callee payment 1.707 >= it -> * 0.5 = 0.403553
    // frontend: 0.807107; callee order 0.807107 is equal, so at least as anomalous -> 0.403553
    const auto combined = rankCombined(evidence, edges);
    REQUIRE(combined.size() == 3);
    CHECK(combined[0].service == "payment");
    CHECK(combined[0].rank == 1);
    CHECK(combined[0].score == Approx(1.957107));
    CHECK(combined[1].service == "frontend"); // ties order at 0.403553, by name
    CHECK(combined[1].score == Approx(0.403553));
    CHECK(combined[2].service == "order");
    CHECK(combined[2].score == Approx(0.403553));
    CHECK(combined[2].rank == 3);
    CHECK(rankOf(combined, "payment") == 1);
    CHECK(combined[0].reason == "ochiai 0.71, self time z 6.0, origin: anomalous, no callees");
    CHECK(combined[2].reason == "ochiai 0.71, self time z 0.3, callee payment at least as anomalous");
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
    const std::vector<ServiceEdge> edges = {{"gateway", "api", 50, 1e7}, {"api", "db", 30, 1e6}};

    // api: 0.707107 + 0.4 = 1.107107; its only callee is healthy -> + 0.25 = 1.357107
    // gateway: 0.707107; callee api 1.107 >= it -> * 0.5 = 0.353553
    // db: 0.125, healthy, no bonus
    const auto ranking = rankCombined({gateway, api, db}, edges);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].service == "api");
    CHECK(ranking[0].score == Approx(1.357107));
    CHECK(ranking[0].reason == "ochiai 0.71, own errors 40 %, origin: anomalous, all callees healthy");
    CHECK(ranking[1].service == "gateway");
    CHECK(ranking[1].score == Approx(0.353553));
    CHECK(ranking[2].service == "db");
    CHECK(ranking[2].score == Approx(0.125));
    CHECK(ranking[2].reason.find("origin") == std::string::npos);
}

TEST_CASE("KPI evidence alone lifts a service the traces do not point at", "[rca][ranking]")
{
    // A CPU fault on cart: no abnormal trace goes through it (ef 0), only its KPIs deviate.
    ServiceEvidence cart = service("cart", {0, 20, 10, 20});
    cart.kpiDeviation = 6.0;
    // web: 10 / sqrt((10+20)(10+0)) = 10 / sqrt(300) = 0.577350
    ServiceEvidence web = service("web", {10, 20, 0, 20});
    // A service without spans keeps only its SBFL term, whatever else it reports.
    ServiceEvidence idle = service("idle", {0, 0, 10, 40}, 0);
    idle.kpiDeviation = 6.0;
    idle.selfTimeZ = 9;
    const std::vector<ServiceEdge> edges = {{"web", "cart", 20, 1e6}};

    // cart: 0 + 0.5 * clamp(6/3) = 0.5; no callees -> + 0.25 = 0.75
    // web: 0.577350; callee cart 0.5 is less anomalous, but not healthy -> no bonus, 0.577350
    // idle: 0
    const auto ranking = rankCombined({web, cart, idle}, edges);
    REQUIRE(ranking.size() == 3);
    CHECK(ranking[0].service == "cart");
    CHECK(ranking[0].score == Approx(0.75));
    CHECK(ranking[0].reason == "ochiai 0.00, KPI z 6.0, origin: anomalous, no callees");
    CHECK(ranking[1].service == "web");
    CHECK(ranking[1].score == Approx(0.577350));
    CHECK(ranking[1].reason == "ochiai 0.58");
    CHECK(ranking[2].service == "idle");
    CHECK(ranking[2].score == 0.0);
    CHECK(ranking[2].reason == "ochiai 0.00, no spans in the period");

    // Without the KPI cart scores 0 and falls to the bottom: (cart, idle tie at 0, by name).
    cart.kpiDeviation.reset();
    const auto withoutKpi = rankCombined({web, cart, idle}, edges);
    CHECK(rankOf(withoutKpi, "cart") == 2);
    CHECK(withoutKpi[0].service == "web");
    // web: 0.577350, its only callee cart now healthy -> + 0.25 = 0.827350
    CHECK(withoutKpi[0].score == Approx(0.827350));
}

TEST_CASE("every term and the inherited factor with custom weights", "[rca][ranking]")
{
    RankingWeights weights;
    weights.inherited = 0.2;
    weights.originBonus = 0.1;
    // Both Ochiai 5 / sqrt((5+0)(5+0)) = 1.
    ServiceEvidence caller = service("caller", {5, 0, 0, 5});
    caller.selfTimeZ = 1.5; // 1.5 / 3 = 0.5
    ServiceEvidence callee = service("callee", {5, 0, 0, 5});
    callee.selfTimeZ = 3;            // 3 / 3 = 1
    callee.ownErrorShare = 0.5;      // 0.5
    callee.kpiDeviation = 1.5;       // 0.5 * (1.5 / 3) = 0.25
    callee.errorLogRatio = 4.0;      // 0.5 * (log2 4 / 4) = 0.5 * 0.5 = 0.25
    // caller: 1 + 0.5 = 1.5; callee 3.0 >= 1.5 -> 1.5 * 0.2 = 0.3
    // callee: 1 + 1 + 0.5 + 0.25 + 0.25 = 3.0; no callees -> + 0.1 = 3.1
    const auto ranking = rankCombined({caller, callee}, {{"caller", "callee", 5, 1e6}}, weights);
    CHECK(find(ranking, "callee").score == Approx(3.1));
    CHECK(find(ranking, "callee").reason ==
          "ochiai 1.00, self time z 3.0, own errors 50 %, KPI z 1.5, error logs x4.0, origin: anomalous, no callees");
    CHECK(find(ranking, "caller").score == Approx(0.3));

    // Fewer error logs than the baseline (ratio 0.5, log2 = -1) clamps to 0: 3.0 - 0.25 + 0.1 = 2.85.
    callee.errorLogRatio = 0.5;
    CHECK(find(rankCombined({caller, callee}, {}, weights), "callee").score == Approx(2.85));

    // A self-edge is ignored: alone, the caller is an anomalous origin: 1.5 + 0.1 = 1.6.
    CHECK(find(rankCombined({caller}, {{"caller", "caller", 3, 1e6}}, weights), "caller").score == Approx(1.6));
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
    REQUIRE_THROWS_AS(rankCombined(two, {{"a", "ghost", 1, 1.0}}), UsageError);
    REQUIRE_THROWS_WITH(rankCombined(two, {{"ghost", "b", 1, 1.0}}), Catch::Contains("'ghost' -> 'b'"));

    ServiceEvidence notANumber = service("a", counts);
    notANumber.selfTimeZ = std::nan("");
    REQUIRE_THROWS_WITH(rankCombined({notANumber}, {}), Catch::Contains("selfTimeZ"));
    ServiceEvidence infinite = service("a", counts);
    infinite.kpiDeviation = std::numeric_limits<double>::infinity();
    REQUIRE_THROWS_AS(rankCombined({infinite}, {}), UsageError);
    ServiceEvidence noRatio = service("a", counts);
    noRatio.errorLogRatio = 0.0;
    REQUIRE_THROWS_AS(rankCombined({noRatio}, {}), UsageError);
    REQUIRE_THROWS_AS(rankCombined({service("a", {-1, 0, 0, 0})}, {}), UsageError);

    RankingWeights noScale;
    noScale.zScale = 0;
    REQUIRE_THROWS_AS(rankCombined(two, {}, noScale), UsageError);
}
