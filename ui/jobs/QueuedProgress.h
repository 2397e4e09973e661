#pragma once
// A Progress for work running on a worker thread: every report is forwarded to the GUI thread
// through a queued call, so the engine never touches a widget. cancel() may be called from the
// GUI thread while the worker runs.
#include "core/common/Progress.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tracemark {

class QueuedProgress final : public Progress {
public:
    using Listener = std::function<void(double fraction, const QString& message)>;
    // `context` lives on the GUI thread and must outlive the work (the caller waits for it).
    QueuedProgress(QObject* context, Listener listener)
        : context_(context)
        , listener_(std::move(listener))
    {
    }

protected:
    void onReport(double fraction, const std::string& message) override;

private:
    QObject* context_;
    Listener listener_;
};

} // namespace tracemark
