// The representative selection in the workspace (schema 3): round trip, replace as a whole,
// validation that rolls everything back, the audit rows, and the label counts per cluster.
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace tracemark;
using namespace tracemark::test;

namespace {

// Six one-span traces t0..t5 starting in that order; key[i] is the key of trace ti.
struct SixTraces : OneSpanTraces {
    SixTraces() : OneSpanTraces("selection.tmk", 6) {}

    // k = 2: t0, t1, t2 in cluster 0 (representative t1), t3, t4 in cluster 1 (representative
    // t4); t5 is no member.
    SelectionInfo firstInfo() const
    {
        SelectionInfo info;
        info.createdNs = 123;
        info.method = "kmeans";
        info.vectors = "gnn";
        info.k = 2;
        info.seed = (std::uint64_t{1} << 63) + 5; // above INT64_MAX: stored bit-cast
        info.sampleSize = 3;
        info.params = R"({"iterations":7})";
        return info;
    }
    std::vector<std::int64_t> firstMembers() const { return {key[0], key[1], key[2], key[3], key[4]}; }
    std::vector<int> firstClusters() const { return {0, 0, 0, 1, 1}; }
    std::vector<float> firstDistances() const { return {0.25f, 0.0f, 0.5f, 0.125f, 0.0f}; }
    std::vector<std::int64_t> firstRepresentatives() const { return {key[1], key[4]}; }

    void storeFirst()
    {
        workspace.replaceSelection(firstInfo(), firstMembers(), firstClusters(), firstDistances(),
                                   firstRepresentatives(), progress, "selector");
    }
};

double storedDistance(Database& db, std::int64_t traceKey)
{
    Statement row = db.prepare("SELECT distance FROM trace_clusters WHERE trace_key = ?");
    row.bind(1, traceKey);
    REQUIRE(row.step());
    return row.real(0);
}

} // namespace

TEST_CASE("a workspace without a selection answers empty", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    CHECK_FALSE(workspace.selection().has_value());
    CHECK(workspace.clusters().empty());
    CHECK(workspace.representatives().empty());
    CHECK_FALSE(workspace.clusterOfTrace(fixture.key[0]).has_value());
}

TEST_CASE("a selection comes back as it was stored", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeFirst();

    const auto info = workspace.selection();
    REQUIRE(info.has_value());
    CHECK(info->createdNs == 123);
    CHECK(info->method == "kmeans");
    CHECK(info->vectors == "gnn");
    CHECK(info->k == 2);
    CHECK(info->seed == 9223372036854775813ull);
    CHECK(info->sampleSize == 3);
    CHECK(info->params == R"({"iterations":7})");

    const std::vector<ClusterInfo> clusters = workspace.clusters();
    REQUIRE(clusters.size() == 2);
    CHECK(clusters[0].cluster == 0);
    CHECK(clusters[0].representativeKey == fixture.key[1]);
    CHECK(clusters[0].size == 3);
    CHECK(clusters[1].cluster == 1);
    CHECK(clusters[1].representativeKey == fixture.key[4]);
    CHECK(clusters[1].size == 2);
    for (const ClusterInfo& cluster : clusters) {
        CHECK(cluster.humanLabeled == 0);
        CHECK(cluster.normal == 0);
        CHECK(cluster.abnormal == 0);
    }
    CHECK(workspace.representatives() == std::vector<std::int64_t>{fixture.key[1], fixture.key[4]});
    CHECK(workspace.clusterOfTrace(fixture.key[0]) == 0);
    CHECK(workspace.clusterOfTrace(fixture.key[2]) == 0);
    CHECK(workspace.clusterOfTrace(fixture.key[3]) == 1);
    CHECK_FALSE(workspace.clusterOfTrace(fixture.key[5]).has_value());
    CHECK_FALSE(workspace.clusterOfTrace(999).has_value());
    // Members 0-2 in cluster 0 and 3-4 in cluster 1 (keys increase with the index); 5 is not one.
    const std::vector<std::pair<std::int64_t, int>> members = {
        {fixture.key[0], 0}, {fixture.key[1], 0}, {fixture.key[2], 0}, {fixture.key[3], 1}, {fixture.key[4], 1}};
    CHECK(workspace.traceClusters() == members);

    Database& db = workspace.database();
    CHECK(storedDistance(db, fixture.key[0]) == 0.25);
    CHECK(storedDistance(db, fixture.key[2]) == 0.5);
    CHECK(storedDistance(db, fixture.key[3]) == 0.125);
    CHECK(countRows(db, "trace_clusters") == 5);

    // It is in the file, not only in this connection.
    Workspace reopened = Workspace::open(workspace.path());
    CHECK(reopened.selection()->seed == 9223372036854775813ull);
    CHECK(reopened.representatives() == std::vector<std::int64_t>{fixture.key[1], fixture.key[4]});
}

TEST_CASE("created_ns 0 and empty params are filled in", "[workspace][selection]")
{
    SixTraces fixture;
    SelectionInfo info = fixture.firstInfo();
    info.createdNs = 0;
    info.params = "";
    fixture.workspace.replaceSelection(info, fixture.firstMembers(), fixture.firstClusters(),
                                       fixture.firstDistances(), fixture.firstRepresentatives(), fixture.progress);
    CHECK(fixture.workspace.selection()->createdNs > 0);
    CHECK(fixture.workspace.selection()->params == "{}");
}

TEST_CASE("a new selection replaces the old one as a whole", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeFirst();

    SelectionInfo info;
    info.createdNs = 456;
    info.method = "random";
    info.vectors = "bag";
    info.k = 1;
    info.seed = 9;
    info.sampleSize = 6;
    workspace.replaceSelection(info, {fixture.key[5], fixture.key[4], fixture.key[3], fixture.key[2], fixture.key[1], fixture.key[0]},
                               {0, 0, 0, 0, 0, 0}, {1, 2, 3, 4, 5, 6}, {fixture.key[5]}, fixture.progress, "selector");

    CHECK(workspace.selection()->method == "random");
    CHECK(workspace.selection()->vectors == "bag");
    CHECK(workspace.selection()->k == 1);
    const std::vector<ClusterInfo> clusters = workspace.clusters();
    REQUIRE(clusters.size() == 1);
    CHECK(clusters[0].size == 6);
    CHECK(clusters[0].representativeKey == fixture.key[5]);
    CHECK(workspace.representatives() == std::vector<std::int64_t>{fixture.key[5]});
    CHECK(workspace.clusterOfTrace(fixture.key[3]) == 0); // was cluster 1
    CHECK(workspace.clusterOfTrace(fixture.key[5]) == 0); // was no member
    Database& db = workspace.database();
    CHECK(countRows(db, "selection") == 1);
    CHECK(countRows(db, "clusters") == 1);
    CHECK(countRows(db, "trace_clusters") == 6);
    CHECK(storedDistance(db, fixture.key[0]) == 6.0); // distances follow their keys, not the order given
    CHECK(storedDistance(db, fixture.key[5]) == 1.0);
}

TEST_CASE("each replace appends one audit row with the old and new selection", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeFirst();
    SelectionInfo second = fixture.firstInfo();
    second.createdNs = 789;
    second.method = "random";
    second.seed = 1;
    second.params = "{}";
    workspace.replaceSelection(second, fixture.firstMembers(), fixture.firstClusters(), fixture.firstDistances(),
                               fixture.firstRepresentatives(), fixture.progress);

    const std::string first = R"({"method":"kmeans","vectors":"gnn","k":2,"seed":9223372036854775813,)"
                              R"("sample_size":3,"members":5,"created_ns":123,"params":{"iterations":7}})";
    const std::string after = R"({"method":"random","vectors":"gnn","k":2,"seed":1,)"
                              R"("sample_size":3,"members":5,"created_ns":789,"params":{}})";
    Statement rows = workspace.database().prepare(
        "SELECT actor, action, entity, entity_key, old_value, new_value FROM audit_log ORDER BY id");
    REQUIRE(rows.step());
    CHECK(rows.text(0) == "selector");
    CHECK(rows.text(1) == "replace_selection");
    CHECK(rows.text(2) == "selection");
    CHECK(rows.text(3) == "current");
    CHECK(rows.isNull(4));
    CHECK(rows.text(5) == first);
    REQUIRE(rows.step());
    CHECK(rows.text(0) == "tracemark"); // the default actor
    CHECK(rows.text(4) == first);
    CHECK(rows.text(5) == after);
    CHECK_FALSE(rows.step());
}

TEST_CASE("an invalid selection changes nothing", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeFirst();
    Database& db = workspace.database();
    const auto before = snapshotTables(db);

    SelectionInfo info = fixture.firstInfo();
    std::vector<std::int64_t> members = fixture.firstMembers();
    std::vector<int> clusterOf = fixture.firstClusters();
    std::vector<float> distance = fixture.firstDistances();
    std::vector<std::int64_t> representatives = fixture.firstRepresentatives();
    std::string expected;
    bool usageError = true;

    SECTION("unknown method")
    {
        info.method = "dbscan";
        expected = "selection method must be one of kmeans, random, not 'dbscan'";
    }
    SECTION("unknown vectors kind")
    {
        info.vectors = "word2vec";
        expected = "selection vectors must be one of gnn, stv, bag, not 'word2vec'";
    }
    SECTION("k below 1")
    {
        info.k = 0;
        expected = "selection k must be at least 1, not 0";
    }
    SECTION("params that are no JSON object")
    {
        info.params = "[1, 2]";
        expected = "selection params must be a JSON object, not '[1, 2]'";
    }
    SECTION("lists of different lengths")
    {
        distance.pop_back();
        expected = "selection lists differ in length: 5 trace keys, 5 clusters, 4 distances";
    }
    SECTION("not k representatives")
    {
        representatives.push_back(fixture.key[5]);
        expected = "selection has k = 2 but 3 representatives";
    }
    SECTION("a cluster outside 0..k-1")
    {
        clusterOf[2] = 2;
        expected = "trace key " + std::to_string(fixture.key[2]) + " is in cluster 2, outside 0..1";
    }
    SECTION("a negative cluster")
    {
        clusterOf[0] = -1;
        expected = "is in cluster -1, outside 0..1";
    }
    SECTION("a cluster with no member")
    {
        info.k = 3;
        representatives.push_back(fixture.key[5]);
        expected = "cluster 2 of the selection has no member";
    }
    SECTION("a distance that is not finite")
    {
        distance[3] = std::numeric_limits<float>::quiet_NaN();
        expected = "trace key " + std::to_string(fixture.key[3]) + " has a non-finite distance to its centre";
    }
    SECTION("a representative that is no member")
    {
        representatives[1] = fixture.key[5];
        expected = "the representative of cluster 1 (trace key " + std::to_string(fixture.key[5])
            + ") is not a member of the selection";
    }
    SECTION("a representative of another cluster")
    {
        representatives[0] = fixture.key[3];
        expected = "the representative of cluster 0 (trace key " + std::to_string(fixture.key[3])
            + ") is a member of cluster 1";
    }
    SECTION("a trace key given twice")
    {
        members[2] = members[0];
        usageError = false;
        expected = "trace key " + std::to_string(fixture.key[0]) + " was given twice";
    }
    SECTION("a key that is no trace, found after other rows went in")
    {
        members[2] = 999; // sorts last, so the other members are written first
        usageError = false;
        expected = "no trace with key 999";
    }
    if (usageError)
        CHECK_THROWS_AS(workspace.replaceSelection(info, members, clusterOf, distance, representatives, fixture.progress),
                        UsageError);
    else
        CHECK_THROWS_AS(workspace.replaceSelection(info, members, clusterOf, distance, representatives, fixture.progress),
                        WorkspaceError);
    CHECK_THROWS_WITH(workspace.replaceSelection(info, members, clusterOf, distance, representatives, fixture.progress),
                      Catch::Contains(expected));
    CHECK(snapshotTables(db) == before);
}

TEST_CASE("a cancelled selection write leaves the old selection", "[workspace][selection]")
{
    constexpr int traces = 20000; // more than one progress batch of 16384 rows
    OneSpanTraces fixture("cancel.tmk", traces);
    Workspace& workspace = fixture.workspace;
    const std::vector<std::int64_t>& keys = fixture.key;
    REQUIRE(keys.size() == traces);
    SelectionInfo info;
    info.method = "kmeans";
    info.vectors = "gnn";
    info.k = 1;
    NullProgress quiet;
    workspace.replaceSelection(info, {keys[0], keys[1]}, {0, 0}, {0.0f, 1.0f}, {keys[1]}, quiet);
    const auto before = snapshotTables(workspace.database());

    CancelOnFirstReport progress;
    CHECK_THROWS_AS(workspace.replaceSelection(info, keys, std::vector<int>(traces, 0),
                                               std::vector<float>(traces, 0.5f), {keys[7]}, progress),
                    Cancelled);
    CHECK(snapshotTables(workspace.database()) == before);
    CHECK(workspace.clusters().at(0).size == 2);
}

TEST_CASE("clusters count the current labels of their members", "[workspace][selection]")
{
    SixTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeFirst();
    const auto& key = fixture.key;
    // Cluster 0 = t0, t1, t2; cluster 1 = t3, t4; t5 is outside.
    workspace.setLabel(key[0], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.setLabel(key[1], TraceLabel::Normal, LabelSource::Human, 1.0, "ana");
    workspace.setLabel(key[2], TraceLabel::Abnormal, LabelSource::Propagated, 0.7, "tracemark");
    workspace.setLabel(key[3], TraceLabel::Normal, LabelSource::Model, 0.6, "model");
    workspace.setLabel(key[5], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");

    const std::vector<ClusterInfo> clusters = workspace.clusters();
    REQUIRE(clusters.size() == 2);
    CHECK(clusters[0].humanLabeled == 2);
    CHECK(clusters[0].normal == 1);
    CHECK(clusters[0].abnormal == 2);
    CHECK(clusters[1].humanLabeled == 0);
    CHECK(clusters[1].normal == 1);
    CHECK(clusters[1].abnormal == 0);

    // Labels changed after the selection are seen at once: the counts are not stored.
    workspace.setLabel(key[4], TraceLabel::Abnormal, LabelSource::Human, 1.0, "bo");
    workspace.setLabel(key[0], TraceLabel::Unlabeled, LabelSource::Human, 0.0, "ana");
    const std::vector<ClusterInfo> later = workspace.clusters();
    CHECK(later[0].humanLabeled == 1);
    CHECK(later[0].normal == 1);
    CHECK(later[0].abnormal == 1);
    CHECK(later[1].humanLabeled == 1);
    CHECK(later[1].normal == 1);
    CHECK(later[1].abnormal == 1);
}
