// The MainWindow's actions and menus (File, Edit, View, Help, Open Recent) and the dialogs they
// open, kept apart from the workspace handling in MainWindow.cpp.
#include "ui/EmptyStateWidget.h"
#include "ui/ExportDialog.h"
#include "ui/HelpDialogs.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"
#include "ui/TraceFilterBar.h"
#include "ui/TracePanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace tracemark {

void MainWindow::createActions()
{
    // Fixed sequences rather than QKeySequence::StandardKey: some platforms map Quit or Refresh
    // to nothing, and the keyboard help should read the same everywhere.
    newAction_ = new QAction(tr("&New Workspace…"), this);
    newAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newAction_, &QAction::triggered, this, &MainWindow::newWorkspaceInteractive);

    openAction_ = new QAction(tr("&Open Workspace…"), this);
    openAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(openAction_, &QAction::triggered, this, &MainWindow::openWorkspaceInteractive);

    importAction_ = new QAction(tr("&Import…"), this);
    importAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction_->setStatusTip(tr("Import trace files or a dataset folder into this workspace"));
    connect(importAction_, &QAction::triggered, this, [this] { showImportDialog(); });

    exportAction_ = new QAction(tr("&Export…"), this);
    exportAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction_->setStatusTip(tr("Write labels, root causes or traces to a file other tools read"));
    connect(exportAction_, &QAction::triggered, this, [this] { showExportDialog(); });
    // Follows the workspace here rather than in updateTitleAndActions(), next to its creation.
    connect(this, &MainWindow::workspaceChanged, exportAction_, [this] { exportAction_->setEnabled(hasWorkspace()); });
    exportAction_->setEnabled(false);

    settingsAction_ = new QAction(tr("&Settings…"), this);
    settingsAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction_->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction_, &QAction::triggered, this, [this] { showSettingsDialog(); });

    closeAction_ = new QAction(tr("&Close Workspace"), this);
    closeAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(closeAction_, &QAction::triggered, this, &MainWindow::closeWorkspace);

    quitAction_ = new QAction(tr("&Quit"), this);
    quitAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    refreshAction_ = new QAction(tr("&Refresh"), this);
    refreshAction_->setShortcut(QKeySequence(Qt::Key_F5));
    connect(refreshAction_, &QAction::triggered, this, &MainWindow::refresh);

    findAction_ = new QAction(tr("&Search Traces"), this);
    findAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(findAction_, &QAction::triggered, this, [this] { tracePanel_->filterBar()->focusSearch(); });

    resetFiltersAction_ = new QAction(tr("Reset &Filters"), this);
    resetFiltersAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(
        resetFiltersAction_, &QAction::triggered, this, [this] { tracePanel_->filterBar()->clearFilters(); });

    shortcutsAction_ = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcutsAction_->setShortcut(QKeySequence(Qt::Key_F1));
    connect(shortcutsAction_, &QAction::triggered, this, [this] {
        QList<QAction*> all;
        for (QAction* menu : menuBar()->actions())
            all += menu->menu() ? menu->menu()->actions() : QList<QAction*>();
        showShortcutsDialog(this, all);
    });

    aboutAction_ = new QAction(tr("&About Tracemark"), this);
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, [this] { showAboutDialog(this); });
    aboutQtAction_ = new QAction(tr("About &Qt"), this);
    aboutQtAction_->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction_, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(importAction_);
    file->addAction(exportAction_);
    file->addSeparator();
    file->addAction(closeAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(settingsAction_);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(refreshAction_);
    view->addSeparator();
    view->addAction(findAction_);
    view->addAction(resetFiltersAction_);
    view->addSeparator();
    view->addActions(pageActions_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcutsAction_);
    help->addSeparator();
    help->addAction(aboutAction_);
    help->addAction(aboutQtAction_);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    recentMenu_->clear();
    const QStringList paths = recent_.paths(); // drops files that are gone
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths.at(i);
        // &1..&9, then &0 for the tenth, as accelerators.
        const QString text = tr("&%1 %2").arg((i + 1) % 10).arg(QDir::toNativeSeparators(path));
        QAction* action = recentMenu_->addAction(text);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (paths.isEmpty())
        recentMenu_->addAction(tr("No recent workspaces"))->setEnabled(false);
    recentMenu_->addSeparator();
    QAction* clear = recentMenu_->addAction(tr("&Clear List"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        recent_.clear();
        emptyState_->setRecentWorkspaces({});
    });
    emptyState_->setRecentWorkspaces(paths);
}

ExportDialog* MainWindow::showExportDialog()
{
    if (!workspace_)
        return nullptr;
    // Window-modal: the workspace cannot be switched under it. It reads through its own
    // connection and is deleted on close; a running export is cancelled and waited for then.
    auto* dialog = new ExportDialog(workspace_->path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportDialog::exportFinished, this, [this, dialog](bool succeeded) {
        if (succeeded)
            statusBar()->showMessage(dialog->resultText(), 10000);
    });
    dialog->show();
    return dialog;
}

SettingsDialog* MainWindow::showSettingsDialog()
{
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

} // namespace tracemark
