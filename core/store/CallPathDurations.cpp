// The raw sample behind one call path's statistics, for the trace viewer's reference histogram.
// spans has no index on call_path_id (no other query needs one and import speed matters), so
// this is one sequential scan of the spans table.
#include "core/store/RowReaders.h"
#include "core/store/WorkspaceState.h"

namespace tracemark {

std::vector<std::int64_t> Workspace::callPathDurations(std::uint64_t callPathId)
{
    Statement statement = state_->db.prepare("SELECT duration_ns FROM spans WHERE call_path_id = ?");
    statement.bind(1, toStoredId(callPathId));
    std::vector<std::int64_t> durations;
    while (statement.step())
        durations.push_back(statement.int64(0));
    return durations;
}

} // namespace tracemark
