#include "ui/MainWindow.h"

#include "ui/AppIcon.h"
#include "ui/EmptyStateWidget.h"
#include "ui/Formatting.h"
#include "ui/HelpDialogs.h"
#include "ui/ImportDialog.h"
#include "ui/TraceFilterBar.h"
#include "ui/TracePanel.h"
#include "ui/labeling/LabelingPage.h"
#include "ui/rca/RootCausePage.h"
#include "ui/jobs/WorkspaceWorker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include <exception>

namespace tracemark {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString fromPath(const std::filesystem::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

QString withWorkspaceSuffix(QString path)
{
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tmk");
    return path;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , worker_(new WorkspaceWorker(this))
    , central_(new QStackedWidget(this))
    , emptyState_(new EmptyStateWidget(central_))
    , tracePanel_(new TracePanel(central_))
    , summaryLabel_(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    setAcceptDrops(true);
    resize(1280, 800);

    prompts_.showError = [](QWidget* parent, const QString& title, const QString& message) {
        QMessageBox::warning(parent, title, message);
    };
    prompts_.askNewWorkspacePath = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("New Workspace"), suggested,
            tr("Tracemark workspaces (*.tmk)"), nullptr, QFileDialog::DontConfirmOverwrite);
    };

    central_->addWidget(emptyState_);
    createPages(); // puts tracePanel_ in the first tab
    setCentralWidget(central_);

    summaryLabel_->setObjectName(QStringLiteral("workspaceSummary"));
    summaryLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(summaryLabel_, 1);

    createActions();
    createMenus();

    connect(
        emptyState_, &EmptyStateWidget::openWorkspaceRequested, this, &MainWindow::openWorkspaceInteractive);
    connect(
        emptyState_, &EmptyStateWidget::newWorkspaceRequested, this, &MainWindow::newWorkspaceInteractive);
    connect(emptyState_, &EmptyStateWidget::recentWorkspaceRequested, this, &MainWindow::openWorkspace);
    connect(tracePanel_, &TracePanel::queryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("Reading the traces failed: %1").arg(message), 10000);
    });

    readSettings();
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    // The dialog's worker reports to the dialog: let it cancel and finish first.
    delete importDialog_;
    labelingPage_->setWorkspace(nullptr, nullptr); // writes the labels still queued
    rootCausePage_->setWorkspace(nullptr, nullptr);
    tracePanel_->setWorkspace(nullptr, nullptr);
}

ImportDialog* MainWindow::importDialog() const
{
    return importDialog_;
}

QString MainWindow::workspacePath() const
{
    return workspace_ ? fromPath(workspace_->path()) : QString();
}

bool MainWindow::openWorkspace(const QString& path)
{
    if (importDialog_ && importDialog_->isRunning()) {
        reportError(tr("Import Running"),
            tr("Wait for the import to finish, or cancel it, before opening "
               "another workspace."));
        return false;
    }
    std::unique_ptr<Workspace> opened;
    try {
        opened = std::make_unique<Workspace>(Workspace::open(toPath(path)));
    } catch (const std::exception& error) {
        reportError(tr("Cannot Open Workspace"),
            tr("Could not open %1:\n\n%2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.what())));
        if (!QFileInfo::exists(path))
            recent_.remove(path);
        rebuildRecentMenu();
        return false;
    }
    setWorkspace(std::move(opened));
    recent_.add(path);
    rebuildRecentMenu();
    return true;
}

bool MainWindow::createWorkspace(const QString& path)
{
    if (importDialog_ && importDialog_->isRunning()) {
        reportError(tr("Import Running"), tr("Wait for the import to finish, or cancel it, first."));
        return false;
    }
    std::unique_ptr<Workspace> created;
    try {
        created = std::make_unique<Workspace>(Workspace::create(toPath(path)));
    } catch (const std::exception& error) {
        reportError(tr("Cannot Create Workspace"),
            tr("Could not create %1:\n\n%2")
                .arg(QDir::toNativeSeparators(path), QString::fromStdString(error.what())));
        return false;
    }
    setWorkspace(std::move(created));
    recent_.add(path);
    rebuildRecentMenu();
    return true;
}

void MainWindow::closeWorkspace()
{
    if (importDialog_ && importDialog_->isRunning())
        return;
    setWorkspace(nullptr);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    delete importDialog_; // it targets the workspace being replaced (and is idle: callers check)
    // Nothing may read the old one once it is gone; queued labels are written first.
    labelingPage_->setWorkspace(nullptr, nullptr);
    rootCausePage_->setWorkspace(nullptr, nullptr);
    tracePanel_->setWorkspace(nullptr, nullptr);
    workspace_ = std::move(workspace);
    lastError_.clear();
    info_.reset();
    summaryJobs_.invalidate();
    worker_->setWorkspacePath(workspace_ ? workspace_->path() : std::filesystem::path());
    tracePanel_->setWorkspace(workspace_.get(), worker_);
    labelingPage_->setWorkspace(workspace_.get(), worker_);
    rootCausePage_->setWorkspace(workspace_.get(), worker_);
    tracesStale_ = rootCauseStale_ = false;
    central_->setCurrentWidget(workspace_ ? static_cast<QWidget*>(pages_) : emptyState_);
    if (workspace_)
        onPageShown(); // focus goes to the page's main view, so keys work at once
    summaryLabel_->clear();
    updateTitleAndActions();
    requestSummary();
    Q_EMIT workspaceChanged();
}

void MainWindow::refresh()
{
    if (!workspace_)
        return;
    tracePanel_->refresh();
    labelingPage_->reload();
    rootCausePage_->refresh();
    tracesStale_ = rootCauseStale_ = false;
    requestSummary();
}

void MainWindow::requestSummary()
{
    if (!workspace_)
        return;
    info_.reset(); // until the new summary arrives, the old one is stale (isSettled() waits for it)
    summaryLabel_->setText(tr("Reading the workspace summary…"));
    worker_->run<WorkspaceInfo>(
        this, summaryJobs_.next(), [](Workspace& workspace) { return workspace.info(); },
        [this](const WorkspaceInfo& info) {
            info_ = info;
            summaryLabel_->setText(summaryText());
            Q_EMIT summaryUpdated();
        },
        [this](const QString& message) {
            summaryLabel_->setText(tr("The workspace summary could not be read: %1").arg(message));
        });
}

QString MainWindow::summaryText() const
{
    if (!info_)
        return {};
    QString text
        = tr("%1 traces · %2 spans · %3 services")
              .arg(formatCount(info_->traces), formatCount(info_->spans), formatCount(info_->services));
    if (info_->traces > 0)
        text += QStringLiteral(" · ") + formatTimeRangeNs(info_->firstStartNs, info_->lastEndNs);
    if (info_->labeledTraces > 0)
        text += QStringLiteral(" · ") + tr("%1 labelled").arg(formatCount(info_->labeledTraces));
    return text;
}

bool MainWindow::isSettled() const
{
    return workspace_ && info_.has_value() && !tracePanel_->isCounting();
}

void MainWindow::updateTitleAndActions()
{
    if (workspace_)
        setWindowTitle(tr("%1 — Tracemark").arg(QFileInfo(workspacePath()).completeBaseName()));
    else
        setWindowTitle(tr("Tracemark"));
    setWindowFilePath(workspacePath());
    for (QAction* action : { importAction_, closeAction_, refreshAction_, findAction_, resetFiltersAction_ })
        action->setEnabled(workspace_ != nullptr);
}

QString MainWindow::defaultFolder() const
{
    if (workspace_)
        return QFileInfo(workspacePath()).absolutePath();
    const QStringList recent = recent_.paths();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newWorkspaceInteractive()
{
    const QString chosen
        = prompts_.askNewWorkspacePath(this, QDir(defaultFolder()).filePath(tr("workspace.tmk")));
    if (chosen.isEmpty())
        return;
    const QString path = withWorkspaceSuffix(chosen);
    if (QFileInfo::exists(path)) {
        const auto answer = QMessageBox::question(this, tr("Workspace Exists"),
            tr("%1 already exists. Open it instead?").arg(QDir::toNativeSeparators(path)));
        if (answer == QMessageBox::Yes)
            openWorkspace(path);
        return;
    }
    createWorkspace(path);
}

void MainWindow::openWorkspaceInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), defaultFolder(), tr("Tracemark workspaces (*.tmk);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

ImportDialog* MainWindow::showImportDialog(const QStringList& inputs)
{
    if (!workspace_)
        return nullptr;
    if (importDialog_) {
        if (importDialog_->isRunning())
            statusBar()->showMessage(tr("An import is already running."), 5000);
        else
            importDialog_->addInputs(inputs);
        importDialog_->raise();
        importDialog_->activateWindow();
        return importDialog_;
    }
    importDialog_ = new ImportDialog(workspace_->path(), this);
    importDialog_->setAttribute(Qt::WA_DeleteOnClose);
    importDialog_->setWindowModality(Qt::WindowModal);
    connect(importDialog_, &ImportDialog::importFinished, this, [this](bool succeeded) {
        if (!succeeded)
            return;
        refresh();
        statusBar()->showMessage(importDialog_ ? importDialog_->resultText() : QString(), 10000);
    });
    importDialog_->addInputs(inputs);
    importDialog_->show();
    return importDialog_;
}

void MainWindow::handleDroppedPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1
        && QFileInfo(paths.first()).suffix().compare(QStringLiteral("tmk"), Qt::CaseInsensitive) == 0) {
        openWorkspace(paths.first());
        return;
    }
    if (!workspace_) {
        // Trace files need a workspace to go into: offer to create one next to them.
        const QFileInfo first(paths.first());
        const QString suggested = first.absoluteDir().filePath(
            first.completeBaseName().section(QLatin1Char('.'), 0, 0) + QStringLiteral(".tmk"));
        const QString chosen = prompts_.askNewWorkspacePath(this, suggested);
        if (chosen.isEmpty())
            return;
        const QString path = withWorkspaceSuffix(chosen);
        if (!(QFileInfo::exists(path) ? openWorkspace(path) : createWorkspace(path)))
            return;
    }
    showImportDialog(paths);
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    lastError_ = message;
    if (prompts_.showError)
        prompts_.showError(this, title, message);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool allLocal = !urls.isEmpty()
        && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); });
    if (allLocal && !(importDialog_ && importDialog_->isRunning()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    event->acceptProposedAction();
    // Dialogs must not open inside the drop handler: the drag source would wait for them.
    QMetaObject::invokeMethod(
        this, [this, paths] { handleDroppedPaths(paths); }, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    delete importDialog_; // cancels a running import and waits for its rollback
    labelingPage_->setWorkspace(nullptr, nullptr); // every label given is written before we go
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    const QByteArray header = settings.value(QStringLiteral("MainWindow/traceTableHeader")).toByteArray();
    if (!header.isEmpty())
        tracePanel_->view()->horizontalHeader()->restoreState(header);
    pages_->setCurrentIndex(std::clamp(settings.value(QStringLiteral("MainWindow/page"), 0).toInt(), 0, pages_->count() - 1));
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(
        QStringLiteral("MainWindow/traceTableHeader"), tracePanel_->view()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("MainWindow/page"), pages_->currentIndex());
}

} // namespace tracemark
