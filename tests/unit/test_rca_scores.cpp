// Root-cause scores (core/eval/RcaScores): hit rates and point-adjusted period detection, worked by hand.
#include "core/common/Error.h"
#include "core/eval/RcaScores.h"

#include <catch2/catch.hpp>

using namespace tracemark;

TEST_CASE("hit rates and mean rank over hand-made rank lists", "[eval][rca]")
{
    // Ranks 1, 2, 4, unranked, 6 with unranked counted as 11:
    // HR@1 = 1/5, HR@3 = 2/5 (1, 2), HR@5 = 3/5 (1, 2, 4); mean = (1+2+4+11+6) / 5 = 24/5 = 4.8
    const HitRates rates = hitRates({1, 2, 4, 0, 6}, 11);
    CHECK(rates.faults == 5);
    CHECK(rates.hr1 == Approx(0.2));
    CHECK(rates.hr3 == Approx(0.4));
    CHECK(rates.hr5 == Approx(0.6));
    CHECK(rates.meanRank == Approx(4.8));

    // Rank 3 and 5 sit on the boundaries: HR@1 0, HR@3 1/2, HR@5 2/2; mean (3+5)/2 = 4
    const HitRates edges = hitRates({3, 5}, 1);
    CHECK(edges.hr1 == 0.0);
    CHECK(edges.hr3 == Approx(0.5));
    CHECK(edges.hr5 == Approx(1.0));
    CHECK(edges.meanRank == Approx(4.0));

    // All unranked: no hits, the mean is unrankedAs.
    const HitRates none = hitRates({0, 0, 0}, 7);
    CHECK(none.hr5 == 0.0);
    CHECK(none.meanRank == Approx(7.0));

    const HitRates empty = hitRates({}, 4);
    CHECK(empty.faults == 0);
    CHECK(empty.hr1 == 0.0);
    CHECK(empty.meanRank == 0.0);
}

TEST_CASE("hit rates reject negative ranks and unrankedAs below 1", "[eval][rca]")
{
    REQUIRE_THROWS_WITH(hitRates({1, -2}, 5), Catch::Contains("-2"));
    REQUIRE_THROWS_AS(hitRates({1}, 0), UsageError);
}

// The timelines below use the axis [0, 100) with step 10: points 0, 10, ..., 90.
TEST_CASE("a prediction touching part of a true interval detects all of it", "[eval][rca]")
{
    // Truth [20, 50): points 20, 30, 40. Predicted [40, 45): point 40, inside -> the whole
    // interval counts: predicted points 20, 30, 40; hits 3 -> precision 3/3, recall 3/3.
    const PeriodScores s = pointAdjustedPeriodScores({{20, 50}}, {{40, 45}}, 0, 100, 10);
    CHECK(s.truePoints == 3);
    CHECK(s.predictedPoints == 3);
    CHECK(s.precision == Approx(1.0));
    CHECK(s.recall == Approx(1.0));
    CHECK(s.f1 == Approx(1.0));
}

TEST_CASE("a false-positive prediction lowers precision", "[eval][rca]")
{
    // As above plus predicted [70, 90): points 70, 80 outside the truth.
    // Predicted points 20, 30, 40, 70, 80 = 5; hits 3 -> precision 3/5 = 0.6, recall 1,
    // F1 = 2 * 0.6 * 1 / 1.6 = 0.75
    const PeriodScores s = pointAdjustedPeriodScores({{20, 50}}, {{40, 45}, {70, 90}}, 0, 100, 10);
    CHECK(s.predictedPoints == 5);
    CHECK(s.precision == Approx(0.6));
    CHECK(s.recall == Approx(1.0));
    CHECK(s.f1 == Approx(0.75));
}

TEST_CASE("only the true intervals a prediction reaches are adjusted", "[eval][rca]")
{
    // Truth [0, 20) (points 0, 10) and [60, 90) (60, 70, 80); predicted [10, 11) hits point 10 of
    // the first only. Predicted points 0, 10; hits 2 -> precision 1, recall 2/5 = 0.4,
    // F1 = 2 * 1 * 0.4 / 1.4 = 0.571429
    const PeriodScores s = pointAdjustedPeriodScores({{0, 20}, {60, 90}}, {{10, 11}}, 0, 100, 10);
    CHECK(s.truePoints == 5);
    CHECK(s.predictedPoints == 2);
    CHECK(s.precision == Approx(1.0));
    CHECK(s.recall == Approx(0.4));
    CHECK(s.f1 == Approx(0.571429));
}

TEST_CASE("no prediction, or nothing to find, scores 0 rather than NaN", "[eval][rca]")
{
    // Truth 20, 30, 40; nothing predicted: precision 0/0 -> 0, recall 0/3 = 0.
    const PeriodScores missed = pointAdjustedPeriodScores({{20, 50}}, {}, 0, 100, 10);
    CHECK(missed.truePoints == 3);
    CHECK(missed.predictedPoints == 0);
    CHECK(missed.precision == 0.0);
    CHECK(missed.recall == 0.0);
    CHECK(missed.f1 == 0.0);

    const PeriodScores nothing = pointAdjustedPeriodScores({}, {}, 0, 100, 10);
    CHECK(nothing.truePoints == 0);
    CHECK(nothing.f1 == 0.0);

    // An empty axis (from == to) has no points at all.
    CHECK(pointAdjustedPeriodScores({{20, 50}}, {{20, 50}}, 30, 30, 10).truePoints == 0);
}

TEST_CASE("intervals are half-open at the grid points", "[eval][rca]")
{
    // Predicted [50, 60) holds point 50, which truth [20, 50) does not: no detection.
    // Predicted points 50 = 1; hits 0 -> precision 0, recall 0.
    const PeriodScores after = pointAdjustedPeriodScores({{20, 50}}, {{50, 60}}, 0, 100, 10);
    CHECK(after.predictedPoints == 1);
    CHECK(after.precision == 0.0);
    CHECK(after.recall == 0.0);

    // Predicted [15, 20) holds no point (20 is excluded): nothing predicted, nothing detected.
    const PeriodScores before = pointAdjustedPeriodScores({{20, 50}}, {{15, 20}}, 0, 100, 10);
    CHECK(before.predictedPoints == 0);
    CHECK(before.recall == 0.0);

    // Predicted [19, 21) holds point 20, the first of the truth: recall 3/3.
    CHECK(pointAdjustedPeriodScores({{20, 50}}, {{19, 21}}, 0, 100, 10).recall == Approx(1.0));
}

TEST_CASE("points follow from, step and the axis end", "[eval][rca]")
{
    // Axis [5, 30) step 10: points 5, 15, 25. Truth [10, 20): point 15 only.
    // Predicted [0, 6): point 5, a false positive -> precision 0/1, recall 0/1.
    const PeriodScores s = pointAdjustedPeriodScores({{10, 20}}, {{0, 6}}, 5, 30, 10);
    CHECK(s.truePoints == 1);
    CHECK(s.predictedPoints == 1);
    CHECK(s.recall == 0.0);

    // Truth [80, 200) is cut at the axis end 100: points 80, 90.
    CHECK(pointAdjustedPeriodScores({{80, 200}}, {}, 0, 100, 10).truePoints == 2);

    // Overlapping true intervals count their points once: [0, 30) and [10, 50) -> 0..40, 5 points.
    CHECK(pointAdjustedPeriodScores({{0, 30}, {10, 50}}, {}, 0, 100, 10).truePoints == 5);
}

TEST_CASE("bad period arguments are UsageErrors", "[eval][rca]")
{
    REQUIRE_THROWS_WITH(pointAdjustedPeriodScores({}, {}, 0, 100, 0), Catch::Contains("got 0"));
    REQUIRE_THROWS_AS(pointAdjustedPeriodScores({}, {}, 100, 0, 10), UsageError);
    REQUIRE_THROWS_WITH(pointAdjustedPeriodScores({{50, 40}}, {}, 0, 100, 10), Catch::Contains("true interval 0"));
    REQUIRE_THROWS_WITH(pointAdjustedPeriodScores({}, {{0, 10}, {9, 8}}, 0, 100, 10), Catch::Contains("predicted interval 1"));
}
