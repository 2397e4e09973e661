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
#include <tuple>
#include <utility>
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

// The current representative selection (schema 3): how it was made. At most one is stored.
struct SelectionInfo {
    std::int64_t createdNs = 0; // 0 given to replaceSelection: the time it commits
    std::string method;         // 'kmeans' or 'random'
    std::string vectors;        // the embedding kind it ran on: 'gnn', 'stv' or 'bag'
    int k = 0;                  // number of clusters
    std::uint64_t seed = 0;
    std::int64_t sampleSize = 0; // traces in the sample the centres were fitted on
    std::string params = "{}";   // a JSON object (sample share, iterations, ...); "" means {}
};

// One cluster of the current selection with the current labels of its members (any source for
// normal/abnormal; humanLabeled counts members whose label is human).
struct ClusterInfo {
    int cluster = 0;
    std::int64_t representativeKey = 0;
    std::int64_t size = 0;
    std::int64_t humanLabeled = 0;
    std::int64_t normal = 0;
    std::int64_t abnormal = 0;
};

// One stored label, as engines read them all at once.
struct StoredTraceLabel {
    std::int64_t traceKey = 0;
    TraceLabel label = TraceLabel::Unlabeled;
    LabelSource source = LabelSource::Human;
    double confidence = 0.0;
};

struct LabelTally {
    LabelSource source = LabelSource::Human;
    TraceLabel label = TraceLabel::Unlabeled;
    std::int64_t traces = 0;
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

// A fault period (schema 4) and the root cause the operator gave it.
struct RootCause {
    std::string service;
    std::string instance; // empty: the whole service
    std::string faultType; // one of rootCauseFaultTypes()
    std::string note;
    std::string author;
    std::int64_t updatedNs = 0;
};

struct FaultPeriodRecord {
    std::int64_t id = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::string origin; // "labels", "fault_list" or "operator"
    std::int64_t abnormalTraces = 0;
    std::string params; // JSON object
    std::int64_t createdNs = 0;
    std::optional<RootCause> rootCause;
};

// A period found from abnormal labels, to store with replaceDetectedPeriods.
struct DetectedPeriod {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    std::int64_t abnormalTraces = 0;
};

// pod_failure, cpu, memory, delay, packet_loss, error, return_value, other.
const std::vector<std::string>& rootCauseFaultTypes();

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
    // The duration of every span on one call path, in no particular order (empty for an unknown
    // id). Scans the spans table: run it off the GUI thread.
    std::vector<std::int64_t> callPathDurations(std::uint64_t callPathId);

    // --- telemetry and truth
    std::vector<LogRecord> logsOfTrace(const std::string& traceId);
    std::vector<TraceGroundTruth> groundTruth();
    std::vector<FaultInjection> faultInjections();

    // --- labels (each change appends to the audit log)
    void setLabel(std::int64_t traceKey, TraceLabel label, LabelSource source, double confidence,
                  const std::string& author);
    // Every stored label (unlabeled traces have none), ordered by trace key, read in one query.
    std::vector<StoredTraceLabel> allLabels();
    // How many traces carry each (source, label) that occurs, in one grouped query (no row copies).
    std::vector<LabelTally> labelTallies();
    // Human labels for many traces in one transaction, all or nothing: one audit row
    // ('set_label', as setLabel writes) per trace whose label changes; Unlabeled removes a label.
    // Throws WorkspaceError for a key that is no trace or given twice with different labels (the
    // same label twice is one change).
    void setHumanLabels(const std::vector<std::pair<std::int64_t, TraceLabel>>& labels, const std::string& author);
    // Replaces every propagated label in one transaction: the old propagated rows go, each given
    // (trace key, label, confidence) is written with source Propagated, and the labeled-traces
    // counter follows. A trace with a human label is never touched (skipped and counted in the
    // audit row); a model label is replaced. One audit row ('propagate', entity 'labels') with the
    // counts. Throws (and changes nothing) on Cancelled, a key that is no trace or is given twice
    // (WorkspaceError), an Unlabeled label or a confidence outside [0, 1] (UsageError).
    // Returns how many labels were written.
    std::int64_t replacePropagatedLabels(const std::vector<std::tuple<std::int64_t, TraceLabel, double>>& labels,
                                         Progress& progress, const std::string& actor = "tracemark");

    // --- representative selection (schema 3; each replace appends to the audit log)
    // Replaces the current selection, its clusters and memberships in one transaction, all or
    // nothing (Cancelled and every error roll back): traceKeys[i] belongs to cluster clusterOf[i]
    // at distance[i] from its centre; representativeKeys[c] is the representative of cluster c.
    // Refuses (UsageError) an unknown method or vectors kind, k < 1, a params that is no JSON
    // object, lists of different lengths, not k representatives, a cluster outside 0..k-1, a
    // cluster with no member, a non-finite distance, a representative that is not a member of its
    // cluster, and (WorkspaceError) a key that is no trace or is given twice. Members need not be
    // every trace (only those with a vector of info.vectors). One audit row ('replace_selection').
    void replaceSelection(const SelectionInfo& info, const std::vector<std::int64_t>& traceKeys,
                          const std::vector<int>& clusterOf, const std::vector<float>& distance,
                          const std::vector<std::int64_t>& representativeKeys, Progress& progress,
                          const std::string& actor = "tracemark");
    std::optional<SelectionInfo> selection();
    std::vector<ClusterInfo> clusters();                      // ordered by cluster; empty when none
    std::optional<int> clusterOfTrace(std::int64_t traceKey); // nullopt: no selection or not a member
    std::vector<std::int64_t> representatives();             // trace keys, by cluster
    // Every member of the selection as (trace key, cluster), by trace key; empty without one.
    std::vector<std::pair<std::int64_t, int>> traceClusters();

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

    // --- fault periods and root causes (schema 4; each change appends to the audit log)
    // Start times of every trace labelled abnormal (human, propagated or model), ascending.
    std::vector<std::int64_t> abnormalTraceStarts();
    // Replaces the periods found from labels in one transaction: those without a root cause go,
    // the given ones are added, except any that overlaps a period kept (one with a root cause, or
    // from a fault list or the operator). params: a JSON object. Returns every period, by start.
    std::vector<FaultPeriodRecord> replaceDetectedPeriods(const std::vector<DetectedPeriod>& periods,
                                                          const std::string& params,
                                                          const std::string& actor = "tracemark");
    // Adds a period from a fault list or drawn by the operator; returns its id. UsageError for
    // end < start or another origin.
    std::int64_t addFaultPeriod(std::int64_t startNs, std::int64_t endNs, const std::string& origin,
                                const std::string& params, const std::string& actor);
    // Moves a period's start and end (the operator adjusted it) and recounts its abnormal traces
    // as addFaultPeriod does. A period found from labels becomes the operator's, so re-detection
    // keeps it. One audit row ('update_period'); nothing changes when the bounds are the same.
    // UsageError for end < start; WorkspaceError for an unknown period.
    void updateFaultPeriod(std::int64_t id, std::int64_t startNs, std::int64_t endNs, const std::string& actor);
    // Every period, by start (then id).
    std::vector<FaultPeriodRecord> faultPeriods();
    // Throws WorkspaceError naming the id when there is no such period.
    FaultPeriodRecord faultPeriod(std::int64_t id);
    // Sets (or replaces) the root cause of a period. UsageError for an empty service or author or
    // a fault type not in rootCauseFaultTypes(); WorkspaceError for an unknown period.
    void setRootCause(std::int64_t periodId, const RootCause& rootCause);
    // False when the period had none. WorkspaceError for an unknown period.
    bool clearRootCause(std::int64_t periodId, const std::string& actor);

private:
    struct State;
    explicit Workspace(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

} // namespace tracemark
