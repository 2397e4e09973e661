// Fault periods merged from abnormal trace starts (core/rca/FaultPeriodMerger), worked by hand.
#include "core/common/Error.h"
#include "core/rca/FaultPeriodMerger.h"

#include <catch2/catch.hpp>

using namespace tracemark;

namespace {

FaultPeriodOptions options(std::int64_t padding, std::int64_t gap, std::int64_t minSupport)
{
    FaultPeriodOptions o;
    o.paddingNs = padding;
    o.gapNs = gap;
    o.minSupport = minSupport;
    return o;
}

void checkPeriod(const MergedPeriod& period, std::int64_t start, std::int64_t end, std::int64_t traces)
{
    CHECK(period.startNs == start);
    CHECK(period.endNs == end);
    CHECK(period.abnormalTraces == traces);
}

} // namespace

TEST_CASE("defaults pad by 5 s, merge intervals up to 30 s apart and need two traces", "[rca][periods]")
{
    const FaultPeriodOptions defaults;
    CHECK(defaults.paddingNs == 5'000'000'000);
    CHECK(defaults.gapNs == 30'000'000'000);
    CHECK(defaults.minSupport == 2);
    CHECK(mergeFaultPeriods({}, defaults).empty());
}

TEST_CASE("a single abnormal trace is one period, kept only with support 1", "[rca][periods]")
{
    // 1000 padded by 100 -> [900, 1100], supported by 1 trace.
    CHECK(mergeFaultPeriods({1000}, options(100, 0, 2)).empty());
    const auto periods = mergeFaultPeriods({1000}, options(100, 0, 1));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1100, 1);
}

TEST_CASE("overlapping and touching padded intervals merge", "[rca][periods]")
{
    // [900, 1100] and [1050, 1250] overlap -> [900, 1250].
    auto periods = mergeFaultPeriods({1000, 1150}, options(100, 0, 2));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1250, 2);

    // [900, 1100] and [1100, 1300] touch at 1100 -> [900, 1300].
    periods = mergeFaultPeriods({1000, 1200}, options(100, 0, 2));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1300, 2);
}

TEST_CASE("intervals 1 ns apart stay apart with gap 0 and merge with gap 1", "[rca][periods]")
{
    // [900, 1100] and [1101, 1301]: 1101 - 1100 = 1 ns apart.
    auto periods = mergeFaultPeriods({1000, 1201}, options(100, 0, 1));
    REQUIRE(periods.size() == 2);
    checkPeriod(periods[0], 900, 1100, 1);
    checkPeriod(periods[1], 1101, 1301, 1);

    periods = mergeFaultPeriods({1000, 1201}, options(100, 1, 1));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1301, 2);
}

TEST_CASE("unsorted starts come back as periods in time order", "[rca][periods]")
{
    // Sorted: 1000, 1150, 5000 -> [900, 1250] (2 traces) and [4900, 5100] (1 trace).
    const auto periods = mergeFaultPeriods({5000, 1000, 1150}, options(100, 0, 1));
    REQUIRE(periods.size() == 2);
    checkPeriod(periods[0], 900, 1250, 2);
    checkPeriod(periods[1], 4900, 5100, 1);
}

TEST_CASE("duplicate starts count once each", "[rca][periods]")
{
    // Three traces starting at 1000: one period [900, 1100] supported by 3.
    const auto periods = mergeFaultPeriods({1000, 1000, 1000}, options(100, 0, 2));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1100, 3);
}

TEST_CASE("minimum support drops only the small period", "[rca][periods]")
{
    // 1000, 1100, 1150 -> [900, 1250] with 3 traces; 5000 -> [4900, 5100] with 1, dropped at support 2.
    const auto periods = mergeFaultPeriods({1000, 1100, 5000, 1150}, options(100, 0, 2));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1250, 3);

    // Support 4 drops the 3-trace period as well.
    CHECK(mergeFaultPeriods({1000, 1100, 5000, 1150}, options(100, 0, 4)).empty());
}

TEST_CASE("padding 0 keeps each distinct start its own point period unless the gap joins them", "[rca][periods]")
{
    // Intervals [1000, 1000] x2, [1001, 1001], [1002, 1002]: 1 ns apart, so gap 0 keeps three periods.
    auto periods = mergeFaultPeriods({1002, 1000, 1001, 1000}, options(0, 0, 1));
    REQUIRE(periods.size() == 3);
    checkPeriod(periods[0], 1000, 1000, 2);
    checkPeriod(periods[1], 1001, 1001, 1);
    checkPeriod(periods[2], 1002, 1002, 1);

    periods = mergeFaultPeriods({1002, 1000, 1001, 1000}, options(0, 1, 1));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 1000, 1002, 4);
}

TEST_CASE("a chain of intervals merges transitively", "[rca][periods]")
{
    // [900, 1100], [1080, 1280], [1260, 1460]: each overlaps the next -> [900, 1460]; the first and
    // last alone would be 160 ns apart.
    const auto periods = mergeFaultPeriods({1000, 1180, 1360}, options(100, 0, 2));
    REQUIRE(periods.size() == 1);
    checkPeriod(periods[0], 900, 1460, 3);
}

TEST_CASE("bad options are UsageErrors naming the value", "[rca][periods]")
{
    REQUIRE_THROWS_AS(mergeFaultPeriods({1000}, options(-1, 0, 1)), UsageError);
    REQUIRE_THROWS_WITH(mergeFaultPeriods({1000}, options(-5, 0, 1)), Catch::Contains("-5"));
    REQUIRE_THROWS_WITH(mergeFaultPeriods({1000}, options(100, -7, 1)), Catch::Contains("-7"));
    REQUIRE_THROWS_WITH(mergeFaultPeriods({1000}, options(100, 0, 0)), Catch::Contains("got 0"));
    REQUIRE_THROWS_AS(mergeFaultPeriods({}, options(100, 0, -3)), UsageError);
}
