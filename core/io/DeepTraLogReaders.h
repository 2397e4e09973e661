#pragma once
// The readers of the DeepTraLog importer and what they share across files.
#include "core/io/CsvSpanDeduplicator.h"
#include "core/io/CsvSpanProgress.h"
#include "core/model/ImportSink.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace tracemark {

struct DeepTraLogImportState {
    DeepTraLogImportState(ImportSink& s, CsvSpanProgress& p)
        : sink(s)
        , progress(p)
    {
    }

    ImportSink& sink;
    CsvSpanProgress& progress;
    CsvSpanDeduplicator spanKeys; // (TraceId, SpanId)
    std::int64_t repeatedSpans = 0;
    std::unordered_set<std::string> traceIds; // traces with spans in this import
    std::unordered_set<std::string> normalRunTraces; // ... of which those from TraceLogData/normal/
};

// fromNormalRun: the file lies under TraceLogData/normal/ (fault-free runs).
void readDeepTraLogSpanFile(
    const std::filesystem::path& file, bool fromNormalRun, DeepTraLogImportState& state);
void readDeepTraLogRawLog(const std::filesystem::path& file, DeepTraLogImportState& state);

// One raw log line split into its parts; nullopt when the line does not start with a timestamp
// (it then continues the previous line, e.g. a stack trace).
struct DeepTraLogLine {
    std::int64_t timeNs = 0;
    std::string_view service, instance, traceId, spanSegment, spanIndex;
    std::string_view level;
    std::string_view message; // the text after the SW_CTX block: "[thread] LEVEL logger -message"
};
std::optional<DeepTraLogLine> parseDeepTraLogLine(std::string_view line);

} // namespace tracemark
