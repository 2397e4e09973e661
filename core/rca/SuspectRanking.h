#pragma once
// Ranking the services of one fault period as root-cause suspects, from the evidence the period
// gives about each service (core/rca/PeriodEvidence.h gathers it from a workspace).
//
// rankBySbfl: the plain spectrum ranking, by one SBFL formula (SbflFormula.h).
// rankCombined: SBFL plus the service's own latency, own errors, KPIs and error logs, then the
// dependency graph: a service that is anomalous while all its callees are healthy is the likely
// origin, and a caller whose callee is at least as anomalous only inherits the callee's delay or
// errors. The weights and rules are in RankingWeights and documented in docs/rca.md.
//
// Both are deterministic: equal scores rank by service name.
#include "core/rca/SbflFormula.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tracemark {

struct ServiceEvidence {
    std::string service;
    SbflCounts counts;
    std::int64_t spans = 0;     // spans of the service in the period's traces
    double selfTimeZ = 0;       // mean self time (duration minus children) in the period against
                                // the service's workspace mean and std of self time
    double durationZ = 0;       // the same for span duration (includes waiting for callees)
    double errorShare = 0;      // share of its spans with an error status
    double ownErrorShare = 0;   // share of its spans with an error status and no erroneous child
                                // (errors it raised, not ones it passed on)
    std::optional<double> kpiDeviation; // largest |z| of its KPIs in the period against their
                                        // baseline; absent without KPIs
    std::optional<double> errorLogRatio; // error log lines per minute in the period over the
                                         // baseline rate (+1 smoothing each); absent without logs
};

// One caller -> callee service edge of the period's traces.
struct ServiceEdge {
    std::string caller;
    std::string callee;
    std::int64_t calls = 0;
    double meanLatencyNs = 0; // mean duration of the callee spans on this edge
};

struct RankingWeights {
    double sbfl = 1.0;        // Ochiai score, in [0, 1]
    double selfTime = 1.0;    // clamp(selfTimeZ / zScale, 0, 1)
    double ownErrors = 1.0;   // ownErrorShare, in [0, 1]
    double kpi = 0.5;         // clamp(kpiDeviation / zScale, 0, 1)
    double errorLogs = 0.5;   // clamp(log2(errorLogRatio) / 4, 0, 1)
    double zScale = 3.0;      // a z of 3 counts as fully anomalous
    double inherited = 0.5;   // factor on a caller whose callee is at least as anomalous
    double originBonus = 0.25; // added when the service is anomalous (>= healthyBelow) and every callee is below healthyBelow
    double healthyBelow = 0.3; // anomaly under which a service counts as healthy
};

struct RankedSuspect {
    std::string service;
    double score = 0;
    int rank = 0;       // 1-based
    std::string reason; // short text: the evidence that drove the score
};

// Services with no span in the period are still ranked, scored from their counts only (no trace
// passes through them, so ef = ep = 0 and they score 0, among the last).
//
// rankBySbfl: score = sbflScore(formula, counts); reason "ef 40, ep 3, nf 0, np 200".
//
// rankCombined, with w = weights:
//  1. anomaly(s) = w.sbfl * ochiai + w.selfTime * clamp(selfTimeZ / zScale, 0, 1)
//       + w.ownErrors * ownErrorShare + w.kpi * clamp(kpiDeviation / zScale, 0, 1)
//       + w.errorLogs * clamp(log2(errorLogRatio) / 4, 0, 1)   (absent KPI / logs: 0);
//     a service with spans == 0 keeps only the sbfl term. durationZ and errorShare are not
//     scored: they include what the service waits for or passes on from its callees.
//  2. The callees of s are the services c with an edge s -> c (self-edges ignored). If some callee
//     has anomaly(c) >= anomaly(s) and anomaly(c) >= healthyBelow, s inherits:
//     score = anomaly(s) * w.inherited. Else if anomaly(s) >= healthyBelow and every callee is
//     below healthyBelow (or there is none), s is a likely origin: score = anomaly(s) + w.originBonus.
//     Otherwise score = anomaly(s).
//  3. Score descending, name ascending; reason names the terms that are > 0 and the graph rule,
//     e.g. "ochiai 0.82, self time z 4.1, own errors 35 %, callee payment at least as anomalous".
//
// UsageError for: a service named twice; a negative count or span count; a non-finite value; a
// share outside [0, 1]; errorLogRatio <= 0; an edge naming a service without evidence; a
// negative or non-finite weight, or zScale <= 0.
std::vector<RankedSuspect> rankBySbfl(const std::vector<ServiceEvidence>& evidence, SbflFormula formula);
std::vector<RankedSuspect> rankCombined(const std::vector<ServiceEvidence>& evidence,
    const std::vector<ServiceEdge>& edges, const RankingWeights& weights = {});

// 1-based rank of `service` in `ranking`, 0 when it is not there.
int rankOf(const std::vector<RankedSuspect>& ranking, const std::string& service);

} // namespace tracemark
