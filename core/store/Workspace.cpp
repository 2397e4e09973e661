// Import, summary counts, names, call paths and telemetry of a workspace. Trace queries live in
// TraceQueries.cpp, labels in WorkspaceLabels.cpp, embeddings in WorkspaceEmbeddings.cpp, opening
// and creating in WorkspaceOpen.cpp.
#include "core/store/Workspace.h"

#include "core/common/WallClock.h"

#include "core/store/PipelinedSink.h"
#include "core/store/RowReaders.h"
#include "core/store/WorkspaceState.h"
#include "core/store/WorkspaceWriter.h"

#include <chrono>
#include <sqlite3.h>
#include <unordered_map>

namespace tracemark {

namespace {

std::vector<std::string> textColumn(Statement statement)
{
    std::vector<std::string> values;
    while (statement.step())
        values.push_back(statement.text(0));
    return values;
}

// The import writer only ever stores ids it just read or created (services, series, traces of
// this transaction), so SQLite's per-row foreign key probes are redundant there and cost a
// b-tree seek for every span, log and KPI sample. Checks come back on however the import ends.
// (The pragma is a no-op inside a transaction, so it is set before BEGIN and after COMMIT.)
class ForeignKeysOffDuringImport {
public:
    explicit ForeignKeysOffDuringImport(Database& db) : db_(db) { db_.exec("PRAGMA foreign_keys = OFF"); }
    ~ForeignKeysOffDuringImport() { sqlite3_exec(db_.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr); }
    ForeignKeysOffDuringImport(const ForeignKeysOffDuringImport&) = delete;
    ForeignKeysOffDuringImport& operator=(const ForeignKeysOffDuringImport&) = delete;

private:
    Database& db_;
};

} // namespace

ImportSummary Workspace::import(const std::string& description,
                                const std::function<void(ImportSink& sink, Progress& progress)>& body,
                                Progress& progress)
{
    Database& db = state_->db;
    const auto started = std::chrono::steady_clock::now();
    ForeignKeysOffDuringImport uncheckedReferences(db); // declared first: outlives the transaction
    Transaction transaction(db); // ROLLBACK on any exception below: the workspace stays as it was
    Statement insertImport = db.prepare("INSERT INTO imports(started_ns, description) VALUES (?, ?)");
    insertImport.bind(1, nowNs()).bind(2, description).run();
    const std::int64_t importId = db.lastInsertRowId();

    ImportSummary summary;
    {
        // Destroyed (statements finalised) before the transaction ends, whichever way it ends.
        WorkspaceWriter writer(db, importId);
        {
            // The body parses on a worker thread while this thread, which owns the connection,
            // writes; only the worker reports progress until it is done.
            SubProgress reading(progress, 0.0, 0.85);
            runPipelined([&](ImportSink& sink) { body(sink, reading); }, writer, progress);
        }
        progress.checkCancelled();
        SubProgress writing(progress, 0.85, 1.0);
        summary = writer.finish(writing);
    }
    transaction.commit();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress.report(1.0, "import finished");
    return summary;
}

WorkspaceInfo Workspace::info()
{
    Database& db = state_->db;
    WorkspaceInfo info;
    info.path = path().string();
    // One snapshot, so the numbers agree with each other; inside a caller's transaction (e.g. an
    // engine writing embeddings) that transaction already is one.
    const bool ownSnapshot = !db.inTransaction();
    if (ownSnapshot)
        db.exec("BEGIN");
    try {
        info.schemaVersion = static_cast<int>(db.queryInt64("SELECT MAX(version) FROM schema_version"));
        std::unordered_map<std::string, std::int64_t> counters;
        Statement statement = db.prepare("SELECT name, value FROM counters");
        while (statement.step())
            counters[statement.text(0)] = statement.int64(1);
        info.traces = counters["traces"];
        info.spans = counters["spans"];
        info.orphanSpans = counters["orphan_spans"];
        info.logRecords = counters["log_records"];
        info.metricSamples = counters["metric_samples"];
        info.groundTruthTraces = counters["ground_truth"];
        info.labeledTraces = counters["labeled_traces"];
        info.lastEndNs = counters["last_end_ns"];
        // Small tables, or an index end: cheap at any workspace size.
        info.services = db.queryInt64("SELECT COUNT(*) FROM services");
        info.operations = db.queryInt64("SELECT COUNT(*) FROM operations");
        info.faultInjections = db.queryInt64("SELECT COUNT(*) FROM fault_injections");
        info.imports = db.queryInt64("SELECT COUNT(*) FROM imports");
        info.firstStartNs = db.queryInt64("SELECT MIN(start_ns) FROM traces");
        info.embeddedTraces = db.queryInt64("SELECT vectors FROM embedding_sets WHERE kind = 'gnn'");
    } catch (...) {
        if (ownSnapshot)
            db.exec("ROLLBACK");
        throw;
    }
    if (ownSnapshot)
        db.exec("COMMIT");
    return info;
}

std::vector<std::string> Workspace::services()
{
    return textColumn(state_->db.prepare("SELECT name FROM services ORDER BY name"));
}

std::vector<std::string> Workspace::operations(const std::string& service)
{
    if (service.empty())
        return textColumn(state_->db.prepare("SELECT DISTINCT name FROM operations ORDER BY name"));
    Statement statement = state_->db.prepare(
        "SELECT o.name FROM operations o JOIN services s ON s.id = o.service_id WHERE s.name = ? ORDER BY o.name");
    statement.bind(1, service);
    return textColumn(std::move(statement));
}

namespace {

constexpr std::string_view kCallPathSelect =
    "SELECT c.id, s.name, o.name, c.text, c.depth, c.count, c.mean_ns, c.std_ns, c.median_ns, c.p95_ns "
    "FROM call_paths c JOIN services s ON s.id = c.service_id JOIN operations o ON o.id = c.operation_id ";

CallPathInfo readCallPath(const Statement& row)
{
    CallPathInfo path;
    path.id = fromStoredId(row.int64(0));
    path.service = row.text(1);
    path.operation = row.text(2);
    path.text = row.text(3);
    path.depth = static_cast<int>(row.int64(4));
    path.stats.count = row.int64(5);
    path.stats.meanNs = row.real(6);
    path.stats.stdNs = row.real(7);
    path.stats.medianNs = row.real(8);
    path.stats.p95Ns = row.real(9);
    return path;
}

} // namespace

std::vector<CallPathInfo> Workspace::callPaths()
{
    Statement statement = state_->db.prepare(std::string(kCallPathSelect) + "ORDER BY c.text, c.id");
    std::vector<CallPathInfo> paths;
    while (statement.step())
        paths.push_back(readCallPath(statement));
    return paths;
}

std::optional<CallPathInfo> Workspace::callPath(std::uint64_t id)
{
    Statement statement = state_->db.prepare(std::string(kCallPathSelect) + "WHERE c.id = ?");
    statement.bind(1, toStoredId(id));
    if (!statement.step())
        return std::nullopt;
    return readCallPath(statement);
}

std::vector<LogRecord> Workspace::logsOfTrace(const std::string& traceId)
{
    StatementUse statement = state_->cached(
        CachedQuery::LogsOfTrace,
        "SELECT l.time_ns, s.name, l.instance, l.trace_id, l.span_id, l.severity, l.message FROM log_records l "
        "LEFT JOIN services s ON s.id = l.service_id WHERE l.trace_id = ? ORDER BY l.time_ns, l.id");
    statement->bindStatic(1, traceId);
    std::vector<LogRecord> logs;
    while (statement->step()) {
        LogRecord record;
        record.timeNs = statement->int64(0);
        record.service = statement->text(1);
        record.instance = statement->text(2);
        record.traceId = statement->text(3);
        record.spanId = statement->text(4);
        record.severity = statement->text(5);
        record.message = statement->text(6);
        logs.push_back(std::move(record));
    }
    return logs;
}

std::vector<TraceGroundTruth> Workspace::groundTruth()
{
    Statement statement = state_->db.prepare(
        "SELECT trace_id, abnormal, fault_type, source FROM trace_ground_truth ORDER BY trace_id");
    std::vector<TraceGroundTruth> truths;
    while (statement.step()) {
        TraceGroundTruth truth;
        truth.traceId = statement.text(0);
        truth.abnormal = statement.int64(1) != 0;
        truth.faultType = statement.text(2);
        truth.source = statement.text(3);
        truths.push_back(std::move(truth));
    }
    return truths;
}

std::vector<FaultInjection> Workspace::faultInjections()
{
    Statement statement = state_->db.prepare(
        "SELECT start_ns, end_ns, service, instance, fault_type, source, detail FROM fault_injections "
        "ORDER BY start_ns, id");
    std::vector<FaultInjection> faults;
    while (statement.step()) {
        FaultInjection fault;
        fault.startNs = statement.int64(0);
        fault.endNs = statement.int64(1);
        fault.service = statement.text(2);
        fault.instance = statement.text(3);
        fault.faultType = statement.text(4);
        fault.source = statement.text(5);
        fault.detail = statement.text(6);
        faults.push_back(std::move(fault));
    }
    return faults;
}

} // namespace tracemark
