#include "core/store/Schema.h"

#include "core/common/Error.h"
#include "core/store/Database.h"

#include <string>

namespace tracemark {

namespace {

// Schema 1: everything issue 2 needs. Design notes:
// - traces.id is the stable "trace key" (labels point at it); trace_id is the id from the source.
// - spans.id is (trace key << 24) + the span's position in preorder: a trace's spans are one
//   rowid range, in depth-first order, with no secondary index to maintain on import.
// - spans reference services/operations/instances without SQL foreign keys: only the import's
//   name interner writes those ids, and four foreign-key probes per span cost a third of the
//   import time. spans.trace_key keeps its foreign key.
// - traces have no duration or path index yet: no query uses one; a later migration adds what a
//   later feature needs.
// - trace_services / trace_operations carry the trace's start time in their primary key, so
//   "traces through service S, in start order, after cursor C" is one range scan of that key;
//   an EXISTS probe from a traces row uses the same key (service_id, start_ns, trace_key).
// - counters hold the totals info() reports, updated when an import or label change commits,
//   because COUNT(*) over millions of spans is too slow for a status bar.
// - uint64 hashes (path ids, call path ids) are stored bit-cast to INTEGER.
constexpr std::string_view kSchema1 = R"sql(
CREATE TABLE schema_version(version INTEGER NOT NULL);
INSERT INTO schema_version(version) VALUES (0);

CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('application', 'tracemark');

CREATE TABLE counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO counters(name, value) VALUES
  ('traces', 0), ('spans', 0), ('orphan_spans', 0), ('log_records', 0), ('metric_samples', 0),
  ('ground_truth', 0), ('labeled_traces', 0), ('last_end_ns', 0);

CREATE TABLE services(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE);

CREATE TABLE operations(
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  name TEXT NOT NULL,
  UNIQUE(service_id, name));
CREATE INDEX operations_by_name ON operations(name);

CREATE TABLE instances(
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  name TEXT NOT NULL,
  UNIQUE(service_id, name));

CREATE TABLE imports(
  id INTEGER PRIMARY KEY,
  started_ns INTEGER NOT NULL,
  finished_ns INTEGER,
  description TEXT NOT NULL,
  traces INTEGER NOT NULL DEFAULT 0,
  spans INTEGER NOT NULL DEFAULT 0,
  log_records INTEGER NOT NULL DEFAULT 0,
  metric_samples INTEGER NOT NULL DEFAULT 0,
  ground_truth INTEGER NOT NULL DEFAULT 0,
  fault_injections INTEGER NOT NULL DEFAULT 0,
  orphan_spans INTEGER NOT NULL DEFAULT 0,
  warnings TEXT);

CREATE TABLE traces(
  id INTEGER PRIMARY KEY,
  trace_id TEXT NOT NULL UNIQUE,
  start_ns INTEGER NOT NULL,
  duration_ns INTEGER NOT NULL,
  span_count INTEGER NOT NULL,
  error_spans INTEGER NOT NULL,
  orphan_spans INTEGER NOT NULL,
  root_service_id INTEGER REFERENCES services(id),
  root_operation_id INTEGER REFERENCES operations(id),
  path_id INTEGER NOT NULL,
  import_id INTEGER REFERENCES imports(id));
-- The rowid (= id) is part of every index entry, so this index serves ORDER BY start_ns, id.
CREATE INDEX traces_by_start ON traces(start_ns);

CREATE TABLE spans(
  id INTEGER PRIMARY KEY, -- (trace_key << 24) + preorder position
  trace_key INTEGER NOT NULL REFERENCES traces(id),
  span_id TEXT NOT NULL,
  parent_id TEXT,
  service_id INTEGER NOT NULL,
  operation_id INTEGER NOT NULL,
  instance_id INTEGER,
  start_ns INTEGER NOT NULL,
  duration_ns INTEGER NOT NULL,
  status INTEGER NOT NULL,
  status_code TEXT,
  kind INTEGER NOT NULL,
  depth INTEGER NOT NULL,
  is_orphan INTEGER NOT NULL,
  call_path_id INTEGER NOT NULL,
  waiting_ns INTEGER NOT NULL,
  local_ns INTEGER NOT NULL,
  relative_start_ns INTEGER NOT NULL,
  attributes TEXT);

CREATE TABLE trace_services(
  service_id INTEGER NOT NULL,
  start_ns INTEGER NOT NULL,
  trace_key INTEGER NOT NULL,
  PRIMARY KEY(service_id, start_ns, trace_key)) WITHOUT ROWID;

CREATE TABLE trace_operations(
  operation_id INTEGER NOT NULL,
  start_ns INTEGER NOT NULL,
  trace_key INTEGER NOT NULL,
  PRIMARY KEY(operation_id, start_ns, trace_key)) WITHOUT ROWID;

CREATE TABLE call_paths(
  id INTEGER PRIMARY KEY,
  service_id INTEGER NOT NULL REFERENCES services(id),
  operation_id INTEGER NOT NULL REFERENCES operations(id),
  depth INTEGER NOT NULL,
  text TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  mean_ns REAL NOT NULL DEFAULT 0,
  std_ns REAL NOT NULL DEFAULT 0,
  median_ns REAL NOT NULL DEFAULT 0,
  p95_ns REAL NOT NULL DEFAULT 0);

CREATE TABLE log_records(
  id INTEGER PRIMARY KEY,
  time_ns INTEGER NOT NULL,
  service_id INTEGER REFERENCES services(id),
  instance TEXT,
  trace_id TEXT,
  span_id TEXT,
  severity TEXT,
  message TEXT NOT NULL);
CREATE INDEX log_records_by_trace ON log_records(trace_id) WHERE trace_id IS NOT NULL;
CREATE INDEX log_records_by_service_time ON log_records(service_id, time_ns);

CREATE TABLE metric_series(
  id INTEGER PRIMARY KEY,
  service_id INTEGER REFERENCES services(id),
  instance TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE(service_id, instance, name));

CREATE TABLE metric_samples(
  series_id INTEGER NOT NULL REFERENCES metric_series(id),
  time_ns INTEGER NOT NULL,
  value REAL NOT NULL);
CREATE INDEX metric_samples_by_series_time ON metric_samples(series_id, time_ns);

CREATE TABLE trace_ground_truth(
  trace_id TEXT PRIMARY KEY,
  abnormal INTEGER NOT NULL,
  fault_type TEXT NOT NULL,
  source TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE fault_injections(
  id INTEGER PRIMARY KEY,
  start_ns INTEGER NOT NULL,
  end_ns INTEGER NOT NULL,
  service TEXT NOT NULL,
  instance TEXT NOT NULL,
  fault_type TEXT NOT NULL,
  source TEXT NOT NULL,
  detail TEXT NOT NULL,
  import_id INTEGER REFERENCES imports(id));
CREATE INDEX fault_injections_by_start ON fault_injections(start_ns);

-- No row = unlabeled.
CREATE TABLE labels(
  trace_key INTEGER PRIMARY KEY REFERENCES traces(id),
  label INTEGER NOT NULL CHECK (label IN (1, 2)),
  source INTEGER NOT NULL,
  confidence REAL NOT NULL,
  updated_ns INTEGER NOT NULL,
  author TEXT NOT NULL);
CREATE INDEX labels_by_label ON labels(label);

CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY,
  time_ns INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  old_value TEXT,
  new_value TEXT);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: rows cannot be deleted'); END;
)sql";

// Schema 2: trace embeddings (issue 3). Design notes:
// - one embedding_sets row per vector kind ('gnn' from the trainer; baselines may add 'stv',
//   'bag'); a set is replaced as a whole, so its description lives once, not in every vector.
// - a vector is `dim` float32 values, little-endian, packed with no header: one BLOB per trace in
//   a WITHOUT ROWID table keyed (kind, trace_key), so reading a kind is one range scan.
// - embedding_sets.vectors is the set's row count, written with the set (like counters): a
//   COUNT(*) would read every vector page.
// - no index on embeddings.trace_key: traces are never deleted, so the cascade from traces never
//   runs; a later feature that deletes traces adds the index and keeps `vectors` right.
constexpr std::string_view kSchema2 = R"sql(
CREATE TABLE embedding_sets(
  kind TEXT PRIMARY KEY,
  dim INTEGER NOT NULL CHECK (dim > 0),
  created_ns INTEGER NOT NULL,
  model TEXT NOT NULL, -- human description of what produced the vectors
  params TEXT NOT NULL, -- JSON object given by the producer (hyper-parameters, seed, ...)
  vectors INTEGER NOT NULL DEFAULT 0 CHECK (vectors >= 0)) WITHOUT ROWID;

CREATE TABLE embeddings(
  kind TEXT NOT NULL REFERENCES embedding_sets(kind) ON DELETE CASCADE,
  trace_key INTEGER NOT NULL REFERENCES traces(id) ON DELETE CASCADE,
  vector BLOB NOT NULL, -- dim little-endian float32
  PRIMARY KEY(kind, trace_key)) WITHOUT ROWID;
)sql";

// Schema 3: the current representative selection (issue 4). Design notes:
// - at most one selection is current: a selection row with id 1 (the CHECK), replaced as a whole
//   together with its clusters and memberships. method / vectors are checked by the code, not by
//   the table, so a new selector needs no table rebuild.
// - selection.seed is the uint64 seed bit-cast to INTEGER; params is a JSON object.
// - trace_clusters has one row per trace that took part (every trace with a vector of the kind):
//   its cluster and its distance to the cluster's centre; the index on cluster serves "members of
//   cluster C" (cluster label counts, review of one cluster).
// - clusters.size is written with the selection (like counters), so listing clusters reads k rows.
constexpr std::string_view kSchema3 = R"sql(
CREATE TABLE selection(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  created_ns INTEGER NOT NULL,
  method TEXT NOT NULL,  -- 'kmeans' | 'random'
  vectors TEXT NOT NULL, -- the embedding kind selected on: 'gnn' | 'stv' | 'bag'
  k INTEGER NOT NULL CHECK (k > 0),
  seed INTEGER NOT NULL,
  sample_size INTEGER NOT NULL CHECK (sample_size >= 0),
  params TEXT NOT NULL); -- JSON object given by the selector

CREATE TABLE clusters(
  cluster INTEGER PRIMARY KEY,
  representative_key INTEGER NOT NULL REFERENCES traces(id),
  size INTEGER NOT NULL CHECK (size > 0));

CREATE TABLE trace_clusters(
  trace_key INTEGER PRIMARY KEY REFERENCES traces(id),
  cluster INTEGER NOT NULL REFERENCES clusters(cluster),
  distance REAL NOT NULL);
CREATE INDEX trace_clusters_by_cluster ON trace_clusters(cluster);
)sql";

// Schema 4: fault periods and root-cause labels (issue 5). Design notes:
// - a period comes from abnormal labels ('labels'), a fault list ('fault_list') or the operator
//   ('operator'); ids are AUTOINCREMENT so a number the operator saw never comes back for another
//   period after a re-detection.
// - re-detecting replaces the 'labels' periods that have no root cause; a period with a root
//   cause is never dropped (the operator's judgement outlives the labels it came from).
// - one root cause per period, deleted with its period; every change has an audit row.
constexpr std::string_view kSchema4 = R"sql(
CREATE TABLE fault_periods(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  start_ns INTEGER NOT NULL,
  end_ns INTEGER NOT NULL CHECK (end_ns >= start_ns),
  origin TEXT NOT NULL CHECK (origin IN ('labels', 'fault_list', 'operator')),
  abnormal_traces INTEGER NOT NULL DEFAULT 0 CHECK (abnormal_traces >= 0),
  params TEXT NOT NULL, -- JSON object: how it was found (padding, gap, min support)
  created_ns INTEGER NOT NULL);
CREATE INDEX fault_periods_by_start ON fault_periods(start_ns);

CREATE TABLE root_causes(
  period_id INTEGER PRIMARY KEY REFERENCES fault_periods(id) ON DELETE CASCADE,
  service TEXT NOT NULL,
  instance TEXT NOT NULL,
  fault_type TEXT NOT NULL,
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  updated_ns INTEGER NOT NULL);
)sql";

const std::vector<Migration> kMigrations = {
    {1, "traces, spans, telemetry, labels and audit log", kSchema1},
    {2, "trace embeddings", kSchema2},
    {3, "representative selection and clusters", kSchema3},
    {4, "fault periods and root causes", kSchema4},
};

} // namespace

const std::vector<Migration>& workspaceMigrations()
{
    return kMigrations;
}

bool hasWorkspaceSchema(Database& db)
{
    return db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
}

int readSchemaVersion(Database& db)
{
    if (!hasWorkspaceSchema(db))
        return 0;
    return static_cast<int>(db.queryInt64("SELECT MAX(version) FROM schema_version"));
}

int migrateSchema(Database& db, const std::vector<Migration>& migrations)
{
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    Transaction transaction(db);
    // Read inside the write lock: another process may have migrated the file meanwhile.
    const int current = readSchemaVersion(db);
    if (current > latest)
        throw WorkspaceError(db.path().string() + " was written by a newer Tracemark (schema "
                             + std::to_string(current) + ", this build reads up to " + std::to_string(latest)
                             + ")");
    if (current == latest)
        return current;
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        try {
            db.exec(migration.sql);
        } catch (const WorkspaceError& error) {
            throw WorkspaceError("cannot upgrade " + db.path().string() + " to schema "
                                 + std::to_string(migration.version) + " (" + std::string(migration.description)
                                 + "): " + error.what());
        }
    }
    Statement update = db.prepare("UPDATE schema_version SET version = ?");
    update.bind(1, latest).run();
    transaction.commit();
    return latest;
}

} // namespace tracemark
