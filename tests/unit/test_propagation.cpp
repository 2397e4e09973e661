// Label propagation: nearest labelled normal/abnormal traces, confidences worked out by hand on
// small 2-D layouts, and incremental updates checked against a fresh Propagator.
#include "core/common/Error.h"
#include "core/select/Propagation.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <iostream>
#include <limits>
#include <random>

using namespace tracemark;

namespace {

using Labels = std::vector<std::pair<std::int64_t, TraceLabel>>;
const float kInf = std::numeric_limits<float>::infinity();

std::vector<float> points(std::initializer_list<std::pair<float, float>> xy)
{
    std::vector<float> rows;
    for (const auto& [x, y] : xy) {
        rows.push_back(x);
        rows.push_back(y);
    }
    return rows;
}

void requireSame(const PropagatedLabel& a, const PropagatedLabel& b, std::int64_t row)
{
    INFO("row " << row);
    REQUIRE(a.label == b.label);
    REQUIRE(a.confidence == b.confidence);
    REQUIRE(a.human == b.human);
    REQUIRE(a.nearestNormal == b.nearestNormal);
    REQUIRE(a.nearestAbnormal == b.nearestAbnormal);
    REQUIRE(a.distanceNormal == b.distanceNormal);
    REQUIRE(a.distanceAbnormal == b.distanceAbnormal);
}

} // namespace

TEST_CASE("propagation takes the label of the nearer labelled class, with the relative margin as confidence",
    "[propagation]")
{
    // Normal labelled at (0,0), abnormal at (10,0); distances below are Euclidean, by hand.
    const std::vector<float> rows = points({ { 0, 0 }, { 10, 0 }, { 1, 0 }, { 5, 0 }, { 8, 0 }, { 3, 4 }, { 0, 0 } });
    Propagator propagator(rows.data(), 7, 2, DistanceMetric::Euclidean);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 1, TraceLabel::Abnormal } }, progress);
    REQUIRE(propagator.size() == 7);
    REQUIRE(propagator.humanCount() == 2);
    REQUIRE(propagator.humanCount(TraceLabel::Normal) == 1);
    REQUIRE(propagator.humanCount(TraceLabel::Abnormal) == 1);

    const PropagatedLabel& labelledNormal = propagator.at(0);
    REQUIRE(labelledNormal.human);
    REQUIRE(labelledNormal.label == TraceLabel::Normal);
    REQUIRE(labelledNormal.confidence == 1.0);
    REQUIRE(labelledNormal.nearestNormal == 0); // itself
    REQUIRE(labelledNormal.distanceNormal == 0.0f);
    REQUIRE(labelledNormal.nearestAbnormal == 1);
    REQUIRE(labelledNormal.distanceAbnormal == Approx(10.0f));

    const PropagatedLabel& near = propagator.at(2); // (1,0): 1 from normal, 9 from abnormal
    REQUIRE_FALSE(near.human);
    REQUIRE(near.label == TraceLabel::Normal);
    REQUIRE(near.nearestNormal == 0);
    REQUIRE(near.nearestAbnormal == 1);
    REQUIRE(near.distanceNormal == Approx(1.0f));
    REQUIRE(near.distanceAbnormal == Approx(9.0f));
    REQUIRE(near.confidence == Approx(0.8)); // (9 - 1) / (9 + 1)

    const PropagatedLabel& middle = propagator.at(3); // (5,0): 5 from both: a tie goes to abnormal
    REQUIRE(middle.label == TraceLabel::Abnormal);
    REQUIRE(middle.confidence == 0.0);

    const PropagatedLabel& nearAbnormal = propagator.at(4); // (8,0): 8 and 2
    REQUIRE(nearAbnormal.label == TraceLabel::Abnormal);
    REQUIRE(nearAbnormal.confidence == Approx(0.6)); // (8 - 2) / 10

    const PropagatedLabel& offAxis = propagator.at(5); // (3,4): 5 and sqrt(49 + 16)
    REQUIRE(offAxis.label == TraceLabel::Normal);
    REQUIRE(offAxis.distanceNormal == Approx(5.0f));
    REQUIRE(offAxis.distanceAbnormal == Approx(std::sqrt(65.0f)));
    REQUIRE(offAxis.confidence == Approx((std::sqrt(65.0) - 5) / (std::sqrt(65.0) + 5)));

    const PropagatedLabel& duplicate = propagator.at(6); // on the labelled normal trace
    REQUIRE(duplicate.label == TraceLabel::Normal);
    REQUIRE(duplicate.distanceNormal == 0.0f);
    REQUIRE(duplicate.confidence == Approx(1.0));
}

TEST_CASE("the nearest labelled trace of each class is found among several", "[propagation]")
{
    const std::vector<float> rows
        = points({ { 0, 0 }, { 4, 0 }, { 0, 6 }, { 9, 9 }, { 1, 1 }, { 3, 1 }, { 1, 5 }, { 8, 7 } });
    Propagator propagator(rows.data(), 8, 2, DistanceMetric::Euclidean);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 1, TraceLabel::Normal }, { 2, TraceLabel::Abnormal },
                                  { 3, TraceLabel::Abnormal } },
        progress);
    // (1,1): normals at sqrt2 (0,0) and sqrt10 (4,0); abnormals at sqrt26 (0,6) and sqrt128 (9,9)
    REQUIRE(propagator.at(4).nearestNormal == 0);
    REQUIRE(propagator.at(4).nearestAbnormal == 2);
    REQUIRE(propagator.at(4).distanceNormal == Approx(std::sqrt(2.0f)));
    REQUIRE(propagator.at(4).distanceAbnormal == Approx(std::sqrt(26.0f)));
    // (3,1): normals sqrt10 and sqrt2 -> row 1; abnormals sqrt34 and sqrt100 -> row 2
    REQUIRE(propagator.at(5).nearestNormal == 1);
    REQUIRE(propagator.at(5).nearestAbnormal == 2);
    REQUIRE(propagator.at(5).label == TraceLabel::Normal);
    // (1,5): normals sqrt26 and sqrt34; abnormal (0,6) at sqrt2
    REQUIRE(propagator.at(6).nearestNormal == 0);
    REQUIRE(propagator.at(6).nearestAbnormal == 2);
    REQUIRE(propagator.at(6).label == TraceLabel::Abnormal);
    REQUIRE(propagator.at(6).confidence == Approx((std::sqrt(26.0) - std::sqrt(2.0)) / (std::sqrt(26.0) + std::sqrt(2.0))));
    // (8,7): abnormal (9,9) at sqrt5, normal (4,0) at sqrt65
    REQUIRE(propagator.at(7).nearestAbnormal == 3);
    REQUIRE(propagator.at(7).nearestNormal == 1);
    REQUIRE(propagator.at(7).label == TraceLabel::Abnormal);
}

TEST_CASE("propagation never overrides a human label", "[propagation]")
{
    // Row 2 is labelled normal although it sits on the labelled abnormal trace 1, and row 3
    // abnormal although it sits on the normal trace 0.
    const std::vector<float> rows = points({ { 0, 0 }, { 10, 0 }, { 10, 0 }, { 0, 0 }, { 9, 0 } });
    for (DistanceMetric metric : { DistanceMetric::Euclidean, DistanceMetric::Cosine }) {
        Propagator propagator(rows.data(), 5, 2, metric);
        NullProgress progress;
        propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 1, TraceLabel::Abnormal }, { 2, TraceLabel::Normal },
                                      { 3, TraceLabel::Abnormal } },
            progress);
        REQUIRE(propagator.at(2).label == TraceLabel::Normal);
        REQUIRE(propagator.at(2).human);
        REQUIRE(propagator.at(2).confidence == 1.0);
        REQUIRE(propagator.at(3).label == TraceLabel::Abnormal);
        REQUIRE(propagator.at(3).human);
        // More labels elsewhere do not touch them either.
        propagator.setHumanLabels({ { 4, TraceLabel::Abnormal } }, progress);
        REQUIRE(propagator.at(2).label == TraceLabel::Normal);
        REQUIRE(propagator.at(3).label == TraceLabel::Abnormal);
        REQUIRE(propagator.at(0).label == TraceLabel::Normal);
        REQUIRE(propagator.humanCount() == 5);
    }
}

TEST_CASE("confidence grows as a trace gets nearer its class and is 0 when equidistant", "[propagation]")
{
    // Normal at x = 0, abnormal at x = 10, unlabelled traces at x = 1..9 on the same line.
    std::vector<float> rows;
    for (int x = 0; x <= 10; ++x) {
        rows.push_back(static_cast<float>(x));
        rows.push_back(0.0f);
    }
    Propagator propagator(rows.data(), 11, 2, DistanceMetric::Euclidean);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 10, TraceLabel::Abnormal } }, progress);
    for (int x = 1; x <= 9; ++x) {
        INFO("x = " << x);
        REQUIRE(propagator.at(x).confidence == Approx(std::abs(10 - 2 * x) / 10.0)); // |(10-x) - x| / 10
        REQUIRE(propagator.at(x).label == (x < 5 ? TraceLabel::Normal : TraceLabel::Abnormal));
    }
    for (int x = 1; x < 4; ++x) {
        REQUIRE(propagator.at(x).confidence > propagator.at(x + 1).confidence);
        REQUIRE(propagator.at(10 - x).confidence > propagator.at(9 - x).confidence);
    }
    REQUIRE(propagator.at(5).confidence == 0.0);
}

TEST_CASE("with one class labelled, confidence falls from 0.5 on a labelled trace to 0 at the farthest",
    "[propagation]")
{
    const std::vector<float> rows = points({ { 0, 0 }, { 1, 0 }, { 2, 0 }, { 4, 0 }, { 0, 0 } });
    Propagator propagator(rows.data(), 5, 2, DistanceMetric::Euclidean);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal } }, progress);
    // The farthest row is at 4: c = 0.5 * (1 - d / 4).
    REQUIRE(propagator.at(1).label == TraceLabel::Normal);
    REQUIRE(propagator.at(1).confidence == Approx(0.375));
    REQUIRE(propagator.at(2).confidence == Approx(0.25));
    REQUIRE(propagator.at(3).confidence == Approx(0.0));
    REQUIRE(propagator.at(4).confidence == Approx(0.5));
    REQUIRE(propagator.at(1).nearestAbnormal == -1);
    REQUIRE(propagator.at(1).distanceAbnormal == kInf);
    REQUIRE(propagator.at(0).confidence == 1.0);

    // The same with only an abnormal label.
    Propagator abnormalOnly(rows.data(), 5, 2, DistanceMetric::Euclidean);
    abnormalOnly.setHumanLabels({ { 3, TraceLabel::Abnormal } }, progress); // x = 4; farthest: x = 0, at 4
    REQUIRE(abnormalOnly.at(2).label == TraceLabel::Abnormal);
    REQUIRE(abnormalOnly.at(2).confidence == Approx(0.25));
    REQUIRE(abnormalOnly.at(0).confidence == Approx(0.0));
    REQUIRE(abnormalOnly.at(0).nearestNormal == -1);
}

TEST_CASE("without labels every trace is unlabelled, and removing the last label returns there", "[propagation]")
{
    const std::vector<float> rows = points({ { 1, 0 }, { 0, 1 }, { 1, 1 } });
    Propagator propagator(rows.data(), 3, 2);
    for (std::int64_t row = 0; row < 3; ++row) {
        REQUIRE(propagator.at(row).label == TraceLabel::Unlabeled);
        REQUIRE(propagator.at(row).confidence == 0.0);
        REQUIRE(propagator.at(row).nearestNormal == -1);
        REQUIRE(propagator.at(row).distanceAbnormal == kInf);
    }
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal } }, progress);
    REQUIRE(propagator.at(2).label == TraceLabel::Normal);
    propagator.setHumanLabels({ { 0, TraceLabel::Unlabeled } }, progress);
    REQUIRE(propagator.humanCount() == 0);
    for (std::int64_t row = 0; row < 3; ++row) {
        REQUIRE(propagator.at(row).label == TraceLabel::Unlabeled);
        REQUIRE_FALSE(propagator.at(row).human);
        REQUIRE(propagator.at(row).nearestNormal == -1);
        REQUIRE(propagator.at(row).distanceNormal == kInf);
    }
}

TEST_CASE("cosine ranks by angle, Euclidean by position", "[propagation]")
{
    // Normal labelled at (1,0), abnormal at (10,1). The query (10,0) points the same way as the
    // normal trace (cosine distance 0) but lies next to the abnormal one (Euclidean 1 vs 9).
    const std::vector<float> rows = points({ { 1, 0 }, { 10, 1 }, { 10, 0 }, { 0, 3 } });
    const Labels labels { { 0, TraceLabel::Normal }, { 1, TraceLabel::Abnormal } };
    NullProgress progress;
    Propagator euclidean(rows.data(), 4, 2, DistanceMetric::Euclidean);
    euclidean.setHumanLabels(labels, progress);
    REQUIRE(euclidean.at(2).label == TraceLabel::Abnormal);
    REQUIRE(euclidean.at(2).distanceNormal == Approx(9.0f));
    REQUIRE(euclidean.at(2).distanceAbnormal == Approx(1.0f));
    REQUIRE(euclidean.at(2).confidence == Approx(0.8));

    Propagator cosine(rows.data(), 4, 2); // the default metric
    cosine.setHumanLabels(labels, progress);
    REQUIRE(cosine.at(2).label == TraceLabel::Normal);
    REQUIRE(cosine.at(2).distanceNormal == Approx(0.0f).margin(1e-6));
    REQUIRE(cosine.at(2).distanceAbnormal == Approx(1.0 - 10.0 / std::sqrt(101.0)).margin(1e-6));
    REQUIRE(cosine.at(2).confidence == Approx(1.0).margin(1e-4));
    // (0,3) is at right angles to (1,0): distance 1; to (10,1): 1 - 3/(3 sqrt101)
    REQUIRE(cosine.at(3).distanceNormal == Approx(1.0f).margin(1e-6));
    REQUIRE(cosine.at(3).distanceAbnormal == Approx(1.0 - 1.0 / std::sqrt(101.0)).margin(1e-6));
    REQUIRE(cosine.at(3).label == TraceLabel::Abnormal);
}

TEST_CASE("a zero vector is at cosine distance 1 from everything", "[propagation]")
{
    const std::vector<float> rows = points({ { 1, 0 }, { 0, 1 }, { 0, 0 } });
    Propagator propagator(rows.data(), 3, 2, DistanceMetric::Cosine);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 1, TraceLabel::Abnormal } }, progress);
    REQUIRE(propagator.at(2).distanceNormal == 1.0f);
    REQUIRE(propagator.at(2).distanceAbnormal == 1.0f);
    REQUIRE(propagator.at(2).label == TraceLabel::Abnormal); // a tie
    REQUIRE(propagator.at(2).confidence == 0.0);
}

TEST_CASE("incremental updates equal a fresh propagation after labels, relabels and unlabels", "[propagation]")
{
    const std::int64_t n = 2000;
    const int dim = 8;
    std::mt19937_64 random(42);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    std::vector<float> rows(static_cast<std::size_t>(n) * dim);
    for (float& v : rows)
        v = gauss(random);
    // Exact duplicates make ties between labelled traces, which both paths must break alike.
    for (std::int64_t row = 1900; row < n; ++row)
        std::copy_n(rows.begin() + (row - 1900) * dim, dim, rows.begin() + row * dim);

    for (DistanceMetric metric : { DistanceMetric::Cosine, DistanceMetric::Euclidean }) {
        INFO("metric " << toString(metric));
        Propagator incremental(rows.data(), n, dim, metric, 3);
        std::vector<TraceLabel> truth(static_cast<std::size_t>(n), TraceLabel::Unlabeled);
        std::uniform_int_distribution<std::int64_t> anyRow(0, n - 1);
        NullProgress progress;
        auto apply = [&](const Labels& batch) {
            incremental.setHumanLabels(batch, progress);
            for (const auto& [row, label] : batch)
                truth[static_cast<std::size_t>(row)] = label;
            Labels all;
            for (std::int64_t row = n - 1; row >= 0; --row) // any order gives the same result
                if (truth[static_cast<std::size_t>(row)] != TraceLabel::Unlabeled)
                    all.emplace_back(row, truth[static_cast<std::size_t>(row)]);
            Propagator fresh(rows.data(), n, dim, metric, 1);
            fresh.setHumanLabels(all, progress);
            REQUIRE(incremental.humanCount() == fresh.humanCount());
            for (std::int64_t row = 0; row < n; ++row)
                requireSame(incremental.at(row), fresh.at(row), row);
        };
        auto randomBatch = [&](int size, bool allowUnlabel) {
            Labels batch;
            for (int i = 0; i < size; ++i) {
                const int kind = static_cast<int>(random() % (allowUnlabel ? 3 : 2));
                batch.emplace_back(anyRow(random), static_cast<TraceLabel>(kind == 2 ? 0 : kind + 1));
            }
            return batch;
        };
        apply(randomBatch(15, false));
        apply(randomBatch(40, false)); // also relabels some rows labelled before
        apply({ { 0, TraceLabel::Normal }, { 1900, TraceLabel::Abnormal }, { 1, TraceLabel::Abnormal },
            { 1901, TraceLabel::Normal } }); // duplicates labelled both ways
        Labels relabel; // flip ten labelled rows
        for (std::int64_t row = 0, flipped = 0; row < n && flipped < 10; ++row)
            if (truth[static_cast<std::size_t>(row)] != TraceLabel::Unlabeled) {
                relabel.emplace_back(row,
                    truth[static_cast<std::size_t>(row)] == TraceLabel::Normal ? TraceLabel::Abnormal
                                                                              : TraceLabel::Normal);
                ++flipped;
            }
        apply(relabel);
        Labels unlabel; // remove ten labels, from the highest rows down
        for (std::int64_t row = n - 1; row >= 0 && unlabel.size() < 10; --row)
            if (truth[static_cast<std::size_t>(row)] != TraceLabel::Unlabeled)
                unlabel.emplace_back(row, TraceLabel::Unlabeled);
        apply(unlabel);
        apply(randomBatch(30, true)); // a mix, with rows repeated inside the batch
        apply({ { 5, TraceLabel::Normal }, { 5, TraceLabel::Abnormal } }); // the last entry wins
        REQUIRE(incremental.at(5).label == TraceLabel::Abnormal);
        apply({}); // nothing changes
        Labels noAbnormal; // remove a whole class: back to one-class confidences
        for (std::int64_t row = 0; row < n; ++row)
            if (truth[static_cast<std::size_t>(row)] == TraceLabel::Abnormal)
                noAbnormal.emplace_back(row, TraceLabel::Unlabeled);
        apply(noAbnormal);
        REQUIRE(incremental.humanCount(TraceLabel::Abnormal) == 0);
        apply(randomBatch(5, false));
    }
}

// Rows in tight blobs (what row groups are for), with exact duplicates and, under cosine, zero rows.
std::vector<float> blobRows(std::int64_t n, int dim, int blobs, std::vector<int>& blobOf, std::mt19937_64& random)
{
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    std::vector<float> centres(static_cast<std::size_t>(blobs) * dim);
    for (float& v : centres)
        v = 4.0f * gauss(random);
    std::vector<float> rows(static_cast<std::size_t>(n) * dim);
    blobOf.assign(static_cast<std::size_t>(n), 0);
    for (std::int64_t row = 0; row < n; ++row) {
        const int blob = static_cast<int>(random() % static_cast<unsigned>(blobs));
        blobOf[static_cast<std::size_t>(row)] = blob;
        for (int d = 0; d < dim; ++d)
            rows[static_cast<std::size_t>(row * dim + d)] = centres[static_cast<std::size_t>(blob * dim + d)] + 1.5f * gauss(random);
    }
    for (std::int64_t row = n - 100; row < n; ++row) // duplicates of the first rows
        std::copy_n(rows.begin() + (row - (n - 100)) * dim, dim, rows.begin() + row * dim);
    for (std::int64_t row = 500; row < 503; ++row) // zero rows
        std::fill_n(rows.begin() + row * dim, dim, 0.0f);
    return rows;
}

TEST_CASE("row groups speed the search up but never change a propagated label, distance or tie", "[propagation]")
{
    const std::int64_t n = 4000;
    const int dim = 8;
    std::mt19937_64 random(11);
    std::vector<int> blobOf;
    const std::vector<float> rows = blobRows(n, dim, 40, blobOf, random);
    std::vector<int> randomGroups(static_cast<std::size_t>(n));
    for (int& g : randomGroups)
        g = static_cast<int>(random() % 25u);
    const std::vector<int> oneGroup(static_cast<std::size_t>(n), 0);
    std::vector<int> sparseGroups(static_cast<std::size_t>(n)); // group numbers with unused gaps
    for (std::size_t row = 0; row < sparseGroups.size(); ++row)
        sparseGroups[row] = 3 * blobOf[row];

    // Enough labels of each class (over eight panels) for the grouped search to be used, a
    // labelled zero row, and labelled duplicate pairs on both sides.
    Labels first;
    std::uniform_int_distribution<std::int64_t> anyRow(0, n - 1);
    for (int i = 0; i < 400; ++i)
        first.emplace_back(anyRow(random), random() % 2 ? TraceLabel::Abnormal : TraceLabel::Normal);
    first.emplace_back(501, TraceLabel::Normal);
    first.emplace_back(0, TraceLabel::Normal);
    first.emplace_back(n - 100, TraceLabel::Normal);
    first.emplace_back(1, TraceLabel::Abnormal);
    first.emplace_back(n - 99, TraceLabel::Normal);
    Labels later; // relabels and unlabels: the removed-member path searches a query list
    for (std::size_t i = 0; i < 60; ++i)
        later.emplace_back(first[i].first, i % 3 == 0 ? TraceLabel::Unlabeled
                : first[i].second == TraceLabel::Normal ? TraceLabel::Abnormal : TraceLabel::Normal);

    for (DistanceMetric metric : { DistanceMetric::Cosine, DistanceMetric::Euclidean })
        for (const std::vector<int>* groups : std::vector<const std::vector<int>*>{ &blobOf, &randomGroups, &oneGroup, &sparseGroups }) {
            INFO("metric " << toString(metric) << ", grouping " << (groups == &blobOf ? "blobs"
                    : groups == &randomGroups ? "random" : groups == &oneGroup ? "one group" : "sparse"));
            NullProgress progress;
            Propagator plain(rows.data(), n, dim, metric, 2);
            Propagator grouped(rows.data(), n, dim, metric, 3);
            grouped.setRowGroups(*groups);
            for (const Labels* batch : { &first, &later }) {
                plain.setHumanLabels(*batch, progress);
                grouped.setHumanLabels(*batch, progress);
                REQUIRE(grouped.humanCount(TraceLabel::Normal) >= 128);
                REQUIRE(grouped.humanCount(TraceLabel::Abnormal) >= 128);
                for (std::int64_t row = 0; row < n; ++row)
                    requireSame(grouped.at(row), plain.at(row), row);
            }
        }
}

TEST_CASE("with row groups a labelled trace just inside the triangle bound is still found", "[propagation]")
{
    // Group 0 holds the two unlabelled rows (1, 0) and (-1, 0): centre (0, 0), both at 1 from it.
    // Sixteen labelled rows sit near the centre, about 1 from (1, 0); the nearest labelled row to
    // (1, 0) is (1.9, 0), 1.9 from the centre, inside the bound 1 + 1 but only just.
    std::vector<std::pair<float, float>> xy = { { 1.0f, 0.0f }, { -1.0f, 0.0f }, { 1.9f, 0.0f } };
    for (int i = 0; i < 16; ++i)
        xy.emplace_back(0.0f, 0.01f * static_cast<float>(i - 8));
    for (int i = 0; i < 130; ++i) // far away, so that the class is large enough for groups
        xy.emplace_back(100.0f, static_cast<float>(i));
    std::vector<float> rows;
    for (const auto& [x, y] : xy) {
        rows.push_back(x);
        rows.push_back(y);
    }
    const auto n = static_cast<std::int64_t>(xy.size());
    std::vector<int> groups(static_cast<std::size_t>(n), 1);
    groups[0] = groups[1] = 0;
    Labels labels;
    for (std::int64_t row = 2; row < n; ++row)
        labels.emplace_back(row, TraceLabel::Normal);
    NullProgress progress;
    Propagator propagator(rows.data(), n, 2, DistanceMetric::Euclidean);
    propagator.setRowGroups(groups);
    propagator.setHumanLabels(labels, progress);
    REQUIRE(propagator.at(0).nearestNormal == 2);
    REQUIRE(propagator.at(0).distanceNormal == Approx(0.9f));
    REQUIRE(propagator.at(1).nearestNormal == 3 + 8); // (0, 0)
}

TEST_CASE("row groups of the wrong size or with a negative group are refused", "[propagation]")
{
    const std::vector<float> rows = points({ { 1, 0 }, { 0, 1 }, { 1, 1 } });
    Propagator propagator(rows.data(), 3, 2);
    REQUIRE_THROWS_WITH(propagator.setRowGroups({ 0, 1 }), Catch::Contains("2 row groups given for 3 rows"));
    REQUIRE_THROWS_WITH(propagator.setRowGroups({ 0, -1, 2 }), Catch::Contains("row 1 has the negative group -1"));
    propagator.setRowGroups({ 0, 0, 1 });
    propagator.setRowGroups({}); // removes them
}

TEST_CASE("bad rows and labels are refused without changing anything", "[propagation]")
{
    const std::vector<float> rows = points({ { 1, 0 }, { 0, 1 }, { 1, 1 } });
    Propagator propagator(rows.data(), 3, 2);
    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal } }, progress);
    REQUIRE_THROWS_AS(propagator.setHumanLabels({ { 1, TraceLabel::Abnormal }, { 3, TraceLabel::Normal } }, progress),
        UsageError);
    REQUIRE_THROWS_AS(propagator.setHumanLabels({ { -1, TraceLabel::Normal } }, progress), UsageError);
    REQUIRE_THROWS_AS(propagator.setHumanLabels({ { 1, static_cast<TraceLabel>(7) } }, progress), UsageError);
    REQUIRE(propagator.humanCount() == 1);
    REQUIRE_FALSE(propagator.at(1).human);
    REQUIRE(propagator.at(1).label == TraceLabel::Normal);
    REQUIRE_THROWS_AS(propagator.at(3), UsageError);
    REQUIRE_THROWS_AS(propagator.at(-1), UsageError);

    NullProgress cancelled;
    cancelled.cancel();
    REQUIRE_THROWS_AS(propagator.setHumanLabels({ { 1, TraceLabel::Abnormal } }, cancelled), Cancelled);
    REQUIRE(propagator.humanCount() == 1);
    REQUIRE(propagator.at(1).label == TraceLabel::Normal);

    const std::vector<float> bad = points({ { 1, 0 }, { 0, std::nanf("") } });
    REQUIRE_THROWS_AS(Propagator(bad.data(), 2, 2), UsageError);
    REQUIRE_THROWS_AS(Propagator(rows.data(), 3, 0), UsageError);
    REQUIRE_THROWS_AS(Propagator(rows.data(), -1, 2), UsageError);
    REQUIRE_THROWS_AS(Propagator(nullptr, 3, 2), UsageError);
    Propagator empty(nullptr, 0, 2);
    REQUIRE(empty.size() == 0);
    empty.setHumanLabels({}, progress);
}

TEST_CASE("propagation speed on 1,000,000 x 64 rows", "[.bench]")
{
    using Clock = std::chrono::steady_clock;
    const std::int64_t n = 1'000'000;
    const int dim = 64;
    std::mt19937_64 random(7);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    std::vector<float> rows(static_cast<std::size_t>(n) * dim);
    for (float& v : rows)
        v = gauss(random);
    std::uniform_int_distribution<std::int64_t> anyRow(0, n - 1);
    auto batch = [&](int size) {
        Labels labels;
        for (int i = 0; i < size; ++i)
            labels.emplace_back(anyRow(random), random() % 2 ? TraceLabel::Abnormal : TraceLabel::Normal);
        return labels;
    };
    auto seconds = [](Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); };
    NullProgress progress;
    auto start = Clock::now();
    Propagator propagator(rows.data(), n, dim);
    std::cout << "construct (norms, finiteness check): " << seconds(start) << " s\n";
    const Labels first = batch(1000);
    start = Clock::now();
    propagator.setHumanLabels(first, progress);
    std::cout << "setHumanLabels, 1,000 labels: " << seconds(start) << " s\n";
    start = Clock::now();
    propagator.setHumanLabels(batch(10), progress);
    std::cout << "setHumanLabels, 10 more labels (incremental): " << seconds(start) << " s\n";
    Labels flip;
    for (int i = 0; i < 10; ++i)
        flip.emplace_back(first[static_cast<std::size_t>(i)].first,
            first[static_cast<std::size_t>(i)].second == TraceLabel::Normal ? TraceLabel::Abnormal : TraceLabel::Normal);
    start = Clock::now();
    propagator.setHumanLabels(flip, progress);
    std::cout << "setHumanLabels, 10 relabels: " << seconds(start) << " s\n";
    REQUIRE(propagator.humanCount() > 0);
}
