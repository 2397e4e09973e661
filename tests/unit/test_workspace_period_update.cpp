// Workspace::updateFaultPeriod: the operator moves a period's edges. The abnormal count follows
// the new bounds, a detected period becomes the operator's (so re-detection keeps it), every
// change is audited, and bad bounds or unknown ids change nothing.
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

} // namespace

TEST_CASE("an adjusted period gets new bounds, a recount and an audit row", "[workspace][periods]")
{
    OneSpanTraces traces("update.tmk", 4); // t0..t3 start at base + 0, 1000, 2000, 3000 ns
    Workspace& ws = traces.workspace;
    ws.setHumanLabels({{traces.key[0], TraceLabel::Abnormal}, {traces.key[1], TraceLabel::Abnormal},
                          {traces.key[2], TraceLabel::Normal}, {traces.key[3], TraceLabel::Abnormal}},
        "ana");
    const std::int64_t id = ws.replaceDetectedPeriods({{kBaseNs, kBaseNs + 1000, 2}}, "{}").front().id;

    ws.updateFaultPeriod(id, kBaseNs + 500, kBaseNs + 3000, "ana");
    FaultPeriodRecord period = ws.faultPeriod(id);
    REQUIRE(period.startNs == kBaseNs + 500);
    REQUIRE(period.endNs == kBaseNs + 3000);
    REQUIRE(period.abnormalTraces == 2); // t1 and t3; t2 is normal, t0 is now outside
    REQUIRE(period.origin == "operator");
    REQUIRE(auditRows(ws, "update_period") == 1);
    Statement last = ws.database().prepare(
        "SELECT actor, old_value, new_value FROM audit_log WHERE action = 'update_period' ORDER BY id DESC LIMIT 1");
    REQUIRE(last.step());
    REQUIRE(last.text(0) == "ana");
    REQUIRE(last.text(1).find("\"origin\":\"labels\"") != std::string::npos);
    REQUIRE(last.text(2).find("\"start_ns\":" + std::to_string(kBaseNs + 500)) != std::string::npos);

    // The same bounds again are no change and write no audit row.
    ws.updateFaultPeriod(id, kBaseNs + 500, kBaseNs + 3000, "ana");
    REQUIRE(auditRows(ws, "update_period") == 1);

    // Re-detection keeps the adjusted period and skips what overlaps it.
    const std::vector<FaultPeriodRecord> after = ws.replaceDetectedPeriods({{kBaseNs, kBaseNs + 1000, 2}}, "{}");
    REQUIRE(after.size() == 1);
    REQUIRE(after.front().id == id);
}

TEST_CASE("a fault-list period keeps its origin when adjusted", "[workspace][periods]")
{
    OneSpanTraces traces("update.tmk", 1);
    Workspace& ws = traces.workspace;
    const std::int64_t id = ws.addFaultPeriod(10, 20, "fault_list", "{}", "importer");
    ws.updateFaultPeriod(id, 5, 25, "ana");
    REQUIRE(ws.faultPeriod(id).origin == "fault_list");
    REQUIRE(ws.faultPeriod(id).startNs == 5);
}

TEST_CASE("an adjustment that ends before it starts or names no period changes nothing", "[workspace][periods]")
{
    OneSpanTraces traces("update.tmk", 1);
    Workspace& ws = traces.workspace;
    const std::int64_t id = ws.addFaultPeriod(10, 20, "operator", "{}", "ana");
    REQUIRE_THROWS_AS(ws.updateFaultPeriod(id, 30, 29, "ana"), UsageError);
    REQUIRE_THROWS_WITH(ws.updateFaultPeriod(id + 9, 1, 2, "ana"),
        Catch::Contains("no fault period " + std::to_string(id + 9)));
    REQUIRE(ws.faultPeriod(id).startNs == 10);
    REQUIRE(ws.faultPeriod(id).endNs == 20);
    REQUIRE(auditRows(ws, "update_period") == 0);
    // A zero-length period is allowed, as addFaultPeriod allows it.
    ws.updateFaultPeriod(id, 15, 15, "ana");
    REQUIRE(ws.faultPeriod(id).endNs == 15);
}
