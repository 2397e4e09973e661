// k-means (core/select/KMeans): known clusters recovered, k-means++ against random
// initialisation, determinism across seeds and thread counts, empty clusters, bad input, cancel.
#include "core/common/Error.h"
#include "core/eval/PanelDotKernel.h"
#include "core/select/CentrePanels.h"
#include "core/select/KMeans.h"
#include "core/sim/Random.h"

#include "test_kernel_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

using namespace tracemark;
using tracemark::test::kernelsToTest;

namespace {

struct Blobs {
    int dim = 0;
    std::vector<float> rows;
    std::vector<int> blobOf;
};

// Gaussian blobs around the given means (sd each coordinate), rows interleaved at random.
Blobs makeBlobs(const std::vector<std::vector<double>>& means, const std::vector<int>& sizes, double sd,
    std::uint64_t seed)
{
    Blobs blobs;
    blobs.dim = static_cast<int>(means[0].size());
    sim::Rng rng(seed);
    std::vector<int> order;
    for (std::size_t b = 0; b < sizes.size(); ++b)
        order.insert(order.end(), static_cast<std::size_t>(sizes[b]), static_cast<int>(b));
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(static_cast<std::uint32_t>(i))]);
    for (int b : order) {
        blobs.blobOf.push_back(b);
        for (double m : means[static_cast<std::size_t>(b)])
            blobs.rows.push_back(static_cast<float>(rng.normal(m, sd)));
    }
    return blobs;
}

std::int64_t rowCount(const Blobs& blobs) { return static_cast<std::int64_t>(blobs.blobOf.size()); }

double squared(const float* a, const float* b, int dim)
{
    double s = 0;
    for (int d = 0; d < dim; ++d)
        s += (static_cast<double>(a[d]) - b[d]) * (static_cast<double>(a[d]) - b[d]);
    return s;
}

// Per blob: the mean of its rows and the sum of squared deviations from it (what a perfect
// clustering's inertia is).
struct BlobTruth {
    std::vector<std::vector<double>> means;
    double withinSquares = 0;
};

BlobTruth truthOf(const Blobs& blobs, int blobCount)
{
    BlobTruth truth;
    truth.means.assign(static_cast<std::size_t>(blobCount), std::vector<double>(static_cast<std::size_t>(blobs.dim), 0.0));
    std::vector<int> counts(static_cast<std::size_t>(blobCount), 0);
    for (std::size_t i = 0; i < blobs.blobOf.size(); ++i) {
        ++counts[static_cast<std::size_t>(blobs.blobOf[i])];
        for (int d = 0; d < blobs.dim; ++d)
            truth.means[static_cast<std::size_t>(blobs.blobOf[i])][static_cast<std::size_t>(d)]
                += blobs.rows[i * static_cast<std::size_t>(blobs.dim) + static_cast<std::size_t>(d)];
    }
    for (int b = 0; b < blobCount; ++b)
        for (double& v : truth.means[static_cast<std::size_t>(b)])
            v /= counts[static_cast<std::size_t>(b)];
    for (std::size_t i = 0; i < blobs.blobOf.size(); ++i)
        for (int d = 0; d < blobs.dim; ++d) {
            const double diff = blobs.rows[i * static_cast<std::size_t>(blobs.dim) + static_cast<std::size_t>(d)]
                - truth.means[static_cast<std::size_t>(blobs.blobOf[i])][static_cast<std::size_t>(d)];
            truth.withinSquares += diff * diff;
        }
    return truth;
}

// Many tight clusters on a grid, one of them far bigger than the rest: random initial centres
// mostly land in the big one, so several small clusters end up sharing a centre.
Blobs unevenGrid(std::uint64_t seed)
{
    std::vector<std::vector<double>> means;
    std::vector<int> sizes;
    for (int gx = 0; gx < 6; ++gx)
        for (int gy = 0; gy < 5; ++gy) {
            means.push_back({ gx * 200.0, gy * 200.0 });
            sizes.push_back(means.size() == 1 ? 2000 : 12);
        }
    return makeBlobs(means, sizes, 0.5, seed);
}

class CancelOnFirstReport : public Progress {
protected:
    void onReport(double, const std::string&) override { cancel(); }
};

} // namespace

TEST_CASE("k-means recovers well separated blobs of different sizes", "[select][kmeans]")
{
    const std::vector<std::vector<double>> means = {
        { 0, 0, 0, 0, 0, 0 }, { 40, 0, 0, 0, 0, 0 }, { 0, 40, 0, 0, 40, 0 }, { 0, 0, -40, 40, 0, 0 }, { 20, 20, 20, 20, 20, 20 }
    };
    const std::vector<int> sizes = { 50, 120, 300, 80, 200 };
    const Blobs blobs = makeBlobs(means, sizes, 1.0, 7);
    const BlobTruth truth = truthOf(blobs, 5);
    for (std::uint64_t seed : { 1, 2, 3 }) {
        KMeansOptions options;
        options.k = 5;
        options.seed = seed;
        NullProgress progress;
        const KMeansResult result = kmeans(blobs.rows.data(), rowCount(blobs), blobs.dim, options, progress);
        REQUIRE(result.k == 5);
        REQUIRE(result.dim == 6);
        REQUIRE(result.assignment.size() == blobs.blobOf.size());
        CHECK(result.converged);
        // Every blob maps to exactly one cluster and no two blobs share one.
        std::map<int, std::set<int>> clustersOfBlob;
        for (std::size_t i = 0; i < blobs.blobOf.size(); ++i)
            clustersOfBlob[blobs.blobOf[i]].insert(result.assignment[i]);
        std::set<int> used;
        for (const auto& [blob, clusters] : clustersOfBlob) {
            REQUIRE(clusters.size() == 1);
            used.insert(*clusters.begin());
            const float* centre = result.centres.data() + static_cast<std::size_t>(*clusters.begin()) * 6;
            for (int d = 0; d < 6; ++d)
                CHECK(centre[d] == Approx(truth.means[static_cast<std::size_t>(blob)][static_cast<std::size_t>(d)]).margin(1e-4));
        }
        CHECK(used.size() == 5);
        CHECK(result.inertia == Approx(truth.withinSquares).epsilon(1e-6));
    }
}

TEST_CASE("k-means++ beats random initialisation when one cluster dwarfs the others", "[select][kmeans]")
{
    int plusPlusPerfect = 0, randomPerfect = 0;
    double plusPlusTotal = 0, randomTotal = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const Blobs blobs = unevenGrid(100 + seed);
        const BlobTruth truth = truthOf(blobs, 30);
        KMeansOptions options;
        options.k = 30;
        options.seed = seed;
        NullProgress progress;
        options.init = KMeansInit::PlusPlus;
        const double plusPlus = kmeans(blobs.rows.data(), rowCount(blobs), 2, options, progress).inertia;
        options.init = KMeansInit::Random;
        const double random = kmeans(blobs.rows.data(), rowCount(blobs), 2, options, progress).inertia;
        // Any merge of two grid clusters costs at least 12 * 12 / 24 * 200^2 = 240,000, far above
        // the within-cluster sum (about 2,348 rows * 2 dims * 0.25 = 1,200).
        plusPlusPerfect += plusPlus < truth.withinSquares + 1000 ? 1 : 0;
        randomPerfect += random < truth.withinSquares + 1000 ? 1 : 0;
        plusPlusTotal += plusPlus;
        randomTotal += random;
    }
    CHECK(plusPlusPerfect >= 8);
    CHECK(randomPerfect <= 2);
    CHECK(plusPlusTotal * 5 < randomTotal);
}

TEST_CASE("k-means is deterministic for a seed whatever the thread count", "[select][kmeans]")
{
    std::vector<std::vector<double>> means;
    std::vector<int> sizes;
    sim::Rng rng(3);
    for (int b = 0; b < 25; ++b) {
        std::vector<double> mean;
        for (int d = 0; d < 16; ++d)
            mean.push_back(rng.normal(0, 3));
        means.push_back(mean);
        sizes.push_back(100 + b * 30);
    }
    const Blobs blobs = makeBlobs(means, sizes, 1.5, 11); // overlapping: many iterations
    KMeansOptions options;
    options.k = 20;
    options.seed = 5;
    options.tolerance = 0;
    NullProgress progress;
    for (KMeansInit init : { KMeansInit::PlusPlus, KMeansInit::Random }) {
        options.init = init;
        options.threads = 1;
        const KMeansResult one = kmeans(blobs.rows.data(), rowCount(blobs), 16, options, progress);
        const KMeansResult again = kmeans(blobs.rows.data(), rowCount(blobs), 16, options, progress);
        options.threads = 2;
        const KMeansResult two = kmeans(blobs.rows.data(), rowCount(blobs), 16, options, progress);
        options.threads = 5;
        const KMeansResult five = kmeans(blobs.rows.data(), rowCount(blobs), 16, options, progress);
        CHECK(one.iterations > 2);
        for (const KMeansResult* other : { &again, &two, &five }) {
            CHECK(other->centres == one.centres);
            CHECK(other->assignment == one.assignment);
            CHECK(other->inertia == one.inertia);
            CHECK(other->iterations == one.iterations);
        }
        options.seed = 6;
        options.threads = 2;
        const KMeansResult otherSeed = kmeans(blobs.rows.data(), rowCount(blobs), 16, options, progress);
        CHECK(otherSeed.centres != one.centres);
        options.seed = 5;
    }
}

TEST_CASE("k-means assignment is the brute-force nearest centre and inertia its sum", "[select][kmeans]")
{
    std::vector<std::vector<double>> means;
    sim::Rng rng(21);
    for (int b = 0; b < 8; ++b) {
        std::vector<double> mean;
        for (int d = 0; d < 5; ++d)
            mean.push_back(rng.normal(0, 2));
        means.push_back(mean);
    }
    const Blobs blobs = makeBlobs(means, std::vector<int>(8, 400), 1.0, 22);
    KMeansOptions options;
    options.k = 12;
    NullProgress progress;
    const KMeansResult result = kmeans(blobs.rows.data(), rowCount(blobs), 5, options, progress);
    double inertia = 0;
    for (std::int64_t i = 0; i < rowCount(blobs); ++i) {
        const float* row = blobs.rows.data() + static_cast<std::size_t>(i) * 5;
        int best = 0;
        double bestDistance = std::numeric_limits<double>::infinity();
        for (int c = 0; c < 12; ++c) {
            const double d = squared(row, result.centres.data() + static_cast<std::size_t>(c) * 5, 5);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        const double ours = squared(row, result.centres.data() + static_cast<std::size_t>(result.assignment[static_cast<std::size_t>(i)]) * 5, 5);
        CHECK(ours == Approx(bestDistance).margin(1e-9)); // equal unless two centres tie exactly
        if (ours != bestDistance)
            CHECK(result.assignment[static_cast<std::size_t>(i)] == best);
        inertia += bestDistance;
    }
    CHECK(result.inertia == Approx(inertia).epsilon(1e-9));
    // Every centre is the mean of its rows (the run converged).
    REQUIRE(result.converged);
    for (int c = 0; c < 12; ++c) {
        std::vector<double> mean(5, 0.0);
        int count = 0;
        for (std::int64_t i = 0; i < rowCount(blobs); ++i)
            if (result.assignment[static_cast<std::size_t>(i)] == c) {
                ++count;
                for (int d = 0; d < 5; ++d)
                    mean[static_cast<std::size_t>(d)] += blobs.rows[static_cast<std::size_t>(i) * 5 + static_cast<std::size_t>(d)];
            }
        REQUIRE(count > 0);
        for (int d = 0; d < 5; ++d)
            CHECK(result.centres[static_cast<std::size_t>(c) * 5 + static_cast<std::size_t>(d)] == Approx(mean[static_cast<std::size_t>(d)] / count).margin(1e-4));
    }
}

TEST_CASE("an empty cluster is re-seeded with the row farthest from its centre", "[select][kmeans]")
{
    // Eight copies of (0,0), then (10,0) and (0,10). Random initialisation mostly draws two or
    // three copies of (0,0): the duplicates' clusters are empty (ties go to the lowest centre)
    // and must take the far rows, which ends at inertia 0 with three non-empty clusters.
    std::vector<float> rows(16, 0.0f);
    rows.insert(rows.end(), { 10, 0, 0, 10 });
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        KMeansOptions options;
        options.k = 3;
        options.seed = seed;
        options.init = KMeansInit::Random;
        NullProgress progress;
        const KMeansResult result = kmeans(rows.data(), 10, 2, options, progress);
        std::vector<int> counts(3, 0);
        for (int a : result.assignment)
            ++counts[static_cast<std::size_t>(a)];
        CHECK(std::count(counts.begin(), counts.end(), 0) == 0);
        CHECK(result.inertia == 0.0);
        CHECK(result.assignment[8] != result.assignment[0]);
        CHECK(result.assignment[9] != result.assignment[0]);
        CHECK(result.assignment[8] != result.assignment[9]);
    }
    // More clusters than distinct rows: it still ends, every row on a centre.
    KMeansOptions options;
    options.k = 5;
    NullProgress progress;
    const KMeansResult result = kmeans(rows.data(), 10, 2, options, progress);
    CHECK(result.inertia == 0.0);
    for (int a : result.assignment)
        CHECK((a >= 0 && a < 5));
}

TEST_CASE("k-means with k equal to n puts every distinct row in its own cluster", "[select][kmeans]")
{
    const std::vector<float> rows = { 0, 0, 1, 0, 0, 1, 5, 5, -3, 2 };
    KMeansOptions options;
    options.k = 5;
    NullProgress progress;
    const KMeansResult result = kmeans(rows.data(), 5, 2, options, progress);
    CHECK(std::set<int>(result.assignment.begin(), result.assignment.end()).size() == 5);
    CHECK(result.inertia == 0.0);
    options.maxIterations = 0; // initial centres and one assignment only
    options.k = 1;
    const KMeansResult single = kmeans(rows.data(), 5, 2, options, progress);
    CHECK(single.iterations == 0);
    CHECK(single.assignment == std::vector<int>(5, 0));
}

TEST_CASE("assignToCentres finds the nearest centre and its squared distance", "[select][kmeans]")
{
    // Centres (0,0), (10,0), (0,10); rows worked out by hand.
    const std::vector<float> centres = { 0, 0, 10, 0, 0, 10 };
    const std::vector<float> rows = { 1, 1, 9, 1, 2, 7, 5, 5, 6, 0 };
    NullProgress progress;
    std::vector<float> distances;
    const std::vector<int> nearest = assignToCentres(rows.data(), 5, 2, centres.data(), 3, progress, 2, &distances);
    // (5,5) is 50 from all three centres: the lowest centre wins.
    CHECK(nearest == std::vector<int> { 0, 1, 2, 0, 1 });
    CHECK(distances == std::vector<float> { 2, 2, 13, 50, 16 });

    // Many rows over many blocks: the same answer with 1 and 3 threads, equal to brute force.
    sim::Rng rng(4);
    std::vector<float> many(5000 * 3), manyCentres(37 * 3);
    for (float& v : many)
        v = static_cast<float>(rng.normal());
    for (float& v : manyCentres)
        v = static_cast<float>(rng.normal());
    const std::vector<int> one = assignToCentres(many.data(), 5000, 3, manyCentres.data(), 37, progress, 1);
    const std::vector<int> three = assignToCentres(many.data(), 5000, 3, manyCentres.data(), 37, progress, 3);
    CHECK(one == three);
    for (std::size_t i = 0; i < 5000; ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (int c = 0; c < 37; ++c)
            best = std::min(best, squared(many.data() + i * 3, manyCentres.data() + c * 3, 3));
        CHECK(squared(many.data() + i * 3, manyCentres.data() + static_cast<std::size_t>(one[i]) * 3, 3) == Approx(best).margin(1e-5));
    }
}

TEST_CASE("nearest and second-nearest centre agree with brute force for every kernel", "[select][kmeans]")
{
    // 41 centres (three panels, the last one padded) and 500 rows of 13 dimensions.
    sim::Rng rng(12);
    std::vector<float> centres(41 * 13), rows(500 * 13);
    for (float& v : centres)
        v = static_cast<float>(rng.normal());
    for (float& v : rows)
        v = static_cast<float>(rng.normal());
    std::vector<const float*> queries;
    for (std::size_t i = 0; i < 500; ++i)
        queries.push_back(rows.data() + i * 13);
    for (const PanelDotKernel& kernel : kernelsToTest()) {
        INFO(kernel.name);
        const CentrePanels panels(centres.data(), 41, 13, kernel);
        std::vector<NearestCentres> found(500);
        panels.findNearest(queries.data(), 500, true, found.data());
        for (std::size_t i = 0; i < 500; ++i) {
            std::vector<double> d;
            for (std::size_t c = 0; c < 41; ++c)
                d.push_back(squared(queries[i], centres.data() + c * 13, 13));
            std::vector<double> sorted = d;
            std::sort(sorted.begin(), sorted.end());
            const double norm = squared(queries[i], std::vector<float>(13, 0.0f).data(), 13);
            CHECK(d[static_cast<std::size_t>(found[i].nearest)] == Approx(sorted[0]).margin(1e-4));
            CHECK(norm + found[i].nearestScore == Approx(sorted[0]).margin(1e-4));
            CHECK(norm + found[i].secondScore == Approx(sorted[1]).margin(1e-4));
        }
    }
}

TEST_CASE("k-means rejects bad input with UsageError", "[select][kmeans]")
{
    const std::vector<float> rows = { 0, 0, 1, 1, 2, 2 };
    NullProgress progress;
    KMeansOptions options;
    options.k = 0;
    CHECK_THROWS_AS(kmeans(rows.data(), 3, 2, options, progress), UsageError);
    options.k = 4;
    CHECK_THROWS_AS(kmeans(rows.data(), 3, 2, options, progress), UsageError);
    options.k = 1;
    CHECK_THROWS_AS(kmeans(rows.data(), 0, 2, options, progress), UsageError);
    CHECK_THROWS_AS(kmeans(rows.data(), 3, 0, options, progress), UsageError);
    CHECK_THROWS_AS(kmeans(nullptr, 3, 2, options, progress), UsageError);
    options.maxIterations = -1;
    CHECK_THROWS_AS(kmeans(rows.data(), 3, 2, options, progress), UsageError);
    options.maxIterations = 10;
    std::vector<float> bad = rows;
    bad[3] = std::numeric_limits<float>::quiet_NaN();
    CHECK_THROWS_WITH(kmeans(bad.data(), 3, 2, options, progress), Catch::Contains("row 1, column 1"));
    CHECK_THROWS_AS(assignToCentres(rows.data(), 3, 2, rows.data(), 0, progress), UsageError);
    CHECK_THROWS_AS(assignToCentres(rows.data(), 3, 2, bad.data(), 3, progress), UsageError);
}

TEST_CASE("k-means stops with Cancelled when progress is cancelled", "[select][kmeans]")
{
    const Blobs blobs = unevenGrid(1);
    KMeansOptions options;
    options.k = 30;
    NullProgress cancelledBefore;
    cancelledBefore.cancel();
    CHECK_THROWS_AS(kmeans(blobs.rows.data(), rowCount(blobs), 2, options, cancelledBefore), Cancelled);
    CancelOnFirstReport cancelledDuring; // cancels inside the k-means++ loop
    CHECK_THROWS_AS(kmeans(blobs.rows.data(), rowCount(blobs), 2, options, cancelledDuring), Cancelled);
    CHECK_THROWS_AS(assignToCentres(blobs.rows.data(), rowCount(blobs), 2, blobs.rows.data(), 3, cancelledBefore), Cancelled);
}
