#pragma once
// Scores of root-cause labeling against injected faults.
//
// Hit rates: for each fault the 1-based rank of its true service in a ranking (0 = not ranked).
// HR@k = share of faults ranked within the top k; mean rank counts an unranked fault as
// `unrankedAs` (e.g. the number of services + 1).
//
// Period detection, point-wise with point adjustment (as the LabelEase paper scores it): the
// time axis [from, to) is cut into points every stepNs; a point is positive when it lies in a
// true interval, predicted when it lies in a predicted interval; then every true interval with at
// least one predicted point counts as predicted at all its points. precision = predicted
// positive points / predicted points, recall = predicted positive points / positive points (0
// when the denominator is 0). Intervals are half-open [start, end), may overlap, and come in any
// order; the points are from + k * stepNs below `to`, counted per interval, not one by one.
#include <cstdint>
#include <vector>

namespace tracemark {

struct HitRates {
    std::int64_t faults = 0;
    double hr1 = 0;
    double hr3 = 0;
    double hr5 = 0;
    double meanRank = 0;
};

// No ranks: all 0. UsageError for a negative rank or unrankedAs < 1.
HitRates hitRates(const std::vector<int>& ranks, int unrankedAs);

struct TimeInterval {
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
};

struct PeriodScores {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    std::int64_t truePoints = 0;      // points in a true interval
    std::int64_t predictedPoints = 0; // points predicted after the point adjustment
};

// UsageError for stepNs < 1, to < from, or an interval with end < start.
PeriodScores pointAdjustedPeriodScores(const std::vector<TimeInterval>& truth,
    const std::vector<TimeInterval>& predicted, std::int64_t fromNs, std::int64_t toNs, std::int64_t stepNs);

} // namespace tracemark
