// Triplet sampling (ml/train/TripletSampler): hand-made path IDs and latencies with known answers.
#include "core/common/Error.h"
#include "ml/train/TripletSampler.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <set>

using namespace tracemark;
using namespace tracemark::ml;

namespace {

constexpr std::int64_t kMs = 1'000'000;

// Path 7: traces 0..9 at 10..19 ms and trace 10 at 200 ms (far outside). Path 3: traces 11..15
// at 50 ms each. Path 9: trace 16 alone.
struct Fixture {
    std::vector<std::uint64_t> paths;
    std::vector<std::int64_t> latencies;
    Fixture()
    {
        for (int i = 0; i < 10; ++i) {
            paths.push_back(7);
            latencies.push_back((10 + i) * kMs);
        }
        paths.push_back(7);
        latencies.push_back(200 * kMs);
        for (int i = 0; i < 5; ++i) {
            paths.push_back(3);
            latencies.push_back(50 * kMs);
        }
        paths.push_back(9);
        latencies.push_back(30 * kMs);
    }
};

} // namespace

TEST_CASE("latency outliers are far from the path's median in robust standard deviations", "[triplets]")
{
    const Fixture f;
    const TripletSampler sampler(f.paths, f.latencies);
    CHECK(sampler.pathCount() == 3);
    CHECK(sampler.traceCount() == 17);
    // Path 7's log latencies around 15 ms spread by about 0.2; 200 ms is log(200/15) ≈ 2.6 away.
    CHECK(sampler.isLatencyOutlier(10));
    for (std::int64_t i = 0; i < 10; ++i)
        CHECK_FALSE(sampler.isLatencyOutlier(i));
    // Identical latencies (MAD 0) are never outliers of each other.
    for (std::int64_t i = 11; i < 17; ++i)
        CHECK_FALSE(sampler.isLatencyOutlier(i));
    // Paths are ordered by path ID: 3, 7, 9.
    CHECK(sampler.pathIndexOf(11) == 0);
    CHECK(sampler.pathIndexOf(0) == 1);
    CHECK(sampler.pathIndexOf(16) == 2);
}

TEST_CASE("positives share the path and are latency neighbours; negatives differ", "[triplets]")
{
    const Fixture f;
    TripletSamplerOptions options;
    options.positiveRankWindow = 0.2; // path 7 (11 traces): within 2 ranks
    const TripletSampler sampler(f.paths, f.latencies, options);
    const std::vector<Triplet> triplets = sampler.sample(3000, 42);
    REQUIRE(triplets.size() == 3000);
    int latencyNegatives = 0;
    for (const Triplet& t : triplets) {
        const auto a = static_cast<std::size_t>(t.anchor);
        const auto p = static_cast<std::size_t>(t.positive);
        const auto n = static_cast<std::size_t>(t.negative);
        REQUIRE(f.paths[p] == f.paths[a]);
        if (f.paths[a] == 9) {
            CHECK(t.positive == t.anchor); // alone in its path
        } else {
            CHECK(t.positive != t.anchor);
        }
        if (f.paths[a] == 7 && t.anchor < 10 && t.positive < 10) // ranks equal indices here
            CHECK(std::abs(t.positive - t.anchor) <= 2);
        if (f.paths[n] == f.paths[a]) {
            // Same structure: only allowed across the normal range.
            CHECK(sampler.isLatencyOutlier(t.negative) != sampler.isLatencyOutlier(t.anchor));
            ++latencyNegatives;
        }
    }
    // Path 7 anchors (11/17 of them) use the 200 ms outlier as negative ~30 % of the time.
    CHECK(latencyNegatives > 300);
    CHECK(latencyNegatives < 1100);
}

TEST_CASE("every path gets an anchor even when fewer triplets than paths are asked for", "[triplets]")
{
    const Fixture f;
    const TripletSampler sampler(f.paths, f.latencies);
    const std::vector<Triplet> one = sampler.sample(1, 5);
    REQUIRE(one.size() == 3);
    std::set<std::uint64_t> anchored;
    for (const Triplet& t : one)
        anchored.insert(f.paths[static_cast<std::size_t>(t.anchor)]);
    CHECK(anchored == std::set<std::uint64_t>{3, 7, 9});
}

TEST_CASE("anchors come only from the pool; positives and negatives from anywhere", "[triplets]")
{
    const Fixture f;
    const TripletSampler sampler(f.paths, f.latencies);
    const std::vector<std::int64_t> pool = {0, 1, 2};
    for (const Triplet& t : sampler.sample(200, 9, pool)) {
        CHECK(t.anchor <= 2);
        CHECK(f.paths[static_cast<std::size_t>(t.positive)] == 7);
    }
    REQUIRE_THROWS_AS(sampler.sample(5, 1, {17}), UsageError);
}

TEST_CASE("sampling is deterministic for a seed", "[triplets]")
{
    const Fixture f;
    const TripletSampler sampler(f.paths, f.latencies);
    const auto same = [](const std::vector<Triplet>& x, const std::vector<Triplet>& y) {
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (x[i].anchor != y[i].anchor || x[i].positive != y[i].positive || x[i].negative != y[i].negative)
                return false;
        return true;
    };
    CHECK(same(sampler.sample(100, 11), sampler.sample(100, 11)));
    CHECK_FALSE(same(sampler.sample(100, 11), sampler.sample(100, 12)));
}

TEST_CASE("one structure without outliers takes the latency extreme as negative", "[triplets]")
{
    const std::vector<std::uint64_t> paths(4, 1);
    const std::vector<std::int64_t> latencies = {10 * kMs, 11 * kMs, 12 * kMs, 13 * kMs};
    const TripletSampler sampler(paths, latencies);
    for (const Triplet& t : sampler.sample(20, 3))
        CHECK(t.negative == (t.anchor < 2 ? 3 : 0));
}

TEST_CASE("bad sampler input is a UsageError", "[triplets]")
{
    REQUIRE_THROWS_AS(TripletSampler({}, {}), UsageError);
    REQUIRE_THROWS_AS(TripletSampler({1, 2}, {5}), UsageError);
}
