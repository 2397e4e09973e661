#pragma once
// Active learning, "suggest next N": the traces whose human label would remove the most doubt.
//
// Score of a row without a human label (higher = suggested first):
//   score = (1 - confidence)                                        uncertainty
//         + errorWeight    * [propagated Normal and hasError]       contradicting signals
//         + latencyWeight  * [propagated Normal and latencyZ >= latencyZThreshold]
//         + ordinaryWeight * [propagated Abnormal, no error and |latencyZ| < latencyZThreshold]
// Why each term:
//   uncertainty     the propagated label is a near coin toss (small margin between the nearest
//                   labelled normal and abnormal trace, or far from every labelled trace when only
//                   one class is labelled): a label here moves the decision boundary most.
//   error (0.5)     an error span is direct evidence that a request failed; if the embedding
//                   still puts the trace next to labelled normals, either the trace or the whole
//                   region around it is mislabelled, which a confident margin cannot reveal.
//                   Not 1: retries and client errors (4xx) also show up in healthy traffic.
//   latency (0.3)   end-to-end latency far above its call path's mean is how latency faults
//                   show; weaker than an error because slow outliers also occur without a fault.
//   ordinary (0.2)  a trace called abnormal with no error and ordinary latency contradicts it
//                   only weakly: many faults (a slow side call, a resource hog) leave neither.
// The terms are 0/1 so a score is easy to explain; with the defaults, a fully confident normal
// trace with error spans (0.5) ranks above an uncertain one whose confidence exceeds 0.5, and a
// contradicted trace needs both the error and the latency term (0.8) to pass one with confidence
// above 0.2. Rows whose label came from no human label at all (nothing labelled yet) score 1.
//
// Spreading: with clusterOf given, the best-scoring row of every cluster comes before the second
// row of any cluster (round robin; within a round, by score). Negative cluster numbers count as
// one "unclustered" group. Ties break by the lower row, so the result is deterministic.
#include "core/select/Propagation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

struct TraceSignals {
    bool hasError = false;
    double latencyZ = 0; // end-to-end latency vs traces with the same path ID (see computeTraceSignals)
};

struct SuggestOptions {
    int count = 10;
    double errorWeight = 0.5;
    double latencyWeight = 0.3;
    double ordinaryWeight = 0.2;
    double latencyZThreshold = 3.0;
};

struct Suggestion {
    std::int64_t row = -1;
    double score = 0;
    // e.g. "uncertain: margin 0.03", "propagated normal but has error spans (confidence 0.91)",
    // "propagated normal but latency 5.2 sd above its path (confidence 0.40)"
    std::string reason;
};

// Up to options.count rows without a human label, best first. signals and clusterOf are either
// empty (no signals / no spreading) or one per row. UsageError for other sizes, a negative
// count, negative or non-finite weights, or a threshold that is not positive.
std::vector<Suggestion> suggestNext(const Propagator& propagator, const std::vector<TraceSignals>& signals,
    const std::vector<int>& clusterOf, const SuggestOptions& options);

// Per-trace signals: hasError = errorSpanCounts > 0; latencyZ = (x - mean) / sd with x = ln of
// the end-to-end latency in ns and mean/sd those of all traces sharing the path ID (the trace
// itself included; population sd). The log because latency is right-skewed, roughly log-normal:
// on the raw scale a few slow traces inflate the sd and hide the others, and the threshold would
// flag the ordinary tail; on the log scale z measures "how many times slower than usual". A path
// seen once, or whose traces all take the same time, gives z = 0 (nothing to compare with); a path
// with m traces cannot reach z above sqrt(m - 1), so rare paths need a clear outlier. Latencies
// below 1 ns count as 1 ns. UsageError when the three vectors differ in length.
std::vector<TraceSignals> computeTraceSignals(const std::vector<std::uint64_t>& pathIds,
    const std::vector<std::int64_t>& latencyNs, const std::vector<int>& errorSpanCounts);

} // namespace tracemark
