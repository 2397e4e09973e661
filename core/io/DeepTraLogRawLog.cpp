// DeepTraLog raw service logs, one line per event:
//   2021-08-07 19:10:41.655 [SW_CTX:[ts-station-service,6a8b...@10.244.1.59,<traceId>,<segmentId>,0]]
//   [http-nio-12345-exec-1] INFO  f.m.controller.StationController -Query for station id, ...
// SW_CTX is SkyWalking's log context: service, instance, trace id, segment id and span index, so
// the span id is "<segmentId>.<n>" as in the span CSVs; "N/A" (and index -1) when the line was
// written outside a trace (start-up logs).
// The timestamps are the cluster's local time, China Standard Time (UTC+8, no daylight saving):
// e.g. trace 121f...46.16283306033640027 starts at 1628330603364 ms = 10:03:23.364 UTC and its
// log lines read 18:03:23.368. They are converted to UTC.
#include "core/common/Error.h"
#include "core/io/CsvSpanLogLevel.h"
#include "core/io/CsvSpanTime.h"
#include "core/io/DeepTraLogReaders.h"
#include "core/io/TextReader.h"

namespace tracemark {

namespace {
constexpr std::int64_t kLogClockUtcOffsetNs = 8LL * 3600 * 1'000'000'000;
constexpr std::string_view kContextOpen = "[SW_CTX:[";

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool isNotAvailable(std::string_view s)
{
    return s.empty() || s == "N/A";
}
} // namespace

std::optional<DeepTraLogLine> parseDeepTraLogLine(std::string_view line)
{
    // "YYYY-MM-DD HH:MM:SS.mmm" then a space.
    constexpr std::size_t kStampLength = 23;
    if (line.size() < kStampLength || (line.size() > kStampLength && line[kStampLength] != ' '))
        return std::nullopt;
    const auto localNs = parseUtcDateTimeNs(line.substr(0, kStampLength));
    if (!localNs)
        return std::nullopt;
    DeepTraLogLine out;
    out.timeNs = *localNs - kLogClockUtcOffsetNs;
    std::string_view rest = trimmed(line.substr(kStampLength));
    if (rest.substr(0, kContextOpen.size()) == kContextOpen) {
        const auto close = rest.find("]]", kContextOpen.size());
        if (close != std::string_view::npos) {
            std::string_view context = rest.substr(kContextOpen.size(), close - kContextOpen.size());
            std::string_view parts[5];
            std::size_t n = 0;
            while (n < 5) {
                const auto comma = context.find(',');
                parts[n++] = context.substr(0, comma);
                if (comma == std::string_view::npos)
                    break;
                context.remove_prefix(comma + 1);
            }
            if (n == 5) {
                out.service = parts[0];
                out.instance = parts[1];
                if (!isNotAvailable(parts[2]))
                    out.traceId = parts[2];
                if (!isNotAvailable(parts[3]) && !isNotAvailable(parts[4]) && parts[4] != "-1") {
                    out.spanSegment = parts[3];
                    out.spanIndex = parts[4];
                }
            }
            rest = trimmed(rest.substr(close + 2));
        }
    }
    out.message = rest;
    out.level = findLogLevel(rest, 3);
    return out;
}

void readDeepTraLogRawLog(const std::filesystem::path& file, DeepTraLogImportState& state)
{
    TextReader reader(file);
    state.progress.beginFile(file, "logs");
    std::string line;
    std::optional<LogRecord> pending; // held back: the next lines may continue it
    while (reader.readLine(line)) {
        state.progress.tick([&] { return reader.fractionRead(); });
        if (trimmed(line).empty())
            continue;
        const auto parsed = parseDeepTraLogLine(line);
        if (!parsed) {
            if (pending) {
                pending->message += '\n';
                pending->message += trimmed(line);
            } else {
                throw ParseError({ file.string(), reader.lineNumber(), -1 }, "", line,
                    "expected a log line starting with a time (YYYY-MM-DD HH:MM:SS.mmm)");
            }
            continue;
        }
        if (pending)
            state.sink.addLog(std::move(*pending));
        pending.emplace();
        pending->timeNs = parsed->timeNs;
        pending->service = parsed->service;
        pending->instance = parsed->instance;
        pending->traceId = parsed->traceId;
        if (!parsed->spanSegment.empty()) {
            pending->spanId.reserve(parsed->spanSegment.size() + 1 + parsed->spanIndex.size());
            pending->spanId.append(parsed->spanSegment).append(".").append(parsed->spanIndex);
        }
        pending->severity = parsed->level;
        pending->message = parsed->message;
    }
    if (pending)
        state.sink.addLog(std::move(*pending));
    state.progress.endFile();
}

} // namespace tracemark
