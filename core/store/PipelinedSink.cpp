#include "core/store/PipelinedSink.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace tracemark {

namespace {

// Thrown into the producer when the consumer has stopped. Deliberately not a std::exception, so
// an importer's own catch clauses (ParseError, std::exception) do not swallow it.
struct PipelineAborted {};

// Sink calls in call order: `order` says which list holds the next argument.
struct Batch {
    enum class Kind : std::uint8_t { Span, EndTrace, Log, Metric, GroundTruth, Fault, Warning };
    std::vector<Kind> order;
    std::vector<Span> spans;
    std::vector<std::string> texts; // endTrace ids and warnings
    std::vector<LogRecord> logs;
    std::vector<MetricSample> metrics;
    std::vector<TraceGroundTruth> truths;
    std::vector<FaultInjection> faults;

    // Keeps the capacity, so a recycled batch fills without reallocating.
    void clear()
    {
        order.clear();
        spans.clear();
        texts.clear();
        logs.clear();
        metrics.clear();
        truths.clear();
        faults.clear();
    }

    void replayInto(ImportSink& sink)
    {
        std::size_t span = 0, text = 0, log = 0, metric = 0, truth = 0, fault = 0;
        for (const Kind kind : order) {
            switch (kind) {
            case Kind::Span:
                sink.addSpan(std::move(spans[span++]));
                break;
            case Kind::EndTrace:
                sink.endTrace(texts[text++]);
                break;
            case Kind::Log:
                sink.addLog(std::move(logs[log++]));
                break;
            case Kind::Metric:
                sink.addMetric(std::move(metrics[metric++]));
                break;
            case Kind::GroundTruth:
                sink.addTraceGroundTruth(std::move(truths[truth++]));
                break;
            case Kind::Fault:
                sink.addFaultInjection(std::move(faults[fault++]));
                break;
            case Kind::Warning:
                sink.warn(texts[text++]);
                break;
            }
        }
    }
};

// The bounded hand-over between the producer thread and the consumer.
class Channel {
public:
    explicit Channel(std::size_t capacity) : capacity_(std::max<std::size_t>(capacity, 1)) {}

    std::unique_ptr<Batch> emptyBatch()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (recycled_.empty())
            return std::make_unique<Batch>();
        std::unique_ptr<Batch> batch = std::move(recycled_.back());
        recycled_.pop_back();
        return batch;
    }

    // Blocks while the queue is full; throws PipelineAborted once the consumer has stopped.
    void push(std::unique_ptr<Batch> batch)
    {
        std::unique_lock<std::mutex> lock(mutex_);
        notFull_.wait(lock, [&] { return aborted_ || full_.size() < capacity_; });
        if (aborted_)
            throw PipelineAborted{};
        full_.push_back(std::move(batch));
        notEmpty_.notify_one();
    }

    // The producer is done, successfully (failure == nullptr) or not.
    void close(std::exception_ptr failure)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        closed_ = true;
        failure_ = std::move(failure);
        notEmpty_.notify_one();
    }

    // The next batch in order; nullptr once the producer closed and every batch was taken.
    std::unique_ptr<Batch> pop()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        notEmpty_.wait(lock, [&] { return closed_ || !full_.empty(); });
        if (full_.empty())
            return nullptr;
        std::unique_ptr<Batch> batch = std::move(full_.front());
        full_.pop_front();
        notFull_.notify_one();
        return batch;
    }

    void recycle(std::unique_ptr<Batch> batch)
    {
        batch->clear();
        std::lock_guard<std::mutex> lock(mutex_);
        recycled_.push_back(std::move(batch));
    }

    // The consumer stops taking batches: wake a producer blocked on a full queue.
    void abort()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        aborted_ = true;
        full_.clear();
        notFull_.notify_all();
    }

    std::exception_ptr failure()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return failure_;
    }

private:
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable notFull_;
    std::condition_variable notEmpty_;
    std::deque<std::unique_ptr<Batch>> full_;
    std::vector<std::unique_ptr<Batch>> recycled_;
    bool closed_ = false;
    bool aborted_ = false;
    std::exception_ptr failure_;
};

// The sink the producer sees: records calls into the current batch and hands it over when full.
class BatchingSink final : public ImportSink {
public:
    BatchingSink(Channel& channel, std::size_t batchItems)
        : channel_(channel), batchItems_(std::max<std::size_t>(batchItems, 1)), batch_(channel.emptyBatch())
    {
    }

    void addSpan(Span&& span) override
    {
        batch_->spans.push_back(std::move(span));
        added(Batch::Kind::Span);
    }
    void endTrace(std::string_view traceId) override
    {
        batch_->texts.emplace_back(traceId);
        added(Batch::Kind::EndTrace);
    }
    void addLog(LogRecord&& record) override
    {
        batch_->logs.push_back(std::move(record));
        added(Batch::Kind::Log);
    }
    void addMetric(MetricSample&& sample) override
    {
        batch_->metrics.push_back(std::move(sample));
        added(Batch::Kind::Metric);
    }
    void addTraceGroundTruth(TraceGroundTruth&& truth) override
    {
        batch_->truths.push_back(std::move(truth));
        added(Batch::Kind::GroundTruth);
    }
    void addFaultInjection(FaultInjection&& fault) override
    {
        batch_->faults.push_back(std::move(fault));
        added(Batch::Kind::Fault);
    }
    void warn(const std::string& message) override
    {
        batch_->texts.push_back(message);
        added(Batch::Kind::Warning);
    }

    // Hands over what the current batch holds.
    void flush()
    {
        if (batch_->order.empty())
            return;
        channel_.push(std::move(batch_));
        batch_ = channel_.emptyBatch();
    }

private:
    void added(Batch::Kind kind)
    {
        batch_->order.push_back(kind);
        if (batch_->order.size() >= batchItems_)
            flush();
    }

    Channel& channel_;
    std::size_t batchItems_;
    std::unique_ptr<Batch> batch_;
};

} // namespace

void runPipelined(const std::function<void(ImportSink& sink)>& produce, ImportSink& consumer,
                  const Progress& cancellation, const PipelineOptions& options)
{
    Channel channel(options.queuedBatches);
    BatchingSink batching(channel, options.batchItems);

    std::thread producer([&] {
        std::exception_ptr failure;
        try {
            produce(batching);
            batching.flush();
        } catch (const PipelineAborted&) {
            // The consumer failed first; its exception is the one to report.
        } catch (...) {
            failure = std::current_exception();
            // The calls made before the failure still count, as they would on one thread.
            try {
                batching.flush();
            } catch (...) {
            }
        }
        channel.close(failure);
    });

    std::exception_ptr consumerFailure;
    try {
        while (std::unique_ptr<Batch> batch = channel.pop()) {
            if (cancellation.isCancelled())
                break; // no point writing what will be rolled back
            batch->replayInto(consumer);
            channel.recycle(std::move(batch));
        }
    } catch (...) {
        consumerFailure = std::current_exception();
    }
    channel.abort(); // a producer still running stops at its next hand-over
    producer.join();

    if (consumerFailure)
        std::rethrow_exception(consumerFailure);
    if (std::exception_ptr failure = channel.failure())
        std::rethrow_exception(failure);
    cancellation.checkCancelled(); // stopped early above, or cancelled just as the producer ended
}

} // namespace tracemark
