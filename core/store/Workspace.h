#pragma once
// A workspace is one SQLite file (.tmk) holding everything Tracemark knows about a system:
// spans, traces, logs, KPI samples, ground truth, labels with provenance and an append-only
// audit log. WAL mode, foreign keys on, forward migrations keyed by a schema version.
#include "core/common/Progress.h"
#include "core/graph/DurationStatistics.h"
#include "core/model/ImportSink.h"
#include "core/model/Label.h"
#include "core/model/Span.h"
#include "core/model/Telemetry.h"
#include "core/store/Database.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tracemark {

struct WorkspaceInfo {
    std::string path;
    int schemaVersion = 0;
    std::int64_t traces = 0;
    std::int64_t spans = 0;
    std::int64_t services = 0;
    std::int64_t operations = 0;
    std::int64_t logRecords = 0;
    std::int64_t metricSamples = 0;
    std::int64_t groundTruthTraces = 0;
    std::int64_t faultInjections = 0;
    std::int64_t orphanSpans = 0;
    std::int64_t labeledTraces = 0;
    std::int64_t imports = 0;
    std::int64_t firstStartNs = 0; // earliest trace start (0 when empty)
    std::int64_t lastEndNs = 0;    // latest trace end
};

// One row of the traces table, as lists and tables show it.
struct TraceSummary {
    std::int64_t key = 0; // row id inside the workspace
    std::string traceId;
    std::int64_t startNs = 0;
    std::int64_t durationNs = 0;
    int spanCount = 0;
    int errorSpans = 0;
    int orphanSpans = 0;
    std::string rootService;
    std::string rootOperation;
    std::uint64_t pathId = 0;
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource labelSource = LabelSource::Human;
    double labelConfidence = 0.0;
};

struct TraceFilter {
    std::string text;      // matches a trace id prefix, or a service/operation name substring
    std::string service;   // trace contains a span of this service (exact name)
    std::string operation; // trace contains a span with this operation (exact name)
    bool errorsOnly = false;
    std::int64_t minDurationNs = 0; // 0 = no bound
    std::int64_t maxDurationNs = 0; // 0 = no bound
    std::optional<TraceLabel> label;
    bool isEmpty() const;
};

// Keyset pagination: traces are ordered by (startNs, key); pass the last row seen.
struct TraceCursor {
    std::int64_t startNs = 0;
    std::int64_t key = 0;
};

struct CallPathInfo {
    std::uint64_t id = 0;
    std::string service;
    std::string operation;
    std::string text; // "frontend:GET / > cartservice:GetCart"
    int depth = 0;
    DurationStats stats;
};

struct ImportSummary {
    std::int64_t traces = 0; // traces created or extended
    std::int64_t spans = 0;
    std::int64_t logRecords = 0;
    std::int64_t metricSamples = 0;
    std::int64_t groundTruthTraces = 0;
    std::int64_t faultInjections = 0;
    std::int64_t orphanSpans = 0;
    std::vector<std::string> warnings;
    double seconds = 0;
};

class Workspace {
public:
    // Opens an existing workspace. Throws WorkspaceError when the file is missing, is not a
    // SQLite database, is corrupt, or was written by a newer Tracemark (names both versions).
    static Workspace open(const std::filesystem::path& path);
    // Creates a new, empty workspace. Throws WorkspaceError when the file already exists.
    static Workspace create(const std::filesystem::path& path);
    static Workspace openOrCreate(const std::filesystem::path& path);
    static int currentSchemaVersion();

    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;
    ~Workspace();

    const std::filesystem::path& path() const;
    int schemaVersion();
    WorkspaceInfo info();
    Database& database();

    // Runs one import: `body` feeds the sink; everything it adds is committed in one
    // transaction when it returns, and nothing is kept when it throws (including Cancelled).
    // `body` runs on a worker thread while the calling thread writes (see PipelinedSink.h): it
    // must not use this workspace, and its exceptions are rethrown here. Until it returns only
    // `body` reports to `progress`; cancel() may be called from any thread as before.
    ImportSummary import(const std::string& description,
                         const std::function<void(ImportSink& sink, Progress& progress)>& body,
                         Progress& progress);

    // --- traces
    std::vector<TraceSummary> traces(const TraceFilter& filter, const std::optional<TraceCursor>& after,
                                     int limit);
    std::int64_t countTraces(const TraceFilter& filter);
    std::optional<TraceSummary> traceByKey(std::int64_t key);
    std::optional<TraceSummary> traceById(const std::string& traceId);
    std::vector<Span> spansOfTrace(std::int64_t key);
    // Visits every trace with its spans, in start-time order. The callback may throw to stop.
    void forEachTrace(const std::function<void(const TraceSummary&, std::vector<Span>&)>& visit,
                      Progress& progress);

    // --- names and statistics
    std::vector<std::string> services();
    std::vector<std::string> operations(const std::string& service = {});
    std::vector<CallPathInfo> callPaths();
    std::optional<CallPathInfo> callPath(std::uint64_t id);

    // --- telemetry and truth
    std::vector<LogRecord> logsOfTrace(const std::string& traceId);
    std::vector<TraceGroundTruth> groundTruth();
    std::vector<FaultInjection> faultInjections();

    // --- labels (each change appends to the audit log)
    void setLabel(std::int64_t traceKey, TraceLabel label, LabelSource source, double confidence,
                  const std::string& author);

private:
    struct State;
    explicit Workspace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

} // namespace tracemark
