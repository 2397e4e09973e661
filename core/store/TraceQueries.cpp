// Reading traces back: filtered pages in start order (keyset pagination), counts, one trace with
// its spans, and a streaming pass over every trace for the engines (embedding, export, ...).
#include "core/store/RowReaders.h"
#include "core/store/TraceFilterSql.h"
#include "core/store/WorkspaceState.h"

#include <algorithm>

namespace tracemark {

bool TraceFilter::isEmpty() const
{
    return text.empty() && service.empty() && operation.empty() && !errorsOnly && minDurationNs <= 0
        && maxDurationNs <= 0 && !label;
}

std::vector<TraceSummary> Workspace::traces(const TraceFilter& filter, const std::optional<TraceCursor>& after,
                                            int limit)
{
    std::vector<TraceSummary> page;
    if (limit <= 0)
        return page;
    TraceFilterSql sql = buildTraceFilterSql(state_->db, filter);
    if (sql.matchesNothing)
        return page;
    if (after) {
        sql.conditions.push_back("(" + sql.startColumn + ", " + sql.keyColumn + ") > (?, ?)");
        sql.params.push_back({false, after->startNs, {}});
        sql.params.push_back({false, after->key, {}});
    }
    Statement statement = state_->db.prepare("SELECT " + std::string(kTraceColumns) + " " + sql.from
                                             + std::string(kTraceRootJoins) + " " + sql.whereClause() + "ORDER BY "
                                             + sql.startColumn + ", " + sql.keyColumn + " LIMIT ?");
    statement.bind(sql.bind(statement), limit);
    page.reserve(static_cast<std::size_t>(std::min(limit, 1000)));
    while (statement.step())
        page.push_back(readTraceSummary(statement, 0));
    return page;
}

std::int64_t Workspace::countTraces(const TraceFilter& filter)
{
    if (filter.isEmpty())
        return state_->db.queryInt64("SELECT value FROM counters WHERE name = 'traces'");
    const TraceFilterSql sql = buildTraceFilterSql(state_->db, filter);
    if (sql.matchesNothing)
        return 0;
    Statement statement = state_->db.prepare("SELECT COUNT(*) " + sql.from + sql.whereClause());
    sql.bind(statement);
    return statement.step() ? statement.int64(0) : 0;
}

namespace {

std::string oneTraceSql(const char* condition)
{
    return "SELECT " + std::string(kTraceColumns) + " FROM traces t " + std::string(kTraceRootJoins) + " "
        + std::string(kTraceLabelJoin) + " WHERE " + condition;
}

std::optional<TraceSummary> readOneTrace(StatementUse& statement)
{
    if (!statement->step())
        return std::nullopt;
    return readTraceSummary(*statement, 0);
}

} // namespace

std::optional<TraceSummary> Workspace::traceByKey(std::int64_t key)
{
    StatementUse statement = state_->cached(CachedQuery::TraceByKey, oneTraceSql("t.id = ?"));
    statement->bind(1, key);
    return readOneTrace(statement);
}

std::optional<TraceSummary> Workspace::traceById(const std::string& traceId)
{
    StatementUse statement = state_->cached(CachedQuery::TraceById, oneTraceSql("t.trace_id = ?"));
    statement->bindStatic(1, traceId);
    return readOneTrace(statement);
}

std::vector<Span> Workspace::spansOfTrace(std::int64_t key)
{
    std::string traceId;
    {
        StatementUse trace = state_->cached(CachedQuery::TraceIdOfKey, "SELECT trace_id FROM traces WHERE id = ?");
        trace->bind(1, key);
        if (!trace->step())
            return {};
        traceId = trace->text(0);
    }
    StatementUse statement = state_->cached(
        CachedQuery::SpansOfTrace, "SELECT " + std::string(kSpanColumns) + " FROM spans s " + std::string(kSpanJoins)
                                       + " WHERE " + spansOfTraceCondition("s", "?1") + " ORDER BY s.id");
    statement->bind(1, key);
    std::vector<Span> spans;
    while (statement->step())
        spans.push_back(readSpan(*statement, 0, traceId));
    return spans;
}

void Workspace::forEachTrace(const std::function<void(const TraceSummary&, std::vector<Span>&)>& visit,
                             Progress& progress)
{
    Database& db = state_->db;
    const std::int64_t total = db.queryInt64("SELECT value FROM counters WHERE name = 'traces'");
    // One statement for everything: traces in start order, each joined to its spans in preorder.
    Statement statement = db.prepare(
        "SELECT " + std::string(kTraceColumns) + ", " + std::string(kSpanColumns)
        + " FROM traces t INDEXED BY traces_by_start " + std::string(kTraceRootJoins) + " "
        + std::string(kTraceLabelJoin) + " CROSS JOIN spans s ON " + spansOfTraceCondition("s", "t.id") + " " + std::string(kSpanJoins)
        + " ORDER BY t.start_ns, t.id, s.id");

    TraceSummary current;
    std::vector<Span> spans;
    std::int64_t visited = 0;
    auto emit = [&] {
        visit(current, spans);
        spans.clear();
        if ((++visited & 0x3ff) == 0) {
            progress.checkCancelled();
            progress.report(total > 0 ? static_cast<double>(visited) / static_cast<double>(total) : -1.0,
                            "reading traces");
        }
    };
    progress.checkCancelled();
    while (statement.step()) {
        const std::int64_t key = statement.int64(0);
        if (key != current.key) {
            if (current.key != 0)
                emit();
            current = readTraceSummary(statement, 0);
        }
        spans.push_back(readSpan(statement, kTraceColumnCount, current.traceId));
    }
    if (current.key != 0)
        emit();
    progress.report(1.0, "traces read");
}

} // namespace tracemark
