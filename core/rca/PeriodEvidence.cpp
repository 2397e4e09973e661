#include "core/rca/PeriodEvidence.h"

#include "core/common/Error.h"
#include "core/common/Median.h"
#include "core/common/Progress.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <cmath>

namespace tracemark {
namespace {

// Running sums of one service's slices in a period.
struct ServiceSums {
    double spans = 0, workSpans = 0, errors = 0, ownErrors = 0;
    double self = 0, duration = 0;
    void add(const ServiceSlice& s)
    {
        spans += s.spans;
        workSpans += s.workSpans;
        errors += s.errors;
        ownErrors += s.ownErrors;
        self += s.selfNs;
        duration += s.durationNs;
    }
};

struct EdgeSums {
    std::int64_t calls = 0;
    double calleeDuration = 0;
    double gapCalls = 0, gap = 0;
};

double zScore(double mean, double baselineMean, double baselineStd)
{
    return baselineStd > 0 ? (mean - baselineMean) / baselineStd : 0.0;
}

} // namespace

double PeriodEvidenceBuilder::Moments::std() const
{
    if (count < 2)
        return 0;
    const double m = sum / count;
    return std::sqrt(std::max(0.0, squares / count - m * m));
}

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
    progress.report(0.0, "reading spans for root-cause evidence");
    index_ = std::make_unique<TraceEvidenceIndex>(db, progress);

    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    if (options_.baseline.empty())
        ranges.push_back({0, index_->traceCount()});
    for (const TimeWindow& window : options_.baseline)
        ranges.push_back(index_->range(window.startNs, window.endNs));
    baseline_.resize(serviceNames_.size());
    baselineGaps_.resize(serviceNames_.size());
    std::vector<std::vector<float>> gaps(serviceNames_.size()); // by callee
    for (const auto& [first, last] : ranges)
        for (std::size_t t = first; t < last; ++t) {
            for (auto g = index_->gapsBegin(t); g != index_->gapsEnd(t); ++g)
                gaps[static_cast<std::size_t>(g->callee)].push_back(g->gapNs);
            for (auto s = index_->servicesBegin(t); s != index_->servicesEnd(t); ++s) {
                Baseline& b = baseline_[static_cast<std::size_t>(s->service)];
                b.self.count += s->workSpans;
                b.self.sum += s->selfNs;
                b.self.squares += s->selfSquares;
                b.duration.count += s->spans;
                b.duration.sum += s->durationNs;
                b.duration.squares += s->durationSquares;
            }
        }
    for (std::size_t callee = 0; callee < gaps.size(); ++callee) {
        std::vector<float>& values = gaps[callee];
        if (values.size() < 2)
            continue;
        const double median = medianInPlace(values);
        for (float& value : values)
            value = static_cast<float>(std::abs(value - median));
        baselineGaps_[callee] = GapBaseline{median, std::max({1.4826 * medianInPlace(values), 0.1 * std::abs(median), 1e4})};
    }
    if (options_.useKpis || options_.useLogs) {
        telemetry_ = std::make_unique<TelemetryDeviation>(db, options_.baseline, options_.kpiLookbackNs);
        telemetryServices_ = telemetry_->servicesWithTelemetry();
    }
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
    const auto [first, last] = index_->range(period.startNs, period.endNs);
    std::vector<TraceLabel> labels;
    labels.reserve(last - first);
    for (std::size_t t = first; t < last; ++t) {
        labels.push_back(labelOf(index_->key(t)));
        ++(labels.back() == TraceLabel::Abnormal ? result.abnormal
           : labels.back() == TraceLabel::Normal ? result.normal
                                                 : result.unlabeled);
    }
    result.traces = static_cast<std::int64_t>(last - first);
    // Latency figures read the abnormal traces; all of them when none is abnormal.
    auto readsLatency = [&](TraceLabel label) { return result.abnormal == 0 || label == TraceLabel::Abnormal; };

    // Dense arrays by service id and edge id: a period of 100,000 traces sums in milliseconds.
    const std::size_t serviceCount = serviceNames_.size();
    std::vector<SbflCounts> counts(serviceCount);
    std::vector<bool> present(serviceCount, false);
    std::vector<ServiceSums> sums(serviceCount);
    std::vector<EdgeSums> edges(index_->edgeCount());
    std::vector<std::vector<float>> gaps(serviceCount); // by callee, of the latency traces
    for (std::size_t t = first; t < last; ++t) {
        const TraceLabel label = labels[t - first];
        const bool latency = readsLatency(label);
        for (auto s = index_->servicesBegin(t); s != index_->servicesEnd(t); ++s) {
            const auto service = static_cast<std::size_t>(s->service);
            present[service] = true; // an unlabelled trace only makes the service present
            counts[service].ef += label == TraceLabel::Abnormal ? 1 : 0;
            counts[service].ep += label == TraceLabel::Normal ? 1 : 0;
            if (latency)
                sums[service].add(*s);
        }
        for (auto e = index_->edgesBegin(t); e != index_->edgesEnd(t); ++e) {
            EdgeSums& edge = edges[static_cast<std::size_t>(e->edge)];
            edge.calls += e->calls;
            edge.calleeDuration += e->calleeDurationNs;
            edge.gapCalls += e->gapCalls;
            edge.gap += e->gapNs;
        }
        if (latency)
            for (auto g = index_->gapsBegin(t); g != index_->gapsEnd(t); ++g)
                gaps[static_cast<std::size_t>(g->callee)].push_back(g->gapNs);
    }
    for (const std::int64_t service : telemetryServices_)
        present[static_cast<std::size_t>(service)] = true;

    for (std::size_t service = 0; service < serviceCount; ++service) {
        if (!present[service])
            continue;
        ServiceEvidence evidence;
        evidence.service = serviceNames_[service];
        evidence.counts = counts[service];
        evidence.counts.nf = result.abnormal - evidence.counts.ef;
        evidence.counts.np = result.normal - evidence.counts.ep;
        const ServiceSums& s = sums[service];
        if (s.spans > 0) {
            const Baseline& base = baseline_[service];
            evidence.spans = static_cast<std::int64_t>(s.spans);
            if (s.workSpans > 0)
                evidence.selfTimeZ = zScore(s.self / s.workSpans, base.self.mean(), base.self.std());
            evidence.durationZ = zScore(s.duration / s.spans, base.duration.mean(), base.duration.std());
            evidence.errorShare = s.errors / s.spans;
            evidence.ownErrorShare = s.ownErrors / s.spans;
        }
        if (!gaps[service].empty() && baselineGaps_[service])
            evidence.callLatencyZ =
                (medianInPlace(gaps[service]) - baselineGaps_[service]->median) / baselineGaps_[service]->spread;
        const auto id = static_cast<std::int64_t>(service);
        if (telemetry_ && options_.useKpis)
            evidence.kpiDeviation = telemetry_->kpiDeviation(id, period);
        if (telemetry_ && options_.useLogs)
            evidence.errorLogExcess = telemetry_->errorLogExcess(id, period);
        result.services.push_back(std::move(evidence));
    }
    std::sort(result.services.begin(), result.services.end(),
        [](const ServiceEvidence& a, const ServiceEvidence& b) { return a.service < b.service; });
    for (std::size_t id = 0; id < edges.size(); ++id) {
        const EdgeSums& edge = edges[id];
        if (edge.calls == 0)
            continue;
        const auto [caller, callee] = index_->edge(static_cast<std::int32_t>(id));
        ServiceEdge out{serviceNames_.at(static_cast<std::size_t>(caller)),
            serviceNames_.at(static_cast<std::size_t>(callee)), edge.calls,
            edge.calleeDuration / static_cast<double>(edge.calls), std::nullopt};
        if (edge.gapCalls > 0)
            out.meanCallGapNs = edge.gap / edge.gapCalls;
        result.edges.push_back(std::move(out));
    }
    std::sort(result.edges.begin(), result.edges.end(), [](const ServiceEdge& a, const ServiceEdge& b) {
        return a.caller < b.caller || (a.caller == b.caller && a.callee < b.callee);
    });
    return result;
}

} // namespace tracemark
