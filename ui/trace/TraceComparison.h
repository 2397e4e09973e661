#pragma once
// Two traces compared by call path (the chain service:operation from the root down to a span):
// which call paths only one trace has, where the number of spans differs, and how the mean
// duration per span of each matched call path changed from A to B. Pure data.
#include "ui/trace/TraceTree.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

struct CallPathDifference {
    std::uint64_t callPathId = 0;
    std::string text; // "frontend:GET / > cartservice:GetCart"
    std::string service;
    std::string operation;
    int depth = 0;
    int countA = 0;
    int countB = 0;
    std::int64_t totalA = 0; // ns, summed over the spans of the path
    std::int64_t totalB = 0;
    double meanA() const { return countA ? static_cast<double>(totalA) / countA : 0.0; }
    double meanB() const { return countB ? static_cast<double>(totalB) / countB : 0.0; }
    bool inBoth() const { return countA > 0 && countB > 0; }
    // B minus A of the mean duration; 0 unless the path is in both traces.
    double deltaNs() const { return inBoth() ? meanB() - meanA() : 0.0; }
};

struct TraceComparison {
    // Matched paths by |delta| (largest first), then paths only in A, then only in B; ties by text.
    std::vector<CallPathDifference> paths;
    int onlyInA = 0;
    int onlyInB = 0;
    int countsDiffer = 0; // matched paths with a different number of spans
    int biggestChange = -1; // index in paths of the matched path with the largest |delta|, or -1
    std::int64_t durationA = 0;
    std::int64_t durationB = 0;
    int spansA = 0;
    int spansB = 0;
};

TraceComparison compareTraces(const TraceTree& a, const TraceTree& b);

} // namespace tracemark
