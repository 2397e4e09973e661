// Representative selection (core/select/RepresentativeSelection): the stratified sample, the
// hybrid k-means selector checked against brute force, the random control, default k, and a
// hidden speed benchmark ("[.bench]").
#include "core/common/Error.h"
#include "core/select/KMeans.h"
#include "core/select/RepresentativeSelection.h"
#include "core/sim/Random.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <string>

using namespace tracemark;

namespace {

// n rows around `blobCount` random centres (sd relative to unit-variance centres), blob sizes
// drawn from a lognormal weight, then L2-normalised: the shape of trace embeddings.
std::vector<float> clusteredRows(std::int64_t n, int dim, int blobCount, double sd, std::uint64_t seed)
{
    sim::Rng rng(seed);
    std::vector<double> centres(static_cast<std::size_t>(blobCount) * static_cast<std::size_t>(dim));
    for (double& v : centres)
        v = rng.normal();
    std::vector<double> cumulative(static_cast<std::size_t>(blobCount));
    double total = 0;
    for (int b = 0; b < blobCount; ++b)
        cumulative[static_cast<std::size_t>(b)] = total += rng.lognormal(1.0, 1.0);
    std::vector<float> rows(static_cast<std::size_t>(n) * static_cast<std::size_t>(dim));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto blob = static_cast<std::size_t>(
            std::upper_bound(cumulative.begin(), cumulative.end() - 1, rng.uniform() * total) - cumulative.begin());
        for (int d = 0; d < dim; ++d)
            rows[static_cast<std::size_t>(i) * static_cast<std::size_t>(dim) + static_cast<std::size_t>(d)]
                = static_cast<float>(centres[blob * static_cast<std::size_t>(dim) + static_cast<std::size_t>(d)] + rng.normal(0, sd));
    }
    return l2Normalised(rows.data(), n, dim);
}

double squared(const float* a, const float* b, int dim)
{
    double s = 0;
    for (int d = 0; d < dim; ++d)
        s += (static_cast<double>(a[d]) - b[d]) * (static_cast<double>(a[d]) - b[d]);
    return s;
}

// Every field of a selection checked against brute force over its centres.
void checkAgainstBruteForce(const Selection& selection, const std::vector<float>& rows, std::int64_t n, int dim)
{
    REQUIRE(selection.dim == dim);
    REQUIRE(selection.centres.size() == static_cast<std::size_t>(selection.k) * static_cast<std::size_t>(dim));
    REQUIRE(selection.clusterOf.size() == static_cast<std::size_t>(n));
    REQUIRE(selection.representatives.size() == static_cast<std::size_t>(selection.k));
    REQUIRE(selection.clusterSizes.size() == static_cast<std::size_t>(selection.k));
    std::vector<std::int64_t> sizes(static_cast<std::size_t>(selection.k), 0);
    std::vector<double> nearestOfCluster(static_cast<std::size_t>(selection.k), std::numeric_limits<double>::infinity());
    int mismatches = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const float* row = rows.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(dim);
        int best = -1;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int c = 0; c < selection.k; ++c) {
            const double d = squared(row, selection.centres.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(dim), dim);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        const int ours = selection.clusterOf[static_cast<std::size_t>(i)];
        REQUIRE((ours >= 0 && ours < selection.k));
        const double ourDistance = squared(row, selection.centres.data() + static_cast<std::size_t>(ours) * static_cast<std::size_t>(dim), dim);
        mismatches += ours != best ? 1 : 0;
        // A different centre is only acceptable at a float-rounding tie.
        CHECK(ourDistance == Approx(bestDistance).margin(1e-6));
        CHECK(selection.distanceToCentre[static_cast<std::size_t>(i)] == Approx(std::sqrt(ourDistance)).margin(1e-6));
        ++sizes[static_cast<std::size_t>(ours)];
        nearestOfCluster[static_cast<std::size_t>(ours)] = std::min(nearestOfCluster[static_cast<std::size_t>(ours)], ourDistance);
    }
    CHECK(mismatches <= n / 10000);
    for (int c = 0; c < selection.k; ++c) {
        CHECK(sizes[static_cast<std::size_t>(c)] == selection.clusterSizes[static_cast<std::size_t>(c)]);
        CHECK(sizes[static_cast<std::size_t>(c)] > 0);
        const std::int64_t rep = selection.representatives[static_cast<std::size_t>(c)];
        REQUIRE((rep >= 0 && rep < n));
        CHECK(selection.clusterOf[static_cast<std::size_t>(rep)] == c);
        const double repDistance = squared(rows.data() + static_cast<std::size_t>(rep) * static_cast<std::size_t>(dim),
            selection.centres.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(dim), dim);
        CHECK(repDistance == Approx(nearestOfCluster[static_cast<std::size_t>(c)]).margin(1e-7));
    }
}

std::int64_t envInt(const char* name, std::int64_t fallback)
{
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::atoll(value) : fallback;
}

} // namespace

TEST_CASE("default cluster count is 0.1 % of the rows, at least 10, at most n", "[select][representatives]")
{
    CHECK(defaultClusterCount(0) == 0);
    CHECK(defaultClusterCount(7) == 7);
    CHECK(defaultClusterCount(10) == 10);
    CHECK(defaultClusterCount(9999) == 10);
    CHECK(defaultClusterCount(15499) == 15);
    CHECK(defaultClusterCount(15500) == 16);
    CHECK(defaultClusterCount(130000) == 130);
    CHECK(defaultClusterCount(1000000) == 1000);
    CHECK_THROWS_AS(defaultClusterCount(-1), UsageError);
}

TEST_CASE("l2Normalised scales rows to unit length and keeps zero rows", "[select][representatives]")
{
    const std::vector<float> rows = { 3, 4, 0, 0, 0, -2 };
    const std::vector<float> unit = l2Normalised(rows.data(), 3, 2);
    CHECK(unit == std::vector<float> { 0.6f, 0.8f, 0, 0, 0, -1 });
}

TEST_CASE("stratified sample keeps every stratum and about the share of the large ones", "[select][representatives]")
{
    // Strata: 20,000 rows of path 7, 3,000 of path 9, 40 of path 11, and 25 singletons.
    std::vector<std::uint64_t> strata;
    strata.insert(strata.end(), 20000, 7);
    strata.insert(strata.end(), 3000, 9);
    strata.insert(strata.end(), 40, 11);
    for (std::uint64_t s = 100; s < 125; ++s)
        strata.push_back(s);
    // Interleave so strata are not contiguous.
    sim::Rng rng(2);
    for (std::size_t i = strata.size(); i > 1; --i)
        std::swap(strata[i - 1], strata[rng.below(static_cast<std::uint32_t>(i))]);
    const auto n = static_cast<std::int64_t>(strata.size());
    const std::vector<std::int64_t> sample = stratifiedSample(strata, n, 0.1, 42);
    CHECK(std::is_sorted(sample.begin(), sample.end()));
    CHECK(std::set<std::int64_t>(sample.begin(), sample.end()).size() == sample.size());
    std::map<std::uint64_t, int> kept;
    for (std::int64_t row : sample) {
        REQUIRE((row >= 0 && row < n));
        ++kept[strata[static_cast<std::size_t>(row)]];
    }
    CHECK(kept.size() == 28); // every stratum, singletons included
    CHECK(kept[7] == 2000); // 0.1 * 20,000 exactly: no fraction to round
    CHECK(kept[9] == 300);
    CHECK(kept[11] == 4);
    for (std::uint64_t s = 100; s < 125; ++s)
        CHECK(kept[s] == 1);
    CHECK(sample == stratifiedSample(strata, n, 0.1, 42));
    CHECK(sample != stratifiedSample(strata, n, 0.1, 43));

    // A fractional share rounds up or down at random: 0.1 of 15 is 1 or 2.
    const std::vector<std::uint64_t> fifteen(15, 3);
    std::set<std::size_t> sizes;
    for (std::uint64_t seed = 1; seed <= 40; ++seed)
        sizes.insert(stratifiedSample(fifteen, 15, 0.1, seed).size());
    CHECK(sizes == std::set<std::size_t> { 1, 2 });

    // No strata: a uniform sample of round(share * n) rows.
    const std::vector<std::int64_t> uniform = stratifiedSample({}, 1005, 0.1, 1);
    CHECK(uniform.size() == 101); // round(100.5) away from zero
    CHECK(std::is_sorted(uniform.begin(), uniform.end()));
    CHECK(stratifiedSample({}, 3, 0.1, 1).size() == 1);
    CHECK(stratifiedSample({}, 50, 1.0, 1).size() == 50);

    CHECK_THROWS_AS(stratifiedSample({}, 10, 0.0, 1), UsageError);
    CHECK_THROWS_AS(stratifiedSample({}, 10, 1.5, 1), UsageError);
    CHECK_THROWS_AS(stratifiedSample({ 1, 2 }, 3, 0.5, 1), UsageError);
}

TEST_CASE("hybrid selection: nearest centres and representatives match brute force", "[select][representatives]")
{
    const std::int64_t n = 6000;
    const int dim = 16;
    const std::vector<float> rows = clusteredRows(n, dim, 30, 0.4, 5);
    std::vector<std::uint64_t> strata(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        strata[static_cast<std::size_t>(i)] = static_cast<std::uint64_t>(i % 7 == 0 ? 1 : 2);
    SelectionOptions options;
    options.k = 25;
    options.seed = 3;
    NullProgress progress;
    const Selection selection = selectRepresentatives(rows.data(), n, dim, strata, options, progress);
    CHECK(selection.k <= 25);
    CHECK(selection.k >= 20);
    CHECK(selection.sampleSize == static_cast<std::int64_t>(stratifiedSample(strata, n, 0.1, 3).size()));
    CHECK(selection.iterations >= 1);
    checkAgainstBruteForce(selection, rows, n, dim);

    // Deterministic for the seed, whatever the thread count.
    options.threads = 1;
    const Selection one = selectRepresentatives(rows.data(), n, dim, strata, options, progress);
    options.threads = 3;
    const Selection three = selectRepresentatives(rows.data(), n, dim, strata, options, progress);
    CHECK(one.centres == three.centres);
    CHECK(one.clusterOf == three.clusterOf);
    CHECK(one.representatives == three.representatives);
    CHECK(one.distanceToCentre == three.distanceToCentre);
}

TEST_CASE("hybrid selection uses the default k and grows a small sample to k rows", "[select][representatives]")
{
    const std::vector<float> rows = clusteredRows(300, 4, 50, 0.05, 8);
    NullProgress progress;
    SelectionOptions options; // k = 0: max(10, 0.3) = 10
    const Selection byDefault = selectRepresentatives(rows.data(), 300, 4, {}, options, progress);
    CHECK(byDefault.k == 10);
    CHECK(byDefault.sampleSize == 30);
    checkAgainstBruteForce(byDefault, rows, 300, 4);

    options.k = 45; // a 10 % sample has 30 rows: it grows to 45
    const Selection grown = selectRepresentatives(rows.data(), 300, 4, {}, options, progress);
    CHECK(grown.sampleSize == 45);
    checkAgainstBruteForce(grown, rows, 300, 4);

    options.k = 301;
    CHECK_THROWS_AS(selectRepresentatives(rows.data(), 300, 4, {}, options, progress), UsageError);
    options.k = -1;
    CHECK_THROWS_AS(selectRepresentatives(rows.data(), 300, 4, {}, options, progress), UsageError);
    options.k = 5;
    CHECK_THROWS_AS(selectRepresentatives(rows.data(), 0, 4, {}, options, progress), UsageError);
    CHECK_THROWS_AS(selectRepresentatives(rows.data(), 300, 4, { 1, 2, 3 }, options, progress), UsageError);
    NullProgress cancelled;
    cancelled.cancel();
    CHECK_THROWS_AS(selectRepresentatives(rows.data(), 300, 4, {}, options, cancelled), Cancelled);
}

TEST_CASE("random selection: k distinct rows as representatives, rows to the nearest", "[select][representatives]")
{
    const std::int64_t n = 2000;
    const std::vector<float> rows = clusteredRows(n, 8, 40, 0.3, 9);
    SelectionOptions options;
    options.k = 30;
    options.seed = 4;
    NullProgress progress;
    const Selection selection = selectRandomRepresentatives(rows.data(), n, 8, options, progress);
    REQUIRE(selection.k == 30); // distinct random rows of continuous data: no cluster is empty
    CHECK(selection.sampleSize == 30);
    CHECK(selection.iterations == 0);
    CHECK(std::is_sorted(selection.representatives.begin(), selection.representatives.end()));
    CHECK(std::set<std::int64_t>(selection.representatives.begin(), selection.representatives.end()).size() == 30);
    for (int c = 0; c < 30; ++c) {
        const std::int64_t rep = selection.representatives[static_cast<std::size_t>(c)];
        CHECK(std::equal(selection.centres.begin() + c * 8, selection.centres.begin() + (c + 1) * 8,
            rows.begin() + rep * 8));
        CHECK(selection.distanceToCentre[static_cast<std::size_t>(rep)] == 0.0f);
    }
    checkAgainstBruteForce(selection, rows, n, 8);
    CHECK(selection.representatives == selectRandomRepresentatives(rows.data(), n, 8, options, progress).representatives);

    // Five identical rows and k = 3: every row goes to the first centre, the other two clusters
    // are empty and dropped; the representative is the lowest of the equally near rows.
    const std::vector<float> same(10, 1.5f);
    options.k = 3;
    const Selection collapsed = selectRandomRepresentatives(same.data(), 5, 2, options, progress);
    CHECK(collapsed.k == 1);
    CHECK(collapsed.clusterOf == std::vector<int>(5, 0));
    CHECK(collapsed.representatives == std::vector<std::int64_t> { 0 });
    CHECK(collapsed.clusterSizes == std::vector<std::int64_t> { 5 });
}

// Speed benchmark, hidden from normal runs:
//   test_representative_selection "[.bench]"            (n = 1,000,000 k = 1,000 and n = 130,000 k = 35)
//   TRACEMARK_BENCH_N=... TRACEMARK_BENCH_K=...          one configuration only
//   TRACEMARK_BENCH_REPEAT=3                             runs per figure (the median is printed)
//   TRACEMARK_BENCH_THREADS=0                            threads (0 = hardware)
//   TRACEMARK_BENCH_DUMP=/tmp/x.f32                      also write the rows (float32, n x 64) and the
//                                                        10 % sample's row indices (x.f32.sample, int64)
TEST_CASE("representative selection speed", "[.bench]")
{
    const int dim = 64;
    std::vector<std::pair<std::int64_t, int>> configurations = { { 1000000, 1000 }, { 130000, 35 } };
    if (std::getenv("TRACEMARK_BENCH_N") != nullptr)
        configurations = { { envInt("TRACEMARK_BENCH_N", 1000000), static_cast<int>(envInt("TRACEMARK_BENCH_K", 0)) } };
    const int repeat = static_cast<int>(std::max<std::int64_t>(1, envInt("TRACEMARK_BENCH_REPEAT", 3)));
    const int threads = static_cast<int>(envInt("TRACEMARK_BENCH_THREADS", 0));
    for (const auto& [n, k] : configurations) {
        const std::vector<float> rows = clusteredRows(n, dim, 2000, 0.35, 2024);
        SelectionOptions options;
        options.k = k;
        options.threads = threads;
        NullProgress progress;
        if (const char* dump = std::getenv("TRACEMARK_BENCH_DUMP")) {
            std::ofstream(dump, std::ios::binary).write(reinterpret_cast<const char*>(rows.data()),
                static_cast<std::streamsize>(rows.size() * sizeof(float)));
            const std::vector<std::int64_t> sample = stratifiedSample({}, n, options.sampleShare, options.seed);
            std::ofstream(std::string(dump) + ".sample", std::ios::binary).write(reinterpret_cast<const char*>(sample.data()),
                static_cast<std::streamsize>(sample.size() * sizeof(std::int64_t)));
            std::printf("wrote %s (%lld x %d float32) and %s.sample (%zu int64)\n", dump, static_cast<long long>(n), dim, dump, sample.size());
        }
        std::vector<double> seconds;
        Selection selection;
        for (int r = 0; r < repeat; ++r) {
            const auto start = std::chrono::steady_clock::now();
            selection = selectRepresentatives(rows.data(), n, dim, {}, options, progress);
            seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::sort(seconds.begin(), seconds.end());
        // Inertia of the fitted sample against the final centres: comparable with sklearn's inertia_.
        double sampleInertia = 0;
        for (std::int64_t row : stratifiedSample({}, n, options.sampleShare, options.seed)) {
            const double d = selection.distanceToCentre[static_cast<std::size_t>(row)];
            sampleInertia += d * d;
        }
        std::printf("selectRepresentatives n=%lld dim=%d k=%d sample=%lld threads=%d: median %.3f s of %d "
                    "(min %.3f, max %.3f); clusters kept %d, iterations %d, sample inertia %.2f\n",
            static_cast<long long>(n), dim, selection.k, static_cast<long long>(selection.sampleSize), threads,
            seconds[seconds.size() / 2], repeat, seconds.front(), seconds.back(), selection.k, selection.iterations,
            sampleInertia);

        // Where the time goes: k-means on the sample, then the assignment of every row.
        const std::vector<std::int64_t> sample = stratifiedSample({}, n, options.sampleShare, options.seed);
        std::vector<float> sampleRows;
        for (std::int64_t row : sample)
            sampleRows.insert(sampleRows.end(), rows.begin() + row * dim, rows.begin() + (row + 1) * dim);
        KMeansOptions kmeansOptions;
        kmeansOptions.k = selection.k;
        kmeansOptions.threads = threads;
        auto start = std::chrono::steady_clock::now();
        const KMeansResult fitted = kmeans(sampleRows.data(), static_cast<std::int64_t>(sample.size()), dim, kmeansOptions, progress);
        const double fitSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        start = std::chrono::steady_clock::now();
        assignToCentres(rows.data(), n, dim, fitted.centres.data(), fitted.k, progress, threads);
        const double assignSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("  k-means on the sample %.3f s (%d iterations, converged %d, inertia %.2f); assign all rows %.3f s\n",
            fitSeconds, fitted.iterations, fitted.converged ? 1 : 0, fitted.inertia, assignSeconds);
    }
    SUCCEED();
}
