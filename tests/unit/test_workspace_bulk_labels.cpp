// Labels in bulk: reading them all, human labels in one transaction (audited per change), and
// replacing the propagated labels as a whole without ever touching a human label.
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace tracemark;
using namespace tracemark::test;

namespace {

// Six one-span traces t0..t5; key[i] is the key of trace ti.
struct SixTraces : OneSpanTraces {
    SixTraces() : OneSpanTraces("labels.tmk", 6) {}

    // The counter info() reports must always equal the labels that exist.
    void checkCounter()
    {
        CHECK(workspace.info().labeledTraces == countRows(workspace.database(), "labels"));
    }
};

std::int64_t auditCount(Database& db, const std::string& action)
{
    Statement count = db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = ?");
    count.bind(1, action);
    count.step();
    return count.int64(0);
}

struct AuditRow {
    std::string actor, entityKey, oldValue, newValue;
};

std::vector<AuditRow> auditRows(Database& db, const std::string& action)
{
    Statement rows = db.prepare("SELECT actor, entity, entity_key, old_value, new_value FROM audit_log "
                                "WHERE action = ? ORDER BY id");
    rows.bind(1, action);
    std::vector<AuditRow> out;
    while (rows.step())
        out.push_back({rows.text(0), rows.text(2), rows.isNull(3) ? "<null>" : rows.text(3),
                       rows.isNull(4) ? "<null>" : rows.text(4)});
    return out;
}

} // namespace

TEST_CASE("allLabels returns every stored label by trace key", "[workspace][labels]")
{
    SixTraces f;
    CHECK(f.workspace.allLabels().empty());
    f.workspace.setLabel(f.key[4], TraceLabel::Normal, LabelSource::Model, 0.25, "model");
    f.workspace.setLabel(f.key[1], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    const std::vector<StoredTraceLabel> labels = f.workspace.allLabels();
    REQUIRE(labels.size() == 2);
    CHECK(labels[0].traceKey == f.key[1]);
    CHECK(labels[0].label == TraceLabel::Abnormal);
    CHECK(labels[0].source == LabelSource::Human);
    CHECK(labels[0].confidence == 1.0);
    CHECK(labels[1].traceKey == f.key[4]);
    CHECK(labels[1].label == TraceLabel::Normal);
    CHECK(labels[1].source == LabelSource::Model);
    CHECK(labels[1].confidence == 0.25);
}

TEST_CASE("labelTallies counts the traces of each source and label that occurs", "[workspace][labels]")
{
    SixTraces f;
    CHECK(f.workspace.labelTallies().empty());
    f.workspace.setLabel(f.key[0], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    f.workspace.setLabel(f.key[1], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    f.workspace.setLabel(f.key[2], TraceLabel::Normal, LabelSource::Human, 1.0, "ana");
    f.workspace.setLabel(f.key[3], TraceLabel::Normal, LabelSource::Propagated, 0.5, "tracemark");
    f.workspace.setLabel(f.key[4], TraceLabel::Abnormal, LabelSource::Model, 0.9, "model");
    const std::vector<LabelTally> tallies = f.workspace.labelTallies();
    // By source (human 0, propagated 1, model 2), then label (normal 1, abnormal 2).
    REQUIRE(tallies.size() == 4);
    CHECK((tallies[0].source == LabelSource::Human && tallies[0].label == TraceLabel::Normal && tallies[0].traces == 1));
    CHECK((tallies[1].source == LabelSource::Human && tallies[1].label == TraceLabel::Abnormal && tallies[1].traces == 2));
    CHECK((tallies[2].source == LabelSource::Propagated && tallies[2].label == TraceLabel::Normal && tallies[2].traces == 1));
    CHECK((tallies[3].source == LabelSource::Model && tallies[3].label == TraceLabel::Abnormal && tallies[3].traces == 1));
}

TEST_CASE("propagation writes unlabeled traces and never touches human labels", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[0], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.setLabel(f.key[1], TraceLabel::Normal, LabelSource::Human, 1.0, "ana");

    const std::int64_t written = workspace.replacePropagatedLabels(
        {{f.key[0], TraceLabel::Normal, 0.9}, // human: skipped
         {f.key[1], TraceLabel::Abnormal, 0.8}, // human: skipped
         {f.key[3], TraceLabel::Normal, 0.75},
         {f.key[2], TraceLabel::Abnormal, 0.6}},
        f.progress, "propagator");
    CHECK(written == 2);

    const std::vector<StoredTraceLabel> labels = workspace.allLabels();
    REQUIRE(labels.size() == 4);
    CHECK(labels[0].traceKey == f.key[0]);
    CHECK(labels[0].label == TraceLabel::Abnormal);
    CHECK(labels[0].source == LabelSource::Human);
    CHECK(labels[0].confidence == 1.0);
    CHECK(labels[1].label == TraceLabel::Normal);
    CHECK(labels[1].source == LabelSource::Human);
    CHECK(labels[2].traceKey == f.key[2]);
    CHECK(labels[2].label == TraceLabel::Abnormal);
    CHECK(labels[2].source == LabelSource::Propagated);
    CHECK(labels[2].confidence == 0.6);
    CHECK(labels[3].traceKey == f.key[3]);
    CHECK(labels[3].label == TraceLabel::Normal);
    CHECK(labels[3].source == LabelSource::Propagated);
    CHECK(labels[3].confidence == 0.75);
    CHECK(workspace.info().labeledTraces == 4);
    f.checkCounter();
    // The human rows kept their author and time; the propagated ones carry the actor.
    CHECK(workspace.database().queryInt64("SELECT COUNT(*) FROM labels WHERE author = 'ana'") == 2);
    CHECK(workspace.database().queryInt64("SELECT COUNT(*) FROM labels WHERE author = 'propagator'") == 2);

    const std::vector<AuditRow> audit = auditRows(workspace.database(), "propagate");
    REQUIRE(audit.size() == 1); // one summary row, not one per trace
    CHECK(audit[0].actor == "propagator");
    CHECK(audit[0].entityKey == "propagated");
    CHECK(audit[0].oldValue == R"({"normal":0,"abnormal":0})");
    CHECK(audit[0].newValue == R"({"normal":1,"abnormal":1,"skipped_human":2,"replaced_model":0})");
    CHECK(auditCount(workspace.database(), "set_label") == 2); // only the two setLabel calls
}

TEST_CASE("a new propagation replaces the old propagated labels", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[0], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.replacePropagatedLabels({{f.key[1], TraceLabel::Normal, 0.5}, {f.key[2], TraceLabel::Abnormal, 0.5},
                                       {f.key[3], TraceLabel::Normal, 0.5}},
                                      f.progress);
    CHECK(workspace.info().labeledTraces == 4);

    // t1 changes its label, t2 and t3 lose theirs, t4 gets one.
    CHECK(workspace.replacePropagatedLabels({{f.key[1], TraceLabel::Abnormal, 0.9}, {f.key[4], TraceLabel::Normal, 0.3}},
                                            f.progress)
          == 2);
    const std::vector<StoredTraceLabel> labels = workspace.allLabels();
    REQUIRE(labels.size() == 3);
    CHECK(labels[0].traceKey == f.key[0]);
    CHECK(labels[0].source == LabelSource::Human);
    CHECK(labels[1].traceKey == f.key[1]);
    CHECK(labels[1].label == TraceLabel::Abnormal);
    CHECK(labels[1].confidence == 0.9);
    CHECK(labels[2].traceKey == f.key[4]);
    CHECK(labels[2].label == TraceLabel::Normal);
    CHECK(workspace.traceByKey(f.key[2])->label == TraceLabel::Unlabeled);
    CHECK(workspace.info().labeledTraces == 3);
    f.checkCounter();

    const std::vector<AuditRow> audit = auditRows(workspace.database(), "propagate");
    REQUIRE(audit.size() == 2);
    CHECK(audit[1].oldValue == R"({"normal":2,"abnormal":1})");
    CHECK(audit[1].newValue == R"({"normal":1,"abnormal":1,"skipped_human":0,"replaced_model":0})");

    // An empty propagation removes every propagated label and still leaves a record.
    CHECK(workspace.replacePropagatedLabels({}, f.progress) == 0);
    CHECK(workspace.allLabels().size() == 1);
    CHECK(workspace.info().labeledTraces == 1);
    f.checkCounter();
    CHECK(auditCount(workspace.database(), "propagate") == 3);
}

TEST_CASE("propagation replaces a model label but keeps the count", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[5], TraceLabel::Normal, LabelSource::Model, 0.4, "model");
    CHECK(workspace.replacePropagatedLabels({{f.key[5], TraceLabel::Abnormal, 0.9}}, f.progress) == 1);
    const auto trace = workspace.traceByKey(f.key[5]);
    CHECK(trace->label == TraceLabel::Abnormal);
    CHECK(trace->labelSource == LabelSource::Propagated);
    CHECK(trace->labelConfidence == 0.9);
    CHECK(workspace.info().labeledTraces == 1);
    f.checkCounter();
    CHECK(auditRows(workspace.database(), "propagate").at(0).newValue
          == R"({"normal":0,"abnormal":1,"skipped_human":0,"replaced_model":1})");
}

TEST_CASE("a failed propagation changes nothing", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[0], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.replacePropagatedLabels({{f.key[1], TraceLabel::Normal, 0.5}, {f.key[2], TraceLabel::Abnormal, 0.5}},
                                      f.progress);
    Database& db = workspace.database();
    const auto before = snapshotTables(db);
    const double nan = std::numeric_limits<double>::quiet_NaN();

    SECTION("a key that is no trace, after other rows went in")
    {
        CHECK_THROWS_WITH(workspace.replacePropagatedLabels(
                              {{f.key[3], TraceLabel::Normal, 0.5}, {999, TraceLabel::Normal, 0.5}}, f.progress),
                          Catch::Contains("no trace with key 999"));
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{999, TraceLabel::Normal, 0.5}}, f.progress),
                        WorkspaceError);
    }
    SECTION("a key given twice")
    {
        CHECK_THROWS_WITH(workspace.replacePropagatedLabels(
                              {{f.key[3], TraceLabel::Normal, 0.5}, {f.key[3], TraceLabel::Normal, 0.6}}, f.progress),
                          Catch::Contains("trace key " + std::to_string(f.key[3]) + " was given twice"));
    }
    SECTION("an unlabeled label")
    {
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Unlabeled, 0.5}}, f.progress),
                        UsageError);
    }
    SECTION("a confidence outside [0, 1]")
    {
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Normal, 1.5}}, f.progress),
                        UsageError);
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Normal, -0.1}}, f.progress),
                        UsageError);
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Normal, nan}}, f.progress),
                        UsageError);
    }
    SECTION("cancelled before it starts")
    {
        NullProgress cancelled;
        cancelled.cancel();
        CHECK_THROWS_AS(workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Normal, 0.5}}, cancelled),
                        Cancelled);
    }
    CHECK(snapshotTables(db) == before);
}

TEST_CASE("a propagation cancelled midway keeps the old propagated labels", "[workspace][labels]")
{
    constexpr int traces = 20000; // more than one progress batch of 16384 rows
    OneSpanTraces fixture("cancel.tmk", traces);
    Workspace& workspace = fixture.workspace;
    std::vector<std::tuple<std::int64_t, TraceLabel, double>> labels;
    for (const std::int64_t key : fixture.key)
        labels.emplace_back(key, TraceLabel::Normal, 0.5);
    REQUIRE(labels.size() == traces);
    NullProgress quiet;
    workspace.replacePropagatedLabels({labels[0], labels[1]}, quiet);
    const auto before = snapshotTables(workspace.database());

    CancelOnFirstReport progress;
    CHECK_THROWS_AS(workspace.replacePropagatedLabels(labels, progress), Cancelled);
    CHECK(snapshotTables(workspace.database()) == before);
    CHECK(workspace.info().labeledTraces == 2);
}

TEST_CASE("human labels in bulk: one audit row per changed trace", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[2], TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.replacePropagatedLabels({{f.key[3], TraceLabel::Abnormal, 0.75}}, f.progress);
    workspace.setLabel(f.key[4], TraceLabel::Normal, LabelSource::Human, 1.0, "bo");
    Database& db = workspace.database();
    const std::int64_t setLabelRows = auditCount(db, "set_label");

    workspace.setHumanLabels({{f.key[0], TraceLabel::Abnormal},
                              {f.key[1], TraceLabel::Normal},
                              {f.key[2], TraceLabel::Abnormal},  // already so, by ana: no change
                              {f.key[3], TraceLabel::Normal},    // overrides the propagated label
                              {f.key[4], TraceLabel::Unlabeled}, // removes bo's label
                              {f.key[5], TraceLabel::Unlabeled}, // had none: no change
                              {f.key[0], TraceLabel::Abnormal}}, // the same judgement twice: one change
                             "ana");

    const std::vector<StoredTraceLabel> labels = workspace.allLabels();
    REQUIRE(labels.size() == 4);
    CHECK(labels[0].traceKey == f.key[0]);
    CHECK(labels[0].label == TraceLabel::Abnormal);
    CHECK(labels[1].traceKey == f.key[1]);
    CHECK(labels[1].label == TraceLabel::Normal);
    CHECK(labels[2].traceKey == f.key[2]);
    CHECK(labels[3].traceKey == f.key[3]);
    CHECK(labels[3].label == TraceLabel::Normal);
    for (const StoredTraceLabel& label : labels) {
        CHECK(label.source == LabelSource::Human);
        CHECK(label.confidence == 1.0);
    }
    CHECK(workspace.info().labeledTraces == 4);
    f.checkCounter();

    const std::vector<AuditRow> audit = auditRows(db, "set_label");
    REQUIRE(audit.size() == static_cast<std::size_t>(setLabelRows + 4));
    const std::string abnormalByAna = R"({"label":"abnormal","source":"human","confidence":1,"author":"ana"})";
    const std::string normalByAna = R"({"label":"normal","source":"human","confidence":1,"author":"ana"})";
    const AuditRow* added = &audit[static_cast<std::size_t>(setLabelRows)];
    CHECK(added[0].actor == "ana");
    CHECK(added[0].entityKey == "t0");
    CHECK(added[0].oldValue == "<null>");
    CHECK(added[0].newValue == abnormalByAna);
    CHECK(added[1].entityKey == "t1");
    CHECK(added[1].newValue == normalByAna);
    CHECK(added[2].entityKey == "t3");
    CHECK(added[2].oldValue == R"({"label":"abnormal","source":"propagated","confidence":0.75,"author":"tracemark"})");
    CHECK(added[2].newValue == normalByAna);
    CHECK(added[3].entityKey == "t4");
    CHECK(added[3].oldValue == R"({"label":"normal","source":"human","confidence":1,"author":"bo"})");
    CHECK(added[3].newValue == "<null>");
}

TEST_CASE("human labels in bulk are all or nothing", "[workspace][labels]")
{
    SixTraces f;
    Workspace& workspace = f.workspace;
    workspace.setLabel(f.key[0], TraceLabel::Normal, LabelSource::Human, 1.0, "ana");
    Database& db = workspace.database();
    const auto before = snapshotTables(db);

    SECTION("a key that is no trace after valid ones")
    {
        CHECK_THROWS_WITH(workspace.setHumanLabels({{f.key[1], TraceLabel::Abnormal}, {f.key[0], TraceLabel::Abnormal},
                                                    {999, TraceLabel::Normal}},
                                                   "ana"),
                          Catch::Contains("no trace with key 999"));
    }
    SECTION("one trace given two different labels")
    {
        CHECK_THROWS_WITH(workspace.setHumanLabels({{f.key[1], TraceLabel::Abnormal}, {f.key[1], TraceLabel::Normal}},
                                                   "ana"),
                          Catch::Contains("trace key " + std::to_string(f.key[1])
                                          + " was given as abnormal and as normal"));
        CHECK_THROWS_AS(workspace.setHumanLabels({{f.key[1], TraceLabel::Abnormal}, {f.key[1], TraceLabel::Normal}},
                                                 "ana"),
                        WorkspaceError);
    }
    CHECK(snapshotTables(db) == before);
    f.checkCounter();
}

// Hidden (tag [.]): prints how long a million propagated labels and memberships take to store.
//   build/tests/test_workspace_bulk_labels "[benchmark]"
TEST_CASE("bulk label and selection writes on a million traces", "[.][benchmark]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "bench.tmk");
    constexpr std::int64_t traces = 1'000'000;
    // Trace rows straight into the table: the import is not what is measured here.
    workspace.database().exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(traces)
        + ") INSERT INTO traces(id, trace_id, start_ns, duration_ns, span_count, error_spans, orphan_spans, path_id) "
          "SELECT i, printf('%016x', i * 2654435761), i * 1000, 10, 1, 0, 0, 0 FROM n;"
          "UPDATE counters SET value = " + std::to_string(traces) + " WHERE name = 'traces'");
    std::vector<std::tuple<std::int64_t, TraceLabel, double>> labels;
    for (std::int64_t key = 1; key <= traces; ++key)
        labels.emplace_back(key, key % 50 == 0 ? TraceLabel::Abnormal : TraceLabel::Normal, 0.5 + (key % 7) / 14.0);
    std::vector<std::pair<std::int64_t, TraceLabel>> human;
    for (std::int64_t key = 1; key <= traces; key += 1000)
        human.emplace_back(key, TraceLabel::Abnormal);
    NullProgress progress;
    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); };

    auto start = Clock::now();
    workspace.setHumanLabels(human, "bench");
    std::printf("setHumanLabels, %zu labels: %.2f s\n", human.size(), seconds(start));
    start = Clock::now();
    const std::int64_t written = workspace.replacePropagatedLabels(labels, progress);
    std::printf("replacePropagatedLabels, %lld labels written (first run): %.2f s\n",
                static_cast<long long>(written), seconds(start));
    start = Clock::now();
    workspace.replacePropagatedLabels(labels, progress);
    std::printf("replacePropagatedLabels again (replacing %lld): %.2f s\n", static_cast<long long>(written),
                seconds(start));
    start = Clock::now();
    const std::vector<StoredTraceLabel> all = workspace.allLabels();
    std::printf("allLabels, %zu rows: %.2f s\n", all.size(), seconds(start));
    CHECK(workspace.info().labeledTraces == traces);

    constexpr int k = 1000;
    std::vector<std::int64_t> keys;
    std::vector<int> clusterOf;
    std::vector<float> distance;
    std::vector<std::int64_t> representatives(k);
    for (std::int64_t key = 1; key <= traces; ++key) {
        keys.push_back(key);
        clusterOf.push_back(static_cast<int>(key % k));
        distance.push_back(0.1f);
        if (key <= k)
            representatives[static_cast<std::size_t>(key % k)] = key;
    }
    SelectionInfo info;
    info.method = "kmeans";
    info.vectors = "gnn";
    info.k = k;
    start = Clock::now();
    workspace.replaceSelection(info, keys, clusterOf, distance, representatives, progress);
    std::printf("replaceSelection, %lld members, k = %d: %.2f s\n", static_cast<long long>(traces), k, seconds(start));
    start = Clock::now();
    const std::vector<ClusterInfo> clusters = workspace.clusters();
    std::printf("clusters() with label counts: %.2f s\n", seconds(start));
    CHECK(clusters.size() == k);
    start = Clock::now();
    workspace.replaceSelection(info, keys, clusterOf, distance, representatives, progress);
    std::printf("replaceSelection again (replacing the first): %.2f s\n", seconds(start));
}
