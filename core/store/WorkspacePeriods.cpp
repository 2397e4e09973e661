// Fault periods and their root causes (schema 4). Periods found from labels are replaced as a
// group; periods the operator judged (a root cause), drew, or imported from a fault list stay.
// Every change writes an audit row in the same transaction.
#include "core/common/Error.h"
#include "core/common/WallClock.h"
#include "core/io/JsonSupport.h"
#include "core/store/WorkspaceState.h"

#include <algorithm>

namespace tracemark {

namespace {

const std::vector<std::string> kOrigins = {"labels", "fault_list", "operator"};

constexpr const char* kPeriodSelect =
    "SELECT p.id, p.start_ns, p.end_ns, p.origin, p.abnormal_traces, p.params, p.created_ns, r.service, "
    "r.instance, r.fault_type, r.note, r.author, r.updated_ns FROM fault_periods p "
    "LEFT JOIN root_causes r ON r.period_id = p.id";

FaultPeriodRecord readPeriod(const Statement& row)
{
    FaultPeriodRecord period;
    period.id = row.int64(0);
    period.startNs = row.int64(1);
    period.endNs = row.int64(2);
    period.origin = row.text(3);
    period.abnormalTraces = row.int64(4);
    period.params = row.text(5);
    period.createdNs = row.int64(6);
    if (!row.isNull(7))
        period.rootCause = RootCause{row.text(7), row.text(8), row.text(9), row.text(10), row.text(11), row.int64(12)};
    return period;
}

std::string periodAuditValue(std::int64_t startNs, std::int64_t endNs, const std::string& origin)
{
    return "{\"start_ns\":" + std::to_string(startNs) + ",\"end_ns\":" + std::to_string(endNs) + ",\"origin\":"
        + json::quotedJsonString(origin) + "}";
}

std::string rootCauseAuditValue(const RootCause& cause)
{
    return "{\"service\":" + json::quotedJsonString(cause.service) + ",\"instance\":" + json::quotedJsonString(cause.instance)
        + ",\"fault_type\":" + json::quotedJsonString(cause.faultType) + ",\"note\":" + json::quotedJsonString(cause.note) + "}";
}

void audit(Database& db, const std::string& actor, const char* action, std::int64_t periodId,
    const std::optional<std::string>& oldValue, const std::optional<std::string>& newValue)
{
    Statement insert = db.prepare("INSERT INTO audit_log(time_ns, actor, action, entity, entity_key, old_value, "
                                  "new_value) VALUES (?, ?, ?, 'fault_period', ?, ?, ?)");
    insert.bind(1, nowNs()).bind(2, actor).bind(3, action).bind(4, std::to_string(periodId));
    if (oldValue)
        insert.bind(5, *oldValue);
    else
        insert.bindNull(5);
    if (newValue)
        insert.bind(6, *newValue);
    else
        insert.bindNull(6);
    insert.run();
}

void requireJsonObject(Database& db, const std::string& params)
{
    if (!isJsonObject(db, params))
        throw UsageError("fault period params must be a JSON object, not " + quoteForMessage(params));
}

std::optional<FaultPeriodRecord> findPeriod(Database& db, std::int64_t id)
{
    Statement select = db.prepare(std::string(kPeriodSelect) + " WHERE p.id = ?");
    select.bind(1, id);
    if (!select.step())
        return std::nullopt;
    return readPeriod(select);
}

FaultPeriodRecord requirePeriod(Database& db, std::int64_t id)
{
    std::optional<FaultPeriodRecord> period = findPeriod(db, id);
    if (!period)
        throw WorkspaceError(db.path().string() + " has no fault period " + std::to_string(id)
                             + " (tracemark-cli periods lists them)");
    return *period;
}

} // namespace

const std::vector<std::string>& rootCauseFaultTypes()
{
    static const std::vector<std::string> types = {
        "pod_failure", "cpu", "memory", "delay", "packet_loss", "error", "return_value", "other"};
    return types;
}

std::vector<std::int64_t> Workspace::abnormalTraceStarts()
{
    std::vector<std::int64_t> starts;
    Statement select = state_->db.prepare(
        "SELECT t.start_ns FROM labels l JOIN traces t ON t.id = l.trace_key WHERE l.label = ? ORDER BY t.start_ns");
    select.bind(1, static_cast<int>(TraceLabel::Abnormal));
    while (select.step())
        starts.push_back(select.int64(0));
    return starts;
}

std::vector<FaultPeriodRecord> Workspace::replaceDetectedPeriods(
    const std::vector<DetectedPeriod>& periods, const std::string& params, const std::string& actor)
{
    for (const DetectedPeriod& period : periods)
        if (period.endNs < period.startNs || period.abnormalTraces < 0)
            throw UsageError("a fault period must not end before it starts nor have a negative trace count (start "
                             + std::to_string(period.startNs) + ", end " + std::to_string(period.endNs) + ")");
    Database& db = state_->db;
    requireJsonObject(db, params);
    Transaction transaction(db);
    {
        Statement dropped = db.prepare("SELECT id, start_ns, end_ns FROM fault_periods WHERE origin = 'labels' "
                                       "AND id NOT IN (SELECT period_id FROM root_causes) ORDER BY id");
        while (dropped.step())
            audit(db, actor, "remove_period", dropped.int64(0),
                periodAuditValue(dropped.int64(1), dropped.int64(2), "labels"), std::nullopt);
    }
    db.exec("DELETE FROM fault_periods WHERE origin = 'labels' AND id NOT IN (SELECT period_id FROM root_causes)");
    std::vector<std::pair<std::int64_t, std::int64_t>> kept; // (start, end) of the periods that stay
    {
        Statement select = db.prepare("SELECT start_ns, end_ns FROM fault_periods");
        while (select.step())
            kept.emplace_back(select.int64(0), select.int64(1));
    }
    Statement insert = db.prepare("INSERT INTO fault_periods(start_ns, end_ns, origin, abnormal_traces, params, "
                                  "created_ns) VALUES (?, ?, 'labels', ?, ?, ?)");
    const std::int64_t now = nowNs();
    for (const DetectedPeriod& period : periods) {
        const bool overlapsKept = std::any_of(kept.begin(), kept.end(), [&](const auto& other) {
            return period.startNs <= other.second && other.first <= period.endNs;
        });
        if (overlapsKept)
            continue;
        insert.bind(1, period.startNs).bind(2, period.endNs).bind(3, period.abnormalTraces).bind(4, params).bind(5, now);
        insert.run();
        audit(db, actor, "add_period", db.lastInsertRowId(), std::nullopt,
            periodAuditValue(period.startNs, period.endNs, "labels"));
    }
    transaction.commit();
    return faultPeriods();
}

std::int64_t Workspace::addFaultPeriod(std::int64_t startNs, std::int64_t endNs, const std::string& origin,
    const std::string& params, const std::string& actor)
{
    if (origin != "fault_list" && origin != "operator")
        throw UsageError("an added fault period comes from a fault list or the operator, not "
                         + quoteForMessage(origin));
    if (endNs < startNs)
        throw UsageError("a fault period must not end (" + std::to_string(endNs) + ") before it starts ("
                         + std::to_string(startNs) + ")");
    Database& db = state_->db;
    requireJsonObject(db, params);
    Transaction transaction(db);
    Statement insert = db.prepare("INSERT INTO fault_periods(start_ns, end_ns, origin, abnormal_traces, params, "
                                  "created_ns) VALUES (?, ?, ?, (SELECT COUNT(*) FROM labels l JOIN traces t ON "
                                  "t.id = l.trace_key WHERE l.label = ? AND t.start_ns BETWEEN ?1 AND ?2), ?, ?)");
    insert.bind(1, startNs).bind(2, endNs).bind(3, origin).bind(4, static_cast<int>(TraceLabel::Abnormal));
    insert.bind(5, params).bind(6, nowNs());
    insert.run();
    const std::int64_t id = db.lastInsertRowId();
    audit(db, actor, "add_period", id, std::nullopt, periodAuditValue(startNs, endNs, origin));
    transaction.commit();
    return id;
}

void Workspace::updateFaultPeriod(std::int64_t id, std::int64_t startNs, std::int64_t endNs, const std::string& actor)
{
    if (endNs < startNs)
        throw UsageError("a fault period must not end (" + std::to_string(endNs) + ") before it starts ("
                         + std::to_string(startNs) + ")");
    Database& db = state_->db;
    Transaction transaction(db);
    const FaultPeriodRecord before = requirePeriod(db, id);
    if (before.startNs == startNs && before.endNs == endNs)
        return;
    // An adjusted period is the operator's judgement: re-detection must not replace it.
    const std::string origin = before.origin == "labels" ? "operator" : before.origin;
    db.prepare("UPDATE fault_periods SET start_ns = ?1, end_ns = ?2, origin = ?3, abnormal_traces = (SELECT "
               "COUNT(*) FROM labels l JOIN traces t ON t.id = l.trace_key WHERE l.label = ?4 AND t.start_ns "
               "BETWEEN ?1 AND ?2) WHERE id = ?5")
        .bind(1, startNs)
        .bind(2, endNs)
        .bind(3, origin)
        .bind(4, static_cast<int>(TraceLabel::Abnormal))
        .bind(5, id)
        .run();
    audit(db, actor, "update_period", id, periodAuditValue(before.startNs, before.endNs, before.origin),
        periodAuditValue(startNs, endNs, origin));
    transaction.commit();
}

std::vector<FaultPeriodRecord> Workspace::faultPeriods()
{
    std::vector<FaultPeriodRecord> periods;
    Statement select = state_->db.prepare(std::string(kPeriodSelect) + " ORDER BY p.start_ns, p.id");
    while (select.step())
        periods.push_back(readPeriod(select));
    return periods;
}

FaultPeriodRecord Workspace::faultPeriod(std::int64_t id)
{
    return requirePeriod(state_->db, id);
}

void Workspace::setRootCause(std::int64_t periodId, const RootCause& rootCause)
{
    if (rootCause.service.empty())
        throw UsageError("a root cause needs a service");
    if (rootCause.author.empty())
        throw UsageError("a root cause needs an author");
    const std::vector<std::string>& types = rootCauseFaultTypes();
    if (std::find(types.begin(), types.end(), rootCause.faultType) == types.end()) {
        std::string valid;
        for (const std::string& type : types)
            valid += (valid.empty() ? "" : ", ") + type;
        throw UsageError("fault type " + quoteForMessage(rootCause.faultType) + " is not one of " + valid);
    }
    Database& db = state_->db;
    Transaction transaction(db);
    const FaultPeriodRecord before = requirePeriod(db, periodId);
    RootCause stored = rootCause;
    stored.updatedNs = nowNs();
    db.prepare("INSERT INTO root_causes(period_id, service, instance, fault_type, note, author, updated_ns) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(period_id) DO UPDATE SET service = ?2, "
               "instance = ?3, fault_type = ?4, note = ?5, author = ?6, updated_ns = ?7")
        .bind(1, periodId)
        .bind(2, stored.service)
        .bind(3, stored.instance)
        .bind(4, stored.faultType)
        .bind(5, stored.note)
        .bind(6, stored.author)
        .bind(7, stored.updatedNs)
        .run();
    audit(db, stored.author, "set_root_cause", periodId,
        before.rootCause ? std::optional<std::string>(rootCauseAuditValue(*before.rootCause)) : std::nullopt,
        rootCauseAuditValue(stored));
    transaction.commit();
}

bool Workspace::clearRootCause(std::int64_t periodId, const std::string& actor)
{
    Database& db = state_->db;
    Transaction transaction(db);
    const FaultPeriodRecord before = requirePeriod(db, periodId);
    if (!before.rootCause)
        return false;
    db.prepare("DELETE FROM root_causes WHERE period_id = ?").bind(1, periodId).run();
    audit(db, actor, "clear_root_cause", periodId, rootCauseAuditValue(*before.rootCause), std::nullopt);
    transaction.commit();
    return true;
}

} // namespace tracemark
