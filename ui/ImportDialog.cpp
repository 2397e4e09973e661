#include "ui/ImportDialog.h"

#include "ui/Formatting.h"
#include "ui/ImportInputList.h"
#include "ui/jobs/QueuedProgress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <exception>

namespace tracemark {

namespace {

constexpr SourceFormat kChoosableFormats[]
    = { SourceFormat::Auto, SourceFormat::Jaeger, SourceFormat::Zipkin, SourceFormat::Otlp,
          SourceFormat::Nezha, SourceFormat::DeepTraLog, SourceFormat::LabelEase, SourceFormat::Csv };

} // namespace

ImportDialog::ImportDialog(const std::filesystem::path& workspacePath, QWidget* parent)
    : QDialog(parent)
    , workspacePath_(workspacePath)
    , inputs_(new ImportInputList(this))
    , detectionProblem_(new QLabel(this))
    , format_(new QComboBox(this))
    , csvOptions_(new QWidget(this))
    , csvMapping_(new QLineEdit(csvOptions_))
    , csvTimeUnit_(new QComboBox(csvOptions_))
    , progressBar_(new QProgressBar(this))
    , progressMessage_(new QLabel(this))
    , result_(new QLabel(this))
    , warnings_(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import Traces"));
    setObjectName(QStringLiteral("importDialog"));
    setMinimumSize(680, 440);

    const QString workspaceName = QFileInfo(QString::fromStdString(workspacePath.string())).fileName();
    auto* intro
        = new QLabel(tr("Import trace files into <b>%1</b>. Everything is added in one step: if a file "
                        "has a problem, or you cancel, the workspace stays as it was.")
                         .arg(workspaceName.toHtmlEscaped()),
            this);
    intro->setWordWrap(true);

    detectionProblem_->setObjectName(QStringLiteral("detectionProblem"));
    detectionProblem_->setWordWrap(true);
    detectionProblem_->setStyleSheet(QStringLiteral("color: #c81e1e;"));
    detectionProblem_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    format_->setObjectName(QStringLiteral("importFormat"));
    for (SourceFormat format : kChoosableFormats)
        format_->addItem(sourceFormatDisplayName(format), static_cast<int>(format));

    csvMapping_->setObjectName(QStringLiteral("csvMapping"));
    csvMapping_->setPlaceholderText(
        QStringLiteral("trace_id=TraceID,span_id=SpanID,parent_id=ParentID,"
                       "service=Service,operation=Name,start=Start,duration=Duration"));
    csvMapping_->setToolTip(
        tr("field=column pairs. Fields: trace_id, span_id, parent_id, service, operation, "
           "instance, start, end, duration, status"));
    for (const char* unit : { "ns", "us", "ms", "s" })
        csvTimeUnit_->addItem(QString::fromLatin1(unit));
    csvTimeUnit_->setCurrentText(QStringLiteral("us"));
    auto* csvForm = new QFormLayout(csvOptions_);
    csvForm->setContentsMargins(0, 0, 0, 0);
    csvForm->addRow(tr("Column &mapping:"), csvMapping_);
    csvForm->addRow(tr("&Time unit:"), csvTimeUnit_);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), format_);
    form->addRow(csvOptions_);

    progressBar_->setObjectName(QStringLiteral("importProgress"));
    progressBar_->setRange(0, 1000);
    progressMessage_->setWordWrap(true);
    result_->setObjectName(QStringLiteral("importResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warnings_->setObjectName(QStringLiteral("importWarnings"));
    warnings_->setReadOnly(true);
    warnings_->setMaximumHeight(110);

    auto* buttons = new QDialogButtonBox(this);
    importButton_ = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    importButton_->setObjectName(QStringLiteral("importButton"));
    cancelButton_ = buttons->addButton(tr("&Cancel Import"), QDialogButtonBox::ActionRole);
    cancelButton_->setObjectName(QStringLiteral("cancelImportButton"));
    closeButton_ = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(importButton_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(cancelButton_, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(closeButton_, &QPushButton::clicked, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(inputs_, 1);
    layout->addWidget(detectionProblem_);
    layout->addLayout(form);
    layout->addWidget(progressBar_);
    layout->addWidget(progressMessage_);
    layout->addWidget(result_);
    layout->addWidget(warnings_);
    layout->addWidget(buttons);

    connect(inputs_, &ImportInputList::changed, this, &ImportDialog::updateControls);
    connect(format_, &QComboBox::currentIndexChanged, this, &ImportDialog::updateControls);
    connect(csvMapping_, &QLineEdit::textChanged, this, &ImportDialog::updateControls);
    connect(&watcher_, &QFutureWatcher<ImportOutcome>::finished, this, &ImportDialog::onFinished);

    progressBar_->hide();
    progressMessage_->hide();
    warnings_->hide();
    updateControls();
}

ImportDialog::~ImportDialog()
{
    if (running_) {
        progress_->cancel();
        watcher_.waitForFinished();
    }
}

void ImportDialog::addInputs(const QStringList& paths)
{
    inputs_->addInputs(paths);
}

QStringList ImportDialog::inputs() const
{
    return inputs_->paths();
}

void ImportDialog::setFormat(SourceFormat format)
{
    format_->setCurrentIndex(std::max(0, format_->findData(static_cast<int>(format))));
}

SourceFormat ImportDialog::format() const
{
    return static_cast<SourceFormat>(format_->currentData().toInt());
}

std::optional<ImportOptions> ImportDialog::readOptions(QString& problem) const
{
    ImportOptions options;
    if (format() != SourceFormat::Csv)
        return options;
    try {
        options.csv = CsvSpanMapping::parse(csvMapping_->text().trimmed().toStdString());
        options.csv.timeUnit = csvTimeUnit_->currentText().toStdString();
    } catch (const std::exception& error) {
        problem = QString::fromStdString(error.what());
        return std::nullopt;
    }
    return options;
}

bool ImportDialog::canStart() const
{
    if (running_ || inputs_->isEmpty())
        return false;
    if (format() == SourceFormat::Csv)
        return !csvMapping_->text().trimmed().isEmpty();
    return format() != SourceFormat::Auto || inputs_->allRecognised();
}

void ImportDialog::updateControls()
{
    csvOptions_->setVisible(format() == SourceFormat::Csv);
    importButton_->setEnabled(canStart());
    importButton_->setDefault(!running_);
    cancelButton_->setEnabled(running_);
    cancelButton_->setVisible(running_);
    inputs_->setEnabled(!running_);
    format_->setEnabled(!running_);
    csvOptions_->setEnabled(!running_);

    QString problem;
    if (format() == SourceFormat::Auto) {
        for (const ImportInputList::Input& input : inputs_->entries()) {
            if (!input.detected) {
                problem = tr("%1 was not recognised: %2\nChoose its format below, or remove it.")
                              .arg(QFileInfo(input.path).fileName(), input.problem);
                break;
            }
        }
    }
    detectionProblem_->setText(problem);
    detectionProblem_->setVisible(!problem.isEmpty());
}

void ImportDialog::startImport()
{
    if (!canStart())
        return;
    QString problem;
    std::optional<ImportOptions> options = readOptions(problem);
    if (!options) {
        showResult(tr("The column mapping is not valid: %1").arg(problem), true);
        return;
    }
    ImportRequest request;
    request.workspace = workspacePath_;
    request.format = format();
    request.options = std::move(*options);
    for (const QString& path : inputs_->paths())
        request.inputs.emplace_back(QFile::encodeName(path).toStdString());

    running_ = true;
    closeWhenDone_ = false;
    lastOutcome_.reset();
    progress_ = std::make_unique<QueuedProgress>(
        this, [this](double fraction, const QString& message) { onProgress(fraction, message); });
    progressBar_->setRange(0, 1000);
    progressBar_->setValue(0);
    progressBar_->show();
    progressMessage_->setText(tr("Starting…"));
    progressMessage_->show();
    showResult({}, false);
    warnings_->hide();
    updateControls();
    cancelButton_->setFocus();
    Q_EMIT runningChanged(true);

    Progress* progress = progress_.get();
    watcher_.setFuture(QtConcurrent::run(
        [request = std::move(request), progress] { return runImport(request, *progress); }));
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
    progressBar_->hide();
    progressMessage_->hide();

    switch (outcome.result) {
    case ImportOutcome::Result::Succeeded: {
        const ImportSummary& s = outcome.summary;
        QStringList parts { tr("%1 traces").arg(formatCount(s.traces)),
            tr("%1 spans").arg(formatCount(s.spans)) };
        if (s.logRecords > 0)
            parts << tr("%1 log records").arg(formatCount(s.logRecords));
        if (s.metricSamples > 0)
            parts << tr("%1 metric samples").arg(formatCount(s.metricSamples));
        if (s.groundTruthTraces > 0)
            parts << tr("%1 ground-truth records").arg(formatCount(s.groundTruthTraces));
        if (s.faultInjections > 0)
            parts << tr("%1 fault injections").arg(formatCount(s.faultInjections));
        QString text
            = tr("Imported %1 in %2.").arg(QLocale().createSeparatedList(parts), formatElapsed(s.seconds));
        if (s.orphanSpans > 0)
            text += QLatin1Char(' ')
                + tr("%1 spans have no parent in the data and were kept as orphans.")
                      .arg(formatCount(s.orphanSpans));
        showResult(text, false);
        if (!s.warnings.empty()) {
            QStringList lines;
            for (const std::string& warning : s.warnings)
                lines.append(toQString(warning));
            warnings_->setPlainText(lines.join(QLatin1Char('\n')));
            warnings_->show();
        }
        inputs_->clear(); // so a second click does not import the same files twice
        break;
    }
    case ImportOutcome::Result::Cancelled:
        showResult(tr("Import cancelled. The workspace is unchanged."), false);
        break;
    case ImportOutcome::Result::Failed:
        showResult(
            tr("The import failed and nothing was added to the workspace:\n%1").arg(toQString(outcome.error)),
            true);
        break;
    }
    updateControls();
    Q_EMIT runningChanged(false);
    Q_EMIT importFinished(outcome.result == ImportOutcome::Result::Succeeded);
    if (closeWhenDone_)
        QDialog::reject();
}

QString ImportDialog::resultText() const
{
    return result_->text();
}

void ImportDialog::showResult(const QString& text, bool isError)
{
    result_->setText(text);
    result_->setStyleSheet(isError ? QStringLiteral("color: #c81e1e;") : QString());
    result_->setVisible(!text.isEmpty());
}

} // namespace tracemark
