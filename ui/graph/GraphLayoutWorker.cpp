#include "ui/graph/GraphLayoutWorker.h"

#include "ui/jobs/Delivery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QtDebug>

namespace tracemark {

GraphLayoutWorker& GraphLayoutWorker::instance()
{
    // Parented to the application so it is destroyed (and its thread joined) before Qt goes away.
    static QPointer<GraphLayoutWorker> worker;
    if (!worker)
        worker = new GraphLayoutWorker(QCoreApplication::instance());
    return *worker;
}

GraphLayoutWorker::GraphLayoutWorker(QObject* parent)
    : QObject(parent)
    , alive_(closing_.next())
{
    // One thread that never expires: Graphviz's global state is only ever touched by it.
    pool_.setMaxThreadCount(1);
    pool_.setExpiryTimeout(-1);
}

GraphLayoutWorker::~GraphLayoutWorker()
{
    closing_.invalidate();
    pool_.clear();
    pool_.waitForDone();
}

void GraphLayoutWorker::layout(QObject* receiver, JobTicket ticket, GraphLayoutRequest request,
                               std::function<void(const GraphLayoutResult&)> onResult)
{
    QPointer<QObject> guard(receiver);
    pool_.start([this, guard, ticket, alive = alive_, request = std::move(request), onResult = std::move(onResult)] {
        if (!ticket.isCurrent() || !alive.isCurrent())
            return;
        QElapsedTimer timer;
        timer.start();
        GraphLayoutResult result = layoutGraph(request);
        if (timer.elapsed() > 2000)
            qInfo("Graphviz took %lld ms for %d nodes", static_cast<long long>(timer.elapsed()),
                  static_cast<int>(request.nodes.size()));
        deliverIfCurrent(this, guard, ticket, [onResult, result = std::move(result)] { onResult(result); });
    });
}

void GraphLayoutWorker::waitForIdle()
{
    pool_.waitForDone();
}

} // namespace tracemark
