// Exact nearest neighbours and the label agreement metric (issue 3). Small cases are worked out
// by hand in the comments; larger ones are checked against a naive double-precision loop.
#include "core/common/Error.h"
#include "core/eval/NeighbourAgreement.h"
#include "core/eval/PanelDotKernel.h"

#include "test_kernel_helpers.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <random>
#include <string_view>

using namespace tracemark;
using tracemark::test::kernelsToTest;
using Rows = std::vector<float>;
using Indices = std::vector<std::int64_t>;

namespace {

std::int64_t rowCount(const Rows& rows, int dim)
{
    return static_cast<std::int64_t>(rows.size()) / dim;
}

Indices neighboursOf(const Rows& rows, int dim, DistanceMetric metric, int threads = 1)
{
    NullProgress progress;
    return nearestNeighbours(rows.data(), rowCount(rows, dim), dim, metric, progress, threads);
}

double naiveDistance(const Rows& rows, int dim, std::int64_t a, std::int64_t b, DistanceMetric metric)
{
    double dot = 0, na = 0, nb = 0, sq = 0;
    for (int d = 0; d < dim; ++d) {
        const double x = rows[static_cast<std::size_t>(a * dim + d)];
        const double y = rows[static_cast<std::size_t>(b * dim + d)];
        dot += x * y;
        na += x * x;
        nb += y * y;
        sq += (x - y) * (x - y);
    }
    if (metric == DistanceMetric::Euclidean)
        return sq;
    return (na > 0 && nb > 0) ? 1.0 - dot / std::sqrt(na * nb) : 1.0;
}

// The O(n^2) definition: smallest distance, lowest index on ties, never itself.
Indices naiveNeighbours(const Rows& rows, int dim, DistanceMetric metric)
{
    const std::int64_t n = rowCount(rows, dim);
    Indices result(static_cast<std::size_t>(n), -1);
    for (std::int64_t i = 0; i < n; ++i) {
        double best = std::numeric_limits<double>::infinity();
        for (std::int64_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double d = naiveDistance(rows, dim, i, j, metric);
            if (d < best) {
                best = d;
                result[static_cast<std::size_t>(i)] = j;
            }
        }
    }
    return result;
}

Rows randomRows(std::int64_t n, int dim, std::uint32_t seed)
{
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal;
    Rows rows(static_cast<std::size_t>(n * dim));
    for (float& value : rows)
        value = normal(engine);
    return rows;
}

class CancelAfterReports final : public Progress {
public:
    explicit CancelAfterReports(int reports)
        : remaining_(reports)
    {
    }
    int reports = 0;

protected:
    void onReport(double, const std::string&) override
    {
        ++reports;
        if (--remaining_ <= 0)
            cancel();
    }

private:
    int remaining_;
};

} // namespace

TEST_CASE("nearest neighbours of points on a line", "[neighbours]")
{
    // 1-d points 0, 1, 3, 10: nearest of 0 is 1 (row 1), of 1 is 0 (distance 1 < 2),
    // of 3 is 1 (distance 2), of 10 is 3 (row 2).
    const Rows rows = { 0, 1, 3, 10 };
    CHECK(neighboursOf(rows, 1, DistanceMetric::Euclidean) == Indices { 1, 0, 1, 2 });
}

TEST_CASE("a row is never its own neighbour and ties go to the lowest index", "[neighbours]")
{
    // Rows 0, 1 and 3 are the same point (1, 1); row 2 is (5, 5). Row 0's nearest is row 1
    // (distance 0, lower than row 3); rows 1 and 3 pick row 0. Row 2 is at the same distance
    // from rows 0, 1 and 3 and picks row 0.
    const Rows rows = { 1, 1, 1, 1, 5, 5, 1, 1 };
    for (const DistanceMetric metric : { DistanceMetric::Euclidean, DistanceMetric::Cosine }) {
        INFO(toString(metric));
        const Indices found = neighboursOf(rows, 2, metric);
        CHECK(found[0] == 1);
        CHECK(found[1] == 0);
        CHECK(found[3] == 0);
    }
    CHECK(neighboursOf(rows, 2, DistanceMetric::Euclidean)[2] == 0);
    // (5, 5) points the same way as (1, 1): cosine distance 0 to rows 0, 1 and 3, lowest is 0.
    CHECK(neighboursOf(rows, 2, DistanceMetric::Cosine)[2] == 0);

    // Equal distances to different points: 0 sits between -1 (row 1) and 1 (row 2).
    CHECK(neighboursOf(Rows { 0, -1, 1 }, 1, DistanceMetric::Euclidean)[0] == 1);
    CHECK(neighboursOf(Rows { 0, 1, -1 }, 1, DistanceMetric::Euclidean)[0] == 1);
}

TEST_CASE("cosine and euclidean disagree where direction and length pull apart", "[neighbours]")
{
    // q = (1, 0); a = (10, 1) points almost the same way but is far; b = (0, 1) is close but at
    // 90 degrees. Euclidean: |q-a|^2 = 81 + 1 = 82, |q-b|^2 = 1 + 1 = 2 -> b (row 2).
    // Cosine: d(q,a) = 1 - 10/sqrt(101) = 0.005, d(q,b) = 1 - 0 = 1 -> a (row 1).
    const Rows rows = { 1, 0, 10, 1, 0, 1 };
    CHECK(neighboursOf(rows, 2, DistanceMetric::Euclidean)[0] == 2);
    CHECK(neighboursOf(rows, 2, DistanceMetric::Cosine)[0] == 1);
}

TEST_CASE("a zero row is at cosine distance 1 from everything", "[neighbours]")
{
    // Row 0 is zero: every candidate is at distance 1, so the lowest index (row 1) wins. Row 2 =
    // (-1, 0) is opposite to row 1 = (1, 0) (distance 2) and at distance 1 from row 0.
    const Rows rows = { 0, 0, 1, 0, -1, 0 };
    const Indices found = neighboursOf(rows, 2, DistanceMetric::Cosine);
    CHECK(found[0] == 1);
    CHECK(found[2] == 0);
}

TEST_CASE("nearest neighbours match the naive loop on random points", "[neighbours]")
{
    // 500 points x 37 dimensions: not a multiple of the panel width (16) or of either kernel's
    // query group (4 or 6), so every tail is exercised. Several threads share the queries.
    const int dim = 37;
    const Rows rows = randomRows(500, dim, 7);
    Indices all(500);
    for (std::int64_t i = 0; i < 500; ++i)
        all[static_cast<std::size_t>(i)] = i;
    NullProgress progress;
    for (const DistanceMetric metric : { DistanceMetric::Euclidean, DistanceMetric::Cosine }) {
        INFO(toString(metric));
        const Indices expected = naiveNeighbours(rows, dim, metric);
        CHECK(neighboursOf(rows, dim, metric, 1) == expected);
        CHECK(neighboursOf(rows, dim, metric, 3) == expected);
        // Every kernel this CPU runs, whichever one it picks by default.
        for (const PanelDotKernel& kernel : kernelsToTest()) {
            INFO(kernel.name);
            CHECK(nearestNeighboursOf(rows.data(), 500, dim, all, metric, progress, 2, kernel) == expected);
        }
    }
}

TEST_CASE("every kernel computes the same dot products", "[neighbours]")
{
    const int dim = 19;
    const int width = PanelDotKernel::kPanelWidth;
    const Rows queries = randomRows(PanelDotKernel::kMaxQueries, dim, 3);
    const Rows candidates = randomRows(width, dim, 4);
    Rows panel(static_cast<std::size_t>(dim * width));
    for (int j = 0; j < width; ++j)
        for (int d = 0; d < dim; ++d)
            panel[static_cast<std::size_t>(d * width + j)]
                = candidates[static_cast<std::size_t>(j * dim + d)];
    for (const PanelDotKernel& kernel : kernelsToTest()) {
        INFO(kernel.name);
        REQUIRE(kernel.queryCount <= PanelDotKernel::kMaxQueries);
        const float* rows[PanelDotKernel::kMaxQueries];
        for (int k = 0; k < kernel.queryCount; ++k)
            rows[k] = queries.data() + k * dim;
        Rows out(static_cast<std::size_t>(PanelDotKernel::kMaxQueries * width));
        kernel.dot(rows, panel.data(), dim, out.data());
        for (int k = 0; k < kernel.queryCount; ++k)
            for (int j = 0; j < width; ++j) {
                double expected = 0;
                for (int d = 0; d < dim; ++d)
                    expected += static_cast<double>(queries[static_cast<std::size_t>(k * dim + d)])
                        * candidates[static_cast<std::size_t>(j * dim + d)];
                CHECK(out[static_cast<std::size_t>(k * width + j)] == Approx(expected).margin(1e-4));
            }
    }
}

TEST_CASE("kernels are offered by what the CPU supports", "[neighbours]")
{
    const std::vector<PanelDotKernel> kernels = availablePanelDotKernels();
    REQUIRE(!kernels.empty());
    CHECK(kernels.front().name == "portable");
    auto offered = [&](std::string_view name) {
        return std::any_of(kernels.begin(), kernels.end(), [&](const PanelDotKernel& k) { return k.name == name; });
    };
#if defined(__GNUC__) && defined(__x86_64__)
    __builtin_cpu_init();
    CHECK(offered("avx2-fma") == (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")));
    CHECK(offered("avx512") == static_cast<bool>(__builtin_cpu_supports("avx512f")));
#else
    CHECK(kernels.size() == 1);
#endif
    const char* forced = std::getenv("TRACEMARK_KERNEL");
    if (forced == nullptr || *forced == '\0')
        CHECK(fastestPanelDotKernel().name == kernels.back().name);
    else // avx2 is short for avx2-fma
        CHECK(fastestPanelDotKernel().name.substr(0, std::string_view(forced).size()) == forced);
}

TEST_CASE("neighbours of selected queries and degenerate sizes", "[neighbours]")
{
    NullProgress progress;
    const Rows rows = { 0, 1, 3, 10 };
    // Only rows 3 and 0 asked, in that order: 10 -> row 2, 0 -> row 1.
    CHECK(nearestNeighboursOf(rows.data(), 4, 1, Indices { 3, 0 }, DistanceMetric::Euclidean, progress)
        == Indices { 2, 1 });
    CHECK(nearestNeighbours(rows.data(), 1, 1, DistanceMetric::Euclidean, progress) == Indices { -1 });
    CHECK(nearestNeighbours(rows.data(), 0, 1, DistanceMetric::Euclidean, progress).empty());
    CHECK_THROWS_AS(
        nearestNeighboursOf(rows.data(), 4, 1, Indices { 4 }, DistanceMetric::Euclidean, progress), UsageError);
    CHECK_THROWS_AS(nearestNeighbours(rows.data(), 4, 0, DistanceMetric::Euclidean, progress), UsageError);
    const Rows bad = { 0, std::numeric_limits<float>::quiet_NaN(), 3 };
    CHECK_THROWS_WITH(
        nearestNeighbours(bad.data(), 3, 1, DistanceMetric::Cosine, progress), Catch::Contains("row 1, column 0"));
}

TEST_CASE("metric names", "[neighbours]")
{
    CHECK(metricFromString("cosine") == DistanceMetric::Cosine);
    CHECK(metricFromString("Euclidean") == DistanceMetric::Euclidean);
    CHECK(toString(DistanceMetric::Euclidean) == "euclidean");
    CHECK_THROWS_AS(metricFromString("manhattan"), UsageError);
}

TEST_CASE("agreement counts traces whose neighbour shares their label", "[agreement]")
{
    // Points 0, 1, 3, 10, 11 labelled 0, 0, 1, 1, 0. Neighbours: 0->1, 1->0, 3->1, 10->11, 11->10.
    // Normal rows 0, 1, 4: rows 0 and 1 agree, row 4 (neighbour row 3, abnormal) does not: 2/3.
    // Abnormal rows 2, 3: row 2's neighbour row 1 is normal, row 3's neighbour row 4 is normal: 0/2.
    // Overall 2/5.
    const Rows rows = { 0, 1, 3, 10, 11 };
    const std::vector<int> labels = { 0, 0, 1, 1, 0 };
    NullProgress progress;
    const NeighbourAgreement agreement
        = nearestNeighbourAgreement(rows.data(), 5, 1, labels, DistanceMetric::Euclidean, progress, 2);
    CHECK(agreement.traces == 5);
    CHECK(agreement.abnormalTraces == 2);
    CHECK(agreement.overall == Approx(2.0 / 5.0));
    CHECK(agreement.normal == Approx(2.0 / 3.0));
    CHECK(agreement.abnormal == Approx(0.0));

    // Only normal traces: the abnormal share has nothing to count.
    const NeighbourAgreement normalOnly
        = nearestNeighbourAgreement(rows.data(), 5, 1, std::vector<int>(5, 0), DistanceMetric::Euclidean, progress);
    CHECK(normalOnly.overall == Approx(1.0));
    CHECK(normalOnly.abnormalTraces == 0);
    CHECK(std::isnan(normalOnly.abnormal));

    CHECK_THROWS_AS(
        nearestNeighbourAgreement(rows.data(), 5, 1, { 0, 0, 1 }, DistanceMetric::Cosine, progress), UsageError);
    CHECK_THROWS_WITH(
        nearestNeighbourAgreement(rows.data(), 5, 1, { 0, 0, 2, 1, 0 }, DistanceMetric::Cosine, progress),
        Catch::Contains("row 2 has label 2"));
    CHECK_THROWS_AS(
        nearestNeighbourAgreement(rows.data(), 1, 1, { 0 }, DistanceMetric::Cosine, progress), UsageError);
}

TEST_CASE("two well separated clusters agree fully, a shuffled labelling does not", "[agreement]")
{
    // 200 points around (+5, ..., +5) labelled 1 and 200 around (-5, ...) labelled 0 (unit noise):
    // every nearest neighbour lies in the same cluster.
    const int dim = 8;
    Rows rows = randomRows(400, dim, 11);
    std::vector<int> labels(400);
    for (int i = 0; i < 400; ++i) {
        labels[static_cast<std::size_t>(i)] = i % 2;
        for (int d = 0; d < dim; ++d)
            rows[static_cast<std::size_t>(i * dim + d)] += i % 2 ? 5.0f : -5.0f;
    }
    NullProgress progress;
    for (const DistanceMetric metric : { DistanceMetric::Euclidean, DistanceMetric::Cosine }) {
        const NeighbourAgreement agreement
            = nearestNeighbourAgreement(rows.data(), 400, dim, labels, metric, progress);
        CHECK(agreement.overall == 1.0);
        CHECK(agreement.abnormal == 1.0);
        CHECK(agreement.normal == 1.0);
    }
    // Labels by halves instead (first 200 vs last 200) cut across both clusters: neighbours agree
    // only by chance, about half of the time.
    std::vector<int> halves(400);
    for (int i = 0; i < 400; ++i)
        halves[static_cast<std::size_t>(i)] = i < 200 ? 0 : 1;
    const NeighbourAgreement chance
        = nearestNeighbourAgreement(rows.data(), 400, dim, halves, DistanceMetric::Euclidean, progress);
    CHECK(chance.overall > 0.3);
    CHECK(chance.overall < 0.7);
}

TEST_CASE("a query sample is deterministic and uses exact neighbours", "[agreement]")
{
    const Indices sample = sampleQueryRows(1000, 50, 42);
    REQUIRE(sample.size() == 50);
    CHECK(std::is_sorted(sample.begin(), sample.end()));
    CHECK(std::adjacent_find(sample.begin(), sample.end()) == sample.end()); // distinct
    CHECK(sample.front() >= 0);
    CHECK(sample.back() < 1000);
    CHECK(sampleQueryRows(1000, 50, 42) == sample);
    CHECK(sampleQueryRows(1000, 50, 43) != sample);
    CHECK(sampleQueryRows(5, 0, 1) == Indices { 0, 1, 2, 3, 4 });
    CHECK(sampleQueryRows(5, 9, 1) == Indices { 0, 1, 2, 3, 4 });

    // The sampled agreement equals the agreement of the naive neighbours of the same rows.
    const int dim = 5;
    const Rows rows = randomRows(300, dim, 5);
    std::vector<int> labels(300);
    for (int i = 0; i < 300; ++i)
        labels[static_cast<std::size_t>(i)] = rows[static_cast<std::size_t>(i * dim)] > 0.8f ? 1 : 0;
    const Indices queries = sampleQueryRows(300, 60, 9);
    const Indices naive = naiveNeighbours(rows, dim, DistanceMetric::Euclidean);
    Indices expectedNeighbours;
    for (std::int64_t q : queries)
        expectedNeighbours.push_back(naive[static_cast<std::size_t>(q)]);
    const NeighbourAgreement expected = neighbourAgreement(queries, expectedNeighbours, labels);
    NullProgress progress;
    const NeighbourAgreement sampled
        = nearestNeighbourAgreement(rows.data(), 300, dim, labels, DistanceMetric::Euclidean, progress, 2, 60, 9);
    CHECK(sampled.traces == 60);
    CHECK(sampled.abnormalTraces == expected.abnormalTraces);
    CHECK(sampled.overall == expected.overall);
}

TEST_CASE("cancelling stops the search", "[neighbours]")
{
    const int dim = 64;
    const Rows rows = randomRows(6000, dim, 2);
    CancelAfterReports progress(1);
    progress.cancel();
    CHECK_THROWS_AS(nearestNeighbours(rows.data(), 6000, dim, DistanceMetric::Cosine, progress), Cancelled);

    // Cancelled from the progress callback while the threads work.
    CancelAfterReports midway(1);
    CHECK_THROWS_AS(nearestNeighbours(rows.data(), 6000, dim, DistanceMetric::Euclidean, midway, 2), Cancelled);
    CHECK(midway.reports >= 1);
}
