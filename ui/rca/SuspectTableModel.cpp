#include "ui/rca/SuspectTableModel.h"

#include <QLocale>

namespace tracemark {

SuspectTableModel::SuspectTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SuspectTableModel::setRanking(std::vector<RankedSuspect> shown, std::vector<RankedSuspect> ochiai)
{
    beginResetModel();
    shown_ = std::move(shown);
    ochiai_ = std::move(ochiai);
    endResetModel();
}

int SuspectTableModel::rowOf(const QString& service) const
{
    const std::string name = service.toStdString();
    for (std::size_t row = 0; row < shown_.size(); ++row)
        if (shown_[row].service == name)
            return static_cast<int>(row);
    return -1;
}

QString SuspectTableModel::serviceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return QString::fromStdString(shown_[static_cast<std::size_t>(row)].service);
}

int SuspectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(shown_.size());
}

int SuspectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuspectTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankedSuspect& s = shown_[static_cast<std::size_t>(index.row())];
    if (role == ServiceRole)
        return QString::fromStdString(s.service);
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == RankColumn || index.column() == ScoreColumn
            || index.column() == OchiaiRankColumn;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role == Qt::ToolTipRole && index.column() == EvidenceColumn)
        return QString::fromStdString(s.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return s.rank;
    case ServiceColumn:
        return QString::fromStdString(s.service);
    case ScoreColumn:
        return QLocale().toString(s.score, 'f', 3);
    case EvidenceColumn:
        return QString::fromStdString(s.reason);
    case OchiaiRankColumn: {
        const int rank = rankOf(ochiai_, s.service);
        return rank > 0 ? QVariant(rank) : QVariant(tr("–"));
    }
    default:
        return {};
    }
}

QVariant SuspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case ServiceColumn:
        return tr("Service");
    case ScoreColumn:
        return tr("Score");
    case EvidenceColumn:
        return tr("Main evidence");
    case OchiaiRankColumn:
        return tr("Ochiai rank");
    default:
        return {};
    }
}

} // namespace tracemark
