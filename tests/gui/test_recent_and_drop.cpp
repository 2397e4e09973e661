// Recent workspaces and drops, end to end through the window: opening adds to the recent list and
// its menu entry opens the workspace again, a vanished file is dropped from the list when it
// fails to open, and a real drop event lands in the import wizard (refused while importing).
#include "gui/GuiTestSupport.h"
#include "support/TestSupport.h"

#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/RecentWorkspaces.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

QString absolutePath(const std::filesystem::path& path)
{
    return QFileInfo(QString::fromStdString(path.string())).absoluteFilePath();
}

QAction* recentEntry(MainWindow& window, const QString& path)
{
    Q_EMIT window.recentMenu()->aboutToShow();
    for (QAction* action : window.recentMenu()->actions()) {
        if (action->data().toString() == path)
            return action;
    }
    return nullptr;
}

// QApplication routes a synthetic Drop only to the target of a real drag, so the test calls the
// window's handler directly.
struct DropTarget : MainWindow {
    using MainWindow::dropEvent;
};

} // namespace

TEST_CASE("a workspace opened goes to the top of Open Recent, whose entry opens it again")
{
    guiApp();
    QSettings().clear();
    TempDir dir;
    createSampleWorkspace(dir / "a.tmk");
    createSampleWorkspace(dir / "b.tmk");
    QStringList errors;
    MainWindow window;
    window.setPrompts({ [&](QWidget*, const QString&, const QString& message) { errors.append(message); },
        [](QWidget*, const QString&) { return QString(); } });
    REQUIRE(window.openWorkspace(absolutePath(dir / "a.tmk")));
    REQUIRE(window.openWorkspace(absolutePath(dir / "b.tmk")));
    CHECK(RecentWorkspaces().paths() == QStringList { absolutePath(dir / "b.tmk"), absolutePath(dir / "a.tmk") });

    QAction* entry = recentEntry(window, absolutePath(dir / "a.tmk"));
    REQUIRE(entry);
    entry->trigger();
    CHECK(window.workspacePath() == absolutePath(dir / "a.tmk"));
    CHECK(RecentWorkspaces().paths().first() == absolutePath(dir / "a.tmk"));

    // The file vanishes while listed: opening it fails with the reason and drops it from the list.
    entry = recentEntry(window, absolutePath(dir / "b.tmk"));
    REQUIRE(entry);
    std::filesystem::remove(dir / "b.tmk");
    entry->trigger();
    CHECK(errors.size() == 1);
    CHECK(window.workspacePath() == absolutePath(dir / "a.tmk")); // kept
    CHECK(RecentWorkspaces().paths() == QStringList { absolutePath(dir / "a.tmk") });
}

TEST_CASE("a real drop of trace files opens the import wizard; no drops while importing")
{
    guiApp();
    QSettings().clear();
    TempDir dir;
    createSampleWorkspace(dir / "shop.tmk");
    const auto big = dir.write("big.json", jaegerJson(4000, 10));
    DropTarget window;
    window.setPrompts({ [](QWidget*, const QString&, const QString& message) { FAIL(message.toStdString()); },
        [](QWidget*, const QString&) { return QString(); } });
    REQUIRE(window.openWorkspace(absolutePath(dir / "shop.tmk")));

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(absolutePath(big)) });
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    drop.ignore();
    window.dropEvent(&drop);
    CHECK(drop.isAccepted());
    // Handled after the drop returns, so the drag source is not kept waiting.
    CHECK_FALSE(window.importDialog());
    REQUIRE(waitFor([&] { return window.importDialog() != nullptr; }));
    ImportDialog* dialog = window.importDialog();
    CHECK(dialog->inputs() == QStringList { absolutePath(big) });
    CHECK(dialog->page() == ImportDialog::Page::Inputs);

    dialog->startImport();
    REQUIRE(dialog->isRunning());
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK_FALSE(enter.isAccepted());
    dialog->cancelImport();
    REQUIRE(waitFor([&] { return !dialog->isRunning(); }, 120000));
    QDragEnterEvent again(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &again);
    CHECK(again.isAccepted());
}
