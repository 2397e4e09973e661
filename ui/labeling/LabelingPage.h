#pragma once
// The anomaly labeling page: the queue of traces to judge on the left (filters, counts, clusters),
// the selected trace on the right (topology, waterfall, span details, reference statistics), and
// the operator's tools: Normal / Abnormal / Skip with the keyboard, undo and redo, and the jobs
// that select representatives, propagate labels and suggest what to judge next. Labels are written
// the moment they are given (LabelWriter); the jobs run tracemark-cli as a child process (CliJob).
#include "core/store/Workspace.h"
#include "ui/jobs/CliJob.h"
#include "ui/jobs/JobTracker.h"
#include "ui/labeling/LabelHistory.h"
#include "ui/labeling/LabelQueue.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace tracemark {

class JobBar;
class LabelQueueFilter;
class LabelQueueModel;
class LabelWriter;
class ShortcutsOverlay;
class TraceViewer;
class WorkspaceWorker;

class LabelingPage : public QWidget {
    Q_OBJECT
public:
    explicit LabelingPage(QWidget* parent = nullptr);
    ~LabelingPage() override; // waits until every label given is written

    // Both must outlive the page's use of them; nullptr detaches (after writing pending labels).
    void setWorkspace(Workspace* workspace, WorkspaceWorker* worker);
    // Re-reads the queue, counts and clusters (after a job or a change elsewhere).
    void reload();

    // --- the operator's actions (what the buttons and keys do)
    void labelCurrent(TraceLabel label);
    void skipCurrent();
    void moveBy(int rows); // J (+1) / K (-1) in the filtered queue
    void undo();
    void redo();
    void showShortcuts();

    // --- background jobs; false (with the reason shown) when one cannot start
    bool startSelect(int k, const QString& vectors);
    bool startPropagate();
    bool startSuggest(int count);
    bool startEmbed();
    CliJob* runningJob() const { return job_; }

    // --- state, for the window and the tests
    std::int64_t currentKey() const; // 0 when nothing is selected
    bool selectKey(std::int64_t key);
    bool isLoading() const { return loading_; }
    const LabelCounts& counts() const { return snapshot_.counts; }
    const std::vector<ClusterInfo>& clusters() const { return snapshot_.clusters; }
    LabelQueueModel* queueModel() const { return model_; }
    LabelQueueFilter* queueFilter() const { return filter_; }
    QTableView* queueView() const { return view_; }
    QTableWidget* clusterTable() const { return clusterTable_; }
    LabelWriter* writer() const { return writer_; }
    TraceViewer* traceViewer() const { return viewer_; }
    JobBar* jobBar() const { return jobBar_; }
    QString countsText() const;
    QString lastJobMessage() const { return lastJobMessage_; }
    const LabelHistory& history() const { return history_; }
    bool autoAdvance() const;
    void setAutoAdvance(bool on);

Q_SIGNALS:
    // A label was written (by the operator or a job): other views should re-read labels.
    void labelsChanged();
    void snapshotLoaded();
    void jobFinished(const QString& command, tracemark::CliJob::Outcome outcome);

private:
    void buildLayout();
    QWidget* buildQueueSide();
    QWidget* buildTraceSide();
    QWidget* buildToolBar();
    void createShortcuts();
    void applySnapshot(LabelingSnapshot snapshot);
    void applyFilter();
    void updateCounts();
    // Re-reads only the workspace counts and the clusters' label mix (after a label is saved).
    void refreshCounts();
    void updateClusterTable();
    void updateCurrent();
    void updateActions();
    void applyLabel(std::int64_t key, const LabelState& state);
    void advanceAfterLabel();
    bool startJob(const QString& command, const QStringList& arguments, const QString& title);
    void onJobFinished(CliJob::Outcome outcome);
    void compareWithRepresentative();
    void comparePinned();
    QString author() const;
    int filteredRowOfKey(std::int64_t key) const;

    Workspace* workspace_ = nullptr;
    WorkspaceWorker* worker_ = nullptr;
    LabelWriter* writer_;
    JobTracker loadJobs_;
    JobTracker countJobs_;
    bool loading_ = false;
    LabelingSnapshot snapshot_;
    QVector<SuggestedTrace> suggestions_;
    LabelHistory history_;
    QPointer<CliJob> job_;
    QString jobCommand_;
    QString lastJobMessage_;
    std::int64_t pinnedKey_ = 0;

    // queue side
    QLineEdit* search_ = nullptr;
    QComboBox* serviceFilter_ = nullptr;
    QLineEdit* operationFilter_ = nullptr;
    QComboBox* statusFilter_ = nullptr;
    QDoubleSpinBox* minDuration_ = nullptr;
    QDoubleSpinBox* maxDuration_ = nullptr;
    QComboBox* sourceFilter_ = nullptr;
    QStackedWidget* queueStack_ = nullptr;
    QTableView* view_ = nullptr;
    QLabel* emptyQueue_ = nullptr;
    LabelQueueModel* model_;
    LabelQueueFilter* filter_;
    QLabel* countsLabel_ = nullptr;
    QProgressBar* queueProgress_ = nullptr;
    QTableWidget* clusterTable_ = nullptr;

    // tool bar and trace side
    QComboBox* vectors_ = nullptr;
    QSpinBox* k_ = nullptr;
    QSpinBox* suggestCount_ = nullptr;
    QPushButton* selectButton_ = nullptr;
    QPushButton* propagateButton_ = nullptr;
    QPushButton* suggestButton_ = nullptr;
    QPushButton* embedButton_ = nullptr;
    JobBar* jobBar_ = nullptr;
    QLabel* currentTitle_ = nullptr;
    QLabel* clusterInfo_ = nullptr;
    QPushButton* normalButton_ = nullptr;
    QPushButton* abnormalButton_ = nullptr;
    QPushButton* skipButton_ = nullptr;
    QPushButton* undoButton_ = nullptr;
    QPushButton* redoButton_ = nullptr;
    QPushButton* compareButton_ = nullptr;
    QCheckBox* autoAdvance_ = nullptr;
    TraceViewer* viewer_ = nullptr;
    ShortcutsOverlay* overlay_ = nullptr;
};

} // namespace tracemark
