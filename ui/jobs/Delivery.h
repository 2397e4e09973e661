#pragma once
// How a background thread hands a result back: queued to `context`'s (the GUI) thread and run
// there only while the receiver still exists and the job's ticket is still current. `context`
// must outlive the thread's work (the workers own their pools and wait for them).
#include "ui/jobs/JobTracker.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace tracemark {

inline void deliverIfCurrent(QObject* context, const QPointer<QObject>& receiver, const JobTicket& ticket,
                             std::function<void()> call)
{
    QMetaObject::invokeMethod(
        context,
        [receiver, ticket, call = std::move(call)] {
            if (receiver && ticket.isCurrent())
                call();
        },
        Qt::QueuedConnection);
}

} // namespace tracemark
