#include "ui/ImportPreviewPage.h"

#include "ui/Formatting.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tracemark {

namespace {

// Reports are not shown: the busy bar says enough for a read of a few seconds at most.
class PreviewProgress final : public Progress { };

enum Column { IdColumn, SpansColumn, ServicesColumn, StartColumn, DurationColumn };

} // namespace

ImportPreviewPage::ImportPreviewPage(QWidget* parent)
    : QWidget(parent)
    , input_(new QComboBox(this))
    , format_(new QLabel(this))
    , busy_(new QProgressBar(this))
    , table_(new QTreeWidget(this))
    , status_(new QLabel(this))
    , errorTitle_(new QLabel(tr("<b>The importer stopped at this problem:</b>"), this))
    , error_(new QPlainTextEdit(this))
{
    input_->setObjectName(QStringLiteral("previewInput"));
    input_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    busy_->setRange(0, 0);
    busy_->setTextVisible(false);
    busy_->setMaximumHeight(8);
    table_->setObjectName(QStringLiteral("previewTable"));
    table_->setRootIsDecorated(false);
    table_->setUniformRowHeights(true);
    table_->setHeaderLabels({ tr("Trace ID"), tr("Spans"), tr("Services"), tr("Start"), tr("Duration (ms)") });
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(IdColumn, QHeaderView::Stretch);
    for (int column : { SpansColumn, ServicesColumn, StartColumn, DurationColumn })
        table_->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    status_->setObjectName(QStringLiteral("previewStatus"));
    status_->setWordWrap(true);
    error_->setObjectName(QStringLiteral("previewError"));
    error_->setReadOnly(true); // selectable, so the message can be copied into a bug report
    error_->setMaximumHeight(90);
    error_->setStyleSheet(QStringLiteral("color: #c81e1e;"));

    auto* top = new QHBoxLayout;
    auto* inputLabel = new QLabel(tr("&Input:"), this);
    inputLabel->setBuddy(input_);
    top->addWidget(inputLabel);
    top->addWidget(input_, 1);
    top->addWidget(format_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(busy_);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);
    layout->addWidget(errorTitle_);
    layout->addWidget(error_);

    connect(input_, &QComboBox::activated, this, [this] { start(); });
    busy_->hide();
    errorTitle_->hide();
    error_->hide();
}

ImportPreviewPage::~ImportPreviewPage()
{
    // Not waited for: the worker owns what it uses and its result is dropped (see start()).
    if (running_)
        running_->cancel();
    jobs_.invalidate();
}

void ImportPreviewPage::setSources(
    std::vector<Source> sources, const ImportOptions& options, const QString& optionsKey, int current)
{
    sources_ = std::move(sources);
    options_ = options;
    optionsKey_ = optionsKey;
    input_->clear();
    for (const Source& source : sources_) {
        input_->addItem(QFileInfo(source.path).fileName());
        input_->setItemData(input_->count() - 1, source.path, Qt::ToolTipRole);
    }
    input_->setCurrentIndex(current);
    start();
}

int ImportPreviewPage::currentSource() const
{
    return input_->currentIndex();
}

void ImportPreviewPage::setCurrentSource(int index)
{
    input_->setCurrentIndex(index);
    start();
}

void ImportPreviewPage::start()
{
    const int index = input_->currentIndex();
    if (index < 0 || index >= static_cast<int>(sources_.size())) {
        shownKey_.clear();
        table_->clear();
        status_->setText(tr("Add a file or folder to see a preview."));
        return;
    }
    const Source& source = sources_[index];
    const QString key = source.path + QLatin1Char('\n') + QString::number(source.format ? static_cast<int>(*source.format) : -1)
        + QLatin1Char('\n') + optionsKey_;
    if (key == shownKey_)
        return; // already shown, or being read
    shownKey_ = key;
    if (running_)
        running_->cancel();
    running_.reset();
    preview_.reset();
    table_->clear();
    errorTitle_->hide();
    error_->hide();
    const QString fileName = QFileInfo(source.path).fileName();
    if (!source.format) {
        reading_ = false;
        busy_->hide();
        format_->clear();
        status_->setText(tr("%1 was not recognised: choose its format on the first page to preview it.").arg(fileName));
        jobs_.invalidate();
        Q_EMIT previewReady();
        return;
    }
    format_->setText(tr("as %1").arg(sourceFormatDisplayName(*source.format)));
    status_->setText(tr("Reading the first traces of %1…").arg(fileName));
    busy_->show();
    reading_ = true;

    auto progress = std::make_shared<PreviewProgress>();
    running_ = progress;
    const JobTicket ticket = jobs_.next();
    QPointer<ImportPreviewPage> guard(this);
    const std::filesystem::path path(QFile::encodeName(source.path).toStdString());
    QThreadPool::globalInstance()->start([progress, ticket, guard, path, format = *source.format,
                                             options = options_, fileName] {
        ImportPreview result = previewImport(path, format, options, *progress);
        // Posted to the application (it outlives every page); the page may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, ticket, result = std::move(result), fileName] {
                if (guard && ticket.isCurrent())
                    guard->showPreview(result, fileName);
            },
            Qt::QueuedConnection);
    });
}

void ImportPreviewPage::showPreview(const ImportPreview& preview, const QString& fileName)
{
    reading_ = false;
    running_.reset();
    busy_->hide();
    preview_ = preview;
    for (const TracePreviewRow& row : preview.traces) {
        auto* item = new QTreeWidgetItem(table_);
        item->setText(IdColumn, toQString(row.traceId));
        item->setText(SpansColumn, formatCount(row.spans));
        item->setText(ServicesColumn, formatCount(row.services));
        item->setText(StartColumn, formatTimestampNs(row.startNs));
        item->setText(DurationColumn, formatDurationMs(row.durationNs));
        for (int column : { SpansColumn, ServicesColumn, DurationColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    QStringList read { tr("%1 spans").arg(formatCount(preview.spansRead)) };
    if (preview.logRecords > 0)
        read << tr("%1 log records").arg(formatCount(preview.logRecords));
    if (preview.metricSamples > 0)
        read << tr("%1 KPI samples").arg(formatCount(preview.metricSamples));
    const QString readText = read.join(QStringLiteral(", "));
    QString status;
    if (preview.traces.empty() && preview.error.empty())
        status = tr("No traces in the part of %1 that was read (%2).").arg(fileName, readText);
    else if (!preview.error.empty() && preview.traces.size() == 1)
        status = tr("1 trace of %1 was read before the problem below (%2).").arg(fileName, readText);
    else if (!preview.error.empty())
        status = tr("%1 traces of %2 were read before the problem below (%3).")
                     .arg(formatCount(static_cast<std::int64_t>(preview.traces.size())), fileName, readText);
    else if (preview.wholeInputRead && !preview.moreTraces && preview.traces.size() == 1)
        status = tr("The only trace of %1 (%2).").arg(fileName, readText);
    else if (preview.wholeInputRead && !preview.moreTraces)
        status = tr("All %1 traces of %2 (%3).")
                     .arg(formatCount(static_cast<std::int64_t>(preview.traces.size())), fileName, readText);
    else
        status = tr("The first %1 traces of %2 (%3 read; counts cover that part only).")
                     .arg(formatCount(static_cast<std::int64_t>(preview.traces.size())), fileName, readText);
    if (!preview.warnings.empty())
        status += QLatin1Char(' ') + tr("First warning: %1").arg(toQString(preview.warnings.front()));
    status_->setText(status);
    error_->setPlainText(toQString(preview.error));
    errorTitle_->setVisible(!preview.error.empty());
    error_->setVisible(!preview.error.empty());
    Q_EMIT previewReady();
}

QString ImportPreviewPage::errorText() const
{
    return preview_ ? toQString(preview_->error) : QString();
}

QString ImportPreviewPage::statusText() const
{
    return status_->text();
}

} // namespace tracemark
