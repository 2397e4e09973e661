#pragma once
// Numbers background jobs of one kind so that only the newest one's result is used: when the user
// changes a filter twice, the count started for the first filter is stale and must be dropped
// (the pattern of hotspot's JobTracker). A ticket can be checked from any thread.
#include <QtGlobal>

#include <atomic>
#include <memory>

namespace tracemark {

class JobTicket {
public:
    JobTicket() = default;
    quint64 id() const { return id_; }
    // True while no newer job of the same tracker was started and the tracker was not invalidated.
    bool isCurrent() const { return latest_ && latest_->load(std::memory_order_acquire) == id_; }

private:
    friend class JobTracker;
    JobTicket(std::shared_ptr<const std::atomic<quint64>> latest, quint64 id)
        : latest_(std::move(latest))
        , id_(id)
    {
    }
    std::shared_ptr<const std::atomic<quint64>> latest_;
    quint64 id_ = 0;
};

class JobTracker {
public:
    // Starts a new job; every earlier ticket becomes stale.
    JobTicket next()
    {
        const quint64 id = latest_->fetch_add(1, std::memory_order_acq_rel) + 1;
        return JobTicket(latest_, id);
    }
    // Makes every ticket stale (e.g. the workspace was closed).
    void invalidate() { latest_->fetch_add(1, std::memory_order_acq_rel); }

private:
    std::shared_ptr<std::atomic<quint64>> latest_ = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace tracemark
