#pragma once
// Runs a piece of work over fixed blocks of rows on std::threads. The blocks are the same for
// every thread count and each block writes only its own slots, so callers that reduce the
// per-block results in block order get the same answer with 1 or 16 threads.
#include "core/common/Progress.h"

#include <cstdint>
#include <functional>
#include <string>

namespace tracemark {

// 0 = std::thread::hardware_concurrency() (at least 1).
int resolveThreadCount(int threads);

// Calls work(block) once for every block in [0, blockCount), spread over `threads` threads
// (the calling thread is one of them). Workers stop taking blocks when progress is cancelled
// or a block threw; the first exception is rethrown, and Cancelled is thrown after a cancel.
// With a message, the calling thread reports the share of blocks done after each of its blocks
// (Progress::report is not thread-safe, so no other thread reports).
void forEachBlock(std::int64_t blockCount, int threads, Progress& progress,
    const std::function<void(std::int64_t block)>& work, const std::string& message = {});

} // namespace tracemark
