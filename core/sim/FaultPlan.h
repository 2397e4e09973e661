#pragma once
// The faults a simulation injects: when, where (one service instance) and what, chosen from
// the seed before any trace is generated. Faults never overlap and leave normal time between
// them, so every trace is affected by at most one fault.
#include "core/model/Telemetry.h"
#include "core/sim/Topology.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tracemark::sim {

enum class FaultType : std::uint8_t { Delay, Error, Structural, Cpu, Memory, PodFailure };
constexpr int kFaultTypeCount = 6;
// "delay", "error", "structural", "cpu", "memory", "pod_failure": the names in the ground truth.
std::string_view faultTypeName(FaultType type);

struct PlannedFault {
    FaultType type = FaultType::Delay;
    int service = 0;
    int instance = 0;
    std::int64_t startNs = 0;
    std::int64_t endNs = 0;
    double delayMs = 0.0; // Delay: added to every request the instance serves
    double errorRate = 0.0; // Error: share of the instance's requests that fail
    int skippedOperation = -1; // Structural: the downstream operation the instance stops calling
    double skipRate = 0.0; // Structural: share of those calls skipped
    double cpuSlowdown = 1.0; // Cpu: latency multiplier of the starved instance
    double memorySlowdown = 1.0; // Memory: latency multiplier once memory is near the limit

    bool covers(std::int64_t timeNs) const { return timeNs >= startNs && timeNs < endNs; }
    // Memory: how far the leak has grown, 0 at the start and 1 (the limit) from 60 % of the window on.
    double memoryFill(std::int64_t timeNs) const;
    // Memory: the instance is under GC pressure (latency and GC-pause effects apply).
    bool memoryPressure(std::int64_t timeNs) const
    {
        return covers(timeNs) && memoryFill(timeNs) >= kPressureFill;
    }

    static constexpr double kPressureFill = 0.8;
    static constexpr double kGcPauseProbability = 0.2;
};

class FaultPlan {
public:
    FaultPlan() = default;
    // Places `count` faults of `durationNs` each over [firstNs, lastNs], one per equal slot at a
    // random offset inside it. When the slots are too short the duration is cut to half a slot
    // and a warning says so. Types cycle through a seed-shuffled order of all six, so any six
    // consecutive faults cover every type.
    static FaultPlan create(const Topology& topology, int count, std::uint64_t seed, std::int64_t firstNs,
        std::int64_t lastNs, std::int64_t durationNs, std::vector<std::string>& warnings);

    const std::vector<PlannedFault>& faults() const { return faults_; }
    // The fault acting on `instance` at `timeNs`, or nullptr.
    const PlannedFault* activeOn(int instance, std::int64_t timeNs) const
    {
        const PlannedFault* f = activeAt(timeNs);
        return f && f->instance == instance ? f : nullptr;
    }
    const PlannedFault* activeAt(std::int64_t timeNs) const;
    // Fraction of [fromNs, toNs) during which a fault of `type` acts on `instance`.
    double coverage(int instance, FaultType type, std::int64_t fromNs, std::int64_t toNs) const;

    // The record handed to the sink (the ground truth for root-cause evaluation).
    FaultInjection describe(const Topology& topology, const PlannedFault& fault) const;

private:
    std::vector<PlannedFault> faults_; // sorted by start, non-overlapping
};

} // namespace tracemark::sim
