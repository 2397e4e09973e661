#include "ui/labeling/LabelQueueModel.h"

#include "ui/Formatting.h"
#include "ui/labeling/LabelColors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace tracemark {

LabelQueueModel::LabelQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LabelQueueModel::setEntries(std::vector<QueueEntry> entries)
{
    beginResetModel();
    entries_ = std::move(entries);
    rowOfKey_.clear();
    for (int row = 0; row < static_cast<int>(entries_.size()); ++row)
        rowOfKey_[entries_[static_cast<std::size_t>(row)].key] = row;
    endResetModel();
}

const QueueEntry* LabelQueueModel::entryOfKey(std::int64_t key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? nullptr : &entries_[static_cast<std::size_t>(row)];
}

int LabelQueueModel::rowOfKey(std::int64_t key) const
{
    const auto found = rowOfKey_.find(key);
    return found == rowOfKey_.end() ? -1 : found->second;
}

void LabelQueueModel::setLabel(std::int64_t key, const LabelState& label, bool saving)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    QueueEntry& entry = entries_[static_cast<std::size_t>(row)];
    entry.label = label;
    entry.saving = saving;
    emitRowChanged(row);
}

void LabelQueueModel::setSaved(std::int64_t key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    entries_[static_cast<std::size_t>(row)].saving = false;
    emitRowChanged(row);
}

void LabelQueueModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LabelQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(entries_.size());
}

int LabelQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QueueEntry& entry = entries_[static_cast<std::size_t>(index.row())];
    const bool representative = entry.role == QueueEntry::Role::Representative;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PositionColumn:
            return index.row() + 1;
        case TraceColumn:
            return entry.traceId;
        case RoleColumn:
            if (representative)
                return tr("representative · cluster %1").arg(entry.cluster);
            return entry.cluster >= 0 ? tr("suggested · cluster %1").arg(entry.cluster) : tr("suggested");
        case RootColumn:
            return entry.rootService + QLatin1Char(':') + entry.rootOperation;
        case DurationColumn:
            return formatDurationMs(entry.durationNs);
        case SpansColumn:
            return entry.spanCount;
        case ErrorsColumn:
            return entry.errorSpans;
        case LabelColumn:
            return entry.saving ? tr("%1 · saving…").arg(labelDisplayText(entry.label)) : labelDisplayText(entry.label);
        }
        break;
    case Qt::ForegroundRole:
        return labelTextColor(entry.label, QApplication::palette().color(QPalette::Text));
    case Qt::BackgroundRole: {
        const QColor background = labelBackground(entry.label);
        return background.isValid() ? QVariant(background) : QVariant();
    }
    case Qt::FontRole:
        if (entry.label.label != TraceLabel::Unlabeled && entry.label.source == LabelSource::Human) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (entry.saving) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PositionColumn || index.column() == DurationColumn || index.column() == SpansColumn
            || index.column() == ErrorsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (!entry.reason.isEmpty())
            return tr("Suggested because: %1").arg(entry.reason);
        break;
    case KeyRole:
        return QVariant::fromValue<qint64>(entry.key);
    }
    return {};
}

QVariant LabelQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn: return tr("#");
    case TraceColumn: return tr("Trace");
    case RoleColumn: return tr("Why");
    case RootColumn: return tr("Root span");
    case DurationColumn: return tr("Duration (ms)");
    case SpansColumn: return tr("Spans");
    case ErrorsColumn: return tr("Errors");
    case LabelColumn: return tr("Label");
    }
    return {};
}

} // namespace tracemark
