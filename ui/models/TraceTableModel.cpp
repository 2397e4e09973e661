#include "ui/models/TraceTableModel.h"

#include "core/common/Error.h"
#include "ui/Formatting.h"
#include "ui/labeling/LabelColors.h"

#include <QBrush>
#include <QColor>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <exception>

namespace tracemark {

namespace {

bool isNumeric(int column)
{
    return column == TraceTableModel::DurationColumn || column == TraceTableModel::SpansColumn
        || column == TraceTableModel::ErrorsColumn;
}

} // namespace

QString traceLabelText(TraceLabel label)
{
    switch (label) {
    case TraceLabel::Unlabeled:
        return {};
    case TraceLabel::Normal:
        return TraceTableModel::tr("Normal");
    case TraceLabel::Abnormal:
        return TraceTableModel::tr("Abnormal");
    }
    return {};
}

QString labelSourceText(LabelSource source)
{
    switch (source) {
    case LabelSource::Human:
        return TraceTableModel::tr("set by a person");
    case LabelSource::Propagated:
        return TraceTableModel::tr("propagated");
    case LabelSource::Model:
        return TraceTableModel::tr("suggested by a model");
    }
    return {};
}

TraceTableModel::TraceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , monospace_(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

void TraceTableModel::setWorkspace(Workspace* workspace)
{
    workspace_ = workspace;
    reload();
}

void TraceTableModel::setFilter(const TraceFilter& filter)
{
    filter_ = filter;
    reload();
}

void TraceTableModel::setSource(Workspace* workspace, const TraceFilter& filter)
{
    workspace_ = workspace;
    filter_ = filter;
    reload();
}

void TraceTableModel::setPageSize(int rows)
{
    pageSize_ = std::max(1, rows);
}

void TraceTableModel::reload()
{
    // Query before the reset so the view never sees an empty table between two filters.
    bool atEnd = true;
    std::vector<TraceSummary> firstPage;
    if (workspace_)
        firstPage = queryPage(std::nullopt, atEnd);
    changing_ = true;
    beginResetModel();
    rows_ = std::move(firstPage);
    atEnd_ = atEnd;
    endResetModel();
    changing_ = false;
}

std::vector<TraceSummary> TraceTableModel::queryPage(const std::optional<TraceCursor>& after, bool& atEnd)
{
    try {
        std::vector<TraceSummary> page = workspace_->traces(filter_, after, pageSize_);
        atEnd = static_cast<int>(page.size()) < pageSize_;
        lastError_.clear();
        return page;
    } catch (const std::exception& error) {
        atEnd = true;
        lastError_ = QString::fromStdString(error.what());
        Q_EMIT queryFailed(lastError_);
        return {};
    }
}

int TraceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int TraceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TraceTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && workspace_ && !atEnd_ && !changing_;
}

void TraceTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    std::optional<TraceCursor> after;
    if (!rows_.empty())
        after = TraceCursor { rows_.back().startNs, rows_.back().key };
    bool atEnd = true;
    std::vector<TraceSummary> page = queryPage(after, atEnd);
    atEnd_ = atEnd;
    if (page.empty())
        return;
    const int first = static_cast<int>(rows_.size());
    changing_ = true;
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    rows_.insert(rows_.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
    changing_ = false;
}

Qt::ItemFlags TraceTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant TraceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TraceSummary& trace = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(trace, column);
    case Qt::ToolTipRole:
        return toolTipData(trace, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole:
        return column == TraceIdColumn ? QVariant(monospace_) : QVariant();
    case Qt::BackgroundRole:
        // Translucent, so the tint reads on light and dark palettes alike.
        return trace.errorSpans > 0 ? QVariant(QBrush(QColor(220, 38, 38, 40))) : QVariant();
    case Qt::ForegroundRole:
        if (column == ErrorsColumn && trace.errorSpans > 0)
            return QBrush(QColor(200, 30, 30));
        if (column == LabelColumn && trace.label != TraceLabel::Unlabeled)
            return QBrush(labelTextColor({trace.label, trace.labelSource, trace.labelConfidence}, QColor()));
        return {};
    case TraceKeyRole:
        return QVariant::fromValue<qint64>(trace.key);
    case TraceIdRole:
        return toQString(trace.traceId);
    case HasErrorsRole:
        return trace.errorSpans > 0;
    default:
        return {};
    }
}

QVariant TraceTableModel::displayData(const TraceSummary& trace, int column) const
{
    switch (column) {
    case StartColumn:
        return formatTimestampNs(trace.startNs);
    case TraceIdColumn:
        return toQString(trace.traceId);
    case ServiceColumn:
        return toQString(trace.rootService);
    case OperationColumn:
        return toQString(trace.rootOperation);
    case DurationColumn:
        return formatDurationMs(trace.durationNs);
    case SpansColumn:
        return QLocale().toString(trace.spanCount);
    case ErrorsColumn:
        return trace.errorSpans > 0 ? QLocale().toString(trace.errorSpans) : QString();
    case LabelColumn:
        return traceLabelText(trace.label);
    }
    return {};
}

QVariant TraceTableModel::toolTipData(const TraceSummary& trace, int column) const
{
    switch (column) {
    case TraceIdColumn:
        return toQString(trace.traceId);
    case ServiceColumn:
    case OperationColumn:
        return QStringLiteral("%1 : %2").arg(toQString(trace.rootService), toQString(trace.rootOperation));
    case SpansColumn:
        if (trace.orphanSpans > 0)
            return tr("%1 spans, %2 of them without their parent")
                .arg(QLocale().toString(trace.spanCount), QLocale().toString(trace.orphanSpans));
        return {};
    case ErrorsColumn:
        return trace.errorSpans > 0
            ? tr("%1 spans with an error status").arg(QLocale().toString(trace.errorSpans))
            : QVariant();
    case LabelColumn:
        if (trace.label == TraceLabel::Unlabeled)
            return tr("Not labelled yet");
        return tr("%1, %2, confidence %3 %")
            .arg(traceLabelText(trace.label), labelSourceText(trace.labelSource))
            .arg(QLocale().toString(trace.labelConfidence * 100.0, 'f', 0));
    default:
        return {};
    }
}

QVariant TraceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartColumn:
            return tr("Start of the trace's earliest span, in local time");
        case DurationColumn:
            return tr("End-to-end latency of the trace, in milliseconds");
        case ErrorsColumn:
            return tr("Spans with an error status (HTTP 4xx/5xx, gRPC error, error flag)");
        case LabelColumn:
            return tr("Normal or abnormal, when the trace has been labelled");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Start");
    case TraceIdColumn:
        return tr("Trace ID");
    case ServiceColumn:
        return tr("Root service");
    case OperationColumn:
        return tr("Root operation");
    case DurationColumn:
        return tr("Duration (ms)");
    case SpansColumn:
        return tr("Spans");
    case ErrorsColumn:
        return tr("Errors");
    case LabelColumn:
        return tr("Label");
    }
    return {};
}

} // namespace tracemark
