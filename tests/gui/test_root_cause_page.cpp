// The root-cause page on a simulated shop whose faults are known by construction (3,000 traces,
// 3 faults, seed 4, the ground truth stored as human labels): detected periods and their counts,
// the injected delay ranked first, the Ochiai toggle, graph/table selection, the root-cause form
// surviving a reopen, drawing and adjusting periods, and cancelling the evidence load.
#include "GuiTestSupport.h"

#include "core/rca/FaultPeriodMerger.h"
#include "core/sim/Simulator.h"
#include "ui/Formatting.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/rca/FaultPeriodTableModel.h"
#include "ui/rca/PeriodOverview.h"
#include "ui/rca/PeriodTimeline.h"
#include "ui/rca/RootCauseForm.h"
#include "ui/rca/RootCausePage.h"
#include "ui/rca/ServiceDetailsPanel.h"
#include "ui/rca/ServiceGraphView.h"
#include "ui/rca/SuspectTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace tracemark;
using tracemark::test::guiApp;
using tracemark::test::waitFor;

namespace {

namespace fs = std::filesystem;

// Simulated once per run, copied for each test so that writes do not leak between them.
const fs::path& simulatedWorkspace()
{
    static QTemporaryDir dir;
    static const fs::path path = [] {
        const fs::path file = fs::path(dir.path().toStdString()) / "shop.tmk";
        Workspace workspace = Workspace::create(file);
        SimulationConfig config;
        config.traces = 3000;
        config.faults = 3;
        config.seed = 4;
        // As `tracemark-cli simulate` does: slow enough that the run lasts four times its faults.
        config.tracesPerSecond = static_cast<double>(config.traces) / (4.0 * config.faults * 300.0);
        NullProgress progress;
        workspace.import(
            "simulation", [&](ImportSink& sink, Progress& p) { Simulator(config).run(sink, p); }, progress);
        std::vector<std::pair<std::int64_t, TraceLabel>> labels;
        for (const TraceGroundTruth& truth : workspace.groundTruth())
            labels.emplace_back(workspace.traceById(truth.traceId)->key,
                truth.abnormal ? TraceLabel::Abnormal : TraceLabel::Normal);
        workspace.setHumanLabels(labels, "truth");
        return file;
    }();
    return path;
}

fs::path copyOfWorkspace(const QTemporaryDir& dir)
{
    const fs::path copy = fs::path(dir.path().toStdString()) / "copy.tmk";
    fs::copy_file(simulatedWorkspace(), copy);
    return copy;
}

// A page on its own workspace connection and worker, shown so the chart and graph have geometry.
struct PageOnWorkspace {
    Workspace workspace;
    WorkspaceWorker worker;
    RootCausePage page;

    explicit PageOnWorkspace(const fs::path& path)
        : workspace(Workspace::open(path))
    {
        worker.setWorkspacePath(path); // as MainWindow does for the workspace it opens
        page.resize(1500, 950);
        page.show();
        page.setWorkspace(&workspace, &worker);
    }
    bool settle(int timeoutMs = 30000)
    {
        // isBusy covers the whole chain: overview, index load, ranking, layout and KPI read.
        return waitFor([this] { return !page.isBusy(); }, timeoutMs);
    }
};

FaultInjection injected(Workspace& workspace, const std::string& type)
{
    for (const FaultInjection& fault : workspace.faultInjections())
        if (fault.faultType == type)
            return fault;
    FAIL("the simulation has no " << type << " fault");
    return {};
}

// The stored period that overlaps the fault most.
FaultPeriodRecord periodOf(Workspace& workspace, const FaultInjection& fault)
{
    std::optional<FaultPeriodRecord> best;
    std::int64_t bestOverlap = 0;
    for (const FaultPeriodRecord& p : workspace.faultPeriods()) {
        const std::int64_t overlap = std::min(p.endNs, fault.endNs) - std::max(p.startNs, fault.startNs);
        if (overlap > bestOverlap) {
            best = p;
            bestOverlap = overlap;
        }
    }
    REQUIRE(best);
    return *best;
}

QStringList tableServices(const SuspectTableModel& model)
{
    QStringList services;
    for (int row = 0; row < model.rowCount(); ++row)
        services << model.serviceAt(row);
    return services;
}

QStringList namesOf(const std::vector<RankedSuspect>& ranking)
{
    QStringList services;
    for (const RankedSuspect& s : ranking)
        services << QString::fromStdString(s.service);
    return services;
}

QToolButton* toolButton(QWidget& parent, const QString& text)
{
    for (QToolButton* button : parent.findChildren<QToolButton*>())
        if (button->text() == text)
            return button;
    FAIL("no tool button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("detected periods are listed with the abnormal and normal traces they hold", "[rca][gui]")
{
    guiApp();
    QTemporaryDir dir;
    PageOnWorkspace fixture(copyOfWorkspace(dir));
    REQUIRE(fixture.settle());
    REQUIRE(fixture.page.periodModel()->rowCount() == 0); // nobody detected periods yet

    QSignalSpy changed(&fixture.page, &RootCausePage::periodsChanged);
    QTest::mouseClick(fixture.page.detectButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return changed.count() == 1; }));
    REQUIRE(fixture.settle());

    // What the CLI's defaults give, and the counts straight from the ground truth.
    Workspace& ws = fixture.workspace;
    const std::vector<MergedPeriod> expected = mergeFaultPeriods(ws.abnormalTraceStarts(), FaultPeriodOptions{});
    REQUIRE(expected.size() == 3);
    std::vector<std::pair<std::int64_t, bool>> truth; // (start, abnormal)
    for (const TraceGroundTruth& t : ws.groundTruth())
        truth.emplace_back(ws.traceById(t.traceId)->startNs, t.abnormal);
    const FaultPeriodTableModel& model = *fixture.page.periodModel();
    REQUIRE(model.rowCount() == 3);
    for (int row = 0; row < 3; ++row) {
        const MergedPeriod& p = expected[static_cast<std::size_t>(row)];
        CHECK(model.period(row).startNs == p.startNs);
        CHECK(model.period(row).endNs == p.endNs);
        CHECK(model.period(row).origin == "labels");
        std::int64_t abnormal = 0, normal = 0;
        for (const auto& [start, isAbnormal] : truth)
            if (start >= p.startNs && start < p.endNs)
                ++(isAbnormal ? abnormal : normal);
        CHECK(abnormal > 0);
        CHECK(normal > 0);
        auto cell = [&](int column) { return model.data(model.index(row, column)).toString(); };
        CHECK(cell(FaultPeriodTableModel::AbnormalColumn) == formatCount(abnormal));
        CHECK(cell(FaultPeriodTableModel::NormalColumn) == formatCount(normal));
        CHECK(cell(FaultPeriodTableModel::OriginColumn) == QStringLiteral("detected"));
        CHECK(cell(FaultPeriodTableModel::RootCauseColumn) == QStringLiteral("not labelled"));
    }
    // The chart's buckets hold every abnormal trace once.
    const TimeBuckets& buckets = fixture.page.timeline()->buckets();
    int bucketed = 0;
    for (int count : buckets.counts)
        bucketed += count;
    CHECK(bucketed == static_cast<int>(ws.abnormalTraceStarts().size()));
    // The first period was selected and ranked on its own.
    REQUIRE(fixture.page.selectedPeriodId() == model.period(0).id);
    REQUIRE(fixture.page.ranking());
    CHECK(fixture.page.ranking()->periodId == model.period(0).id);
    CHECK(fixture.page.message().isEmpty());
}

TEST_CASE("the injected delay ranks first, Ochiai reorders, graph and table select together", "[rca][gui]")
{
    guiApp();
    QTemporaryDir dir;
    const fs::path path = copyOfWorkspace(dir);
    {
        Workspace ws = Workspace::open(path);
        detectFaultPeriods(ws, "test");
    }
    PageOnWorkspace fixture(path);
    REQUIRE(fixture.settle());
    RootCausePage& page = fixture.page;
    const FaultInjection fault = injected(fixture.workspace, "delay");
    const FaultPeriodRecord period = periodOf(fixture.workspace, fault);
    REQUIRE(page.selectPeriod(period.id));
    REQUIRE(fixture.settle());
    REQUIRE(page.ranking());
    REQUIRE(page.ranking()->periodId == period.id);
    const QString culprit = QString::fromStdString(fault.service);
    CHECK(page.suspectModel()->serviceAt(0) == culprit);
    CHECK(page.selectedService() == culprit); // the top suspect is selected
    CHECK(page.detailsPanel()->service() == culprit);
    CHECK(page.detailsPanel()->valueText(QStringLiteral("SBFL counts")).startsWith(QStringLiteral("ef ")));
    CHECK(page.detailsPanel()->sparklineCount() > 0); // the simulator writes KPIs for every service
    CHECK(page.rootCauseForm()->targetBox()->currentText() == culprit);

    // Every service is drawn, its text fits its box, and no two boxes overlap.
    ServiceGraphView& graph = *page.graphView();
    const QStringList drawn = graph.services();
    REQUIRE(drawn.size() == static_cast<int>(page.ranking()->evidence.services.size()));
    for (const QString& service : drawn) {
        CHECK(graph.nodeTextFits(service));
        for (const QString& other : drawn)
            if (other != service)
                CHECK_FALSE(graph.nodeRect(service).intersects(graph.nodeRect(other)));
    }
    CHECK(graph.nodeSuspicion(culprit) == Approx(1.0));
    CHECK(graph.edgeCount() > 0);
    const ServiceEdge& edge = page.ranking()->evidence.edges.front();
    CHECK(graph.edgeToolTip(QString::fromStdString(edge.caller), QString::fromStdString(edge.callee))
              .contains(QStringLiteral("call")));

    // The Ochiai toggle shows Ochiai's order, which differs from the combined one here.
    const QStringList combined = tableServices(*page.suspectModel());
    const QStringList ochiai = namesOf(rankBySbfl(page.ranking()->evidence.services, SbflFormula::Ochiai));
    REQUIRE(combined != ochiai);
    QTest::mouseClick(toolButton(page, QStringLiteral("Ochiai")), Qt::LeftButton);
    CHECK(page.rankingMode() == RootCausePage::RankingMode::Ochiai);
    CHECK(tableServices(*page.suspectModel()) == ochiai);
    REQUIRE(fixture.settle());
    QTest::mouseClick(toolButton(page, QStringLiteral("Combined")), Qt::LeftButton);
    CHECK(tableServices(*page.suspectModel()) == combined);
    REQUIRE(fixture.settle());

    // A click on a service in the graph selects its row; a row selects the service in the graph.
    const QString second = page.suspectModel()->serviceAt(1);
    const QPoint centre = graph.mapFromScene(graph.nodeRect(second).center());
    QTest::mouseClick(graph.viewport(), Qt::LeftButton, {}, centre);
    CHECK(page.selectedService() == second);
    CHECK(page.suspectView()->selectionModel()->isRowSelected(1, {}));
    CHECK(page.rootCauseForm()->targetBox()->currentText() == second);
    page.suspectView()->selectRow(2);
    CHECK(page.selectedService() == page.suspectModel()->serviceAt(2));
    CHECK(graph.selectedService() == page.suspectModel()->serviceAt(2));
    REQUIRE(fixture.settle());
}

TEST_CASE("a saved root cause survives reopening the workspace and shows on a fresh page", "[rca][gui]")
{
    guiApp();
    QSettings().setValue(QStringLiteral("labeling/author"), QStringLiteral("tester"));
    QTemporaryDir dir;
    const fs::path path = copyOfWorkspace(dir);
    {
        Workspace ws = Workspace::open(path);
        detectFaultPeriods(ws, "test");
    }
    std::int64_t periodId = 0;
    QString culprit;
    {
        PageOnWorkspace fixture(path);
        REQUIRE(fixture.settle());
        const FaultInjection fault = injected(fixture.workspace, "delay");
        periodId = periodOf(fixture.workspace, fault).id;
        culprit = QString::fromStdString(fault.service);
        REQUIRE(fixture.page.selectPeriod(periodId));
        REQUIRE(fixture.settle());
        fixture.page.selectService(culprit);
        REQUIRE(fixture.settle());
        RootCauseForm& form = *fixture.page.rootCauseForm();
        CHECK(form.targetBox()->currentText() == culprit);
        CHECK_FALSE(form.saveButton()->isEnabled()); // no fault type chosen yet
        // The instances of the service are offered beside it.
        REQUIRE(form.targetBox()->count() > 1);
        CHECK(form.targetBox()->itemText(1).startsWith(culprit));
        REQUIRE(form.setFaultType(QStringLiteral("delay")));
        CHECK(form.faultTypeBox()->currentText() == QStringLiteral("Network delay"));
        form.noteEdit()->setText(QStringLiteral("latency up tenfold"));
        QSignalSpy saved(&fixture.page, &RootCausePage::rootCauseSaved);
        QTest::mouseClick(form.saveButton(), Qt::LeftButton);
        REQUIRE(saved.count() == 1);
        CHECK(saved.front().front().value<std::int64_t>() == periodId);
        CHECK(fixture.page.graphView()->isOutlinedAsRootCause(culprit));
        const FaultPeriodTableModel& model = *fixture.page.periodModel();
        const int row = model.rowOf(periodId);
        CHECK(model.data(model.index(row, FaultPeriodTableModel::RootCauseColumn)).toString()
              == culprit + QStringLiteral(" (Network delay)"));
        CHECK(form.clearButton()->isEnabled());
    }
    {
        Workspace reopened = Workspace::open(path);
        const FaultPeriodRecord period = reopened.faultPeriod(periodId);
        REQUIRE(period.rootCause);
        CHECK(period.rootCause->service == culprit.toStdString());
        CHECK(period.rootCause->instance.empty());
        CHECK(period.rootCause->faultType == "delay");
        CHECK(period.rootCause->note == "latency up tenfold");
        CHECK(period.rootCause->author == "tester");
    }
    PageOnWorkspace fresh(path);
    REQUIRE(fresh.settle());
    REQUIRE(fresh.page.selectPeriod(periodId));
    REQUIRE(fresh.settle());
    const FaultPeriodTableModel& model = *fresh.page.periodModel();
    CHECK(model.data(model.index(model.rowOf(periodId), FaultPeriodTableModel::RootCauseColumn)).toString()
          == culprit + QStringLiteral(" (Network delay)"));
    CHECK(fresh.page.graphView()->isOutlinedAsRootCause(culprit));
    CHECK(fresh.page.selectedService() == culprit);
    CHECK(fresh.page.rootCauseForm()->faultTypeBox()->currentData().toString() == QStringLiteral("delay"));
    CHECK(fresh.page.rootCauseForm()->noteEdit()->text() == QStringLiteral("latency up tenfold"));

    // Clear removes it from the workspace too.
    QTest::mouseClick(fresh.page.rootCauseForm()->clearButton(), Qt::LeftButton);
    CHECK_FALSE(fresh.workspace.faultPeriod(periodId).rootCause);
    CHECK_FALSE(fresh.page.graphView()->isOutlinedAsRootCause(culprit));
}

TEST_CASE("a period drawn on the chart or adjusted is stored", "[rca][gui]")
{
    guiApp();
    QSettings().setValue(QStringLiteral("labeling/author"), QStringLiteral("tester"));
    QTemporaryDir dir;
    const fs::path path = copyOfWorkspace(dir);
    {
        Workspace ws = Workspace::open(path);
        detectFaultPeriods(ws, "test");
    }
    PageOnWorkspace fixture(path);
    REQUIRE(fixture.settle());
    RootCausePage& page = fixture.page;
    Workspace& ws = fixture.workspace;
    const std::vector<FaultPeriodRecord> before = ws.faultPeriods();
    REQUIRE(before.size() == 3);

    // Drag across a quiet stretch between the first two periods.
    PeriodTimeline& chart = *page.timeline();
    const std::int64_t gap = before[1].startNs - before[0].endNs;
    REQUIRE(gap > 600'000'000'000LL);
    const std::int64_t from = before[0].endNs + gap / 5, to = before[0].endNs + gap * 4 / 5;
    const QPoint a = chart.viewportPointAt(from), b = chart.viewportPointAt(to);
    REQUIRE(b.x() - a.x() > 20);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, a);
    QTest::mouseMove(chart.viewport(), (a + b) / 2);
    QTest::mouseMove(chart.viewport(), b);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, b);
    REQUIRE(fixture.settle());
    std::vector<FaultPeriodRecord> after = ws.faultPeriods();
    REQUIRE(after.size() == 4);
    const FaultPeriodRecord drawn = after[1];
    CHECK(drawn.origin == "operator");
    // Within two pixels' worth of time of where the mouse went.
    const double nsPerPixel = static_cast<double>(to - from) / (b.x() - a.x());
    CHECK(std::abs(static_cast<double>(drawn.startNs - from)) <= 2 * nsPerPixel);
    CHECK(std::abs(static_cast<double>(drawn.endNs - to)) <= 2 * nsPerPixel);
    CHECK(page.selectedPeriodId() == drawn.id); // the new period is selected and ranked
    REQUIRE(page.ranking());
    CHECK(page.ranking()->periodId == drawn.id);
    CHECK(page.periodModel()->data(page.periodModel()->index(1, FaultPeriodTableModel::OriginColumn)).toString()
          == QStringLiteral("drawn"));

    // Move the drawn period's end with the editor: 30 s later.
    const QDateTime newEnd = QDateTime::fromMSecsSinceEpoch(drawn.endNs / 1'000'000).addSecs(30);
    page.endEdit()->setDateTime(newEnd);
    QTest::mouseClick(page.applyBoundsButton(), Qt::LeftButton);
    REQUIRE(fixture.settle());
    CHECK(ws.faultPeriod(drawn.id).endNs == newEnd.toMSecsSinceEpoch() * 1'000'000);
    CHECK(ws.faultPeriod(drawn.id).startNs == drawn.startNs); // the untouched edge keeps its nanoseconds
    CHECK(page.ranking()->evidence.period.endNs == ws.faultPeriod(drawn.id).endNs); // re-ranked

    // Drag the first detected period's start 8 px to the right (it is wider than that): it
    // becomes the operator's.
    page.selectPeriod(before[0].id);
    REQUIRE(fixture.settle());
    const QPoint edge = chart.viewportPointAt(before[0].startNs);
    REQUIRE(chart.viewportPointAt(before[0].endNs).x() - edge.x() > 12);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, edge);
    QTest::mouseMove(chart.viewport(), edge + QPoint(4, 0));
    QTest::mouseMove(chart.viewport(), edge + QPoint(8, 0));
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, edge + QPoint(8, 0));
    REQUIRE(fixture.settle());
    const FaultPeriodRecord moved = ws.faultPeriod(before[0].id);
    CHECK(moved.endNs == before[0].endNs);
    CHECK(moved.startNs > before[0].startNs);
    CHECK(std::abs(static_cast<double>(moved.startNs - chart.timeAtViewportX(edge.x() + 8))) <= nsPerPixel);
    CHECK(moved.origin == "operator");

    // An end before the start is refused with a message and changes nothing.
    CHECK_FALSE(page.adjustPeriod(drawn.id, drawn.endNs, drawn.startNs));
    CHECK(page.message().contains(QStringLiteral("before it starts")));
    CHECK(ws.faultPeriod(drawn.id).startNs == drawn.startNs);
}

TEST_CASE("loading the evidence can be cancelled and started again", "[rca][gui]")
{
    guiApp();
    QTemporaryDir dir;
    const fs::path path = copyOfWorkspace(dir);
    {
        Workspace ws = Workspace::open(path);
        detectFaultPeriods(ws, "test");
    }
    PageOnWorkspace fixture(path);
    RootCausePage& page = fixture.page;
    page.loadEvidence();
    REQUIRE(page.indexState() == RootCausePage::IndexState::Loading);
    page.cancelLoading();
    CHECK(page.indexState() == RootCausePage::IndexState::Cancelled);
    REQUIRE(fixture.settle());
    // The periods arrived, but nothing is ranked until the operator asks again.
    CHECK(page.periodModel()->rowCount() == 3);
    CHECK(page.selectedPeriodId());
    CHECK_FALSE(page.ranking());
    CHECK(page.indexState() == RootCausePage::IndexState::Cancelled);
    page.loadEvidence();
    REQUIRE(fixture.settle());
    CHECK(page.indexState() == RootCausePage::IndexState::Ready);
    REQUIRE(page.ranking());
    CHECK(page.ranking()->periodId == *page.selectedPeriodId());

    // refresh() drops the index: the next ranking reads it again.
    page.refresh();
    CHECK(page.indexState() == RootCausePage::IndexState::None);
    REQUIRE(fixture.settle());
    CHECK(page.indexState() == RootCausePage::IndexState::Ready);
    CHECK(page.ranking());
}

TEST_CASE("time buckets and window counts", "[rca][gui]")
{
    const std::int64_t s = 1'000'000'000;
    const std::vector<std::int64_t> starts = {0, 1 * s, 59 * s, 60 * s, 61 * s, 300 * s};
    const TimeBuckets buckets = bucketStarts(starts, 0, 300 * s, 10);
    CHECK(buckets.bucketNs == 60 * s); // 30 s would need 11 buckets
    REQUIRE(buckets.counts.size() == 6);
    CHECK(buckets.counts == std::vector<int>{3, 2, 0, 0, 0, 1});
    CHECK(countInWindow(starts, 1 * s, 60 * s) == 2); // [start, end): 60 s is outside
    CHECK(countInWindow(starts, 60 * s, 60 * s) == 0);
}
