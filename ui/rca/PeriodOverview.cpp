#include "ui/rca/PeriodOverview.h"

#include "core/rca/FaultPeriodMerger.h"

#include <algorithm>
#include <cstdio>

namespace tracemark {

PeriodOverview readPeriodOverview(Workspace& workspace)
{
    PeriodOverview overview;
    overview.periods = workspace.faultPeriods();
    Database& db = workspace.database();
    Statement labelled = db.prepare(
        "SELECT t.start_ns, l.label FROM labels l JOIN traces t ON t.id = l.trace_key ORDER BY t.start_ns");
    while (labelled.step()) {
        const auto label = static_cast<TraceLabel>(labelled.int64(1));
        if (label == TraceLabel::Abnormal)
            overview.abnormalStarts.push_back(labelled.int64(0));
        else if (label == TraceLabel::Normal)
            overview.normalStarts.push_back(labelled.int64(0));
    }
    Statement range = db.prepare("SELECT MIN(start_ns), MAX(start_ns) FROM traces");
    if (range.step() && !range.isNull(0)) {
        overview.firstNs = range.int64(0);
        overview.lastNs = range.int64(1);
    }
    return overview;
}

std::int64_t countInWindow(const std::vector<std::int64_t>& sortedStarts, std::int64_t startNs, std::int64_t endNs)
{
    if (endNs <= startNs)
        return 0;
    return std::lower_bound(sortedStarts.begin(), sortedStarts.end(), endNs)
        - std::lower_bound(sortedStarts.begin(), sortedStarts.end(), startNs);
}

std::vector<FaultPeriodRecord> detectFaultPeriods(Workspace& workspace, const std::string& actor)
{
    const FaultPeriodOptions options;
    std::vector<DetectedPeriod> detected;
    for (const MergedPeriod& p : mergeFaultPeriods(workspace.abnormalTraceStarts(), options))
        detected.push_back({p.startNs, p.endNs, p.abnormalTraces});
    // The same params the CLI stores, so a period says how it was found whoever found it.
    char params[128];
    std::snprintf(params, sizeof params, "{\"padding_s\":%.3f,\"gap_s\":%.3f,\"min_support\":%lld}",
        static_cast<double>(options.paddingNs) / 1e9, static_cast<double>(options.gapNs) / 1e9,
        static_cast<long long>(options.minSupport));
    return workspace.replaceDetectedPeriods(detected, params, actor);
}

TimeBuckets bucketStarts(const std::vector<std::int64_t>& sortedStarts, std::int64_t fromNs, std::int64_t toNs,
    int maxBuckets)
{
    constexpr std::int64_t kSecond = 1'000'000'000;
    static const std::int64_t kSteps[] = {kSecond, 2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond,
        30 * kSecond, 60 * kSecond, 120 * kSecond, 300 * kSecond, 600 * kSecond, 900 * kSecond, 1800 * kSecond,
        3600 * kSecond, 7200 * kSecond, 21600 * kSecond, 43200 * kSecond, 86400 * kSecond};
    TimeBuckets buckets;
    const std::int64_t span = std::max<std::int64_t>(toNs - fromNs, 1);
    const std::int64_t target = std::max(maxBuckets, 1);
    buckets.bucketNs = kSteps[std::size(kSteps) - 1];
    for (const std::int64_t step : kSteps) {
        if (span / step < target) {
            buckets.bucketNs = step;
            break;
        }
    }
    while (span / buckets.bucketNs >= target) // longer than the table: whole days
        buckets.bucketNs *= 2;
    buckets.firstNs = fromNs - ((fromNs % buckets.bucketNs) + buckets.bucketNs) % buckets.bucketNs;
    const std::int64_t count = (toNs - buckets.firstNs) / buckets.bucketNs + 1;
    buckets.counts.assign(static_cast<std::size_t>(count), 0);
    const auto first = std::lower_bound(sortedStarts.begin(), sortedStarts.end(), buckets.firstNs);
    for (auto it = first; it != sortedStarts.end() && *it <= toNs; ++it)
        ++buckets.counts[static_cast<std::size_t>((*it - buckets.firstNs) / buckets.bucketNs)];
    return buckets;
}

} // namespace tracemark
