#pragma once
// What the period list and the time chart show, read in one background job: every fault period,
// the start times of the labelled traces and the workspace's time range. Counting a period's
// traces is then a binary search, so an edit redraws without another query.
#include "core/store/Workspace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tracemark {

struct PeriodOverview {
    std::vector<FaultPeriodRecord> periods;   // by start
    std::vector<std::int64_t> abnormalStarts; // ascending
    std::vector<std::int64_t> normalStarts;   // ascending
    std::int64_t firstNs = 0;                 // earliest trace start (0 when empty)
    std::int64_t lastNs = 0;                  // latest trace start
};

// Reads many rows: call it on a background connection.
PeriodOverview readPeriodOverview(Workspace& workspace);

// Starts in [startNs, endNs): the traces a period's ranking reads (PeriodEvidence.h).
std::int64_t countInWindow(const std::vector<std::int64_t>& sortedStarts, std::int64_t startNs, std::int64_t endNs);

// Abnormal starts merged into periods with the CLI's defaults (`tracemark-cli periods`) and stored
// with Workspace::replaceDetectedPeriods. Returns every period, by start.
std::vector<FaultPeriodRecord> detectFaultPeriods(Workspace& workspace, const std::string& actor);

// Trace counts per time bucket, for the chart. The bucket length is a round figure (1 s, 2 s,
// 5 s, 10 s, 30 s, 1 min, ...) chosen so that [fromNs, toNs] holds at most `maxBuckets`.
struct TimeBuckets {
    std::int64_t firstNs = 0;  // start of bucket 0
    std::int64_t bucketNs = 1;
    std::vector<int> counts;
};
TimeBuckets bucketStarts(const std::vector<std::int64_t>& sortedStarts, std::int64_t fromNs, std::int64_t toNs,
    int maxBuckets);

} // namespace tracemark
