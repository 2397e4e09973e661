// The in-memory evidence index behind root-cause ranking (core/rca/TraceEvidenceIndex): traces in
// start order, half-open ranges, per-service sums, which spans count as call spans, and the gaps.
#include "core/common/Progress.h"
#include "core/rca/TraceEvidenceIndex.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

constexpr std::int64_t kMs = 1'000'000;

Span withKind(Span span, SpanKind kind)
{
    span.kind = kind;
    return span;
}

const ServiceSlice& sliceOf(const TraceEvidenceIndex& index, std::size_t trace, std::int32_t service)
{
    for (auto s = index.servicesBegin(trace); s != index.servicesEnd(trace); ++s)
        if (s->service == service)
            return *s;
    FAIL("no slice for service " << service);
    throw;
}

} // namespace

TEST_CASE("evidence index: start order, ranges, service sums and call spans", "[rca][index]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "index.tmk");
    std::vector<Span> spans;
    // "late" is imported first but starts last; "early" starts first.
    spans.push_back(makeSpan("late", "r", "", "web", "GET /", 5000 * kMs, 10 * kMs));
    // early: web (server, 100 ms) -> web client span (40 ms, one child in db) -> db (30 ms, error);
    //        web -> web producer span (5 ms) -> queue consumer (1 ms): not a call span;
    //        web -> web client span with two db children: not a call span either.
    spans.push_back(withKind(makeSpan("early", "r", "", "web", "GET /", 0, 100 * kMs), SpanKind::Server));
    spans.push_back(withKind(makeSpan("early", "c", "r", "web", "SELECT", 1 * kMs, 40 * kMs), SpanKind::Client));
    spans.push_back(makeSpan("early", "d", "c", "db", "query", 2 * kMs, 30 * kMs, StatusClass::ServerError));
    spans.push_back(withKind(makeSpan("early", "p", "r", "web", "publish", 50 * kMs, 5 * kMs), SpanKind::Producer));
    spans.push_back(makeSpan("early", "q", "p", "queue", "consume", 51 * kMs, 1 * kMs));
    spans.push_back(withKind(makeSpan("early", "m", "r", "web", "batch", 60 * kMs, 20 * kMs), SpanKind::Client));
    spans.push_back(makeSpan("early", "m1", "m", "db", "query", 61 * kMs, 5 * kMs));
    spans.push_back(makeSpan("early", "m2", "m", "db", "query", 67 * kMs, 5 * kMs));
    spans.push_back(makeSpan("middle", "r", "", "web", "GET /", 2000 * kMs, 10 * kMs));
    importSpans(workspace, spans);

    NullProgress progress;
    const TraceEvidenceIndex index(workspace.database(), progress);
    REQUIRE(index.traceCount() == 3);
    CHECK(index.key(0) == workspace.traceById("early")->key);
    CHECK(index.key(1) == workspace.traceById("middle")->key);
    CHECK(index.key(2) == workspace.traceById("late")->key);
    CHECK(index.startNs(0) < index.startNs(1));
    // Half-open: [start of middle, start of late) holds middle only.
    CHECK(index.range(kBaseNs + 2000 * kMs, kBaseNs + 5000 * kMs) == std::make_pair<std::size_t, std::size_t>(1, 2));
    CHECK(index.range(kBaseNs, kBaseNs + 6000 * kMs) == std::make_pair<std::size_t, std::size_t>(0, 3));
    CHECK(index.range(kBaseNs + 6000 * kMs, kBaseNs) == std::make_pair<std::size_t, std::size_t>(3, 3));

    const auto id = [&](const char* service) {
        return static_cast<std::int32_t>(workspace.database().queryInt64(
            "SELECT id FROM services WHERE name = '" + std::string(service) + "'"));
    };
    const ServiceSlice& web = sliceOf(index, 0, id("web"));
    CHECK(web.spans == 4);
    CHECK(web.workSpans == 3); // the client span with one db child is a call span
    // Self times: server 100 - (40 + 5 + 20) = 35, producer 5 - 1 = 4, batch 20 - 10 = 10 ms.
    CHECK(web.selfNs == Approx(49.0 * kMs));
    CHECK(web.selfSquares == Approx((35.0 * 35 + 4 * 4 + 10 * 10) * kMs * kMs));
    CHECK(web.errors == 0);
    const ServiceSlice& db = sliceOf(index, 0, id("db"));
    CHECK(db.spans == 3);
    CHECK(db.errors == 1);
    CHECK(db.ownErrors == 1);

    // One gap: the call span's 40 ms minus db's 30 ms, charged to db.
    REQUIRE(index.gapsEnd(0) - index.gapsBegin(0) == 1);
    CHECK(index.gapsBegin(0)->callee == id("db"));
    CHECK(index.gapsBegin(0)->gapNs == Approx(10.0 * kMs));
    // Edges web -> db (3 calls, 1 with a gap) and web -> queue.
    REQUIRE(index.edgesEnd(0) - index.edgesBegin(0) == 2);
    for (auto e = index.edgesBegin(0); e != index.edgesEnd(0); ++e) {
        CHECK(index.edge(e->edge) == std::make_pair(e->caller, e->callee));
        if (e->callee == id("db")) {
            CHECK(e->calls == 3);
            CHECK(e->gapCalls == 1);
            CHECK(e->calleeDurationNs == Approx(40.0 * kMs));
        } else {
            CHECK(e->callee == id("queue"));
            CHECK(e->gapCalls == 0);
        }
    }
    CHECK(index.edgeCount() == 2);
    CHECK(index.memoryBytes() > 0);
}

TEST_CASE("evidence index: a client span naming a span-less peer is a call into it", "[rca][index]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "peers.tmk");
    NullProgress progress;
    workspace.import("peers", [&](ImportSink& sink, Progress&) {
        // cart -> "HGET" client span (4 ms, no child) whose peer is cache-0, an instance known
        // only from the cache's KPIs; and a client span naming an unknown host.
        Span root = makeSpan("t", "r", "", "cart", "GetCart", 0, 10 * kMs);
        root.kind = SpanKind::Server;
        Span get = makeSpan("t", "g", "r", "cart", "HGET", kMs, 4 * kMs);
        get.kind = SpanKind::Client;
        get.attributes = {{"db.system", "redis"}, {"net.peer.name", "cache-0"}};
        Span other = makeSpan("t", "o", "r", "cart", "GET", 6 * kMs, 2 * kMs);
        other.kind = SpanKind::Client;
        other.attributes = {{"net.peer.name", "somewhere.example"}};
        for (Span* span : {&root, &get, &other})
            sink.addSpan(std::move(*span));
        sink.addMetric({kBaseNs, "cache", "cache-0", "cpu", 1.0});
    }, progress);

    const TraceEvidenceIndex index(workspace.database(), progress);
    REQUIRE(index.traceCount() == 1);
    const auto id = [&](const char* service) {
        return static_cast<std::int32_t>(workspace.database().queryInt64(
            "SELECT id FROM services WHERE name = '" + std::string(service) + "'"));
    };
    const ServiceSlice& cache = sliceOf(index, 0, id("cache"));
    CHECK(cache.spans == 0); // present in the trace, with no span of its own
    const ServiceSlice& cart = sliceOf(index, 0, id("cart"));
    CHECK(cart.spans == 3);
    CHECK(cart.workSpans == 2); // the HGET wait is the cache's, not cart's
    CHECK(cart.selfNs == Approx((10.0 - 4 - 2 + 2) * kMs)); // root 4 ms own + the unknown call's 2 ms
    REQUIRE(index.gapsEnd(0) - index.gapsBegin(0) == 1);
    CHECK(index.gapsBegin(0)->callee == id("cache"));
    CHECK(index.gapsBegin(0)->gapNs == Approx(4.0 * kMs));
    REQUIRE(index.edgesEnd(0) - index.edgesBegin(0) == 1);
    CHECK(index.edgesBegin(0)->caller == id("cart"));
    CHECK(index.edgesBegin(0)->callee == id("cache"));
    CHECK(index.edgesBegin(0)->gapCalls == 1);
}
