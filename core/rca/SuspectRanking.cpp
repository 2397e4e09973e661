#include "core/rca/SuspectRanking.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <utility>

namespace tracemark {

namespace {

std::string formatNumber(const char* format, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

std::string describeEdge(const ServiceEdge& edge)
{
    return quoteForMessage(edge.caller) + " -> " + quoteForMessage(edge.callee);
}

void requireFinite(const ServiceEvidence& e, const char* field, double value)
{
    if (!std::isfinite(value))
        throw UsageError("ranking suspects: " + std::string(field) + " of service " + quoteForMessage(e.service) +
                         " is " + formatNumber("%g", value) + ", not a finite number");
}

void requireShare(const ServiceEvidence& e, const char* field, double value)
{
    requireFinite(e, field, value);
    if (value < 0 || value > 1)
        throw UsageError("ranking suspects: " + std::string(field) + " of service " + quoteForMessage(e.service) +
                         " is " + formatNumber("%g", value) + ", not a share in [0, 1]");
}

// Index of each service, after checking every value the scores read.
std::unordered_map<std::string, std::size_t> indexValidEvidence(const std::vector<ServiceEvidence>& evidence)
{
    std::unordered_map<std::string, std::size_t> indexByService;
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        const ServiceEvidence& e = evidence[i];
        if (!indexByService.emplace(e.service, i).second)
            throw UsageError("ranking suspects: service " + quoteForMessage(e.service) + " has evidence twice");
        const std::pair<const char*, std::int64_t> counts[] = {
            {"ef", e.counts.ef}, {"ep", e.counts.ep}, {"nf", e.counts.nf}, {"np", e.counts.np}, {"spans", e.spans}};
        for (const auto& [name, value] : counts)
            if (value < 0)
                throw UsageError("ranking suspects: " + std::string(name) + " of service " + quoteForMessage(e.service) +
                                 " is " + std::to_string(value) + ", must not be negative");
        requireFinite(e, "selfTimeZ", e.selfTimeZ);
        requireFinite(e, "durationZ", e.durationZ);
        requireFinite(e, "callLatencyZ", e.callLatencyZ);
        requireShare(e, "errorShare", e.errorShare);
        requireShare(e, "ownErrorShare", e.ownErrorShare);
        if (e.kpiDeviation)
            requireFinite(e, "kpiDeviation", *e.kpiDeviation);
        if (e.errorLogExcess)
            requireFinite(e, "errorLogExcess", *e.errorLogExcess);
    }
    return indexByService;
}

void validateWeights(const RankingWeights& w)
{
    const std::pair<const char*, double> weights[] = {{"sbfl", w.sbfl}, {"selfTime", w.selfTime},
        {"ownErrors", w.ownErrors}, {"callLatency", w.callLatency}, {"kpi", w.kpi}, {"errorLogs", w.errorLogs},
        {"fullZ", w.fullZ}, {"inherited", w.inherited}, {"healthyBelow", w.healthyBelow}};
    for (const auto& [name, value] : weights)
        if (!std::isfinite(value) || value < 0)
            throw UsageError("ranking weight " + std::string(name) + " is " + formatNumber("%g", value) +
                             ", must be a finite number >= 0");
    if (w.fullZ <= 0)
        throw UsageError("ranking weight fullZ is " + formatNumber("%g", w.fullZ) + ", must be positive");
}

double clampToUnit(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

double logStrength(double z, const RankingWeights& w)
{
    return z <= 0 ? 0.0 : clampToUnit(std::log10(1.0 + z) / std::log10(1.0 + w.fullZ));
}

// The weighted terms of one service's anomaly, kept apart so the reason can name them.
struct AnomalyTerms {
    double ochiai = 0;
    double selfTime = 0;  // logStrength(selfTimeZ)
    double callLatency = 0; // logStrength(callLatencyZ)
    double kpi = 0;       // logStrength(kpiDeviation)
    double errorLogs = 0; // logStrength(errorLogExcess)
    double total = 0;
};

AnomalyTerms anomalyOf(const ServiceEvidence& e, const RankingWeights& w)
{
    AnomalyTerms t;
    t.ochiai = sbflScore(SbflFormula::Ochiai, e.counts);
    t.total = w.sbfl * t.ochiai;
    t.kpi = e.kpiDeviation ? logStrength(*e.kpiDeviation, w) : 0.0;
    t.errorLogs = e.errorLogExcess ? logStrength(*e.errorLogExcess, w) : 0.0;
    // Call latency is measured on the callers' side: it counts for a service without spans too.
    t.callLatency = logStrength(e.callLatencyZ, w);
    t.total += w.kpi * t.kpi + w.errorLogs * t.errorLogs + w.callLatency * t.callLatency;
    // Without spans its own latency and error figures describe nothing in this period.
    if (e.spans == 0)
        return t;
    t.selfTime = logStrength(e.selfTimeZ, w);
    t.total += w.selfTime * t.selfTime + w.ownErrors * e.ownErrorShare;
    return t;
}

std::string describeEvidence(const ServiceEvidence& e, const AnomalyTerms& t)
{
    std::string reason = "ochiai " + formatNumber("%.2f", t.ochiai);
    if (e.spans == 0)
        reason += ", no spans in the period";
    if (t.selfTime > 0)
        reason += ", self time z " + formatNumber("%.1f", e.selfTimeZ);
    if (e.spans > 0 && e.ownErrorShare > 0)
        reason += ", own errors " + formatNumber("%.0f", 100 * e.ownErrorShare) + " %";
    if (t.callLatency > 0)
        reason += ", call latency z " + formatNumber("%.1f", e.callLatencyZ);
    if (t.kpi > 0)
        reason += ", KPI z " + formatNumber("%.1f", *e.kpiDeviation);
    if (t.errorLogs > 0)
        reason += ", error logs z " + formatNumber("%.1f", *e.errorLogExcess);
    return reason;
}

// Score descending, then name ascending; ranks follow the order.
std::vector<RankedSuspect> ordered(std::vector<RankedSuspect> suspects)
{
    std::sort(suspects.begin(), suspects.end(), [](const RankedSuspect& a, const RankedSuspect& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.service < b.service;
    });
    for (std::size_t i = 0; i < suspects.size(); ++i)
        suspects[i].rank = static_cast<int>(i) + 1;
    return suspects;
}

} // namespace

std::vector<RankedSuspect> rankBySbfl(const std::vector<ServiceEvidence>& evidence, SbflFormula formula)
{
    indexValidEvidence(evidence);
    std::vector<RankedSuspect> suspects;
    suspects.reserve(evidence.size());
    for (const ServiceEvidence& e : evidence) {
        const SbflCounts& c = e.counts;
        suspects.push_back({e.service, sbflScore(formula, c), 0,
            "ef " + std::to_string(c.ef) + ", ep " + std::to_string(c.ep) + ", nf " + std::to_string(c.nf) + ", np " +
                std::to_string(c.np)});
    }
    return ordered(std::move(suspects));
}

std::vector<RankedSuspect> rankCombined(const std::vector<ServiceEvidence>& evidence,
    const std::vector<ServiceEdge>& edges, const RankingWeights& weights)
{
    const auto indexByService = indexValidEvidence(evidence);
    validateWeights(weights);

    std::vector<std::vector<std::size_t>> callees(evidence.size());
    for (const ServiceEdge& edge : edges) {
        const auto caller = indexByService.find(edge.caller);
        const auto callee = indexByService.find(edge.callee);
        if (caller == indexByService.end() || callee == indexByService.end())
            throw UsageError("ranking suspects: edge " + describeEdge(edge) + " names a service with no evidence");
        // A service calling itself says nothing about where the fault started.
        if (caller->second != callee->second)
            callees[caller->second].push_back(callee->second);
    }

    std::vector<AnomalyTerms> terms;
    terms.reserve(evidence.size());
    for (const ServiceEvidence& e : evidence)
        terms.push_back(anomalyOf(e, weights));

    std::vector<RankedSuspect> suspects;
    suspects.reserve(evidence.size());
    for (std::size_t s = 0; s < evidence.size(); ++s) {
        const double anomaly = terms[s].total;
        // The callee it most likely inherits from: the most anomalous callee that is anomalous
        // and at least as anomalous as the caller (name breaks ties, for a stable reason text).
        const ServiceEvidence* source = nullptr;
        double sourceAnomaly = 0;
        bool allCalleesHealthy = true;
        for (const std::size_t c : callees[s]) {
            const double calleeAnomaly = terms[c].total;
            if (calleeAnomaly >= weights.healthyBelow)
                allCalleesHealthy = false;
            if (calleeAnomaly < anomaly || calleeAnomaly < weights.healthyBelow)
                continue;
            if (source == nullptr || calleeAnomaly > sourceAnomaly ||
                (calleeAnomaly == sourceAnomaly && evidence[c].service < source->service)) {
                source = &evidence[c];
                sourceAnomaly = calleeAnomaly;
            }
        }
        RankedSuspect suspect{evidence[s].service, anomaly, 0, describeEvidence(evidence[s], terms[s])};
        if (source != nullptr) {
            suspect.score = anomaly * weights.inherited;
            suspect.reason += ", callee " + source->service + " at least as anomalous";
        } else if (anomaly >= weights.healthyBelow && allCalleesHealthy) {
            suspect.reason += callees[s].empty() ? ", origin: anomalous, no callees"
                                                 : ", origin: anomalous, all callees healthy";
        }
        suspects.push_back(std::move(suspect));
    }
    return ordered(std::move(suspects));
}

int rankOf(const std::vector<RankedSuspect>& ranking, const std::string& service)
{
    for (const RankedSuspect& suspect : ranking)
        if (suspect.service == service)
            return suspect.rank;
    return 0;
}

} // namespace tracemark
