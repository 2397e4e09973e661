// NearestCandidateSearch with row groups: the triangle-inequality pruning described in
// NearestCandidateSearch.h. Queries are taken group by group. The panel of candidates nearest the
// group's centre G gives every query an upper bound e(q) on the distance of its answer; the
// queries, sorted by their reach |q - G| + e(q) (plus a safety margin), are then scanned in
// slices, each over the leading panels of the candidates packed nearest G first that hold every
// candidate c with |G - c| within the slice's largest reach. Ties are broken by row, not by
// packing position, so the winner is exactly the full search's. Needs at least one panel of
// candidates (NearestCandidateSearch::search sends fewer to the plain scan).
#include "core/select/NearestCandidateSearch.h"

#include "core/common/Error.h"
#include "core/common/ParallelBlocks.h"
#include "core/select/CandidateScan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <utility>

namespace tracemark {
namespace {

constexpr std::int64_t kMaxCentreBlocks = 16; // row blocks summed apart when computing centres
constexpr std::size_t kSliceQueries = 64;   // queries that share how many candidates are scored
// Squared-distance safety margin, relative to the squared scale of the pair: float scores carry a
// relative error near 64 * 2^-24, far below it, so a candidate skipped is farther even in floats.
constexpr double kSafetyMargin = 1e-4;

double distanceBetween(const double* a, const double* b, std::size_t dim)
{
    double sum = 0;
    for (std::size_t d = 0; d < dim; ++d)
        sum += (a[d] - b[d]) * (a[d] - b[d]);
    return std::sqrt(sum);
}

} // namespace

void NearestCandidateSearch::groupingPoint(std::int64_t row, double* out) const
{
    const std::size_t r = static_cast<std::size_t>(row);
    const float* values = rows_ + r * static_cast<std::size_t>(dim_);
    const double scale = metric_ == DistanceMetric::Cosine ? static_cast<double>(inverseNorm_[r]) : 1.0;
    for (int d = 0; d < dim_; ++d)
        out[d] = static_cast<double>(values[d]) * scale;
}

void NearestCandidateSearch::setRowGroups(const std::vector<int>& groupOf)
{
    if (groupOf.empty()) {
        groupOf_.clear();
        groupCount_ = 0;
        groupCentres_.clear();
        distanceToGroupCentre_.clear();
        return;
    }
    if (static_cast<std::int64_t>(groupOf.size()) != n_)
        throw UsageError("propagation: " + std::to_string(groupOf.size()) + " row groups given for "
            + std::to_string(n_) + " rows");
    const auto lowest = std::min_element(groupOf.begin(), groupOf.end());
    if (*lowest < 0)
        throw UsageError("propagation: row " + std::to_string(lowest - groupOf.begin()) + " has the negative group "
            + std::to_string(*lowest));
    const int groupCount = *std::max_element(groupOf.begin(), groupOf.end()) + 1;
    const std::size_t dim = static_cast<std::size_t>(dim_);
    // Centres: each of a fixed number of row blocks sums its rows per group, and the blocks are
    // added in order, so the centres do not depend on the thread count.
    const std::int64_t blockRows = std::max<std::int64_t>(65536, (n_ + kMaxCentreBlocks - 1) / kMaxCentreBlocks);
    const std::int64_t blockCount = (n_ + blockRows - 1) / blockRows;
    const std::size_t centreValues = static_cast<std::size_t>(groupCount) * dim;
    std::vector<std::vector<double>> blockSums(static_cast<std::size_t>(blockCount));
    std::vector<std::vector<std::int64_t>> blockMembers(static_cast<std::size_t>(blockCount));
    NullProgress quiet;
    forEachBlock(blockCount, threads_, quiet, [&](std::int64_t block) {
        std::vector<double>& sums = blockSums[static_cast<std::size_t>(block)];
        std::vector<std::int64_t>& members = blockMembers[static_cast<std::size_t>(block)];
        sums.assign(centreValues, 0.0);
        members.assign(static_cast<std::size_t>(groupCount), 0);
        std::vector<double> point(dim);
        for (std::int64_t row = block * blockRows; row < std::min(n_, (block + 1) * blockRows); ++row) {
            const std::size_t g = static_cast<std::size_t>(groupOf[static_cast<std::size_t>(row)]);
            groupingPoint(row, point.data());
            for (std::size_t d = 0; d < dim; ++d)
                sums[g * dim + d] += point[d];
            ++members[g];
        }
    });
    std::vector<double> centres(centreValues, 0.0);
    std::vector<std::int64_t> members(static_cast<std::size_t>(groupCount), 0);
    for (std::size_t block = 0; block < blockSums.size(); ++block) {
        for (std::size_t i = 0; i < centreValues; ++i)
            centres[i] += blockSums[block][i];
        for (std::size_t g = 0; g < members.size(); ++g)
            members[g] += blockMembers[block][g];
    }
    for (std::size_t g = 0; g < members.size(); ++g)
        for (std::size_t d = 0; d < dim && members[g] > 0; ++d)
            centres[g * dim + d] /= static_cast<double>(members[g]);
    std::vector<double> distances(static_cast<std::size_t>(n_));
    forEachBlock(blockCount, threads_, quiet, [&](std::int64_t block) {
        std::vector<double> point(dim);
        for (std::int64_t row = block * blockRows; row < std::min(n_, (block + 1) * blockRows); ++row) {
            groupingPoint(row, point.data());
            const std::size_t g = static_cast<std::size_t>(groupOf[static_cast<std::size_t>(row)]);
            distances[static_cast<std::size_t>(row)] = distanceBetween(point.data(), centres.data() + g * dim, dim);
        }
    });
    groupOf_ = groupOf;
    groupCount_ = groupCount;
    groupCentres_ = std::move(centres);
    distanceToGroupCentre_ = std::move(distances);
}

std::vector<NearestCandidate> NearestCandidateSearch::searchInGroups(const std::vector<std::int64_t>& candidates,
    const std::vector<std::int64_t>* queries, Progress& progress) const
{
    using namespace candidate_scan;
    const ScanContext context = makeScanContext(rows_, dim_, metric_, inverseNorm_, squaredNorm_);
    const std::size_t dim = static_cast<std::size_t>(dim_);
    const bool cosine = metric_ == DistanceMetric::Cosine;
    const std::size_t queryCount = queries ? queries->size() : static_cast<std::size_t>(n_);
    const QueryRows given{ queries ? queries->data() : nullptr };

    // Candidates in the grouping space. Under cosine a zero candidate scores 0 against every
    // query, which is no point of that space, so it is never skipped.
    const std::size_t candidateCount = candidates.size();
    std::vector<double> candidatePoints(candidateCount * dim);
    std::vector<char> neverSkip(candidateCount, 0);
    double largestCandidateNorm = 0;
    for (std::size_t k = 0; k < candidateCount; ++k) {
        groupingPoint(candidates[k], candidatePoints.data() + k * dim);
        const std::size_t row = static_cast<std::size_t>(candidates[k]);
        neverSkip[k] = cosine && inverseNorm_[row] == 0.0f;
        if (!cosine)
            largestCandidateNorm = std::max(largestCandidateNorm, std::sqrt(static_cast<double>(squaredNorm_[row])));
    }
    const CandidatePanels everyCandidate = packCandidates(context, candidates);

    // Query positions sorted by group; zero rows under cosine (equally far from everything) form
    // the extra group groupCount_, which is searched over every candidate.
    const int unbounded = groupCount_;
    auto groupOfPosition = [&](std::size_t position) {
        const std::size_t row = static_cast<std::size_t>(given.row(position));
        return cosine && inverseNorm_[row] == 0.0f ? unbounded : groupOf_[row];
    };
    std::vector<std::size_t> groupStart(static_cast<std::size_t>(groupCount_) + 2, 0);
    for (std::size_t i = 0; i < queryCount; ++i)
        ++groupStart[static_cast<std::size_t>(groupOfPosition(i)) + 1];
    std::partial_sum(groupStart.begin(), groupStart.end(), groupStart.begin());
    std::vector<std::size_t> byGroup(queryCount); // query positions, group by group
    std::vector<std::int64_t> byGroupRows(queryCount);
    {
        std::vector<std::size_t> next(groupStart.begin(), groupStart.end() - 1);
        for (std::size_t i = 0; i < queryCount; ++i) {
            const std::size_t slot = next[static_cast<std::size_t>(groupOfPosition(i))]++;
            byGroup[slot] = i;
            byGroupRows[slot] = given.row(i);
        }
    }
    // One task per group, the largest first, so that the threads finish together.
    std::vector<int> taskGroups;
    for (int g = 0; g <= unbounded; ++g)
        if (groupStart[static_cast<std::size_t>(g) + 1] > groupStart[static_cast<std::size_t>(g)])
            taskGroups.push_back(g);
    auto groupSize = [&](int g) {
        return groupStart[static_cast<std::size_t>(g) + 1] - groupStart[static_cast<std::size_t>(g)];
    };
    std::stable_sort(taskGroups.begin(), taskGroups.end(), [&](int a, int b) { return groupSize(a) > groupSize(b); });

    std::vector<NearestCandidate> found(queryCount); // in byGroup order
    const QueryRows sortedRows{ byGroupRows.data() };
    auto searchGroup = [&](int group) {
        const std::size_t begin = groupStart[static_cast<std::size_t>(group)];
        const std::size_t count = groupSize(group);
        if (group == unbounded) {
            scanQueries(context, everyCandidate, sortedRows, begin, begin + count, found.data() + begin, progress);
            return;
        }
        // Distances of the candidates to the centre (never-skipped ones count as nearest of all).
        const double* centre = groupCentres_.data() + static_cast<std::size_t>(group) * dim;
        std::vector<double> toCentre(candidateCount);
        for (std::size_t k = 0; k < candidateCount; ++k)
            toCentre[k] = neverSkip[k] ? -1.0 : distanceBetween(centre, candidatePoints.data() + k * dim, dim);
        auto nearerCentre = [&](std::size_t a, std::size_t b) {
            return toCentre[a] < toCentre[b] || (toCentre[a] == toCentre[b] && a < b);
        };
        std::vector<std::size_t> order(candidateCount);
        std::iota(order.begin(), order.end(), 0);
        const auto firstEnd = order.begin() + kWidth;
        std::partial_sort(order.begin(), firstEnd, order.end(), nearerCentre);

        // The panel of candidates nearest the centre gives every query an upper bound E on the
        // distance of its answer, so its answer lies within reach = |q - G| + E of the centre.
        std::vector<NearestCandidate> first(count);
        std::vector<std::int64_t> packedOrder;
        for (auto k = order.begin(); k != firstEnd; ++k)
            packedOrder.push_back(candidates[*k]);
        scanQueries(context, packCandidates(context, packedOrder), sortedRows, begin, begin + count, first.data(),
            progress);
        std::vector<std::pair<double, std::size_t>> reach(count); // (reach, slot in the group)
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t row = static_cast<std::size_t>(byGroupRows[begin + i]);
            const double score = first[i].score;
            double reachOfQuery = std::numeric_limits<double>::infinity();
            if (first[i].row >= 0 && std::isfinite(score)) {
                const double squaredNorm = cosine ? 1.0 : static_cast<double>(squaredNorm_[row]);
                const double boundSquared = cosine ? 2.0 + 2.0 * score * static_cast<double>(inverseNorm_[row])
                                                   : squaredNorm + score;
                const double scale = cosine ? 2.0 : std::sqrt(squaredNorm) + largestCandidateNorm;
                reachOfQuery = distanceToGroupCentre_[row]
                    + std::sqrt(std::max(0.0, boundSquared) + kSafetyMargin * scale * scale);
            }
            reach[i] = { reachOfQuery, i };
        }
        std::sort(reach.begin(), reach.end());

        // Only the candidates within the farthest reach are ordered and packed, nearest first.
        const auto withinEnd = std::partition(firstEnd, order.end(),
            [&](std::size_t k) { return toCentre[k] <= reach.back().first; });
        std::sort(firstEnd, withinEnd, nearerCentre);
        for (auto k = firstEnd; k != withinEnd; ++k)
            packedOrder.push_back(candidates[*k]);
        const CandidatePanels panels = packCandidates(context, packedOrder);
        std::vector<double> sortedToCentre;
        for (std::int64_t i = 0; i < static_cast<std::int64_t>(packedOrder.size()); ++i)
            sortedToCentre.push_back(toCentre[order[static_cast<std::size_t>(i)]]);

        // Queries that reach equally far are scanned together, each slice over the panels that
        // hold every candidate within its farthest reach.
        std::vector<std::int64_t> slicedRows(count);
        std::vector<std::size_t> slicedPositions(count);
        for (std::size_t i = 0; i < count; ++i) {
            slicedRows[i] = byGroupRows[begin + reach[i].second];
            slicedPositions[i] = byGroup[begin + reach[i].second];
        }
        std::copy(slicedRows.begin(), slicedRows.end(), byGroupRows.begin() + static_cast<std::ptrdiff_t>(begin));
        std::copy(slicedPositions.begin(), slicedPositions.end(), byGroup.begin() + static_cast<std::ptrdiff_t>(begin));
        for (std::size_t slice = 0; slice < count; slice += kSliceQueries) {
            const std::size_t sliceEnd = std::min(count, slice + kSliceQueries);
            const std::size_t within = static_cast<std::size_t>(std::upper_bound(sortedToCentre.begin(),
                sortedToCentre.end(), reach[sliceEnd - 1].first) - sortedToCentre.begin());
            const std::int64_t panelLimit = std::max<std::int64_t>(1, static_cast<std::int64_t>((within + kWidth - 1) / kWidth));
            scanQueries(context, panels, sortedRows, begin + slice, begin + sliceEnd, found.data() + begin + slice,
                progress, panelLimit);
        }
    };
    forEachBlock(static_cast<std::int64_t>(taskGroups.size()), threads_, progress,
        [&](std::int64_t t) { searchGroup(taskGroups[static_cast<std::size_t>(t)]); }, "distances to labelled traces");

    std::vector<NearestCandidate> result(queryCount);
    for (std::size_t slot = 0; slot < queryCount; ++slot) {
        NearestCandidate out = found[slot];
        const std::int64_t query = byGroupRows[slot];
        if (std::binary_search(candidates.begin(), candidates.end(), query))
            out = { query, -std::numeric_limits<float>::infinity() };
        else if (out.row < 0) // every score overflowed to +inf: all candidates are equally far
            out = { candidates.front(), std::numeric_limits<float>::infinity() };
        result[byGroup[slot]] = out;
    }
    return result;
}

} // namespace tracemark
