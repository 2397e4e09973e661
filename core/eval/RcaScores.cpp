#include "core/eval/RcaScores.h"

#include "core/common/Error.h"

#include <algorithm>
#include <string>

namespace tracemark {

HitRates hitRates(const std::vector<int>& ranks, int unrankedAs)
{
    if (unrankedAs < 1)
        throw UsageError("hit rates: an unranked fault must count as rank 1 or more, got " + std::to_string(unrankedAs));
    HitRates rates;
    rates.faults = static_cast<std::int64_t>(ranks.size());
    if (ranks.empty())
        return rates;
    std::int64_t within1 = 0, within3 = 0, within5 = 0;
    double rankSum = 0;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const int rank = ranks[i];
        if (rank < 0)
            throw UsageError("hit rates: rank of fault " + std::to_string(i) + " is " + std::to_string(rank) +
                             ", must be 0 (unranked) or more");
        if (rank == 0) {
            rankSum += unrankedAs;
            continue;
        }
        rankSum += rank;
        within1 += rank <= 1;
        within3 += rank <= 3;
        within5 += rank <= 5;
    }
    const double faults = static_cast<double>(rates.faults);
    rates.hr1 = static_cast<double>(within1) / faults;
    rates.hr3 = static_cast<double>(within3) / faults;
    rates.hr5 = static_cast<double>(within5) / faults;
    rates.meanRank = rankSum / faults;
    return rates;
}

namespace {

// The scores work on sets of time as sorted, disjoint, non-empty half-open intervals, and count
// the points of the grid from + k * step inside them, so a fine step over a long axis costs
// nothing more than a coarse one.
using IntervalSet = std::vector<TimeInterval>;

IntervalSet normalised(IntervalSet intervals)
{
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                        [](const TimeInterval& i) { return i.endNs <= i.startNs; }),
        intervals.end());
    std::sort(intervals.begin(), intervals.end(),
        [](const TimeInterval& a, const TimeInterval& b) { return a.startNs < b.startNs; });
    IntervalSet merged;
    for (const TimeInterval& interval : intervals) {
        if (!merged.empty() && interval.startNs <= merged.back().endNs)
            merged.back().endNs = std::max(merged.back().endNs, interval.endNs);
        else
            merged.push_back(interval);
    }
    return merged;
}

IntervalSet unionOf(const IntervalSet& a, const IntervalSet& b)
{
    IntervalSet both = a;
    both.insert(both.end(), b.begin(), b.end());
    return normalised(std::move(both));
}

IntervalSet intersectionOf(const IntervalSet& a, const IntervalSet& b)
{
    IntervalSet common;
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const std::int64_t start = std::max(a[i].startNs, b[j].startNs);
        const std::int64_t end = std::min(a[i].endNs, b[j].endNs);
        if (start < end)
            common.push_back({start, end});
        (a[i].endNs < b[j].endNs ? i : j) += 1;
    }
    return common;
}

struct PointGrid {
    std::int64_t fromNs;
    std::int64_t toNs;
    std::int64_t stepNs;

    // Points from + k * step (k >= 0) below `offsetNs` past `from`, for 0 <= offsetNs.
    std::int64_t pointsBelow(std::int64_t offsetNs) const { return offsetNs / stepNs + (offsetNs % stepNs != 0); }

    std::int64_t pointsIn(const TimeInterval& interval) const
    {
        const std::int64_t start = std::max(interval.startNs, fromNs);
        const std::int64_t end = std::min(interval.endNs, toNs);
        return start < end ? pointsBelow(end - fromNs) - pointsBelow(start - fromNs) : 0;
    }

    std::int64_t pointsIn(const IntervalSet& set) const
    {
        std::int64_t points = 0;
        for (const TimeInterval& interval : set)
            points += pointsIn(interval);
        return points;
    }
};

void requireOrdered(const std::vector<TimeInterval>& intervals, const char* which)
{
    for (std::size_t i = 0; i < intervals.size(); ++i)
        if (intervals[i].endNs < intervals[i].startNs)
            throw UsageError(std::string("period scores: ") + which + " interval " + std::to_string(i) + " ends at " +
                             std::to_string(intervals[i].endNs) + " ns, before its start " +
                             std::to_string(intervals[i].startNs) + " ns");
}

} // namespace

PeriodScores pointAdjustedPeriodScores(const std::vector<TimeInterval>& truth,
    const std::vector<TimeInterval>& predicted, std::int64_t fromNs, std::int64_t toNs, std::int64_t stepNs)
{
    if (stepNs < 1)
        throw UsageError("period scores: the step must be at least 1 ns, got " + std::to_string(stepNs));
    if (toNs < fromNs)
        throw UsageError("period scores: the axis ends at " + std::to_string(toNs) + " ns, before its start " +
                         std::to_string(fromNs) + " ns");
    requireOrdered(truth, "true");
    requireOrdered(predicted, "predicted");

    const PointGrid grid{fromNs, toNs, stepNs};
    const IntervalSet truthSet = normalised(truth);
    IntervalSet predictedSet = normalised(predicted);
    // Point adjustment: each true interval with a predicted point counts as predicted throughout.
    // The raw intervals are checked one by one, so two overlapping true intervals adjust apart.
    IntervalSet detectedTruth;
    for (const TimeInterval& interval : truth)
        if (grid.pointsIn(intersectionOf(IntervalSet{interval}, predictedSet)) > 0)
            detectedTruth.push_back(interval);
    predictedSet = unionOf(predictedSet, normalised(detectedTruth));

    PeriodScores scores;
    scores.truePoints = grid.pointsIn(truthSet);
    scores.predictedPoints = grid.pointsIn(predictedSet);
    const std::int64_t hits = grid.pointsIn(intersectionOf(truthSet, predictedSet));
    const auto ratio = [](std::int64_t part, std::int64_t whole) {
        return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
    };
    scores.precision = ratio(hits, scores.predictedPoints);
    scores.recall = ratio(hits, scores.truePoints);
    scores.f1 = scores.precision + scores.recall > 0
                    ? 2 * scores.precision * scores.recall / (scores.precision + scores.recall)
                    : 0.0;
    return scores;
}

} // namespace tracemark
