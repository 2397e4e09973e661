#include "core/sim/Simulator.h"

#include "core/common/Error.h"
#include "core/sim/ArrivalProcess.h"
#include "core/sim/FaultBackgroundLogs.h"
#include "core/sim/FaultPlan.h"
#include "core/sim/KpiGenerator.h"
#include "core/sim/LogGenerator.h"
#include "core/sim/OnlineBoutique.h"
#include "core/sim/TraceGenerator.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace tracemark {

namespace {

constexpr std::uint64_t kArrivalStream = 0x617272; // "arr"
constexpr std::uint64_t kTraceStream = 0x747263; // "trc"
constexpr std::uint64_t kProgressEvery = 256; // traces between progress reports / cancel checks

void validate(const SimulationConfig& c)
{
    if (!(c.tracesPerSecond > 0.0) || !std::isfinite(c.tracesPerSecond))
        throw UsageError("simulator: traces per second must be a positive number (got "
            + std::to_string(c.tracesPerSecond) + ")");
    if (c.faults < 0)
        throw UsageError(
            "simulator: the number of faults must not be negative (got " + std::to_string(c.faults) + ")");
    if (c.faults > 0 && c.faultDurationNs <= 0)
        throw UsageError("simulator: the fault duration must be positive (got "
            + std::to_string(c.faultDurationNs) + " ns)");
    if (c.emitMetrics && c.metricIntervalNs <= 0)
        throw UsageError("simulator: the metric interval must be positive (got "
            + std::to_string(c.metricIntervalNs) + " ns)");
    if (!(c.infoLogProbability >= 0.0 && c.infoLogProbability <= 1.0))
        throw UsageError("simulator: the INFO log probability must be between 0 and 1 (got "
            + std::to_string(c.infoLogProbability) + ")");
}

} // namespace

Simulator::Simulator(SimulationConfig config)
    : config_(config)
{
}

void Simulator::run(ImportSink& sink, Progress& progress)
{
    using namespace sim;
    validate(config_);
    summary_ = SimulationSummary {};
    const Topology topology = onlineBoutique(config_.seed);
    const DiurnalLoad load;
    const std::uint64_t arrivalSeed = deriveSeed(config_.seed, kArrivalStream);

    // The faults are spread over the time the traffic covers, so replay the arrivals once to
    // find its end (a few nanoseconds per trace).
    progress.report(0.0, "planning faults");
    std::int64_t lastArrivalNs = config_.startNs;
    {
        ArrivalProcess arrivals(arrivalSeed, config_.startNs, config_.tracesPerSecond, load);
        for (std::uint64_t i = 0; i < config_.traces; ++i) {
            lastArrivalNs = arrivals.next();
            if ((i & 0xFFFFF) == 0)
                progress.checkCancelled();
        }
    }
    std::vector<std::string> warnings;
    const FaultPlan plan = FaultPlan::create(topology, config_.faults, config_.seed, config_.startNs,
        lastArrivalNs, config_.faultDurationNs, warnings);
    for (const auto& warning : warnings)
        sink.warn(warning);
    for (const auto& fault : plan.faults())
        sink.addFaultInjection(plan.describe(topology, fault));
    summary_.faults = static_cast<int>(plan.faults().size());

    std::optional<KpiGenerator> kpis;
    if (config_.emitMetrics)
        kpis.emplace(
            topology, plan, config_.seed, config_.startNs, config_.metricIntervalNs, config_.tracesPerSecond);
    std::optional<LogGenerator> logs;
    std::optional<FaultBackgroundLogs> backgroundLogs;
    if (config_.emitLogs) {
        logs.emplace(topology, config_.infoLogProbability);
        backgroundLogs.emplace(topology, plan, *logs, config_.seed);
    }
    TraceGenerator generator(topology, plan, load, kpis ? &*kpis : nullptr, logs ? &*logs : nullptr);

    ArrivalProcess arrivals(arrivalSeed, config_.startNs, config_.tracesPerSecond, load);
    std::int64_t lastEndNs = config_.startNs;
    for (std::uint64_t i = 0; i < config_.traces; ++i) {
        const std::int64_t arrivalNs = arrivals.next();
        if (i == 0)
            summary_.firstArrivalNs = arrivalNs;
        // Everything stamped before this arrival is complete: no later trace reaches back.
        if (kpis)
            kpis->advanceTo(arrivalNs, sink);
        if (backgroundLogs)
            backgroundLogs->emitUntil(arrivalNs, sink);
        const GeneratedTrace trace
            = generator.generate(deriveSeed(config_.seed, kTraceStream, i), arrivalNs, sink);
        lastEndNs = std::max(lastEndNs, trace.endNs);
        ++summary_.traces;
        summary_.spans += trace.spanCount;
        if (trace.abnormal)
            ++summary_.abnormalTraces;
        if (i % kProgressEvery == 0) {
            progress.checkCancelled();
            progress.report(
                static_cast<double>(i) / static_cast<double>(config_.traces), "generating traces");
        }
    }
    if (!plan.faults().empty())
        lastEndNs = std::max(lastEndNs, plan.faults().back().endNs);
    if (backgroundLogs)
        backgroundLogs->emitUntil(lastEndNs + 1, sink);
    if (kpis)
        kpis->finish(lastEndNs, sink);
    summary_.lastEndNs = lastEndNs;
    progress.report(1.0, "simulation done");
}

} // namespace tracemark
