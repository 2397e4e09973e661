#pragma once
// The root-cause page: fault periods on the left (list, time chart, detect / draw / adjust), the
// selected period's service graph and ranked suspects in the centre, the selected service's
// evidence and the root-cause form on the right. Engines run off the GUI thread: the period
// overview and KPI reads on the shared WorkspaceWorker, the evidence index (loaded once per
// workspace, cancellable) and each ranking on the page's own EvidenceWorker.
#include "core/store/Workspace.h"
#include "ui/jobs/JobTracker.h"
#include "ui/rca/EvidenceSession.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QButtonGroup;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace tracemark {

class EvidenceWorker;
class FaultPeriodTableModel;
class PeriodTimeline;
class QueuedProgress;
class RootCauseForm;
class ServiceDetailsPanel;
class ServiceGraphView;
class SuspectTableModel;
class WorkspaceWorker;
struct PeriodOverview;

class RootCausePage : public QWidget {
    Q_OBJECT
public:
    enum class RankingMode { Combined, Ochiai };
    enum class IndexState { None, Loading, Ready, Cancelled, Failed };

    explicit RootCausePage(QWidget* parent = nullptr);
    ~RootCausePage() override;

    // Both must outlive their use here; nullptr detaches. `workspace` is the GUI thread's
    // connection, used for single-row writes only.
    void setWorkspace(Workspace* workspace, WorkspaceWorker* worker);
    // Labels or periods changed elsewhere: re-reads the periods and drops the evidence index.
    void refresh();

    // --- what the operator does, also callable directly
    bool selectPeriod(std::int64_t periodId); // false when the list has no such period
    void detectPeriods();
    // Stores a period drawn by the operator (origin 'operator'); returns its id, nullopt on error.
    std::optional<std::int64_t> addPeriod(std::int64_t startNs, std::int64_t endNs);
    bool adjustPeriod(std::int64_t periodId, std::int64_t startNs, std::int64_t endNs);
    void setRankingMode(RankingMode mode);
    void selectService(const QString& service);
    bool saveRootCause();  // what Save does; false (message shown) when it could not
    bool clearRootCause(); // what Clear does
    void cancelLoading();
    void loadEvidence(); // (re)starts loading the index, e.g. after a cancel

    // --- state, for the window and the tests
    std::optional<std::int64_t> selectedPeriodId() const { return selectedPeriod_; }
    RankingMode rankingMode() const { return mode_; }
    QString selectedService() const { return selectedService_; }
    IndexState indexState() const { return indexState_; }
    // The ranking of the selected period, once it arrived.
    const PeriodRanking* ranking() const { return ranking_ ? &*ranking_ : nullptr; }
    // True while a read, load, ranking or layout this page started is still under way.
    bool isBusy() const;
    QString message() const;
    static QString author();

    FaultPeriodTableModel* periodModel() const { return periods_; }
    SuspectTableModel* suspectModel() const { return suspects_; }
    QTableView* periodView() const { return periodView_; }
    QTableView* suspectView() const { return suspectView_; }
    PeriodTimeline* timeline() const { return timeline_; }
    ServiceGraphView* graphView() const { return graph_; }
    ServiceDetailsPanel* detailsPanel() const { return details_; }
    RootCauseForm* rootCauseForm() const { return form_; }
    QPushButton* detectButton() const { return detect_; }
    QDateTimeEdit* startEdit() const { return startEdit_; }
    QDateTimeEdit* endEdit() const { return endEdit_; }
    QPushButton* applyBoundsButton() const { return applyBounds_; }

Q_SIGNALS:
    void rootCauseSaved(std::int64_t periodId);
    void rootCauseCleared(std::int64_t periodId);
    // Periods were detected, drawn or adjusted here (other pages may show them).
    void periodsChanged();
    void overviewLoaded();
    void rankingReady(std::int64_t periodId);
    void errorOccurred(const QString& message);

private:
    QWidget* buildLeft();
    QWidget* buildCentre();
    QWidget* buildRight();
    void requestOverview(std::optional<std::int64_t> select = std::nullopt);
    void applyOverview(PeriodOverview overview, std::optional<std::int64_t> select);
    void onPeriodRowChanged();
    void requestRanking();
    void applyRanking(PeriodRanking ranking);
    void showRanking();
    void requestTelemetry();
    void updatePeriodHeader();
    void updateBoundsEditor();
    void updateLoadingRow(double fraction = -1, const QString& text = {});
    void showError(const QString& message);
    void dropEvidence();
    std::optional<FaultPeriodRecord> selectedRecord() const;
    void patchPeriod(std::int64_t periodId);

    Workspace* workspace_ = nullptr;
    WorkspaceWorker* worker_ = nullptr;
    EvidenceWorker* evidence_;
    FaultPeriodTableModel* periods_;
    SuspectTableModel* suspects_;

    QPushButton* detect_ = nullptr;
    QTableView* periodView_ = nullptr;
    PeriodTimeline* timeline_ = nullptr;
    QDateTimeEdit* startEdit_ = nullptr;
    QDateTimeEdit* endEdit_ = nullptr;
    QPushButton* applyBounds_ = nullptr;
    QLabel* periodHeader_ = nullptr;
    QButtonGroup* modeGroup_ = nullptr;
    QToolButton* combinedButton_ = nullptr;
    QToolButton* ochiaiButton_ = nullptr;
    QWidget* loadingRow_ = nullptr;
    QProgressBar* loadingBar_ = nullptr;
    QLabel* loadingText_ = nullptr;
    QPushButton* cancelLoad_ = nullptr;
    QPushButton* retryLoad_ = nullptr;
    QLabel* message_ = nullptr;
    ServiceGraphView* graph_ = nullptr;
    QTableView* suspectView_ = nullptr;
    ServiceDetailsPanel* details_ = nullptr;
    RootCauseForm* form_ = nullptr;

    JobTracker overviewJobs_;
    JobTracker loadJobs_;
    JobTracker rankJobs_;
    JobTracker telemetryJobs_;
    JobTracker detectJobs_;
    bool overviewPending_ = false;
    bool rankPending_ = false;
    bool telemetryPending_ = false;
    bool detecting_ = false;
    IndexState indexState_ = IndexState::None;
    std::shared_ptr<QueuedProgress> loadProgress_;
    std::optional<std::int64_t> selectedPeriod_;
    std::optional<PeriodRanking> ranking_;
    RankingMode mode_ = RankingMode::Combined;
    QString selectedService_;
    QStringList instances_;
};

} // namespace tracemark
