#include "core/eval/NeighbourAgreement.h"

#include "core/common/Error.h"
#include "core/sim/Random.h"

#include <algorithm>
#include <limits>
#include <string>

namespace tracemark {
namespace {

void checkLabels(const std::vector<int>& labels, std::int64_t n)
{
    if (static_cast<std::int64_t>(labels.size()) != n)
        throw UsageError("neighbour agreement: " + std::to_string(labels.size()) + " labels for "
            + std::to_string(n) + " rows");
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] != 0 && labels[i] != 1)
            throw UsageError("neighbour agreement: row " + std::to_string(i) + " has label "
                + std::to_string(labels[i]) + " (expected 0 = normal or 1 = abnormal)");
}

double share(std::int64_t part, std::int64_t whole)
{
    return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole)
                     : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

std::vector<std::int64_t> sampleQueryRows(std::int64_t n, std::int64_t maxQueries, std::uint64_t seed)
{
    std::vector<std::int64_t> rows(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)));
    for (std::int64_t i = 0; i < n; ++i)
        rows[static_cast<std::size_t>(i)] = i;
    if (maxQueries <= 0 || maxQueries >= n)
        return rows;
    // Partial Fisher-Yates: the first maxQueries slots become a uniform sample without replacement.
    sim::Rng rng(seed);
    for (std::int64_t i = 0; i < maxQueries; ++i) {
        const auto remaining = static_cast<std::uint64_t>(n - i);
        const auto pick = i + static_cast<std::int64_t>(rng.next() % remaining); // bias ~n/2^64, negligible
        std::swap(rows[static_cast<std::size_t>(i)], rows[static_cast<std::size_t>(pick)]);
    }
    rows.resize(static_cast<std::size_t>(maxQueries));
    std::sort(rows.begin(), rows.end());
    return rows;
}

NeighbourAgreement neighbourAgreement(const std::vector<std::int64_t>& queries,
    const std::vector<std::int64_t>& neighbours, const std::vector<int>& labels)
{
    if (queries.size() != neighbours.size())
        throw UsageError("neighbour agreement: " + std::to_string(neighbours.size()) + " neighbours for "
            + std::to_string(queries.size()) + " queries");
    checkLabels(labels, static_cast<std::int64_t>(labels.size()));
    const auto inRange
        = [&](std::int64_t row) { return row >= 0 && row < static_cast<std::int64_t>(labels.size()); };
    std::int64_t agree[2] = { 0, 0 };
    std::int64_t total[2] = { 0, 0 };
    for (std::size_t i = 0; i < queries.size(); ++i) {
        if (!inRange(queries[i]) || !inRange(neighbours[i]))
            throw UsageError("neighbour agreement: query " + std::to_string(queries[i]) + " or its neighbour "
                + std::to_string(neighbours[i]) + " is not one of the " + std::to_string(labels.size())
                + " labelled rows");
        const int label = labels[static_cast<std::size_t>(queries[i])];
        ++total[label];
        if (labels[static_cast<std::size_t>(neighbours[i])] == label)
            ++agree[label];
    }
    NeighbourAgreement result;
    result.traces = total[0] + total[1];
    result.abnormalTraces = total[1];
    result.overall = share(agree[0] + agree[1], result.traces);
    result.normal = share(agree[0], total[0]);
    result.abnormal = share(agree[1], total[1]);
    return result;
}

NeighbourAgreement nearestNeighbourAgreement(const float* rows, std::int64_t n, int dim,
    const std::vector<int>& labels, DistanceMetric metric, Progress& progress, int threads, std::int64_t maxQueries,
    std::uint64_t seed)
{
    if (n < 2)
        throw UsageError("neighbour agreement needs at least two rows, got " + std::to_string(n));
    checkLabels(labels, n);
    const std::vector<std::int64_t> queries = sampleQueryRows(n, maxQueries, seed);
    const std::vector<std::int64_t> neighbours
        = nearestNeighboursOf(rows, n, dim, queries, metric, progress, threads);
    return neighbourAgreement(queries, neighbours, labels);
}

} // namespace tracemark
