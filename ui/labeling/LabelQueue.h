#pragma once
// What the labeling queue shows: the traces to judge (the selection's representatives first, then
// the latest suggestions), each with the facts the filters need, and the workspace-wide counts.
// The loaders read the store and run on the WorkspaceWorker, never on the GUI thread.
#include "core/model/Label.h"
#include "core/store/Workspace.h"
#include "ui/labeling/LabelHistory.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <vector>

namespace tracemark {

// One trace `suggest` proposed (from its --json output).
struct SuggestedTrace {
    QString traceId;
    int cluster = -1;
    double score = 0.0;
    QString reason;
};

struct QueueEntry {
    enum class Role { Representative, Suggestion };
    std::int64_t key = 0;
    QString traceId;
    Role role = Role::Representative;
    int cluster = -1; // -1: not in the selection
    QString reason;   // why it was suggested
    std::int64_t startNs = 0;
    std::int64_t durationNs = 0;
    int spanCount = 0;
    int errorSpans = 0;
    QString rootService;
    QString rootOperation;
    QStringList services;   // distinct, sorted
    QStringList operations; // distinct "service:operation", sorted
    LabelState label;
    bool saving = false; // a write of this row's label has not committed yet
};

struct LabelCounts {
    std::int64_t traces = 0;
    std::int64_t human = 0;
    std::int64_t humanAbnormal = 0;
    std::int64_t propagated = 0;
    std::int64_t propagatedAbnormal = 0;
    std::int64_t model = 0;
};

struct LabelingSnapshot {
    std::vector<QueueEntry> queue;
    std::vector<ClusterInfo> clusters;
    std::optional<SelectionInfo> selection;
    LabelCounts counts;
    QStringList services;  // every service of the workspace, for the filter
    QStringList vectorKinds; // stored embedding kinds ("gnn" when embedded)
};

// Reads the representatives, then `suggestions` not already among them (unknown ids are skipped),
// the clusters and the label counts.
LabelingSnapshot loadLabelingSnapshot(Workspace& workspace, const QVector<SuggestedTrace>& suggestions);

struct LabelTotals {
    LabelCounts counts;
    std::vector<ClusterInfo> clusters;
};
// Just the counts and the clusters' label mix: what changes when one label is given.
LabelTotals loadLabelTotals(Workspace& workspace);

// Parses `suggest --json` output; throws std::runtime_error naming what is wrong.
QVector<SuggestedTrace> parseSuggestions(const QString& json);

} // namespace tracemark
