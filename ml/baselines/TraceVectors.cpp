#include "ml/baselines/TraceVectors.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace tracemark {
namespace {

double rawDurationFeature(double meanMicros)
{
    return std::log1p(meanMicros);
}

double micros(std::int64_t durationNs)
{
    return static_cast<double>(std::max<std::int64_t>(durationNs, 0)) / 1000.0;
}

std::string operationKey(const Span& span)
{
    std::string key;
    key.reserve(span.service.size() + 1 + span.operation.size());
    key += span.service;
    key += '\0'; // sorts before any other byte, so key order is (service, operation) order
    key += span.operation;
    return key;
}

// The keys present in the most traces (ties: smaller key), at most `cap`, then in key order.
template <typename Key, typename Stats>
std::vector<std::pair<Key, const Stats*>> strongestKeys(const std::unordered_map<Key, Stats>& all, int cap)
{
    std::vector<std::pair<Key, const Stats*>> keys;
    keys.reserve(all.size());
    for (const auto& [key, stats] : all)
        keys.emplace_back(key, &stats);
    if (keys.size() > static_cast<std::size_t>(cap)) {
        const auto commoner = [](const auto& a, const auto& b) {
            if (a.second->traces != b.second->traces)
                return a.second->traces > b.second->traces;
            return a.first < b.first;
        };
        std::nth_element(keys.begin(), keys.begin() + cap, keys.end(), commoner);
        keys.resize(static_cast<std::size_t>(cap));
    }
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return keys;
}

} // namespace

std::string_view toString(BaselineKind kind)
{
    return kind == BaselineKind::ServiceTraceVector ? "stv" : "bag";
}

BaselineKind baselineKindFromString(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "stv")
        return BaselineKind::ServiceTraceVector;
    if (lower == "bag")
        return BaselineKind::BagOfOperations;
    throw UsageError("unknown baseline vector " + quoteForMessage(std::string(text))
        + " (expected stv = service trace vector or bag = bag of operations)");
}

BaselineVectorizer::BaselineVectorizer(BaselineKind kind)
    : kind_(kind)
{
}

void BaselineVectorizer::fit(const TraceGraph& trace)
{
    if (finished_)
        throw UsageError("baseline vectors: fit() after finish()");
    if (kind_ == BaselineKind::ServiceTraceVector)
        fitCallPaths(trace);
    else
        fitOperations(trace);
    ++fittedTraces_;
}

void BaselineVectorizer::fitCallPaths(const TraceGraph& trace)
{
    std::vector<std::pair<std::uint64_t, std::size_t>> paths; // (call path, span index)
    paths.reserve(trace.size());
    for (std::size_t i = 0; i < trace.size(); ++i)
        paths.emplace_back(trace.callPathId(i), i);
    std::sort(paths.begin(), paths.end());
    for (std::size_t begin = 0; begin < paths.size();) {
        std::size_t end = begin;
        double sumMicros = 0;
        for (; end < paths.size() && paths[end].first == paths[begin].first; ++end)
            sumMicros += micros(trace.span(paths[end].second).durationNs);
        const double raw = rawDurationFeature(sumMicros / static_cast<double>(end - begin));
        KeyStats& stats = callPaths_[paths[begin].first];
        if (stats.traces == 0)
            stats.name = trace.callPathText(paths[begin].second);
        ++stats.traces;
        const double delta = raw - stats.mean;
        stats.mean += delta / static_cast<double>(stats.traces);
        stats.m2 += delta * (raw - stats.mean);
        begin = end;
    }
}

void BaselineVectorizer::fitOperations(const TraceGraph& trace)
{
    std::vector<std::string> keys;
    keys.reserve(trace.size());
    for (const Span& span : trace.spans())
        keys.push_back(operationKey(span));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (std::string& key : keys) {
        KeyStats& stats = operations_[key];
        if (stats.traces == 0) {
            stats.name = key;
            stats.name[stats.name.find('\0')] = ':';
        }
        ++stats.traces;
    }
}

void BaselineVectorizer::finish(int maxDimensions)
{
    if (finished_)
        throw UsageError("baseline vectors: finish() called twice");
    if (maxDimensions < 1)
        throw UsageError(
            "baseline vectors: the dimension cap must be at least 1, got " + std::to_string(maxDimensions));
    const auto add = [this](const KeyStats& stats) {
        Dimension dimension;
        dimension.name = stats.name;
        dimension.traces = stats.traces;
        if (kind_ == BaselineKind::ServiceTraceVector) {
            dimension.mean = stats.mean;
            const double deviation = std::sqrt(stats.m2 / static_cast<double>(stats.traces));
            dimension.scale = deviation > 1e-12 ? deviation : 1.0;
        } else {
            dimension.mean = 0;
            dimension.scale = 1;
        }
        dimensions_.push_back(std::move(dimension));
    };
    if (kind_ == BaselineKind::ServiceTraceVector) {
        distinctKeys_ = static_cast<std::int64_t>(callPaths_.size());
        for (const auto& [id, stats] : strongestKeys(callPaths_, maxDimensions)) {
            callPathColumn_.emplace(id, dimension());
            add(*stats);
        }
    } else {
        distinctKeys_ = static_cast<std::int64_t>(operations_.size());
        for (const auto& [key, stats] : strongestKeys(operations_, maxDimensions)) {
            operationColumn_.emplace(key, dimension());
            add(*stats);
        }
    }
    callPaths_ = {};
    operations_ = {};
    finished_ = true;
}

std::int64_t BaselineVectorizer::distinctKeys() const
{
    if (finished_)
        return distinctKeys_;
    return static_cast<std::int64_t>(
        kind_ == BaselineKind::ServiceTraceVector ? callPaths_.size() : operations_.size());
}

const BaselineVectorizer::Dimension& BaselineVectorizer::dimensionAt(int i) const
{
    if (i < 0 || i >= dimension())
        throw UsageError("baseline vectors: no dimension " + std::to_string(i) + " (there are "
            + std::to_string(dimension()) + ")");
    return dimensions_[static_cast<std::size_t>(i)];
}

const std::string& BaselineVectorizer::dimensionName(int i) const
{
    return dimensionAt(i).name;
}
std::int64_t BaselineVectorizer::dimensionTraceCount(int i) const
{
    return dimensionAt(i).traces;
}
double BaselineVectorizer::dimensionMean(int i) const
{
    return dimensionAt(i).mean;
}
double BaselineVectorizer::dimensionScale(int i) const
{
    return dimensionAt(i).scale;
}

void BaselineVectorizer::vectorInto(const TraceGraph& trace, float* row) const
{
    if (!finished_)
        throw UsageError("baseline vectors: vectorOf() before finish()");
    if (kind_ == BaselineKind::ServiceTraceVector)
        vectorOfCallPaths(trace, row);
    else
        vectorOfOperations(trace, row);
}

std::vector<float> BaselineVectorizer::vectorOf(const TraceGraph& trace) const
{
    std::vector<float> row(static_cast<std::size_t>(dimension()));
    vectorInto(trace, row.data());
    return row;
}

void BaselineVectorizer::vectorOfCallPaths(const TraceGraph& trace, float* row) const
{
    std::fill(row, row + dimension(), -1.0f);
    std::vector<std::pair<int, double>> present; // (column, µs)
    present.reserve(trace.size());
    for (std::size_t i = 0; i < trace.size(); ++i)
        if (const auto column = callPathColumn_.find(trace.callPathId(i)); column != callPathColumn_.end())
            present.emplace_back(column->second, micros(trace.span(i).durationNs));
    std::sort(present.begin(), present.end());
    for (std::size_t begin = 0; begin < present.size();) {
        std::size_t end = begin;
        double sumMicros = 0;
        for (; end < present.size() && present[end].first == present[begin].first; ++end)
            sumMicros += present[end].second;
        const Dimension& dimension = dimensions_[static_cast<std::size_t>(present[begin].first)];
        const double raw = rawDurationFeature(sumMicros / static_cast<double>(end - begin));
        row[present[begin].first] = static_cast<float>((raw - dimension.mean) / dimension.scale);
        begin = end;
    }
}

void BaselineVectorizer::vectorOfOperations(const TraceGraph& trace, float* row) const
{
    std::fill(row, row + dimension(), 0.0f);
    if (trace.size() == 0)
        return;
    std::vector<int> counts(static_cast<std::size_t>(dimension()), 0);
    std::string key;
    for (const Span& span : trace.spans()) {
        key.assign(span.service);
        key += '\0';
        key += span.operation;
        if (const auto column = operationColumn_.find(key); column != operationColumn_.end())
            ++counts[static_cast<std::size_t>(column->second)];
    }
    const double spanCount = static_cast<double>(trace.size());
    for (std::size_t c = 0; c < counts.size(); ++c)
        if (counts[c] > 0)
            row[c] = static_cast<float>(counts[c] / spanCount);
}

EmbeddingMatrix buildBaselineVectors(Workspace& workspace, BaselineKind kind, Progress& progress,
    const BaselineOptions& options, BaselineVectorizer* fitted)
{
    if (options.maxDimensions < 1 || options.maxMatrixBytes < 1)
        throw UsageError("baseline vectors: maxDimensions and maxMatrixBytes must be positive");
    BaselineVectorizer vectorizer(kind);
    {
        SubProgress fitting(progress, 0.0, 0.5);
        workspace.forEachTrace(
            [&](const TraceSummary&, std::vector<Span>& spans) {
                vectorizer.fit(TraceGraph::build(std::move(spans)));
            },
            fitting);
    }
    const std::int64_t traces = std::max<std::int64_t>(vectorizer.fittedTraces(), 1);
    const std::int64_t affordable = std::max<std::int64_t>(
        1, options.maxMatrixBytes / (static_cast<std::int64_t>(sizeof(float)) * traces));
    vectorizer.finish(static_cast<int>(std::min<std::int64_t>(options.maxDimensions, affordable)));

    EmbeddingMatrix matrix;
    matrix.dim = vectorizer.dimension();
    matrix.traceKeys.reserve(static_cast<std::size_t>(vectorizer.fittedTraces()));
    matrix.values.reserve(
        static_cast<std::size_t>(vectorizer.fittedTraces()) * static_cast<std::size_t>(matrix.dim));
    {
        SubProgress vectorizing(progress, 0.5, 1.0);
        workspace.forEachTrace(
            [&](const TraceSummary& summary, std::vector<Span>& spans) {
                const std::size_t offset = matrix.values.size();
                matrix.values.resize(offset + static_cast<std::size_t>(matrix.dim));
                vectorizer.vectorInto(TraceGraph::build(std::move(spans)), matrix.values.data() + offset);
                matrix.traceKeys.push_back(summary.key);
            },
            vectorizing);
    }
    if (fitted != nullptr)
        *fitted = std::move(vectorizer);
    return matrix;
}

} // namespace tracemark
