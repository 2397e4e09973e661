#pragma once
// The Tracemark main window: File/View/Help menus, recent workspaces, the trace browser (or an
// empty state while no workspace is open), the workspace summary in the status bar, drag and
// drop of trace files, and window state kept in QSettings.
#include "core/store/Workspace.h"
#include "ui/RecentWorkspaces.h"
#include "ui/jobs/JobTracker.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace tracemark {

class EmptyStateWidget;
class LabelingPage;
class RootCausePage;
class ExportDialog;
class ImportDialog;
class SettingsDialog;
class TracePanel;
class WorkspaceWorker;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // How the window talks to the user when it must; tests replace these to stay non-interactive.
    struct Prompts {
        std::function<void(QWidget* parent, const QString& title, const QString& message)> showError;
        // Where to create a new workspace; empty when the user cancelled.
        std::function<QString(QWidget* parent, const QString& suggestedPath)> askNewWorkspacePath;
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an existing workspace (replacing the current one). On failure (missing file, not a
    // workspace, newer schema...) shows the message, keeps the current workspace and returns false.
    bool openWorkspace(const QString& path);
    // Creates a new empty workspace and opens it; false (with the message shown) on failure.
    bool createWorkspace(const QString& path);
    void closeWorkspace();
    // Opens the import dialog for these inputs; with an import already running, only raises it.
    ImportDialog* showImportDialog(const QStringList& inputs = {});
    // File ▸ Export… for the open workspace (window-modal, not waited for); nullptr without one.
    ExportDialog* showExportDialog();
    // Edit ▸ Settings… (window-modal, not waited for).
    SettingsDialog* showSettingsDialog();
    // What a drop of these local files or folders does (a .tmk opens, anything else is imported).
    void handleDroppedPaths(const QStringList& paths);

    bool hasWorkspace() const { return workspace_ != nullptr; }
    Workspace* workspace() const { return workspace_.get(); }
    QString workspacePath() const;
    QString lastError() const { return lastError_; }
    // True once the table's count and the status-bar summary have arrived for the open workspace.
    bool isSettled() const;
    QString summaryText() const;
    TracePanel* tracePanel() const { return tracePanel_; }
    LabelingPage* labelingPage() const { return labelingPage_; }
    RootCausePage* rootCausePage() const { return rootCausePage_; }
    // The pages of an open workspace, in tab order.
    enum class Page { Traces, AnomalyLabeling, RootCause };
    void showPage(Page page);
    Page currentPage() const;
    EmptyStateWidget* emptyState() const { return emptyState_; }
    ImportDialog* importDialog() const;
    WorkspaceWorker* worker() const { return worker_; }
    QMenu* recentMenu() const { return recentMenu_; }
    void setPrompts(Prompts prompts) { prompts_ = std::move(prompts); }

public Q_SLOTS:
    // Re-reads the workspace: service lists, table, count and summary (after an import).
    void refresh();

Q_SIGNALS:
    void workspaceChanged();
    void summaryUpdated();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createPages();
    // Labels changed on the labeling page: the other pages re-read when they are next shown.
    void markLabelsChanged();
    void onPageShown();
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void newWorkspaceInteractive();
    void openWorkspaceInteractive();
    void rebuildRecentMenu();
    void requestSummary();
    void updateTitleAndActions();
    void reportError(const QString& title, const QString& message);
    QString defaultFolder() const;
    void readSettings();
    void writeSettings();

    std::unique_ptr<Workspace> workspace_;
    WorkspaceWorker* worker_;
    QStackedWidget* central_;
    EmptyStateWidget* emptyState_;
    TracePanel* tracePanel_;
    QTabWidget* pages_ = nullptr;
    LabelingPage* labelingPage_ = nullptr;
    RootCausePage* rootCausePage_ = nullptr;
    bool tracesStale_ = false;
    bool rootCauseStale_ = false;
    QList<QAction*> pageActions_;
    QLabel* summaryLabel_;
    QMenu* recentMenu_ = nullptr;
    QPointer<ImportDialog> importDialog_;
    RecentWorkspaces recent_;
    Prompts prompts_;
    QString lastError_;
    JobTracker summaryJobs_;
    std::optional<WorkspaceInfo> info_;

    QAction* newAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* importAction_ = nullptr;
    QAction* closeAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* refreshAction_ = nullptr;
    QAction* findAction_ = nullptr;
    QAction* resetFiltersAction_ = nullptr;
    QAction* shortcutsAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
    QAction* aboutQtAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* settingsAction_ = nullptr;
};

} // namespace tracemark
