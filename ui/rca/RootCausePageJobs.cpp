// RootCausePage: the background reads, the evidence index, rankings and the workspace writes.
#include "ui/rca/RootCausePage.h"

#include "core/common/Error.h"
#include "ui/jobs/QueuedProgress.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/rca/EvidenceWorker.h"
#include "ui/rca/FaultPeriodTableModel.h"
#include "ui/rca/PeriodOverview.h"
#include "ui/rca/PeriodTimeline.h"
#include "ui/rca/RootCauseForm.h"
#include "ui/rca/ServiceDetailsPanel.h"
#include "ui/rca/ServiceGraphView.h"
#include "ui/rca/SuspectTableModel.h"

#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

namespace tracemark {

void RootCausePage::setWorkspace(Workspace* workspace, WorkspaceWorker* worker)
{
    dropEvidence();
    overviewJobs_.invalidate();
    telemetryJobs_.invalidate();
    detectJobs_.invalidate();
    overviewPending_ = telemetryPending_ = detecting_ = false;
    workspace_ = workspace;
    worker_ = workspace ? worker : nullptr;
    evidence_->setWorkspacePath(workspace_ ? workspace_->path() : std::filesystem::path());
    selectedPeriod_.reset();
    selectedService_.clear();
    periods_->setOverview({});
    timeline_->setOverview({});
    suspects_->setRanking({}, {});
    details_->showService(nullptr, {});
    form_->setPeriod(std::nullopt);
    showError({});
    detect_->setEnabled(workspace_ != nullptr);
    updateBoundsEditor();
    updatePeriodHeader();
    updateLoadingRow();
    if (!workspace_ || !worker_) {
        graph_->showMessage(tr("Open a workspace to label root causes."));
        return;
    }
    graph_->showMessage(tr("Reading the fault periods…"));
    requestOverview();
}

void RootCausePage::refresh()
{
    if (!workspace_)
        return;
    dropEvidence();
    requestOverview();
}

void RootCausePage::dropEvidence()
{
    if (loadProgress_)
        loadProgress_->cancel();
    loadProgress_.reset();
    loadJobs_.invalidate();
    rankJobs_.invalidate();
    rankPending_ = false;
    indexState_ = IndexState::None;
    ranking_.reset();
    evidence_->dropSession();
}

void RootCausePage::requestOverview(std::optional<std::int64_t> select)
{
    if (!worker_)
        return;
    overviewPending_ = true;
    worker_->run<PeriodOverview>(
        this, overviewJobs_.next(), [](Workspace& workspace) { return readPeriodOverview(workspace); },
        [this, select](const PeriodOverview& overview) {
            overviewPending_ = false;
            applyOverview(overview, select);
        },
        [this](const QString& message) {
            overviewPending_ = false;
            showError(tr("The fault periods could not be read: %1").arg(message));
        });
}

void RootCausePage::applyOverview(PeriodOverview overview, std::optional<std::int64_t> select)
{
    const std::optional<std::int64_t> wanted = select ? select : selectedPeriod_;
    periods_->setOverview(std::move(overview));
    timeline_->setOverview(periods_->overview());
    int row = wanted ? periods_->rowOf(*wanted) : -1;
    if (row < 0 && periods_->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        // The reset cleared the current row, so this always reaches onPeriodRowChanged.
        periodView_->setCurrentIndex(periods_->index(row, FaultPeriodTableModel::RangeColumn));
    } else {
        onPeriodRowChanged();
    }
    Q_EMIT overviewLoaded();
}

bool RootCausePage::selectPeriod(std::int64_t periodId)
{
    const int row = periods_->rowOf(periodId);
    if (row < 0)
        return false;
    periodView_->setCurrentIndex(periods_->index(row, FaultPeriodTableModel::RangeColumn));
    return true;
}

void RootCausePage::onPeriodRowChanged()
{
    const QModelIndex current = periodView_->currentIndex();
    const std::optional<std::int64_t> previous = selectedPeriod_;
    if (current.isValid())
        selectedPeriod_ = periods_->period(current.row()).id;
    else
        selectedPeriod_.reset();
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    timeline_->setSelectedPeriod(selectedPeriod_);
    form_->setPeriod(period);
    updateBoundsEditor();
    if (!period) {
        rankJobs_.invalidate();
        rankPending_ = false;
        ranking_.reset();
        suspects_->setRanking({}, {});
        details_->showService(nullptr, {});
        graph_->showMessage(workspace_ ? tr("No fault period yet. Detect periods from the abnormal labels, or drag "
                                            "across the chart to draw one.")
                                       : tr("Open a workspace to label root causes."));
        updatePeriodHeader();
        return;
    }
    const bool sameWindow = ranking_ && ranking_->periodId == period->id
        && ranking_->evidence.period.startNs == period->startNs && ranking_->evidence.period.endNs == period->endNs;
    if (sameWindow) {
        // Only the record changed (a root cause): keep the ranking, redraw the outline.
        graph_->setRootCauseService(period->rootCause ? QString::fromStdString(period->rootCause->service) : QString());
        form_->setSuggestions(selectedService_, instances_);
        updatePeriodHeader();
        return;
    }
    if (previous != selectedPeriod_)
        selectedService_.clear(); // another period: start from its top suspect
    ranking_.reset();
    updatePeriodHeader();
    requestRanking();
}

void RootCausePage::loadEvidence()
{
    if (!workspace_ || indexState_ == IndexState::Loading || indexState_ == IndexState::Ready)
        return;
    indexState_ = IndexState::Loading;
    const JobTicket ticket = loadJobs_.next();
    QPointer<RootCausePage> guard(this);
    loadProgress_ = std::make_shared<QueuedProgress>(evidence_, [guard, ticket](double fraction, const QString& text) {
        if (guard && ticket.isCurrent() && guard->indexState_ == IndexState::Loading)
            guard->updateLoadingRow(fraction, text);
    });
    updateLoadingRow(0, tr("Reading every trace of the workspace for the ranking…"));
    graph_->showMessage(tr("Reading the evidence of every trace (once per workspace)…"));
    const std::shared_ptr<QueuedProgress> progress = loadProgress_;
    evidence_->run<std::size_t>(
        this, ticket,
        [progress](EvidenceWorker::Context& context) -> std::size_t {
            if (!context.session)
                context.session = std::make_unique<EvidenceSession>(context.workspace, *progress);
            return context.session->traceCount();
        },
        [this](const std::size_t&) {
            indexState_ = IndexState::Ready;
            loadProgress_.reset();
            updateLoadingRow();
            requestRanking();
        },
        [this, progress](const QString& message) {
            indexState_ = progress->isCancelled() ? IndexState::Cancelled : IndexState::Failed;
            loadProgress_.reset();
            updateLoadingRow();
            if (indexState_ == IndexState::Failed)
                showError(tr("The evidence could not be read: %1").arg(message));
        });
}

void RootCausePage::cancelLoading()
{
    if (indexState_ != IndexState::Loading)
        return;
    if (loadProgress_)
        loadProgress_->cancel();
    loadProgress_.reset();
    loadJobs_.invalidate(); // the worker stops at its next check; its Cancelled is not news
    indexState_ = IndexState::Cancelled;
    updateLoadingRow();
}

void RootCausePage::updateLoadingRow(double fraction, const QString& text)
{
    const bool loading = indexState_ == IndexState::Loading;
    const bool stopped = indexState_ == IndexState::Cancelled || indexState_ == IndexState::Failed;
    loadingRow_->setVisible(loading || stopped);
    loadingBar_->setVisible(loading);
    cancelLoad_->setVisible(loading);
    retryLoad_->setVisible(stopped);
    if (loading) {
        if (fraction >= 0)
            loadingBar_->setValue(static_cast<int>(fraction * 1000));
        else
            loadingBar_->setRange(0, 0);
        if (!text.isEmpty())
            loadingText_->setText(text);
    } else if (stopped) {
        loadingText_->setText(indexState_ == IndexState::Cancelled
                ? tr("Reading the evidence was cancelled: no ranking until it is read.")
                : tr("The evidence could not be read."));
        graph_->showMessage(tr("No ranking: the evidence was not read."));
    }
    if (fraction >= 0)
        loadingBar_->setRange(0, 1000);
}

void RootCausePage::requestRanking()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    if (!period)
        return;
    if (indexState_ == IndexState::None) {
        loadEvidence();
        return;
    }
    if (indexState_ != IndexState::Ready)
        return; // loading: ranks when done; cancelled or failed: waits for "Load evidence"
    rankPending_ = true;
    const TimeWindow window{period->startNs, period->endNs};
    evidence_->run<PeriodRanking>(
        this, rankJobs_.next(),
        [id = period->id, window](EvidenceWorker::Context& context) {
            if (!context.session)
                throw WorkspaceError("the evidence index is not loaded");
            return context.session->rank(id, window);
        },
        [this](const PeriodRanking& ranking) {
            rankPending_ = false;
            ranking_ = ranking;
            showRanking();
            Q_EMIT rankingReady(ranking.periodId);
        },
        [this](const QString& message) {
            rankPending_ = false;
            graph_->showMessage(tr("No ranking."));
            showError(tr("The period could not be ranked: %1").arg(message));
        });
}

void RootCausePage::showRanking()
{
    const std::vector<RankedSuspect>& shown = mode_ == RankingMode::Ochiai ? ranking_->ochiai : ranking_->combined;
    suspects_->setRanking(shown, ranking_->ochiai);
    suspectView_->resizeColumnToContents(SuspectTableModel::ServiceColumn); // names are never elided
    double highest = 0;
    for (const RankedSuspect& s : shown)
        highest = std::max(highest, s.score);
    QVector<ServiceGraphView::Node> nodes;
    for (const ServiceEvidence& e : ranking_->evidence.services) {
        const auto found = std::find_if(shown.begin(), shown.end(), [&](const RankedSuspect& s) { return s.service == e.service; });
        ServiceGraphView::Node node;
        node.service = QString::fromStdString(e.service);
        if (found != shown.end()) {
            node.score = found->score;
            node.rank = found->rank;
            node.suspicion = highest > 0 ? found->score / highest : 0.0;
        }
        nodes.push_back(node);
    }
    QVector<ServiceGraphView::Edge> edges;
    for (const ServiceEdge& e : ranking_->evidence.edges)
        edges.push_back({QString::fromStdString(e.caller), QString::fromStdString(e.callee), e.calls, e.meanLatencyNs,
            e.meanCallGapNs});
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    const QString rootCause = period && period->rootCause ? QString::fromStdString(period->rootCause->service) : QString();
    graph_->setRootCauseService(rootCause);
    graph_->setGraph(nodes, edges);
    QString service = selectedService_;
    if (service.isEmpty() || suspects_->rowOf(service) < 0)
        service = suspects_->rowOf(rootCause) >= 0 ? rootCause : suspects_->serviceAt(0);
    selectService(service);
    updatePeriodHeader();
}

void RootCausePage::requestTelemetry()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    if (!worker_ || !period || selectedService_.isEmpty()) {
        telemetryPending_ = false;
        return;
    }
    // The period with as much context on each side, at least five minutes.
    const std::int64_t pad = std::max<std::int64_t>(period->endNs - period->startNs, 300'000'000'000LL);
    const TimeWindow window{period->startNs - pad, period->endNs + pad};
    const TimeWindow shaded{period->startNs, period->endNs};
    telemetryPending_ = true;
    worker_->run<ServiceTelemetry>(
        this, telemetryJobs_.next(),
        [service = selectedService_.toStdString(), window](Workspace& workspace) {
            return readServiceTelemetry(workspace, service, window);
        },
        [this, shaded](const ServiceTelemetry& telemetry) {
            telemetryPending_ = false;
            instances_.clear();
            for (const std::string& instance : telemetry.instances)
                instances_ << QString::fromStdString(instance);
            details_->showTelemetry(telemetry, shaded);
            form_->setSuggestions(QString::fromStdString(telemetry.service), instances_);
        },
        [this](const QString& message) {
            telemetryPending_ = false;
            details_->clearTelemetry(tr("The KPIs could not be read: %1").arg(message));
        });
}

void RootCausePage::detectPeriods()
{
    if (!workspace_ || detecting_)
        return;
    detecting_ = true;
    detect_->setEnabled(false);
    evidence_->run<PeriodOverview>(
        this, detectJobs_.next(),
        [actor = author().toStdString()](EvidenceWorker::Context& context) {
            detectFaultPeriods(context.workspace, actor);
            return readPeriodOverview(context.workspace);
        },
        [this](const PeriodOverview& overview) {
            detecting_ = false;
            detect_->setEnabled(true);
            showError({});
            applyOverview(overview, std::nullopt);
            Q_EMIT periodsChanged();
        },
        [this](const QString& message) {
            detecting_ = false;
            detect_->setEnabled(true);
            showError(tr("The periods could not be detected: %1").arg(message));
        });
}

std::optional<std::int64_t> RootCausePage::addPeriod(std::int64_t startNs, std::int64_t endNs)
{
    if (!workspace_)
        return std::nullopt;
    try {
        const std::int64_t id = workspace_->addFaultPeriod(startNs, endNs, "operator", "{}", author().toStdString());
        showError({});
        requestOverview(id);
        Q_EMIT periodsChanged();
        return id;
    } catch (const std::exception& error) {
        showError(tr("The period could not be added: %1").arg(QString::fromUtf8(error.what())));
        return std::nullopt;
    }
}

bool RootCausePage::adjustPeriod(std::int64_t periodId, std::int64_t startNs, std::int64_t endNs)
{
    if (!workspace_)
        return false;
    try {
        workspace_->updateFaultPeriod(periodId, startNs, endNs, author().toStdString());
    } catch (const std::exception& error) {
        showError(tr("The period could not be changed: %1").arg(QString::fromUtf8(error.what())));
        updateBoundsEditor();
        return false;
    }
    showError({});
    patchPeriod(periodId);
    timeline_->setOverview(periods_->overview());
    updateBoundsEditor();
    requestOverview(periodId); // recounts and re-ranks the new window
    Q_EMIT periodsChanged();
    return true;
}

void RootCausePage::patchPeriod(std::int64_t periodId)
{
    try {
        periods_->updatePeriod(workspace_->faultPeriod(periodId));
    } catch (const std::exception& error) {
        showError(QString::fromUtf8(error.what()));
    }
}

bool RootCausePage::saveRootCause()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    std::optional<RootCause> cause = form_->rootCause();
    if (!workspace_ || !period || !cause) {
        form_->setStatus(tr("Choose a service or instance and a fault type first."));
        return false;
    }
    cause->author = author().toStdString();
    try {
        workspace_->setRootCause(period->id, *cause);
    } catch (const std::exception& error) {
        form_->setStatus(tr("Not saved: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    patchPeriod(period->id);
    graph_->setRootCauseService(QString::fromStdString(cause->service));
    form_->setPeriod(selectedRecord());
    form_->setSuggestions(selectedService_, instances_);
    form_->setStatus(tr("Saved."));
    Q_EMIT rootCauseSaved(period->id);
    return true;
}

bool RootCausePage::clearRootCause()
{
    const std::optional<FaultPeriodRecord> period = selectedRecord();
    if (!workspace_ || !period)
        return false;
    try {
        workspace_->clearRootCause(period->id, author().toStdString());
    } catch (const std::exception& error) {
        form_->setStatus(tr("Not cleared: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
    patchPeriod(period->id);
    graph_->setRootCauseService({});
    form_->setPeriod(selectedRecord());
    form_->setSuggestions(selectedService_, instances_);
    form_->setStatus(tr("Root cause removed."));
    Q_EMIT rootCauseCleared(period->id);
    return true;
}

} // namespace tracemark
