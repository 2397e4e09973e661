#include "ui/trace/LoadedTrace.h"

#include "core/common/Error.h"

namespace tracemark {

LoadedTracePtr loadTrace(Workspace& workspace, std::int64_t traceKey)
{
    auto loaded = std::make_shared<LoadedTrace>();
    std::optional<TraceSummary> summary = workspace.traceByKey(traceKey);
    if (!summary)
        throw WorkspaceError("there is no trace with key " + std::to_string(traceKey));
    loaded->summary = std::move(*summary);
    loaded->tree = TraceTree::build(workspace.spansOfTrace(traceKey));
    loaded->topology = buildTopologyGraph(loaded->tree);
    loaded->logs = workspace.logsOfTrace(loaded->summary.traceId);
    return loaded;
}

} // namespace tracemark
