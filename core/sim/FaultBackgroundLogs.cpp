#include "core/sim/FaultBackgroundLogs.h"

#include <string>

namespace tracemark::sim {

namespace {
constexpr std::uint64_t kBackgroundLogStream = 0x62676c6f67; // "bglog"
}

FaultBackgroundLogs::FaultBackgroundLogs(const Topology& topology, const FaultPlan& faults,
    const LogGenerator& logs, std::uint64_t seed, std::int64_t periodNs)
    : topology_(topology)
    , faults_(faults)
    , logs_(logs)
    , rng_(deriveSeed(seed, kBackgroundLogStream))
    , periodNs_(periodNs)
{
    skipQuietFaults();
}

bool FaultBackgroundLogs::hasBackground(const PlannedFault& fault) const
{
    return fault.type == FaultType::Cpu || fault.type == FaultType::Memory
        || fault.type == FaultType::PodFailure;
}

void FaultBackgroundLogs::skipQuietFaults()
{
    const auto& all = faults_.faults();
    while (faultIndex_ < all.size() && !hasBackground(all[faultIndex_]))
        ++faultIndex_;
    if (faultIndex_ < all.size())
        nextNs_ = all[faultIndex_].startNs;
}

void FaultBackgroundLogs::emitUntil(std::int64_t nowNs, ImportSink& sink)
{
    const auto& all = faults_.faults();
    while (faultIndex_ < all.size() && nextNs_ < nowNs) {
        const PlannedFault& fault = all[faultIndex_];
        emitOne(fault, nextNs_, sink);
        nextNs_ += periodNs_;
        if (nextNs_ >= fault.endNs) {
            ++faultIndex_;
            skipQuietFaults();
        }
    }
}

void FaultBackgroundLogs::emitOne(const PlannedFault& fault, std::int64_t timeNs, ImportSink& sink)
{
    const auto& spec = topology_.service(fault.service);
    switch (fault.type) {
    case FaultType::Cpu:
        sink.addLog(logs_.background(fault.instance, timeNs, "WARN",
            "CPU throttled: " + std::to_string(rng_.between(60, 95))
                + "% of CFS periods throttled in the last 10s"));
        break;
    case FaultType::Memory: {
        const double fill = fault.memoryFill(timeNs);
        const double heap = spec.memoryBaseMiB + (0.97 * spec.memoryLimitMiB - spec.memoryBaseMiB) * fill;
        const std::string amount
            = LogGenerator::formatMs(heap) + "/" + LogGenerator::formatMs(spec.memoryLimitMiB) + " MiB";
        if (fill >= PlannedFault::kPressureFill)
            sink.addLog(logs_.background(fault.instance, timeNs, "ERROR",
                "memory usage near limit: " + amount + ", allocation failures imminent (OOM risk)"));
        else
            sink.addLog(logs_.background(fault.instance, timeNs, "WARN",
                "high memory usage: heap " + amount + ", GC running more often"));
        break;
    }
    case FaultType::PodFailure:
        if (timeNs == fault.startNs)
            sink.addLog(logs_.background(fault.instance, timeNs, "ERROR",
                "container " + spec.name + " terminated: exit code 137, pod not ready"));
        else
            sink.addLog(logs_.background(fault.instance, timeNs, "WARN",
                "Readiness probe failed: dial tcp 10.4." + std::to_string(rng_.between(0, 255)) + "."
                    + std::to_string(rng_.between(2, 254)) + ":8080: connect: connection refused"));
        break;
    default:
        break;
    }
}

} // namespace tracemark::sim
