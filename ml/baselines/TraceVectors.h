#pragma once
// The two simple trace vectors the GNN embedding is measured against (issue 3), also used by
// `evaluate --vectors stv|bag` and k-means selection (issue 4). Plain C++, no LibTorch.
//
// Service trace vector ("stv", TraceAnomaly, Liu et al. ISSRE 2020): one dimension per call path
// (TraceGraph::callPathId: the chain service:operation from the root down to a span).
//   raw value  log1p(µs) of the mean duration of the trace's spans on that call path (negative
//              durations count as 0; a path usually occurs once, a loop makes it occur more)
//   present    (raw - mean) / std, mean and population std of raw over the fitted traces in
//              which the path occurs (std 1 when it is 0: a path seen once or always equally long)
//   absent     -1, as TraceAnomaly's normalisation does
// Like TraceAnomaly, a present value that standardises to exactly -1 cannot be told from an
// absent one; unlike it, a 0 µs span counts as present (TraceAnomaly's raw 0 meant absent) and
// the log keeps a 30 s timeout from dwarfing every other path in the standardisation.
//
// Bag of operations ("bag"): one dimension per service:operation pair, valued with the share of
// the trace's spans that are that operation (count / the trace's span count, spans of dropped
// dimensions included, so values keep their meaning under the cap). Shares rather than an L2
// norm: cosine distance ignores the scale either way, and with shares Euclidean distance stays a
// different view (proportions) instead of a monotone function of cosine.
//
// Dimensions: at most maxDimensions (default 4096), the keys present in the most fitted traces
// (ties: the smaller key), then ordered by key (call path id, or service then operation), so the
// layout does not depend on the order traces were fitted in. buildBaselineVectors lowers the cap
// further to keep the matrix under a memory budget (a million traces x 4096 floats is 16 GB).
#include "core/common/Progress.h"
#include "core/graph/TraceGraph.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tracemark {

enum class BaselineKind { ServiceTraceVector, BagOfOperations };

std::string_view toString(BaselineKind kind); // "stv", "bag"
// Accepts "stv" and "bag" (any case); UsageError naming the value otherwise.
BaselineKind baselineKindFromString(std::string_view text);

// Two passes: fit() every trace, finish(), then vectorOf()/vectorInto() every trace.
class BaselineVectorizer {
public:
    static constexpr int kDefaultMaxDimensions = 4096;

    explicit BaselineVectorizer(BaselineKind kind);

    // First pass. UsageError after finish().
    void fit(const TraceGraph& trace);
    // Fixes the dimensions (see the top of this file). UsageError when called twice or when
    // maxDimensions < 1. Without any fitted key the dimension is 0.
    void finish(int maxDimensions = kDefaultMaxDimensions);

    BaselineKind kind() const { return kind_; }
    bool finished() const { return finished_; }
    std::int64_t fittedTraces() const { return fittedTraces_; }
    std::int64_t distinctKeys() const; // call paths or operations seen while fitting, before the cap
    int dimension() const { return static_cast<int>(dimensions_.size()); }

    // What dimension i stands for: the call path ("frontend:GET / > cart:GetCart") or
    // "service:operation". UsageError outside [0, dimension()).
    const std::string& dimensionName(int i) const;
    std::int64_t dimensionTraceCount(int i) const; // fitted traces in which it occurs
    // stv only (0 and 1 for bag): the mean and the divisor of the standardisation.
    double dimensionMean(int i) const;
    double dimensionScale(int i) const;

    // Second pass: writes dimension() floats to row. UsageError before finish(). Thread-safe.
    void vectorInto(const TraceGraph& trace, float* row) const;
    std::vector<float> vectorOf(const TraceGraph& trace) const;

private:
    struct KeyStats {
        std::string name;
        std::int64_t traces = 0;
        double mean = 0; // Welford over the per-trace raw values (stv)
        double m2 = 0;
    };
    struct Dimension {
        std::string name;
        std::int64_t traces = 0;
        double mean = 0;
        double scale = 1;
    };

    void fitCallPaths(const TraceGraph& trace);
    void fitOperations(const TraceGraph& trace);
    void vectorOfCallPaths(const TraceGraph& trace, float* row) const;
    void vectorOfOperations(const TraceGraph& trace, float* row) const;
    const Dimension& dimensionAt(int i) const;

    BaselineKind kind_;
    bool finished_ = false;
    std::int64_t fittedTraces_ = 0;
    std::int64_t distinctKeys_ = 0; // set by finish(), which frees the fitting maps
    std::unordered_map<std::uint64_t, KeyStats> callPaths_; // stv, while fitting
    std::unordered_map<std::string, KeyStats> operations_; // bag, keyed service + '\0' + operation
    std::vector<Dimension> dimensions_;
    std::unordered_map<std::uint64_t, int> callPathColumn_;
    std::unordered_map<std::string, int> operationColumn_;
};

struct BaselineOptions {
    int maxDimensions = BaselineVectorizer::kDefaultMaxDimensions;
    // The cap becomes min(maxDimensions, maxMatrixBytes / (4 x traces)), at least 1: 2 GiB keeps
    // 4096 dimensions up to ~131,000 traces and ~536 for a million.
    std::int64_t maxMatrixBytes = std::int64_t { 2 } << 30;
};

// Both passes over workspace.forEachTrace (TraceGraph::build of each trace's spans): one row per
// trace, in forEachTrace order (start time). `fitted`, when given, receives the vectorizer (for
// the dimension names). TraceStructureError from a trace with a cycle, Cancelled when progress is.
EmbeddingMatrix buildBaselineVectors(Workspace& workspace, BaselineKind kind, Progress& progress,
    const BaselineOptions& options = {}, BaselineVectorizer* fitted = nullptr);

} // namespace tracemark
