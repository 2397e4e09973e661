#include "ui/trace/SpanDetailPanel.h"

#include "ui/trace/TraceStyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tracemark {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, headers.size(), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    return table;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

SpanDetailPanel::SpanDetailPanel(QWidget* parent)
    : QWidget(parent)
    , placeholder_(new QLabel(tr("Select a span in the topology or the timeline to see its details."), this))
    , content_(new QWidget(this))
    , form_(new QFormLayout)
    , attributes_(makeTable({tr("Attribute"), tr("Value")}, this))
    , logsTitle_(new QLabel(this))
    , allLogs_(new QCheckBox(tr("All logs of the trace"), this))
    , logs_(makeTable({tr("Offset"), tr("Severity"), tr("Service"), tr("Message")}, this))
{
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setWordWrap(true);
    for (const QString& name : {tr("Service"), tr("Operation"), tr("Instance"), tr("Kind"), tr("Status"),
                                tr("Status code"), tr("Span id"), tr("Parent id"), tr("Start offset"), tr("Duration"),
                                tr("Self time"), tr("Critical path"), tr("Call path")})
        addField(name);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* fields = new QWidget(this);
    fields->setLayout(form_);
    auto* fieldScroll = new QScrollArea(this);
    fieldScroll->setWidget(fields);
    fieldScroll->setWidgetResizable(true);
    fieldScroll->setFrameShape(QFrame::NoFrame);

    auto* logsBox = new QWidget(this);
    auto* logsLayout = new QVBoxLayout(logsBox);
    logsLayout->setContentsMargins(0, 0, 0, 0);
    auto* logsHeader = new QHBoxLayout;
    logsHeader->addWidget(logsTitle_, 1);
    logsHeader->addWidget(allLogs_);
    logsLayout->addLayout(logsHeader);
    logsLayout->addWidget(logs_);
    logs_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    logs_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(allLogs_, &QCheckBox::toggled, this, &SpanDetailPanel::fillLogs);

    auto* splitter = new QSplitter(Qt::Vertical, content_);
    splitter->addWidget(fieldScroll);
    splitter->addWidget(attributes_);
    splitter->addWidget(logsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);
    auto* contentLayout = new QVBoxLayout(content_);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(placeholder_);
    layout->addWidget(content_);
    content_->hide();
}

void SpanDetailPanel::addField(const QString& name)
{
    auto* value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setMinimumWidth(60);
    form_->addRow(name + QLatin1Char(':'), value);
    fieldNames_.push_back(name);
    fieldValues_.push_back(value);
}

QString SpanDetailPanel::fieldText(const QString& field) const
{
    const int index = fieldNames_.indexOf(field);
    return index < 0 ? QString() : fieldValues_[static_cast<std::size_t>(index)]->text();
}

void SpanDetailPanel::setTrace(LoadedTracePtr trace)
{
    trace_ = std::move(trace);
    showSpan(-1);
}

void SpanDetailPanel::showSpan(int span)
{
    span_ = trace_ && span >= 0 && span < trace_->tree.size() ? span : -1;
    placeholder_->setVisible(span_ < 0);
    content_->setVisible(span_ >= 0);
    if (span_ < 0)
        return;
    const TraceTree& tree = trace_->tree;
    const Span& s = tree.span(span_);
    auto orNone = [](const std::string& text) {
        return text.empty() ? tr("(none)") : QString::fromStdString(text);
    };
    const QString critical = tree.isOnCriticalPath(span_) ? tr("yes") : tr("no");
    const QStringList values = {
        QString::fromStdString(s.service),
        QString::fromStdString(s.operation),
        orNone(s.instance),
        QString::fromUtf8(toString(s.kind).data(), static_cast<int>(toString(s.kind).size())),
        statusText(s.status),
        orNone(s.statusCode),
        QString::fromStdString(s.spanId),
        orNone(s.parentId),
        formatSpanDuration(static_cast<double>(tree.offsetNs(span_))),
        formatSpanDuration(static_cast<double>(s.durationNs)),
        formatSpanDuration(static_cast<double>(tree.selfNs(span_))),
        critical,
        QString::fromStdString(tree.callPathText(span_)),
    };
    for (int i = 0; i < values.size(); ++i)
        fieldValues_[static_cast<std::size_t>(i)]->setText(values[i]);
    fieldValues_[4]->setStyleSheet(tree.isError(span_) ? QStringLiteral("color: #d32f2f; font-weight: bold;") : QString());

    attributes_->setRowCount(static_cast<int>(s.attributes.size()));
    for (int row = 0; row < attributes_->rowCount(); ++row) {
        const Attribute& attribute = s.attributes[static_cast<std::size_t>(row)];
        attributes_->setItem(row, 0, cell(QString::fromStdString(attribute.key)));
        attributes_->setItem(row, 1, cell(QString::fromStdString(attribute.value)));
    }
    attributes_->resizeColumnToContents(0);
    fillLogs();
}

void SpanDetailPanel::fillLogs()
{
    logs_->setRowCount(0);
    if (!trace_ || span_ < 0)
        return;
    const Span& s = trace_->tree.span(span_);
    const bool all = allLogs_->isChecked();
    int row = 0;
    for (const LogRecord& log : trace_->logs) {
        if (!all && log.spanId != s.spanId)
            continue;
        logs_->insertRow(row);
        logs_->setItem(row, 0, cell(formatSpanDuration(static_cast<double>(log.timeNs - trace_->tree.startNs()))));
        logs_->setItem(row, 1, cell(QString::fromStdString(log.severity)));
        logs_->setItem(row, 2, cell(QString::fromStdString(log.service)));
        logs_->setItem(row, 3, cell(QString::fromStdString(log.message)));
        ++row;
    }
    const int total = static_cast<int>(trace_->logs.size());
    if (total == 0)
        logsTitle_->setText(tr("No logs were imported for this trace."));
    else if (all)
        logsTitle_->setText(tr("%n log line(s) in the trace", nullptr, total));
    else
        logsTitle_->setText(tr("%n log line(s) of this span", nullptr, row) + QStringLiteral(" ")
                            + tr("(%n in the trace)", nullptr, total));
}

} // namespace tracemark
