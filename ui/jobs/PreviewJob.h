#pragma once
// A quick look at one import input before anything is written: runs the format's importer into
// a collecting sink (no workspace involved) and stops as soon as it has the first traces, so even
// a large file answers quickly. Runs on a worker thread; cancel through the Progress.
#include "core/common/Progress.h"
#include "core/io/Importer.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tracemark {

struct PreviewLimits {
    int traces = 20; // stop once this many traces are complete
    std::int64_t spans = 200000; // ... or after this many spans (span-level formats never say a trace is complete)
    std::int64_t otherRecords = 2000000; // ... or after this many log records and KPI samples
};

struct TracePreviewRow {
    std::string traceId;
    std::int64_t spans = 0;
    std::int64_t services = 0;
    std::int64_t startNs = 0; // earliest span start
    std::int64_t durationNs = 0; // earliest start to latest end
};

struct ImportPreview {
    std::vector<TracePreviewRow> traces; // in the order the input first names them
    std::int64_t spansRead = 0;
    std::int64_t logRecords = 0;
    std::int64_t metricSamples = 0;
    bool wholeInputRead = false; // false when a limit stopped the reading early
    bool moreTraces = false; // traces beyond the first `limits.traces` were met (and not listed)
    std::vector<std::string> warnings;
    std::string error; // the importer's first error (file:line: field ... ) when it failed
    bool cancelled = false;
};

// Never throws. format must not be Auto (detect it first).
ImportPreview previewImport(const std::filesystem::path& input, SourceFormat format, const ImportOptions& options,
    Progress& progress, const PreviewLimits& limits = {}) noexcept;

} // namespace tracemark
