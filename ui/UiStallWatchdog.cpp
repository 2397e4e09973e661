#include "ui/UiStallWatchdog.h"

#include <QtDebug>

namespace tracemark {

UiStallWatchdog::UiStallWatchdog(int thresholdMs, QObject* parent)
    : QObject(parent)
    , thresholdMs_(thresholdMs)
{
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &UiStallWatchdog::tick);
    timer_.start(kTickMs);
    sinceTick_.start();
}

UiStallWatchdog* UiStallWatchdog::installIfWanted(QObject* application)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("TRACEMARK_STALL_WARN_MS", &ok);
    if (ok && fromEnvironment > 0)
        return new UiStallWatchdog(fromEnvironment, application);
#ifndef NDEBUG
    return new UiStallWatchdog(100, application);
#else
    return nullptr;
#endif
}

void UiStallWatchdog::tick()
{
    // The gap beyond the timer's own period is time the event loop was not running.
    const qint64 late = sinceTick_.restart() - kTickMs;
    if (late <= thresholdMs_)
        return;
    ++stalls_;
    longest_ = std::max(longest_, late);
    qWarning("UI thread blocked for %lld ms", static_cast<long long>(late));
    Q_EMIT stalled(late);
}

} // namespace tracemark
