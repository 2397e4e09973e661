#include "core/common/ParallelBlocks.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tracemark {

int resolveThreadCount(int threads)
{
    if (threads > 0)
        return threads;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void forEachBlock(std::int64_t blockCount, int threads, Progress& progress,
    const std::function<void(std::int64_t block)>& work, const std::string& message)
{
    progress.checkCancelled();
    if (blockCount <= 0)
        return;
    const int workerCount
        = static_cast<int>(std::min<std::int64_t>(resolveThreadCount(threads), blockCount));
    std::atomic<std::int64_t> nextBlock { 0 };
    std::atomic<std::int64_t> doneBlocks { 0 };
    std::atomic<bool> failed { false };
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto run = [&](bool reporting) {
        try {
            for (std::int64_t block = nextBlock++; block < blockCount; block = nextBlock++) {
                if (failed.load(std::memory_order_relaxed) || progress.isCancelled())
                    return;
                work(block);
                const std::int64_t done = ++doneBlocks;
                if (reporting && !message.empty())
                    progress.report(static_cast<double>(done) / static_cast<double>(blockCount), message);
            }
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(static_cast<std::size_t>(workerCount - 1));
    try {
        for (int w = 1; w < workerCount; ++w)
            workers.emplace_back(run, false);
    } catch (...) { // no thread to be had: stop those started, then report why
        failed = true;
        for (std::thread& worker : workers)
            worker.join();
        throw;
    }
    run(true);
    for (std::thread& worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    progress.checkCancelled();
}

} // namespace tracemark
