#pragma once
// The root-cause engine as the page runs it, on its background thread only: the workspace's
// evidence index (about 1 s and 57 MiB per 100,000 traces) and labels, read once, then any
// period ranked from memory in milliseconds, the way `tracemark-cli rank` ranks it.
#include "core/rca/PeriodEvidence.h"
#include "core/store/Workspace.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace tracemark {

// A service's mean self time and duration in the period (over the spans the evidence reads: the
// abnormal traces, or all when none is abnormal) beside its workspace mean and std.
struct LatencyFigures {
    bool hasSpans = false;
    double selfMeanNs = 0, durationMeanNs = 0;
    double baseSelfMeanNs = 0, baseSelfStdNs = 0;
    double baseDurationMeanNs = 0, baseDurationStdNs = 0;
};

struct PeriodRanking {
    std::int64_t periodId = 0;
    PeriodEvidence evidence;
    std::vector<RankedSuspect> combined;  // rankCombined with the default weights
    std::vector<RankedSuspect> ochiai;    // rankBySbfl(Ochiai)
    std::vector<LatencyFigures> latency;  // one per evidence.services entry
    double milliseconds = 0;              // time to rank, index in memory
};

class EvidenceSession {
public:
    // Reads the index, the baselines and the labels; throws Cancelled when progress is.
    EvidenceSession(Workspace& workspace, Progress& progress);
    ~EvidenceSession();

    // UsageError for end < start.
    PeriodRanking rank(std::int64_t periodId, const TimeWindow& window);
    std::size_t traceCount() const;

private:
    struct Moments {
        double count = 0, sum = 0, squares = 0;
        double mean() const { return count > 0 ? sum / count : 0.0; }
        double std() const;
    };
    std::vector<LatencyFigures> latencyOf(const PeriodEvidence& evidence, std::size_t first, std::size_t last);

    std::unique_ptr<PeriodEvidenceBuilder> builder_;
    TraceLabelOf labels_;
    std::vector<std::string> serviceNames_; // by service id
    std::vector<Moments> baseSelf_;         // by service id
    std::vector<Moments> baseDuration_;     // by service id
};

} // namespace tracemark
