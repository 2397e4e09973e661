#pragma once
// Progress reporting and cooperative cancellation for long work (import, simulate, export,
// training). Engines call report() now and then and checkCancelled() in their loops; the GUI
// and the CLI subclass Progress to draw a bar and to set the cancel flag from another thread.
#include <atomic>
#include <chrono>
#include <string>

namespace tracemark {

class Progress {
public:
    virtual ~Progress() = default;

    // fraction in [0, 1], or negative when the amount of work is unknown.
    void report(double fraction, const std::string& message);

    // Safe to call from any thread (a signal handler or the GUI thread).
    void cancel() { cancelFlag_->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return cancelFlag_->load(std::memory_order_relaxed); }
    // Throws Cancelled when cancel() was called.
    void checkCancelled() const;

protected:
    // A sub-task shares its parent's flag, so cancelling the parent stops the sub-task.
    void shareCancelFlagOf(Progress& parent) { cancelFlag_ = parent.cancelFlag_; }

    // Called at most every ~100 ms (and always for fraction 1.0) so hot loops can report freely.
    virtual void onReport(double /*fraction*/, const std::string& /*message*/) {}

private:
    std::atomic<bool> ownCancelFlag_{false};
    std::atomic<bool>* cancelFlag_ = &ownCancelFlag_;
    std::chrono::steady_clock::time_point lastReport_{};
};

// Progress for callers that do not care.
class NullProgress final : public Progress {};

// Follows a parent's cancel flag but drops reports: for a step whose progress the caller already
// reports in its own words.
class SilentProgress final : public Progress {
public:
    explicit SilentProgress(Progress& parent) { shareCancelFlagOf(parent); }
};

// Maps [0, 1] of a sub-task onto [begin, end] of a parent; shares the parent's cancel flag.
class SubProgress final : public Progress {
public:
    SubProgress(Progress& parent, double begin, double end) : parent_(parent), begin_(begin), end_(end)
    {
        shareCancelFlagOf(parent);
    }

protected:
    void onReport(double fraction, const std::string& message) override;

private:
    Progress& parent_;
    double begin_;
    double end_;
};

} // namespace tracemark
