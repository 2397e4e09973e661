#include "core/select/NearestCandidateSearch.h"

#include "core/common/Error.h"
#include "core/common/ParallelBlocks.h"
#include "core/select/CandidateScan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tracemark {
namespace {

constexpr int kGroupsPerTask = 16; // kernel query groups handed to a thread at a time
constexpr std::int64_t kRowsPerNormBlock = 16384;
// Below this the grouped search's own work (packing and ordering per group) costs more than the
// distances it saves.
constexpr std::size_t kFewestCandidatesForGroups = 8 * candidate_scan::kWidth;

} // namespace

NearestCandidateSearch::NearestCandidateSearch(
    const float* rows, std::int64_t n, int dim, DistanceMetric metric, int threads)
    : rows_(rows), n_(n), dim_(dim), metric_(metric), threads_(threads)
{
    if (n < 0)
        throw UsageError("propagation: negative row count " + std::to_string(n));
    if (dim < 1)
        throw UsageError("propagation: the dimension must be at least 1, got " + std::to_string(dim));
    if (n > 0 && rows == nullptr)
        throw UsageError("propagation: no row data for " + std::to_string(n) + " rows");
    threads_ = resolveThreadCount(threads_);
    const std::size_t count = static_cast<std::size_t>(n);
    const bool cosine = metric == DistanceMetric::Cosine;
    (cosine ? inverseNorm_ : squaredNorm_).assign(count, 0.0f);
    // Each block notes its first non-finite value, so the error names the same one whatever the
    // thread count.
    const std::int64_t blockCount = (n + kRowsPerNormBlock - 1) / kRowsPerNormBlock;
    std::vector<std::int64_t> firstBad(static_cast<std::size_t>(blockCount), -1); // row * dim + column
    NullProgress quiet;
    forEachBlock(blockCount, threads_, quiet, [&](std::int64_t block) {
        const std::int64_t end = std::min(n, (block + 1) * kRowsPerNormBlock);
        for (std::int64_t i = block * kRowsPerNormBlock; i < end; ++i) {
            const float* row = rows + static_cast<std::size_t>(i) * static_cast<std::size_t>(dim);
            double sum = 0;
            for (int d = 0; d < dim; ++d) {
                if (!std::isfinite(row[d])) {
                    firstBad[static_cast<std::size_t>(block)] = i * dim + d;
                    return;
                }
                sum += static_cast<double>(row[d]) * static_cast<double>(row[d]);
            }
            if (cosine)
                inverseNorm_[static_cast<std::size_t>(i)] = sum > 0 ? static_cast<float>(1.0 / std::sqrt(sum)) : 0.0f;
            else
                squaredNorm_[static_cast<std::size_t>(i)] = static_cast<float>(sum);
        }
    });
    for (std::int64_t bad : firstBad)
        if (bad >= 0)
            throw UsageError("propagation: row " + std::to_string(bad / dim) + ", column " + std::to_string(bad % dim)
                + " is not a finite number (" + std::to_string(rows[bad]) + ")");
}

float NearestCandidateSearch::distance(std::int64_t query, const NearestCandidate& nearest) const
{
    if (nearest.row < 0)
        return std::numeric_limits<float>::infinity();
    if (nearest.score == -std::numeric_limits<float>::infinity())
        return 0.0f; // the query is the candidate
    const std::size_t q = static_cast<std::size_t>(query);
    if (metric_ == DistanceMetric::Cosine)
        return std::clamp(1.0f + nearest.score * inverseNorm_[q], 0.0f, 2.0f);
    return std::sqrt(std::max(0.0f, squaredNorm_[q] + nearest.score));
}

std::vector<NearestCandidate> NearestCandidateSearch::search(const std::vector<std::int64_t>& candidates,
    const std::vector<std::int64_t>* queries, Progress& progress) const
{
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i] < 0 || candidates[i] >= n_ || (i > 0 && candidates[i] <= candidates[i - 1]))
            throw UsageError("propagation: candidate rows must be ascending rows of the " + std::to_string(n_)
                + " rows (row " + std::to_string(candidates[i]) + ")");
    if (queries)
        for (std::int64_t q : *queries)
            if (q < 0 || q >= n_)
                throw UsageError("propagation: query row " + std::to_string(q) + " is outside the "
                    + std::to_string(n_) + " rows");
    progress.checkCancelled();
    const std::size_t queryCount = queries ? queries->size() : static_cast<std::size_t>(n_);
    if (candidates.empty() || queryCount == 0)
        return std::vector<NearestCandidate>(queryCount);
    if (hasRowGroups() && candidates.size() >= kFewestCandidatesForGroups)
        return searchInGroups(candidates, queries, progress);

    using namespace candidate_scan;
    const ScanContext context = makeScanContext(rows_, dim_, metric_, inverseNorm_, squaredNorm_);
    const CandidatePanels packed = packCandidates(context, candidates);
    std::vector<NearestCandidate> result(queryCount);
    const QueryRows queryRows{ queries ? queries->data() : nullptr };
    const std::size_t queriesPerTask = static_cast<std::size_t>(context.kernel.queryCount) * kGroupsPerTask;
    const std::size_t taskCount = (queryCount + queriesPerTask - 1) / queriesPerTask;
    forEachBlock(static_cast<std::int64_t>(taskCount), threads_, progress, [&](std::int64_t task) {
        const std::size_t begin = static_cast<std::size_t>(task) * queriesPerTask;
        const std::size_t end = std::min(queryCount, begin + queriesPerTask);
        scanQueries(context, packed, queryRows, begin, end, result.data() + begin, progress);
        for (std::size_t i = begin; i < end; ++i) {
            NearestCandidate& out = result[i];
            const std::int64_t query = queryRows.row(i);
            if (std::binary_search(candidates.begin(), candidates.end(), query))
                out = { query, -std::numeric_limits<float>::infinity() };
            else if (out.row < 0) // every score overflowed to +inf: all candidates are equally far
                out = { candidates.front(), std::numeric_limits<float>::infinity() };
        }
    }, "distances to labelled traces");
    return result;
}

} // namespace tracemark
