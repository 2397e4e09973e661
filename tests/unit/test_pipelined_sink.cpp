// runPipelined: the producer/consumer hand-over behind Workspace::import. Calls must arrive in
// order, failures must surface as on one thread, and nothing may hang whichever side fails.
#include "core/common/Error.h"
#include "core/store/PipelinedSink.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <string>
#include <thread>
#include <vector>

using namespace tracemark;
using namespace tracemark::test;

namespace {

// Writes every call as one line of text, so two call sequences compare with ==.
class RecordingSink : public ImportSink {
public:
    void addSpan(Span&& span) override
    {
        calls.push_back("span " + span.traceId + "/" + span.spanId + " " + span.service + " "
                        + std::to_string(span.startNs) + " attrs=" + std::to_string(span.attributes.size()));
        afterCall();
    }
    void endTrace(std::string_view traceId) override
    {
        calls.push_back("end " + std::string(traceId));
        afterCall();
    }
    void addLog(LogRecord&& record) override
    {
        calls.push_back("log " + record.message);
        afterCall();
    }
    void addMetric(MetricSample&& sample) override
    {
        calls.push_back("metric " + sample.name + " " + std::to_string(sample.value));
        afterCall();
    }
    void addTraceGroundTruth(TraceGroundTruth&& truth) override
    {
        calls.push_back("truth " + truth.traceId);
        afterCall();
    }
    void addFaultInjection(FaultInjection&& fault) override
    {
        calls.push_back("fault " + fault.faultType);
        afterCall();
    }
    void warn(const std::string& message) override
    {
        calls.push_back("warn " + message);
        afterCall();
    }

    std::vector<std::string> calls;
    std::function<void(std::size_t callCount)> afterEachCall;

private:
    void afterCall()
    {
        if (afterEachCall)
            afterEachCall(calls.size());
    }
};

Span spanOf(const std::string& traceId, int i)
{
    Span span;
    span.traceId = traceId;
    span.spanId = "s" + std::to_string(i);
    span.service = "svc" + std::to_string(i % 3);
    span.startNs = 1000 + i;
    span.attributes.resize(static_cast<std::size_t>(i % 4));
    return span;
}

// Emits `traces` traces of every kind of call and writes the lines a RecordingSink should see.
void emitMixed(ImportSink& sink, int traces, std::vector<std::string>& expected)
{
    for (int t = 0; t < traces; ++t) {
        const std::string id = "t" + std::to_string(t);
        for (int s = 0; s < 3; ++s) {
            sink.addSpan(spanOf(id, s));
            expected.push_back("span " + id + "/s" + std::to_string(s) + " svc" + std::to_string(s % 3) + " "
                               + std::to_string(1000 + s) + " attrs=" + std::to_string(s % 4));
        }
        if (t % 2 == 0) {
            sink.endTrace(id);
            expected.push_back("end " + id);
        }
        sink.addLog({t, "svc", "i", id, "s0", "INFO", "line " + std::to_string(t)});
        expected.push_back("log line " + std::to_string(t));
        sink.addMetric({t, "svc", "i", "cpu", 0.5});
        expected.push_back("metric cpu " + std::to_string(0.5));
        if (t % 7 == 0) {
            sink.addTraceGroundTruth({id, true, "delay", "test"});
            expected.push_back("truth " + id);
            sink.addFaultInjection({t, t + 1, "svc", "i", "crash", "test", ""});
            expected.push_back("fault crash");
            sink.warn("w" + std::to_string(t));
            expected.push_back("warn w" + std::to_string(t));
        }
    }
}

} // namespace

TEST_CASE("every sink call reaches the consumer in the order it was made", "[pipeline]")
{
    const PipelineOptions options = GENERATE(PipelineOptions{}, PipelineOptions{1, 1}, PipelineOptions{7, 2});
    NullProgress progress;
    RecordingSink consumer;
    std::vector<std::string> expected;
    runPipelined([&](ImportSink& sink) { emitMixed(sink, 3000, expected); }, consumer, progress, options);
    // 3000 traces: 9000 spans, 1500 ends, 3000 logs, 3000 metrics, 429 x (truth, fault, warning).
    REQUIRE(expected.size() == 9000u + 1500u + 3000u + 3000u + 3u * 429u);
    CHECK(consumer.calls == expected);
}

TEST_CASE("an empty producer makes no calls", "[pipeline]")
{
    NullProgress progress;
    RecordingSink consumer;
    runPipelined([](ImportSink&) {}, consumer, progress);
    CHECK(consumer.calls.empty());
}

TEST_CASE("a producer exception is rethrown after the calls made before it", "[pipeline]")
{
    const PipelineOptions options = GENERATE(PipelineOptions{}, PipelineOptions{1, 1}, PipelineOptions{5, 2});
    NullProgress progress;
    RecordingSink consumer;
    std::vector<std::string> expected;
    try {
        runPipelined(
            [&](ImportSink& sink) {
                emitMixed(sink, 100, expected);
                throw ParseError({"spans.json", 12, -1}, "duration", "-5", "negative duration");
            },
            consumer, progress, options);
        FAIL("no exception");
    } catch (const ParseError& e) {
        CHECK(e.where().file == "spans.json");
        CHECK(e.where().line == 12);
        CHECK(e.field() == "duration");
    }
    CHECK(consumer.calls == expected); // as on one thread: everything before the throw was seen
}

TEST_CASE("a consumer exception stops the producer and is the one rethrown", "[pipeline]")
{
    const PipelineOptions options = GENERATE(PipelineOptions{}, PipelineOptions{1, 1}, PipelineOptions{16, 2});
    NullProgress progress;
    RecordingSink consumer;
    consumer.afterEachCall = [](std::size_t count) {
        if (count == 100)
            throw TraceStructureError("cycle in trace t99");
    };
    std::atomic<long> produced{0};
    // Without the stop the producer would run for ever.
    CHECK_THROWS_AS(runPipelined(
                        [&](ImportSink& sink) {
                            for (long i = 0;; ++i) {
                                sink.addSpan(spanOf("t" + std::to_string(i), 0));
                                ++produced;
                            }
                        },
                        consumer, progress, options),
                    TraceStructureError);
    CHECK(consumer.calls.size() == 100);
    // At most the batch being filled, the queued batches and the one being consumed got ahead.
    CHECK(produced.load() <= 100 + static_cast<long>((options.queuedBatches + 2) * options.batchItems));
}

TEST_CASE("the first failure in call order wins when both sides fail", "[pipeline]")
{
    NullProgress progress;
    RecordingSink consumer;
    consumer.afterEachCall = [](std::size_t count) {
        if (count == 10)
            throw TraceStructureError("bad trace");
    };
    // The producer throws after 20 calls, but the consumer fails on call 10, which came first.
    CHECK_THROWS_AS(runPipelined(
                        [](ImportSink& sink) {
                            for (int i = 0; i < 20; ++i)
                                sink.addSpan(spanOf("t", i));
                            throw ParseError({"f.json", 3, -1}, "x", "y", "z");
                        },
                        consumer, progress, PipelineOptions{4, 1}),
                    TraceStructureError);
}

TEST_CASE("no deadlock when one side fails while the other waits on a tiny queue", "[pipeline]")
{
    NullProgress progress;
    SECTION("consumer fails while the producer is blocked on a full queue")
    {
        RecordingSink consumer;
        consumer.afterEachCall = [](std::size_t count) {
            if (count == 1) {
                // Let the producer fill the one-batch queue and block.
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                throw IoError("disk full");
            }
        };
        CHECK_THROWS_AS(runPipelined(
                            [](ImportSink& sink) {
                                for (int i = 0; i < 1'000'000; ++i)
                                    sink.addSpan(spanOf("t", i));
                            },
                            consumer, progress, PipelineOptions{1, 1}),
                        IoError);
        CHECK(consumer.calls.size() == 1);
    }
    SECTION("producer fails while the consumer is slow")
    {
        RecordingSink consumer;
        consumer.afterEachCall = [](std::size_t) { std::this_thread::sleep_for(std::chrono::milliseconds(1)); };
        CHECK_THROWS_AS(runPipelined(
                            [](ImportSink& sink) {
                                for (int i = 0; i < 10; ++i)
                                    sink.addSpan(spanOf("t", i));
                                throw std::runtime_error("boom");
                            },
                            consumer, progress, PipelineOptions{1, 1}),
                        std::runtime_error);
        CHECK(consumer.calls.size() == 10);
    }
}

TEST_CASE("cancelling stops both sides and rethrows Cancelled", "[pipeline]")
{
    NullProgress progress;
    RecordingSink consumer;
    SECTION("cancelled by the producer's own check")
    {
        std::atomic<long> produced{0};
        CHECK_THROWS_AS(runPipelined(
                            [&](ImportSink& sink) {
                                for (long i = 0;; ++i) {
                                    if (i == 500)
                                        progress.cancel();
                                    progress.checkCancelled();
                                    sink.addSpan(spanOf("t", static_cast<int>(i)));
                                    ++produced;
                                }
                            },
                            consumer, progress, PipelineOptions{8, 2}),
                        Cancelled);
        CHECK(produced.load() == 500);
        CHECK(consumer.calls.size() <= 500);
    }
    SECTION("cancelled from another thread while the producer never checks")
    {
        // The consumer sees the flag between batches and stops the producer at its next hand-over.
        consumer.afterEachCall = [&](std::size_t count) {
            if (count == 100)
                std::thread([&] { progress.cancel(); }).join();
        };
        CHECK_THROWS_AS(runPipelined(
                            [](ImportSink& sink) {
                                for (long i = 0;; ++i)
                                    sink.addSpan(spanOf("t", static_cast<int>(i % 1000)));
                            },
                            consumer, progress, PipelineOptions{10, 2}),
                        Cancelled);
        CHECK(consumer.calls.size() < 200);
    }
}

namespace {

// Remembers what reached the parent Progress and whether two threads ever reported at once.
class RecordingProgress : public Progress {
public:
    std::vector<std::pair<double, std::string>> reports;
    bool overlapped = false;

protected:
    void onReport(double fraction, const std::string& message) override
    {
        if (inside_.exchange(true))
            overlapped = true;
        reports.emplace_back(fraction, message);
        inside_ = false;
    }

private:
    std::atomic<bool> inside_{false};
};

} // namespace

TEST_CASE("Workspace::import forwards the body's progress reports and its exceptions", "[pipeline][workspace]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "progress.tmk");
    RecordingProgress progress;
    const ImportSummary summary = workspace.import(
        "progress",
        [](ImportSink& sink, Progress& p) {
            for (int t = 0; t < 50; ++t) {
                sink.addSpan(spanOf("trace" + std::to_string(t), 0));
                sink.endTrace("trace" + std::to_string(t));
            }
            p.report(1.0, "read everything"); // maps to 0.85 of the whole import
        },
        progress);
    CHECK(summary.spans == 50);
    CHECK(summary.traces == 50);
    CHECK_FALSE(progress.overlapped);
    bool sawBodyReport = false;
    for (const auto& [fraction, message] : progress.reports)
        if (message == "read everything" && std::abs(fraction - 0.85) < 1e-9)
            sawBodyReport = true;
    CHECK(sawBodyReport);
    REQUIRE_FALSE(progress.reports.empty());
    CHECK(progress.reports.back().first == 1.0);

    // A ParseError from the body keeps its location and leaves nothing of that import behind.
    try {
        workspace.import(
            "fails",
            [](ImportSink& sink, Progress&) {
                for (int t = 0; t < 10'000; ++t)
                    sink.addSpan(spanOf("late" + std::to_string(t), 0));
                throw ParseError({"late.json", 77, -1}, "traceID", "", "missing");
            },
            progress);
        FAIL("no exception");
    } catch (const ParseError& e) {
        CHECK(e.where().file == "late.json");
        CHECK(e.where().line == 77);
    }
    CHECK(workspace.info().spans == 50);
    CHECK(workspace.info().imports == 1);
}
