#pragma once
// The readers of the Nezha importer, one per kind of file, sharing what must outlive one file:
// the pod -> service cache and the sets that drop rows repeated across overlapping files.
#include "core/io/CsvSpanDeduplicator.h"
#include "core/io/CsvSpanProgress.h"
#include "core/model/ImportSink.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tracemark {

// Malformed log rows are each reported up to this many times; the rest only in a count.
constexpr int kMaxMalformedLogRowWarnings = 20;

struct NezhaImportState {
    NezhaImportState(ImportSink& s, CsvSpanProgress& p)
        : sink(s)
        , progress(p)
    {
    }

    ImportSink& sink;
    CsvSpanProgress& progress;
    CsvSpanDeduplicator spanKeys; // (TraceID, SpanID)
    CsvSpanDeduplicator logKeys; // (TimeUnixNano, PodName, SpanID, Log)
    CsvSpanDeduplicator metricKeys; // (pod or service, TimeStamp, column set)
    std::int64_t repeatedSpans = 0;
    std::int64_t repeatedLogs = 0;
    std::int64_t repeatedMetricRows = 0;
    std::int64_t malformedLogRows = 0;

    // Service of a pod, derived once per pod name.
    const std::string& serviceOfPod(const std::string& pod);

private:
    std::unordered_map<std::string, std::string> podServices_;
};

void readNezhaFaultList(const std::filesystem::path& file, NezhaImportState& state);
void readNezhaTraceFile(const std::filesystem::path& file, NezhaImportState& state);
void readNezhaLogFile(const std::filesystem::path& file, NezhaImportState& state);
void readNezhaMetricFile(const std::filesystem::path& file, NezhaImportState& state);

// The message of a docker json-file log line ({"log":"...\n","stream":...}): the decoded "log"
// string without its final newline. Falls back to the text as it is when it is not such a line.
// Only the leading object is read, so trailing garbage after it does not matter.
std::string dockerLogMessage(std::string_view line);

} // namespace tracemark
