#pragma once
// Everything the viewer shows for one trace, read and derived on the worker thread in one go
// (spans, tree, critical path, topology nodes, logs) and then shared read-only with the GUI.
#include "core/model/Telemetry.h"
#include "core/store/Workspace.h"
#include "ui/trace/TopologyGraph.h"
#include "ui/trace/TraceTree.h"

#include <memory>
#include <vector>

namespace tracemark {

struct LoadedTrace {
    TraceSummary summary;
    TraceTree tree;
    TopologyGraph topology;
    std::vector<LogRecord> logs; // of the whole trace, by time
};

using LoadedTracePtr = std::shared_ptr<const LoadedTrace>;

// Runs on the worker. Throws WorkspaceError when there is no trace with that key.
LoadedTracePtr loadTrace(Workspace& workspace, std::int64_t traceKey);

} // namespace tracemark
