// SBFL formulas (core/rca/SbflFormula) on hand-computed count sets.
#include "core/common/Error.h"
#include "core/rca/SbflFormula.h"

#include <catch2/catch.hpp>

using namespace tracemark;

namespace {
SbflCounts counts(std::int64_t ef, std::int64_t ep, std::int64_t nf, std::int64_t np)
{
    return SbflCounts{ef, ep, nf, np};
}
} // namespace

TEST_CASE("ochiai", "[rca][sbfl]")
{
    // 4 / sqrt((4+1)(4+0)) = 4 / sqrt(20) = 0.894427
    CHECK(sbflScore(SbflFormula::Ochiai, counts(4, 1, 0, 5)) == Approx(0.894427191));
    // 2 / sqrt((2+2)(2+2)) = 2 / 4 = 0.5
    CHECK(sbflScore(SbflFormula::Ochiai, counts(2, 2, 2, 4)) == Approx(0.5));
    // 3 / sqrt((3+0)(3+1)) = 3 / sqrt(12) = 0.866025
    CHECK(sbflScore(SbflFormula::Ochiai, counts(3, 0, 1, 0)) == Approx(0.866025404));
    // 1 / sqrt((1+3)(1+3)) = 1 / 4
    CHECK(sbflScore(SbflFormula::Ochiai, counts(1, 3, 3, 1)) == Approx(0.25));
}

TEST_CASE("tarantula", "[rca][sbfl]")
{
    // failed 4/4 = 1, passed 1/6; 1 / (1 + 1/6) = 6/7
    CHECK(sbflScore(SbflFormula::Tarantula, counts(4, 1, 0, 5)) == Approx(6.0 / 7.0));
    // failed 2/4 = 0.5, passed 2/6 = 1/3; 0.5 / (0.5 + 1/3) = 0.6
    CHECK(sbflScore(SbflFormula::Tarantula, counts(2, 2, 2, 4)) == Approx(0.6));
    // failed 3/4, no passing traces at all: passed share 0/0 -> 0; 0.75 / 0.75 = 1
    CHECK(sbflScore(SbflFormula::Tarantula, counts(3, 0, 1, 0)) == Approx(1.0));
    // failed 1/4, passed 3/4; 0.25 / 1 = 0.25
    CHECK(sbflScore(SbflFormula::Tarantula, counts(1, 3, 3, 1)) == Approx(0.25));
}

TEST_CASE("dstar with exponent 2", "[rca][sbfl]")
{
    // 4^2 / (1+0) = 16
    CHECK(sbflScore(SbflFormula::DStar, counts(4, 1, 0, 5)) == Approx(16.0));
    // 2^2 / (2+2) = 1
    CHECK(sbflScore(SbflFormula::DStar, counts(2, 2, 2, 4)) == Approx(1.0));
    // 3^2 / (0+1) = 9
    CHECK(sbflScore(SbflFormula::DStar, counts(3, 0, 1, 0)) == Approx(9.0));
    // 1^2 / (3+3) = 1/6
    CHECK(sbflScore(SbflFormula::DStar, counts(1, 3, 3, 1)) == Approx(1.0 / 6.0));
}

TEST_CASE("jaccard", "[rca][sbfl]")
{
    // 4 / (4+0+1) = 0.8
    CHECK(sbflScore(SbflFormula::Jaccard, counts(4, 1, 0, 5)) == Approx(0.8));
    // 2 / (2+2+2) = 1/3
    CHECK(sbflScore(SbflFormula::Jaccard, counts(2, 2, 2, 4)) == Approx(1.0 / 3.0));
    // 3 / (3+1+0) = 0.75
    CHECK(sbflScore(SbflFormula::Jaccard, counts(3, 0, 1, 0)) == Approx(0.75));
    // 1 / (1+3+3) = 1/7
    CHECK(sbflScore(SbflFormula::Jaccard, counts(1, 3, 3, 1)) == Approx(1.0 / 7.0));
}

TEST_CASE("every formula gives 0 when ef is 0 or there is nothing to count", "[rca][sbfl]")
{
    for (const SbflFormula formula :
        {SbflFormula::Ochiai, SbflFormula::Tarantula, SbflFormula::DStar, SbflFormula::Jaccard}) {
        INFO(toString(formula));
        CHECK(sbflScore(formula, counts(0, 5, 3, 2)) == 0.0);
        CHECK(sbflScore(formula, counts(0, 0, 0, 0)) == 0.0);  // 0 / 0
        CHECK(sbflScore(formula, counts(0, 0, 4, 0)) == 0.0);  // Tarantula's 0 / (0 + 0)
    }
}

TEST_CASE("a perfect suspect scores the maximum of each formula, DStar without an infinity", "[rca][sbfl]")
{
    // ef 5, ep 0, nf 0, np 10: every abnormal trace and no normal one passes through it.
    const SbflCounts perfect = counts(5, 0, 0, 10);
    CHECK(sbflScore(SbflFormula::Ochiai, perfect) == Approx(1.0));    // 5 / sqrt(5 * 5)
    CHECK(sbflScore(SbflFormula::Tarantula, perfect) == Approx(1.0)); // 1 / (1 + 0)
    CHECK(sbflScore(SbflFormula::Jaccard, perfect) == Approx(1.0));   // 5 / 5
    CHECK(sbflScore(SbflFormula::DStar, perfect) == Approx(50.0));    // 5^2 / 0.5
    // ... and still above the best imperfect one with the same ef: 25 / 1
    CHECK(sbflScore(SbflFormula::DStar, perfect) > sbflScore(SbflFormula::DStar, counts(5, 1, 0, 9)));
}

TEST_CASE("negative counts are UsageErrors naming the count", "[rca][sbfl]")
{
    REQUIRE_THROWS_AS(sbflScore(SbflFormula::Ochiai, counts(-1, 0, 0, 0)), UsageError);
    REQUIRE_THROWS_WITH(sbflScore(SbflFormula::Ochiai, counts(1, -2, 0, 0)), Catch::Contains("ep") && Catch::Contains("-2"));
    REQUIRE_THROWS_WITH(sbflScore(SbflFormula::Jaccard, counts(1, 0, -3, 0)), Catch::Contains("nf") && Catch::Contains("-3"));
    REQUIRE_THROWS_WITH(sbflScore(SbflFormula::DStar, counts(0, 0, 0, -4)), Catch::Contains("np") && Catch::Contains("-4"));
}

TEST_CASE("formula names round-trip and unknown names are rejected", "[rca][sbfl]")
{
    CHECK(toString(SbflFormula::Ochiai) == "ochiai");
    CHECK(toString(SbflFormula::Tarantula) == "tarantula");
    CHECK(toString(SbflFormula::DStar) == "dstar");
    CHECK(toString(SbflFormula::Jaccard) == "jaccard");
    for (const SbflFormula formula :
        {SbflFormula::Ochiai, SbflFormula::Tarantula, SbflFormula::DStar, SbflFormula::Jaccard})
        CHECK(parseSbflFormula(toString(formula)) == formula);
    CHECK_FALSE(parseSbflFormula("ochiai2").has_value());
    CHECK_FALSE(parseSbflFormula("").has_value());
    CHECK_FALSE(parseSbflFormula("Ochiai").has_value());
}
