// The labeling page's background jobs. Each runs `tracemark-cli COMMAND -w WORKSPACE --json` as a
// child process (model code cannot live in the GUI process; see docs/architecture.md), shows its
// progress in the job bar with Cancel, and re-reads the workspace when it ends. One at a time.
#include "ui/labeling/LabelingPage.h"

#include "ui/jobs/JobBar.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/labeling/LabelQueueModel.h"
#include "ui/labeling/LabelWriter.h"

#include <QLabel>
#include <QMessageBox>

namespace tracemark {

namespace {

// Window-modal but not blocking: the event loop (and the tests driving it) keeps running.
void showJobError(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
}

} // namespace

bool LabelingPage::startSelect(int k, const QString& vectors)
{
    QStringList arguments{QStringLiteral("--k"), QString::number(k)};
    if (!vectors.isEmpty())
        arguments << QStringLiteral("--vectors") << vectors;
    return startJob(QStringLiteral("select"), arguments, tr("Selecting representatives"));
}

bool LabelingPage::startPropagate()
{
    return startJob(QStringLiteral("propagate"), {}, tr("Propagating labels"));
}

bool LabelingPage::startSuggest(int count)
{
    return startJob(QStringLiteral("suggest"), {QStringLiteral("--n"), QString::number(count)},
                    tr("Finding traces worth a look"));
}

bool LabelingPage::startEmbed()
{
    return startJob(QStringLiteral("embed"), {QStringLiteral("--train")}, tr("Training the encoder and embedding traces"));
}

bool LabelingPage::startJob(const QString& command, const QStringList& arguments, const QString& title)
{
    if (!workspace_ || (job_ && job_->isRunning()))
        return false;
    // The CLI reads the labels from the file: every label given so far must be in it first.
    writer_->flush();
    auto* job = new CliJob(this);
    job_ = job;
    jobCommand_ = command;
    connect(job, &CliJob::finished, this, &LabelingPage::onJobFinished);
    const QStringList all = QStringList{command, QStringLiteral("-w"), QString::fromStdString(workspace_->path().string()),
                                        QStringLiteral("--json")}
        + arguments;
    jobBar_->track(job, title);
    if (!job->start(all)) {
        lastJobMessage_ = job->errorText();
        jobBar_->hide();
        job->deleteLater();
        showJobError(this, title, lastJobMessage_);
        updateActions();
        return false;
    }
    lastJobMessage_.clear();
    updateActions();
    return true;
}

void LabelingPage::onJobFinished(CliJob::Outcome outcome)
{
    CliJob* job = job_;
    if (!job)
        return;
    const QString command = jobCommand_;
    switch (outcome) {
    case CliJob::Outcome::Succeeded:
        lastJobMessage_.clear();
        if (command == QLatin1String("suggest")) {
            try {
                suggestions_ = parseSuggestions(job->standardOutput());
                lastJobMessage_ = tr("%n trace(s) suggested; they are at the end of the queue.", nullptr,
                                     static_cast<int>(suggestions_.size()));
            } catch (const std::exception& error) {
                lastJobMessage_ = QString::fromStdString(error.what());
            }
        } else if (command == QLatin1String("select")) {
            suggestions_.clear(); // they were chosen for the old clusters
            lastJobMessage_ = tr("Representatives selected. Judge them with N (normal) and A (abnormal).");
        } else if (command == QLatin1String("propagate")) {
            lastJobMessage_ = tr("Labels propagated to the other traces.");
        } else {
            lastJobMessage_ = tr("Traces embedded; the gnn vectors can now be used for the selection.");
        }
        break;
    case CliJob::Outcome::Cancelled:
        lastJobMessage_ = tr("Cancelled; the workspace is unchanged.");
        break;
    case CliJob::Outcome::Failed:
        lastJobMessage_ = job->errorText();
        showJobError(this, tr("Job failed"), lastJobMessage_);
        break;
    }
    clusterInfo_->setText(lastJobMessage_);
    job->deleteLater();
    job_ = nullptr;
    updateActions();
    if (outcome == CliJob::Outcome::Succeeded) {
        reload();
        if (command != QLatin1String("embed"))
            Q_EMIT labelsChanged();
    }
    Q_EMIT jobFinished(command, outcome);
}

void LabelingPage::refreshCounts()
{
    if (!workspace_ || !worker_)
        return;
    worker_->run<LabelTotals>(
        this, countJobs_.next(), [](Workspace& workspace) { return loadLabelTotals(workspace); },
        [this](const LabelTotals& totals) {
            snapshot_.counts = totals.counts;
            snapshot_.clusters = totals.clusters;
            updateCounts();
            updateClusterTable();
            updateActions();
        },
        [this](const QString& message) { countsLabel_->setText(tr("Could not count the labels: %1").arg(message)); });
}

} // namespace tracemark
