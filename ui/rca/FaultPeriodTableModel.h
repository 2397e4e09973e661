#pragma once
// The fault periods as a table: time range, abnormal and normal traces in [start, end) (what the
// ranking reads), origin and root cause. Rebuilt from a PeriodOverview snapshot.
#include "ui/rca/PeriodOverview.h"

#include <QAbstractTableModel>

#include <optional>

namespace tracemark {

class FaultPeriodTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, RangeColumn, AbnormalColumn, NormalColumn, OriginColumn, RootCauseColumn, ColumnCount };
    enum Role { PeriodIdRole = Qt::UserRole + 1 };

    explicit FaultPeriodTableModel(QObject* parent = nullptr);

    void setOverview(PeriodOverview overview);
    // Replaces one period's record in place (after a single-row write on the GUI connection).
    void updatePeriod(const FaultPeriodRecord& period);
    const PeriodOverview& overview() const { return overview_; }
    // Row of the period with this id; -1 when there is none.
    int rowOf(std::int64_t periodId) const;
    const FaultPeriodRecord& period(int row) const { return overview_.periods.at(static_cast<std::size_t>(row)); }
    std::int64_t abnormalIn(int row) const;
    std::int64_t normalIn(int row) const;
    static QString originName(const std::string& origin);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PeriodOverview overview_;
};

} // namespace tracemark
