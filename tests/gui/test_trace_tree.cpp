// The trace viewer's pure logic, on hand-made traces whose answers are worked out by hand:
// depth-first order, depths, offsets, self time, the critical path, collapse state, topology
// grouping, the compare diff and the reference statistics.
#include "TraceTestSupport.h"

#include "ui/trace/ReferenceStatistics.h"
#include "ui/trace/TimeAxis.h"
#include "ui/trace/TopologyGraph.h"
#include "ui/trace/TraceComparison.h"
#include "ui/trace/TraceTree.h"
#include "ui/trace/WaterfallRows.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace tracemark;
using namespace tracemark::test;

namespace {

std::string idsOf(const TraceTree& tree, const std::vector<int>& spans)
{
    std::string ids;
    for (int span : spans)
        ids += tree.span(span).spanId;
    return ids;
}

} // namespace

TEST_CASE("the tree orders spans depth-first by start time with depths, offsets and self times")
{
    const TraceTree tree = TraceTree::build(exampleTrace());
    auto at = [&](const char* id) { return tree.indexOfSpanId(id); };
    REQUIRE(tree.size() == 7);
    CHECK(idsOf(tree, tree.preorder()) == "ABDCEFG");
    CHECK(tree.depth(at("A")) == 0);
    CHECK(tree.depth(at("B")) == 1);
    CHECK(tree.depth(at("D")) == 2);
    CHECK(tree.depth(at("F")) == 2);
    CHECK(tree.depth(at("G")) == 1);
    CHECK(tree.maxDepth() == 2);
    CHECK(tree.durationNs() == 100 * kMs);
    CHECK(tree.offsetNs(at("A")) == 0);
    CHECK(tree.offsetNs(at("C")) == 20 * kMs);
    CHECK(tree.offsetNs(at("F")) == 55 * kMs);
    CHECK(tree.subtreeSize(at("A")) == 7);
    CHECK(tree.subtreeSize(at("C")) == 3);
    CHECK(tree.subtreeSize(at("G")) == 1);
    // Self time: A's children cover [5, 95] -> 10; B: 35 - 20; C: 70 - (25 + 30); leaves: all.
    CHECK(tree.selfNs(at("A")) == 10 * kMs);
    CHECK(tree.selfNs(at("B")) == 15 * kMs);
    CHECK(tree.selfNs(at("C")) == 15 * kMs);
    CHECK(tree.selfNs(at("E")) == 25 * kMs);
    CHECK(tree.serviceCount() == 6);
    CHECK(tree.errorCount() == 1);
    CHECK(tree.callPathText(at("F")) == "frontend:GET / > cart:GetCart > db:Query");
    CHECK(tree.callPathId(at("F")) != tree.callPathId(at("D")));
}

TEST_CASE("the critical path follows the last-finishing child and tiles the root's interval")
{
    const TraceTree tree = TraceTree::build(exampleTrace());
    auto at = [&](const char* id) { return tree.indexOfSpanId(id); };
    auto section = [&](const char* id, double from, double to) {
        return CriticalSection{at(id), kTraceT0 + static_cast<std::int64_t>(from * kMs),
                               kTraceT0 + static_cast<std::int64_t>(to * kMs)};
    };
    // Worked by hand: G ends last (95) -> A owns [95,100]; G [60,95]; C ends at 90 > 60, so it
    // overlaps G and is skipped; B ends at 40 -> A owns [40,60]; inside B, D -> B [30,40],
    // D [10,30], B [5,10]; A [0,5].
    const std::vector<CriticalSection> expected{section("A", 0, 5),   section("B", 5, 10),  section("D", 10, 30),
                                                section("B", 30, 40), section("A", 40, 60), section("G", 60, 95),
                                                section("A", 95, 100)};
    CHECK(tree.criticalPath() == expected);
    CHECK(tree.isOnCriticalPath(at("D")));
    CHECK_FALSE(tree.isOnCriticalPath(at("C")));
    CHECK_FALSE(tree.isOnCriticalPath(at("E")));
    CHECK(tree.criticalSectionsOf(at("A")) == std::vector<CriticalSection>{section("A", 0, 5), section("A", 40, 60),
                                                                           section("A", 95, 100)});
}

TEST_CASE("the critical path clips a child that outlives its parent and breaks ties by length")
{
    // root [0,10]; x [5,20] runs past the root: only [5,10] counts.
    const TraceTree clipped = TraceTree::build(
        {msSpan("t", "r", "", "s", "root", 0, 10), msSpan("t", "x", "r", "s", "late", 5, 20)});
    const int r = clipped.indexOfSpanId("r");
    const int x = clipped.indexOfSpanId("x");
    CHECK(clipped.criticalPath()
          == std::vector<CriticalSection>{{r, kTraceT0, kTraceT0 + 5 * kMs}, {x, kTraceT0 + 5 * kMs, kTraceT0 + 10 * kMs}});

    // Two children end together at 8: the longer one (from 2) is followed, the shorter is covered.
    const TraceTree tie = TraceTree::build({msSpan("t", "r", "", "s", "root", 0, 10),
                                            msSpan("t", "short", "r", "s", "a", 6, 8),
                                            msSpan("t", "long", "r", "s", "b", 2, 8)});
    CHECK(tie.isOnCriticalPath(tie.indexOfSpanId("long")));
    CHECK_FALSE(tie.isOnCriticalPath(tie.indexOfSpanId("short")));
    std::int64_t covered = 0;
    for (const CriticalSection& s : tie.criticalPath())
        covered += s.endNs - s.startNs;
    CHECK(covered == 10 * kMs);
}

TEST_CASE("collapsing a span hides exactly its descendants; reveal expands the ancestors")
{
    const TraceTree tree = TraceTree::build(exampleTrace());
    auto at = [&](const char* id) { return tree.indexOfSpanId(id); };
    WaterfallRows rows(&tree);
    CHECK(idsOf(tree, rows.rows()) == "ABDCEFG");
    CHECK(rows.setCollapsed(at("C"), true));
    CHECK(idsOf(tree, rows.rows()) == "ABDCG");
    CHECK(rows.rowOf(at("E")) == -1);
    CHECK(rows.rowOf(at("G")) == 4);
    CHECK_FALSE(rows.setCollapsed(at("G"), true)); // a leaf cannot collapse
    CHECK(rows.toggle(at("A")));
    CHECK(idsOf(tree, rows.rows()) == "A");
    rows.reveal(at("F")); // expands A and C
    CHECK(idsOf(tree, rows.rows()) == "ABDCEFG");
    rows.collapseBelowDepth(1);
    CHECK(idsOf(tree, rows.rows()) == "ABCG");
    rows.expandAll();
    CHECK(rows.rowCount() == 7);
}

TEST_CASE("big topologies group repeated identical sibling subtrees into one node with a count")
{
    // root -> 200 x db:Query, the first 100 each with a disk:Read child, then one cache:Get.
    std::vector<Span> spans{msSpan("t", "root", "", "api", "GET", 0, 1000)};
    for (int i = 0; i < 200; ++i) {
        const std::string id = "q" + std::to_string(i);
        spans.push_back(msSpan("t", id, "root", "db", "Query", i, i + 2, i == 7 ? StatusClass::Error : StatusClass::Ok));
        if (i < 100)
            spans.push_back(msSpan("t", id + "r", id, "disk", "Read", i, i + 1));
    }
    spans.push_back(msSpan("t", "c", "root", "cache", "Get", 500, 510));
    const TraceTree tree = TraceTree::build(spans);
    REQUIRE(tree.size() == 302);

    const TopologyGraph grouped = buildTopologyGraph(tree); // above the threshold: identical subtrees
    CHECK(grouped.grouping == TopologyGrouping::IdenticalSubtrees);
    // root, Query-with-Read x100, Query alone x100, cache:Get, Read x100.
    REQUIRE(grouped.nodes.size() == 5);
    CHECK(grouped.edges.size() == 4);
    const TopologyNode& withRead = grouped.nodes[static_cast<std::size_t>(grouped.nodeOfSpan[tree.indexOfSpanId("q0")])];
    CHECK(withRead.count() == 100);
    CHECK(withRead.errorCount == 1);
    CHECK(withRead.totalDurationNs == 200 * kMs);
    CHECK(grouped.nodeOfSpan[tree.indexOfSpanId("q150")] != grouped.nodeOfSpan[tree.indexOfSpanId("q0")]);
    CHECK(grouped.nodes[static_cast<std::size_t>(grouped.nodeOfSpan[tree.indexOfSpanId("q42r")])].count() == 100);
    for (int node : grouped.nodeOfSpan)
        CHECK(node >= 0);

    const TopologyGraph byOperation = buildTopologyGraph(tree, TopologyGrouping::SameOperation);
    CHECK(byOperation.nodes.size() == 4); // root, Query x200, cache:Get, Read x100
    const TopologyGraph none = buildTopologyGraph(tree, TopologyGrouping::None);
    CHECK(none.nodes.size() == 302);
    CHECK(none.edges.size() == 301);
}

TEST_CASE("comparing two traces finds one-sided call paths, count changes and the biggest delay")
{
    // A: root 100, cart 30, db x2 (10, 10), auth only in A. B: root 150, cart 70, db x3 (10, 20, 30), email only in B.
    const TraceTree a = TraceTree::build({msSpan("a", "r", "", "frontend", "GET /", 0, 100),
                                          msSpan("a", "c", "r", "cart", "GetCart", 10, 40),
                                          msSpan("a", "d1", "c", "db", "Query", 12, 22),
                                          msSpan("a", "d2", "c", "db", "Query", 25, 35),
                                          msSpan("a", "x", "r", "auth", "Check", 50, 55)});
    const TraceTree b = TraceTree::build({msSpan("b", "r", "", "frontend", "GET /", 0, 150),
                                          msSpan("b", "c", "r", "cart", "GetCart", 10, 80),
                                          msSpan("b", "d1", "c", "db", "Query", 12, 22),
                                          msSpan("b", "d2", "c", "db", "Query", 25, 45),
                                          msSpan("b", "d3", "c", "db", "Query", 46, 76),
                                          msSpan("b", "e", "r", "email", "Send", 90, 95)});
    const TraceComparison diff = compareTraces(a, b);
    REQUIRE(diff.paths.size() == 5);
    CHECK(diff.paths[0].text == "frontend:GET /");
    CHECK(diff.paths[0].deltaNs() == Approx(50.0 * kMs));
    CHECK(diff.paths[1].text == "frontend:GET / > cart:GetCart");
    CHECK(diff.paths[1].deltaNs() == Approx(40.0 * kMs));
    CHECK(diff.paths[2].text == "frontend:GET / > cart:GetCart > db:Query");
    CHECK(diff.paths[2].countA == 2);
    CHECK(diff.paths[2].countB == 3);
    CHECK(diff.paths[2].meanB() == Approx(20.0 * kMs));
    CHECK(diff.paths[2].deltaNs() == Approx(10.0 * kMs));
    CHECK(diff.paths[3].text == "frontend:GET / > auth:Check");
    CHECK(diff.paths[3].countB == 0);
    CHECK(diff.paths[4].text == "frontend:GET / > email:Send");
    CHECK(diff.paths[4].countA == 0);
    CHECK(diff.onlyInA == 1);
    CHECK(diff.onlyInB == 1);
    CHECK(diff.countsDiffer == 1);
    CHECK(diff.biggestChange == 0);
    CHECK(diff.spansA == 5);
    CHECK(diff.durationB == 150 * kMs);
}

TEST_CASE("reference statistics: mean, std, median, p95, rank and histogram of a call path")
{
    const std::vector<std::int64_t> durations{50 * kMs, 10 * kMs, 40 * kMs, 20 * kMs, 30 * kMs};
    const ReferenceStatistics r = computeReferenceStatistics(durations, 40 * kMs);
    CHECK(r.stats.count == 5);
    CHECK(r.stats.meanNs == Approx(30.0 * kMs));
    CHECK(r.stats.stdNs == Approx(std::sqrt(200.0) * kMs)); // (400 + 100 + 0 + 100 + 400) / 5 ms^2
    CHECK(r.stats.medianNs == Approx(30.0 * kMs));
    CHECK(r.stats.p95Ns == Approx(48.0 * kMs)); // rank 3.8: 40 + 0.8 * 10
    CHECK(r.percentileRank == Approx(70.0));    // 3 faster, 1 tie counted half: 3.5 / 5
    CHECK(r.zScore == Approx(10.0 / std::sqrt(200.0)));
    CHECK(r.histogram.lowNs == Approx(10.0 * kMs));
    CHECK(r.histogram.highNs == Approx(50.0 * kMs));
    CHECK(std::accumulate(r.histogram.counts.begin(), r.histogram.counts.end(), 0) == 5);
    CHECK(r.histogram.counts.front() == 1);
    CHECK(r.histogram.counts.back() == 1);

    // A long tail is cut at 1.1 x p99 and counted apart: 1..99 ms and one 10 s outlier.
    std::vector<std::int64_t> tail;
    for (int i = 1; i <= 99; ++i)
        tail.push_back(i * kMs);
    tail.push_back(10000 * kMs);
    const ReferenceStatistics t = computeReferenceStatistics(tail, 5 * kMs);
    CHECK(t.histogram.above == 1);
    CHECK(t.histogram.highNs == Approx(1.1 * (99.0 + 0.01 * 9901.0) * kMs)); // p99 rank 98.01
    CHECK(t.percentileRank == Approx(4.5));
}

TEST_CASE("the time axis maps the trace onto pixels with 1-2-5 ticks")
{
    const TimeAxis axis(1000, 100 * kMs, 100, 1100); // 100 ms over 1000 px
    CHECK(axis.x(1000) == Approx(100));
    CHECK(axis.x(1000 + 50 * kMs) == Approx(600));
    CHECK(axis.offsetAt(350) == Approx(25.0 * kMs));
    CHECK(TimeAxis::niceStep(3.2 * kMs) == Approx(5.0 * kMs));
    CHECK(TimeAxis::niceStep(10 * kMs) == Approx(10.0 * kMs));
    CHECK(TimeAxis::niceStep(11 * kMs) == Approx(20.0 * kMs));
    const std::vector<double> ticks = axis.ticks(90); // 90 px = 9 ms -> every 10 ms
    REQUIRE(ticks.size() == 11);
    CHECK(ticks[1] == Approx(10.0 * kMs));
}
