// The trace viewer and the compare view on a workspace built here: loading on the worker (stale
// loads dropped), selection kept in step between topology and waterfall, collapse, span details
// with attributes and logs, the reference statistics of a call path (worked out by hand), the
// compare diff, and a 5,000-span trace that loads and renders.
#include "GuiTestSupport.h"
#include "TraceTestSupport.h"

#include "ui/jobs/WorkspaceWorker.h"
#include "ui/trace/ReferencePanel.h"
#include "ui/trace/SpanDetailPanel.h"
#include "ui/trace/TopologyView.h"
#include "ui/trace/TraceCompareView.h"
#include "ui/trace/TraceViewer.h"
#include "ui/trace/WaterfallMinimap.h"
#include "ui/trace/WaterfallView.h"

#include <QChart>
#include <QCheckBox>
#include <QScrollBar>
#include <QSet>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace tracemark;
using namespace tracemark::test;

namespace {

const std::string kLongOperation = "POST /api/v1/orders/{orderId}/items/{itemId}/reservations/confirm-and-notify-warehouse";

// t1..t5: the worked example with D lasting 20, 10, 30, 40, 50 ms; t1's D has attributes and a
// log line, the trace one more. c1/c2: the compare pair. big: 5,000 spans.
void buildWorkspace(const std::filesystem::path& path)
{
    Workspace workspace = Workspace::create(path);
    NullProgress progress;
    workspace.import(
        "trace viewer test",
        [](ImportSink& sink, Progress&) {
            const double dEnds[] = {30, 20, 40, 50, 60};
            for (int t = 0; t < 5; ++t) {
                const std::string id = "t" + std::to_string(t + 1);
                for (Span& span : exampleTrace(id, dEnds[t])) {
                    if (t == 0 && span.spanId == "D")
                        span.attributes = {{"db.system", "postgresql"}, {"db.statement", "SELECT * FROM carts"}};
                    if (t == 0 && span.spanId == "E")
                        span.operation = kLongOperation;
                    sink.addSpan(std::move(span));
                }
                sink.endTrace(id);
            }
            LogRecord spanLog;
            spanLog.timeNs = kTraceT0 + 15 * kMs;
            spanLog.service = "db";
            spanLog.traceId = "t1";
            spanLog.spanId = "D";
            spanLog.severity = "WARN";
            spanLog.message = "slow query";
            sink.addLog(LogRecord(spanLog));
            spanLog.spanId.clear();
            spanLog.service = "frontend";
            spanLog.message = "request done";
            sink.addLog(std::move(spanLog));

            for (Span span : {msSpan("c1", "r", "", "frontend", "GET /", 0, 100), msSpan("c1", "c", "r", "cart", "GetCart", 10, 40),
                              msSpan("c1", "x", "r", "auth", "Check", 50, 55)})
                sink.addSpan(std::move(span));
            sink.endTrace("c1");
            for (Span span : {msSpan("c2", "r", "", "frontend", "GET /", 0, 150), msSpan("c2", "c", "r", "cart", "GetCart", 10, 80),
                              msSpan("c2", "e", "r", "email", "Send", 90, 95)})
                sink.addSpan(std::move(span));
            sink.endTrace("c2");

            // root + 49 x (Batch + 101 queries) + one cache call = 5,000 spans.
            sink.addSpan(msSpan("big", "root", "", "api", "GET /report", 0, 5000));
            for (int b = 0; b < 49; ++b) {
                const std::string batch = "b" + std::to_string(b);
                sink.addSpan(msSpan("big", batch, "root", "backend", "Batch", b * 100, b * 100 + 99));
                for (int q = 0; q < 101; ++q)
                    sink.addSpan(msSpan("big", batch + "q" + std::to_string(q), batch, "db", "Query" + std::to_string(q % 3),
                                        b * 100 + q * 0.9, b * 100 + q * 0.9 + 0.8,
                                        q == 50 && b % 10 == 0 ? StatusClass::ServerError : StatusClass::Ok));
            }
            sink.addSpan(msSpan("big", "cache", "root", "cache", "Get", 4950, 4990));
            sink.endTrace("big");
        },
        progress);
}

struct Fixture {
    QApplication& app = guiApp();
    QTemporaryDir dir;
    std::filesystem::path path;
    WorkspaceWorker worker;
    std::map<std::string, std::int64_t> keys;

    Fixture()
    {
        path = std::filesystem::path(dir.path().toStdString()) / "viewer.tmk";
        buildWorkspace(path);
        Workspace workspace = Workspace::open(path);
        for (const char* id : {"t1", "t2", "c1", "c2", "big"})
            keys[id] = workspace.traceById(id)->key;
        worker.setWorkspacePath(path);
    }
};

Fixture& fixture()
{
    static Fixture* shared = new Fixture; // lives until exit, like the application
    return *shared;
}

struct ShownViewer {
    Fixture& shared = fixture(); // the application exists before the first widget
    TraceViewer viewer;
    std::vector<std::int64_t> loaded;
    std::vector<int> selected;

    ShownViewer()
    {
        viewer.resize(1400, 900);
        viewer.setWorkspace(nullptr, &fixture().worker);
        QObject::connect(&viewer, &TraceViewer::traceLoaded, [this](std::int64_t key) { loaded.push_back(key); });
        QObject::connect(&viewer, &TraceViewer::spanSelected, [this](int span) { selected.push_back(span); });
        viewer.show();
    }

    void load(const std::string& id, int layoutTimeoutMs = 20000)
    {
        viewer.showTrace(fixture().keys.at(id));
        REQUIRE(waitFor([&] { return viewer.trace() && !viewer.isLoading(); }));
        REQUIRE(waitFor([&] { return viewer.topologyView()->isLaidOut(); }, layoutTimeoutMs));
    }

    int spanOf(const char* spanId) const { return viewer.trace()->tree.indexOfSpanId(spanId); }
};

QPoint centreOfNode(TopologyView* view, int node)
{
    return view->mapFromScene(view->nodeItems()[static_cast<std::size_t>(node)]->pos());
}

void maybeSave(const QImage& image, const char* name)
{
    if (const char* folder = std::getenv("TRACEMARK_TRACE_SHOTS"))
        image.save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

TEST_CASE("the viewer loads a trace on the worker, shows its rows depth-first and drops stale loads")
{
    ShownViewer shown;
    TraceViewer& viewer = shown.viewer;
    viewer.showTrace(fixture().keys.at("t2"));
    viewer.showTrace(fixture().keys.at("t1")); // overtakes t2, whose result must be dropped
    CHECK(viewer.traceKey() == fixture().keys.at("t1"));
    REQUIRE(waitFor([&] { return !shown.loaded.empty(); }));
    processEventsFor(150);
    CHECK(shown.loaded == std::vector<std::int64_t>{fixture().keys.at("t1")});
    REQUIRE(viewer.trace());
    CHECK(viewer.trace()->summary.traceId == "t1");

    const TraceTree& tree = viewer.trace()->tree;
    const WaterfallRows& rows = viewer.waterfallView()->rows();
    REQUIRE(rows.rowCount() == 7);
    std::string order;
    for (int span : rows.rows())
        order += tree.span(span).spanId;
    CHECK(order == "ABDCEFG");
    CHECK(viewer.headerText().contains(QStringLiteral("7 span")));
    // The root is selected at first, and the details say so.
    CHECK(viewer.selectedSpan() == shown.spanOf("A"));
    CHECK(viewer.spanDetails()->fieldText(QStringLiteral("Service")) == QStringLiteral("frontend"));
    CHECK(viewer.spanDetails()->fieldText(QStringLiteral("Self time")) == QStringLiteral("10.0 ms"));

    viewer.clear();
    CHECK(viewer.traceKey() == 0);
    CHECK_FALSE(viewer.trace());
    CHECK(viewer.waterfallView()->rows().rowCount() == 0);
}

TEST_CASE("selection follows clicks between topology and waterfall; collapse hides descendants")
{
    ShownViewer shown;
    TraceViewer& viewer = shown.viewer;
    shown.load("t1");
    TopologyView* topology = viewer.topologyView();
    WaterfallView* waterfall = viewer.waterfallView();
    REQUIRE(topology->nodeCount() == 7);

    // No two boxes overlap, and every text fits its box (the long operation is elided).
    const auto& items = topology->nodeItems();
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QRectF box = items[i]->sceneBoundingRect().adjusted(3, 3, -3, -3);
        for (std::size_t j = i + 1; j < items.size(); ++j)
            CHECK_FALSE(box.intersects(items[j]->sceneBoundingRect().adjusted(3, 3, -3, -3)));
        QFont bold = topology->font();
        bold.setBold(true);
        const double textWidth = std::max({QFontMetricsF(bold).horizontalAdvance(items[i]->look().service),
                                           QFontMetricsF(topology->font()).horizontalAdvance(items[i]->look().operation),
                                           QFontMetricsF(topology->font()).horizontalAdvance(items[i]->look().detail)});
        CHECK(textWidth + 2 * 6 + 5 <= box.width() + 0.5);
    }
    const int e = shown.spanOf("E");
    const TopologyNodeItem* eItem = items[static_cast<std::size_t>(viewer.trace()->topology.nodeOfSpan[static_cast<std::size_t>(e)])];
    CHECK(eItem->look().operation != QString::fromStdString(kLongOperation));
    CHECK(eItem->look().operation.contains(QChar(0x2026)));

    // A click on F's row selects F everywhere.
    const int f = shown.spanOf("F");
    const int fRow = waterfall->rows().rowOf(f);
    QTest::mouseClick(waterfall->viewport(), Qt::LeftButton, {},
                      QPoint(waterfall->labelColumnWidth() - 10, waterfall->rowRect(fRow).center().y()));
    CHECK(viewer.selectedSpan() == f);
    CHECK(waterfall->selectedSpan() == f);
    CHECK(topology->selectedSpan() == f);
    const int fNode = viewer.trace()->topology.nodeOfSpan[static_cast<std::size_t>(f)];
    CHECK(items[static_cast<std::size_t>(fNode)]->isSelectedNode());
    CHECK(shown.selected.back() == f);

    // A click on G's box selects G's row.
    const int g = shown.spanOf("G");
    const int gNode = viewer.trace()->topology.nodeOfSpan[static_cast<std::size_t>(g)];
    QTest::mouseClick(topology->viewport(), Qt::LeftButton, {}, centreOfNode(topology, gNode));
    CHECK(viewer.selectedSpan() == g);
    CHECK(waterfall->selectedSpan() == g);
    CHECK_FALSE(items[static_cast<std::size_t>(fNode)]->isSelectedNode());
    CHECK(items[static_cast<std::size_t>(gNode)]->isSelectedNode());

    // The triangle of C collapses E and F; selecting F again reveals it.
    const int c = shown.spanOf("C");
    QTest::mouseClick(waterfall->viewport(), Qt::LeftButton, {}, waterfall->toggleRect(waterfall->rows().rowOf(c)).center());
    CHECK(waterfall->rows().rowCount() == 5);
    CHECK(waterfall->rows().rowOf(e) == -1);
    CHECK(waterfall->rows().rowOf(f) == -1);
    CHECK(waterfall->rows().rowOf(g) == 4);
    viewer.selectSpan(f);
    CHECK(waterfall->rows().rowCount() == 7);
    CHECK(waterfall->rows().rowOf(f) == 5);
}

TEST_CASE("span details show decoded attributes and the span's logs; reference statistics by call path")
{
    ShownViewer shown;
    TraceViewer& viewer = shown.viewer;
    shown.load("t1");
    const int d = shown.spanOf("D");
    viewer.selectSpan(d);
    SpanDetailPanel* details = viewer.spanDetails();
    CHECK(details->fieldText(QStringLiteral("Service")) == QStringLiteral("db"));
    CHECK(details->fieldText(QStringLiteral("Start offset")) == QStringLiteral("10.0 ms"));
    CHECK(details->fieldText(QStringLiteral("Duration")) == QStringLiteral("20.0 ms"));
    CHECK(details->fieldText(QStringLiteral("Critical path")) == QStringLiteral("yes"));
    CHECK(details->fieldText(QStringLiteral("Call path")) == QStringLiteral("frontend:GET / > auth:Check > db:Query"));
    REQUIRE(details->attributesTable()->rowCount() == 2);
    CHECK(details->attributesTable()->item(0, 0)->text() == QStringLiteral("db.system"));
    CHECK(details->attributesTable()->item(1, 1)->text() == QStringLiteral("SELECT * FROM carts"));
    REQUIRE(details->logsTable()->rowCount() == 1);
    CHECK(details->logsTable()->item(0, 3)->text() == QStringLiteral("slow query"));
    CHECK(details->logsTable()->item(0, 0)->text() == QStringLiteral("15.0 ms"));
    details->allLogsBox()->setChecked(true);
    CHECK(details->logsTable()->rowCount() == 2);

    // D's call path lasts 20, 10, 30, 40, 50 ms over t1..t5: mean 30, std sqrt(200), median 30,
    // p95 at rank 3.8 = 48; t1's 20 ms beats one span and ties itself: rank (1 + 0.5) / 5.
    ReferencePanel* reference = viewer.referencePanel();
    REQUIRE(waitFor([&] {
        return reference->hasStatistics() && reference->callPath() == QStringLiteral("frontend:GET / > auth:Check > db:Query");
    }));
    const ReferenceStatistics& r = reference->statistics();
    CHECK(r.stats.count == 5);
    CHECK(r.stats.meanNs == Approx(30.0 * kMs));
    CHECK(r.stats.stdNs == Approx(std::sqrt(200.0) * kMs));
    CHECK(r.stats.medianNs == Approx(30.0 * kMs));
    CHECK(r.stats.p95Ns == Approx(48.0 * kMs));
    CHECK(r.spanDurationNs == 20 * kMs);
    CHECK(r.percentileRank == Approx(30.0));
    CHECK(reference->summaryText().contains(QStringLiteral("48.0 ms")));
    CHECK(reference->chart()->series().size() == 4); // histogram, median, p95, this span

    // The root's path: 100 ms in t1..t5 and c1, 150 ms in c2: mean 750/7, median 100, p95 at
    // rank 5.7 = 100 + 0.7 * 50.
    viewer.selectSpan(shown.spanOf("A"));
    REQUIRE(waitFor([&] { return reference->hasStatistics() && reference->callPath() == QStringLiteral("frontend:GET /"); }));
    const DurationStats& root = reference->statistics().stats;
    const double mean = 750.0 / 7.0;
    CHECK(root.count == 7);
    CHECK(root.meanNs == Approx(mean * kMs));
    CHECK(root.stdNs == Approx(std::sqrt((6 * (100 - mean) * (100 - mean) + (150 - mean) * (150 - mean)) / 7) * kMs));
    CHECK(root.medianNs == Approx(100.0 * kMs));
    CHECK(root.p95Ns == Approx(135.0 * kMs));
    CHECK(reference->statistics().percentileRank == Approx(100.0 * 3.0 / 7.0)); // 6 ties counted half
}

TEST_CASE("the compare view lists one-sided call paths and the latency change per matched path")
{
    guiApp();
    TraceCompareView view;
    view.resize(1200, 800);
    view.setWorkspace(nullptr, &fixture().worker);
    view.show();
    view.compare(fixture().keys.at("c1"), fixture().keys.at("c2"));
    REQUIRE(waitFor([&] { return view.comparison() != nullptr; }));
    const TraceComparison& diff = *view.comparison();
    CHECK(diff.onlyInA == 1);
    CHECK(diff.onlyInB == 1);
    CHECK(diff.countsDiffer == 0);
    REQUIRE(diff.paths.size() == 4);
    CHECK(diff.paths[0].text == "frontend:GET /"); // +50 ms
    CHECK(diff.paths[0].deltaNs() == Approx(50.0 * kMs));
    CHECK(diff.paths[1].deltaNs() == Approx(40.0 * kMs)); // cart 30 -> 70 ms
    CHECK(diff.biggestChange == 0);

    QTableWidget* table = view.table();
    REQUIRE(table->rowCount() == 4);
    CHECK(table->item(0, TraceCompareView::DeltaColumn)->text() == QStringLiteral("+50.0 ms (+50 %)"));
    CHECK(table->item(0, TraceCompareView::CallColumn)->font().bold());
    CHECK(table->item(2, TraceCompareView::DeltaColumn)->text() == QStringLiteral("only in A"));
    CHECK(table->item(3, TraceCompareView::DeltaColumn)->text() == QStringLiteral("only in B"));
    CHECK(table->item(2, TraceCompareView::CallColumn)->background().color()
          != table->item(1, TraceCompareView::CallColumn)->background().color());
    CHECK(view.summaryText().contains(QStringLiteral("1 call path")));
    CHECK(view.summaryText().contains(QStringLiteral("+50.0 ms per span")));
    CHECK(view.waterfallA()->rows().rowCount() == 3);
    CHECK(view.waterfallB()->rows().rowCount() == 3);
    maybeSave(view.grab().toImage(), "compare.png");
}

TEST_CASE("a 5,000-span trace loads, groups its topology and renders with only visible rows painted")
{
    ShownViewer shown;
    TraceViewer& viewer = shown.viewer;
    shown.load("big", 60000);
    const TraceTree& tree = viewer.trace()->tree;
    REQUIRE(tree.size() == 5000);
    CHECK(viewer.waterfallView()->rows().rowCount() == 5000);
    // root, Batch x49, three Query groups, cache:Get.
    CHECK(viewer.topologyView()->nodeCount() == 6);
    CHECK(viewer.topologyView()->groupingText().contains(QStringLiteral("5,000 spans in 6 nodes")));

    // The minimap scrolls the waterfall to the end.
    WaterfallMinimap* minimap = viewer.minimap();
    const int bottomY = minimap->height() - 3;
    const int target = minimap->rowAtY(bottomY);
    CHECK(target > 4900);
    QTest::mouseClick(minimap, Qt::LeftButton, {}, QPoint(minimap->width() / 2, bottomY));
    WaterfallView* waterfall = viewer.waterfallView();
    CHECK(std::abs(waterfall->firstVisibleRow() + waterfall->visibleRowCount() / 2 - target) <= 1);

    // Only the rows in view are painted (speed is not asserted here: tests must not fail on a
    // slow machine).
    CHECK(waterfall->visibleRowCount() < 100);
    const QImage rowsImage = waterfall->viewport()->grab().toImage();
    CHECK_FALSE(rowsImage.isNull());
    const QImage image = viewer.grab().toImage();
    REQUIRE_FALSE(image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20);
    maybeSave(image, "big.png");
}
