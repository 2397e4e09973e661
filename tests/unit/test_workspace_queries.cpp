// Reading a workspace back: filters, keyset pagination, counts, streaming every trace, labels
// with their audit trail, and info().
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace tracemark;
using namespace tracemark::test;

namespace {

std::string traceName(int i)
{
    return (i < 10 ? "t0" : "t") + std::to_string(i);
}

// 50 traces t00..t49 with known structure. Trace i starts at i*1000 ns (t11 shares t10's start)
// and lasts (i+1)*10 ns; cart is called when i%2==0, payment:Charge when i%3==0, db:Query when
// i%7==0, cache:Query when i%7==3, misc:misc-op-<i> when i%4==1; the root fails when i%5==0.
// t11 is imported before t10, so it has the smaller key and comes first at their shared start.
void importFiftyTraces(Workspace& workspace)
{
    std::vector<int> order;
    for (int i = 0; i < 50; ++i)
        order.push_back(i);
    std::swap(order[10], order[11]);
    std::vector<Span> spans;
    for (const int i : order) {
        const std::string id = traceName(i);
        const std::int64_t start = (i == 11 ? 10 : i) * 1000;
        spans.push_back(makeSpan(id, "r", "", "frontend", "GET /", start, (i + 1) * 10,
                                 i % 5 == 0 ? StatusClass::ServerError : StatusClass::Ok));
        if (i % 2 == 0)
            spans.push_back(makeSpan(id, "c", "r", "cart", "GetCart", start + 1, 5));
        if (i % 3 == 0)
            spans.push_back(makeSpan(id, "p", "r", "payment", "Charge", start + 2, 5));
        if (i % 7 == 0)
            spans.push_back(makeSpan(id, "q", "r", "db", "Query", start + 3, 1));
        if (i % 7 == 3)
            spans.push_back(makeSpan(id, "k", "r", "cache", "Query", start + 3, 1));
        if (i % 4 == 1)
            spans.push_back(makeSpan(id, "m", "r", "misc", "misc-op-" + std::to_string(i), start + 4, 1));
    }
    importSpans(workspace, spans);
}

// Trace names in the expected order (start, then key) among those where keep(i) holds.
std::vector<std::string> expectedNames(const std::function<bool(int)>& keep)
{
    std::vector<int> order;
    for (int i = 0; i < 50; ++i)
        order.push_back(i);
    std::swap(order[10], order[11]);
    std::vector<std::string> names;
    for (const int i : order)
        if (keep(i))
            names.push_back(traceName(i));
    return names;
}

// Every page of a filter, following the cursor; checks each page respects the limit.
std::vector<std::string> allPages(Workspace& workspace, const TraceFilter& filter, int limit)
{
    std::vector<std::string> names;
    std::optional<TraceCursor> cursor;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = workspace.traces(filter, cursor, limit);
        REQUIRE(static_cast<int>(page.size()) <= limit);
        for (const TraceSummary& trace : page)
            names.push_back(trace.traceId);
        if (static_cast<int>(page.size()) < limit)
            return names;
        cursor = TraceCursor{page.back().startNs, page.back().key};
    }
    FAIL("pagination did not end");
    return names;
}

void checkFilter(Workspace& workspace, const TraceFilter& filter, const std::function<bool(int)>& keep)
{
    const auto expected = expectedNames(keep);
    CHECK(allPages(workspace, filter, 4) == expected);
    CHECK(allPages(workspace, filter, 100) == expected);
    CHECK(workspace.countTraces(filter) == static_cast<std::int64_t>(expected.size()));
}

} // namespace

TEST_CASE("trace filters and keyset pagination return the right rows in order", "[workspace][query]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "filters.tmk");
    importFiftyTraces(workspace);
    workspace.setLabel(workspace.traceById("t03")->key, TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    workspace.setLabel(workspace.traceById("t07")->key, TraceLabel::Abnormal, LabelSource::Propagated, 0.8, "prop");
    workspace.setLabel(workspace.traceById("t05")->key, TraceLabel::Normal, LabelSource::Model, 0.6, "model");

    TraceFilter f;
    SECTION("no filter") { checkFilter(workspace, f, [](int) { return true; }); }
    SECTION("service")
    {
        f.service = "cart";
        checkFilter(workspace, f, [](int i) { return i % 2 == 0; });
        f.service = "payment";
        checkFilter(workspace, f, [](int i) { return i % 3 == 0; });
    }
    SECTION("operation")
    {
        f.operation = "Charge";
        checkFilter(workspace, f, [](int i) { return i % 3 == 0; });
        f.operation = "GET /";
        checkFilter(workspace, f, [](int) { return true; });
        f.operation = "Query"; // the same name in two services
        checkFilter(workspace, f, [](int i) { return i % 7 == 0 || i % 7 == 3; });
    }
    SECTION("service and operation")
    {
        f.service = "cart";
        f.operation = "Charge";
        checkFilter(workspace, f, [](int i) { return i % 6 == 0; });
        f.operation = "Query";
        checkFilter(workspace, f, [](int i) { return i % 2 == 0 && (i % 7 == 0 || i % 7 == 3); });
    }
    SECTION("errors only")
    {
        f.errorsOnly = true;
        checkFilter(workspace, f, [](int i) { return i % 5 == 0; });
        f.service = "cart";
        checkFilter(workspace, f, [](int i) { return i % 10 == 0; });
    }
    SECTION("duration bounds")
    {
        f.minDurationNs = 200;
        checkFilter(workspace, f, [](int i) { return (i + 1) * 10 >= 200; });
        f.minDurationNs = 0;
        f.maxDurationNs = 100;
        checkFilter(workspace, f, [](int i) { return i <= 9; });
        f.minDurationNs = 150;
        f.maxDurationNs = 300;
        checkFilter(workspace, f, [](int i) { return i >= 14 && i <= 29; });
    }
    SECTION("text: trace id prefix, in either case")
    {
        f.text = "t1";
        checkFilter(workspace, f, [](int i) { return i >= 10 && i <= 19; });
        f.text = "T1";
        checkFilter(workspace, f, [](int i) { return i >= 10 && i <= 19; });
        f.text = " t49\n"; // pasted with whitespace around it
        checkFilter(workspace, f, [](int i) { return i == 49; });
    }
    SECTION("text: service or operation name substring")
    {
        f.text = "PAY";
        checkFilter(workspace, f, [](int i) { return i % 3 == 0; });
        f.text = "getc";
        checkFilter(workspace, f, [](int i) { return i % 2 == 0; });
        f.text = "misc-op"; // 13 operations: probed through the spans instead of the index
        checkFilter(workspace, f, [](int i) { return i % 4 == 1; });
        f.text = "zzz";
        checkFilter(workspace, f, [](int) { return false; });
    }
    SECTION("labels")
    {
        f.label = TraceLabel::Abnormal;
        checkFilter(workspace, f, [](int i) { return i == 3 || i == 7; });
        f.label = TraceLabel::Normal;
        checkFilter(workspace, f, [](int i) { return i == 5; });
        f.label = TraceLabel::Unlabeled;
        checkFilter(workspace, f, [](int i) { return i != 3 && i != 5 && i != 7; });
        f.service = "payment";
        checkFilter(workspace, f, [](int i) { return i % 3 == 0 && i != 3; });
    }
    SECTION("names that do not exist match nothing")
    {
        f.service = "nope";
        CHECK(workspace.traces(f, std::nullopt, 10).empty());
        CHECK(workspace.countTraces(f) == 0);
        f.service.clear();
        f.operation = "nope";
        CHECK(workspace.countTraces(f) == 0);
    }
}

TEST_CASE("trace summaries carry root names, counts and labels", "[workspace][query]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "summary.tmk");
    importFiftyTraces(workspace);
    const auto t30 = workspace.traceById("t30");
    REQUIRE(t30);
    CHECK(t30->startNs == kBaseNs + 30000);
    CHECK(t30->durationNs == 310);
    CHECK(t30->spanCount == 3); // root, cart, payment
    CHECK(t30->errorSpans == 1);
    CHECK(t30->rootService == "frontend");
    CHECK(t30->rootOperation == "GET /");
    CHECK(t30->label == TraceLabel::Unlabeled);
    CHECK(workspace.traceByKey(t30->key)->traceId == "t30");
    CHECK_FALSE(workspace.traceById("t99"));
    CHECK_FALSE(workspace.traceByKey(999));
    CHECK(workspace.spansOfTrace(999).empty());
    CHECK(workspace.traces({}, std::nullopt, 0).empty());

    CHECK(workspace.services() == std::vector<std::string>{"cache", "cart", "db", "frontend", "misc", "payment"});
    CHECK(workspace.operations("cart") == std::vector<std::string>{"GetCart"});
    const auto all = workspace.operations();
    CHECK(all.size() == 17); // GET /, GetCart, Charge, Query (in two services, listed once), 13 misc-op
    CHECK(all.front() == "Charge");

    const WorkspaceInfo info = workspace.info();
    CHECK(info.traces == 50);
    CHECK(info.spans == 50 + 25 + 17 + 15 + 13);
    CHECK(info.services == 6);
    CHECK(info.operations == 18);
    CHECK(info.orphanSpans == 0);
    CHECK(info.firstStartNs == kBaseNs);
    CHECK(info.lastEndNs == kBaseNs + 49000 + 500);
}

TEST_CASE("forEachTrace streams every trace with its spans in start order", "[workspace][query]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "stream.tmk");
    importFiftyTraces(workspace);
    NullProgress progress;
    std::vector<std::string> names;
    std::int64_t spans = 0;
    workspace.forEachTrace(
        [&](const TraceSummary& trace, std::vector<Span>& traceSpans) {
            names.push_back(trace.traceId);
            CHECK(static_cast<int>(traceSpans.size()) == trace.spanCount);
            CHECK(traceSpans.front().spanId == "r");
            CHECK(traceSpans.front().traceId == trace.traceId);
            spans += static_cast<std::int64_t>(traceSpans.size());
        },
        progress);
    CHECK(names == expectedNames([](int) { return true; }));
    CHECK(spans == workspace.info().spans);

    struct Stop {};
    int visits = 0;
    CHECK_THROWS_AS(workspace.forEachTrace(
                        [&](const TraceSummary&, std::vector<Span>&) {
                            if (++visits == 3)
                                throw Stop{};
                        },
                        progress),
                    Stop);
    CHECK(visits == 3);
    progress.cancel();
    CHECK_THROWS_AS(workspace.forEachTrace([](const TraceSummary&, std::vector<Span>&) {}, progress), Cancelled);
}

TEST_CASE("setLabel keeps provenance and appends to an append-only audit log", "[workspace][labels]")
{
    TempDir dir;
    Workspace workspace = Workspace::create(dir / "labels.tmk");
    importSpans(workspace, {makeSpan("t1", "a", "", "frontend", "GET /", 0, 10),
                            makeSpan("t2", "a", "", "frontend", "GET /", 5, 10)});
    const std::int64_t key = workspace.traceById("t1")->key;
    Database& db = workspace.database();

    workspace.setLabel(key, TraceLabel::Abnormal, LabelSource::Human, 1.0, "ana");
    auto trace = workspace.traceByKey(key);
    CHECK(trace->label == TraceLabel::Abnormal);
    CHECK(trace->labelSource == LabelSource::Human);
    CHECK(trace->labelConfidence == 1.0);
    CHECK(workspace.info().labeledTraces == 1);

    workspace.setLabel(key, TraceLabel::Normal, LabelSource::Propagated, 0.75, "propagation");
    trace = workspace.traceByKey(key);
    CHECK(trace->label == TraceLabel::Normal);
    CHECK(trace->labelSource == LabelSource::Propagated);
    CHECK(trace->labelConfidence == 0.75);
    CHECK(workspace.info().labeledTraces == 1);

    workspace.setLabel(key, TraceLabel::Normal, LabelSource::Propagated, 0.75, "propagation"); // no change
    workspace.setLabel(key, TraceLabel::Unlabeled, LabelSource::Human, 0.0, "ana");
    CHECK(workspace.traceByKey(key)->label == TraceLabel::Unlabeled);
    CHECK(workspace.info().labeledTraces == 0);
    CHECK(countRows(db, "labels") == 0);

    Statement audit = db.prepare(
        "SELECT actor, action, entity, entity_key, old_value, new_value FROM audit_log ORDER BY id");
    REQUIRE(audit.step());
    CHECK(audit.text(0) == "ana");
    CHECK(audit.text(1) == "set_label");
    CHECK(audit.text(2) == "trace");
    CHECK(audit.text(3) == "t1");
    CHECK(audit.isNull(4));
    CHECK(audit.text(5) == R"({"label":"abnormal","source":"human","confidence":1,"author":"ana"})");
    REQUIRE(audit.step());
    CHECK(audit.text(0) == "propagation");
    CHECK(audit.text(4) == R"({"label":"abnormal","source":"human","confidence":1,"author":"ana"})");
    CHECK(audit.text(5) == R"({"label":"normal","source":"propagated","confidence":0.75,"author":"propagation"})");
    REQUIRE(audit.step());
    CHECK(audit.text(0) == "ana");
    CHECK_FALSE(audit.isNull(4));
    CHECK(audit.isNull(5));
    CHECK_FALSE(audit.step());
    audit.reset();

    CHECK_THROWS_WITH(db.exec("UPDATE audit_log SET actor = 'mallory'"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM audit_log"), Catch::Contains("append-only"));
    CHECK(countRows(db, "audit_log") == 3);

    CHECK_THROWS_AS(workspace.setLabel(999, TraceLabel::Normal, LabelSource::Human, 1.0, "ana"), WorkspaceError);
    CHECK_THROWS_AS(workspace.setLabel(key, TraceLabel::Normal, LabelSource::Human, 1.5, "ana"), UsageError);
    CHECK(countRows(db, "audit_log") == 3);
}
