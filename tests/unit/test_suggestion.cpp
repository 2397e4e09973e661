// Active learning: which traces are suggested for labelling next, in what order and why; and the
// per-trace signals (error spans, latency against the path's mean) worked out by hand.
#include "core/common/Error.h"
#include "core/select/Suggestion.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

using namespace tracemark;

namespace {

// Normal labelled at x = 0 (row 0), abnormal at x = 10 (row 1); unlabelled traces on the line:
//   row 2  x = 1   normal,   confidence (9-1)/10 = 0.8   uncertainty 0.2
//   row 3  x = 4   normal,   confidence (6-4)/10 = 0.2   uncertainty 0.8
//   row 4  x = 6   abnormal, confidence 0.2              uncertainty 0.8
//   row 5  x = 5   abnormal (a tie), confidence 0        uncertainty 1
//   row 6  x = 9   abnormal, confidence 0.8              uncertainty 0.2
const std::vector<float> kLine { 0, 0, 10, 0, 1, 0, 4, 0, 6, 0, 5, 0, 9, 0 };

struct LineFixture {
    Propagator propagator { kLine.data(), 7, 2, DistanceMetric::Euclidean };
    LineFixture()
    {
        NullProgress progress;
        propagator.setHumanLabels({ { 0, TraceLabel::Normal }, { 1, TraceLabel::Abnormal } }, progress);
    }
};

std::vector<std::int64_t> rowsOf(const std::vector<Suggestion>& suggestions)
{
    std::vector<std::int64_t> rows;
    for (const Suggestion& s : suggestions)
        rows.push_back(s.row);
    return rows;
}

SuggestOptions countOf(int count)
{
    SuggestOptions options;
    options.count = count;
    return options;
}

} // namespace

TEST_CASE("the least certain traces come first, ties going to the lower row", "[suggestion]")
{
    LineFixture line;
    const auto suggestions = suggestNext(line.propagator, {}, {}, countOf(5));
    REQUIRE(rowsOf(suggestions) == std::vector<std::int64_t> { 5, 3, 4, 2, 6 });
    REQUIRE(suggestions[0].score == Approx(1.0));
    REQUIRE(suggestions[1].score == Approx(0.8));
    REQUIRE(suggestions[2].score == Approx(0.8));
    REQUIRE(suggestions[3].score == Approx(0.2));
    REQUIRE(suggestions[0].reason == "uncertain: margin 0.00");
    REQUIRE(suggestions[1].reason == "uncertain: margin 0.20");
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, {}, countOf(2))) == std::vector<std::int64_t> { 5, 3 });
    REQUIRE(suggestNext(line.propagator, {}, {}, countOf(0)).empty());
}

TEST_CASE("human-labelled traces are never suggested", "[suggestion]")
{
    LineFixture line;
    const auto all = rowsOf(suggestNext(line.propagator, {}, {}, countOf(100)));
    REQUIRE(all.size() == 5);
    for (std::int64_t row : all)
        REQUIRE(row >= 2);
    NullProgress progress;
    line.propagator.setHumanLabels({ { 5, TraceLabel::Abnormal }, { 3, TraceLabel::Normal } }, progress);
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, {}, countOf(100))) == std::vector<std::int64_t> { 4, 2, 6 });
    line.propagator.setHumanLabels(
        { { 2, TraceLabel::Normal }, { 4, TraceLabel::Abnormal }, { 6, TraceLabel::Abnormal } }, progress);
    REQUIRE(suggestNext(line.propagator, {}, {}, countOf(10)).empty());
}

TEST_CASE("a contradicting signal lifts a confident trace only as far as the weights say", "[suggestion]")
{
    LineFixture line;
    std::vector<TraceSignals> signals(7);
    signals[2].hasError = true;   // confidently normal (uncertainty 0.2) but with error spans: +0.5
    signals[4].hasError = true;   // abnormal with errors: nothing contradicts
    signals[5].hasError = true;
    signals[3].latencyZ = 1.0;    // normal, clean, ordinary: nothing contradicts
    signals[6].latencyZ = -0.4;   // abnormal with no error and ordinary latency: +0.2

    // Defaults: row 2 scores 0.2 + 0.5 = 0.7, still below the uncertain rows 3 and 4 (0.8).
    const auto suggestions = suggestNext(line.propagator, signals, {}, countOf(5));
    REQUIRE(rowsOf(suggestions) == std::vector<std::int64_t> { 5, 3, 4, 2, 6 });
    REQUIRE(suggestions[0].score == Approx(1.0));
    REQUIRE(suggestions[1].score == Approx(0.8));
    REQUIRE(suggestions[2].score == Approx(0.8));
    REQUIRE(suggestions[3].score == Approx(0.7));
    REQUIRE(suggestions[3].reason == "propagated normal but has error spans (confidence 0.80)");
    REQUIRE(suggestions[4].score == Approx(0.4)); // 0.2 + 0.2
    REQUIRE(suggestions[4].reason == "propagated abnormal but no error spans and ordinary latency (confidence 0.80)");
    REQUIRE(suggestions[1].reason == "uncertain: margin 0.20");
}

TEST_CASE("weights decide whether an error outranks uncertainty", "[suggestion]")
{
    LineFixture line;
    std::vector<TraceSignals> signals(7);
    signals[2].hasError = true; // row 2: normal, confidence 0.8, with error spans
    // The abnormal rows 4-6 have no error and ordinary latency: leave that term out here.
    SuggestOptions base = countOf(5);
    base.ordinaryWeight = 0;

    SuggestOptions options = base;
    options.errorWeight = 0.5; // 0.2 + 0.5 = 0.7 < 0.8
    REQUIRE(rowsOf(suggestNext(line.propagator, signals, {}, options)) == std::vector<std::int64_t> { 5, 3, 4, 2, 6 });
    options.errorWeight = 0.7; // 0.2 + 0.7 = 0.9: above rows 3 and 4, below row 5 (1.0)
    auto suggestions = suggestNext(line.propagator, signals, {}, options);
    REQUIRE(rowsOf(suggestions) == std::vector<std::int64_t> { 5, 2, 3, 4, 6 });
    REQUIRE(suggestions[1].score == Approx(0.9));
    options.errorWeight = 0.0; // signals ignored
    REQUIRE(rowsOf(suggestNext(line.propagator, signals, {}, options)) == std::vector<std::int64_t> { 5, 3, 4, 2, 6 });

    // Latency: z = 3.5 on row 2 counts from a threshold of 3 (0.2 + 0.3 = 0.5 with no error).
    signals[2] = TraceSignals { false, 3.5 };
    options = base;
    suggestions = suggestNext(line.propagator, signals, {}, options);
    REQUIRE(suggestions[3].row == 2);
    REQUIRE(suggestions[3].score == Approx(0.5));
    REQUIRE(suggestions[3].reason == "propagated normal but latency 3.5 sd above its path (confidence 0.80)");
    options.latencyZThreshold = 4.0; // no longer far enough
    suggestions = suggestNext(line.propagator, signals, {}, options);
    REQUIRE(suggestions[3].score == Approx(0.2));
    options = base;
    options.latencyWeight = 0.65; // 0.2 + 0.65 = 0.85: above 0.8
    REQUIRE(rowsOf(suggestNext(line.propagator, signals, {}, options)) == std::vector<std::int64_t> { 5, 2, 3, 4, 6 });

    // Both signals: 0.2 + 0.5 + 0.3.
    signals[2] = TraceSignals { true, 4.3 };
    suggestions = suggestNext(line.propagator, signals, {}, countOf(5));
    const auto found = std::find_if(suggestions.begin(), suggestions.end(), [](const Suggestion& s) { return s.row == 2; });
    REQUIRE(found->score == Approx(1.0));
    REQUIRE(found->reason
        == "propagated normal but has error spans and latency 4.3 sd above its path (confidence 0.80)");
}

TEST_CASE("suggestions spread over clusters before taking a second trace of one", "[suggestion]")
{
    LineFixture line;
    // Cluster 0: rows 2 (0.2) and 3 (0.8); cluster 1: rows 4 (0.8) and 5 (1.0); cluster 2: row 6 (0.2).
    const std::vector<int> clusters { 0, 1, 0, 0, 1, 1, 2 };
    // Round 1: 5 (1.0), 3 (0.8), 6 (0.2); round 2: 4 (0.8), 2 (0.2).
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, clusters, countOf(5))) == std::vector<std::int64_t> { 5, 3, 6, 4, 2 });
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, clusters, countOf(3))) == std::vector<std::int64_t> { 5, 3, 6 });
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, clusters, countOf(1))) == std::vector<std::int64_t> { 5 });

    // Negative numbers are one "unclustered" group: rows 2, 3 and 4 together, rows 5 and 6 in 7.
    const std::vector<int> unclustered { 0, 0, -1, -1, -2, 7, 7 };
    // Round 1: 5 (1.0), 3 (0.8; ties with 4, lower row); round 2: 4 (0.8), 6 (0.2); round 3: 2.
    REQUIRE(rowsOf(suggestNext(line.propagator, {}, unclustered, countOf(5)))
        == std::vector<std::int64_t> { 5, 3, 4, 6, 2 });
}

TEST_CASE("suggestions before any label and with one class labelled", "[suggestion]")
{
    const std::vector<float> rows { 0, 0, 1, 0, 3, 0, 2, 0 };
    Propagator propagator(rows.data(), 4, 2, DistanceMetric::Euclidean);
    auto suggestions = suggestNext(propagator, {}, {}, countOf(2));
    REQUIRE(rowsOf(suggestions) == std::vector<std::int64_t> { 0, 1 });
    REQUIRE(suggestions[0].score == 1.0);
    REQUIRE(suggestions[0].reason == "no trace labelled yet");

    NullProgress progress;
    propagator.setHumanLabels({ { 0, TraceLabel::Normal } }, progress);
    // Distances 1, 3, 2; farthest 3: confidences 1/3, 0, 1/6 -> the farthest first.
    suggestions = suggestNext(propagator, {}, {}, countOf(3));
    REQUIRE(rowsOf(suggestions) == std::vector<std::int64_t> { 2, 3, 1 });
    REQUIRE(suggestions[1].score == Approx(1.0 - 1.0 / 6.0));
    REQUIRE(suggestions[0].reason == "uncertain: confidence 0.00, no abnormal trace labelled yet");
}

TEST_CASE("suggestions are deterministic", "[suggestion]")
{
    const std::int64_t n = 3000;
    const int dim = 16;
    std::mt19937_64 random(11);
    std::normal_distribution<float> gauss(0.0f, 1.0f);
    std::vector<float> rows(static_cast<std::size_t>(n) * dim);
    for (float& v : rows)
        v = gauss(random);
    std::vector<TraceSignals> signals(static_cast<std::size_t>(n));
    std::vector<int> clusters(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < signals.size(); ++i) {
        signals[i] = TraceSignals { random() % 7 == 0, gauss(random) * 2.0 };
        clusters[i] = static_cast<int>(random() % 25);
    }
    std::vector<std::pair<std::int64_t, TraceLabel>> labels;
    for (std::int64_t row = 0; row < n; row += 97)
        labels.emplace_back(row, row % 3 == 0 ? TraceLabel::Abnormal : TraceLabel::Normal);
    NullProgress progress;
    Propagator first(rows.data(), n, dim, DistanceMetric::Cosine, 1);
    first.setHumanLabels(labels, progress);
    Propagator second(rows.data(), n, dim, DistanceMetric::Cosine, 4);
    second.setHumanLabels(labels, progress);
    const auto a = suggestNext(first, signals, clusters, countOf(40));
    const auto b = suggestNext(second, signals, clusters, countOf(40));
    REQUIRE(a.size() == 40);
    for (std::size_t i = 0; i < a.size(); ++i) {
        REQUIRE(a[i].row == b[i].row);
        REQUIRE(a[i].score == b[i].score);
        REQUIRE(a[i].reason == b[i].reason);
        REQUIRE_FALSE(first.at(a[i].row).human);
    }
    // 25 clusters: the first 25 suggestions come from 25 different clusters.
    std::vector<bool> seen(25, false);
    for (std::size_t i = 0; i < 25; ++i) {
        REQUIRE_FALSE(seen[static_cast<std::size_t>(clusters[static_cast<std::size_t>(a[i].row)])]);
        seen[static_cast<std::size_t>(clusters[static_cast<std::size_t>(a[i].row)])] = true;
    }
    // Within a round, scores do not increase.
    for (std::size_t i = 1; i < 25; ++i)
        REQUIRE(a[i].score <= a[i - 1].score);
}

TEST_CASE("bad suggestion options are refused", "[suggestion]")
{
    LineFixture line;
    REQUIRE_THROWS_AS(suggestNext(line.propagator, std::vector<TraceSignals>(3), {}, countOf(2)), UsageError);
    REQUIRE_THROWS_AS(suggestNext(line.propagator, {}, std::vector<int>(8), countOf(2)), UsageError);
    REQUIRE_THROWS_AS(suggestNext(line.propagator, {}, {}, countOf(-1)), UsageError);
    SuggestOptions options;
    options.errorWeight = -0.1;
    REQUIRE_THROWS_AS(suggestNext(line.propagator, {}, {}, options), UsageError);
    options = SuggestOptions {};
    options.latencyZThreshold = 0;
    REQUIRE_THROWS_AS(suggestNext(line.propagator, {}, {}, options), UsageError);
}

TEST_CASE("trace signals: error spans and log-latency z within the path", "[suggestion]")
{
    // Path 7: 100, 10000, 1000, 1000 ns -> ln = {2, 4, 3, 3} * ln10; mean 3 ln10, deviations
    //         {-1, 1, 0, 0} ln10, population sd sqrt(2/4) ln10 -> z = {-sqrt2, sqrt2, 0, 0}.
    // Path 9: one trace -> 0.   Path 5: 0 and -5 ns both count as 1 ns -> equal -> 0.
    // Path 11: 10 and 100 ns -> ln10 and 2 ln10: z = -1 and +1.
    const std::vector<std::uint64_t> paths { 7, 7, 9, 7, 5, 7, 5, 11, 11 };
    const std::vector<std::int64_t> latency { 100, 10000, 1234, 1000, 0, 1000, -5, 10, 100 };
    const std::vector<int> errors { 0, 2, 0, 1, 0, 0, 0, 0, 5 };
    const auto signals = computeTraceSignals(paths, latency, errors);
    REQUIRE(signals.size() == 9);
    REQUIRE(signals[0].latencyZ == Approx(-std::sqrt(2.0)));
    REQUIRE(signals[1].latencyZ == Approx(std::sqrt(2.0)));
    REQUIRE(signals[3].latencyZ == Approx(0.0).margin(1e-12));
    REQUIRE(signals[5].latencyZ == Approx(0.0).margin(1e-12));
    REQUIRE(signals[2].latencyZ == 0.0);
    REQUIRE(signals[4].latencyZ == 0.0);
    REQUIRE(signals[6].latencyZ == 0.0);
    REQUIRE(signals[7].latencyZ == Approx(-1.0));
    REQUIRE(signals[8].latencyZ == Approx(1.0));
    const std::vector<bool> hasError { false, true, false, true, false, false, false, false, true };
    for (std::size_t i = 0; i < 9; ++i)
        REQUIRE(signals[i].hasError == hasError[i]);

    // Ten traces at 1 us and one at 1 ms: ln = 3 ln10 (x10) and 6 ln10; mean 36/11 ln10; the
    // outlier's deviation 30/11, the others' -3/11; variance (10 * 9 + 900) / 121 / 11 = 90/121.
    // z = (30/11) / (sqrt90/11) = sqrt10 for the outlier, -3/sqrt90 for the others.
    std::vector<std::uint64_t> samePath(11, 42);
    std::vector<std::int64_t> mostlyFast(11, 1000);
    mostlyFast[4] = 1'000'000;
    const auto outlier = computeTraceSignals(samePath, mostlyFast, std::vector<int>(11, 0));
    REQUIRE(outlier[4].latencyZ == Approx(std::sqrt(10.0)));
    REQUIRE(outlier[0].latencyZ == Approx(-3.0 / std::sqrt(90.0)));
    REQUIRE(outlier[10].latencyZ == Approx(-3.0 / std::sqrt(90.0)));

    // Equal latencies whose mean rounds away from the value still give z = 0.
    const auto flat = computeTraceSignals({ 1, 1, 1 }, { 777, 777, 777 }, { 0, 0, 0 });
    for (const TraceSignals& s : flat)
        REQUIRE(s.latencyZ == 0.0);

    REQUIRE_THROWS_AS(computeTraceSignals({ 1, 2 }, { 5 }, { 0, 0 }), UsageError);
    REQUIRE_THROWS_AS(computeTraceSignals({ 1 }, { 5 }, { 0, 0 }), UsageError);
    REQUIRE(computeTraceSignals({}, {}, {}).empty());
}
