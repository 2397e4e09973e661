// Precision, recall and F1 of trace labels (core/eval/BinaryScores), with hand-computed values.
#include "core/common/Error.h"
#include "core/eval/BinaryScores.h"

#include <catch2/catch.hpp>

using namespace tracemark;

namespace {
constexpr TraceLabel N = TraceLabel::Normal;
constexpr TraceLabel A = TraceLabel::Abnormal;
constexpr TraceLabel U = TraceLabel::Unlabeled;
} // namespace

TEST_CASE("scores count abnormal as positive and unlabelled as not flagged", "[eval][scores]")
{
    // truth:     1  1  1  1  0  0  0  0  0  0
    // predicted: A  A  A  N  A  N  N  U  N  N   -> TP 3, FN 1, FP 1, TN 5
    const std::vector<int> truth = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0};
    const std::vector<TraceLabel> predicted = {A, A, A, N, A, N, N, U, N, N};
    const BinaryScores s = scoreLabels(truth, predicted);
    CHECK(s.truePositives == 3);
    CHECK(s.falseNegatives == 1);
    CHECK(s.falsePositives == 1);
    CHECK(s.trueNegatives == 5);
    CHECK(s.precision == Approx(0.75)); // 3 / 4
    CHECK(s.recall == Approx(0.75));    // 3 / 4
    CHECK(s.f1 == Approx(0.75));

    // An unlabelled abnormal trace is a miss: TP 1, FN 1 -> recall 0.5, precision 1, F1 2/3.
    const BinaryScores t = scoreLabels({1, 1, 0}, {A, U, N});
    CHECK(t.precision == Approx(1.0));
    CHECK(t.recall == Approx(0.5));
    CHECK(t.f1 == Approx(2.0 / 3.0));
}

TEST_CASE("empty denominators give 0, not NaN", "[eval][scores]")
{
    const BinaryScores nothingFlagged = scoreLabels({1, 0}, {N, N});
    CHECK(nothingFlagged.precision == 0.0);
    CHECK(nothingFlagged.recall == 0.0);
    CHECK(nothingFlagged.f1 == 0.0);
    const BinaryScores noAbnormal = scoreLabels({0, 0}, {N, N});
    CHECK(noAbnormal.trueNegatives == 2);
    CHECK(noAbnormal.f1 == 0.0);
}

TEST_CASE("mismatched sizes and bad truth values are UsageErrors", "[eval][scores]")
{
    REQUIRE_THROWS_AS(scoreLabels({1, 0}, {A}), UsageError);
    REQUIRE_THROWS_WITH(scoreLabels({2}, {A}), Catch::Contains("row 0 is 2"));
}
