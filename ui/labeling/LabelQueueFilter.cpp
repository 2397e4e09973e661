#include "ui/labeling/LabelQueueFilter.h"

#include "ui/labeling/LabelQueueModel.h"

#include <algorithm>

namespace tracemark {

LabelQueueFilter::LabelQueueFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void LabelQueueFilter::setCriteria(const QueueFilterCriteria& criteria)
{
    criteria_ = criteria;
    invalidateFilter();
}

bool LabelQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto* queue = qobject_cast<const LabelQueueModel*>(sourceModel());
    if (!queue || sourceRow >= static_cast<int>(queue->entries().size()))
        return true;
    const QueueEntry& entry = queue->entries()[static_cast<std::size_t>(sourceRow)];
    const QueueFilterCriteria& c = criteria_;

    if (!c.text.isEmpty()) {
        const bool matches = entry.traceId.contains(c.text, Qt::CaseInsensitive)
            || std::any_of(entry.operations.begin(), entry.operations.end(),
                           [&](const QString& name) { return name.contains(c.text, Qt::CaseInsensitive); });
        if (!matches)
            return false;
    }
    if (!c.service.isEmpty() && !entry.services.contains(c.service))
        return false;
    if (!c.operation.isEmpty()
        && std::none_of(entry.operations.begin(), entry.operations.end(),
                        [&](const QString& name) { return name.contains(c.operation, Qt::CaseInsensitive); }))
        return false;
    if (c.status == QueueFilterCriteria::Status::WithErrors && entry.errorSpans == 0)
        return false;
    if (c.status == QueueFilterCriteria::Status::WithoutErrors && entry.errorSpans > 0)
        return false;
    const double ms = static_cast<double>(entry.durationNs) / 1e6;
    if (c.minDurationMs > 0 && ms < c.minDurationMs)
        return false;
    if (c.maxDurationMs > 0 && ms > c.maxDurationMs)
        return false;
    const bool labeled = entry.label.label != TraceLabel::Unlabeled;
    switch (c.source) {
    case QueueFilterCriteria::Source::Any:
        return true;
    case QueueFilterCriteria::Source::Unlabeled:
        return !labeled;
    case QueueFilterCriteria::Source::Human:
        return labeled && entry.label.source == LabelSource::Human;
    case QueueFilterCriteria::Source::Propagated:
        return labeled && entry.label.source == LabelSource::Propagated;
    case QueueFilterCriteria::Source::NotHuman:
        return !labeled || entry.label.source != LabelSource::Human;
    }
    return true;
}

} // namespace tracemark
