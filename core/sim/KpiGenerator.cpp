#include "core/sim/KpiGenerator.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cmath>

namespace tracemark::sim {

namespace {

constexpr std::uint64_t kKpiStream = 0x6b7069; // "kpi"
constexpr double kHourNs = 3600e9;
constexpr double kLoadPrior = 3.0; // pseudo-requests added to observed and expected load
constexpr double kHealthyCpuCeiling = 80.0; // % CPU a healthy instance never exceeds

MetricSample sample(std::int64_t timeNs, const std::string& service, const std::string& instance,
    const char* name, double value)
{
    MetricSample s;
    s.timeNs = timeNs;
    s.service = service;
    s.instance = instance;
    s.name = name;
    s.value = value;
    return s;
}

} // namespace

KpiGenerator::KpiGenerator(const Topology& topology, const FaultPlan& faults, std::uint64_t seed,
    std::int64_t startNs, std::int64_t intervalNs, double tracesPerSecond)
    : topology_(topology)
    , faults_(faults)
    , rng_(deriveSeed(seed, kKpiStream))
    , intervalNs_(intervalNs)
    , frontStartNs_(startNs)
{
    if (intervalNs <= 0)
        throw UsageError(
            "simulator: the metric interval must be positive (got " + std::to_string(intervalNs) + " ns)");
    const auto callsPerTrace = topology.expectedCallsPerTrace();
    const double intervalSeconds = static_cast<double>(intervalNs) / 1e9;
    for (const auto& instance : topology.instances()) {
        const double replicas = static_cast<double>(topology.instancesOf(instance.service).size());
        expectedRequests_.push_back(tracesPerSecond * intervalSeconds
            * callsPerTrace[static_cast<std::size_t>(instance.service)] / replicas);
        memoryPhase_.push_back(rng_.uniform(0.0, 6.283185307179586));
    }
    windows_.emplace_back(topology.instances().size());
}

KpiGenerator::Window& KpiGenerator::windowAt(std::int64_t timeNs)
{
    const std::int64_t offset = std::max<std::int64_t>(0, timeNs - frontStartNs_);
    const auto index = static_cast<std::size_t>(offset / intervalNs_);
    while (windows_.size() <= index)
        windows_.emplace_back(topology_.instances().size());
    return windows_[index];
}

void KpiGenerator::recordRequest(int instance, std::int64_t startNs, std::int64_t durationNs, bool failed)
{
    auto& counters = windowAt(startNs)[static_cast<std::size_t>(instance)];
    ++counters.requests;
    if (failed)
        ++counters.errors;
    counters.latency.add(durationNs);
}

void KpiGenerator::advanceTo(std::int64_t nowNs, ImportSink& sink)
{
    while (frontStartNs_ + intervalNs_ <= nowNs)
        emitFront(sink);
}

void KpiGenerator::finish(std::int64_t endNs, ImportSink& sink)
{
    while (frontStartNs_ <= endNs)
        emitFront(sink);
}

double KpiGenerator::memoryMiB(int instance, std::int64_t atNs, double loadRatio)
{
    const auto& spec = topology_.service(topology_.instance(instance).service);
    const double wave = std::sin(memoryPhase_[static_cast<std::size_t>(instance)]
        + 6.283185307179586 * static_cast<double>(atNs) / kHourNs);
    double mib
        = spec.memoryBaseMiB * (1.0 + 0.03 * wave + 0.04 * std::min(loadRatio, 3.0)) + rng_.normal(0.0, 0.4);
    // A gauge read at the scrape: the leak as it stands just before atNs.
    const PlannedFault* fault = faults_.activeOn(instance, atNs - 1);
    if (fault && fault->type == FaultType::Memory)
        mib += (0.97 * spec.memoryLimitMiB - mib) * fault->memoryFill(atNs - 1);
    return std::clamp(mib, 1.0, spec.memoryLimitMiB);
}

void KpiGenerator::emitFront(ImportSink& sink)
{
    const std::int64_t fromNs = frontStartNs_;
    const std::int64_t toNs = fromNs + intervalNs_;
    const double intervalSeconds = static_cast<double>(intervalNs_) / 1e9;
    const Window& window = windows_.front();
    for (std::size_t i = 0; i < window.size(); ++i) {
        const int instance = static_cast<int>(i);
        const auto& counters = window[i];
        const auto& spec = topology_.service(topology_.instance(instance).service);
        const std::string& service = spec.name;
        const std::string& name = topology_.instance(instance).name;
        // Load relative to the mean, shrunk towards 1 so that a quiet instance's few requests
        // per interval do not make its CPU jump around.
        const double loadRatio
            = (static_cast<double>(counters.requests) + kLoadPrior) / (expectedRequests_[i] + kLoadPrior);

        sink.addMetric(sample(toNs, service, name, "request_rate", counters.requests / intervalSeconds));
        sink.addMetric(sample(toNs, service, name, "error_rate",
            counters.requests ? static_cast<double>(counters.errors) / counters.requests : 0.0));
        // A pod that was down for most of the interval was not scraped: no resource samples.
        if (faults_.coverage(instance, FaultType::PodFailure, fromNs, toNs) >= 0.5)
            continue;

        // Healthy instances are scaled to stay below saturation; only a CPU fault pins them near 100 %.
        double cpu = std::clamp(spec.cpuBasePercent + spec.cpuLoadPercent * loadRatio + rng_.normal(0.0, 0.8),
            0.1, kHealthyCpuCeiling);
        const double starved = faults_.coverage(instance, FaultType::Cpu, fromNs, toNs);
        if (starved > 0.0)
            cpu = (1.0 - starved) * cpu + starved * rng_.uniform(90.0, 99.5);
        sink.addMetric(sample(toNs, service, name, "cpu_usage", std::clamp(cpu, 0.1, 100.0)));
        sink.addMetric(sample(toNs, service, name, "memory_usage", memoryMiB(instance, toNs, loadRatio)));
        if (counters.requests > 0)
            sink.addMetric(sample(toNs, service, name, "latency_p90_ms", counters.latency.quantileMs(0.9)));
    }
    windows_.pop_front();
    if (windows_.empty())
        windows_.emplace_back(topology_.instances().size());
    frontStartNs_ = toNs;
}

} // namespace tracemark::sim
