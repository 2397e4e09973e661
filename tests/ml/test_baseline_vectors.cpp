// The baseline trace vectors (issue 3): service trace vectors over call paths and bags of
// operations. Traces are built by hand; every expected value is derived in the comments from the
// span durations (log1p of microseconds, then a z-score over the traces holding the path).
#include "support/TestSupport.h"
#include "unit/test_workspace_helpers.h"

#include "core/common/Error.h"
#include "core/graph/TraceGraph.h"
#include "ml/baselines/TraceVectors.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace tracemark;
using tracemark::test::makeSpan;

namespace {

constexpr std::int64_t kMicro = 1000; // ns

// Four traces over four call paths:
//   R = frontend:GET /                        in t1 (99 µs), t2 (9), t3 (999), t4 (9)
//   C = frontend:GET / > cart:Get             in t1 (3 and 5 µs: mean 4), t2 (9), t4 (99)
//   D = frontend:GET / > cart:Get > db:Query  in t1 (1 µs)
//   P = frontend:GET / > payment:Pay          in t3 (2 µs)
std::vector<TraceGraph> fourTraces()
{
    std::vector<TraceGraph> traces;
    traces.push_back(TraceGraph::build({ makeSpan("t1", "r", "", "frontend", "GET /", 0, 99 * kMicro),
        makeSpan("t1", "c1", "r", "cart", "Get", 1 * kMicro, 3 * kMicro),
        makeSpan("t1", "c2", "r", "cart", "Get", 10 * kMicro, 5 * kMicro),
        makeSpan("t1", "d", "c1", "db", "Query", 2 * kMicro, 1 * kMicro) }));
    traces.push_back(TraceGraph::build({ makeSpan("t2", "r", "", "frontend", "GET /", 0, 9 * kMicro),
        makeSpan("t2", "c", "r", "cart", "Get", 0, 9 * kMicro) }));
    traces.push_back(TraceGraph::build({ makeSpan("t3", "r", "", "frontend", "GET /", 0, 999 * kMicro),
        makeSpan("t3", "p", "r", "payment", "Pay", 0, 2 * kMicro) }));
    traces.push_back(TraceGraph::build({ makeSpan("t4", "r", "", "frontend", "GET /", 0, 9 * kMicro),
        makeSpan("t4", "c", "r", "cart", "Get", 0, 99 * kMicro) }));
    return traces;
}

BaselineVectorizer fitted(BaselineKind kind, const std::vector<TraceGraph>& traces,
    int cap = BaselineVectorizer::kDefaultMaxDimensions)
{
    BaselineVectorizer vectorizer(kind);
    for (const TraceGraph& trace : traces)
        vectorizer.fit(trace);
    vectorizer.finish(cap);
    return vectorizer;
}

// Call path id of the span with this id in trace t.
std::uint64_t pathOf(const TraceGraph& trace, const std::string& spanId)
{
    for (std::size_t i = 0; i < trace.size(); ++i)
        if (trace.span(i).spanId == spanId)
            return trace.callPathId(i);
    FAIL("no span " << spanId);
    return 0;
}

struct ZScore {
    double mean = 0;
    double sd = 0;
};

// Mean and population standard deviation, computed here independently of the code under test.
ZScore zOf(std::vector<double> values)
{
    ZScore z;
    for (double v : values)
        z.mean += v;
    z.mean /= static_cast<double>(values.size());
    for (double v : values)
        z.sd += (v - z.mean) * (v - z.mean);
    z.sd = std::sqrt(z.sd / static_cast<double>(values.size()));
    return z;
}

int columnOf(const BaselineVectorizer& vectorizer, const std::string& name)
{
    for (int i = 0; i < vectorizer.dimension(); ++i)
        if (vectorizer.dimensionName(i) == name)
            return i;
    FAIL("no dimension " << name);
    return -1;
}

} // namespace

TEST_CASE("service trace vectors: one dimension per call path, z-scored log durations, -1 when absent",
    "[baselines]")
{
    const std::vector<TraceGraph> traces = fourTraces();
    const BaselineVectorizer stv = fitted(BaselineKind::ServiceTraceVector, traces);
    REQUIRE(stv.dimension() == 4);
    CHECK(stv.distinctKeys() == 4);
    CHECK(stv.fittedTraces() == 4);

    // Dimensions in call path id order.
    std::vector<std::pair<std::uint64_t, std::string>> paths = { { pathOf(traces[0], "r"), "frontend:GET /" },
        { pathOf(traces[0], "c1"), "frontend:GET / > cart:Get" },
        { pathOf(traces[0], "d"), "frontend:GET / > cart:Get > db:Query" },
        { pathOf(traces[2], "p"), "frontend:GET / > payment:Pay" } };
    std::sort(paths.begin(), paths.end());
    for (int i = 0; i < 4; ++i)
        CHECK(stv.dimensionName(i) == paths[static_cast<std::size_t>(i)].second);

    const int r = columnOf(stv, "frontend:GET /");
    const int c = columnOf(stv, "frontend:GET / > cart:Get");
    const int d = columnOf(stv, "frontend:GET / > cart:Get > db:Query");
    const int p = columnOf(stv, "frontend:GET / > payment:Pay");
    CHECK(stv.dimensionTraceCount(r) == 4);
    CHECK(stv.dimensionTraceCount(c) == 3);

    // R: log1p of 99, 9, 999, 9 µs = ln 100, ln 10, ln 1000, ln 10: mean 1.75 ln 10.
    const ZScore zr = zOf({ std::log(100.0), std::log(10.0), std::log(1000.0), std::log(10.0) });
    CHECK(zr.mean == Approx(1.75 * std::log(10.0)));
    CHECK(stv.dimensionMean(r) == Approx(zr.mean));
    CHECK(stv.dimensionScale(r) == Approx(zr.sd));
    // C: t1 has the path twice (3 and 5 µs): its value is log1p(mean 4) = ln 5; then ln 10, ln 100.
    const ZScore zc = zOf({ std::log(5.0), std::log(10.0), std::log(100.0) });
    // D and P occur once each: standard deviation 0, divisor 1, the only value becomes 0.

    const std::vector<float> v1 = stv.vectorOf(traces[0]);
    REQUIRE(v1.size() == 4);
    CHECK(v1[static_cast<std::size_t>(r)] == Approx((std::log(100.0) - zr.mean) / zr.sd));
    CHECK(v1[static_cast<std::size_t>(c)] == Approx((std::log(5.0) - zc.mean) / zc.sd));
    CHECK(v1[static_cast<std::size_t>(d)] == Approx(0.0).margin(1e-6));
    CHECK(v1[static_cast<std::size_t>(p)] == -1.0f); // absent

    const std::vector<float> v3 = stv.vectorOf(traces[2]);
    CHECK(v3[static_cast<std::size_t>(r)] == Approx((std::log(1000.0) - zr.mean) / zr.sd));
    CHECK(v3[static_cast<std::size_t>(c)] == -1.0f);
    CHECK(v3[static_cast<std::size_t>(d)] == -1.0f);
    CHECK(v3[static_cast<std::size_t>(p)] == Approx(0.0).margin(1e-6));

    const std::vector<float> v4 = stv.vectorOf(traces[3]);
    CHECK(v4[static_cast<std::size_t>(c)] == Approx((std::log(100.0) - zc.mean) / zc.sd));

    // A call path never fitted (cart:Put) is ignored; a 0 µs root is present: (ln 1 - mean)/std.
    const TraceGraph unseen = TraceGraph::build({ makeSpan("t5", "r", "", "frontend", "GET /", 0, 0),
        makeSpan("t5", "x", "r", "cart", "Put", 0, 7 * kMicro) });
    const std::vector<float> v5 = stv.vectorOf(unseen);
    CHECK(v5[static_cast<std::size_t>(r)] == Approx((0.0 - zr.mean) / zr.sd));
    CHECK(v5[static_cast<std::size_t>(c)] == -1.0f);
    CHECK(v5[static_cast<std::size_t>(d)] == -1.0f);
    CHECK(v5[static_cast<std::size_t>(p)] == -1.0f);
}

TEST_CASE("bag of operations: each operation's share of the trace's spans, ordered by service then operation",
    "[baselines]")
{
    const std::vector<TraceGraph> traces = fourTraces();
    const BaselineVectorizer bag = fitted(BaselineKind::BagOfOperations, traces);
    REQUIRE(bag.dimension() == 4);
    CHECK(bag.dimensionName(0) == "cart:Get");
    CHECK(bag.dimensionName(1) == "db:Query");
    CHECK(bag.dimensionName(2) == "frontend:GET /");
    CHECK(bag.dimensionName(3) == "payment:Pay");
    CHECK(bag.dimensionTraceCount(0) == 3);
    CHECK(bag.dimensionTraceCount(2) == 4);

    // t1: 4 spans, cart:Get twice -> 2/4, db 1/4, frontend 1/4, payment 0.
    CHECK(bag.vectorOf(traces[0]) == std::vector<float> { 0.5f, 0.25f, 0.25f, 0.0f });
    // t3: frontend and payment, one each of 2 spans.
    CHECK(bag.vectorOf(traces[2]) == std::vector<float> { 0.0f, 0.0f, 0.5f, 0.5f });

    // (service, operation) order, not the order of the "service:operation" text: "a" < "a-b"
    // although "a:z" > "a-b:a" (':' sorts after '-').
    const BaselineVectorizer names = fitted(BaselineKind::BagOfOperations,
        { TraceGraph::build(
            { makeSpan("t", "1", "", "a-b", "a", 0, 1), makeSpan("t", "2", "1", "a", "z", 0, 1) }) });
    CHECK(names.dimensionName(0) == "a:z");
    CHECK(names.dimensionName(1) == "a-b:a");
}

TEST_CASE("the dimension layout does not depend on the order traces are fitted in", "[baselines]")
{
    std::vector<TraceGraph> forward = fourTraces();
    std::vector<TraceGraph> backward = fourTraces();
    std::reverse(backward.begin(), backward.end());
    for (const BaselineKind kind : { BaselineKind::ServiceTraceVector, BaselineKind::BagOfOperations }) {
        INFO(toString(kind));
        const BaselineVectorizer a = fitted(kind, forward);
        const BaselineVectorizer b = fitted(kind, backward);
        REQUIRE(a.dimension() == b.dimension());
        for (int i = 0; i < a.dimension(); ++i)
            CHECK(a.dimensionName(i) == b.dimensionName(i));
        for (const TraceGraph& trace : forward) {
            const std::vector<float> va = a.vectorOf(trace);
            const std::vector<float> vb = b.vectorOf(trace);
            for (std::size_t i = 0; i < va.size(); ++i)
                CHECK(va[i] == Approx(vb[i]).margin(1e-6));
        }
    }
}

TEST_CASE("the cap keeps the keys present in the most traces, ties to the smaller key", "[baselines]")
{
    const std::vector<TraceGraph> traces = fourTraces();
    // Trace counts: R 4, C 3, D 1, P 1. Cap 2 keeps R and C.
    const BaselineVectorizer two = fitted(BaselineKind::ServiceTraceVector, traces, 2);
    REQUIRE(two.dimension() == 2);
    CHECK(two.distinctKeys() == 4);
    std::vector<std::string> kept = { two.dimensionName(0), two.dimensionName(1) };
    std::sort(kept.begin(), kept.end());
    CHECK(kept == std::vector<std::string> { "frontend:GET /", "frontend:GET / > cart:Get" });

    // Cap 3: D and P tie at one trace; the smaller call path id stays.
    const std::uint64_t d = pathOf(traces[0], "d");
    const std::uint64_t p = pathOf(traces[2], "p");
    const std::string winner
        = d < p ? "frontend:GET / > cart:Get > db:Query" : "frontend:GET / > payment:Pay";
    const std::string loser = d < p ? "frontend:GET / > payment:Pay" : "frontend:GET / > cart:Get > db:Query";
    const BaselineVectorizer three = fitted(BaselineKind::ServiceTraceVector, traces, 3);
    REQUIRE(three.dimension() == 3);
    std::vector<std::string> names;
    for (int i = 0; i < 3; ++i)
        names.push_back(three.dimensionName(i));
    CHECK(std::count(names.begin(), names.end(), winner) == 1);
    CHECK(std::count(names.begin(), names.end(), loser) == 0);

    // Bag with cap 2: frontend (4 traces) and cart (3). Shares still count every span: t1 has
    // 4 spans, so cart:Get 2/4 and frontend 1/4.
    const BaselineVectorizer bag = fitted(BaselineKind::BagOfOperations, traces, 2);
    REQUIRE(bag.dimension() == 2);
    CHECK(bag.dimensionName(0) == "cart:Get");
    CHECK(bag.dimensionName(1) == "frontend:GET /");
    CHECK(bag.vectorOf(traces[0]) == std::vector<float> { 0.5f, 0.25f });
}

TEST_CASE("baseline vectorizer misuse and names", "[baselines]")
{
    const std::vector<TraceGraph> traces = fourTraces();
    BaselineVectorizer stv(BaselineKind::ServiceTraceVector);
    stv.fit(traces[0]);
    CHECK_THROWS_AS(stv.vectorOf(traces[0]), UsageError);
    CHECK_THROWS_AS(stv.finish(0), UsageError);
    stv.finish();
    CHECK_THROWS_AS(stv.fit(traces[1]), UsageError);
    CHECK_THROWS_AS(stv.finish(), UsageError);
    CHECK_THROWS_AS(stv.dimensionName(stv.dimension()), UsageError);

    BaselineVectorizer empty(BaselineKind::BagOfOperations);
    empty.finish();
    CHECK(empty.dimension() == 0);
    CHECK(empty.vectorOf(traces[0]).empty());

    CHECK(baselineKindFromString("stv") == BaselineKind::ServiceTraceVector);
    CHECK(baselineKindFromString("BAG") == BaselineKind::BagOfOperations);
    CHECK(toString(BaselineKind::ServiceTraceVector) == "stv");
    CHECK_THROWS_AS(baselineKindFromString("gnn"), UsageError);
}

TEST_CASE("baseline vectors of a workspace: one row per trace in start order", "[baselines]")
{
    test::TempDir dir;
    Workspace workspace = Workspace::create(dir / "w.tmk");
    // Three traces imported out of start order: b starts first (0), then c (100 µs), then a (200 µs).
    test::importSpans(workspace,
        { makeSpan("a", "r", "", "frontend", "GET /", 200 * kMicro, 9 * kMicro),
            makeSpan("a", "x", "r", "cart", "Get", 201 * kMicro, 3 * kMicro),
            makeSpan("b", "r", "", "frontend", "GET /", 0, 99 * kMicro),
            makeSpan("c", "r", "", "frontend", "GET /", 100 * kMicro, 999 * kMicro),
            makeSpan("c", "y", "r", "payment", "Pay", 101 * kMicro, 1 * kMicro),
            makeSpan("c", "z", "r", "payment", "Pay", 102 * kMicro, 1 * kMicro) });
    const std::int64_t keyA = workspace.traceById("a")->key;
    const std::int64_t keyB = workspace.traceById("b")->key;
    const std::int64_t keyC = workspace.traceById("c")->key;

    NullProgress progress;
    BaselineVectorizer names(BaselineKind::BagOfOperations);
    const EmbeddingMatrix bag
        = buildBaselineVectors(workspace, BaselineKind::BagOfOperations, progress, {}, &names);
    CHECK(bag.traceKeys == std::vector<std::int64_t> { keyB, keyC, keyA });
    REQUIRE(bag.dim == 3); // cart:Get, frontend:GET /, payment:Pay
    CHECK(names.dimensionName(0) == "cart:Get");
    CHECK(names.dimensionName(2) == "payment:Pay");
    // b: frontend only; c: 1 frontend + 2 payment of 3; a: 1 cart + 1 frontend of 2.
    const std::vector<double> expected = { 0, 1, 0, 0, 1.0 / 3.0, 2.0 / 3.0, 0.5, 0.5, 0 };
    REQUIRE(bag.values.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(bag.values[i] == Approx(expected[i]));

    BaselineVectorizer paths(BaselineKind::ServiceTraceVector);
    const EmbeddingMatrix stv
        = buildBaselineVectors(workspace, BaselineKind::ServiceTraceVector, progress, {}, &paths);
    CHECK(stv.traceKeys == std::vector<std::int64_t> { keyB, keyC, keyA });
    REQUIRE(stv.dim == 3);
    REQUIRE(stv.values.size() == 9);
    const auto at = [&](std::size_t row, const std::string& path) {
        return stv.values[row * 3 + static_cast<std::size_t>(columnOf(paths, path))];
    };
    // Every trace has the root path: ln 100 (b), ln 1000 (c), ln 10 (a): mean 2 ln 10, standard
    // deviation ln 10 * sqrt(2/3). The payment path is only in c (twice, 1 µs each: mean 1 µs),
    // cart only in a: one trace each, so their value is 0.
    const double sigma = std::log(10.0) * std::sqrt(2.0 / 3.0);
    CHECK(at(0, "frontend:GET /") == Approx(0.0).margin(1e-6));
    CHECK(at(1, "frontend:GET /") == Approx(std::log(10.0) / sigma));
    CHECK(at(2, "frontend:GET /") == Approx(-std::log(10.0) / sigma));
    CHECK(at(0, "frontend:GET / > payment:Pay") == -1.0f);
    CHECK(at(1, "frontend:GET / > payment:Pay") == Approx(0.0).margin(1e-6));
    CHECK(at(0, "frontend:GET / > cart:Get") == -1.0f);
    CHECK(at(1, "frontend:GET / > cart:Get") == -1.0f);
    CHECK(at(2, "frontend:GET / > cart:Get") == Approx(0.0).margin(1e-6));
    CHECK(paths.dimensionMean(columnOf(paths, "frontend:GET / > payment:Pay")) == Approx(std::log(2.0)));

    // A budget of 8 bytes for 3 traces affords less than one float per trace: the cap becomes 1.
    BaselineOptions tight;
    tight.maxMatrixBytes = 8;
    CHECK(buildBaselineVectors(workspace, BaselineKind::BagOfOperations, progress, tight).dim == 1);

    NullProgress cancelled;
    cancelled.cancel();
    CHECK_THROWS_AS(buildBaselineVectors(workspace, BaselineKind::ServiceTraceVector, cancelled), Cancelled);
}
