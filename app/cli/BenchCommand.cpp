// tracemark-cli bench: throughput figures for import, the simulator and the trace encoder, as text or JSON.
// Each figure is the median of --runs runs, every run into a fresh workspace in a temp folder.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/io/JaegerExporter.h"
#include "core/sim/Simulator.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>
#include <random>

namespace tracemark::cli {

namespace fs = std::filesystem;

namespace {

// A temp folder for one benchmark, removed with its contents at the end.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& parent)
    {
        const fs::path base = parent.empty() ? fs::temp_directory_path() : fs::path(parent);
        std::random_device rd;
        for (int attempt = 0; attempt < 100 && path_.empty(); ++attempt) {
            const fs::path candidate = base / ("tracemark-bench-" + std::to_string(rd()));
            std::error_code ec;
            if (fs::create_directory(candidate, ec))
                path_ = candidate;
        }
        if (path_.empty())
            throw IoError("cannot create a temporary folder in " + base.string());
    }
    ~ScratchFolder()
    {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

// Swallows what the simulator emits; used to learn how many spans a trace has on average.
class DiscardingSink final : public ImportSink {
public:
    void addSpan(Span&&) override { ++spans; }
    void addLog(LogRecord&&) override { }
    void addMetric(MetricSample&&) override { }
    void addTraceGroundTruth(TraceGroundTruth&&) override { }
    void addFaultInjection(FaultInjection&&) override { }
    std::int64_t spans = 0;
};

void addCommonOptions(ArgParser& p)
{
    p.option("runs", 0, "N", "number of timed runs; figures are their median", "3")
        .option("tmp", 0, "DIR", "folder for the temporary workspaces (default: the system temp folder)")
        .flag("json", 0, "print one JSON object");
}

std::uintmax_t fileSize(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : size;
}

// Writes a Jaeger JSON file of about `targetSpans` spans from the simulator.
void generateJaegerFile(const fs::path& file, const fs::path& scratchWorkspace, std::int64_t targetSpans,
    std::uint64_t seed, Progress& progress)
{
    SimulationConfig config;
    config.seed = seed;
    config.emitLogs = false; // Jaeger JSON carries spans only
    config.emitMetrics = false;
    config.faults = 2;
    config.traces = 500;
    DiscardingSink pilot;
    NullProgress quiet;
    Simulator(config).run(pilot, quiet);
    const double spansPerTrace = std::max(1.0, static_cast<double>(pilot.spans) / config.traces);
    config.traces = static_cast<std::uint64_t>(std::max(1.0, std::ceil(targetSpans / spansPerTrace)));

    Workspace workspace = Workspace::create(scratchWorkspace);
    SubProgress simulating(progress, 0.0, 0.6);
    workspace.import(
        "bench: simulate for a Jaeger file",
        [&](ImportSink& sink, Progress& p) { Simulator(config).run(sink, p); }, simulating);
    SubProgress exporting(progress, 0.6, 1.0);
    exportJaegerJson(workspace, file, exporting);
}

int benchImport(const Args& argv)
{
    ArgParser p("bench import",
        "Measures end-to-end import throughput (spans/s) into a fresh workspace.\n"
        "jaeger: a Jaeger JSON file generated from the simulator (generation is not timed);\n"
        "nezha: the Nezha dataset folder given with --path.");
    p.option("format", 'f', "FORMAT", "jaeger or nezha", "jaeger")
        .option("spans", 0, "N", "jaeger: about how many spans the generated file holds", "100000")
        .option("path", 0, "FOLDER", "nezha: the dataset folder, e.g. ../shared/datasets/nezha-tt")
        .option("seed", 0, "S", "jaeger: simulator seed", "1");
    addCommonOptions(p);
    p.example("tracemark-cli bench import --format jaeger --spans 200000 --runs 3")
        .example("tracemark-cli bench import --format nezha --path ../shared/datasets/nezha-tt --json");
    const ParsedArgs args = p.parse(argv);
    if (args.helpRequested()) {
        std::cout << p.help();
        return 0;
    }
    const std::string format = args.choice("format", { "jaeger", "nezha" }, "jaeger");
    const int runs = static_cast<int>(args.integer("runs", 3, 1, 1000));
    const std::int64_t targetSpans = args.integer("spans", 100000, 1, 1000000000);
    const std::uint64_t seed
        = static_cast<std::uint64_t>(args.integer("seed", 1, 0, std::numeric_limits<std::int64_t>::max()));
    if (format == "nezha" && !args.has("path"))
        args.fail(
            "bench import --format nezha needs --path DATASET_FOLDER (e.g. ../shared/datasets/nezha-tt)");
    if (format == "jaeger" && args.has("path"))
        args.fail("--path is for --format nezha; jaeger input is generated (see --spans)");

    ScratchFolder scratch(args.value("tmp"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);

    std::vector<ImportSource> sources;
    if (format == "nezha") {
        sources = resolveSources({ args.value("path") }, SourceFormat::Nezha);
    } else {
        const fs::path file = scratch / "bench.jaeger.json";
        generateJaegerFile(file, scratch / "generate.tmk", targetSpans, seed, progress);
        sources.push_back({ file, SourceFormat::Jaeger });
    }
    std::uintmax_t inputBytes = 0;
    for (const auto& s : sources) {
        if (fs::is_directory(s.path))
            for (const auto& entry : fs::recursive_directory_iterator(s.path))
                inputBytes += entry.is_regular_file() ? entry.file_size() : 0;
        else
            inputBytes += fileSize(s.path);
    }

    std::vector<double> seconds;
    ImportSummary last;
    std::uintmax_t workspaceBytes = 0;
    for (int run = 0; run < runs; ++run) {
        const fs::path target = scratch / ("run" + std::to_string(run) + ".tmk");
        const std::int64_t startNs = steadyNowNs();
        {
            Workspace workspace = Workspace::create(target);
            last = importSources(workspace, sources, ImportOptions {}, progress);
        } // closing (the WAL checkpoint) is part of the import's cost
        seconds.push_back(secondsSince(startNs));
        workspaceBytes = fileSize(target);
        removeWorkspaceFiles(target);
    }
    progress.clear();

    const double med = median(seconds);
    const double spansPerSecond = med > 0 ? last.spans / med : 0;
    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("benchmark", "import")
                         .add("format", format)
                         .add("spans", last.spans)
                         .add("traces", last.traces)
                         .add("input_bytes", static_cast<std::int64_t>(inputBytes))
                         .add("workspace_bytes", static_cast<std::int64_t>(workspaceBytes))
                         .add("runs", runs)
                         .add("seconds", med, 3)
                         .add("spans_per_second", spansPerSecond, 0)
                         .addRaw("run_seconds", jsonNumberArray(seconds, 3))
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "bench import (" << format << "): " << groupedCount(last.spans) << " spans, "
              << groupedCount(last.traces) << " traces, input " << megabytes(inputBytes) << " MB\n";
    for (int run = 0; run < runs; ++run)
        std::cout << "  run " << run + 1 << ": " << fixed(seconds[run], 3) << " s\n";
    std::cout << "  median " << fixed(med, 3)
              << " s: " << groupedCount(static_cast<std::int64_t>(spansPerSecond)) << " spans/s; workspace "
              << megabytes(workspaceBytes) << " MB\n";
    return 0;
}

int benchSimulate(const Args& argv)
{
    ArgParser p("bench simulate",
        "Measures simulator throughput into a fresh workspace (traces/s, spans/s) and\n"
        "the workspace file size per million spans.");
    addSimulationOptions(p, 20000);
    addCommonOptions(p);
    p.example("tracemark-cli bench simulate --traces 50000 --runs 3 --json");
    const ParsedArgs args = p.parse(argv);
    if (args.helpRequested()) {
        std::cout << p.help();
        return 0;
    }
    const SimulationConfig config = simulationConfigFrom(args);
    const int runs = static_cast<int>(args.integer("runs", 3, 1, 1000));

    ScratchFolder scratch(args.value("tmp"));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    std::vector<double> seconds;
    ImportSummary last;
    std::uintmax_t workspaceBytes = 0;
    for (int run = 0; run < runs; ++run) {
        const fs::path target = scratch / ("run" + std::to_string(run) + ".tmk");
        const std::int64_t startNs = steadyNowNs();
        {
            Workspace workspace = Workspace::create(target);
            last = simulateInto(workspace, config, progress);
        }
        seconds.push_back(secondsSince(startNs));
        workspaceBytes = fileSize(target);
        removeWorkspaceFiles(target);
    }
    progress.clear();

    const double med = median(seconds);
    const double tracesPerSecond = med > 0 ? last.traces / med : 0;
    const double spansPerSecond = med > 0 ? last.spans / med : 0;
    const double mbPerMillionSpans = last.spans > 0 ? (workspaceBytes / 1e6) / (last.spans / 1e6) : 0;
    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("benchmark", "simulate")
                         .add("traces", last.traces)
                         .add("spans", last.spans)
                         .add("log_records", last.logRecords)
                         .add("metric_samples", last.metricSamples)
                         .add("runs", runs)
                         .add("seconds", med, 3)
                         .add("traces_per_second", tracesPerSecond, 0)
                         .add("spans_per_second", spansPerSecond, 0)
                         .add("workspace_bytes", static_cast<std::int64_t>(workspaceBytes))
                         .add("mb_per_million_spans", mbPerMillionSpans, 1)
                         .addRaw("run_seconds", jsonNumberArray(seconds, 3))
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "bench simulate: " << groupedCount(last.traces) << " traces, " << groupedCount(last.spans)
              << " spans, " << groupedCount(last.logRecords) << " log records, "
              << groupedCount(last.metricSamples) << " metric samples per run\n";
    for (int run = 0; run < runs; ++run)
        std::cout << "  run " << run + 1 << ": " << fixed(seconds[run], 3) << " s\n";
    std::cout << "  median " << fixed(med, 3)
              << " s: " << groupedCount(static_cast<std::int64_t>(tracesPerSecond)) << " traces/s, "
              << groupedCount(static_cast<std::int64_t>(spansPerSecond)) << " spans/s\n"
              << "  workspace " << megabytes(workspaceBytes) << " MB = " << fixed(mbPerMillionSpans, 1)
              << " MB per million spans\n";
    return 0;
}

const char* kBenchHelp
    = "usage: tracemark-cli bench import|simulate|embed|select|rank [options]\n"
      "\n"
      "Benchmarks that print figures (median of --runs runs) as text or, with --json, one JSON object.\n"
      "\n"
      "  import     end-to-end import throughput (spans/s) of a generated Jaeger file or a Nezha folder\n"
      "  simulate   simulator throughput into a workspace (traces/s, spans/s, MB per million spans)\n"
      "  embed      encoder training s/epoch, inference traces/s, nearest-neighbour label agreement\n"
      "  select     representative selection + propagation seconds on synthetic embeddings\n"
      "  rank       milliseconds to rank one fault period, and the evidence index's load time\n"
      "\n"
      "`tracemark-cli bench NAME --help` lists a benchmark's options.\n"
      "\n"
      "examples:\n"
      "  tracemark-cli bench simulate --traces 20000 --runs 3\n"
      "  tracemark-cli bench import --format nezha --path ../shared/datasets/nezha-tt --json\n"
      "  tracemark-cli bench embed -w shop.tmk --json\n";

} // namespace

int runBenchCommand(const Args& argv)
{
    if (argv.empty())
        throw CliUsageError("bench", "missing benchmark name (import, simulate, embed, select or rank)");
    const std::string& which = argv.front();
    const Args rest(argv.begin() + 1, argv.end());
    if (which == "--help" || which == "-h" || which == "help") {
        std::cout << kBenchHelp;
        return 0;
    }
    if (which == "import")
        return benchImport(rest);
    if (which == "simulate")
        return benchSimulate(rest);
    if (which == "embed")
        return benchEmbed(rest);
    if (which == "rank")
        return benchRank(rest);
    if (which == "select")
        return benchSelect(rest);
    throw CliUsageError("bench", "unknown benchmark '" + which + "' (valid: import, simulate, embed, select, rank)");
}

} // namespace tracemark::cli
