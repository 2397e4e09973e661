#pragma once
// Narrows the labeling queue by what the operator is looking for: free text (trace id, service or
// operation), a service, an operation, errors, a duration range and where the label came from.
#include <QSortFilterProxyModel>

namespace tracemark {

struct QueueFilterCriteria {
    enum class Status { Any, WithErrors, WithoutErrors };
    enum class Source { Any, Unlabeled, Human, Propagated, NotHuman };
    QString text;      // substring of the trace id, a service or a "service:operation"
    QString service;   // the trace has a span of this service (empty: any)
    QString operation; // substring of one of its "service:operation" names (empty: any)
    Status status = Status::Any;
    double minDurationMs = 0; // 0: no bound
    double maxDurationMs = 0; // 0: no bound
    Source source = Source::Any;
};

class LabelQueueFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LabelQueueFilter(QObject* parent = nullptr);
    void setCriteria(const QueueFilterCriteria& criteria);
    const QueueFilterCriteria& criteria() const { return criteria_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QueueFilterCriteria criteria_;
};

} // namespace tracemark
