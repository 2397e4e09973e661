#pragma once
// The trace browser: filter bar, "N traces match" line and the lazily-fetching trace table.
// Filters reset the model with a fresh query at once (the first page is cheap); the total count
// may be slow on a big workspace, so it runs on the WorkspaceWorker and stale counts are dropped.
#include "core/store/Workspace.h"
#include "ui/jobs/JobTracker.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace tracemark {

class TraceFilterBar;
class TraceTableModel;
class WorkspaceWorker;

class TracePanel : public QWidget {
    Q_OBJECT
public:
    explicit TracePanel(QWidget* parent = nullptr);
    ~TracePanel() override;

    // Both must outlive the panel's use of them; nullptr detaches.
    void setWorkspace(Workspace* workspace, WorkspaceWorker* worker);
    // Re-reads the service lists, re-runs the query and the count (after an import).
    void refresh();

    TraceTableModel* model() const { return model_; }
    QTableView* view() const { return view_; }
    TraceFilterBar* filterBar() const { return filterBar_; }
    // The number of traces matching the current filter, once counted.
    std::optional<qint64> matchCount() const { return matchCount_; }
    bool isCounting() const { return counting_; }
    QString countText() const;

Q_SIGNALS:
    void countFinished(qint64 count);
    void queryFailed(const QString& message);

private:
    void applyFilter();
    void requestCount();
    void updateEmptyState();
    void setInitialColumnWidths();

    TraceFilterBar* filterBar_;
    QLabel* countLabel_;
    QStackedWidget* stack_;
    QTableView* view_;
    QLabel* noRows_;
    TraceTableModel* model_;
    Workspace* workspace_ = nullptr;
    WorkspaceWorker* worker_ = nullptr;
    JobTracker countJobs_;
    std::optional<qint64> matchCount_;
    bool counting_ = false;
};

} // namespace tracemark
