// Fault periods and root causes in the workspace (schema 4): detected periods replaced as a group
// while judged, drawn and fault-list periods stay; root causes validated, audited, kept across
// reopening; ids never reused.
#include "core/common/Error.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "test_workspace_helpers.h"

#include <catch2/catch.hpp>

using namespace tracemark;
using namespace tracemark::test;

namespace {

std::int64_t auditRows(Workspace& workspace, const std::string& action)
{
    Statement count = workspace.database().prepare("SELECT COUNT(*) FROM audit_log WHERE action = ?");
    count.bind(1, action);
    count.step();
    return count.int64(0);
}

RootCause cause(const std::string& service, const std::string& type)
{
    RootCause c;
    c.service = service;
    c.faultType = type;
    c.note = "seen in the KPIs";
    c.author = "ana";
    return c;
}

} // namespace

TEST_CASE("abnormal trace starts come from every abnormal label, in time order", "[workspace][periods]")
{
    OneSpanTraces traces("periods.tmk", 4); // t0..t3 start at base + 0, 1000, 2000, 3000 ns
    traces.workspace.setHumanLabels({{traces.key[2], TraceLabel::Abnormal}, {traces.key[1], TraceLabel::Normal}}, "ana");
    NullProgress progress;
    traces.workspace.replacePropagatedLabels({{traces.key[0], TraceLabel::Abnormal, 0.7}}, progress);
    REQUIRE(traces.workspace.abnormalTraceStarts() == std::vector<std::int64_t>{kBaseNs, kBaseNs + 2000});
}

TEST_CASE("re-detection replaces unjudged periods and keeps judged, drawn and fault-list ones", "[workspace][periods]")
{
    OneSpanTraces traces("periods.tmk", 1);
    Workspace& ws = traces.workspace;
    std::vector<FaultPeriodRecord> periods =
        ws.replaceDetectedPeriods({{100, 200, 5}, {300, 400, 2}, {500, 600, 3}}, R"({"padding_s":5})");
    REQUIRE(periods.size() == 3);
    REQUIRE(periods[0].startNs == 100);
    REQUIRE(periods[0].endNs == 200);
    REQUIRE(periods[0].abnormalTraces == 5);
    REQUIRE(periods[0].origin == "labels");
    REQUIRE(periods[0].params == R"({"padding_s":5})");
    REQUIRE_FALSE(periods[0].rootCause);
    REQUIRE(auditRows(ws, "add_period") == 3);
    const std::int64_t judged = periods[1].id;
    ws.setRootCause(judged, cause("cartservice", "cpu"));
    const std::int64_t drawn = ws.addFaultPeriod(1000, 1100, "operator", "{}", "ana");

    // New detection: [350, 450] overlaps the judged period and [1050, 1200] the drawn one, so
    // both are left out; [100, 250] replaces the unjudged [100, 200]; [500, 600] goes.
    periods = ws.replaceDetectedPeriods({{100, 250, 6}, {350, 450, 4}, {1050, 1200, 2}}, "{}");
    REQUIRE(periods.size() == 3);
    REQUIRE(periods[0].startNs == 100);
    REQUIRE(periods[0].endNs == 250);
    REQUIRE(periods[0].id > drawn); // AUTOINCREMENT: the removed periods' ids are not reused
    REQUIRE(periods[1].id == judged);
    REQUIRE(periods[1].rootCause->service == "cartservice");
    REQUIRE(periods[2].id == drawn);
    REQUIRE(periods[2].origin == "operator");
    REQUIRE(auditRows(ws, "remove_period") == 2);
    REQUIRE(auditRows(ws, "add_period") == 3 + 1 + 1);
}

TEST_CASE("a root cause is validated, replaced, cleared and audited, and survives reopening", "[workspace][periods]")
{
    TempDir dir;
    const auto path = dir / "rootcause.tmk";
    std::int64_t id = 0;
    {
        Workspace ws = Workspace::create(path);
        id = ws.addFaultPeriod(10, 20, "fault_list", R"({"service":"adservice"})", "importer");
        REQUIRE_THROWS_WITH(ws.setRootCause(id, cause("adservice", "gremlins")),
            Catch::Contains("fault type 'gremlins' is not one of pod_failure, cpu, memory"));
        REQUIRE_THROWS_WITH(ws.setRootCause(id, cause("", "cpu")), Catch::Contains("needs a service"));
        RootCause anonymous = cause("adservice", "cpu");
        anonymous.author.clear();
        REQUIRE_THROWS_WITH(ws.setRootCause(id, anonymous), Catch::Contains("needs an author"));
        REQUIRE_THROWS_WITH(ws.setRootCause(id + 7, cause("adservice", "cpu")),
            Catch::Contains("no fault period " + std::to_string(id + 7)));
        REQUIRE_FALSE(ws.faultPeriod(id).rootCause);

        ws.setRootCause(id, cause("adservice", "cpu"));
        RootCause second = cause("adservice", "memory");
        second.instance = "adservice-2";
        ws.setRootCause(id, second);
        REQUIRE(auditRows(ws, "set_root_cause") == 2);
        Statement last = ws.database().prepare(
            "SELECT old_value, new_value FROM audit_log WHERE action = 'set_root_cause' ORDER BY id DESC LIMIT 1");
        REQUIRE(last.step());
        REQUIRE(last.text(0).find("\"fault_type\":\"cpu\"") != std::string::npos);
        REQUIRE(last.text(1).find("\"instance\":\"adservice-2\"") != std::string::npos);
    }
    {
        Workspace ws = Workspace::open(path);
        const FaultPeriodRecord period = ws.faultPeriod(id);
        REQUIRE(period.origin == "fault_list");
        REQUIRE(period.rootCause);
        REQUIRE(period.rootCause->faultType == "memory");
        REQUIRE(period.rootCause->instance == "adservice-2");
        REQUIRE(period.rootCause->note == "seen in the KPIs");
        REQUIRE(period.rootCause->author == "ana");
        REQUIRE(period.rootCause->updatedNs > 0);
        REQUIRE(ws.clearRootCause(id, "ana"));
        REQUIRE_FALSE(ws.clearRootCause(id, "ana"));
        REQUIRE_FALSE(ws.faultPeriod(id).rootCause);
        REQUIRE(auditRows(ws, "clear_root_cause") == 1);
    }
}

TEST_CASE("bad periods are refused and change nothing", "[workspace][periods]")
{
    OneSpanTraces traces("periods.tmk", 1);
    Workspace& ws = traces.workspace;
    REQUIRE_THROWS_AS(ws.addFaultPeriod(20, 10, "operator", "{}", "ana"), UsageError);
    REQUIRE_THROWS_WITH(ws.addFaultPeriod(10, 20, "labels", "{}", "ana"), Catch::Contains("not 'labels'"));
    REQUIRE_THROWS_WITH(ws.addFaultPeriod(10, 20, "operator", "[1]", "ana"), Catch::Contains("JSON object"));
    REQUIRE_THROWS_AS(ws.replaceDetectedPeriods({{100, 200, 1}, {300, 250, 1}}, "{}"), UsageError);
    REQUIRE(ws.faultPeriods().empty());
    REQUIRE(auditRows(ws, "add_period") == 0);
}
