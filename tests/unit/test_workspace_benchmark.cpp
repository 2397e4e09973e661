// Import and query throughput of the workspace on synthetic traces. Hidden from the default test
// run (tag [.]): it prints figures rather than asserting timings. Run it on a Release build:
//   build/tests/test_workspace_benchmark "[benchmark]"
// TRACEMARK_BENCH_SPANS (default 1000000) and TRACEMARK_BENCH_SPANS_PER_TRACE (default 10) set the
// size; e.g. 2000000 spans of 2 per trace give the 1,000,000 traces the trace list must page through.
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace tracemark;
using namespace tracemark::test;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Process CPU time: on a shared machine the wall clock also counts other people's work.
double cpuSecondsSince(std::clock_t start)
{
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

std::int64_t fromEnvironment(const char* name, std::int64_t fallback)
{
    const char* text = std::getenv(name);
    return text && std::atoll(text) > 0 ? std::atoll(text) : fallback;
}

// Trace t: a frontend root with descendants (three children per span) over 8 services and
// 8 operation names, shaped by t so that there are a few dozen distinct structures.
template <typename Emit>
void syntheticTrace(std::int64_t t, int spanCount, Emit&& emit)
{
    static const char* const services[] = {"frontend", "cart", "checkout", "payment",
                                           "shipping", "currency", "catalog", "email"};
    static const char* const operations[] = {"GET", "POST", "Get", "Put", "Charge", "Quote", "List", "Send"};
    const std::int64_t start = 1'700'000'000'000'000'000 + t * 1'000'000;
    char traceId[33];
    std::snprintf(traceId, sizeof traceId, "%016llx%016llx", static_cast<unsigned long long>(t * 2654435761u),
                  static_cast<unsigned long long>(t));
    for (int s = 0; s < spanCount; ++s) {
        Span span;
        span.traceId = traceId;
        span.spanId = std::to_string(s + 1);
        span.parentId = s == 0 ? std::string() : std::to_string((s - 1) / 3 + 1);
        const int service = s == 0 ? 0 : 1 + static_cast<int>((t / 7 + s) % 7);
        span.service = services[service];
        span.operation = operations[(service + s + t % 3) % 8];
        span.startNs = start + s * 1000;
        span.durationNs = 100'000 - s * 9000 + (t % 13) * 100;
        span.status = (t % 50 == 0 && s == spanCount - 1) ? StatusClass::ServerError : StatusClass::Ok;
        span.kind = s == 0 ? SpanKind::Server : SpanKind::Client;
        emit(std::move(span));
    }
}

} // namespace

TEST_CASE("workspace import and query throughput", "[.][benchmark]")
{
    const int spansPerTrace = static_cast<int>(fromEnvironment("TRACEMARK_BENCH_SPANS_PER_TRACE", 10));
    const std::int64_t traceCount = fromEnvironment("TRACEMARK_BENCH_SPANS", 1'000'000) / spansPerTrace;
    TempDir dir;

    const std::clock_t generateStart = std::clock();
    std::int64_t generated = 0;
    for (std::int64_t t = 0; t < traceCount; ++t)
        syntheticTrace(t, spansPerTrace, [&](Span&& span) { generated += span.durationNs > 0; });
    const double generateCpu = cpuSecondsSince(generateStart);

    Workspace workspace = Workspace::create(dir / "bench.tmk");
    NullProgress progress;
    const auto importStart = Clock::now();
    const std::clock_t importCpuStart = std::clock();
    const ImportSummary summary = workspace.import(
        "synthetic",
        [&](ImportSink& sink, Progress&) {
            for (std::int64_t t = 0; t < traceCount; ++t) {
                std::string id;
                syntheticTrace(t, spansPerTrace, [&](Span&& span) {
                    id = span.traceId;
                    sink.addSpan(std::move(span));
                });
                sink.endTrace(id);
            }
        },
        progress);
    const double importSeconds = secondsSince(importStart);
    const double importCpu = cpuSecondsSince(importCpuStart);
    REQUIRE(summary.spans == traceCount * spansPerTrace);
    const auto spans = static_cast<double>(summary.spans);
    std::printf("import: %lld spans, wall %.2f s = %.0f spans/s; CPU %.2f s = %.0f spans/s end to end "
                "(%.0f spans/s without the %.2f s CPU of generating the spans)\n",
                static_cast<long long>(summary.spans), importSeconds, spans / importSeconds, importCpu,
                spans / importCpu, spans / (importCpu - generateCpu), generateCpu);
    std::printf("%lld traces of %d spans\n", static_cast<long long>(traceCount), spansPerTrace);
    std::printf("database file: %.1f MB\n",
                static_cast<double>(std::filesystem::file_size(dir / "bench.tmk")) / 1e6);

    // A second, small import into the now large workspace (call path statistics rescan all spans).
    const std::clock_t secondStart = std::clock();
    workspace.import(
        "one more trace",
        [&](ImportSink& sink, Progress&) {
            syntheticTrace(traceCount, spansPerTrace, [&](Span&& span) { sink.addSpan(std::move(span)); });
        },
        progress);
    std::printf("second import of 10 spans into the large workspace: CPU %.3f s\n", cpuSecondsSince(secondStart));

    Workspace reader = Workspace::open(dir / "bench.tmk");
    auto time = [&](const char* what, auto&& work) {
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        work();
        std::printf("%-44s wall %8.2f ms  CPU %8.2f ms\n", what, secondsSince(start) * 1e3,
                    cpuSecondsSince(cpuStart) * 1e3);
    };
    std::vector<TraceSummary> page;
    time("info()", [&] { CHECK(reader.info().traces == traceCount + 1); });
    time("first page, no filter (50 rows)", [&] { page = reader.traces({}, std::nullopt, 50); });
    CHECK(page.size() == 50);
    time("page after the middle, no filter", [&] {
        const TraceCursor middle{1'700'000'000'000'000'000 + traceCount / 2 * 1'000'000, 0};
        page = reader.traces({}, middle, 50);
    });
    TraceFilter byService;
    byService.service = "email";
    time("first page, service = email", [&] { page = reader.traces(byService, std::nullopt, 50); });
    time("countTraces, service = email", [&] { reader.countTraces(byService); });
    TraceFilter errors;
    errors.errorsOnly = true;
    time("first page, errors only", [&] { page = reader.traces(errors, std::nullopt, 50); });
    TraceFilter text;
    text.text = "pay";
    time("first page, text 'pay'", [&] { page = reader.traces(text, std::nullopt, 50); });
    TraceFilter prefix;
    prefix.text = page.empty() ? "0" : page.front().traceId.substr(0, 12);
    time("first page, text = trace id prefix", [&] { page = reader.traces(prefix, std::nullopt, 50); });
    TraceFilter slow;
    slow.minDurationNs = 101'000;
    time("first page, duration >= 101 us", [&] { page = reader.traces(slow, std::nullopt, 50); });
    std::int64_t streamed = 0;
    time("forEachTrace over everything", [&] {
        reader.forEachTrace([&](const TraceSummary&, std::vector<Span>& spans) { streamed += spans.size(); },
                            progress);
    });
    CHECK(streamed == (traceCount + 1) * spansPerTrace);
}
