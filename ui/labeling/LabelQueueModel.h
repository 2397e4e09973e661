#pragma once
// The labeling queue as a table: representatives first (by cluster), then suggestions, each row
// coloured by its label (see LabelColors). The page changes labels through setLabel() the moment
// the operator judges a trace; the row says "saving…" until the write committed.
#include "ui/labeling/LabelQueue.h"

#include <QAbstractTableModel>

#include <unordered_map>

namespace tracemark {

class LabelQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PositionColumn, TraceColumn, RoleColumn, RootColumn, DurationColumn, SpansColumn, ErrorsColumn,
                  LabelColumn, ColumnCount };
    // The entry's trace key, for any column.
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit LabelQueueModel(QObject* parent = nullptr);

    void setEntries(std::vector<QueueEntry> entries);
    const std::vector<QueueEntry>& entries() const { return entries_; }
    const QueueEntry* entryOfKey(std::int64_t key) const;
    int rowOfKey(std::int64_t key) const; // -1 when not queued
    // Shows a new label for the trace (if queued); `saving` until the write is confirmed.
    void setLabel(std::int64_t key, const LabelState& label, bool saving);
    void setSaved(std::int64_t key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void emitRowChanged(int row);
    std::vector<QueueEntry> entries_;
    std::unordered_map<std::int64_t, int> rowOfKey_;
};

} // namespace tracemark
