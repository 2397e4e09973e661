// Duration statistics; expected values worked out by hand (numpy.percentile's default "linear" method:
// rank = q/100 * (n-1), interpolated between the two closest values).
#include "core/common/Error.h"
#include "core/graph/DurationStatistics.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <numeric>

using namespace tracemark;

TEST_CASE("summary of {1, 2, 3, 4}", "[stats]")
{
    std::vector<std::int64_t> sample{3, 1, 4, 2};
    const DurationStats s = summarizeDurations(sample);
    CHECK(s.count == 4);
    CHECK(s.meanNs == Approx(2.5));
    CHECK(s.stdNs == Approx(std::sqrt(1.25))); // deviations 1.5, 0.5, 0.5, 1.5 -> (2.25+0.25+0.25+2.25)/4
    CHECK(s.medianNs == Approx(2.5));
    CHECK(s.p95Ns == Approx(3.85)); // rank 2.85: 3 + 0.85 * (4 - 3)
    CHECK(sample == std::vector<std::int64_t>{1, 2, 3, 4}); // reordered (sorted) in place
}

TEST_CASE("summary of an odd-sized sample", "[stats]")
{
    std::vector<std::int64_t> sample{5, 1, 3};
    const DurationStats s = summarizeDurations(sample);
    CHECK(s.medianNs == Approx(3));
    CHECK(s.p95Ns == Approx(4.8)); // rank 1.9: 3 + 0.9 * (5 - 3)
    CHECK(s.meanNs == Approx(3));
    CHECK(s.stdNs == Approx(std::sqrt(8.0 / 3.0))); // (4 + 0 + 4) / 3
}

TEST_CASE("population standard deviation of the textbook sample", "[stats]")
{
    std::vector<std::int64_t> sample{2, 4, 4, 4, 5, 5, 7, 9};
    const DurationStats s = summarizeDurations(sample);
    CHECK(s.meanNs == Approx(5));
    CHECK(s.stdNs == Approx(2)); // squared deviations sum to 32, /8 = 4
    CHECK(s.medianNs == Approx(4.5));
    CHECK(s.p95Ns == Approx(8.3)); // rank 6.65: 7 + 0.65 * (9 - 7)
}

TEST_CASE("single value and empty sample", "[stats]")
{
    std::vector<std::int64_t> one{7000};
    const DurationStats s = summarizeDurations(one);
    CHECK(s.count == 1);
    CHECK(s.meanNs == 7000);
    CHECK(s.stdNs == 0);
    CHECK(s.medianNs == 7000);
    CHECK(s.p95Ns == 7000);

    std::vector<std::int64_t> none;
    const DurationStats e = summarizeDurations(none);
    CHECK(e.count == 0);
    CHECK(e.meanNs == 0);
    CHECK(e.stdNs == 0);
    CHECK(e.medianNs == 0);
    CHECK(e.p95Ns == 0);
}

TEST_CASE("large durations keep their precision", "[stats]")
{
    // doubles are 128 apart near 1e18: the spread must not be lost to rounding
    std::vector<std::int64_t> sample{1000000000000000000, 1000000000000000002, 1000000000000000004};
    const DurationStats s = summarizeDurations(sample);
    CHECK(s.meanNs == Approx(1e18));
    CHECK(s.medianNs == Approx(1e18));
    CHECK(s.stdNs == Approx(std::sqrt(8.0 / 3.0)));
}

TEST_CASE("percentileSorted", "[stats]")
{
    std::vector<std::int64_t> hundred(100);
    std::iota(hundred.begin(), hundred.end(), 1); // 1..100
    CHECK(percentileSorted(hundred, 0) == 1);
    CHECK(percentileSorted(hundred, 100) == 100);
    CHECK(percentileSorted(hundred, 50) == Approx(50.5));
    CHECK(percentileSorted(hundred, 95) == Approx(95.05)); // rank 94.05 -> 95 + 0.05
    CHECK(percentileSorted(hundred, 99) == Approx(99.01)); // rank 98.01 -> 99 + 0.01
    CHECK(percentileSorted({10, 20}, 25) == Approx(12.5));
    CHECK(percentileSorted({}, 50) == 0);
    CHECK_THROWS_AS(percentileSorted(hundred, 101), UsageError);
    CHECK_THROWS_AS(percentileSorted(hundred, -1), UsageError);
    CHECK_THROWS_AS(percentileSorted(hundred, std::nan("")), UsageError);
}

TEST_CASE("CallPathStatistics summarises each call path and consumes the samples", "[stats]")
{
    CallPathStatistics stats;
    stats.add(11, 30);
    stats.add(22, 5);
    stats.add(11, 10);
    stats.add(11, 20);
    CHECK(stats.pathCount() == 2);

    const auto summary = stats.summarize();
    REQUIRE(summary.size() == 2);
    const DurationStats& a = summary.at(11);
    CHECK(a.count == 3);
    CHECK(a.meanNs == Approx(20));
    CHECK(a.medianNs == Approx(20));
    CHECK(a.stdNs == Approx(std::sqrt(200.0 / 3.0)));
    CHECK(a.p95Ns == Approx(29)); // rank 1.9: 20 + 0.9 * 10
    const DurationStats& b = summary.at(22);
    CHECK(b.count == 1);
    CHECK(b.medianNs == 5);
    CHECK(stats.pathCount() == 0);
    CHECK(stats.summarize().empty());
}
