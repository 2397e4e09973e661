// Trace embeddings in the workspace: exact round trip in start order, replace and delete as whole
// sets, all-or-nothing writes, the blob format, and the audit rows.
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>

using namespace tracemark;
using namespace tracemark::test;

namespace {

std::uint32_t bitsOf(float value)
{
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// Three one-span traces imported in id order a, b, c but starting in the order c, a, b.
struct ThreeTraces {
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "embeddings.tmk");
    std::int64_t a = 0, b = 0, c = 0;
    NullProgress progress;

    ThreeTraces()
    {
        importSpans(workspace, {makeSpan("a", "s", "", "frontend", "GET /", 1000, 10),
                                makeSpan("b", "s", "", "frontend", "GET /", 2000, 10),
                                makeSpan("c", "s", "", "frontend", "GET /", 0, 10)});
        a = workspace.traceById("a")->key;
        b = workspace.traceById("b")->key;
        c = workspace.traceById("c")->key;
    }

    // Stores a dim-2 'gnn' set: a = (1, -2.5), b = (3, 4), c = (5, 6).
    EmbeddingSetInfo storeGnn()
    {
        const float va[2] = {1.0f, -2.5f}, vb[2] = {3.0f, 4.0f}, vc[2] = {5.0f, 6.0f};
        return workspace.replaceEmbeddings({"gnn", 2, 123, "GAT \"test\"", R"({"epochs": 15})", 0},
                                           [&](const EmbeddingWrite& write) {
                                               write(a, va, 2);
                                               write(b, vb, 2);
                                               write(c, vc, 2);
                                           },
                                           progress, "trainer");
    }
};

} // namespace

TEST_CASE("embeddings come back bit for bit in trace start order", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    const float denormal = std::numeric_limits<float>::denorm_min();
    const float va[3] = {1.0f / 3.0f, -0.0f, denormal};
    const float vb[3] = {FLT_MAX, -FLT_MAX, 1e-20f};
    const float vc[3] = {0.1f, 2.0f, -7.25f};
    const EmbeddingSetInfo stored = workspace.replaceEmbeddings(
        {"gnn", 3, 0, "GAT 2x4 heads", "", 0},
        [&](const EmbeddingWrite& write) {
            write(fixture.a, va, 3); // written in key order, read in start order
            write(fixture.b, vb, 3);
            write(fixture.c, vc, 3);
        },
        fixture.progress);
    CHECK(stored.vectors == 3);
    CHECK(stored.params == "{}");
    CHECK(stored.createdNs > 0); // 0 given: the time of the write

    const EmbeddingMatrix matrix = workspace.embeddings("gnn", fixture.progress);
    CHECK(matrix.dim == 3);
    REQUIRE(matrix.traceKeys == std::vector<std::int64_t>{fixture.c, fixture.a, fixture.b});
    REQUIRE(matrix.values.size() == 9);
    const float* expected[3] = {vc, va, vb};
    for (std::size_t row = 0; row < 3; ++row)
        for (std::size_t i = 0; i < 3; ++i)
            CHECK(bitsOf(matrix.row(row)[i]) == bitsOf(expected[row][i]));
    CHECK(bitsOf(matrix.row(1)[1]) == 0x80000000u); // -0.0 keeps its sign
    CHECK(bitsOf(matrix.row(1)[2]) == 0x00000001u); // the smallest denormal survives

    // Reopening the file reads the same numbers.
    const std::filesystem::path file = workspace.path();
    workspace = Workspace::create(fixture.dir / "other.tmk"); // closes the first file
    Workspace reopened = Workspace::open(file);
    const EmbeddingMatrix again = reopened.embeddings("gnn", fixture.progress);
    CHECK(again.traceKeys == matrix.traceKeys);
    for (std::size_t i = 0; i < 9; ++i)
        CHECK(bitsOf(again.values[i]) == bitsOf(matrix.values[i]));
}

TEST_CASE("a vector blob is dim little-endian float32", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    fixture.storeGnn();
    Statement blob = fixture.workspace.database().prepare(
        "SELECT vector FROM embeddings WHERE kind = 'gnn' AND trace_key = ?");
    blob.bind(1, fixture.a);
    REQUIRE(blob.step());
    // 1.0f = 0x3F800000, -2.5f = 0xC0200000; least significant byte first.
    const std::string expected = {'\x00', '\x00', '\x80', '\x3F', '\x00', '\x00', '\x20', '\xC0'};
    CHECK(blob.blob(0) == expected);
}

TEST_CASE("a set describes itself and counts its vectors", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    CHECK(workspace.embeddingSets().empty());
    CHECK_FALSE(workspace.embeddingSet("gnn"));
    CHECK(workspace.info().embeddedTraces == 0);
    fixture.storeGnn();
    // A second kind that covers only one trace; info() counts 'gnn' only.
    const float vb[4] = {1, 2, 3, 4};
    workspace.replaceEmbeddings({"stv", 4, 77, "service trace vector", R"({"paths":4})", 0},
                                [&](const EmbeddingWrite& write) { write(fixture.b, vb, 4); }, fixture.progress);

    const auto gnn = workspace.embeddingSet("gnn");
    REQUIRE(gnn);
    CHECK(gnn->kind == "gnn");
    CHECK(gnn->dim == 2);
    CHECK(gnn->createdNs == 123);
    CHECK(gnn->model == "GAT \"test\"");
    CHECK(gnn->params == R"({"epochs": 15})");
    CHECK(gnn->vectors == 3);
    const std::vector<EmbeddingSetInfo> sets = workspace.embeddingSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0].kind == "gnn");
    CHECK(sets[1].kind == "stv");
    CHECK(sets[1].vectors == 1);
    CHECK(workspace.info().embeddedTraces == 3);

    const EmbeddingMatrix stv = workspace.embeddings("stv", fixture.progress);
    CHECK(stv.dim == 4);
    CHECK(stv.traceKeys == std::vector<std::int64_t>{fixture.b});
    CHECK(stv.values == std::vector<float>{1, 2, 3, 4});
}

TEST_CASE("replacing a set drops every old vector of that kind only", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeGnn();
    const float vb[1] = {9};
    workspace.replaceEmbeddings({"stv", 1, 1, "stv", "{}", 0},
                                [&](const EmbeddingWrite& write) { write(fixture.b, vb, 1); }, fixture.progress);

    const float va[3] = {7, 8, 9};
    const EmbeddingSetInfo replaced = workspace.replaceEmbeddings(
        {"gnn", 3, 456, "GAT retrained", R"({"epochs":30})", 0},
        [&](const EmbeddingWrite& write) { write(fixture.a, va, 3); }, fixture.progress);
    CHECK(replaced.vectors == 1);
    const EmbeddingMatrix matrix = workspace.embeddings("gnn", fixture.progress);
    CHECK(matrix.dim == 3);
    CHECK(matrix.traceKeys == std::vector<std::int64_t>{fixture.a});
    CHECK(matrix.values == std::vector<float>{7, 8, 9});
    Database& db = workspace.database();
    CHECK(db.queryInt64("SELECT COUNT(*) FROM embeddings WHERE kind = 'gnn'") == 1);
    CHECK(workspace.embeddingSet("gnn")->model == "GAT retrained");
    CHECK(workspace.info().embeddedTraces == 1);
    CHECK(workspace.embeddings("stv", fixture.progress).values == std::vector<float>{9});

    // An empty set is a set: it replaces the old one and reads back as no rows.
    workspace.replaceEmbeddings({"gnn", 3, 0, "empty", "{}", 0}, [](const EmbeddingWrite&) {}, fixture.progress);
    const EmbeddingMatrix empty = workspace.embeddings("gnn", fixture.progress);
    CHECK(empty.dim == 3);
    CHECK(empty.rows() == 0);
    CHECK(workspace.info().embeddedTraces == 0);
}

TEST_CASE("a failed replace leaves the previous set and the audit log untouched", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeGnn();
    Database& db = workspace.database();
    const auto before = snapshotTables(db);
    const float good[2] = {0.5f, 0.25f};
    const float bad3[3] = {1, 2, 3};
    const EmbeddingSetInfo next{"gnn", 2, 0, "next", "{}", 0};

    SECTION("cancelled while writing")
    {
        NullProgress progress;
        REQUIRE_THROWS_AS(workspace.replaceEmbeddings(next,
                                                      [&](const EmbeddingWrite& write) {
                                                          write(fixture.c, good, 2);
                                                          progress.cancel();
                                                          write(fixture.a, good, 2);
                                                      },
                                                      progress),
                          Cancelled);
    }
    SECTION("a key that is no trace")
    {
        const auto run = [&] {
            workspace.replaceEmbeddings(next,
                                        [&](const EmbeddingWrite& write) {
                                            write(fixture.c, good, 2);
                                            write(999999, good, 2);
                                        },
                                        fixture.progress);
        };
        REQUIRE_THROWS_AS(run(), WorkspaceError);
        REQUIRE_THROWS_WITH(run(), Catch::Contains("no trace with key 999999") && Catch::Contains("'gnn'"));
    }
    SECTION("a key given twice")
    {
        REQUIRE_THROWS_WITH(workspace.replaceEmbeddings(next,
                                                        [&](const EmbeddingWrite& write) {
                                                            write(fixture.c, good, 2);
                                                            write(fixture.c, good, 2);
                                                        },
                                                        fixture.progress),
                            Catch::Contains("trace key " + std::to_string(fixture.c) + " was given twice"));
    }
    SECTION("a vector of the wrong size")
    {
        const auto run = [&] {
            workspace.replaceEmbeddings(next,
                                        [&](const EmbeddingWrite& write) {
                                            write(fixture.c, good, 2);
                                            write(fixture.a, bad3, 3);
                                        },
                                        fixture.progress);
        };
        REQUIRE_THROWS_AS(run(), UsageError);
        REQUIRE_THROWS_WITH(run(), Catch::Contains("has 3 values") && Catch::Contains("dimension 2"));
    }
    SECTION("a NaN")
    {
        const float nan[2] = {1.0f, std::nanf("")};
        REQUIRE_THROWS_WITH(workspace.replaceEmbeddings(
                                next, [&](const EmbeddingWrite& write) { write(fixture.a, nan, 2); }, fixture.progress),
                            Catch::Contains("non-finite value at index 1"));
    }
    SECTION("the producer throws")
    {
        REQUIRE_THROWS_WITH(workspace.replaceEmbeddings(next,
                                                        [&](const EmbeddingWrite& write) {
                                                            write(fixture.c, good, 2);
                                                            throw std::runtime_error("model exploded");
                                                        },
                                                        fixture.progress),
                            "model exploded");
    }
    SECTION("a set description that cannot be stored")
    {
        const auto refused = [&](EmbeddingSetInfo info) {
            bool producerRan = false;
            CHECK_THROWS_AS(workspace.replaceEmbeddings(
                                info, [&](const EmbeddingWrite&) { producerRan = true; }, fixture.progress),
                            UsageError);
            CHECK_FALSE(producerRan);
        };
        refused({"", 2, 0, "no kind", "{}", 0});
        refused({"gnn", 0, 0, "no dimension", "{}", 0});
        refused({"gnn", -4, 0, "negative dimension", "{}", 0});
        refused({"gnn", 2, 0, "params not JSON", "epochs=15", 0});
        refused({"gnn", 2, 0, "params not an object", "[15]", 0});
    }
    CHECK(snapshotTables(db) == before);
    const EmbeddingMatrix kept = workspace.embeddings("gnn", fixture.progress);
    CHECK(kept.traceKeys == std::vector<std::int64_t>{fixture.c, fixture.a, fixture.b});
    CHECK(kept.values == std::vector<float>{5, 6, 1, -2.5f, 3, 4});
    CHECK(workspace.embeddingSet("gnn")->model == "GAT \"test\"");
}

TEST_CASE("deleting a set removes its vectors and is audited", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeGnn();
    Database& db = workspace.database();
    CHECK(workspace.deleteEmbeddings("gnn", "ana"));
    CHECK_FALSE(workspace.embeddingSet("gnn"));
    CHECK(countRows(db, "embeddings") == 0);
    CHECK(workspace.info().embeddedTraces == 0);
    REQUIRE_THROWS_AS(workspace.embeddings("gnn", fixture.progress), WorkspaceError);
    REQUIRE_THROWS_WITH(workspace.embeddings("gnn", fixture.progress),
                        Catch::Contains("no embeddings of kind 'gnn'") && Catch::Contains("none are stored"));
    const std::int64_t auditRows = countRows(db, "audit_log");
    CHECK_FALSE(workspace.deleteEmbeddings("gnn")); // nothing to delete, nothing logged
    CHECK(countRows(db, "audit_log") == auditRows);

    const float v[1] = {1};
    workspace.replaceEmbeddings({"bag", 1, 1, "bag of paths", "{}", 0},
                                [&](const EmbeddingWrite& write) { write(fixture.a, v, 1); }, fixture.progress);
    REQUIRE_THROWS_WITH(workspace.embeddings("gnn", fixture.progress), Catch::Contains("stored: 'bag'"));
}

TEST_CASE("replace and delete append audit rows with the set's summary", "[workspace][embeddings]")
{
    ThreeTraces fixture;
    Workspace& workspace = fixture.workspace;
    fixture.storeGnn();
    const float v[1] = {1};
    workspace.replaceEmbeddings({"gnn", 1, 500, "small", "{}", 0},
                                [&](const EmbeddingWrite& write) { write(fixture.b, v, 1); }, fixture.progress);
    workspace.deleteEmbeddings("gnn", "ana");

    const std::string first =
        R"({"dim":2,"vectors":3,"created_ns":123,"model":"GAT \"test\"","params":{"epochs": 15}})";
    const std::string second = R"({"dim":1,"vectors":1,"created_ns":500,"model":"small","params":{}})";
    Statement rows = workspace.database().prepare(
        "SELECT actor, action, entity, entity_key, old_value, new_value, json_valid(coalesce(new_value, old_value)) "
        "FROM audit_log ORDER BY id");
    const auto next = [&](const char* actor, const char* action, const std::string& oldValue,
                          const std::string& newValue) {
        REQUIRE(rows.step());
        CHECK(rows.text(0) == actor);
        CHECK(rows.text(1) == action);
        CHECK(rows.text(2) == "embedding_set");
        CHECK(rows.text(3) == "gnn");
        CHECK((rows.isNull(4) ? std::string("<null>") : rows.text(4)) == oldValue);
        CHECK((rows.isNull(5) ? std::string("<null>") : rows.text(5)) == newValue);
        CHECK(rows.int64(6) == 1);
    };
    next("trainer", "replace_embeddings", "<null>", first);
    next("tracemark", "replace_embeddings", first, second);
    next("ana", "delete_embeddings", second, "<null>");
    CHECK_FALSE(rows.step());
}

TEST_CASE("a large set streams, and Cancel stops it mid-way", "[workspace][embeddings]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "large.tmk");
    std::vector<Span> spans;
    constexpr int kTraces = 1500;
    for (int t = 0; t < kTraces; ++t) // start times run backwards: key order is the reverse of start order
        spans.push_back(makeSpan("t" + std::to_string(t), "s", "", "frontend", "GET /", (kTraces - t) * 100, 10));
    importSpans(workspace, spans);
    std::vector<std::int64_t> keys;
    for (const TraceSummary& trace : workspace.traces({}, std::nullopt, kTraces))
        keys.push_back(trace.key); // start order
    REQUIRE(keys.size() == static_cast<std::size_t>(kTraces));
    // Vector of the trace with key k: value i is k + i / 64.
    const auto vectorOf = [](std::int64_t key) {
        std::vector<float> values(64);
        for (int i = 0; i < 64; ++i)
            values[static_cast<std::size_t>(i)] = static_cast<float>(key) + static_cast<float>(i) / 64.0f;
        return values;
    };
    std::size_t writes = 0;
    const auto produceAll = [&](Progress* cancelAfter500) {
        return [&, cancelAfter500](const EmbeddingWrite& write) {
            for (std::size_t n = 0; n < keys.size(); ++n) {
                if (cancelAfter500 && n == 500)
                    cancelAfter500->cancel();
                const std::vector<float> values = vectorOf(keys[keys.size() - 1 - n]); // reverse start order
                ++writes;
                write(keys[keys.size() - 1 - n], values.data(), values.size());
            }
        };
    };

    NullProgress progress;
    CHECK(workspace.replaceEmbeddings({"gnn", 64, 0, "big", "{}", 0}, produceAll(nullptr), progress).vectors
          == kTraces);
    NullProgress cancelling;
    REQUIRE_THROWS_AS(workspace.replaceEmbeddings({"gnn", 64, 0, "cancelled", "{}", 0}, produceAll(&cancelling),
                                                  cancelling),
                      Cancelled);
    CHECK(writes == kTraces + 1024); // the write that completes each batch of 1024 checks for Cancel

    const EmbeddingMatrix matrix = workspace.embeddings("gnn", progress);
    CHECK(workspace.embeddingSet("gnn")->model == "big");
    CHECK(matrix.traceKeys == keys);
    REQUIRE(matrix.values.size() == static_cast<std::size_t>(kTraces) * 64);
    bool allEqual = true;
    for (std::size_t row = 0; row < keys.size(); ++row)
        allEqual = allEqual && std::equal(matrix.row(row), matrix.row(row) + 64, vectorOf(keys[row]).begin());
    CHECK(allEqual);
    CHECK(workspace.info().embeddedTraces == kTraces);
}
