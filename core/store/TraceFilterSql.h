#pragma once
// Turns a TraceFilter into the FROM and WHERE parts of a query over traces `t` (with labels `l`),
// choosing a "driving" table whose key order is (start_ns, trace key): a single service or
// operation filter walks that name's rows of trace_services / trace_operations in start order,
// so the first page of a selective filter does not scan a million traces.
#include "core/store/Database.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

struct TraceFilterSql {
    bool matchesNothing = false; // a named service or operation that does not exist
    std::string from;            // "FROM ... " with traces as t and labels as l
    std::vector<std::string> conditions;
    std::string startColumn = "t.start_ns"; // the keyset order columns of the driving table
    std::string keyColumn = "t.id";
    struct Param {
        bool isText = false;
        std::int64_t number = 0;
        std::string text;
    };
    std::vector<Param> params; // in the order their '?' appear in `conditions`

    std::string whereClause() const; // "WHERE a AND b " or ""
    // Binds params from index 1; returns the next free index.
    int bind(Statement& statement) const;
};

TraceFilterSql buildTraceFilterSql(Database& db, const TraceFilter& filter);

} // namespace tracemark
