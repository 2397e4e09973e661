#pragma once
// A workspace is one SQLite file (.tmk) holding everything Tracemark knows about a system:
// spans, traces, logs, KPI samples, ground truth, trace embeddings, labels with provenance and an
// append-only audit log. WAL mode, foreign keys on, forward migrations keyed by a schema version.
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
    std::int64_t embeddedTraces = 0; // traces with a 'gnn' embedding (0 when none are stored)
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

// One stored set of trace vectors of a kind: 'gnn' (the trained encoder); baselines may store
// 'stv' or 'bag'. A set is replaced as a whole.
struct EmbeddingSetInfo {
    std::string kind;
    int dim = 0;
    std::int64_t createdNs = 0; // 0 given to replaceEmbeddings: the time it commits
    std::string model;          // e.g. "GAT 2x4 heads, 64-d, trained 15 epochs"
    std::string params = "{}";  // a JSON object (hyper-parameters, seed, ...); "" means {}
    std::int64_t vectors = 0;   // how many traces have a vector (ignored by replaceEmbeddings)
};

// Every vector of one kind in trace start order (as forEachTrace): row i, values
// [i * dim, (i + 1) * dim), belongs to traceKeys[i].
struct EmbeddingMatrix {
    int dim = 0;
    std::vector<std::int64_t> traceKeys;
    std::vector<float> values;
    std::size_t rows() const { return traceKeys.size(); }
    const float* row(std::size_t i) const { return values.data() + i * static_cast<std::size_t>(dim); }
};

// Stores one trace's vector: `count` floats, which must equal the set's dim.
using EmbeddingWrite = std::function<void(std::int64_t traceKey, const float* values, std::size_t count)>;

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

    // --- embeddings (each replace or delete appends to the audit log)
    // Replaces the set of info.kind in one transaction: the old set goes, `produce` calls `write`
    // once per trace and each vector is written as it comes (nothing is buffered). Nothing
    // changes when anything throws: Cancelled, a key that is no trace or is given twice
    // (WorkspaceError), a vector whose size is not info.dim or holds NaN/inf (UsageError), or an
    // exception of `produce`. `produce` may read this workspace (e.g. forEachTrace); other writers
    // wait while it runs. Returns the stored set.
    EmbeddingSetInfo replaceEmbeddings(const EmbeddingSetInfo& info,
                                       const std::function<void(const EmbeddingWrite& write)>& produce,
                                       Progress& progress, const std::string& actor = "tracemark");
    std::vector<EmbeddingSetInfo> embeddingSets(); // ordered by kind
    std::optional<EmbeddingSetInfo> embeddingSet(const std::string& kind);
    // Throws WorkspaceError naming the kind when no set of that kind is stored.
    EmbeddingMatrix embeddings(const std::string& kind, Progress& progress);
    // False (and nothing logged) when no set of that kind is stored.
    bool deleteEmbeddings(const std::string& kind, const std::string& actor = "tracemark");

private:
    struct State;
    explicit Workspace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

} // namespace tracemark
