#include "core/select/KMeansInit.h"

#include "core/eval/PanelDotKernel.h"
#include "core/select/CentrePanels.h"
#include "core/common/ParallelBlocks.h"

#include <algorithm>
#include <unordered_map>

namespace tracemark {
namespace {

constexpr std::int64_t kBlockRows = 4096;
constexpr int kPendingCentres = 32; // centres drawn between two passes over all rows
constexpr int kMaxRejections = 64;

std::int64_t uniformBelow(std::int64_t n, sim::Rng& rng)
{
    // 53 random bits scaled: uniform enough for any row count a machine can hold.
    const auto index = static_cast<std::int64_t>(rng.uniform() * static_cast<double>(n));
    return std::min(index, n - 1);
}

} // namespace

std::vector<std::int64_t> distinctRandomRows(std::int64_t n, std::int64_t count, sim::Rng& rng)
{
    std::unordered_map<std::int64_t, std::int64_t> swapped; // position -> value, where not identity
    auto valueAt = [&](std::int64_t position) {
        const auto found = swapped.find(position);
        return found == swapped.end() ? position : found->second;
    };
    std::vector<std::int64_t> chosen;
    chosen.reserve(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t j = i + uniformBelow(n - i, rng);
        const std::int64_t picked = valueAt(j);
        swapped[j] = valueAt(i);
        chosen.push_back(picked);
    }
    return chosen;
}

std::vector<std::int64_t> kmeansPlusPlusRows(const float* rows, std::int64_t n, int dim, int k,
    sim::Rng& rng, int threads, Progress& progress)
{
    auto row = [&](std::int64_t i) { return rows + static_cast<std::size_t>(i) * static_cast<std::size_t>(dim); };
    const std::int64_t blockCount = (n + kBlockRows - 1) / kBlockRows;
    // nearestSquared[i]: squared distance from row i to the nearest *applied* centre, an upper
    // bound of its D^2 while centres are pending.
    std::vector<double> nearestSquared(static_cast<std::size_t>(n));
    std::vector<double> blockSums(static_cast<std::size_t>(blockCount), 0.0);
    std::vector<std::int64_t> chosen;
    chosen.reserve(static_cast<std::size_t>(k));
    std::vector<std::int64_t> pending;
    const PanelDotKernel kernel = fastestPanelDotKernel();

    chosen.push_back(uniformBelow(n, rng));
    forEachBlock(blockCount, threads, progress, [&](std::int64_t block) {
        const std::int64_t end = std::min(n, (block + 1) * kBlockRows);
        const float* centre = row(chosen[0]);
        double sum = 0;
        for (std::int64_t i = block * kBlockRows; i < end; ++i) {
            const double d = squaredDistance(row(i), centre, dim);
            nearestSquared[static_cast<std::size_t>(i)] = d;
            sum += d;
        }
        blockSums[static_cast<std::size_t>(block)] = sum;
    });

    // Folds the pending centres into nearestSquared with one matrix product over all rows.
    auto applyPending = [&] {
        if (pending.empty())
            return;
        std::vector<float> centres;
        for (std::int64_t p : pending)
            centres.insert(centres.end(), row(p), row(p) + dim);
        const CentrePanels panels(centres.data(), static_cast<int>(pending.size()), dim, kernel);
        forEachBlock(blockCount, threads, progress, [&](std::int64_t block) {
            const std::int64_t begin = block * kBlockRows;
            const int count = static_cast<int>(std::min(n, begin + kBlockRows) - begin);
            std::vector<const float*> queries(static_cast<std::size_t>(count));
            for (int q = 0; q < count; ++q)
                queries[static_cast<std::size_t>(q)] = row(begin + q);
            std::vector<NearestCentres> found(static_cast<std::size_t>(count));
            panels.findNearest(queries.data(), count, false, found.data());
            double sum = 0;
            for (int q = 0; q < count; ++q) {
                double& current = nearestSquared[static_cast<std::size_t>(begin + q)];
                const NearestCentres& near = found[static_cast<std::size_t>(q)];
                const double norm = squaredNorm(queries[static_cast<std::size_t>(q)], dim);
                // The product says "maybe nearer": confirm with the direct distance, so every
                // stored value is exact (rows on a centre get exactly 0 and are never drawn).
                if (norm + near.nearestScore < current * (1 + 1e-5) + 1e-6 * norm) {
                    const double exact = squaredDistance(
                        queries[static_cast<std::size_t>(q)], centres.data() + static_cast<std::size_t>(near.nearest) * static_cast<std::size_t>(dim), dim);
                    current = std::min(current, exact);
                }
                sum += current;
            }
            blockSums[static_cast<std::size_t>(block)] = sum;
        });
        pending.clear();
    };

    // Draws a row with probability proportional to nearestSquared; -1 when every row is on a centre.
    auto propose = [&]() -> std::int64_t {
        double total = 0;
        for (double s : blockSums)
            total += s;
        if (!(total > 0))
            return -1;
        const double target = rng.uniform() * total;
        double before = 0;
        std::int64_t block = 0;
        for (; block < blockCount - 1; ++block) {
            if (before + blockSums[static_cast<std::size_t>(block)] > target)
                break;
            before += blockSums[static_cast<std::size_t>(block)];
        }
        const std::int64_t end = std::min(n, (block + 1) * kBlockRows);
        std::int64_t picked = -1;
        double running = before;
        for (std::int64_t i = block * kBlockRows; i < end; ++i) {
            const double d = nearestSquared[static_cast<std::size_t>(i)];
            if (d <= 0)
                continue;
            picked = i; // rounding can leave the target past the last row: keep the last positive
            running += d;
            if (running > target)
                break;
        }
        return picked;
    };

    for (int c = 1; c < k; ++c) {
        progress.report(static_cast<double>(c) / k, "k-means++ initialisation");
        progress.checkCancelled();
        if (static_cast<int>(pending.size()) >= kPendingCentres)
            applyPending();
        std::int64_t picked = -1;
        // Rejection sampling: propose by the stale D^2 (an upper bound), accept with probability
        // true D^2 / stale D^2, which draws exactly by the true D^2. After many rejections the
        // pending centres are folded in, so the next proposals are exact.
        for (int attempt = 0; picked < 0; ++attempt) {
            if (attempt == kMaxRejections)
                applyPending();
            const std::int64_t proposal = propose();
            if (proposal < 0)
                break;
            const double stale = nearestSquared[static_cast<std::size_t>(proposal)];
            double current = stale;
            for (std::int64_t p : pending)
                current = std::min(current, squaredDistance(row(proposal), row(p), dim));
            if (rng.uniform() * stale < current)
                picked = proposal;
        }
        if (picked < 0) // every row sits on a centre already (fewer distinct rows than k)
            picked = uniformBelow(n, rng);
        chosen.push_back(picked);
        pending.push_back(picked);
    }
    return chosen;
}

} // namespace tracemark
