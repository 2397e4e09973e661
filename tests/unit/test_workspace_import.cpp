// Workspace::import: all-or-nothing transactions, trace merging, orphans, cycles and large traces.
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>

using namespace tracemark;
using namespace tracemark::test;

namespace {

// A workspace with a little of everything, so a rolled-back import has something to disturb.
void importBaseline(Workspace& workspace)
{
    NullProgress progress;
    workspace.import(
        "baseline",
        [](ImportSink& sink, Progress&) {
            for (int t = 0; t < 20; ++t) {
                const std::string id = "base-" + std::to_string(t);
                sink.addSpan(makeSpan(id, "r", "", "frontend", "GET /", t * 100, 80));
                sink.addSpan(makeSpan(id, "c", "r", "cart", "GetCart", t * 100 + 5, 30));
                sink.endTrace(id);
                sink.addLog({kBaseNs + t, "cart", "cart-0", id, "c", "INFO", "cart read"});
                sink.addMetric({kBaseNs + t, "cart", "cart-0", "cpu", 0.5});
            }
            sink.addTraceGroundTruth({"base-0", true, "delay", "test"});
            sink.addFaultInjection({kBaseNs, kBaseNs + 50, "cart", "cart-0", "delay", "test", "50ms"});
        },
        progress);
    workspace.setLabel(workspace.traceById("base-3")->key, TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
}

// Adds thousands of rows of every kind, including a merge into a baseline trace, then fails.
void feedManyRows(ImportSink& sink)
{
    for (int t = 0; t < 2000; ++t) {
        const std::string id = "new-" + std::to_string(t);
        sink.addSpan(makeSpan(id, "r", "", "frontend", "GET /", 5000 + t, 70));
        sink.addSpan(makeSpan(id, "c", "r", "payment", "Charge", 5001 + t, 20, StatusClass::ServerError));
        if (t % 2 == 0)
            sink.endTrace(id); // half written already, half still buffered
        sink.addLog({kBaseNs + t, "payment", "pay-1", id, "c", "ERROR", "declined"});
        sink.addMetric({kBaseNs + t, "payment", "pay-1", "latency", 1.5});
        sink.addTraceGroundTruth({id, true, "F1", "test"});
    }
    sink.addSpan(makeSpan("base-3", "late", "c", "db", "Query", 310, 5));
    sink.endTrace("base-3");
    sink.addFaultInjection({kBaseNs, 0, "payment", "", "crash", "test", ""});
}

} // namespace

TEST_CASE("an import that throws half way leaves every table as it was", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "atomic.tmk");
    importBaseline(workspace);
    const auto before = snapshotTables(workspace.database());
    const WorkspaceInfo infoBefore = workspace.info();
    REQUIRE(before.at("spans").size() == 40);
    REQUIRE(before.at("labels").size() == 1);
    REQUIRE(before.at("audit_log").size() == 1);

    NullProgress progress;
    SECTION("parse error")
    {
        REQUIRE_THROWS_AS(workspace.import(
                              "fails",
                              [](ImportSink& sink, Progress&) {
                                  feedManyRows(sink);
                                  throw ParseError({"spans.json", 12, -1}, "duration", "-5", "negative duration");
                              },
                              progress),
                          ParseError);
    }
    SECTION("cancelled inside the body")
    {
        REQUIRE_THROWS_AS(workspace.import(
                              "cancelled",
                              [](ImportSink& sink, Progress& p) {
                                  feedManyRows(sink);
                                  p.cancel();
                                  p.checkCancelled();
                              },
                              progress),
                          Cancelled);
    }
    SECTION("cancelled after the body returned")
    {
        REQUIRE_THROWS_AS(workspace.import(
                              "cancelled late",
                              [&](ImportSink& sink, Progress&) {
                                  feedManyRows(sink);
                                  progress.cancel();
                              },
                              progress),
                          Cancelled);
    }
    SECTION("a trace with a cycle")
    {
        REQUIRE_THROWS_AS(workspace.import(
                              "cycle",
                              [](ImportSink& sink, Progress&) {
                                  feedManyRows(sink);
                                  sink.addSpan(makeSpan("loop", "a", "b", "x", "op", 0, 1));
                                  sink.addSpan(makeSpan("loop", "b", "a", "x", "op", 0, 1));
                              },
                              progress),
                          TraceStructureError);
    }
    CHECK(snapshotTables(workspace.database()) == before);
    const WorkspaceInfo infoAfter = workspace.info();
    CHECK(infoAfter.traces == infoBefore.traces);
    CHECK(infoAfter.spans == infoBefore.spans);
    CHECK(infoAfter.logRecords == 20);
    CHECK(infoAfter.metricSamples == 20);
    CHECK(infoAfter.imports == 1);
    // The workspace is still usable after the rollback.
    importSpans(workspace, {makeSpan("after", "a", "", "frontend", "GET /", 0, 1)});
    CHECK(workspace.info().traces == 21);
}

TEST_CASE("a cycle aborts the import with TraceStructureError and writes nothing", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "cycle.tmk");
    const auto before = snapshotTables(workspace.database());
    NullProgress progress;
    REQUIRE_THROWS_WITH(workspace.import(
                            "cycle",
                            [](ImportSink& sink, Progress&) {
                                sink.addSpan(makeSpan("fine", "a", "", "frontend", "GET /", 0, 10));
                                sink.endTrace("fine");
                                sink.addSpan(makeSpan("loop", "a", "c", "x", "op", 0, 1));
                                sink.addSpan(makeSpan("loop", "b", "a", "x", "op", 0, 1));
                                sink.addSpan(makeSpan("loop", "c", "b", "x", "op", 0, 1));
                                sink.endTrace("loop");
                            },
                            progress),
                        Catch::Contains("loop") && Catch::Contains("cycle"));
    CHECK(snapshotTables(workspace.database()) == before);
    CHECK(workspace.info().traces == 0);
    CHECK(workspace.services().empty());
}

TEST_CASE("a trace imported in two parts is merged under the same key", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "merge.tmk");
    // First part: the root and a grandchild whose parent "b" is not there yet.
    const ImportSummary first = importSpans(workspace, {makeSpan("t1", "a", "", "frontend", "GET /", 0, 100),
                                                        makeSpan("t1", "c", "b", "db", "Query", 30, 10)});
    CHECK(first.traces == 1);
    CHECK(first.spans == 2);
    CHECK(first.orphanSpans == 1);
    CHECK_THAT(first.warnings, Catch::VectorContains(std::string("1 span whose parent is missing was kept as an orphan")));
    const std::int64_t key = workspace.traceById("t1")->key;
    CHECK(workspace.traceByKey(key)->orphanSpans == 1);
    CHECK(workspace.info().orphanSpans == 1);
    workspace.setLabel(key, TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");

    // Second part: the missing parent, plus a repeat of the root that must not be stored twice.
    const ImportSummary second = importSpans(workspace, {makeSpan("t1", "b", "a", "cart", "GetCart", 20, 50),
                                                         makeSpan("t1", "a", "", "frontend", "GET /", 0, 100)});
    CHECK(second.traces == 1);
    CHECK(second.spans == 1);
    CHECK(second.orphanSpans == 0);
    CHECK_THAT(second.warnings,
               Catch::VectorContains(std::string("1 orphan span from an earlier import found its parent")));
    CHECK_THAT(second.warnings,
               Catch::VectorContains(std::string("1 span was already in the workspace and was skipped")));

    const auto trace = workspace.traceById("t1");
    REQUIRE(trace);
    CHECK(trace->key == key);
    CHECK(trace->spanCount == 3);
    CHECK(trace->orphanSpans == 0);
    CHECK(trace->label == TraceLabel::Abnormal); // the label stayed with the trace
    const auto spans = workspace.spansOfTrace(key);
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].spanId == "a");
    CHECK(spans[1].spanId == "b");
    CHECK(spans[2].spanId == "c");
    const WorkspaceInfo info = workspace.info();
    CHECK(info.traces == 1);
    CHECK(info.spans == 3);
    CHECK(info.orphanSpans == 0);
    CHECK(countRows(workspace.database(), "spans") == 3);
    // The service index follows the merged trace: db and cart now lead to it.
    TraceFilter byCart;
    byCart.service = "cart";
    CHECK(workspace.countTraces(byCart) == 1);
    CHECK(countRows(workspace.database(), "trace_services") == 3);
    CHECK(countRows(workspace.database(), "trace_operations") == 3);
}

TEST_CASE("importing the same spans twice changes nothing the second time", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "twice.tmk");
    const std::vector<Span> spans = {makeSpan("t1", "a", "", "frontend", "GET /", 0, 100),
                                     makeSpan("t1", "b", "a", "cart", "GetCart", 10, 50),
                                     makeSpan("t2", "a", "", "frontend", "GET /", 200, 30)};
    importSpans(workspace, spans);
    auto before = snapshotTables(workspace.database());
    const ImportSummary again = importSpans(workspace, spans);
    CHECK(again.traces == 0);
    CHECK(again.spans == 0);
    CHECK_THAT(again.warnings,
               Catch::VectorContains(std::string("3 spans were already in the workspace and were skipped")));
    auto after = snapshotTables(workspace.database());
    CHECK(after.at("imports").size() == 2);
    before.erase("imports");
    after.erase("imports");
    CHECK(after == before);
    CHECK(workspace.info().spans == 3);
}

TEST_CASE("spans of one trace split by endTrace within one import are merged", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "split.tmk");
    NullProgress progress;
    const ImportSummary summary = workspace.import(
        "split",
        [](ImportSink& sink, Progress&) {
            sink.addSpan(makeSpan("t", "a", "", "frontend", "GET /", 0, 100));
            sink.endTrace("t");
            sink.addSpan(makeSpan("u", "a", "", "frontend", "GET /", 5, 10));
            sink.addSpan(makeSpan("t", "b", "a", "cart", "GetCart", 10, 20)); // after its trace was ended
        },
        progress);
    CHECK(summary.traces == 2);
    CHECK(summary.spans == 3);
    CHECK(workspace.info().traces == 2);
    CHECK(workspace.traceById("t")->spanCount == 2);
    CHECK(workspace.traceById("t")->orphanSpans == 0);
    // The index rows of the first version of "t" were replaced, not kept beside the new ones.
    CHECK(countRows(workspace.database(), "trace_services") == 3); // t: frontend, cart; u: frontend
    TraceFilter byCart;
    byCart.service = "cart";
    CHECK(workspace.countTraces(byCart) == 1);
}

TEST_CASE("a trace larger than one multi-row insert keeps every span in preorder", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "large.tmk");
    // 100 spans in a binary heap: span i's parent is (i - 1) / 2, so its depth is floor(log2(i + 1)).
    std::vector<Span> spans;
    for (int i = 0; i < 100; ++i)
        spans.push_back(makeSpan("big", "s" + std::to_string(i), i == 0 ? "" : "s" + std::to_string((i - 1) / 2),
                                 "svc" + std::to_string(i % 4), "op", i, 1000 - i));
    const ImportSummary summary = importSpans(workspace, spans);
    CHECK(summary.spans == 100);
    const auto key = workspace.traceById("big")->key;
    const auto stored = workspace.spansOfTrace(key);
    REQUIRE(stored.size() == 100);
    std::map<std::string, std::size_t> position;
    for (std::size_t i = 0; i < stored.size(); ++i)
        position[stored[i].spanId] = i;
    REQUIRE(position.size() == 100);
    for (const Span& span : stored)
        if (!span.parentId.empty())
            CHECK(position.at(span.parentId) < position.at(span.spanId)); // parents come first
    Statement depths = workspace.database().prepare("SELECT span_id, depth FROM spans");
    int rows = 0;
    while (depths.step()) {
        const int i = std::stoi(depths.text(0).substr(1));
        CHECK(depths.int64(1) == static_cast<std::int64_t>(std::floor(std::log2(i + 1))));
        ++rows;
    }
    CHECK(rows == 100);
    CHECK(countRows(workspace.database(), "trace_services") == 4);
}

TEST_CASE("a span without a trace id is refused", "[workspace][import]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "noid.tmk");
    REQUIRE_THROWS_AS(importSpans(workspace, {makeSpan("", "a", "", "frontend", "GET /", 0, 1)}),
                      TraceStructureError);
    CHECK(workspace.info().traces == 0);
}
