#pragma once
// The ranked suspects of one period: rank, service, score, the evidence terms that drove the
// score and, beside it, the plain Ochiai rank (as `tracemark-cli rank` prints them).
#include "core/rca/SuspectRanking.h"

#include <QAbstractTableModel>

#include <vector>

namespace tracemark {

class SuspectTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, ServiceColumn, ScoreColumn, EvidenceColumn, OchiaiRankColumn, ColumnCount };
    enum Role { ServiceRole = Qt::UserRole + 1 };

    explicit SuspectTableModel(QObject* parent = nullptr);

    // `shown` is the ranking in the table's order; `ochiai` gives the beside column.
    void setRanking(std::vector<RankedSuspect> shown, std::vector<RankedSuspect> ochiai);
    const std::vector<RankedSuspect>& ranking() const { return shown_; }
    int rowOf(const QString& service) const; // -1 when not ranked
    QString serviceAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RankedSuspect> shown_;
    std::vector<RankedSuspect> ochiai_;
};

} // namespace tracemark
