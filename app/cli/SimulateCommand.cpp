// tracemark-cli simulate: generates a workspace from the built-in microservice simulator.
// The workspace is built under "<out>.partial" and renamed when complete, so a half-filled
// workspace never appears under the requested name.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/sim/Simulator.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>

namespace tracemark::cli {

namespace fs = std::filesystem;

namespace {

ArgParser simulateParser()
{
    ArgParser p("simulate",
        "Simulates an Online-Boutique-like shop with injected faults and writes the traces, logs, KPIs\n"
        "and ground truth to a new workspace. The same options and seed give the same workspace.");
    p.option("output", 'o', "WS.tmk", "the workspace to create (required)");
    addSimulationOptions(p, SimulationConfig().traces);
    p.flag("force", 0, "replace the output workspace when it exists")
        .flag("json", 0, "print the summary as one JSON object")
        .example("tracemark-cli simulate --traces 20000 --faults 5 --seed 7 -o shop.tmk");
    return p;
}

} // namespace

void addSimulationOptions(ArgParser& parser, std::uint64_t defaultTraces)
{
    const SimulationConfig defaults;
    parser.option("traces", 'n', "N", "number of traces", std::to_string(defaultTraces))
        .option("faults", 0, "F", "number of injected faults", std::to_string(defaults.faults))
        .option("seed", 0, "S", "random seed", std::to_string(defaults.seed))
        .option("rate", 0, "TRACES_PER_S", "mean trace arrival rate; without this flag it is lowered when needed so the run lasts 4x its faults", fixed(defaults.tracesPerSecond, 0))
        .option("fault-duration", 0, "SECONDS", "how long each fault lasts",
            std::to_string(defaults.faultDurationNs / 1000000000))
        .flag("no-logs", 0, "do not generate log records")
        .flag("no-metrics", 0, "do not generate KPI samples");
}

SimulationConfig simulationConfigFrom(const ParsedArgs& args)
{
    SimulationConfig config;
    config.traces = static_cast<std::uint64_t>(args.integer(
        "traces", static_cast<std::int64_t>(config.traces), 1, std::numeric_limits<std::int32_t>::max()));
    config.faults = static_cast<int>(args.integer("faults", config.faults, 0, 100000));
    config.seed = static_cast<std::uint64_t>(args.integer(
        "seed", static_cast<std::int64_t>(config.seed), 0, std::numeric_limits<std::int64_t>::max()));
    config.tracesPerSecond = args.number("rate", config.tracesPerSecond, 0.001, 1e7);
    config.faultDurationNs = static_cast<std::int64_t>(
        args.number("fault-duration", static_cast<double>(config.faultDurationNs) / 1e9, 0.001, 1e7) * 1e9);
    if (!args.has("rate") && config.faults > 0) {
        // Without --rate, slow the arrivals down when needed so the run lasts at least four times
        // as long as its faults: each fault gets its full duration and normal traffic around it.
        const double neededSeconds = 4.0 * config.faults * static_cast<double>(config.faultDurationNs) / 1e9;
        config.tracesPerSecond = std::min(config.tracesPerSecond, static_cast<double>(config.traces) / neededSeconds);
    }
    config.emitLogs = !args.has("no-logs");
    config.emitMetrics = !args.has("no-metrics");
    return config;
}

ImportSummary simulateInto(Workspace& workspace, const SimulationConfig& config, TerminalProgress& progress,
    SimulationSummary* simulated)
{
    const std::int64_t startNs = steadyNowNs();
    ImportSummary summary = workspace.import(
        "simulate traces=" + std::to_string(config.traces) + " faults=" + std::to_string(config.faults)
            + " seed=" + std::to_string(config.seed),
        [&](ImportSink& sink, Progress& importProgress) {
            CountingSink counting(sink);
            progress.showCount(&counting.spans, "spans");
            struct StopCounting {
                TerminalProgress& p;
                ~StopCounting() { p.showCount(nullptr, {}); }
            } stopCounting { progress };
            Simulator simulator(config);
            simulator.run(counting, importProgress);
            if (simulated)
                *simulated = simulator.summary();
        },
        progress);
    if (summary.seconds <= 0)
        summary.seconds = secondsSince(startNs);
    return summary;
}

ImportSummary simulateWorkspaceFile(const fs::path& out, const SimulationConfig& config, bool replace,
    TerminalProgress& progress, SimulationSummary* simulated)
{
    std::error_code ec;
    if (!replace && fs::exists(out, ec))
        throw IoError(out.string() + " already exists; use --force to replace it");
    const fs::path partial = partialPath(out);
    removeWorkspaceFiles(partial); // left over from a run that was killed
    ImportSummary summary;
    try {
        std::optional<Workspace> workspace;
        workspace.emplace(Workspace::create(partial));
        summary = simulateInto(*workspace, config, progress, simulated);
        workspace.reset(); // closed (WAL checkpointed) before the file is renamed
        moveWorkspaceInto(partial, out);
    } catch (...) {
        removeWorkspaceFiles(partial);
        throw;
    }
    return summary;
}

int runSimulateCommand(const Args& argv)
{
    const ArgParser parser = simulateParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const fs::path out = args.required("output");
    const SimulationConfig config = simulationConfigFrom(args);

    ImportSummary summary;
    SimulationSummary simulated;
    {
        TerminalProgress progress;
        SignalCancellation cancelOnSignal(progress);
        summary = simulateWorkspaceFile(out, config, args.has("force"), progress, &simulated);
    }
    if (args.has("json")) {
        std::cout << importSummaryJson(summary, out)
                         .add("abnormal_traces", static_cast<std::int64_t>(simulated.abnormalTraces))
                         .str()
                  << "\n";
        return 0;
    }
    printImportSummary(std::cout, summary,
        "simulated " + groupedCount(static_cast<std::int64_t>(config.traces)) + " traces with "
            + std::to_string(config.faults) + " faults (seed " + std::to_string(config.seed) + ") into "
            + out.string() + ":");
    std::cout << "  abnormal traces   " << groupedCount(static_cast<std::int64_t>(simulated.abnormalTraces))
              << " (ground truth; never shown as labels)\n";
    return 0;
}

} // namespace tracemark::cli
