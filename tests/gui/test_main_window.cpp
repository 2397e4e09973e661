// The main window: empty state, opening workspaces (good, garbage, missing, newer schema),
// title and status bar, recent workspaces, drag and drop, and filters driven through the UI.
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/EmptyStateWidget.h"
#include "ui/HelpDialogs.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/RecentWorkspaces.h"
#include "ui/TraceFilterBar.h"
#include "ui/TracePanel.h"
#include "ui/models/TraceTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

QString qPath(const std::filesystem::path& path)
{
    return QString::fromStdString(path.string());
}

struct RecordedErrors {
    QStringList titles;
    QStringList messages;
};

// Replaces the message boxes and file dialogs with recorders.
void makeQuiet(MainWindow& window, RecordedErrors& errors, QString newWorkspacePath = {})
{
    MainWindow::Prompts prompts;
    prompts.showError = [&errors](QWidget*, const QString& title, const QString& message) {
        errors.titles.append(title);
        errors.messages.append(message);
    };
    prompts.askNewWorkspacePath = [newWorkspacePath](QWidget*, const QString&) { return newWorkspacePath; };
    window.setPrompts(prompts);
}

void resetSettings()
{
    QSettings().clear();
}

} // namespace

TEST_CASE("without a workspace the window shows the empty state")
{
    guiApp();
    resetSettings();
    MainWindow window;
    CHECK_FALSE(window.hasWorkspace());
    CHECK(window.windowTitle() == QStringLiteral("Tracemark"));
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    REQUIRE(stack);
    CHECK(stack->currentWidget() == window.emptyState());
    CHECK(window.emptyState()->message()
        == QStringLiteral("Open or create a workspace, or drop trace files here"));
    CHECK(window.showImportDialog({}) == nullptr);
}

TEST_CASE("opening a workspace shows its traces, title, count and summary")
{
    guiApp();
    resetSettings();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    MainWindow window;
    RecordedErrors errors;
    makeQuiet(window, errors);
    window.show();

    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
    CHECK(errors.messages.isEmpty());
    CHECK(window.windowTitle() == QStringLiteral("shop — Tracemark"));
    auto* stack = qobject_cast<QStackedWidget*>(window.centralWidget());
    CHECK(stack->currentWidget()->isAncestorOf(window.tracePanel())); // the pages, whose first tab it is
    // The first page is there as soon as openWorkspace returns.
    CHECK(window.tracePanel()->model()->rowCount() == kSampleTraces);
    CHECK(window.tracePanel()->view()->model()->index(0, TraceTableModel::TraceIdColumn).isValid());

    REQUIRE(waitFor([&] { return window.isSettled(); }));
    CHECK(window.tracePanel()->countText() == QStringLiteral("23 traces match"));
    // 23 traces of 2 spans; frontend, cartservice, checkoutservice; the last trace (t22) starts at
    // T0 + 11 s and lasts 230 ms.
    CHECK(window.summaryText()
        == QStringLiteral("23 traces · 46 spans · 3 services · 2026-01-01 00:00:00 – 00:00:11"));
    CHECK(
        RecentWorkspaces().paths() == QStringList { QFileInfo(qPath(dir / "shop.tmk")).absoluteFilePath() });

    window.closeWorkspace();
    CHECK_FALSE(window.hasWorkspace());
    CHECK(stack->currentWidget() == window.emptyState());
    CHECK(window.windowTitle() == QStringLiteral("Tracemark"));
}

TEST_CASE("files that are not workspaces are reported, not opened")
{
    guiApp();
    resetSettings();
    TempDir dir;
    createSampleWorkspace(dir / "good.tmk");
    MainWindow window;
    RecordedErrors errors;
    makeQuiet(window, errors);
    REQUIRE(window.openWorkspace(qPath(dir / "good.tmk")));

    SECTION("garbage bytes")
    {
        const auto garbage = dir.write("garbage.tmk", std::string(8192, 'x') + "this is not SQLite");
        CHECK_FALSE(window.openWorkspace(qPath(garbage)));
        REQUIRE(errors.messages.size() == 1);
        CHECK(errors.messages.first().contains(QStringLiteral("not a Tracemark workspace")));
        CHECK(errors.messages.first().contains(QStringLiteral("garbage.tmk")));
    }
    SECTION("a missing file")
    {
        CHECK_FALSE(window.openWorkspace(qPath(dir / "nowhere.tmk")));
        REQUIRE(errors.messages.size() == 1);
        CHECK(errors.messages.first().contains(QStringLiteral("nowhere.tmk")));
    }
    SECTION("a workspace written by a newer Tracemark")
    {
        {
            Workspace newer = Workspace::create(dir / "newer.tmk");
            newer.database().exec("UPDATE schema_version SET version = 9999");
        }
        CHECK_FALSE(window.openWorkspace(qPath(dir / "newer.tmk")));
        REQUIRE(errors.messages.size() == 1);
        CHECK(errors.messages.first().contains(QStringLiteral("newer Tracemark")));
    }
    CHECK(window.lastError() == errors.messages.first());
    // The workspace that was open stays open and usable.
    CHECK(window.hasWorkspace());
    CHECK(window.windowTitle() == QStringLiteral("good — Tracemark"));
    CHECK(window.tracePanel()->model()->rowCount() == kSampleTraces);
}

TEST_CASE("recent workspaces: newest first, at most ten, missing files pruned, clearable")
{
    guiApp();
    resetSettings();
    TempDir dir;
    RecentWorkspaces recent;
    std::vector<QString> paths;
    for (int i = 0; i < 12; ++i) {
        const auto file = dir.write("w" + std::to_string(i) + ".tmk", "x");
        paths.push_back(QFileInfo(qPath(file)).absoluteFilePath());
        recent.add(paths.back());
    }
    QStringList list = recent.paths();
    REQUIRE(list.size() == RecentWorkspaces::kMaxEntries);
    CHECK(list.first() == paths[11]);
    CHECK(list.last() == paths[2]);

    recent.add(paths[5]); // moves to the front, no duplicate
    list = recent.paths();
    CHECK(list.first() == paths[5]);
    CHECK(list.count(paths[5]) == 1);
    CHECK(list.size() == RecentWorkspaces::kMaxEntries);

    std::filesystem::remove(dir / "w11.tmk");
    list = recent.paths();
    CHECK_FALSE(list.contains(paths[11]));
    CHECK(list.size() == RecentWorkspaces::kMaxEntries - 1);

    // The menu lists the same entries and a working "Clear list".
    MainWindow window;
    QMenu* menu = window.recentMenu();
    Q_EMIT menu->aboutToShow();
    QStringList menuPaths;
    QAction* clear = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().isValid())
            menuPaths.append(action->data().toString());
        else if (action->text().contains(QStringLiteral("Clear")))
            clear = action;
    }
    CHECK(menuPaths == list);
    REQUIRE(clear);
    clear->trigger();
    CHECK(RecentWorkspaces().paths().isEmpty());
}

TEST_CASE("filters chosen in the window narrow the table")
{
    guiApp();
    resetSettings();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    MainWindow window;
    RecordedErrors errors;
    makeQuiet(window, errors);
    REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
    TracePanel* panel = window.tracePanel();
    TraceFilterBar* bar = panel->filterBar();

    QComboBox* services = bar->serviceCombo();
    QStringList serviceNames;
    for (int i = 0; i < services->count(); ++i)
        serviceNames.append(services->itemText(i));
    CHECK(serviceNames
        == QStringList { QStringLiteral("All services"), QStringLiteral("cartservice"),
            QStringLiteral("checkoutservice"), QStringLiteral("frontend") });

    services->setCurrentIndex(services->findText(QStringLiteral("checkoutservice")));
    // The operation list follows the service.
    QStringList operationNames;
    for (int i = 0; i < bar->operationCombo()->count(); ++i)
        operationNames.append(bar->operationCombo()->itemText(i));
    CHECK(operationNames == QStringList { QStringLiteral("All operations"), QStringLiteral("PlaceOrder") });
    CHECK(panel->model()->rowCount() == 11);
    REQUIRE(waitFor([&] { return panel->matchCount().has_value(); }));
    CHECK(*panel->matchCount() == 11);

    bar->errorsOnlyCheck()->setChecked(true);
    CHECK(panel->model()->rowCount() == 2); // t05 and t15
    REQUIRE(waitFor([&] { return panel->matchCount().has_value(); }));
    CHECK(*panel->matchCount() == 2);

    services->setCurrentIndex(services->findText(QStringLiteral("cartservice")));
    bar->searchEdit()->setText(QStringLiteral("zzz"));
    Q_EMIT bar->searchEdit()->returnPressed(); // Enter applies without waiting for the pause
    CHECK(panel->model()->rowCount() == 0);
    REQUIRE(waitFor([&] { return panel->matchCount().has_value(); }));
    CHECK(*panel->matchCount() == 0);
    CHECK(panel->countText() == QStringLiteral("0 traces match"));
}

TEST_CASE("dropping files: a workspace opens, trace files go to the import dialog")
{
    guiApp();
    resetSettings();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto json = dir.write("traces.json", jaegerJson(3, 2));
    MainWindow window;
    RecordedErrors errors;
    makeQuiet(window, errors, qPath(dir / "fresh"));

    SECTION("a .tmk file opens")
    {
        window.handleDroppedPaths({ qPath(dir / "shop.tmk") });
        CHECK(window.hasWorkspace());
        CHECK(window.windowTitle() == QStringLiteral("shop — Tracemark"));
    }
    SECTION("trace files with a workspace open")
    {
        REQUIRE(window.openWorkspace(qPath(dir / "shop.tmk")));
        window.handleDroppedPaths({ qPath(json) });
        ImportDialog* dialog = window.importDialog();
        REQUIRE(dialog);
        CHECK(dialog->inputs() == QStringList { QFileInfo(qPath(json)).absoluteFilePath() });
        CHECK(dialog->canStart());
        // A second drop joins the same dialog instead of opening another.
        const auto more = dir.write("more.json", jaegerJson(1, 1, "cd"));
        window.handleDroppedPaths({ qPath(more) });
        CHECK(window.importDialog() == dialog);
        CHECK(dialog->inputs().size() == 2);
    }
    SECTION("trace files without a workspace create one first")
    {
        window.handleDroppedPaths({ qPath(json) });
        REQUIRE(window.hasWorkspace());
        CHECK(QFileInfo::exists(qPath(dir / "fresh.tmk"))); // the suffix is added
        REQUIRE(window.importDialog());
        CHECK(window.importDialog()->inputs().size() == 1);
    }
    CHECK(errors.messages.isEmpty());
}

TEST_CASE("the window accepts drags of local files only")
{
    guiApp();
    MainWindow window;
    QMimeData local;
    local.setUrls({ QUrl::fromLocalFile(QStringLiteral("/tmp/a.json")) });
    QDragEnterEvent localEnter(QPoint(10, 10), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &localEnter);
    CHECK(localEnter.isAccepted());

    QMimeData remote;
    remote.setUrls({ QUrl(QStringLiteral("https://example.com/a.json")) });
    QDragEnterEvent remoteEnter(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    remoteEnter.setAccepted(false);
    QApplication::sendEvent(&window, &remoteEnter);
    CHECK_FALSE(remoteEnter.isAccepted());
}

TEST_CASE("creating a workspace over an existing file is refused with the reason")
{
    guiApp();
    resetSettings();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    MainWindow window;
    RecordedErrors errors;
    makeQuiet(window, errors);
    CHECK_FALSE(window.createWorkspace(qPath(dir / "shop.tmk")));
    REQUIRE(errors.messages.size() == 1);
    CHECK(errors.messages.first().contains(QStringLiteral("already exists")));
    CHECK_FALSE(window.hasWorkspace());

    REQUIRE(window.createWorkspace(qPath(dir / "new.tmk")));
    CHECK(window.windowTitle() == QStringLiteral("new — Tracemark"));
    CHECK(window.tracePanel()->model()->rowCount() == 0);
    REQUIRE(waitFor([&] { return window.isSettled(); }));
    CHECK(window.summaryText() == QStringLiteral("0 traces · 0 spans · 0 services"));
}

TEST_CASE("the help lists the menus' shortcuts and the about box names the versions")
{
    guiApp();
    MainWindow window;
    QList<QAction*> actions;
    for (QAction* menu : window.menuBar()->actions())
        actions += menu->menu()->actions();
    const QString html = shortcutsHtml(actions);
    CHECK(html.contains(QStringLiteral("<b>Ctrl+O</b></td><td>Open Workspace</td>")));
    CHECK(html.contains(QStringLiteral("<b>Ctrl+N</b></td><td>New Workspace</td>")));
    CHECK(html.contains(QStringLiteral("<b>Ctrl+I</b></td><td>Import</td>")));
    CHECK(html.contains(QStringLiteral("<b>Ctrl+Q</b></td><td>Quit</td>")));
    CHECK(html.contains(QStringLiteral("<b>Ctrl+F</b></td><td>Search Traces</td>")));
    CHECK(html.contains(QStringLiteral("<b>Ctrl+W</b></td><td>Close Workspace</td>")));
    CHECK(html.contains(QStringLiteral("<b>F5</b></td><td>Refresh</td>")));
    CHECK(aboutText().contains(QStringLiteral("Tracemark " TRACEMARK_VERSION)));
    CHECK(aboutText().contains(QString::fromLatin1(qVersion())));
}
