#include "ui/jobs/QueuedProgress.h"

namespace tracemark {

void QueuedProgress::onReport(double fraction, const std::string& message)
{
    QMetaObject::invokeMethod(
        context_,
        [listener = listener_, fraction, text = QString::fromStdString(message)] {
            listener(fraction, text);
        },
        Qt::QueuedConnection);
}

} // namespace tracemark
