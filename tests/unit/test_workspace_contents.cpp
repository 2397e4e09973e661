// What an import stores: derived span columns, call path statistics, and the telemetry tables.
#include "core/graph/TraceGraph.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tracemark;
using namespace tracemark::test;

TEST_CASE("derived span columns of a hand-built trace", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "derived.tmk");
    //  A frontend GET /      [0, 100]
    //  ├─ B cart GetCart     [10, 40]
    //  │  └─ D db Query      [15, 25]
    //  └─ C db Query         [30, 80]   (error)
    std::vector<Span> spans = {makeSpan("t", "C", "A", "db", "Query", 30, 50, StatusClass::ServerError),
                               makeSpan("t", "D", "B", "db", "Query", 15, 10),
                               makeSpan("t", "A", "", "frontend", "GET /", 0, 100),
                               makeSpan("t", "B", "A", "cart", "GetCart", 10, 30)};
    spans[0].statusCode = "500";
    spans[0].kind = SpanKind::Server;
    spans[0].instance = "db-1";
    spans[0].attributes = {{"db.statement", "SELECT \"x\"\n"}, {"peer", "10.0.0.1"}, {"peer", "dup"}};
    importSpans(workspace, spans);

    Database& db = workspace.database();
    Statement rows = db.prepare(
        "SELECT span_id, depth, waiting_ns, local_ns, relative_start_ns, is_orphan, start_ns - ? FROM spans ORDER BY id");
    rows.bind(1, kBaseNs);
    struct Expected {
        const char* id;
        int depth, waiting, local, relativeStart;
    };
    // Preorder with children by start time; local = duration minus the union of the children.
    const Expected expected[] = {{"A", 0, 10, 30, 0}, {"B", 1, 5, 20, 10}, {"D", 2, 0, 10, 15}, {"C", 1, 0, 50, 30}};
    for (const Expected& e : expected) {
        REQUIRE(rows.step());
        CHECK(rows.text(0) == e.id);
        CHECK(rows.int64(1) == e.depth);
        CHECK(rows.int64(2) == e.waiting);
        CHECK(rows.int64(3) == e.local);
        CHECK(rows.int64(4) == e.relativeStart);
        CHECK(rows.int64(5) == 0);
        CHECK(rows.int64(6) == e.relativeStart);
    }
    CHECK_FALSE(rows.step());

    const auto trace = workspace.traceById("t");
    REQUIRE(trace);
    CHECK(trace->startNs == kBaseNs);
    CHECK(trace->durationNs == 100);
    CHECK(trace->spanCount == 4);
    CHECK(trace->errorSpans == 1);
    CHECK(trace->orphanSpans == 0);
    CHECK(trace->rootService == "frontend");
    CHECK(trace->rootOperation == "GET /");
    CHECK(trace->pathId == TraceGraph::build(spans).pathId());

    // D's and C's call paths differ although both are db:Query.
    Statement paths = db.prepare("SELECT s.span_id, c.text, c.depth FROM spans s JOIN call_paths c ON "
                                 "c.id = s.call_path_id ORDER BY s.id");
    const std::pair<const char*, const char*> expectedPaths[] = {{"A", "frontend:GET /"},
                                                                 {"B", "frontend:GET / > cart:GetCart"},
                                                                 {"D", "frontend:GET / > cart:GetCart > db:Query"},
                                                                 {"C", "frontend:GET / > db:Query"}};
    for (const auto& [id, text] : expectedPaths) {
        REQUIRE(paths.step());
        CHECK(paths.text(0) == id);
        CHECK(paths.text(1) == text);
    }

    // Everything a span carries comes back.
    const auto stored = workspace.spansOfTrace(trace->key);
    REQUIRE(stored.size() == 4);
    const Span& c = stored[3];
    CHECK(c.traceId == "t");
    CHECK(c.spanId == "C");
    CHECK(c.parentId == "A");
    CHECK(c.service == "db");
    CHECK(c.operation == "Query");
    CHECK(c.instance == "db-1");
    CHECK(c.startNs == kBaseNs + 30);
    CHECK(c.durationNs == 50);
    CHECK(c.status == StatusClass::ServerError);
    CHECK(c.statusCode == "500");
    CHECK(c.kind == SpanKind::Server);
    CHECK(c.attributes == spans[0].attributes);
    CHECK(stored[0].parentId.empty());
    CHECK(stored[0].attributes.empty());
    CHECK(db.queryInt64("SELECT COUNT(*) FROM spans WHERE attributes IS NULL") == 3);
    CHECK(db.queryInt64("SELECT COUNT(*) FROM spans WHERE json_extract(attributes, '$.\"db.statement\"') = "
                        "'SELECT \"x\"' || char(10)") == 1);
}

TEST_CASE("call path statistics are exact for known durations", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "paths.tmk");
    std::vector<Span> spans;
    const std::int64_t durations[] = {10, 20, 30, 40, 100};
    for (int i = 0; i < 5; ++i)
        spans.push_back(makeSpan("t" + std::to_string(i), "r", "", "frontend", "GET /", i * 1000, durations[i]));
    importSpans(workspace, spans);

    auto pathByText = [&](const std::string& text) {
        for (const CallPathInfo& path : workspace.callPaths())
            if (path.text == text)
                return path;
        FAIL("no call path " << text);
        return CallPathInfo{};
    };
    CallPathInfo root = pathByText("frontend:GET /");
    CHECK(root.service == "frontend");
    CHECK(root.operation == "GET /");
    CHECK(root.depth == 0);
    CHECK(root.stats.count == 5);
    CHECK(root.stats.meanNs == Approx(40.0));
    CHECK(root.stats.stdNs == Approx(std::sqrt(1000.0))); // squared deviations 900+400+100+0+3600 over 5
    CHECK(root.stats.medianNs == Approx(30.0));
    CHECK(root.stats.p95Ns == Approx(88.0)); // rank 3.8: 40 + 0.8 * (100 - 40)
    REQUIRE(workspace.callPath(root.id));
    CHECK(workspace.callPath(root.id)->stats.count == 5);
    CHECK_FALSE(workspace.callPath(root.id + 1));

    // A second import into a non-empty workspace recomputes over all spans.
    importSpans(workspace, {makeSpan("t9", "r", "", "frontend", "GET /", 9000, 50),
                            makeSpan("t9", "c", "r", "cart", "GetCart", 9001, 7)});
    root = pathByText("frontend:GET /");
    CHECK(root.stats.count == 6);
    CHECK(root.stats.meanNs == Approx(250.0 / 6));
    CHECK(root.stats.stdNs == Approx(std::sqrt(15500.0 / 6 - (250.0 / 6) * (250.0 / 6))));
    CHECK(root.stats.medianNs == Approx(35.0));
    CHECK(root.stats.p95Ns == Approx(87.5)); // rank 4.75: 50 + 0.75 * (100 - 50)
    const CallPathInfo child = pathByText("frontend:GET / > cart:GetCart");
    CHECK(child.depth == 1);
    CHECK(child.stats.count == 1);
    CHECK(child.stats.meanNs == Approx(7.0));
    CHECK(workspace.callPaths().size() == 2);
}

TEST_CASE("logs, metrics, ground truth and fault injections are stored", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "telemetry.tmk");
    NullProgress progress;
    const ImportSummary summary = workspace.import(
        "telemetry",
        [](ImportSink& sink, Progress&) {
            sink.addSpan(makeSpan("t1", "a", "", "frontend", "GET /", 0, 10));
            sink.addLog({kBaseNs + 2, "frontend", "fe-0", "t1", "a", "ERROR", "second"});
            sink.addLog({kBaseNs + 1, "frontend", "fe-0", "t1", "a", "INFO", "first"});
            sink.addLog({kBaseNs + 3, "", "", "", "", "", "unrelated"});
            sink.addMetric({kBaseNs, "frontend", "fe-0", "cpu", 0.25});
            sink.addMetric({kBaseNs + 1, "frontend", "fe-0", "cpu", 0.5});
            sink.addMetric({kBaseNs, "frontend", "fe-1", "cpu", 0.75});
            sink.addTraceGroundTruth({"t2", false, "normal", "sim"});
            sink.addTraceGroundTruth({"t1", true, "delay", "sim"});
            sink.addTraceGroundTruth({"t1", true, "crash", "sim"}); // a later line wins
            sink.addFaultInjection({kBaseNs + 5, kBaseNs + 9, "cart", "cart-0", "delay", "sim", "100ms"});
            sink.warn("skipped 3 lines");
        },
        progress);
    CHECK(summary.logRecords == 3);
    CHECK(summary.metricSamples == 3);
    CHECK(summary.faultInjections == 1);
    CHECK_THAT(summary.warnings, Catch::VectorContains(std::string("skipped 3 lines")));

    const auto logs = workspace.logsOfTrace("t1");
    REQUIRE(logs.size() == 2);
    CHECK(logs[0].message == "first");
    CHECK(logs[1].message == "second");
    CHECK(logs[1].severity == "ERROR");
    CHECK(logs[1].service == "frontend");
    CHECK(logs[1].instance == "fe-0");
    CHECK(logs[1].spanId == "a");
    CHECK(workspace.database().queryInt64("SELECT COUNT(*) FROM metric_series") == 2);

    const auto truths = workspace.groundTruth();
    REQUIRE(truths.size() == 2);
    CHECK(truths[0].traceId == "t1");
    CHECK(truths[0].abnormal);
    CHECK(truths[0].faultType == "crash");
    CHECK(truths[1].traceId == "t2");
    CHECK_FALSE(truths[1].abnormal);

    const auto faults = workspace.faultInjections();
    REQUIRE(faults.size() == 1);
    CHECK(faults[0].service == "cart");
    CHECK(faults[0].endNs == kBaseNs + 9);
    CHECK(faults[0].detail == "100ms");

    const WorkspaceInfo info = workspace.info();
    CHECK(info.logRecords == 3);
    CHECK(info.metricSamples == 3);
    CHECK(info.groundTruthTraces == 2);
    CHECK(info.faultInjections == 1);
    CHECK(info.traces == 1);
    CHECK(info.lastEndNs == kBaseNs + 10);

    // Series are reused by a later import.
    workspace.import(
        "more",
        [](ImportSink& sink, Progress&) { sink.addMetric({kBaseNs + 2, "frontend", "fe-0", "cpu", 1.0}); },
        progress);
    CHECK(workspace.database().queryInt64("SELECT COUNT(*) FROM metric_series") == 2);
    CHECK(workspace.info().metricSamples == 4);
    CHECK(workspace.info().imports == 2);
}
