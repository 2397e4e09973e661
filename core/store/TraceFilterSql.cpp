#include "core/store/TraceFilterSql.h"

#include "core/store/RowReaders.h"

#include <algorithm>

namespace tracemark {

namespace {

// Above this many ids an EXISTS probe per id costs more than reading the trace's spans.
constexpr std::size_t kMaxProbedIds = 8;

std::string lowerAscii(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// A pasted trace id often brings a space or a line break along.
std::string trimmed(const std::string& text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.substr(begin, end - begin);
}

std::string idList(const std::vector<std::int64_t>& ids)
{
    std::string list;
    for (std::size_t i = 0; i < ids.size(); ++i)
        list += (i ? ", " : "") + std::to_string(ids[i]);
    return list;
}

std::vector<std::int64_t> ids(Statement statement)
{
    std::vector<std::int64_t> values;
    while (statement.step())
        values.push_back(statement.int64(0));
    return values;
}

// Ids of the names (service or operation rows) containing `needle`, ignoring ASCII case.
std::vector<std::int64_t> idsOfNamesContaining(Database& db, const char* table, const std::string& needle)
{
    const std::string lowered = lowerAscii(needle);
    std::vector<std::int64_t> matches;
    Statement statement = db.prepare(std::string("SELECT id, name FROM ") + table);
    while (statement.step()) {
        if (lowerAscii(statement.text(1)).find(lowered) != std::string::npos)
            matches.push_back(statement.int64(0));
    }
    return matches;
}

// "trace contains a span of one of these services/operations", probed through the index tables'
// primary key (id, start_ns, trace_key) or, for long id lists, through the trace's spans.
std::string containsCondition(const char* indexTable, const char* spanColumn, const char* idColumn,
                              const std::vector<std::int64_t>& ids)
{
    if (ids.size() <= kMaxProbedIds)
        return std::string("EXISTS (SELECT 1 FROM ") + indexTable + " x WHERE x." + idColumn + " IN (" + idList(ids)
            + ") AND x.start_ns = t.start_ns AND x.trace_key = t.id)";
    return "EXISTS (SELECT 1 FROM spans x WHERE " + spansOfTraceCondition("x", "t.id") + " AND x." + spanColumn
        + " IN (" + idList(ids) + "))";
}

// Smallest string greater than every string starting with `prefix` (empty: no bound).
std::string prefixUpperBound(std::string prefix)
{
    while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff)
        prefix.pop_back();
    if (!prefix.empty())
        prefix.back() = static_cast<char>(static_cast<unsigned char>(prefix.back()) + 1);
    return prefix;
}

} // namespace

std::string TraceFilterSql::whereClause() const
{
    std::string where;
    for (std::size_t i = 0; i < conditions.size(); ++i)
        where += (i ? " AND " : "WHERE ") + conditions[i];
    return where.empty() ? where : where + " ";
}

int TraceFilterSql::bind(Statement& statement) const
{
    int index = 1;
    for (const Param& param : params) {
        if (param.isText)
            statement.bind(index++, param.text);
        else
            statement.bind(index++, param.number);
    }
    return index;
}

TraceFilterSql buildTraceFilterSql(Database& db, const TraceFilter& filter)
{
    TraceFilterSql sql;
    auto addText = [&](const std::string& text) { sql.params.push_back({true, 0, text}); };
    auto addNumber = [&](std::int64_t number) { sql.params.push_back({false, number, {}}); };

    std::vector<std::int64_t> serviceIds;
    if (!filter.service.empty()) {
        Statement statement = db.prepare("SELECT id FROM services WHERE name = ?");
        statement.bind(1, filter.service);
        serviceIds = ids(std::move(statement));
    }
    std::vector<std::int64_t> operationIds;
    if (!filter.operation.empty()) {
        Statement statement = db.prepare("SELECT id FROM operations WHERE name = ?");
        statement.bind(1, filter.operation);
        operationIds = ids(std::move(statement));
    }
    if ((!filter.service.empty() && serviceIds.empty()) || (!filter.operation.empty() && operationIds.empty())) {
        sql.matchesNothing = true;
        return sql;
    }

    // Driving table: one operation id, else the service; otherwise traces in start order.
    const bool driveByOperation = operationIds.size() == 1;
    const bool driveByService = !driveByOperation && serviceIds.size() == 1;
    if (driveByOperation || driveByService) {
        sql.from = std::string("FROM ") + (driveByOperation ? "trace_operations" : "trace_services")
            + " d CROSS JOIN traces t ON t.id = d.trace_key LEFT JOIN labels l ON l.trace_key = t.id ";
        sql.startColumn = "d.start_ns";
        sql.keyColumn = "d.trace_key";
        sql.conditions.push_back(std::string(driveByOperation ? "d.operation_id" : "d.service_id") + " = ?");
        addNumber(driveByOperation ? operationIds.front() : serviceIds.front());
    }
    if (!serviceIds.empty() && !driveByService)
        sql.conditions.push_back(containsCondition("trace_services", "service_id", "service_id", serviceIds));
    if (!operationIds.empty() && !driveByOperation)
        sql.conditions.push_back(containsCondition("trace_operations", "operation_id", "operation_id", operationIds));

    bool textIsOnlyTraceIdPrefix = false;
    const std::string text = trimmed(filter.text);
    if (!text.empty()) {
        std::vector<std::string> alternatives;
        std::vector<std::string> prefixes = {text};
        if (lowerAscii(text) != text) // trace ids are mostly lower-case hex
            prefixes.push_back(lowerAscii(text));
        for (const std::string& prefix : prefixes) {
            const std::string upper = prefixUpperBound(prefix);
            if (upper.empty()) {
                alternatives.push_back("t.trace_id >= ?");
                addText(prefix);
            } else {
                alternatives.push_back("(t.trace_id >= ? AND t.trace_id < ?)");
                addText(prefix);
                addText(upper);
            }
        }
        const auto services = idsOfNamesContaining(db, "services", text);
        if (!services.empty())
            alternatives.push_back(containsCondition("trace_services", "service_id", "service_id", services));
        const auto operations = idsOfNamesContaining(db, "operations", text);
        if (!operations.empty())
            alternatives.push_back(containsCondition("trace_operations", "operation_id", "operation_id", operations));
        textIsOnlyTraceIdPrefix = services.empty() && operations.empty();
        std::string condition = "(";
        for (std::size_t i = 0; i < alternatives.size(); ++i)
            condition += (i ? " OR " : "") + alternatives[i];
        sql.conditions.push_back(condition + ")");
    }

    if (!driveByOperation && !driveByService) {
        // A pasted trace id is best found through the trace_id index (then sorted); everything
        // else walks the start-time index, so ORDER BY start_ns, id LIMIT n reads about one page.
        sql.from = textIsOnlyTraceIdPrefix
            ? "FROM traces t LEFT JOIN labels l ON l.trace_key = t.id "
            : "FROM traces t INDEXED BY traces_by_start LEFT JOIN labels l ON l.trace_key = t.id ";
    }

    if (filter.errorsOnly)
        sql.conditions.push_back("t.error_spans > 0");
    if (filter.minDurationNs > 0) {
        sql.conditions.push_back("t.duration_ns >= ?");
        addNumber(filter.minDurationNs);
    }
    if (filter.maxDurationNs > 0) {
        sql.conditions.push_back("t.duration_ns <= ?");
        addNumber(filter.maxDurationNs);
    }
    if (filter.label) {
        if (*filter.label == TraceLabel::Unlabeled) {
            sql.conditions.push_back("l.trace_key IS NULL");
        } else {
            sql.conditions.push_back("l.label = ?");
            addNumber(static_cast<int>(*filter.label));
        }
    }
    return sql;
}

} // namespace tracemark
