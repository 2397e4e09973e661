// Graphviz layout as plain data: ranks go downwards, nodes of one rank do not overlap, edges get
// a path that runs from the parent towards the child, and the worker drops stale requests.
#include "GuiTestSupport.h"

#include "ui/graph/GraphLayout.h"
#include "ui/graph/GraphLayoutWorker.h"

#include <cmath>

using namespace tracemark;

namespace {

GraphLayoutRequest tree()
{
    // 0 -> 1, 0 -> 2, 1 -> 3
    GraphLayoutRequest request;
    for (int i = 0; i < 4; ++i)
        request.nodes.push_back({QSizeF(120, 30)});
    request.edges = {{0, 1}, {0, 2}, {1, 3}};
    return request;
}

QRectF nodeRect(const GraphLayoutResult& result, const GraphLayoutRequest& request, int i)
{
    const QSizeF size = request.nodes[i].size;
    return QRectF(result.nodeCentres[i] - QPointF(size.width() / 2, size.height() / 2), size);
}

} // namespace

TEST_CASE("dot places children below their parent and keeps one rank's nodes apart")
{
    const GraphLayoutRequest request = tree();
    const GraphLayoutResult result = layoutGraph(request);
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.nodeCentres.size() == 4);
    CHECK(result.nodeCentres[1].y() > result.nodeCentres[0].y());
    CHECK(result.nodeCentres[3].y() > result.nodeCentres[1].y());
    CHECK(result.nodeCentres[1].y() == Approx(result.nodeCentres[2].y()));
    CHECK_FALSE(nodeRect(result, request, 1).intersects(nodeRect(result, request, 2)));
    for (int i = 0; i < 4; ++i)
        CHECK(result.bounds.adjusted(-1, -1, 1, 1).contains(nodeRect(result, request, i)));

    // Each edge's path starts near its parent's bottom and its arrow points at the child's top.
    REQUIRE(result.edgePaths.size() == 3);
    for (int e = 0; e < 3; ++e) {
        const auto& edge = request.edges[e];
        REQUIRE(result.edgePaths[e].size() >= 4);
        CHECK(result.edgePaths[e].front().y() >= result.nodeCentres[edge.from].y());
        const QPointF tip = result.edgeArrowTips[e];
        REQUIRE_FALSE(std::isnan(tip.x()));
        CHECK(tip.y() == Approx(nodeRect(result, request, edge.to).top()).margin(2));
    }
}

TEST_CASE("left-to-right layout puts ranks side by side; bad edges and empty graphs are harmless")
{
    GraphLayoutRequest request = tree();
    request.leftToRight = true;
    request.edges.push_back({0, 9}); // no node 9: ignored, no path
    const GraphLayoutResult result = layoutGraph(request);
    REQUIRE(result.error.isEmpty());
    CHECK(result.nodeCentres[1].x() > result.nodeCentres[0].x());
    REQUIRE(result.edgePaths.size() == 4);
    CHECK(result.edgePaths[3].isEmpty());

    const GraphLayoutResult empty = layoutGraph(GraphLayoutRequest{});
    CHECK(empty.error.isEmpty());
    CHECK(empty.nodeCentres.isEmpty());
}

TEST_CASE("the layout worker answers on the GUI thread and drops results of stale requests")
{
    test::guiApp();
    GraphLayoutWorker worker;
    JobTracker tracker;
    QObject receiver;
    int staleCalls = 0;
    int currentCalls = 0;
    GraphLayoutResult received;
    worker.layout(&receiver, tracker.next(), tree(), [&](const GraphLayoutResult&) { ++staleCalls; });
    worker.layout(&receiver, tracker.next(), tree(), [&](const GraphLayoutResult& result) {
        ++currentCalls;
        received = result;
    });
    REQUIRE(test::waitFor([&] { return currentCalls == 1; }));
    test::processEventsFor(50);
    CHECK(staleCalls == 0);
    CHECK(received.nodeCentres.size() == 4);
}
