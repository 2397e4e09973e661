#include "core/select/Suggestion.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace tracemark {
namespace {

struct Candidate {
    std::int64_t row;
    double score;
    int rankInCluster = 0;
};

// Higher score first, then the lower row.
bool ranksBefore(const Candidate& a, const Candidate& b)
{
    return a.score > b.score || (a.score == b.score && a.row < b.row);
}

std::string format(const char* pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

void checkOptions(const Propagator& propagator, const std::vector<TraceSignals>& signals,
    const std::vector<int>& clusterOf, const SuggestOptions& options)
{
    const auto n = static_cast<std::size_t>(propagator.size());
    if (!signals.empty() && signals.size() != n)
        throw UsageError("suggestions: " + std::to_string(signals.size()) + " trace signals for "
            + std::to_string(n) + " traces");
    if (!clusterOf.empty() && clusterOf.size() != n)
        throw UsageError("suggestions: " + std::to_string(clusterOf.size()) + " cluster numbers for "
            + std::to_string(n) + " traces");
    if (options.count < 0)
        throw UsageError("suggestions: the count must not be negative, got " + std::to_string(options.count));
    for (double weight : { options.errorWeight, options.latencyWeight, options.ordinaryWeight })
        if (!std::isfinite(weight) || weight < 0)
            throw UsageError("suggestions: weights must be finite and not negative, got " + std::to_string(weight));
    if (!std::isfinite(options.latencyZThreshold) || options.latencyZThreshold <= 0)
        throw UsageError("suggestions: the latency threshold must be positive, got "
            + std::to_string(options.latencyZThreshold));
}

// The score of a row (see Suggestion.h) and, when asked, why.
double scoreOf(const PropagatedLabel& p, const TraceSignals* signal, const SuggestOptions& options, std::string* reason)
{
    double score = 1.0 - p.confidence;
    std::string contradiction;
    if (signal && p.label == TraceLabel::Normal) {
        const bool slow = signal->latencyZ >= options.latencyZThreshold;
        if (signal->hasError)
            score += options.errorWeight;
        if (slow)
            score += options.latencyWeight;
        if (reason && (signal->hasError || slow)) {
            contradiction = "propagated normal but ";
            if (signal->hasError)
                contradiction += slow ? "has error spans and " : "has error spans";
            if (slow)
                contradiction += format("latency %.1f sd above its path", signal->latencyZ);
        }
    } else if (signal && p.label == TraceLabel::Abnormal && !signal->hasError
        && std::abs(signal->latencyZ) < options.latencyZThreshold) {
        score += options.ordinaryWeight;
        contradiction = "propagated abnormal but no error spans and ordinary latency";
    }
    if (!reason)
        return score;
    const bool bothClasses = p.nearestNormal >= 0 && p.nearestAbnormal >= 0;
    if (!contradiction.empty())
        *reason = contradiction + format(" (confidence %.2f)", p.confidence);
    else if (p.label == TraceLabel::Unlabeled)
        *reason = "no trace labelled yet";
    else if (bothClasses)
        *reason = format("uncertain: margin %.2f", p.confidence);
    else
        *reason = format("uncertain: confidence %.2f, ", p.confidence)
            + (p.nearestNormal >= 0 ? "no abnormal trace labelled yet" : "no normal trace labelled yet");
    return score;
}

} // namespace

std::vector<Suggestion> suggestNext(const Propagator& propagator, const std::vector<TraceSignals>& signals,
    const std::vector<int>& clusterOf, const SuggestOptions& options)
{
    checkOptions(propagator, signals, clusterOf, options);
    if (options.count == 0)
        return {};
    const auto keep = static_cast<std::size_t>(options.count);
    // Per cluster, the best `count` rows so far: a heap whose front is the weakest of them, so a
    // million rows cost n log(count), not a full sort. No round can use more than count rows.
    std::unordered_map<int, std::vector<Candidate>> best;
    for (std::int64_t row = 0; row < propagator.size(); ++row) {
        const PropagatedLabel& p = propagator.at(row);
        if (p.human)
            continue;
        const auto index = static_cast<std::size_t>(row);
        const Candidate candidate { row, scoreOf(p, signals.empty() ? nullptr : &signals[index], options, nullptr) };
        const int cluster = clusterOf.empty() ? 0 : std::max(-1, clusterOf[index]);
        std::vector<Candidate>& heap = best[cluster];
        if (heap.size() < keep) {
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), ranksBefore);
        } else if (ranksBefore(candidate, heap.front())) {
            std::pop_heap(heap.begin(), heap.end(), ranksBefore);
            heap.back() = candidate;
            std::push_heap(heap.begin(), heap.end(), ranksBefore);
        }
    }
    std::vector<Candidate> pool;
    for (auto& entry : best) {
        std::vector<Candidate>& rows = entry.second;
        std::sort(rows.begin(), rows.end(), ranksBefore);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            rows[i].rankInCluster = static_cast<int>(i);
            pool.push_back(rows[i]);
        }
    }
    // Round robin over clusters: every cluster's first row, by score, then every second row, ...
    std::sort(pool.begin(), pool.end(), [](const Candidate& a, const Candidate& b) {
        return a.rankInCluster != b.rankInCluster ? a.rankInCluster < b.rankInCluster : ranksBefore(a, b);
    });
    pool.resize(std::min(pool.size(), keep));
    std::vector<Suggestion> result;
    result.reserve(pool.size());
    for (const Candidate& c : pool) {
        Suggestion s;
        s.row = c.row;
        const auto index = static_cast<std::size_t>(c.row);
        s.score = scoreOf(propagator.at(c.row), signals.empty() ? nullptr : &signals[index], options, &s.reason);
        result.push_back(std::move(s));
    }
    return result;
}

std::vector<TraceSignals> computeTraceSignals(const std::vector<std::uint64_t>& pathIds,
    const std::vector<std::int64_t>& latencyNs, const std::vector<int>& errorSpanCounts)
{
    if (pathIds.size() != latencyNs.size() || pathIds.size() != errorSpanCounts.size())
        throw UsageError("trace signals: " + std::to_string(pathIds.size()) + " path IDs, "
            + std::to_string(latencyNs.size()) + " latencies and " + std::to_string(errorSpanCounts.size())
            + " error counts; they must be one per trace");
    const std::size_t n = pathIds.size();
    struct PathMoments {
        std::int64_t count = 0;
        double sum = 0;
        double squaredDeviations = 0;
    };
    std::unordered_map<std::uint64_t, PathMoments> paths;
    std::vector<double> logLatency(n);
    for (std::size_t i = 0; i < n; ++i) {
        logLatency[i] = std::log(static_cast<double>(std::max<std::int64_t>(1, latencyNs[i])));
        PathMoments& m = paths[pathIds[i]];
        ++m.count;
        m.sum += logLatency[i];
    }
    // Two passes (mean, then squared deviations): one-pass variance loses digits when the spread
    // is small next to the mean, as it is for ln(ns) around 15.
    for (std::size_t i = 0; i < n; ++i) {
        PathMoments& m = paths[pathIds[i]];
        const double deviation = logLatency[i] - m.sum / static_cast<double>(m.count);
        m.squaredDeviations += deviation * deviation;
    }
    std::vector<TraceSignals> signals(n);
    for (std::size_t i = 0; i < n; ++i) {
        const PathMoments& m = paths[pathIds[i]];
        const double mean = m.sum / static_cast<double>(m.count);
        const double sd = std::sqrt(m.squaredDeviations / static_cast<double>(m.count));
        signals[i].hasError = errorSpanCounts[i] > 0;
        // Equal latencies can leave a rounding-sized sd (the mean of equal values is not always
        // exactly that value): treat it as no spread rather than dividing noise by noise.
        signals[i].latencyZ = sd > 1e-12 * std::max(1.0, std::abs(mean)) ? (logLatency[i] - mean) / sd : 0.0;
    }
    return signals;
}

} // namespace tracemark
