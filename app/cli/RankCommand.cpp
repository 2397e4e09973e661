// tracemark-cli rank: ranks the services of one fault period as root-cause suspects, by an SBFL
// formula or by the combined ranking (SBFL + own latency and errors + KPIs + logs + the
// dependency graph), and shows the plain Ochiai rank beside it.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/rca/PeriodEvidence.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <iostream>

namespace tracemark::cli {

namespace {

const std::vector<std::string> kFormulas = {"combined", "ochiai", "tarantula", "dstar", "jaccard"};

std::string suspectsJson(const std::vector<RankedSuspect>& ranking, const std::vector<RankedSuspect>& ochiai,
    const PeriodEvidence& evidence)
{
    std::string out = "[";
    for (const RankedSuspect& s : ranking) {
        const auto e = std::find_if(evidence.services.begin(), evidence.services.end(),
            [&](const ServiceEvidence& x) { return x.service == s.service; });
        JsonObject o;
        o.add("rank", s.rank).add("service", s.service).add("score", s.score, 4);
        o.add("ochiai_rank", rankOf(ochiai, s.service)).add("reason", s.reason);
        o.add("ef", e->counts.ef).add("ep", e->counts.ep).add("nf", e->counts.nf).add("np", e->counts.np);
        o.add("self_time_z", e->selfTimeZ, 3).add("duration_z", e->durationZ, 3);
        o.add("error_share", e->errorShare, 4).add("own_error_share", e->ownErrorShare, 4);
        o.add("call_latency_z", e->callLatencyZ, 3);
        if (e->kpiDeviation)
            o.add("kpi_deviation", *e->kpiDeviation, 3);
        else
            o.addNull("kpi_deviation");
        if (e->errorLogExcess)
            o.add("error_log_excess", *e->errorLogExcess, 3);
        else
            o.addNull("error_log_excess");
        out += (out.size() > 1 ? "," : "") + o.str();
    }
    return out + "]";
}

std::string edgesJson(const std::vector<ServiceEdge>& edges)
{
    std::string out = "[";
    for (const ServiceEdge& e : edges) {
        JsonObject o;
        o.add("caller", e.caller).add("callee", e.callee).add("calls", e.calls);
        o.add("mean_latency_ms", e.meanLatencyNs / 1e6, 3);
        if (e.meanCallGapNs)
            o.add("mean_call_gap_ms", *e.meanCallGapNs / 1e6, 3);
        else
            o.addNull("mean_call_gap_ms");
        out += (out.size() > 1 ? "," : "") + o.str();
    }
    return out + "]";
}

} // namespace

int runRankCommand(const Args& argv)
{
    ArgParser parser("rank",
        "Ranks the services of a fault period as root-cause suspects. combined (the default) adds to\n"
        "Ochiai the service's own latency (self time against its baseline), the errors it raised,\n"
        "its KPIs and error logs, and lets a service whose callees are healthy rank above callers\n"
        "that only inherit its delay; the plain Ochiai rank is shown beside it (docs/rca.md).\n"
        "Traces count with their stored labels (human or propagated).");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("period", 'p', "N", "the fault period (required; `tracemark-cli periods` lists them)")
        .option("formula", 0, "NAME", "combined, ochiai, tarantula, dstar or jaccard (default: combined)")
        .option("top", 'n', "K", "show the first K suspects (default: 10)")
        .flag("no-kpis", 0, "leave KPIs out of the combined ranking")
        .flag("no-logs", 0, "leave error logs out of the combined ranking")
        .option("baseline", 0, "START,END", "a fault-free window (repeatable); default: the whole workspace")
        .flag("graph", 0, "also print the period's service dependency graph")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli rank -w shop.tmk --period 3")
        .example("tracemark-cli rank -w shop.tmk --period 3 --formula dstar --json");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const std::string formulaName = args.choice("formula", kFormulas, "combined");
    const int top = static_cast<int>(args.integer("top", 10, 1, 100'000));
    Workspace workspace = Workspace::open(args.required("workspace"));
    const FaultPeriodRecord period = workspace.faultPeriod(args.integer("period", 0, 1, INT64_MAX));
    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    EvidenceOptions options;
    options.useKpis = !args.has("no-kpis");
    options.useLogs = !args.has("no-logs");
    for (const std::string& text : args.values("baseline")) {
        const auto [start, end] = parseTimeRange("rank", "baseline", text);
        options.baseline.push_back({start, end});
    }
    const std::int64_t startNs = steadyNowNs();
    PeriodEvidenceBuilder builder(workspace, options, progress);
    const PeriodEvidence evidence =
        builder.build({period.startNs, period.endNs}, PeriodEvidenceBuilder::workspaceLabels(workspace));
    const std::vector<RankedSuspect> ochiai = rankBySbfl(evidence.services, SbflFormula::Ochiai);
    const std::vector<RankedSuspect> ranking = formulaName == "combined"
        ? rankCombined(evidence.services, evidence.edges)
        : rankBySbfl(evidence.services, *parseSbflFormula(formulaName));
    const double seconds = secondsSince(startNs);
    progress.clear();

    std::vector<RankedSuspect> shown(ranking.begin(), ranking.begin() + std::min<std::size_t>(ranking.size(), top));
    if (args.has("json")) {
        JsonObject o;
        o.add("period", period.id).add("start", isoUtc(period.startNs)).add("end", isoUtc(period.endNs));
        o.add("formula", formulaName).add("traces", evidence.traces).add("abnormal", evidence.abnormal);
        o.add("normal", evidence.normal).add("unlabeled", evidence.unlabeled);
        o.addRaw("suspects", suspectsJson(shown, ochiai, evidence));
        o.addRaw("edges", edgesJson(evidence.edges));
        o.add("seconds", seconds, 3);
        std::cout << o.str() << "\n";
        return 0;
    }
    std::cout << "period " << period.id << ": " << isoUtc(period.startNs) << " .. " << isoUtc(period.endNs) << ", "
              << groupedCount(evidence.traces) << " traces (" << groupedCount(evidence.abnormal) << " abnormal, "
              << groupedCount(evidence.normal) << " normal, " << groupedCount(evidence.unlabeled)
              << " unlabelled), " << formulaName << " ranking (" << fixed(seconds, 3) << " s)\n";
    if (evidence.abnormal == 0)
        std::cout << "no abnormal trace in this period: the ranking has nothing to go on\n";
    std::cout << "rank  ochiai  score    service                          evidence\n";
    for (const RankedSuspect& s : shown)
        std::cout << padLeft(std::to_string(s.rank), 4) << "  " << padLeft(std::to_string(rankOf(ochiai, s.service)), 6)
                  << "  " << padLeft(fixed(s.score, 3), 7) << "  " << padRight(s.service, 32) << " " << s.reason
                  << "\n";
    if (args.has("graph")) {
        std::cout << "\nservice dependency graph (caller -> callee: calls, mean callee latency, mean call gap)\n";
        for (const ServiceEdge& e : evidence.edges)
            std::cout << "  " << e.caller << " -> " << e.callee << ": " << groupedCount(e.calls) << ", "
                      << millis(e.meanLatencyNs) << " ms"
                      << (e.meanCallGapNs ? ", gap " + millis(*e.meanCallGapNs) + " ms" : std::string()) << "\n";
    }
    std::cout << "label it with `tracemark-cli rootcause -w WS.tmk --period " << period.id
              << " --service S --type T`\n";
    return 0;
}

} // namespace tracemark::cli
