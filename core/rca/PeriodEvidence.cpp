#include "core/rca/PeriodEvidence.h"

#include "core/common/Error.h"
#include "core/common/Progress.h"
#include "core/model/Status.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace tracemark {
namespace {

// Spans of the traces that start in [start, end), trace by trace, in preorder (spans.id is
// (trace key << 24) + preorder position, so each trace's spans are one rowid range).
constexpr const char* kPeriodSpans =
    "SELECT t.id, s.depth, s.service_id, s.duration_ns, s.local_ns, s.status FROM traces t "
    "JOIN spans s ON s.id >= (t.id << 24) AND s.id < ((t.id + 1) << 24) "
    "WHERE t.start_ns >= ? AND t.start_ns < ? ORDER BY t.id, s.id";

struct PeriodSpan {
    int depth = 0; // 0 for roots and orphans
    std::int64_t service = 0;
    double durationNs = 0;
    double selfNs = 0;
    bool error = false;
};

// Running sums of one service's spans.
struct SpanSums {
    double count = 0, self = 0, selfSquares = 0, duration = 0, durationSquares = 0, errors = 0, ownErrors = 0;
    void add(const PeriodSpan& span, bool ownError)
    {
        count += 1;
        self += span.selfNs;
        selfSquares += span.selfNs * span.selfNs;
        duration += span.durationNs;
        durationSquares += span.durationNs * span.durationNs;
        errors += span.error ? 1 : 0;
        ownErrors += ownError ? 1 : 0;
    }
};

double standardDeviation(double count, double sum, double squares)
{
    if (count < 2)
        return 0;
    const double mean = sum / count;
    return std::sqrt(std::max(0.0, squares / count - mean * mean));
}

double zScore(double mean, double baselineMean, double baselineStd)
{
    return baselineStd > 0 ? (mean - baselineMean) / baselineStd : 0.0;
}

// Calls visit(traceKey, spans) for every trace that starts in the window.
template <typename Visit>
void forEachTraceIn(Database& db, const TimeWindow& window, Visit visit)
{
    Statement select = db.prepare(kPeriodSpans);
    select.bind(1, window.startNs).bind(2, window.endNs);
    std::vector<PeriodSpan> spans;
    std::int64_t current = -1;
    while (select.step()) {
        const std::int64_t trace = select.int64(0);
        if (trace != current && current >= 0) {
            visit(current, spans);
            spans.clear();
        }
        current = trace;
        spans.push_back({static_cast<int>(select.int64(1)), select.int64(2), static_cast<double>(select.int64(3)),
            static_cast<double>(select.int64(4)), select.int64(5) != static_cast<int>(StatusClass::Ok)});
    }
    if (current >= 0)
        visit(current, spans);
}

// For each span, the index of its parent in the trace (-1: a root or an orphan). In preorder a
// span's parent is the last span before it one level up.
std::vector<int> parentIndexes(const std::vector<PeriodSpan>& spans)
{
    std::vector<int> parents(spans.size(), -1);
    std::vector<int> lastAtDepth;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const auto depth = static_cast<std::size_t>(spans[i].depth);
        if (depth > 0 && depth <= lastAtDepth.size())
            parents[i] = lastAtDepth[depth - 1];
        lastAtDepth.resize(depth + 1);
        lastAtDepth[depth] = static_cast<int>(i);
    }
    return parents;
}

// Errors a span raised itself: an error status and no child with one.
std::vector<bool> ownErrors(const std::vector<PeriodSpan>& spans, const std::vector<int>& parents)
{
    std::vector<bool> childFailed(spans.size(), false);
    for (std::size_t i = 0; i < spans.size(); ++i)
        if (spans[i].error && parents[i] >= 0)
            childFailed[static_cast<std::size_t>(parents[i])] = true;
    std::vector<bool> own(spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i)
        own[i] = spans[i].error && !childFailed[i];
    return own;
}

} // namespace

PeriodEvidenceBuilder::PeriodEvidenceBuilder(Workspace& workspace, EvidenceOptions options, Progress& progress)
    : workspace_(workspace), options_(std::move(options))
{
    Database& db = workspace_.database();
    {
        Statement names = db.prepare("SELECT id, name FROM services ORDER BY id");
        while (names.step()) {
            const auto id = static_cast<std::size_t>(names.int64(0));
            if (serviceNames_.size() <= id)
                serviceNames_.resize(id + 1);
            serviceNames_[id] = names.text(1);
        }
    }
    progress.report(0.0, "baseline of every service");
    std::map<std::int64_t, SpanSums> sums;
    if (options_.baseline.empty()) {
        Statement all = db.prepare(
            "SELECT service_id, COUNT(*), TOTAL(local_ns), TOTAL(CAST(local_ns AS REAL) * local_ns), "
            "TOTAL(duration_ns), TOTAL(CAST(duration_ns AS REAL) * duration_ns) FROM spans GROUP BY service_id");
        while (all.step()) {
            SpanSums& s = sums[all.int64(0)];
            s.count = static_cast<double>(all.int64(1));
            s.self = all.real(2);
            s.selfSquares = all.real(3);
            s.duration = all.real(4);
            s.durationSquares = all.real(5);
        }
    } else {
        for (const TimeWindow& window : options_.baseline) {
            progress.checkCancelled();
            forEachTraceIn(db, window, [&](std::int64_t, const std::vector<PeriodSpan>& spans) {
                for (const PeriodSpan& span : spans)
                    sums[span.service].add(span, false);
            });
        }
    }
    for (const auto& [service, s] : sums)
        baseline_[service] = {static_cast<std::int64_t>(s.count), s.count > 0 ? s.self / s.count : 0.0,
            standardDeviation(s.count, s.self, s.selfSquares), s.count > 0 ? s.duration / s.count : 0.0,
            standardDeviation(s.count, s.duration, s.durationSquares)};
    if (options_.useKpis || options_.useLogs)
        telemetry_ = std::make_unique<TelemetryDeviation>(db, options_.baseline);
    progress.checkCancelled();
}

PeriodEvidenceBuilder::~PeriodEvidenceBuilder() = default;

TraceLabelOf PeriodEvidenceBuilder::workspaceLabels(Workspace& workspace)
{
    auto labels = std::make_shared<std::unordered_map<std::int64_t, TraceLabel>>();
    for (const StoredTraceLabel& label : workspace.allLabels())
        (*labels)[label.traceKey] = label.label;
    return [labels](std::int64_t traceKey) {
        const auto found = labels->find(traceKey);
        return found == labels->end() ? TraceLabel::Unlabeled : found->second;
    };
}

PeriodEvidence PeriodEvidenceBuilder::build(const TimeWindow& period, const TraceLabelOf& labelOf)
{
    if (period.endNs < period.startNs)
        throw UsageError("a fault period must not end (" + std::to_string(period.endNs) + ") before it starts ("
                         + std::to_string(period.startNs) + ")");
    PeriodEvidence result;
    result.period = period;
    std::map<std::int64_t, SbflCounts> counts;          // by service id
    std::map<std::int64_t, SpanSums> abnormalSums, allSums; // by service id
    std::map<std::pair<std::int64_t, std::int64_t>, std::pair<std::int64_t, double>> edges; // calls, duration
    forEachTraceIn(workspace_.database(), period, [&](std::int64_t trace, const std::vector<PeriodSpan>& spans) {
        ++result.traces;
        const TraceLabel label = labelOf(trace);
        const std::vector<int> parents = parentIndexes(spans);
        const std::vector<bool> own = ownErrors(spans, parents);
        std::set<std::int64_t> services;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            services.insert(spans[i].service);
            allSums[spans[i].service].add(spans[i], own[i]);
            if (label == TraceLabel::Abnormal)
                abnormalSums[spans[i].service].add(spans[i], own[i]);
            if (parents[i] >= 0) {
                const std::int64_t caller = spans[static_cast<std::size_t>(parents[i])].service;
                if (caller != spans[i].service) {
                    auto& edge = edges[{caller, spans[i].service}];
                    edge.first += 1;
                    edge.second += spans[i].durationNs;
                }
            }
        }
        ++(label == TraceLabel::Abnormal ? result.abnormal : label == TraceLabel::Normal ? result.normal
                                                                                        : result.unlabeled);
        for (std::int64_t service : services) {
            SbflCounts& c = counts[service]; // an unlabelled trace only makes the service present
            c.ef += label == TraceLabel::Abnormal ? 1 : 0;
            c.ep += label == TraceLabel::Normal ? 1 : 0;
        }
    });

    const std::map<std::int64_t, SpanSums>& latencySums = result.abnormal > 0 ? abnormalSums : allSums;
    for (auto& [service, c] : counts) {
        c.nf = result.abnormal - c.ef;
        c.np = result.normal - c.ep;
        ServiceEvidence evidence;
        evidence.service = serviceNames_.at(static_cast<std::size_t>(service));
        evidence.counts = c;
        const auto sums = latencySums.find(service);
        if (sums != latencySums.end() && sums->second.count > 0) {
            const SpanSums& s = sums->second;
            const Baseline base = baseline_.count(service) ? baseline_.at(service) : Baseline{};
            evidence.spans = static_cast<std::int64_t>(s.count);
            evidence.selfTimeZ = zScore(s.self / s.count, base.selfMean, base.selfStd);
            evidence.durationZ = zScore(s.duration / s.count, base.durationMean, base.durationStd);
            evidence.errorShare = s.errors / s.count;
            evidence.ownErrorShare = s.ownErrors / s.count;
        }
        if (telemetry_ && options_.useKpis)
            evidence.kpiDeviation = telemetry_->kpiDeviation(service, period);
        if (telemetry_ && options_.useLogs)
            evidence.errorLogRatio = telemetry_->errorLogRatio(service, period);
        result.services.push_back(std::move(evidence));
    }
    std::sort(result.services.begin(), result.services.end(),
        [](const ServiceEvidence& a, const ServiceEvidence& b) { return a.service < b.service; });
    for (const auto& [pair, edge] : edges)
        result.edges.push_back({serviceNames_.at(static_cast<std::size_t>(pair.first)),
            serviceNames_.at(static_cast<std::size_t>(pair.second)), edge.first,
            edge.second / static_cast<double>(edge.first)});
    std::sort(result.edges.begin(), result.edges.end(), [](const ServiceEdge& a, const ServiceEdge& b) {
        return a.caller < b.caller || (a.caller == b.caller && a.callee < b.callee);
    });
    return result;
}

} // namespace tracemark
