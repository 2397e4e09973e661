#include "core/select/RepresentativeSelection.h"

#include "core/common/Error.h"
#include "core/select/KMeans.h"
#include "core/select/KMeansInit.h"
#include "core/sim/Random.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace tracemark {
namespace {

constexpr std::uint64_t kSampleStream = 0x73616d706c65ull; // "sample"
constexpr std::uint64_t kGrowStream = 0x67726f77ull; // "grow"
constexpr std::uint64_t kRandomSelectorStream = 0x72616e646f6dull; // "random"

std::size_t at(std::int64_t i) { return static_cast<std::size_t>(i); }

void checkShape(const char* who, const float* rows, std::int64_t n, int dim)
{
    if (n < 1)
        throw UsageError(std::string(who) + ": there are no rows to select from (n = " + std::to_string(n) + ")");
    if (dim < 1)
        throw UsageError(std::string(who) + ": the dimension must be at least 1, got " + std::to_string(dim));
    if (rows == nullptr)
        throw UsageError(std::string(who) + ": no row data for " + std::to_string(n) + " rows");
}

int resolveClusterCount(const char* who, int k, std::int64_t n)
{
    if (k < 0 || k > n)
        throw UsageError(std::string(who) + ": k must be between 1 and the number of rows (" + std::to_string(n)
            + "), got " + std::to_string(k));
    return k == 0 ? defaultClusterCount(n) : k;
}

// Assigns every row to the nearest of `k` centres, keeps the clusters that got rows (renumbered
// in centre order) and picks each one's representative: its row nearest the centre, the lowest
// row among equals.
void finishSelection(const float* rows, std::int64_t n, int dim, std::vector<float> centres, int k,
    int threads, Progress& progress, Selection& selection)
{
    std::vector<float> squared;
    std::vector<int> nearest = assignToCentres(rows, n, dim, centres.data(), k, progress, threads, &squared);
    std::vector<std::int64_t> sizes(at(k), 0);
    std::vector<std::int64_t> best(at(k), -1);
    for (std::int64_t i = 0; i < n; ++i) {
        const int c = nearest[at(i)];
        ++sizes[at(c)];
        if (best[at(c)] < 0 || squared[at(i)] < squared[at(best[at(c)])])
            best[at(c)] = i;
    }
    std::vector<int> renumbered(at(k), -1);
    selection.dim = dim;
    selection.k = 0;
    for (int c = 0; c < k; ++c) {
        if (sizes[at(c)] == 0)
            continue;
        renumbered[at(c)] = selection.k++;
        selection.centres.insert(selection.centres.end(), centres.begin() + static_cast<std::ptrdiff_t>(c) * dim,
            centres.begin() + static_cast<std::ptrdiff_t>(c + 1) * dim);
        selection.representatives.push_back(best[at(c)]);
        selection.clusterSizes.push_back(sizes[at(c)]);
    }
    selection.clusterOf.resize(at(n));
    selection.distanceToCentre.resize(at(n));
    for (std::int64_t i = 0; i < n; ++i) {
        selection.clusterOf[at(i)] = renumbered[at(nearest[at(i)])];
        selection.distanceToCentre[at(i)] = std::sqrt(squared[at(i)]);
    }
}

} // namespace

int defaultClusterCount(std::int64_t n)
{
    if (n < 0)
        throw UsageError("default cluster count: negative row count " + std::to_string(n));
    const auto wanted = std::max<std::int64_t>(10, std::llround(0.001 * static_cast<double>(n)));
    return static_cast<int>(std::min(wanted, n));
}

std::vector<float> l2Normalised(const float* rows, std::int64_t n, int dim)
{
    std::vector<float> out(rows, rows + at(n) * static_cast<std::size_t>(std::max(dim, 0)));
    for (std::int64_t i = 0; i < n; ++i) {
        float* row = out.data() + at(i) * static_cast<std::size_t>(dim);
        double squared = 0;
        for (int d = 0; d < dim; ++d)
            squared += static_cast<double>(row[d]) * static_cast<double>(row[d]);
        if (squared <= 0)
            continue;
        const double scale = 1.0 / std::sqrt(squared);
        for (int d = 0; d < dim; ++d)
            row[d] = static_cast<float>(row[d] * scale);
    }
    return out;
}

std::vector<std::int64_t> stratifiedSample(
    const std::vector<std::uint64_t>& strata, std::int64_t n, double share, std::uint64_t seed)
{
    if (n < 0)
        throw UsageError("stratified sample: negative row count " + std::to_string(n));
    if (!(share > 0 && share <= 1))
        throw UsageError("stratified sample: the share must be in (0, 1], got " + std::to_string(share));
    if (!strata.empty() && static_cast<std::int64_t>(strata.size()) != n)
        throw UsageError("stratified sample: " + std::to_string(strata.size()) + " strata for "
            + std::to_string(n) + " rows");
    std::vector<std::int64_t> sample;
    if (n == 0)
        return sample;
    if (strata.empty()) {
        sim::Rng rng(sim::deriveSeed(seed, kSampleStream));
        const auto count = std::max<std::int64_t>(1, std::llround(share * static_cast<double>(n)));
        sample = distinctRandomRows(n, std::min(count, n), rng);
        std::sort(sample.begin(), sample.end());
        return sample;
    }
    // Rows grouped by stratum, in row order within a stratum.
    std::vector<std::pair<std::uint64_t, std::int64_t>> byStratum(at(n));
    for (std::int64_t i = 0; i < n; ++i)
        byStratum[at(i)] = { strata[at(i)], i };
    std::sort(byStratum.begin(), byStratum.end());
    for (std::size_t begin = 0; begin < byStratum.size();) {
        std::size_t end = begin;
        while (end < byStratum.size() && byStratum[end].first == byStratum[begin].first)
            ++end;
        const auto size = static_cast<std::int64_t>(end - begin);
        sim::Rng rng(sim::deriveSeed(seed, kSampleStream, byStratum[begin].first));
        const double wanted = share * static_cast<double>(size);
        auto count = static_cast<std::int64_t>(std::floor(wanted));
        if (rng.uniform() < wanted - static_cast<double>(count))
            ++count;
        count = std::min(size, std::max<std::int64_t>(1, count));
        for (std::int64_t pick : distinctRandomRows(size, count, rng))
            sample.push_back(byStratum[begin + at(pick)].second);
        begin = end;
    }
    std::sort(sample.begin(), sample.end());
    return sample;
}

Selection selectRepresentatives(const float* rows, std::int64_t n, int dim, const std::vector<std::uint64_t>& strata,
    const SelectionOptions& options, Progress& progress)
{
    const char* who = "representative selection";
    checkShape(who, rows, n, dim);
    const int k = resolveClusterCount(who, options.k, n);
    std::vector<std::int64_t> sample = stratifiedSample(strata, n, options.sampleShare, options.seed);
    if (static_cast<std::int64_t>(sample.size()) < k) {
        // Grow the sample with rows drawn uniformly from those not in it yet.
        std::vector<std::int64_t> rest;
        rest.reserve(at(n) - sample.size());
        std::size_t s = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            if (s < sample.size() && sample[s] == i)
                ++s;
            else
                rest.push_back(i);
        }
        sim::Rng rng(sim::deriveSeed(options.seed, kGrowStream));
        const auto missing = static_cast<std::int64_t>(k) - static_cast<std::int64_t>(sample.size());
        for (std::int64_t pick : distinctRandomRows(static_cast<std::int64_t>(rest.size()), missing, rng))
            sample.push_back(rest[at(pick)]);
        std::sort(sample.begin(), sample.end());
    }
    std::vector<float> sampleRows(sample.size() * static_cast<std::size_t>(dim));
    for (std::size_t s = 0; s < sample.size(); ++s)
        std::copy(rows + at(sample[s]) * static_cast<std::size_t>(dim), rows + at(sample[s] + 1) * static_cast<std::size_t>(dim),
            sampleRows.begin() + static_cast<std::ptrdiff_t>(s) * dim);

    KMeansOptions kmeansOptions;
    kmeansOptions.k = k;
    kmeansOptions.maxIterations = options.maxIterations;
    kmeansOptions.seed = options.seed;
    kmeansOptions.threads = options.threads;
    kmeansOptions.init = KMeansInit::PlusPlus;
    SubProgress clustering(progress, 0.0, 0.7);
    KMeansResult fitted = kmeans(sampleRows.data(), static_cast<std::int64_t>(sample.size()), dim, kmeansOptions, clustering);

    Selection selection;
    selection.sampleSize = static_cast<std::int64_t>(sample.size());
    selection.iterations = fitted.iterations;
    SubProgress assigning(progress, 0.7, 1.0);
    finishSelection(rows, n, dim, std::move(fitted.centres), k, options.threads, assigning, selection);
    progress.report(1.0, "representatives selected");
    return selection;
}

Selection selectRandomRepresentatives(
    const float* rows, std::int64_t n, int dim, const SelectionOptions& options, Progress& progress)
{
    const char* who = "random representative selection";
    checkShape(who, rows, n, dim);
    const int k = resolveClusterCount(who, options.k, n);
    sim::Rng rng(sim::deriveSeed(options.seed, kRandomSelectorStream));
    std::vector<std::int64_t> drawn = distinctRandomRows(n, k, rng);
    std::sort(drawn.begin(), drawn.end());
    std::vector<float> centres(at(k) * static_cast<std::size_t>(dim));
    for (int c = 0; c < k; ++c)
        std::copy(rows + at(drawn[at(c)]) * static_cast<std::size_t>(dim), rows + at(drawn[at(c)] + 1) * static_cast<std::size_t>(dim),
            centres.begin() + static_cast<std::ptrdiff_t>(c) * dim);
    Selection selection;
    selection.sampleSize = k;
    finishSelection(rows, n, dim, std::move(centres), k, options.threads, progress, selection);
    progress.report(1.0, "random representatives selected");
    return selection;
}

} // namespace tracemark
