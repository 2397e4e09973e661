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
    double callLatencyZ = 0;    // how much longer its callers wait on the wire for it than in the
                                // baseline (call gap z, weighted over its incoming edges)
    std::optional<double> kpiDeviation; // largest |z| of its KPIs in the period against their
                                        // baseline; absent without KPIs
    std::optional<double> errorLogExcess; // error log lines in the period beyond the baseline
                                          // rate, as a Poisson z; absent without logs
};

// One caller -> callee service edge of the period's traces.
struct ServiceEdge {
    std::string caller;
    std::string callee;
    std::int64_t calls = 0;
    double meanLatencyNs = 0; // mean duration of the callee spans on this edge
    std::optional<double> meanCallGapNs; // mean caller-side wait beyond the callee span (wire,
                                         // queueing); absent without call spans on this edge
};

// Chosen on the evaluation data (Nezha TrainTicket and the simulator; docs/rca.md#weights).
struct RankingWeights {
    double sbfl = 0.25;       // Ochiai score, in [0, 1]: weak here, as most services of a busy
                              // period share the abnormal traces
    double selfTime = 0.5;    // logStrength(selfTimeZ)
    double ownErrors = 1.0;   // ownErrorShare, in [0, 1]
    double callLatency = 1.0; // logStrength(callLatencyZ)
    double kpi = 0.5;         // logStrength(kpiDeviation)
    double errorLogs = 1.0;   // logStrength(errorLogExcess)
    double fullZ = 300.0;     // logStrength(z) = clamp(log10(1 + z) / log10(1 + fullZ), 0, 1): faults
                              // move gaps, KPIs and log rates by orders of magnitude, noise by a few z
    double inherited = 0.5;   // factor on a caller whose callee is at least as anomalous
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
//  1. anomaly(s) = w.sbfl * ochiai + w.selfTime * logStrength(selfTimeZ)
//       + w.ownErrors * ownErrorShare + w.callLatency * logStrength(callLatencyZ)
//       + w.kpi * logStrength(kpiDeviation) + w.errorLogs * logStrength(errorLogExcess)
//     (absent KPI / logs: 0); a service with spans == 0 has no latency or error terms, but its
//     KPIs and logs still count (a database or a crashed pod). durationZ and errorShare are not
//     scored: they include what the service waits for or passes on from its callees.
//  2. The callees of s are the services c with an edge s -> c (self-edges ignored). If some callee
//     has anomaly(c) >= anomaly(s) and anomaly(c) >= healthyBelow, s inherits:
//     score = anomaly(s) * w.inherited. Otherwise score = anomaly(s); when anomaly(s) >=
//     healthyBelow and every callee is below it (or there is none), the reason says it is a
//     likely origin. (A bonus for origins was tried: it lifted healthy leaf services, such as a
//     database-backed service with noisy self time, over the real cause; docs/rca.md#weights.)
//  3. Score descending, name ascending; reason names the terms that are > 0 and the graph rule,
//     e.g. "ochiai 0.82, self time z 4.1, own errors 35 %, callee payment at least as anomalous".
//
// UsageError for: a service named twice; a negative count or span count; a non-finite value; a
// share outside [0, 1]; an edge naming a service without evidence; a
// negative or non-finite weight, or fullZ <= 0.
std::vector<RankedSuspect> rankBySbfl(const std::vector<ServiceEvidence>& evidence, SbflFormula formula);
std::vector<RankedSuspect> rankCombined(const std::vector<ServiceEvidence>& evidence,
    const std::vector<ServiceEdge>& edges, const RankingWeights& weights = {});

// 1-based rank of `service` in `ranking`, 0 when it is not there.
int rankOf(const std::vector<RankedSuspect>& ranking, const std::string& service);

} // namespace tracemark
