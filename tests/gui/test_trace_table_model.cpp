// TraceTableModel over a workspace whose 23 traces are known by construction (GuiTestSupport.h):
// model consistency (QAbstractItemModelTester), keyset pagination, filters, cell contents, and
// the background count with stale results dropped.
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/Formatting.h"
#include "ui/TraceFilterBar.h"
#include "ui/TracePanel.h"
#include "ui/jobs/JobTracker.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/models/TraceTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>
#include <map>

using namespace tracemark;
using namespace tracemark::test;

namespace {

// Fetches every remaining page the way a view does while scrolling to the end.
void fetchAll(TraceTableModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

std::vector<std::string> rowIds(const TraceTableModel& model)
{
    std::vector<std::string> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.traceAt(row).traceId);
    return ids;
}

std::set<std::string> idsMatching(Workspace& workspace, const TraceFilter& filter, int pageSize = 4)
{
    TraceTableModel model;
    model.setPageSize(pageSize);
    model.setSource(&workspace, filter);
    fetchAll(model);
    const std::vector<std::string> ids = rowIds(model);
    const std::set<std::string> unique(ids.begin(), ids.end());
    REQUIRE(unique.size() == ids.size());
    return unique;
}

QStringList g_modelTesterMessages;

void recordModelTesterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && QByteArray(context.category).startsWith("qt.modeltest"))
        g_modelTesterMessages.append(message);
}

} // namespace

TEST_CASE("QAbstractItemModelTester finds no inconsistency while paging, filtering and switching workspaces")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");

    g_modelTesterMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordModelTesterMessages);
    {
        TraceTableModel model;
        model.setPageSize(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setWorkspace(&workspace);
        fetchAll(model);
        TraceFilter errors;
        errors.errorsOnly = true;
        model.setFilter(errors);
        model.fetchMore(QModelIndex());
        model.reload();
        model.setFilter(TraceFilter());
        model.fetchMore(QModelIndex());
        model.setWorkspace(nullptr);
        CHECK(model.rowCount() == 0);
    }
    qInstallMessageHandler(previous);
    CHECK(g_modelTesterMessages.join(QLatin1Char('\n')).toStdString() == "");
}

TEST_CASE("fetchMore pages through every trace once, in start order")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");

    TraceTableModel model;
    model.setPageSize(5);
    model.setWorkspace(&workspace);
    // Only the first page is loaded until the view asks for more.
    CHECK(model.rowCount() == 5);
    CHECK(model.canFetchMore(QModelIndex()));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    fetchAll(model);
    CHECK(model.rowCount() == kSampleTraces);
    CHECK(model.isComplete());
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
    CHECK(inserted.count() == 4); // 23 rows = 5 + 5 + 5 + 5 + 3

    const std::vector<std::string> ids = rowIds(model);
    CHECK(std::set<std::string>(ids.begin(), ids.end()) == sampleIdsWhere([](int) { return true; }));
    for (int row = 1; row < model.rowCount(); ++row) {
        const TraceSummary& before = model.traceAt(row - 1);
        const TraceSummary& after = model.traceAt(row);
        INFO("row " << row);
        REQUIRE(before.startNs <= after.startNs);
        if (before.startNs == after.startNs)
            REQUIRE(
                before.key < after.key); // the tie is broken by the key, so no row repeats or goes missing
    }
    // Traces 2k and 2k+1 start at T0 + k s: the first two rows are t00 and t01 in some order.
    CHECK(model.traceAt(0).startNs == kSampleT0);
    CHECK(model.traceAt(1).startNs == kSampleT0);
    CHECK(model.traceAt(kSampleTraces - 1).traceId == "t22");
}

TEST_CASE("a page size equal to the number of traces ends with one empty fetch")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");
    TraceTableModel model;
    model.setPageSize(kSampleTraces);
    model.setWorkspace(&workspace);
    CHECK(model.rowCount() == kSampleTraces);
    REQUIRE(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    CHECK(model.rowCount() == kSampleTraces);
    CHECK_FALSE(model.canFetchMore(QModelIndex()));
}

TEST_CASE("filters narrow the rows to the traces they describe")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");

    TraceFilter filter;
    SECTION("service")
    {
        filter.service = "checkoutservice";
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i % 2 == 1; }));
    }
    SECTION("operation")
    {
        filter.operation = "GetCart";
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i % 2 == 0; }));
    }
    SECTION("errors only")
    {
        filter.errorsOnly = true;
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i % 5 == 0; }));
    }
    SECTION("minimum duration")
    {
        filter.minDurationNs = 145000000; // 145 ms: traces 14..22 last 150..230 ms
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i >= 14; }));
    }
    SECTION("trace id prefix")
    {
        filter.text = "t1";
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i >= 10 && i <= 19; }));
    }
    SECTION("service name substring")
    {
        filter.text = "checkout";
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i % 2 == 1; }));
    }
    SECTION("operation name substring")
    {
        filter.text = "GET /cart";
        CHECK(idsMatching(workspace, filter) == sampleIdsWhere([](int i) { return i % 3 == 0; }));
    }
    SECTION("combined filters")
    {
        filter.service = "checkoutservice";
        filter.errorsOnly = true;
        CHECK(idsMatching(workspace, filter) == std::set<std::string> { "t05", "t15" });
    }
    SECTION("a service that does not exist")
    {
        filter.service = "no-such-service";
        CHECK(idsMatching(workspace, filter).empty());
    }
}

TEST_CASE("cells show the trace's values")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");
    TraceFilter filter;
    filter.text = "t1";
    TraceTableModel model;
    model.setSource(&workspace, filter);
    fetchAll(model);

    std::map<std::string, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf[model.traceAt(row).traceId] = row;
    REQUIRE(rowOf.count("t10") == 1);
    REQUIRE(rowOf.count("t11") == 1);

    auto cell = [&](const std::string& id, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(rowOf[id], column), role);
    };
    // t10: starts at T0 + 5 s (UTC in the tests), root frontend "GET /" (10 % 3 != 0),
    // 110 ms, 2 spans, its child failed.
    CHECK(cell("t10", TraceTableModel::StartColumn).toString() == QStringLiteral("2026-01-01 00:00:05.000"));
    CHECK(cell("t10", TraceTableModel::TraceIdColumn).toString() == QStringLiteral("t10"));
    CHECK(cell("t10", TraceTableModel::ServiceColumn).toString() == QStringLiteral("frontend"));
    CHECK(cell("t10", TraceTableModel::OperationColumn).toString() == QStringLiteral("GET /"));
    CHECK(cell("t10", TraceTableModel::DurationColumn).toString() == QStringLiteral("110.000"));
    CHECK(cell("t10", TraceTableModel::SpansColumn).toString() == QStringLiteral("2"));
    CHECK(cell("t10", TraceTableModel::ErrorsColumn).toString() == QStringLiteral("1"));
    CHECK(cell("t10", TraceTableModel::LabelColumn).toString() == QString());
    CHECK(cell("t10", 0, TraceTableModel::HasErrorsRole).toBool());
    CHECK(cell("t10", 0, Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    CHECK(cell("t10", 0, TraceTableModel::TraceIdRole).toString() == QStringLiteral("t10"));
    // t11: no error, no tint, empty Errors cell; "GET /" (11 % 3 != 0); 120 ms.
    CHECK(cell("t11", TraceTableModel::ErrorsColumn).toString() == QString());
    CHECK_FALSE(cell("t11", 0, TraceTableModel::HasErrorsRole).toBool());
    CHECK_FALSE(cell("t11", 0, Qt::BackgroundRole).isValid());
    CHECK(cell("t11", TraceTableModel::DurationColumn).toString() == QStringLiteral("120.000"));
    // t12 is a "GET /cart" trace.
    CHECK(cell("t12", TraceTableModel::OperationColumn).toString() == QStringLiteral("GET /cart"));
    CHECK(model.headerData(TraceTableModel::DurationColumn, Qt::Horizontal).toString()
        == QStringLiteral("Duration (ms)"));
}

TEST_CASE("formatting helpers use the locale and local time")
{
    guiApp();
    CHECK(formatCount(1000000) == QStringLiteral("1,000,000"));
    CHECK(formatDurationMs(1234567890) == QStringLiteral("1,234.568"));
    CHECK(formatTimestampNs(kSampleT0 + 1500000) == QStringLiteral("2026-01-01 00:00:00.001"));
    CHECK(formatTimestampNs(-1) == QStringLiteral("1969-12-31 23:59:59.999"));
    CHECK(formatElapsed(0.25) == QStringLiteral("250 ms"));
    CHECK(formatElapsed(12.34) == QStringLiteral("12.3 s"));
    CHECK(formatElapsed(245) == QStringLiteral("4 min 05 s"));
    CHECK(formatTimeRangeNs(kSampleT0, kSampleT0 + 3723LL * 1000000000LL)
        == QStringLiteral("2026-01-01 00:00:00 – 01:02:03"));
}

TEST_CASE("a job ticket is current until the next job of its tracker starts")
{
    JobTracker tracker;
    const JobTicket first = tracker.next();
    CHECK(first.isCurrent());
    const JobTicket second = tracker.next();
    CHECK_FALSE(first.isCurrent());
    CHECK(second.isCurrent());
    tracker.invalidate();
    CHECK_FALSE(second.isCurrent());
    CHECK_FALSE(JobTicket().isCurrent());
}

TEST_CASE("the worker delivers only the newest count of a tracker, on the GUI thread")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    WorkspaceWorker worker;
    worker.setWorkspacePath(dir / "sample.tmk");
    JobTracker counts;
    QObject receiver;
    std::vector<qint64> delivered;
    bool onGuiThread = true;
    for (int i = 0; i < 5; ++i) {
        TraceFilter filter;
        filter.minDurationNs = static_cast<std::int64_t>(i) * 50000000; // >= 0, 50, 100, 150, 200 ms
        worker.run<qint64>(
            &receiver, counts.next(),
            [filter](Workspace& workspace) { return workspace.countTraces(filter); },
            [&](const qint64& count) {
                onGuiThread = onGuiThread && QThread::currentThread() == qApp->thread();
                delivered.push_back(count);
            },
            [](const QString& message) { FAIL(message.toStdString()); });
    }
    worker.waitForIdle();
    processEventsFor(50);
    // Durations are 10..230 ms: 200 ms and more are traces 19..22.
    REQUIRE(delivered == std::vector<qint64> { 4 });
    CHECK(onGuiThread);
}

TEST_CASE("the worker reports a workspace it cannot open through the error callback")
{
    guiApp();
    TempDir dir;
    WorkspaceWorker worker;
    worker.setWorkspacePath(dir / "missing.tmk");
    JobTracker jobs;
    QObject receiver;
    QString error;
    worker.run<qint64>(
        &receiver, jobs.next(), [](Workspace& workspace) { return workspace.countTraces({}); },
        [](const qint64&) { FAIL("no result expected"); }, [&](const QString& message) { error = message; });
    REQUIRE(waitFor([&] { return !error.isEmpty(); }));
    CHECK(error.contains(QStringLiteral("missing.tmk")));
}

TEST_CASE("the trace panel counts the matches of its filters in the background")
{
    guiApp();
    TempDir dir;
    createSampleWorkspace(dir / "sample.tmk");
    Workspace workspace = Workspace::open(dir / "sample.tmk");
    WorkspaceWorker worker;
    worker.setWorkspacePath(workspace.path());
    TracePanel panel;
    panel.setWorkspace(&workspace, &worker);
    REQUIRE(waitFor([&] { return panel.matchCount().has_value(); }));
    CHECK(*panel.matchCount() == kSampleTraces);
    CHECK(panel.countText() == QStringLiteral("23 traces match"));
    CHECK(panel.model()->rowCount() == kSampleTraces); // fewer than a page

    QSignalSpy filterChanged(panel.filterBar(), &TraceFilterBar::filterChanged);
    panel.filterBar()->errorsOnlyCheck()->setChecked(true);
    CHECK(filterChanged.count() == 1); // the checkbox applies at once
    CHECK(panel.model()->rowCount() == 5);
    REQUIRE(waitFor([&] { return panel.matchCount().has_value(); }));
    CHECK(*panel.matchCount() == 5);

    // Typing is debounced: nothing until the pause, then one change for the whole word.
    panel.filterBar()->searchEdit()->setText(QStringLiteral("t1"));
    panel.filterBar()->searchEdit()->setText(QStringLiteral("t15"));
    CHECK(filterChanged.count() == 1);
    REQUIRE(filterChanged.wait(2000));
    CHECK(filterChanged.count() == 2);
    REQUIRE(waitFor([&] { return panel.matchCount().has_value(); }));
    CHECK(*panel.matchCount() == 1);
    CHECK(panel.countText() == QStringLiteral("1 trace matches"));
    REQUIRE(panel.model()->rowCount() == 1);
    CHECK(panel.model()->traceAt(0).traceId == "t15");

    panel.filterBar()->clearFilters();
    CHECK(filterChanged.count() == 3);
    CHECK(panel.model()->rowCount() == kSampleTraces);
    panel.setWorkspace(nullptr, nullptr);
}
