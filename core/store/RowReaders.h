#pragma once
// The column lists and row decoders shared by every query that returns spans or trace
// summaries, so the SELECT and the code reading it cannot drift apart.
#include "core/model/Span.h"
#include "core/store/Database.h"
#include "core/store/Workspace.h"

#include <string>
#include <string_view>

namespace tracemark {

// 11 columns of spans `s` with their names; needs kSpanJoins in the FROM clause.
extern const std::string_view kSpanColumns;
extern const std::string_view kSpanJoins;
constexpr int kSpanColumnCount = 11;
Span readSpan(const Statement& row, int firstColumn, const std::string& traceId);

// 13 columns of traces `t` with root names and label; needs kTraceRootJoins and
// kTraceLabelJoin after "traces t".
extern const std::string_view kTraceColumns;
extern const std::string_view kTraceRootJoins;
extern const std::string_view kTraceLabelJoin;
constexpr int kTraceColumnCount = 13;
TraceSummary readTraceSummary(const Statement& row, int firstColumn);

// spans.id of a trace's first span; its spans are [firstSpanRowId(key), firstSpanRowId(key + 1)).
constexpr int kSpanPositionBits = 24;
constexpr std::int64_t kMaxSpansPerTrace = (std::int64_t{1} << kSpanPositionBits) - 1;
inline std::int64_t firstSpanRowId(std::int64_t traceKey) { return traceKey << kSpanPositionBits; }
// SQL for "s.id is a span of trace `keyExpression`", usable by the query planner as a rowid range.
std::string spansOfTraceCondition(const std::string& spanAlias, const std::string& keyExpression);

// Hash ids are uint64 but SQLite integers are signed: stored bit for bit.
inline std::int64_t toStoredId(std::uint64_t id) { return static_cast<std::int64_t>(id); }
inline std::uint64_t fromStoredId(std::int64_t id) { return static_cast<std::uint64_t>(id); }

} // namespace tracemark
