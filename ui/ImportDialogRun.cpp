// The import wizard's run: the worker thread, progress, Cancel and the summary page.
#include "ui/Formatting.h"
#include "ui/ImportDialog.h"
#include "ui/ImportInputList.h"
#include "ui/jobs/QueuedProgress.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

namespace tracemark {

namespace {

QString successText(const ImportSummary& s)
{
    QStringList parts { ImportDialog::tr("%1 traces").arg(formatCount(s.traces)),
        ImportDialog::tr("%1 spans").arg(formatCount(s.spans)) };
    if (s.logRecords > 0)
        parts << ImportDialog::tr("%1 log records").arg(formatCount(s.logRecords));
    if (s.metricSamples > 0)
        parts << ImportDialog::tr("%1 metric samples").arg(formatCount(s.metricSamples));
    if (s.groundTruthTraces > 0)
        parts << ImportDialog::tr("%1 ground-truth records").arg(formatCount(s.groundTruthTraces));
    if (s.faultInjections > 0)
        parts << ImportDialog::tr("%1 fault injections").arg(formatCount(s.faultInjections));
    QString text = ImportDialog::tr("Imported %1 in %2.")
                       .arg(QLocale().createSeparatedList(parts), formatElapsed(s.seconds));
    if (s.orphanSpans > 0)
        text += QLatin1Char(' ')
            + ImportDialog::tr("%1 spans have no parent in the data and were kept as orphans.")
                  .arg(formatCount(s.orphanSpans));
    return text;
}

} // namespace

ImportDialog::~ImportDialog()
{
    if (running_) {
        progress_->cancel();
        watcher_.waitForFinished();
    }
}

void ImportDialog::startImport()
{
    if (!canStart())
        return;
    QString problem;
    std::optional<ImportOptions> options = readOptions(problem);
    ImportRequest request;
    request.workspace = workspacePath_;
    request.options = std::move(*options);
    for (const ImportInputList::Input& input : inputs_->entries()) {
        request.inputs.emplace_back(QFile::encodeName(input.path).toStdString());
        request.formats.push_back(input.format().value_or(SourceFormat::Auto));
    }

    running_ = true;
    closeWhenDone_ = false;
    lastOutcome_.reset();
    resultText_.clear();
    progress_ = std::make_unique<QueuedProgress>(
        this, [this](double fraction, const QString& message) { onProgress(fraction, message); });
    progressBar_->setRange(0, 1000);
    progressBar_->setValue(0);
    progressMessage_->setText(tr("Starting…"));
    showPage(Page::Progress);
    cancelButton_->setFocus();
    Q_EMIT runningChanged(true);

    Progress* progress = progress_.get();
    watcher_.setFuture(
        QtConcurrent::run([request = std::move(request), progress] { return runImport(request, *progress); }));
}

void ImportDialog::cancelImport()
{
    if (!running_)
        return;
    progress_->cancel();
    cancelButton_->setEnabled(false);
    progressMessage_->setText(tr("Cancelling… everything read so far is being rolled back."));
}

void ImportDialog::reject()
{
    if (running_) {
        closeWhenDone_ = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onProgress(double fraction, const QString& message)
{
    if (!running_ || progress_->isCancelled())
        return;
    if (fraction < 0) {
        progressBar_->setRange(0, 0); // unknown amount of work: a busy bar
    } else {
        progressBar_->setRange(0, 1000);
        progressBar_->setValue(static_cast<int>(fraction * 1000.0));
    }
    progressMessage_->setText(message);
}

void ImportDialog::onFinished()
{
    running_ = false;
    const ImportOutcome outcome = watcher_.result();
    lastOutcome_ = outcome;
    switch (outcome.result) {
    case ImportOutcome::Result::Succeeded: {
        QStringList warnings;
        for (const std::string& warning : outcome.summary.warnings)
            warnings.append(toQString(warning));
        showSummary(successText(outcome.summary), warnings.join(QLatin1Char('\n')), false);
        inputs_->clear(); // so a second click does not import the same files twice
        break;
    }
    case ImportOutcome::Result::Cancelled:
        showSummary(tr("Import cancelled. The workspace is unchanged."), QString(), false);
        break;
    case ImportOutcome::Result::Failed:
        showSummary(tr("The import failed and nothing was added to the workspace:"), toQString(outcome.error), true);
        break;
    }
    Q_EMIT runningChanged(false);
    Q_EMIT importFinished(outcome.result == ImportOutcome::Result::Succeeded);
    if (closeWhenDone_)
        QDialog::reject();
}

QString ImportDialog::resultText() const
{
    return resultText_;
}

void ImportDialog::showSummary(const QString& headline, const QString& details, bool isError)
{
    // Warnings of a good import are details too, but not part of the one-line result.
    resultText_ = isError ? headline + QLatin1Char('\n') + details : headline;
    result_->setText(headline);
    result_->setStyleSheet(isError ? QStringLiteral("color: #c81e1e;") : QString());
    details_->setPlainText(isError || details.isEmpty() ? details : tr("Warnings:\n%1").arg(details));
    details_->setVisible(!details.isEmpty());
    showPage(Page::Summary);
}

} // namespace tracemark
