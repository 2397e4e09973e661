#pragma once
// Gathers, from a workspace, what one fault period says about each service (ServiceEvidence, see
// SuspectRanking.h) and the period's service dependency graph.
//
// Traces in the period: those starting in [start, end). Each has a label from `labelOf` (the
// workspace's labels, or an evaluation rule); unlabelled traces do not count in SBFL.
// - SBFL counts: ef / ep = abnormal / normal traces with a span of the service, nf / np = those
//   without one.
// - Latency and errors: over the spans of the period's abnormal traces (all of its traces when
//   none is abnormal): mean self time and duration against the service's baseline mean and std
//   (z = (mean - baseline mean) / baseline std), share of error spans, share of "own" error
//   spans (an error status and no child with one).
// - Baseline: the spans of the traces in the baseline windows, or of every trace when none are
//   given. A service without baseline spans (or with std 0) gets z 0.
// - KPIs and error logs: TelemetryDeviation.h.
// - Edges: caller service -> callee service for every parent/child span pair of different
//   services, with the call count and the callee spans' mean duration.
#include "core/model/Label.h"
#include "core/rca/SuspectRanking.h"
#include "core/rca/TelemetryDeviation.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace tracemark {

class Workspace;
class Progress;

using TraceLabelOf = std::function<TraceLabel(std::int64_t traceKey)>;

struct EvidenceOptions {
    std::vector<TimeWindow> baseline; // empty: the whole workspace
    bool useKpis = true;
    bool useLogs = true;
};

struct PeriodEvidence {
    TimeWindow period;
    std::vector<ServiceEvidence> services; // every service with a span in the period, by name
    std::vector<ServiceEdge> edges;        // by caller, then callee
    std::int64_t traces = 0;
    std::int64_t abnormal = 0;
    std::int64_t normal = 0;
    std::int64_t unlabeled = 0;
};

class PeriodEvidenceBuilder {
public:
    // Reads the baselines (one pass over the baseline spans, KPIs and logs). Cancelled when
    // progress is cancelled.
    PeriodEvidenceBuilder(Workspace& workspace, EvidenceOptions options, Progress& progress);
    ~PeriodEvidenceBuilder();

    // UsageError for end < start.
    PeriodEvidence build(const TimeWindow& period, const TraceLabelOf& labelOf);

    // The labels stored in the workspace (human, propagated or model), as a TraceLabelOf.
    static TraceLabelOf workspaceLabels(Workspace& workspace);

private:
    struct Baseline {
        std::int64_t spans = 0;
        double selfMean = 0, selfStd = 0, durationMean = 0, durationStd = 0;
    };
    Workspace& workspace_;
    EvidenceOptions options_;
    std::vector<std::string> serviceNames_; // by service id
    std::unordered_map<std::int64_t, Baseline> baseline_; // by service id
    std::unique_ptr<TelemetryDeviation> telemetry_;
};

} // namespace tracemark
