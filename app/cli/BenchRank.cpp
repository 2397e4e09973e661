// tracemark-cli bench rank: how long ranking one fault period takes on a workspace, once its
// evidence index is in memory (what the GUI and evaluate-rca do: load once, rank many periods),
// and how long loading the index takes.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/rca/PeriodEvidence.h"
#include "core/store/Workspace.h"

#include <iostream>
#include <limits>

namespace tracemark::cli {

int benchRank(const Args& argv)
{
    ArgParser p("bench rank",
        "Times the combined ranking of one fault period: summing the period's traces from the\n"
        "in-memory evidence index (KPIs and error logs read from the workspace), then scoring. The\n"
        "period is --period N, or the whole workspace when none is given. Also times loading the\n"
        "index (one pass over the spans). Prints the medians of --runs runs.");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("period", 'p', "N", "the fault period to rank (default: every trace)")
        .option("runs", 0, "N", "runs (the median is reported)", "5")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli bench rank -w sim100k.tmk --runs 5 --json");
    const ParsedArgs args = p.parse(argv);
    if (args.helpRequested()) {
        std::cout << p.help();
        return 0;
    }
    const int runs = static_cast<int>(args.integer("runs", 5, 1, 1000));
    Workspace workspace = Workspace::open(args.required("workspace"));
    TimeWindow period{std::numeric_limits<std::int64_t>::min(), std::numeric_limits<std::int64_t>::max()};
    if (args.has("period")) {
        const FaultPeriodRecord record = workspace.faultPeriod(args.integer("period", 0, 1, INT64_MAX));
        period = {record.startNs, record.endNs};
    }
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    const TraceLabelOf labelOf = PeriodEvidenceBuilder::workspaceLabels(workspace);

    std::vector<double> loadSeconds, rankSeconds;
    PeriodEvidence evidence;
    std::vector<RankedSuspect> ranking;
    std::size_t indexBytes = 0;
    for (int run = 0; run < runs; ++run) {
        std::int64_t startNs = steadyNowNs();
        PeriodEvidenceBuilder builder(workspace, EvidenceOptions{}, progress);
        loadSeconds.push_back(secondsSince(startNs));
        indexBytes = builder.index().memoryBytes();
        startNs = steadyNowNs();
        evidence = builder.build(period, labelOf);
        ranking = rankCombined(evidence.services, evidence.edges);
        rankSeconds.push_back(secondsSince(startNs));
    }
    const std::string top = ranking.empty() ? std::string() : ranking.front().service;
    progress.clear();
    if (args.has("json")) {
        std::cout << JsonObject()
                         .add("benchmark", "rank")
                         .add("traces", evidence.traces)
                         .add("services", static_cast<std::int64_t>(evidence.services.size()))
                         .add("rank_ms", 1e3 * median(rankSeconds), 2)
                         .add("index_load_s", median(loadSeconds), 3)
                         .add("index_mib", static_cast<double>(indexBytes) / (1 << 20), 1)
                         .add("top_suspect", top)
                         .add("runs", runs)
                         .str()
                  << "\n";
        return 0;
    }
    std::cout << "bench rank: a period of " << groupedCount(evidence.traces) << " traces, "
              << evidence.services.size() << " services (top suspect " << (top.empty() ? "-" : top)
              << "), median of " << runs << " runs\n"
              << "  rank period   " << fixed(1e3 * median(rankSeconds), 2) << " ms (sum from the index, KPIs, logs, score)\n"
              << "  load index    " << fixed(median(loadSeconds), 3) << " s, "
              << fixed(static_cast<double>(indexBytes) / (1 << 20), 1) << " MiB (once per workspace)\n";
    return 0;
}

} // namespace tracemark::cli
