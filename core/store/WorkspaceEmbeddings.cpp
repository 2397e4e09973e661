// Trace embeddings: one set of vectors per kind, replaced as a whole in one transaction together
// with its audit row, and read back as one matrix in trace start order. A vector is stored as
// `dim` little-endian float32 values whatever the host's byte order, so files move between machines.
#include "core/common/Error.h"
#include "core/common/WallClock.h"
#include "core/io/JsonSupport.h"
#include "core/store/WorkspaceState.h"

#include <cmath>
#include <cstring>
#include <sqlite3.h>

namespace tracemark {

namespace {

constexpr const char* kSetSelect = "SELECT kind, dim, created_ns, model, params, vectors FROM embedding_sets ";

EmbeddingSetInfo readSet(const Statement& row)
{
    EmbeddingSetInfo set;
    set.kind = row.text(0);
    set.dim = static_cast<int>(row.int64(1));
    set.createdNs = row.int64(2);
    set.model = row.text(3);
    set.params = row.text(4);
    set.vectors = row.int64(5);
    return set;
}

std::optional<EmbeddingSetInfo> findSet(Database& db, const std::string& kind)
{
    Statement statement = db.prepare(std::string(kSetSelect) + "WHERE kind = ?");
    statement.bind(1, kind);
    if (!statement.step())
        return std::nullopt;
    return readSet(statement);
}

std::string inQuotes(const std::string& text)
{
    return "'" + text + "'";
}

void encodeLittleEndian(const float* values, std::size_t count, unsigned char* out)
{
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t bits = 0;
        std::memcpy(&bits, &values[i], sizeof bits);
        for (int byte = 0; byte < 4; ++byte)
            out[4 * i + static_cast<std::size_t>(byte)] = static_cast<unsigned char>(bits >> (8 * byte));
    }
}

void decodeLittleEndian(const unsigned char* in, std::size_t count, float* values)
{
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t bits = 0;
        for (int byte = 3; byte >= 0; --byte)
            bits = (bits << 8) | in[4 * i + static_cast<std::size_t>(byte)];
        std::memcpy(&values[i], &bits, sizeof bits);
    }
}

// Refuses what the tables would store but no reader could use; fills in an empty params.
void checkSetInfo(Database& db, EmbeddingSetInfo& info)
{
    if (info.kind.empty())
        throw UsageError("an embedding set needs a kind (e.g. 'gnn')");
    if (info.dim <= 0)
        throw UsageError("embedding dimension must be positive, not " + std::to_string(info.dim) + " (kind "
                         + inQuotes(info.kind) + ")");
    if (info.params.empty())
        info.params = "{}";
    if (!isJsonObject(db, info.params))
        throw UsageError("embedding params must be a JSON object, not " + quoteForMessage(info.params) + " (kind "
                         + inQuotes(info.kind) + ")");
}

// The audit value of a set, e.g.
// {"dim":64,"vectors":1000,"created_ns":1700000000000000000,"model":"GAT ...","params":{"epochs":15}}.
std::string auditValue(const EmbeddingSetInfo& set)
{
    std::string out = "{\"dim\":" + std::to_string(set.dim) + ",\"vectors\":" + std::to_string(set.vectors)
        + ",\"created_ns\":" + std::to_string(set.createdNs) + ",\"model\":";
    json::appendJsonString(out, set.model);
    out += ",\"params\":" + set.params + "}"; // checked to be a JSON object when it was stored
    return out;
}

void appendAudit(Database& db, std::int64_t timeNs, const std::string& actor, const char* action,
                 const std::string& kind, const std::optional<EmbeddingSetInfo>& before,
                 const std::optional<EmbeddingSetInfo>& after)
{
    Statement audit = db.prepare("INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, "
                                 "new_value) VALUES (?, ?, ?, 'embedding_set', ?, ?, ?)");
    audit.bind(1, timeNs).bind(2, actor).bind(3, action).bind(4, kind);
    if (before)
        audit.bind(5, auditValue(*before));
    else
        audit.bindNull(5);
    if (after)
        audit.bind(6, auditValue(*after));
    else
        audit.bindNull(6);
    audit.run();
}

// Says why a vector could not be inserted: its key is no trace, or it came twice.
[[noreturn]] void throwInsertError(Database& db, const std::string& kind, std::int64_t traceKey,
                                   const WorkspaceError& error)
{
    Statement trace = db.prepare("SELECT COUNT(*) FROM traces WHERE id = ?");
    trace.bind(1, traceKey);
    const bool traceExists = trace.step() && trace.int64(0) > 0;
    trace.reset();
    if (!traceExists)
        throw WorkspaceError("cannot store embeddings " + inQuotes(kind) + ": no trace with key "
                             + std::to_string(traceKey) + " in " + db.path().string());
    Statement stored = db.prepare("SELECT COUNT(*) FROM embeddings WHERE kind = ? AND trace_key = ?");
    stored.bind(1, kind).bind(2, traceKey);
    if (stored.step() && stored.int64(0) > 0)
        throw WorkspaceError("cannot store embeddings " + inQuotes(kind) + ": trace key " + std::to_string(traceKey)
                             + " was given twice");
    throw error;
}

// A read transaction for the duration of a multi-statement read, so that a set's row and its
// vectors come from the same commit; joins the caller's transaction when one is open.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db) : db_(db), owned_(!db.inTransaction())
    {
        if (owned_)
            db_.exec("BEGIN");
    }
    ~ReadSnapshot()
    {
        if (owned_)
            sqlite3_exec(db_.handle(), "COMMIT", nullptr, nullptr, nullptr); // read only: cannot lose data
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& db_;
    bool owned_;
};

std::string storedKinds(Database& db)
{
    Statement statement = db.prepare("SELECT kind FROM embedding_sets ORDER BY kind");
    std::string kinds;
    while (statement.step())
        kinds += (kinds.empty() ? "" : ", ") + inQuotes(statement.text(0));
    return kinds.empty() ? "none are stored" : "stored: " + kinds;
}

} // namespace

EmbeddingSetInfo Workspace::replaceEmbeddings(const EmbeddingSetInfo& info,
                                              const std::function<void(const EmbeddingWrite& write)>& produce,
                                              Progress& progress, const std::string& actor)
{
    Database& db = state_->db;
    EmbeddingSetInfo stored = info;
    checkSetInfo(db, stored);
    progress.checkCancelled();

    Transaction transaction(db); // ROLLBACK on any exception: the previous set stays as it was
    const std::optional<EmbeddingSetInfo> before = findSet(db, stored.kind);
    db.prepare("DELETE FROM embedding_sets WHERE kind = ?").bind(1, stored.kind).run(); // cascades to its vectors
    const std::int64_t now = nowNs();
    if (stored.createdNs == 0)
        stored.createdNs = now;
    db.prepare("INSERT INTO embedding_sets(kind, dim, created_ns, model, params) VALUES (?, ?, ?, ?, ?)")
        .bind(1, stored.kind)
        .bind(2, stored.dim)
        .bind(3, stored.createdNs)
        .bind(4, stored.model)
        .bind(5, stored.params)
        .run();

    // Each trace has at most one vector, so the trace count bounds the work.
    const std::int64_t traces = db.queryInt64("SELECT value FROM counters WHERE name = 'traces'");
    const auto dim = static_cast<std::size_t>(stored.dim);
    Statement insert = db.prepare("INSERT INTO embeddings(kind, trace_key, vector) VALUES (?, ?, ?)");
    insert.bind(1, stored.kind); // run() keeps bindings, so only key and vector change per row
    std::vector<unsigned char> blob(dim * sizeof(float));
    std::int64_t written = 0;
    const EmbeddingWrite write = [&](std::int64_t traceKey, const float* values, std::size_t count) {
        if (count != dim)
            throw UsageError("embedding of trace key " + std::to_string(traceKey) + " has " + std::to_string(count)
                             + " values, but set " + inQuotes(stored.kind) + " has dimension " + std::to_string(dim));
        for (std::size_t i = 0; i < count; ++i)
            if (!std::isfinite(values[i]))
                throw UsageError("embedding of trace key " + std::to_string(traceKey) + " (kind "
                                 + inQuotes(stored.kind) + ") has a non-finite value at index " + std::to_string(i));
        encodeLittleEndian(values, count, blob.data());
        insert.bind(2, traceKey).bindBlob(3, blob.data(), blob.size());
        try {
            insert.run();
        } catch (const WorkspaceError& error) {
            throwInsertError(db, stored.kind, traceKey, error);
        }
        if ((++written & 0x3ff) == 0) {
            progress.checkCancelled();
            progress.report(traces > 0 ? static_cast<double>(written) / static_cast<double>(traces) : -1.0,
                            "storing embeddings");
        }
    };
    produce(write);
    progress.checkCancelled();

    stored.vectors = written;
    db.prepare("UPDATE embedding_sets SET vectors = ? WHERE kind = ?").bind(1, written).bind(2, stored.kind).run();
    appendAudit(db, now, actor, "replace_embeddings", stored.kind, before, stored);
    transaction.commit();
    progress.report(1.0, "embeddings stored");
    return stored;
}

std::vector<EmbeddingSetInfo> Workspace::embeddingSets()
{
    Statement statement = state_->db.prepare(std::string(kSetSelect) + "ORDER BY kind");
    std::vector<EmbeddingSetInfo> sets;
    while (statement.step())
        sets.push_back(readSet(statement));
    return sets;
}

std::optional<EmbeddingSetInfo> Workspace::embeddingSet(const std::string& kind)
{
    return findSet(state_->db, kind);
}

EmbeddingMatrix Workspace::embeddings(const std::string& kind, Progress& progress)
{
    Database& db = state_->db;
    ReadSnapshot snapshot(db); // declared first: the statements below end before it does
    const std::optional<EmbeddingSetInfo> set = findSet(db, kind);
    if (!set)
        throw WorkspaceError("no embeddings of kind " + inQuotes(kind) + " in " + path().string() + " ("
                             + storedKinds(db) + ")");
    EmbeddingMatrix matrix;
    matrix.dim = set->dim;
    const auto dim = static_cast<std::size_t>(set->dim);
    matrix.traceKeys.reserve(static_cast<std::size_t>(set->vectors));
    matrix.values.reserve(static_cast<std::size_t>(set->vectors) * dim);

    // Walks traces in start order and probes each one's vector: no sort of the blobs needed.
    Statement rows = db.prepare("SELECT e.trace_key, e.vector FROM traces t INDEXED BY traces_by_start "
                                "CROSS JOIN embeddings e ON e.kind = ? AND e.trace_key = t.id "
                                "ORDER BY t.start_ns, t.id");
    rows.bind(1, kind);
    progress.checkCancelled();
    while (rows.step()) {
        const std::int64_t traceKey = rows.int64(0);
        const std::string vector = rows.blob(1);
        if (vector.size() != dim * sizeof(float))
            throw WorkspaceError("the workspace file is corrupt: the " + inQuotes(kind) + " embedding of trace key "
                                 + std::to_string(traceKey) + " has " + std::to_string(vector.size())
                                 + " bytes, not " + std::to_string(dim * sizeof(float)) + " (" + path().string()
                                 + ")");
        matrix.traceKeys.push_back(traceKey);
        matrix.values.resize(matrix.values.size() + dim);
        decodeLittleEndian(reinterpret_cast<const unsigned char*>(vector.data()), dim,
                           matrix.values.data() + matrix.values.size() - dim);
        if ((matrix.traceKeys.size() & 0x3ff) == 0) {
            progress.checkCancelled();
            progress.report(set->vectors > 0 ? static_cast<double>(matrix.traceKeys.size())
                                                   / static_cast<double>(set->vectors)
                                             : -1.0,
                            "reading embeddings");
        }
    }
    progress.report(1.0, "embeddings read");
    return matrix;
}

bool Workspace::deleteEmbeddings(const std::string& kind, const std::string& actor)
{
    Database& db = state_->db;
    Transaction transaction(db);
    const std::optional<EmbeddingSetInfo> before = findSet(db, kind);
    if (!before)
        return false; // nothing changes, so nothing is logged
    db.prepare("DELETE FROM embedding_sets WHERE kind = ?").bind(1, kind).run(); // cascades to its vectors
    appendAudit(db, nowNs(), actor, "delete_embeddings", kind, before, std::nullopt);
    transaction.commit();
    return true;
}

} // namespace tracemark
