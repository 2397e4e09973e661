#include "core/sim/FaultPlan.h"

#include "core/common/Error.h"
#include "core/sim/Random.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tracemark::sim {

namespace {

constexpr std::uint64_t kFaultStream = 0x6661756c74; // "fault"

std::vector<int> eligibleServices(const Topology& topology, FaultType type)
{
    std::vector<int> out;
    const auto& services = topology.services();
    if (type == FaultType::Structural) {
        // Only a service that calls others can leave a call out.
        for (const auto& edge : topology.edges())
            if (services[static_cast<std::size_t>(edge.callerService)].protocol != Protocol::Http
                && std::find(out.begin(), out.end(), edge.callerService) == out.end())
                out.push_back(edge.callerService);
        std::sort(out.begin(), out.end());
        return out;
    }
    for (std::size_t s = 0; s < services.size(); ++s) {
        // The entry point may run hot or leak memory, but a delayed, failing or dead frontend
        // would be a different (and trivially visible) experiment.
        const bool entry = services[s].protocol == Protocol::Http;
        if (!entry || type == FaultType::Cpu || type == FaultType::Memory)
            out.push_back(static_cast<int>(s));
    }
    return out;
}

std::string formatDouble(const char* format, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

} // namespace

std::string_view faultTypeName(FaultType type)
{
    switch (type) {
    case FaultType::Delay:
        return "delay";
    case FaultType::Error:
        return "error";
    case FaultType::Structural:
        return "structural";
    case FaultType::Cpu:
        return "cpu";
    case FaultType::Memory:
        return "memory";
    case FaultType::PodFailure:
        return "pod_failure";
    }
    return "delay";
}

double PlannedFault::memoryFill(std::int64_t timeNs) const
{
    const double rampNs = 0.6 * static_cast<double>(endNs - startNs);
    if (rampNs <= 0.0 || timeNs <= startNs)
        return 0.0;
    return std::min(1.0, static_cast<double>(timeNs - startNs) / rampNs);
}

FaultPlan FaultPlan::create(const Topology& topology, int count, std::uint64_t seed, std::int64_t firstNs,
    std::int64_t lastNs, std::int64_t durationNs, std::vector<std::string>& warnings)
{
    FaultPlan plan;
    if (count < 0)
        throw UsageError(
            "simulator: the number of faults must not be negative (got " + std::to_string(count) + ")");
    if (count == 0)
        return plan;
    if (durationNs <= 0)
        throw UsageError(
            "simulator: the fault duration must be positive (got " + std::to_string(durationNs) + " ns)");
    Rng rng(deriveSeed(seed, kFaultStream));

    // With (almost) no traffic there is no span to spread over: lay the faults out as if the
    // run were long enough for them.
    std::int64_t spanNs = lastNs - firstNs;
    if (spanNs <= 0)
        spanNs = 2 * durationNs * count;
    const std::int64_t slotNs = spanNs / count;
    std::int64_t lengthNs = durationNs;
    if (lengthNs > slotNs / 2) {
        lengthNs = std::max<std::int64_t>(1, slotNs / 2);
        warnings.push_back("simulator: " + std::to_string(count) + " faults of "
            + formatDouble("%.1f", static_cast<double>(durationNs) / 1e9) + " s do not fit in the "
            + formatDouble("%.1f", static_cast<double>(spanNs) / 1e9)
            + " s of simulated traffic; each fault lasts "
            + formatDouble("%.3f", static_cast<double>(lengthNs) / 1e9) + " s instead");
    }

    FaultType order[kFaultTypeCount] = { FaultType::Delay, FaultType::Error, FaultType::Structural,
        FaultType::Cpu, FaultType::Memory, FaultType::PodFailure };
    for (int i = kFaultTypeCount - 1; i > 0; --i)
        std::swap(order[i], order[rng.below(static_cast<std::uint32_t>(i + 1))]);
    const auto edges = topology.edges();

    for (int i = 0; i < count; ++i) {
        PlannedFault f;
        f.type = order[i % kFaultTypeCount];
        // Normal traffic on both sides of every fault: a baseline before, a recovery after.
        const std::int64_t slotStart = firstNs + slotNs * i;
        const double offset = rng.uniform(0.25, 0.75) * static_cast<double>(slotNs - lengthNs);
        f.startNs = slotStart + static_cast<std::int64_t>(offset);
        f.endNs = f.startNs + lengthNs;

        const auto services = eligibleServices(topology, f.type);
        if (services.empty())
            throw UsageError("simulator: the topology has no service that can take a "
                + std::string(faultTypeName(f.type)) + " fault");
        f.service = services[rng.below(static_cast<std::uint32_t>(services.size()))];
        const auto& instances = topology.instancesOf(f.service);
        f.instance = instances[rng.below(static_cast<std::uint32_t>(instances.size()))];

        switch (f.type) {
        case FaultType::Delay:
            f.delayMs = 10.0 * std::round(rng.uniform(20.0, 80.0));
            break;
        case FaultType::Error:
            f.errorRate = rng.uniform(0.7, 0.95);
            break;
        case FaultType::Structural: {
            // Which call goes missing, weighted by how often it is made (so that it shows).
            double total = 0.0;
            for (const auto& e : edges)
                if (e.callerService == f.service)
                    total += e.expectedPerTrace;
            double pick = rng.uniform() * total;
            for (const auto& e : edges) {
                if (e.callerService != f.service)
                    continue;
                f.skippedOperation = e.calleeOperation;
                pick -= e.expectedPerTrace;
                if (pick < 0.0)
                    break;
            }
            f.skipRate = rng.uniform(0.8, 0.95);
            break;
        }
        case FaultType::Cpu:
            f.cpuSlowdown = rng.uniform(1.2, 1.5);
            break;
        case FaultType::Memory:
            f.memorySlowdown = rng.uniform(1.1, 1.3);
            break;
        case FaultType::PodFailure:
            break;
        }
        plan.faults_.push_back(f);
    }
    return plan;
}

const PlannedFault* FaultPlan::activeAt(std::int64_t timeNs) const
{
    // Last fault starting at or before timeNs; the faults do not overlap.
    auto it = std::upper_bound(faults_.begin(), faults_.end(), timeNs,
        [](std::int64_t t, const PlannedFault& f) { return t < f.startNs; });
    if (it == faults_.begin())
        return nullptr;
    --it;
    return it->covers(timeNs) ? &*it : nullptr;
}

double FaultPlan::coverage(int instance, FaultType type, std::int64_t fromNs, std::int64_t toNs) const
{
    if (toNs <= fromNs)
        return 0.0;
    std::int64_t covered = 0;
    for (const auto& f : faults_) {
        if (f.instance != instance || f.type != type)
            continue;
        const std::int64_t a = std::max(fromNs, f.startNs);
        const std::int64_t b = std::min(toNs, f.endNs);
        if (b > a)
            covered += b - a;
    }
    return static_cast<double>(covered) / static_cast<double>(toNs - fromNs);
}

FaultInjection FaultPlan::describe(const Topology& topology, const PlannedFault& f) const
{
    FaultInjection out;
    out.startNs = f.startNs;
    out.endNs = f.endNs;
    const auto& service = topology.service(f.service);
    out.service = service.name;
    out.instance = topology.instance(f.instance).name;
    out.faultType = std::string(faultTypeName(f.type));
    out.source = "simulator";
    switch (f.type) {
    case FaultType::Delay:
        out.detail = "every request to the instance takes " + formatDouble("%.0f", f.delayMs) + " ms longer";
        break;
    case FaultType::Error:
        out.detail = formatDouble("%.0f", 100.0 * f.errorRate) + " % of the instance's requests fail ("
            + (service.protocol == Protocol::Http         ? "HTTP 500"
                    : service.protocol == Protocol::Redis ? "error reply"
                                                          : "gRPC INTERNAL")
            + ")";
        break;
    case FaultType::Structural:
        out.detail = "the instance skips " + formatDouble("%.0f", 100.0 * f.skipRate) + " % of its calls to "
            + topology.operation(f.skippedOperation).name + " ("
            + topology.service(topology.operation(f.skippedOperation).service).name + ")";
        break;
    case FaultType::Cpu:
        out.detail
            = "CPU exhausted (usage 90-100 %), requests " + formatDouble("%.2f", f.cpuSlowdown) + "x slower";
        break;
    case FaultType::Memory:
        out.detail = "memory leak from " + formatDouble("%.0f", service.memoryBaseMiB) + " MiB to the "
            + formatDouble("%.0f", service.memoryLimitMiB) + " MiB limit; near the limit requests "
            + formatDouble("%.2f", f.memorySlowdown) + "x slower with GC pauses";
        break;
    case FaultType::PodFailure:
        out.detail = "pod down: connections refused, callers retry on another instance";
        break;
    }
    return out;
}

} // namespace tracemark::sim
