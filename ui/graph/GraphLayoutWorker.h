#pragma once
// Runs every Graphviz layout of the process on one background thread (Graphviz is not
// thread-safe), so a trace of thousands of spans never freezes the window. Callers number their
// requests with a JobTracker: a request whose ticket went stale before it started is skipped, and
// a result whose ticket went stale or whose receiver was deleted is dropped.
#include "ui/graph/GraphLayout.h"
#include "ui/jobs/JobTracker.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace tracemark {

class GraphLayoutWorker : public QObject {
    Q_OBJECT
public:
    // The process-wide worker (created on first use, lives as long as the application object).
    static GraphLayoutWorker& instance();

    explicit GraphLayoutWorker(QObject* parent = nullptr);
    ~GraphLayoutWorker() override;

    // Lays `request` out and calls `onResult` on the GUI thread (also when result.error is set).
    void layout(QObject* receiver, JobTicket ticket, GraphLayoutRequest request,
                std::function<void(const GraphLayoutResult&)> onResult);

    // Blocks until every queued layout has run (tests).
    void waitForIdle();

private:
    QThreadPool pool_;
    JobTracker closing_;
    JobTicket alive_;
};

} // namespace tracemark
