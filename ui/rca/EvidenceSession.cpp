#include "ui/rca/EvidenceSession.h"

#include <chrono>
#include <cmath>
#include <unordered_map>

namespace tracemark {

double EvidenceSession::Moments::std() const
{
    if (count < 2)
        return 0;
    const double m = sum / count;
    return std::sqrt(std::max(0.0, squares / count - m * m));
}

EvidenceSession::EvidenceSession(Workspace& workspace, Progress& progress)
    : builder_(std::make_unique<PeriodEvidenceBuilder>(workspace, EvidenceOptions{}, progress))
    , labels_(PeriodEvidenceBuilder::workspaceLabels(workspace))
{
    Statement names = workspace.database().prepare("SELECT id, name FROM services");
    while (names.step()) {
        const auto id = static_cast<std::size_t>(names.int64(0));
        if (id >= serviceNames_.size())
            serviceNames_.resize(id + 1);
        serviceNames_[id] = names.text(1);
    }
    baseSelf_.resize(serviceNames_.size());
    baseDuration_.resize(serviceNames_.size());
    // The baseline the evidence uses without windows: every trace of the workspace.
    const TraceEvidenceIndex& index = builder_->index();
    for (std::size_t t = 0; t < index.traceCount(); ++t) {
        for (auto s = index.servicesBegin(t); s != index.servicesEnd(t); ++s) {
            const auto id = static_cast<std::size_t>(s->service);
            if (id >= serviceNames_.size())
                continue;
            baseSelf_[id].count += s->workSpans;
            baseSelf_[id].sum += s->selfNs;
            baseSelf_[id].squares += s->selfSquares;
            baseDuration_[id].count += s->spans;
            baseDuration_[id].sum += s->durationNs;
            baseDuration_[id].squares += s->durationSquares;
        }
    }
}

EvidenceSession::~EvidenceSession() = default;

std::size_t EvidenceSession::traceCount() const
{
    return builder_->index().traceCount();
}

PeriodRanking EvidenceSession::rank(std::int64_t periodId, const TimeWindow& window)
{
    const auto started = std::chrono::steady_clock::now();
    PeriodRanking ranking;
    ranking.periodId = periodId;
    ranking.evidence = builder_->build(window, labels_);
    ranking.ochiai = rankBySbfl(ranking.evidence.services, SbflFormula::Ochiai);
    ranking.combined = rankCombined(ranking.evidence.services, ranking.evidence.edges);
    const auto [first, last] = builder_->index().range(window.startNs, window.endNs);
    ranking.latency = latencyOf(ranking.evidence, first, last);
    ranking.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return ranking;
}

std::vector<LatencyFigures> EvidenceSession::latencyOf(const PeriodEvidence& evidence, std::size_t first,
    std::size_t last)
{
    // The same traces the evidence's z scores read: the abnormal ones, all when none is.
    const TraceEvidenceIndex& index = builder_->index();
    std::vector<Moments> self(serviceNames_.size()), duration(serviceNames_.size());
    for (std::size_t t = first; t < last; ++t) {
        if (evidence.abnormal > 0 && labels_(index.key(t)) != TraceLabel::Abnormal)
            continue;
        for (auto s = index.servicesBegin(t); s != index.servicesEnd(t); ++s) {
            const auto id = static_cast<std::size_t>(s->service);
            if (id >= serviceNames_.size())
                continue;
            self[id].count += s->workSpans;
            self[id].sum += s->selfNs;
            duration[id].count += s->spans;
            duration[id].sum += s->durationNs;
        }
    }
    std::unordered_map<std::string, std::size_t> idOf;
    for (std::size_t id = 0; id < serviceNames_.size(); ++id)
        idOf.emplace(serviceNames_[id], id);
    std::vector<LatencyFigures> figures;
    figures.reserve(evidence.services.size());
    for (const ServiceEvidence& service : evidence.services) {
        LatencyFigures f;
        const auto found = idOf.find(service.service);
        if (found != idOf.end()) {
            const std::size_t id = found->second;
            f.hasSpans = duration[id].count > 0;
            f.selfMeanNs = self[id].mean();
            f.durationMeanNs = duration[id].mean();
            f.baseSelfMeanNs = baseSelf_[id].mean();
            f.baseSelfStdNs = baseSelf_[id].std();
            f.baseDurationMeanNs = baseDuration_[id].mean();
            f.baseDurationStdNs = baseDuration_[id].std();
        }
        figures.push_back(f);
    }
    return figures;
}

} // namespace tracemark
