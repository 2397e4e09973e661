#pragma once
// One export as the GUI runs it on a worker thread: opens its own Workspace on the file (SQLite
// connections must not cross threads), calls the core exporter the CLI's `export` command uses
// for the format (each writes FILE.tmp and renames it, so a failure or a cancel never leaves half
// a file) and reports how it ended instead of throwing.
#include "core/common/Progress.h"
#include "core/io/JaegerExporter.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace tracemark {

// The formats of `tracemark-cli export --format`.
enum class ExportFormat { Labels, GroundTruth, RootCauses, Jaeger };

// Every format, in the order the dialog offers them.
const std::vector<ExportFormat>& exportFormats();
// The CLI's name: labels, groundtruth, rootcauses, jaeger.
std::string exportFormatName(ExportFormat format);
// The usual file name: labels.csv, groundtruth.json, rootcauses.json, <workspace>-traces.json.
std::string defaultExportFileName(ExportFormat format, const std::string& workspaceStem);
// Labels and Jaeger count traces; groundtruth and rootcauses count fault periods.
bool exportCountsTraces(ExportFormat format);

struct ExportRequest {
    std::filesystem::path workspace;
    std::filesystem::path output;
    ExportFormat format = ExportFormat::Labels;
    JaegerExportOptions jaeger; // used by ExportFormat::Jaeger only
};

struct ExportOutcome {
    enum class Result { Succeeded, Failed, Cancelled };
    Result result = Result::Failed;
    std::int64_t written = 0; // traces or periods (see exportCountsTraces)
    std::uintmax_t bytes = 0;
    double seconds = 0.0;
    std::string error; // the exporter's message when Failed
};

// Runs on the calling thread. Never throws.
ExportOutcome runExport(const ExportRequest& request, Progress& progress) noexcept;

} // namespace tracemark
