#include "ui/ExportDialog.h"

#include "ui/Formatting.h"
#include "ui/jobs/QueuedProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace tracemark {

namespace {

QString displayName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Labels:
        return ExportDialog::tr("Trace labels (labels.csv)");
    case ExportFormat::GroundTruth:
        return ExportDialog::tr("Root causes for LabelEase (groundtruth.json)");
    case ExportFormat::RootCauses:
        return ExportDialog::tr("Fault periods and root causes (Tracemark JSON)");
    case ExportFormat::Jaeger:
        return ExportDialog::tr("Traces as Jaeger JSON");
    }
    return {};
}

QString description(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Labels:
        return ExportDialog::tr("One row per trace, in start order: trace_id and anomaly (as LabelEase reads "
                                "them), then label, source, confidence, cluster and representative. Traces "
                                "nobody labelled are written with an empty anomaly.");
    case ExportFormat::GroundTruth:
        return ExportDialog::tr("One object per fault period that has a root cause: timestamp, end_timestamp, "
                                "level, cmdb_id and failure_type, the layout of the LabelEase datasets.");
    case ExportFormat::RootCauses:
        return ExportDialog::tr("Every fault period, judged or not: its times, origin and abnormal trace "
                                "count, and its root cause (service, instance, type, note, author) or null.");
    case ExportFormat::Jaeger:
        return ExportDialog::tr("Jaeger query JSON that the Jaeger UI loads, with every span, its status "
                                "and kind.");
    }
    return {};
}

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace

ExportDialog::ExportDialog(const std::filesystem::path& workspacePath, QWidget* parent)
    : QDialog(parent)
    , workspacePath_(workspacePath)
    , format_(new QComboBox(this))
    , formatDescription_(new QLabel(this))
    , path_(new QLineEdit(this))
    , pathNote_(new QLabel(this))
    , jaegerOptions_(new QGroupBox(tr("Options"), this))
    , includeLabels_(new QCheckBox(tr("Include trace &labels (tracemark.label tags on root spans)"), this))
    , includeLogs_(new QCheckBox(tr("Include span l&ogs (log records joined to spans)"), this))
    , progressBar_(new QProgressBar(this))
    , progressMessage_(new QLabel(this))
    , result_(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    setMinimumWidth(620);

    const QString workspaceFile = QFile::decodeName(QByteArray::fromStdString(workspacePath.filename().string()));
    auto* intro = new QLabel(
        tr("Export from <b>%1</b>. The file is written under a temporary name and renamed when it is "
           "complete, so a failure or Cancel never leaves half a file.")
            .arg(workspaceFile.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    format_->setObjectName(QStringLiteral("exportFormat"));
    for (ExportFormat format : exportFormats())
        format_->addItem(displayName(format), static_cast<int>(format));
    formatDescription_->setWordWrap(true);
    formatDescription_->setEnabled(false); // secondary text

    path_->setObjectName(QStringLiteral("exportPath"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browseButton);
    pathNote_->setObjectName(QStringLiteral("exportPathNote"));
    pathNote_->setWordWrap(true);

    includeLabels_->setChecked(true);
    includeLogs_->setChecked(true);
    auto* jaegerLayout = new QVBoxLayout(jaegerOptions_);
    jaegerLayout->addWidget(includeLabels_);
    jaegerLayout->addWidget(includeLogs_);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), format_);
    form->addRow(QString(), formatDescription_);
    auto* pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(path_); // a row holding a layout gets no buddy by itself
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), pathNote_);

    progressBar_->setObjectName(QStringLiteral("exportProgress"));
    progressBar_->setRange(0, 1000);
    progressMessage_->setWordWrap(true);
    result_->setObjectName(QStringLiteral("exportResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    exportButton_ = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    exportButton_->setObjectName(QStringLiteral("exportButton"));
    cancelButton_ = buttons->addButton(tr("&Cancel Export"), QDialogButtonBox::ActionRole);
    cancelButton_->setObjectName(QStringLiteral("cancelExportButton"));
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(exportButton_, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(cancelButton_, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(jaegerOptions_);
    layout->addStretch();
    layout->addWidget(progressBar_);
    layout->addWidget(progressMessage_);
    layout->addWidget(result_);
    layout->addWidget(buttons);

    connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(path_, &QLineEdit::textChanged, this, &ExportDialog::updateControls);
    connect(&watcher_, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::onFinished);

    path_->setText(defaultPath(format()));
    progressBar_->hide();
    progressMessage_->hide();
    result_->hide();
    onFormatChanged();
}

ExportDialog::~ExportDialog()
{
    if (running_) {
        progress_->cancel();
        watcher_.waitForFinished();
    }
}

QString ExportDialog::defaultPath(ExportFormat format) const
{
    const QFileInfo workspace(QFile::decodeName(QByteArray::fromStdString(workspacePath_.string())));
    const std::string name = defaultExportFileName(format, QFile::encodeName(workspace.completeBaseName()).toStdString());
    return QDir::toNativeSeparators(workspace.absoluteDir().filePath(QFile::decodeName(QByteArray::fromStdString(name))));
}

void ExportDialog::setFormat(ExportFormat format)
{
    format_->setCurrentIndex(std::max(0, format_->findData(static_cast<int>(format))));
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(format_->currentData().toInt());
}

void ExportDialog::setOutputPath(const QString& path)
{
    path_->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(path_->text().trimmed());
}

void ExportDialog::onFormatChanged()
{
    // A file name the user typed stays; one that is the old format's usual name follows the format.
    const QFileInfo current(outputPath());
    const QString oldDefault = QFileInfo(defaultPath(shownFormat_)).fileName();
    if (current.fileName() == oldDefault || outputPath().isEmpty()) {
        const QString name = QFileInfo(defaultPath(format())).fileName();
        const QString folder = outputPath().isEmpty() ? QFileInfo(defaultPath(format())).absolutePath()
                                                      : current.absolutePath();
        setOutputPath(QDir(folder).filePath(name));
    }
    shownFormat_ = format();
    formatDescription_->setText(description(format()));
    jaegerOptions_->setVisible(format() == ExportFormat::Jaeger);
    updateControls();
}

void ExportDialog::browse()
{
    const bool csv = format() == ExportFormat::Labels;
    const QString filter = csv ? tr("CSV files (*.csv);;All files (*)") : tr("JSON files (*.json);;All files (*)");
    // The file dialog asks before replacing a file; the note under the path says so too.
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), outputPath(), filter);
    if (!chosen.isEmpty())
        setOutputPath(chosen);
}

bool ExportDialog::canStart() const
{
    if (running_ || outputPath().isEmpty())
        return false;
    const QFileInfo target(outputPath());
    return !target.isDir() && target.absoluteDir().exists();
}

void ExportDialog::updateControls()
{
    const QFileInfo target(outputPath());
    QString note;
    bool problem = false;
    if (outputPath().isEmpty()) {
        note = tr("Choose the file to write.");
    } else if (target.isDir()) {
        note = tr("%1 is a folder; add a file name.").arg(QDir::toNativeSeparators(outputPath()));
        problem = true;
    } else if (!target.absoluteDir().exists()) {
        note = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()));
        problem = true;
    } else if (target.exists()) {
        note = tr("%1 exists and will be replaced.").arg(target.fileName());
    }
    pathNote_->setText(note);
    pathNote_->setStyleSheet(problem ? QStringLiteral("color: #c81e1e;") : QString());
    pathNote_->setHidden(note.isEmpty());

    exportButton_->setEnabled(canStart());
    exportButton_->setDefault(!running_);
    cancelButton_->setVisible(running_);
    cancelButton_->setEnabled(running_ && !(progress_ && progress_->isCancelled()));
    for (QWidget* input : { static_cast<QWidget*>(format_), static_cast<QWidget*>(path_),
             static_cast<QWidget*>(jaegerOptions_) })
        input->setEnabled(!running_);
}

void ExportDialog::startExport()
{
    if (!canStart())
        return;
    ExportRequest request;
    request.workspace = workspacePath_;
    request.output = toPath(outputPath());
    request.format = format();
    request.jaeger.includeLabels = includeLabels_->isChecked();
    request.jaeger.includeLogs = includeLogs_->isChecked();

    running_ = true;
    closeWhenDone_ = false;
    lastOutcome_.reset();
    progress_ = std::make_unique<QueuedProgress>(
        this, [this](double fraction, const QString& message) { onProgress(fraction, message); });
    progressBar_->setRange(0, 0); // busy until the exporter's first report
    progressBar_->show();
    progressMessage_->setText(tr("Writing %1…").arg(QFileInfo(outputPath()).fileName()));
    progressMessage_->show();
    showResult({}, false);
    updateControls();
    cancelButton_->setFocus();

    Progress* progress = progress_.get();
    watcher_.setFuture(QtConcurrent::run([request = std::move(request), progress] { return runExport(request, *progress); }));
}

void ExportDialog::cancelExport()
{
    if (!running_)
        return;
    progress_->cancel();
    cancelButton_->setEnabled(false);
    progressMessage_->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (running_) {
        closeWhenDone_ = true;
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(double fraction, const QString& message)
{
    if (!running_ || progress_->isCancelled())
        return;
    if (fraction < 0) {
        progressBar_->setRange(0, 0);
    } else {
        progressBar_->setRange(0, 1000);
        progressBar_->setValue(static_cast<int>(fraction * 1000.0));
    }
    if (!message.isEmpty())
        progressMessage_->setText(message);
}

void ExportDialog::onFinished()
{
    running_ = false;
    const ExportOutcome outcome = watcher_.result();
    lastOutcome_ = outcome;
    progressBar_->hide();
    progressMessage_->hide();
    const QString file = QDir::toNativeSeparators(outputPath());
    switch (outcome.result) {
    case ExportOutcome::Result::Succeeded: {
        const bool one = outcome.written == 1;
        const QString count = formatCount(outcome.written);
        const QString what = exportCountsTraces(format())
            ? (one ? tr("1 trace") : tr("%1 traces").arg(count))
            : (one ? tr("1 fault period") : tr("%1 fault periods").arg(count));
        showResult(tr("Exported %1 to %2 (%3, %4).")
                       .arg(what, file, QLocale().formattedDataSize(static_cast<qint64>(outcome.bytes)),
                           formatElapsed(outcome.seconds)),
            false);
        break;
    }
    case ExportOutcome::Result::Cancelled:
        showResult(tr("Export cancelled. %1 was not written.").arg(file), false);
        break;
    case ExportOutcome::Result::Failed:
        showResult(tr("The export failed and %1 was not written:\n%2").arg(file, toQString(outcome.error)), true);
        break;
    }
    updateControls();
    Q_EMIT exportFinished(outcome.result == ExportOutcome::Result::Succeeded);
    if (closeWhenDone_)
        QDialog::reject();
}

QString ExportDialog::resultText() const
{
    return result_->text();
}

void ExportDialog::showResult(const QString& text, bool isError)
{
    result_->setText(text);
    result_->setStyleSheet(isError ? QStringLiteral("color: #c81e1e;") : QString());
    result_->setVisible(!text.isEmpty());
}

} // namespace tracemark
