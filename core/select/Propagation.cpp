#include "core/select/Propagation.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <string>

namespace tracemark {
namespace {

constexpr int kNormal = 0;
constexpr int kAbnormal = 1;

int classIndex(TraceLabel label)
{
    return label == TraceLabel::Normal ? kNormal : kAbnormal;
}

bool contains(const std::vector<std::int64_t>& sorted, std::int64_t row)
{
    return std::binary_search(sorted.begin(), sorted.end(), row);
}

} // namespace

// What one batch does to one class, worked out before anything is changed (so a failure or a
// cancellation leaves the Propagator as it was).
struct Propagator::ClassUpdate {
    std::vector<std::int64_t> added;    // rows newly labelled with the class, ascending
    std::vector<std::int64_t> removed;  // rows that lost the class, ascending
    std::vector<std::int64_t> members;  // the class after the batch
    std::vector<std::int64_t> affected; // rows whose nearest member was removed
    std::vector<NearestCandidate> affectedNearest; // their nearest among the members that stay
    std::vector<NearestCandidate> addedNearest;    // every row's nearest among the added rows

    bool changes() const { return !added.empty() || !removed.empty(); }
};

Propagator::Propagator(const float* rows, std::int64_t n, int dim, DistanceMetric metric, int threads)
    : search_(rows, n, dim, metric, threads)
    , human_(static_cast<std::size_t>(n), TraceLabel::Unlabeled)
    , labels_(static_cast<std::size_t>(n))
{
    nearest_[kNormal].resize(static_cast<std::size_t>(n));
    nearest_[kAbnormal].resize(static_cast<std::size_t>(n));
}

const PropagatedLabel& Propagator::at(std::int64_t row) const
{
    if (row < 0 || row >= size())
        throw UsageError("propagation: row " + std::to_string(row) + " is outside the " + std::to_string(size())
            + " rows");
    return labels_[static_cast<std::size_t>(row)];
}

std::int64_t Propagator::humanCount(TraceLabel label) const
{
    if (label == TraceLabel::Unlabeled)
        return 0;
    return static_cast<std::int64_t>(members_[classIndex(label)].size());
}

void Propagator::setHumanLabels(
    const std::vector<std::pair<std::int64_t, TraceLabel>>& labels, Progress& progress)
{
    std::map<std::int64_t, TraceLabel> finalLabels; // ascending rows; the last entry of a row wins
    for (const auto& [row, label] : labels) {
        if (row < 0 || row >= size())
            throw UsageError("propagation: cannot label row " + std::to_string(row) + ": there are "
                + std::to_string(size()) + " rows");
        if (label != TraceLabel::Unlabeled && label != TraceLabel::Normal && label != TraceLabel::Abnormal)
            throw UsageError("propagation: row " + std::to_string(row) + " has an unknown label value "
                + std::to_string(static_cast<int>(label)));
        finalLabels[row] = label;
    }
    ClassUpdate update[2];
    for (const auto& [row, label] : finalLabels) {
        const TraceLabel old = human_[static_cast<std::size_t>(row)];
        if (old == label)
            continue;
        if (old != TraceLabel::Unlabeled)
            update[classIndex(old)].removed.push_back(row);
        if (label != TraceLabel::Unlabeled)
            update[classIndex(label)].added.push_back(row);
    }
    if (!update[kNormal].changes() && !update[kAbnormal].changes())
        return;

    int searches = 0;
    for (int c = 0; c < 2; ++c) {
        ClassUpdate& u = update[c];
        if (!u.removed.empty())
            for (std::int64_t row = 0; row < size(); ++row) {
                const std::int64_t nearest = nearest_[c][static_cast<std::size_t>(row)].row;
                if (nearest >= 0 && contains(u.removed, nearest))
                    u.affected.push_back(row);
            }
        searches += (u.affected.empty() ? 0 : 1) + (u.added.empty() ? 0 : 1);
    }
    int searchIndex = 0;
    auto nextStage = [&]() {
        const double begin = 0.95 * searchIndex / std::max(1, searches);
        ++searchIndex;
        return SubProgress(progress, begin, 0.95 * searchIndex / std::max(1, searches));
    };
    for (int c = 0; c < 2; ++c) {
        ClassUpdate& u = update[c];
        if (!u.changes())
            continue;
        std::vector<std::int64_t> kept;
        std::set_difference(members_[c].begin(), members_[c].end(), u.removed.begin(), u.removed.end(),
            std::back_inserter(kept));
        std::merge(kept.begin(), kept.end(), u.added.begin(), u.added.end(), std::back_inserter(u.members));
        if (!u.affected.empty()) {
            SubProgress stage = nextStage();
            u.affectedNearest = search_.search(kept, &u.affected, stage);
        }
        if (!u.added.empty()) {
            SubProgress stage = nextStage();
            u.addedNearest = search_.search(u.added, nullptr, stage);
        }
    }

    // Commit: nothing below throws.
    for (int c = 0; c < 2; ++c) {
        ClassUpdate& u = update[c];
        if (!u.changes())
            continue;
        std::vector<NearestCandidate>& nearest = nearest_[c];
        for (std::size_t i = 0; i < u.affected.size(); ++i)
            nearest[static_cast<std::size_t>(u.affected[i])] = u.affectedNearest[i];
        for (std::size_t row = 0; row < u.addedNearest.size(); ++row)
            if (u.addedNearest[row].isBetterThan(nearest[row]))
                nearest[row] = u.addedNearest[row];
        members_[c] = std::move(u.members);
    }
    for (const auto& [row, label] : finalLabels)
        human_[static_cast<std::size_t>(row)] = label;
    refreshLabels();
    progress.report(1.0, "labels propagated");
}

void Propagator::refreshLabels()
{
    const bool hasNormal = !members_[kNormal].empty();
    const bool hasAbnormal = !members_[kAbnormal].empty();
    float farthest = 0; // one class labelled: the largest distance of a row to it
    for (std::size_t row = 0; row < labels_.size(); ++row) {
        PropagatedLabel& p = labels_[row];
        const auto query = static_cast<std::int64_t>(row);
        p.nearestNormal = nearest_[kNormal][row].row;
        p.nearestAbnormal = nearest_[kAbnormal][row].row;
        p.distanceNormal = search_.distance(query, nearest_[kNormal][row]);
        p.distanceAbnormal = search_.distance(query, nearest_[kAbnormal][row]);
        if (hasNormal != hasAbnormal)
            farthest = std::max(farthest, hasNormal ? p.distanceNormal : p.distanceAbnormal);
    }
    for (std::size_t row = 0; row < labels_.size(); ++row) {
        PropagatedLabel& p = labels_[row];
        p.human = human_[row] != TraceLabel::Unlabeled;
        if (p.human) {
            p.label = human_[row];
            p.confidence = 1.0;
        } else if (hasNormal && hasAbnormal) {
            const bool abnormal = p.distanceAbnormal <= p.distanceNormal; // ties: abnormal
            p.label = abnormal ? TraceLabel::Abnormal : TraceLabel::Normal;
            const double nearer = abnormal ? p.distanceAbnormal : p.distanceNormal;
            const double farther = abnormal ? p.distanceNormal : p.distanceAbnormal;
            if (std::isinf(farther))
                p.confidence = 1.0;
            else
                p.confidence = nearer + farther > 0 ? (farther - nearer) / (farther + nearer) : 0.0;
        } else if (hasNormal || hasAbnormal) {
            p.label = hasNormal ? TraceLabel::Normal : TraceLabel::Abnormal;
            const double distance = hasNormal ? p.distanceNormal : p.distanceAbnormal;
            p.confidence = farthest > 0 ? 0.5 * (1.0 - distance / farthest) : 0.5;
        } else {
            p.label = TraceLabel::Unlabeled;
            p.confidence = 0.0;
        }
    }
}

} // namespace tracemark
