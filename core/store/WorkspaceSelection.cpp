// The current representative selection: one selection row, its k clusters (representative and
// size) and every member's cluster and distance, replaced as a whole in one transaction together
// with its audit row. Everything is checked before the first write, except trace keys, which the
// foreign keys check as rows go in; either way the transaction rolls back and the old selection stays.
#include "core/common/Error.h"
#include "core/common/WallClock.h"
#include "core/io/JsonSupport.h"
#include "core/store/WorkspaceState.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace tracemark {

namespace {

constexpr const char* kSelectionSelect =
    "SELECT created_ns, method, vectors, k, seed, sample_size, params FROM selection WHERE id = 1";
const std::vector<std::string> kMethods = {"kmeans", "random"};
const std::vector<std::string> kVectorKinds = {"gnn", "stv", "bag"};

std::string oneOf(const std::vector<std::string>& values)
{
    std::string out;
    for (const std::string& value : values)
        out += (out.empty() ? "" : ", ") + value;
    return out;
}

void checkChoice(const std::string& what, const std::string& value, const std::vector<std::string>& valid)
{
    if (std::find(valid.begin(), valid.end(), value) == valid.end())
        throw UsageError("selection " + what + " must be one of " + oneOf(valid) + ", not "
                         + quoteForMessage(value));
}

// Refuses what no reader could use; fills in an empty params.
void checkSelectionInfo(Database& db, SelectionInfo& info)
{
    checkChoice("method", info.method, kMethods);
    checkChoice("vectors", info.vectors, kVectorKinds);
    if (info.k < 1)
        throw UsageError("selection k must be at least 1, not " + std::to_string(info.k));
    if (info.sampleSize < 0)
        throw UsageError("selection sample size must not be negative, not " + std::to_string(info.sampleSize));
    if (info.params.empty())
        info.params = "{}";
    if (!isJsonObject(db, info.params))
        throw UsageError("selection params must be a JSON object, not " + quoteForMessage(info.params));
}

// Checks the memberships and representatives against each other. Returns the member positions
// in trace key order (inserting in key order keeps the B-tree writes local) and the cluster sizes.
std::vector<std::size_t> checkMemberships(const SelectionInfo& info, const std::vector<std::int64_t>& traceKeys,
                                          const std::vector<int>& clusterOf, const std::vector<float>& distance,
                                          const std::vector<std::int64_t>& representativeKeys,
                                          std::vector<std::int64_t>& sizes)
{
    const std::size_t n = traceKeys.size();
    if (clusterOf.size() != n || distance.size() != n)
        throw UsageError("selection lists differ in length: " + std::to_string(n) + " trace keys, "
                         + std::to_string(clusterOf.size()) + " clusters, " + std::to_string(distance.size())
                         + " distances");
    if (representativeKeys.size() != static_cast<std::size_t>(info.k))
        throw UsageError("selection has k = " + std::to_string(info.k) + " but "
                         + std::to_string(representativeKeys.size()) + " representatives");
    sizes.assign(static_cast<std::size_t>(info.k), 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (clusterOf[i] < 0 || clusterOf[i] >= info.k)
            throw UsageError("trace key " + std::to_string(traceKeys[i]) + " is in cluster "
                             + std::to_string(clusterOf[i]) + ", outside 0.." + std::to_string(info.k - 1));
        if (!std::isfinite(distance[i]))
            throw UsageError("trace key " + std::to_string(traceKeys[i]) + " has a non-finite distance to its centre");
        ++sizes[static_cast<std::size_t>(clusterOf[i])];
    }
    for (std::size_t c = 0; c < sizes.size(); ++c)
        if (sizes[c] == 0)
            throw UsageError("cluster " + std::to_string(c) + " of the selection has no member");

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return traceKeys[a] < traceKeys[b]; });
    for (std::size_t i = 1; i < n; ++i)
        if (traceKeys[order[i]] == traceKeys[order[i - 1]])
            throw WorkspaceError("cannot store the selection: trace key " + std::to_string(traceKeys[order[i]])
                                 + " was given twice");
    for (std::size_t c = 0; c < representativeKeys.size(); ++c) {
        const std::int64_t key = representativeKeys[c];
        const auto found = std::lower_bound(order.begin(), order.end(), key,
                                            [&](std::size_t position, std::int64_t k) { return traceKeys[position] < k; });
        if (found == order.end() || traceKeys[*found] != key)
            throw UsageError("the representative of cluster " + std::to_string(c) + " (trace key "
                             + std::to_string(key) + ") is not a member of the selection");
        if (clusterOf[*found] != static_cast<int>(c))
            throw UsageError("the representative of cluster " + std::to_string(c) + " (trace key "
                             + std::to_string(key) + ") is a member of cluster " + std::to_string(clusterOf[*found]));
    }
    return order;
}

SelectionInfo readSelection(const Statement& row)
{
    SelectionInfo info;
    info.createdNs = row.int64(0);
    info.method = row.text(1);
    info.vectors = row.text(2);
    info.k = static_cast<int>(row.int64(3));
    info.seed = static_cast<std::uint64_t>(row.int64(4));
    info.sampleSize = row.int64(5);
    info.params = row.text(6);
    return info;
}

std::optional<SelectionInfo> findSelection(Database& db)
{
    Statement statement = db.prepare(kSelectionSelect);
    if (!statement.step())
        return std::nullopt;
    return readSelection(statement);
}

// The audit value of a selection, e.g. {"method":"kmeans","vectors":"gnn","k":35,"seed":1,
// "sample_size":130,"members":1300,"created_ns":1700000000000000000,"params":{"iterations":12}}.
std::string auditValue(const SelectionInfo& info, std::int64_t members)
{
    std::string out = "{\"method\":";
    json::appendJsonString(out, info.method);
    out += ",\"vectors\":";
    json::appendJsonString(out, info.vectors);
    out += ",\"k\":" + std::to_string(info.k) + ",\"seed\":" + std::to_string(info.seed)
        + ",\"sample_size\":" + std::to_string(info.sampleSize) + ",\"members\":" + std::to_string(members)
        + ",\"created_ns\":" + std::to_string(info.createdNs) + ",\"params\":" + info.params + "}";
    return out;
}

// Says why a membership row could not be inserted: its key is no trace (the only foreign key
// the checks above leave to SQLite).
[[noreturn]] void throwMemberInsertError(Database& db, std::int64_t traceKey, const WorkspaceError& error)
{
    Statement trace = db.prepare("SELECT COUNT(*) FROM traces WHERE id = ?");
    trace.bind(1, traceKey);
    if (trace.step() && trace.int64(0) == 0)
        throw WorkspaceError("cannot store the selection: no trace with key " + std::to_string(traceKey) + " in "
                             + db.path().string());
    throw error;
}

} // namespace

void Workspace::replaceSelection(const SelectionInfo& info, const std::vector<std::int64_t>& traceKeys,
                                 const std::vector<int>& clusterOf, const std::vector<float>& distance,
                                 const std::vector<std::int64_t>& representativeKeys, Progress& progress,
                                 const std::string& actor)
{
    Database& db = state_->db;
    SelectionInfo stored = info;
    checkSelectionInfo(db, stored);
    std::vector<std::int64_t> sizes;
    const std::vector<std::size_t> order =
        checkMemberships(stored, traceKeys, clusterOf, distance, representativeKeys, sizes);
    progress.checkCancelled();

    Transaction transaction(db); // ROLLBACK on any exception: the previous selection stays as it was
    const std::optional<SelectionInfo> before = findSelection(db);
    const std::int64_t membersBefore = before ? db.queryInt64("SELECT COUNT(*) FROM trace_clusters") : 0;
    db.exec("DELETE FROM trace_clusters; DELETE FROM clusters; DELETE FROM selection;");
    const std::int64_t now = nowNs();
    if (stored.createdNs == 0)
        stored.createdNs = now;
    db.prepare("INSERT INTO selection(id, created_ns, method, vectors, k, seed, sample_size, params) "
               "VALUES (1, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, stored.createdNs)
        .bind(2, stored.method)
        .bind(3, stored.vectors)
        .bind(4, stored.k)
        .bind(5, static_cast<std::int64_t>(stored.seed))
        .bind(6, stored.sampleSize)
        .bind(7, stored.params)
        .run();

    Statement cluster = db.prepare("INSERT INTO clusters(cluster, representative_key, size) VALUES (?, ?, ?)");
    for (std::size_t c = 0; c < representativeKeys.size(); ++c)
        cluster.bind(1, static_cast<std::int64_t>(c)).bind(2, representativeKeys[c]).bind(3, sizes[c]).run();

    // Representatives are members, so a representative that is no trace is reported here.
    Statement member = db.prepare("INSERT INTO trace_clusters(trace_key, cluster, distance) VALUES (?, ?, ?)");
    const std::size_t n = order.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t position = order[i];
        member.bind(1, traceKeys[position])
            .bind(2, clusterOf[position])
            .bind(3, static_cast<double>(distance[position]));
        try {
            member.run();
        } catch (const WorkspaceError& error) {
            throwMemberInsertError(db, traceKeys[position], error);
        }
        if ((i & 0x3fff) == 0x3fff) {
            progress.checkCancelled();
            progress.report(static_cast<double>(i + 1) / static_cast<double>(n), "storing the selection");
        }
    }
    progress.checkCancelled();

    Statement audit = db.prepare("INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, "
                                 "new_value) VALUES (?, ?, 'replace_selection', 'selection', 'current', ?, ?)");
    audit.bind(1, now).bind(2, actor);
    if (before)
        audit.bind(3, auditValue(*before, membersBefore));
    else
        audit.bindNull(3);
    audit.bind(4, auditValue(stored, static_cast<std::int64_t>(n)));
    audit.run();
    transaction.commit();
    progress.report(1.0, "selection stored");
}

std::optional<SelectionInfo> Workspace::selection()
{
    return findSelection(state_->db);
}

std::vector<ClusterInfo> Workspace::clusters()
{
    // One grouped pass over the members that have a label; clusters without labels keep zeros.
    Statement statement = state_->db.prepare(
        "SELECT c.cluster, c.representative_key, c.size, COALESCE(s.human, 0), COALESCE(s.normal, 0), "
        "COALESCE(s.abnormal, 0) FROM clusters c LEFT JOIN ("
        "  SELECT m.cluster AS cluster, SUM(l.source = 0) AS human, SUM(l.label = 1) AS normal, "
        "  SUM(l.label = 2) AS abnormal FROM trace_clusters m JOIN labels l ON l.trace_key = m.trace_key "
        "  GROUP BY m.cluster) s ON s.cluster = c.cluster "
        "ORDER BY c.cluster");
    std::vector<ClusterInfo> clusters;
    while (statement.step()) {
        ClusterInfo cluster;
        cluster.cluster = static_cast<int>(statement.int64(0));
        cluster.representativeKey = statement.int64(1);
        cluster.size = statement.int64(2);
        cluster.humanLabeled = statement.int64(3);
        cluster.normal = statement.int64(4);
        cluster.abnormal = statement.int64(5);
        clusters.push_back(cluster);
    }
    return clusters;
}

std::optional<int> Workspace::clusterOfTrace(std::int64_t traceKey)
{
    Statement statement = state_->db.prepare("SELECT cluster FROM trace_clusters WHERE trace_key = ?");
    statement.bind(1, traceKey);
    if (!statement.step())
        return std::nullopt;
    return static_cast<int>(statement.int64(0));
}

std::vector<std::pair<std::int64_t, int>> Workspace::traceClusters()
{
    Statement statement = state_->db.prepare("SELECT trace_key, cluster FROM trace_clusters ORDER BY trace_key");
    std::vector<std::pair<std::int64_t, int>> members;
    while (statement.step())
        members.emplace_back(statement.int64(0), static_cast<int>(statement.int64(1)));
    return members;
}

std::vector<std::int64_t> Workspace::representatives()
{
    Statement statement = state_->db.prepare("SELECT representative_key FROM clusters ORDER BY cluster");
    std::vector<std::int64_t> keys;
    while (statement.step())
        keys.push_back(statement.int64(0));
    return keys;
}

} // namespace tracemark
