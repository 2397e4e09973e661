#include "ui/rca/FaultPeriodTableModel.h"

#include "ui/Formatting.h"
#include "ui/rca/FaultTypeNames.h"

#include <QFont>

#include <QDateTime>

namespace tracemark {

namespace {

// "01-01 00:56:15 – 00:59:00": the year is in the tooltip, so six columns fit a narrow panel.
QString shortRange(std::int64_t startNs, std::int64_t endNs)
{
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(startNs / 1'000'000);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(endNs / 1'000'000);
    const QString end = last.toString(first.date() == last.date() ? QStringLiteral("HH:mm:ss") : QStringLiteral("MM-dd HH:mm:ss"));
    return QStringLiteral("%1 – %2").arg(first.toString(QStringLiteral("MM-dd HH:mm:ss")), end);
}

} // namespace

FaultPeriodTableModel::FaultPeriodTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FaultPeriodTableModel::setOverview(PeriodOverview overview)
{
    beginResetModel();
    overview_ = std::move(overview);
    endResetModel();
}

void FaultPeriodTableModel::updatePeriod(const FaultPeriodRecord& period)
{
    const int row = rowOf(period.id);
    if (row < 0)
        return;
    overview_.periods[static_cast<std::size_t>(row)] = period;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FaultPeriodTableModel::rowOf(std::int64_t periodId) const
{
    for (std::size_t row = 0; row < overview_.periods.size(); ++row)
        if (overview_.periods[row].id == periodId)
            return static_cast<int>(row);
    return -1;
}

std::int64_t FaultPeriodTableModel::abnormalIn(int row) const
{
    const FaultPeriodRecord& p = period(row);
    return countInWindow(overview_.abnormalStarts, p.startNs, p.endNs);
}

std::int64_t FaultPeriodTableModel::normalIn(int row) const
{
    const FaultPeriodRecord& p = period(row);
    return countInWindow(overview_.normalStarts, p.startNs, p.endNs);
}

QString FaultPeriodTableModel::originName(const std::string& origin)
{
    if (origin == "labels")
        return tr("detected");
    if (origin == "fault_list")
        return tr("fault list");
    if (origin == "operator")
        return tr("drawn");
    return QString::fromStdString(origin);
}

int FaultPeriodTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(overview_.periods.size());
}

int FaultPeriodTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FaultPeriodTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FaultPeriodRecord& p = period(index.row());
    if (role == PeriodIdRole)
        return QVariant::fromValue<qlonglong>(p.id);
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == IdColumn || index.column() == AbnormalColumn
            || index.column() == NormalColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::FontRole && index.column() == RootCauseColumn && !p.rootCause) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && index.column() == RangeColumn)
        return tr("%1 to %2").arg(formatTimestampNs(p.startNs), formatTimestampNs(p.endNs));
    if (role == Qt::ToolTipRole && index.column() == RootCauseColumn && p.rootCause) {
        const RootCause& c = *p.rootCause;
        return tr("%1 by %2 on %3\n%4")
            .arg(faultTypeDisplayName(c.faultType), QString::fromStdString(c.author), formatTimestampNs(c.updatedNs),
                QString::fromStdString(c.note));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return QVariant::fromValue<qlonglong>(p.id);
    case RangeColumn:
        return shortRange(p.startNs, p.endNs);
    case AbnormalColumn:
        return formatCount(abnormalIn(index.row()));
    case NormalColumn:
        return formatCount(normalIn(index.row()));
    case OriginColumn:
        return originName(p.origin);
    case RootCauseColumn: {
        if (!p.rootCause)
            return tr("not labelled");
        const RootCause& c = *p.rootCause;
        const QString where = QString::fromStdString(c.instance.empty() ? c.service : c.instance);
        return tr("%1 (%2)").arg(where, faultTypeDisplayName(c.faultType));
    }
    default:
        return {};
    }
}

QVariant FaultPeriodTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case RangeColumn:
        return tr("Time range");
    case AbnormalColumn:
        return tr("Abnormal");
    case NormalColumn:
        return tr("Normal");
    case OriginColumn:
        return tr("Origin");
    case RootCauseColumn:
        return tr("Root cause");
    default:
        return {};
    }
}

} // namespace tracemark
