#pragma once
// The trace table: a lazily-fetching model over Workspace::traces. Rows are plain TraceSummary
// values, fetched a page at a time with keyset pagination (the last row's start time and key),
// so the first page of a million traces costs the same as the first page of a hundred, and
// rowCount grows only as the view scrolls. The total match count is not the model's job: it is
// a separate, possibly slow query that the panel runs off the GUI thread.
#include "core/store/Workspace.h"

#include <QAbstractTableModel>
#include <QFont>

#include <vector>

namespace tracemark {

class TraceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        TraceIdColumn,
        ServiceColumn,
        OperationColumn,
        DurationColumn,
        SpansColumn,
        ErrorsColumn,
        LabelColumn,
        ColumnCount
    };
    enum Role {
        TraceKeyRole = Qt::UserRole + 1, // qint64 row key inside the workspace
        TraceIdRole, // QString
        HasErrorsRole, // bool
    };
    static constexpr int kDefaultPageSize = 500;

    explicit TraceTableModel(QObject* parent = nullptr);

    // The workspace must outlive the model, or be replaced (nullptr) before it goes away.
    // Resets the model and loads the first page.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return workspace_; }
    // Both at once, with a single reset and query.
    void setSource(Workspace* workspace, const TraceFilter& filter);
    // Starts a fresh query: resets the model and loads the first page of the new filter.
    void setFilter(const TraceFilter& filter);
    const TraceFilter& filter() const { return filter_; }
    // Same filter, fresh query (after an import or a label change).
    void reload();

    void setPageSize(int rows);
    int pageSize() const { return pageSize_; }
    // True when every matching trace has been fetched.
    bool isComplete() const { return atEnd_; }
    const TraceSummary& traceAt(int row) const { return rows_.at(static_cast<std::size_t>(row)); }
    // Message of the last failed query; empty after a successful one.
    const QString& lastError() const { return lastError_; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A query threw (the file vanished, the database is locked...); fetching stops.
    void queryFailed(const QString& message);

private:
    // The next page after `after`; on failure records the error, emits queryFailed and returns
    // nothing with atEnd set.
    std::vector<TraceSummary> queryPage(const std::optional<TraceCursor>& after, bool& atEnd);
    QVariant displayData(const TraceSummary& trace, int column) const;
    QVariant toolTipData(const TraceSummary& trace, int column) const;

    Workspace* workspace_ = nullptr;
    TraceFilter filter_;
    std::vector<TraceSummary> rows_;
    bool atEnd_ = true;
    int pageSize_ = kDefaultPageSize;
    QString lastError_;
    QFont monospace_;
    // Set while the model emits reset or insert signals: a listener that calls fetchMore() from
    // inside them (QAbstractItemModelTester does) must not start a second, nested change.
    bool changing_ = false;
};

// "Normal", "Abnormal" or empty, translated.
QString traceLabelText(TraceLabel label);
QString labelSourceText(LabelSource source);

} // namespace tracemark
