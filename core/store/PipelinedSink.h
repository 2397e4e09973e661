#pragma once
// Runs an import body on a worker thread while the calling thread feeds what it produces to the
// real sink (the workspace writer, which must stay on the thread that owns the SQLite
// connection). Parsing and writing then overlap: on two cores an import takes about as long as
// the slower of the two instead of their sum.
//
// What the body adds is handed over in batches through a bounded queue, so memory stays bounded
// and the consumer sees exactly the calls the body made, in the same order. Failures behave as if
// everything ran on one thread: the first exception in call order wins and is rethrown on the
// calling thread (a consumer exception stops the producer at its next hand-over; a producer
// exception is rethrown once the batches queued before it are consumed, or at once when the
// import was cancelled).
#include "core/common/Progress.h"
#include "core/model/ImportSink.h"

#include <cstddef>
#include <functional>

namespace tracemark {

struct PipelineOptions {
    std::size_t batchItems = 4096; // sink calls per hand-over
    std::size_t queuedBatches = 3; // full batches waiting at most; the producer blocks beyond
};

// Calls produce(sink) on a new thread and replays its sink calls into `consumer` on this thread;
// returns when both are done. `cancellation` is only read (isCancelled), never reported to, so
// the producer may report progress freely. Rethrows the first failure as described above.
void runPipelined(const std::function<void(ImportSink& sink)>& produce, ImportSink& consumer,
                  const Progress& cancellation, const PipelineOptions& options = {});

} // namespace tracemark
