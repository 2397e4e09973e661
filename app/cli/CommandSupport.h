#pragma once
// Pieces several commands share: counting what flows into a workspace, resolving import
// sources, running one all-or-nothing import, printing its summary, and workspace file care.
#include "OutputFormat.h"
#include "TerminalProgress.h"

#include "core/io/Importer.h"
#include "core/model/ImportSink.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

namespace tracemark {
struct SimulationConfig;
struct SimulationSummary;
} // namespace tracemark

namespace tracemark::cli {

class ArgParser;
class ParsedArgs;

// Forwards everything to another sink and counts the spans, for the progress line.
class CountingSink final : public ImportSink {
public:
    explicit CountingSink(ImportSink& target)
        : target_(target)
    {
    }
    void addSpan(Span&& span) override
    {
        ++spans;
        target_.addSpan(std::move(span));
    }
    void endTrace(std::string_view traceId) override { target_.endTrace(traceId); }
    void addLog(LogRecord&& record) override { target_.addLog(std::move(record)); }
    void addMetric(MetricSample&& sample) override { target_.addMetric(std::move(sample)); }
    void addTraceGroundTruth(TraceGroundTruth&& truth) override
    {
        target_.addTraceGroundTruth(std::move(truth));
    }
    void addFaultInjection(FaultInjection&& fault) override { target_.addFaultInjection(std::move(fault)); }
    void warn(const std::string& message) override { target_.warn(message); }

    std::int64_t spans = 0;

private:
    ImportSink& target_;
};

// The `--format` names import accepts, "auto" first.
const std::vector<std::string>& importFormatNames();
SourceFormat parseSourceFormat(const std::string& name); // throws UsageError

struct ImportSource {
    std::filesystem::path path;
    SourceFormat format = SourceFormat::Auto;
};

// Checks that every path exists (IoError naming the first one that does not) and resolves
// `auto` per path with detectFormat, before anything is written.
std::vector<ImportSource> resolveSources(const std::vector<std::string>& paths, SourceFormat requested);

// Imports every source into the workspace as ONE import (one transaction): when any source
// fails, nothing of any of them is kept. Spans are counted on the progress line.
ImportSummary importSources(Workspace& workspace, const std::vector<ImportSource>& sources,
    const ImportOptions& options, TerminalProgress& progress);

void printImportSummary(std::ostream& out, const ImportSummary& summary, const std::string& headline);
JsonObject importSummaryJson(const ImportSummary& summary, const std::filesystem::path& workspace);

// Removes a workspace file and the journal files SQLite keeps next to it; ignores errors.
void removeWorkspaceFiles(const std::filesystem::path& workspace);
// Moves a finished workspace (closed) to its final name, replacing what is there.
void moveWorkspaceInto(const std::filesystem::path& from, const std::filesystem::path& to);
// Where a file is written before it is complete: "<target>.partial" in the same folder.
std::filesystem::path partialPath(const std::filesystem::path& target);

// --- defined in SimulateCommand.cpp, shared with `bench`
// The simulator flags (--traces, --faults, --seed, --rate, --fault-duration, --no-logs, --no-metrics):
// declared on a parser, then read back into a config.
void addSimulationOptions(ArgParser& parser, std::uint64_t defaultTraces);
SimulationConfig simulationConfigFrom(const ParsedArgs& args);
// `simulated`, when given, receives the simulator's own tally (abnormal traces, time range).
ImportSummary simulateInto(Workspace& workspace, const SimulationConfig& config, TerminalProgress& progress,
    SimulationSummary* simulated = nullptr);
// Builds a complete workspace at `out` via "<out>.partial"; nothing is left behind on failure.
// Throws IoError when `out` exists and replace is false.
ImportSummary simulateWorkspaceFile(const std::filesystem::path& out, const SimulationConfig& config,
    bool replace, TerminalProgress& progress, SimulationSummary* simulated = nullptr);

double secondsSince(std::int64_t steadyStartNs);
std::int64_t steadyNowNs();
// The median of the figures of several runs (0 for none); what every benchmark reports.
double median(std::vector<double> values);

// START,END given to --OPTION of COMMAND: RFC 3339 times (2023-01-29T08:43:04Z) or Unix seconds,
// in ns. Throws CliUsageError naming the option and the text it could not read.
std::pair<std::int64_t, std::int64_t> parseTimeRange(
    const std::string& command, const std::string& option, const std::string& text);

} // namespace tracemark::cli
