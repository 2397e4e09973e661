#pragma once
// Notices when the GUI thread stops processing events for too long: a timer that should fire
// every `tickMs` measures how late it really fires, and a gap over the threshold is logged
// ("UI thread blocked for 340 ms") so a slow call on the GUI thread shows up during development.
// The window installs it in debug builds, or in any build with TRACEMARK_STALL_WARN_MS set.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace tracemark {

class UiStallWatchdog : public QObject {
    Q_OBJECT
public:
    explicit UiStallWatchdog(int thresholdMs = 100, QObject* parent = nullptr);
    // Installs one on the application when this is a debug build or TRACEMARK_STALL_WARN_MS is
    // set (its value is the threshold); returns it, or nullptr.
    static UiStallWatchdog* installIfWanted(QObject* application);

    int stalls() const { return stalls_; }
    qint64 longestStallMs() const { return longest_; }

Q_SIGNALS:
    void stalled(qint64 milliseconds);

private:
    void tick();
    static constexpr int kTickMs = 25;
    int thresholdMs_;
    QTimer timer_;
    QElapsedTimer sinceTick_;
    int stalls_ = 0;
    qint64 longest_ = 0;
};

} // namespace tracemark
