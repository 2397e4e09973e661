// Workspace files: create/open, schema version and migrations, and the errors for files that are
// missing, newer, not SQLite, not ours, truncated or corrupt.
#include "core/common/Error.h"
#include "core/store/Schema.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace tracemark;
using namespace tracemark::test;
namespace fs = std::filesystem;

namespace {

void writeSmallWorkspace(const fs::path& file)
{
    Workspace workspace = Workspace::create(file);
    std::vector<Span> spans;
    for (int t = 0; t < 200; ++t) {
        const std::string id = "trace-" + std::to_string(t);
        spans.push_back(makeSpan(id, "root", "", "frontend", "GET /", t * 1000, 500));
        spans.push_back(makeSpan(id, "child", "root", "cart", "GetCart", t * 1000 + 10, 100));
    }
    importSpans(workspace, spans);
}

std::string errorOf(const fs::path& file)
{
    try {
        Workspace::open(file);
    } catch (const WorkspaceError& error) {
        return error.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("a created workspace opens again with the same content", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "round.tmk";
    {
        Workspace workspace = Workspace::create(file);
        CHECK(workspace.path() == file);
        CHECK(workspace.schemaVersion() == Workspace::currentSchemaVersion());
        const WorkspaceInfo info = workspace.info();
        CHECK(info.traces == 0);
        CHECK(info.spans == 0);
        CHECK(info.firstStartNs == 0);
        CHECK(info.lastEndNs == 0);
        importSpans(workspace, {makeSpan("t1", "a", "", "frontend", "GET /", 0, 100),
                                makeSpan("t1", "b", "a", "cart", "GetCart", 10, 50)});
    }
    Workspace reopened = Workspace::open(file);
    const WorkspaceInfo info = reopened.info();
    CHECK(info.path == file.string());
    CHECK(info.schemaVersion == Workspace::currentSchemaVersion());
    CHECK(info.traces == 1);
    CHECK(info.spans == 2);
    CHECK(info.services == 2);
    CHECK(info.operations == 2);
    CHECK(info.imports == 1);
    CHECK(info.firstStartNs == kBaseNs);
    CHECK(info.lastEndNs == kBaseNs + 100);
    CHECK(reopened.services() == std::vector<std::string>{"cart", "frontend"});
}

TEST_CASE("the workspace uses WAL, foreign keys and a schema version", "[workspace]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "pragmas.tmk");
    Database& db = workspace.database();
    Statement mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);
    const int current = Workspace::currentSchemaVersion();
    CHECK(current == workspaceMigrations().back().version);
    CHECK(current >= 2); // schema 2 added the embeddings tables
    CHECK(db.queryInt64("SELECT version FROM schema_version") == current);
    CHECK(readSchemaVersion(db) == current);
    // A span pointing at no trace is refused by the foreign key.
    CHECK_THROWS_AS(db.exec("INSERT INTO spans(trace_key, span_id, service_id, operation_id, start_ns, duration_ns, "
                            "status, kind, depth, is_orphan, call_path_id, waiting_ns, local_ns, relative_start_ns) "
                            "VALUES (999, 'x', 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)"),
                    WorkspaceError);
}

TEST_CASE("create refuses an existing file and open a missing one", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "exists.tmk";
    Workspace::create(file);
    REQUIRE_THROWS_WITH(Workspace::create(file), Catch::Contains("already exists"));
    REQUIRE_THROWS_AS(Workspace::create(file), WorkspaceError);
    REQUIRE_THROWS_WITH(Workspace::open(dir / "missing.tmk"), Catch::Contains("workspace not found")
                                                                   && Catch::Contains("missing.tmk"));
    REQUIRE_THROWS_WITH(Workspace::create(dir / "no-such-folder" / "w.tmk"), Catch::Contains("does not exist"));
    CHECK_FALSE(fs::exists(dir / "no-such-folder"));
    // openOrCreate: creates the first time, opens the second.
    const fs::path other = dir / "other.tmk";
    Workspace::openOrCreate(other);
    CHECK(fs::exists(other));
    CHECK(Workspace::openOrCreate(other).schemaVersion() == Workspace::currentSchemaVersion());
}

TEST_CASE("a file written by a newer schema is refused, naming both versions", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "newer.tmk";
    const int current = Workspace::currentSchemaVersion();
    const int newer = current + 5;
    {
        Workspace workspace = Workspace::create(file);
        workspace.database().exec("UPDATE schema_version SET version = " + std::to_string(newer));
    }
    const std::string message = errorOf(file);
    CHECK_THAT(message, Catch::Contains("written by a newer Tracemark (schema " + std::to_string(newer)
                                        + ", this build reads up to " + std::to_string(current) + ")"));
    CHECK_THAT(message, Catch::Contains("newer.tmk"));
}

TEST_CASE("files that are not workspaces give clear errors", "[workspace]")
{
    TempDir dir;
    SECTION("text file")
    {
        const fs::path file = dir.write("notes.tmk", "this is not a database, just some text that is long enough "
                                                     "to fill the 100 bytes of an SQLite header, and then some more");
        CHECK_THAT(errorOf(file), Catch::Contains("not a Tracemark workspace: file is not a database"));
    }
    SECTION("short file")
    {
        CHECK_THAT(errorOf(dir.write("short.tmk", "SQLite")), Catch::Contains("not a Tracemark workspace"));
    }
    SECTION("empty file")
    {
        CHECK_THAT(errorOf(dir.write("empty.tmk", "")), Catch::Contains("not a Tracemark workspace"));
    }
    SECTION("a folder")
    {
        fs::create_directory(dir / "folder.tmk");
        CHECK_THAT(errorOf(dir / "folder.tmk"), Catch::Contains("not a Tracemark workspace"));
    }
    SECTION("an SQLite database of something else")
    {
        const fs::path file = dir / "other.db";
        {
            Database db(file, Database::Mode::CreateIfMissing);
            db.exec("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'x')");
        }
        const std::string message = errorOf(file);
        CHECK_THAT(message, Catch::StartsWith("not a Tracemark workspace"));
        CHECK_THAT(message, Catch::Contains("without Tracemark's tables"));
    }
    SECTION("an SQLite database with a foreign schema_version table")
    {
        const fs::path file = dir / "lookalike.db";
        {
            Database db(file, Database::Mode::CreateIfMissing);
            db.exec("CREATE TABLE schema_version(version INTEGER); INSERT INTO schema_version VALUES (1)");
        }
        CHECK_THAT(errorOf(file), Catch::StartsWith("not a Tracemark workspace"));
    }
}

TEST_CASE("a truncated workspace file is reported as corrupt", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "truncated.tmk";
    writeSmallWorkspace(file);
    REQUIRE_FALSE(fs::exists(file.string() + "-wal")); // the last close checkpointed the log
    const auto size = fs::file_size(file);
    REQUIRE(size > 3 * 8192);
    fs::resize_file(file, size / 2);
    const std::string message = errorOf(file);
    CHECK_THAT(message, Catch::Contains("corrupt") && Catch::Contains("truncated"));
}

TEST_CASE("a workspace whose first page is overwritten is reported as corrupt", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "scrambled.tmk";
    writeSmallWorkspace(file);
    {
        std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
        out.seekp(100); // keep the 100-byte header, scramble the schema table's root page
        const std::string garbage(4000, '\x55');
        out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    bool threw = false;
    try {
        Workspace workspace = Workspace::open(file);
        workspace.info();
        workspace.traces({}, std::nullopt, 10);
    } catch (const WorkspaceError& error) {
        threw = true;
        CHECK_THAT(std::string(error.what()), Catch::Contains("corrupt") || Catch::Contains("malformed"));
    }
    CHECK(threw);
}

TEST_CASE("migrations bring an older file forward in one transaction", "[workspace][migration]")
{
    TempDir dir;
    const fs::path file = dir / "old.tmk";
    Workspace::create(file);

    const int current = Workspace::currentSchemaVersion();
    const int next = current + 1;
    const std::string nextText = std::to_string(next);
    std::vector<Migration> migrations = workspaceMigrations();
    SECTION("an appended migration is applied on the next migrate")
    {
        migrations.push_back({next, "a future feature", "CREATE TABLE future_feature(x INTEGER PRIMARY KEY)"});
        Database db(file, Database::Mode::OpenExisting);
        CHECK(migrateSchema(db, migrations) == next);
        CHECK(readSchemaVersion(db) == next);
        CHECK(db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE name = 'future_feature'") == 1);
        CHECK(migrateSchema(db, migrations) == next); // nothing left to do
        // This build does not know that migration, so it now refuses the file.
        CHECK_THAT(errorOf(file), Catch::Contains("schema " + nextText + ", this build reads up to "
                                                  + std::to_string(current)));
    }
    SECTION("a failing migration leaves the file at its old version")
    {
        migrations.push_back({next, "broken", "CREATE TABLE half_done(x INTEGER); INSERT INTO no_such_table VALUES (1)"});
        Database db(file, Database::Mode::OpenExisting);
        REQUIRE_THROWS_WITH(migrateSchema(db, migrations),
                            Catch::Contains("cannot upgrade") && Catch::Contains("schema " + nextText + " (broken)"));
        CHECK(readSchemaVersion(db) == current);
        CHECK(db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half_done'") == 0);
        CHECK(Workspace::open(file).schemaVersion() == current);
    }
    SECTION("migrating from an older list refuses a newer file")
    {
        const std::vector<Migration> none = {};
        Database db(file, Database::Mode::OpenExisting);
        REQUIRE_THROWS_WITH(migrateSchema(db, none), Catch::Contains("schema " + std::to_string(current)
                                                                     + ", this build reads up to 0"));
    }
}

TEST_CASE("a schema-1 file is upgraded on open and keeps its data", "[workspace][migration]")
{
    TempDir dir;
    const fs::path file = dir / "schema1.tmk";
    {
        // What Tracemark 1 wrote: only the first migration, then a trace, a span and a label.
        Database db(file, Database::Mode::CreateIfMissing);
        db.exec("PRAGMA journal_mode = WAL");
        REQUIRE(migrateSchema(db, {workspaceMigrations().front()}) == 1);
        db.exec("INSERT INTO services(id, name) VALUES (1, 'frontend');"
                "INSERT INTO operations(id, service_id, name) VALUES (1, 1, 'GET /');"
                "INSERT INTO traces(id, trace_id, start_ns, duration_ns, span_count, error_spans, orphan_spans, "
                "  root_service_id, root_operation_id, path_id) VALUES (7, 'old-trace', 5000, 120, 1, 0, 0, 1, 1, 42);"
                "INSERT INTO spans(id, trace_key, span_id, service_id, operation_id, start_ns, duration_ns, status, "
                "  kind, depth, is_orphan, call_path_id, waiting_ns, local_ns, relative_start_ns) "
                "  VALUES (117440512, 7, 'root', 1, 1, 5000, 120, 0, 0, 0, 0, 0, 0, 120, 0);"
                "INSERT INTO labels(trace_key, label, source, confidence, updated_ns, author) "
                "  VALUES (7, 2, 0, 1.0, 1, 'ana');"
                "UPDATE counters SET value = 1 WHERE name IN ('traces', 'spans', 'labeled_traces');");
        REQUIRE(db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'embedding%'") == 0);
    }
    Workspace workspace = Workspace::open(file);
    CHECK(workspace.schemaVersion() == Workspace::currentSchemaVersion());
    Database& db = workspace.database();
    CHECK(db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('embedding_sets', 'embeddings')") == 2);
    const WorkspaceInfo info = workspace.info();
    CHECK(info.traces == 1);
    CHECK(info.spans == 1);
    CHECK(info.labeledTraces == 1);
    CHECK(info.embeddedTraces == 0);
    const auto trace = workspace.traceById("old-trace");
    REQUIRE(trace);
    CHECK(trace->key == 7);
    CHECK(trace->startNs == 5000);
    CHECK(trace->rootService == "frontend");
    CHECK(trace->label == TraceLabel::Abnormal);
    CHECK(workspace.spansOfTrace(7).size() == 1);
    // The new tables work with the old rows.
    NullProgress progress;
    const float vector[2] = {0.5f, -1.0f};
    workspace.replaceEmbeddings({"gnn", 2, 0, "test", "{}", 0},
                                [&](const EmbeddingWrite& write) { write(7, vector, 2); }, progress);
    CHECK(workspace.info().embeddedTraces == 1);
}

TEST_CASE("a schema-2 file is upgraded to the selection tables and keeps its labels", "[workspace][migration]")
{
    TempDir dir;
    const fs::path file = dir / "schema2.tmk";
    {
        // What Tracemark 2 wrote: two migrations, one trace with a human label.
        Database db(file, Database::Mode::CreateIfMissing);
        db.exec("PRAGMA journal_mode = WAL");
        const std::vector<Migration> firstTwo(workspaceMigrations().begin(), workspaceMigrations().begin() + 2);
        REQUIRE(migrateSchema(db, firstTwo) == 2);
        db.exec("INSERT INTO traces(id, trace_id, start_ns, duration_ns, span_count, error_spans, orphan_spans, "
                "  path_id) VALUES (3, 'kept', 100, 10, 0, 0, 0, 0);"
                "INSERT INTO labels(trace_key, label, source, confidence, updated_ns, author) "
                "  VALUES (3, 1, 0, 1.0, 1, 'ana');"
                "UPDATE counters SET value = 1 WHERE name IN ('traces', 'labeled_traces');");
        REQUIRE(db.queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE name = 'selection'") == 0);
    }
    Workspace workspace = Workspace::open(file);
    CHECK(workspace.schemaVersion() == Workspace::currentSchemaVersion());
    CHECK(workspace.schemaVersion() >= 3);
    CHECK(workspace.database().queryInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                          "('selection', 'clusters', 'trace_clusters')") == 3);
    CHECK_FALSE(workspace.selection().has_value());
    CHECK(workspace.allLabels().size() == 1);
    CHECK(workspace.info().labeledTraces == 1);
    // The new tables work with the old rows.
    SelectionInfo info;
    info.method = "random";
    info.vectors = "stv";
    info.k = 1;
    NullProgress progress;
    workspace.replaceSelection(info, {3}, {0}, {0.0f}, {3}, progress);
    CHECK(workspace.representatives() == std::vector<std::int64_t>{3});
    CHECK(workspace.clusters().at(0).normal == 1);
}

TEST_CASE("a second connection reads while another imports", "[workspace]")
{
    TempDir dir;
    const fs::path file = dir / "shared.tmk";
    Workspace writer = Workspace::create(file);
    importSpans(writer, {makeSpan("first", "a", "", "frontend", "GET /", 0, 10)});
    Workspace reader = Workspace::open(file);
    NullProgress progress;
    std::int64_t seenDuringImport = -1;
    writer.import(
        "second",
        [&](ImportSink& sink, Progress&) {
            sink.addSpan(makeSpan("second", "a", "", "frontend", "GET /", 100, 10));
            sink.endTrace("second");
            seenDuringImport = reader.countTraces({}); // WAL: the reader sees the last commit
        },
        progress);
    CHECK(seenDuringImport == 1);
    CHECK(reader.countTraces({}) == 2);
    CHECK(reader.info().traces == 2);
}
