#include "core/select/ParallelBlocks.h"

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
    const std::function<void(std::int64_t block)>& work)
{
    progress.checkCancelled();
    if (blockCount <= 0)
        return;
    const int workerCount
        = static_cast<int>(std::min<std::int64_t>(resolveThreadCount(threads), blockCount));
    std::atomic<std::int64_t> nextBlock { 0 };
    std::atomic<bool> failed { false };
    std::exception_ptr failure;
    std::mutex failureMutex;
    auto run = [&] {
        try {
            for (std::int64_t block = nextBlock++; block < blockCount; block = nextBlock++) {
                if (failed.load(std::memory_order_relaxed) || progress.isCancelled())
                    return;
                work(block);
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
            workers.emplace_back(run);
    } catch (...) { // no thread to be had: stop those started, then report why
        failed = true;
        for (std::thread& worker : workers)
            worker.join();
        throw;
    }
    run();
    for (std::thread& worker : workers)
        worker.join();
    if (failure)
        std::rethrow_exception(failure);
    progress.checkCancelled();
}

} // namespace tracemark
