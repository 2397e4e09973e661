#pragma once
// Gathers, from a workspace, what one fault period says about each service (ServiceEvidence, see
// SuspectRanking.h) and the period's service dependency graph.
//
// The builder reads the workspace once into a TraceEvidenceIndex (TraceEvidenceIndex.h) and sums
// each period from memory. Traces in the period: those starting in [start, end). Each has a label
// from `labelOf` (the workspace's labels, or an evaluation rule); unlabelled traces do not count
// in SBFL.
// - SBFL counts: ef / ep = abnormal / normal traces with a span of the service, nf / np = those
//   without one.
// - Latency and errors: over the spans of the period's abnormal traces (all of its traces when
//   none is abnormal): mean self time (call spans left out) and duration against the service's
//   baseline mean and std (z = (mean - baseline mean) / baseline std), share of error spans,
//   share of "own" error spans (an error status and no child with one).
// - Call latency: the gaps of every call into the service (from any caller), in the period's
//   latency traces against the baseline's: z = (median - baseline median) / max(1.4826 * baseline
//   MAD, 10 % of |baseline median|, 10 us), with at least 2 baseline calls. Medians, because a
//   baseline of a few minutes often holds one connection-setup call hundreds of times slower.
// - Baseline: the traces in the baseline windows, or every trace when none are given. A service
//   without baseline spans (or with std 0) gets z 0.
// - KPIs and error logs: TelemetryDeviation.h. Services with KPIs or logs but no span in the
//   period are listed too (a database, a crashed pod), with ef = ep = 0.
// - Edges: caller service -> callee service for every parent/child span pair of different
//   services, with the call count, the callee spans' mean duration and the mean call gap.
#include "core/model/Label.h"
#include "core/rca/SuspectRanking.h"
#include "core/rca/TelemetryDeviation.h"
#include "core/rca/TraceEvidenceIndex.h"

#include <cstdint>
#include <functional>
#include <optional>
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
    std::int64_t kpiLookbackNs = 20LL * 60 * 1000000000; // see TelemetryDeviation.h
};

struct PeriodEvidence {
    TimeWindow period;
    std::vector<ServiceEvidence> services; // every service with a span, KPIs or logs, by name
    std::vector<ServiceEdge> edges;        // by caller, then callee
    std::int64_t traces = 0;
    std::int64_t abnormal = 0;
    std::int64_t normal = 0;
    std::int64_t unlabeled = 0;
};

class PeriodEvidenceBuilder {
public:
    // Reads the workspace's spans into memory and the baselines. Cancelled when progress is.
    PeriodEvidenceBuilder(Workspace& workspace, EvidenceOptions options, Progress& progress);
    ~PeriodEvidenceBuilder();

    // UsageError for end < start.
    PeriodEvidence build(const TimeWindow& period, const TraceLabelOf& labelOf);

    const TraceEvidenceIndex& index() const { return *index_; }

    // The labels stored in the workspace (human, propagated or model), as a TraceLabelOf.
    static TraceLabelOf workspaceLabels(Workspace& workspace);

private:
    struct Moments {
        double count = 0, sum = 0, squares = 0;
        double mean() const { return count > 0 ? sum / count : 0.0; }
        double std() const;
    };
    struct Baseline {
        Moments self, duration;
    };
    Workspace& workspace_;
    EvidenceOptions options_;
    std::unique_ptr<TraceEvidenceIndex> index_;
    std::vector<std::string> serviceNames_; // by service id
    struct GapBaseline {
        double median = 0, spread = 0;
    };
    std::vector<Baseline> baseline_;                       // by service id
    std::vector<std::optional<GapBaseline>> baselineGaps_; // by callee service id; none under 2 calls
    std::vector<std::int64_t> telemetryServices_; // services with KPIs or logs
    std::unique_ptr<TelemetryDeviation> telemetry_;
};

} // namespace tracemark
