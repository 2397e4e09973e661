// tracemark-cli evaluate-rca: scores fault periods and suspect rankings against the faults
// injected into a workspace (the simulator's, or a dataset's fault list): period precision and
// recall (point-adjusted, where faults have end times) and, per fault, the rank of the true
// service: HR@1/3/5 and mean rank, overall and by fault type, for the chosen ranking and for
// plain Ochiai. Trace labels come from the ground truth, an unsupervised baseline rule, or the
// workspace's own labels.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/eval/RcaScores.h"
#include "core/rca/BaselineAnomalyRule.h"
#include "core/rca/FaultPeriodMerger.h"
#include "core/rca/PeriodEvidence.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <iostream>
#include <map>
#include <unordered_set>

namespace tracemark::cli {

namespace {

constexpr double kNsPerSecond = 1e9;

std::string hitRatesJson(const HitRates& h)
{
    return JsonObject()
        .add("faults", h.faults)
        .add("hr@1", h.hr1, 4)
        .add("hr@3", h.hr3, 4)
        .add("hr@5", h.hr5, 4)
        .add("mean_rank", h.meanRank, 3)
        .str();
}

// Length of the overlap of two half-open windows (0 when apart).
std::int64_t overlap(const TimeWindow& a, const TimeWindow& b)
{
    return std::max<std::int64_t>(0, std::min(a.endNs, b.endNs) - std::max(a.startNs, b.startNs));
}

} // namespace

int runEvaluateRcaCommand(const Args& argv)
{
    ArgParser parser("evaluate-rca",
        "Scores root-cause labeling against the faults injected into the workspace. Trace labels:\n"
        "truth (the ground truth, e.g. the simulator's), rule (unsupervised: error status, error logs,\n"
        "or a span slower than its operation's baseline mean + 3 std and 1.5x that mean; needs\n"
        "--baseline), or workspace (the stored human/propagated labels). Periods: detected (merged\n"
        "abnormal traces, scored point-adjusted against the faults' intervals when they have ends)\n"
        "or faults (each fault's own window: --before/--after around its start, or its interval).\n"
        "Each fault is ranked in its period; HR@k = share of faults whose service ranks in the top k.");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("formula", 0, "NAME", "combined, ochiai, tarantula, dstar or jaccard (default: combined)")
        .option("labels", 0, "SOURCE", "truth, rule or workspace (default: truth when there is ground truth, "
                                       "else rule)")
        .option("periods", 0, "KIND", "detected or faults (default: detected when faults have end times)")
        .option("padding", 0, "SECONDS", "detected periods: padding around abnormal traces (default: 5)")
        .option("gap", 0, "SECONDS", "detected periods: merge gap (default: 30)")
        .option("min-support", 0, "N", "detected periods: fewest abnormal traces (default: 2)")
        .option("before", 0, "SECONDS", "fault windows: start this long before the injection (default: 60)")
        .option("after", 0, "SECONDS", "fault windows without an end: last this long after it (default: 120)")
        .option("baseline", 0, "START,END", "a fault-free window (repeatable); default: the whole workspace")
        .option("step", 0, "SECONDS", "point spacing of the period scores (default: 1)")
        .flag("no-kpis", 0, "leave KPIs out of the combined ranking")
        .flag("no-logs", 0, "leave error logs out of the combined ranking")
        .flag("details", 0, "also print every fault: its period, the true service's rank and the top 3")
        .flag("json", 0, "print one JSON object")
        .example("tracemark-cli evaluate-rca -w sim.tmk --json")
        .example("tracemark-cli evaluate-rca -w nezha.tmk --periods faults --baseline 2023-01-29T08:49:00Z,"
                 "2023-01-29T08:50:00Z --baseline 2023-01-30T11:38:00Z,2023-01-30T11:39:00Z");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const std::string formula =
        args.choice("formula", {"combined", "ochiai", "tarantula", "dstar", "jaccard"}, "combined");
    Workspace workspace = Workspace::open(args.required("workspace"));
    std::vector<FaultInjection> faults = workspace.faultInjections();
    if (faults.empty())
        throw Error("evaluate-rca needs injected faults, and " + args.value("workspace")
                    + " has none (simulate one, or import a dataset with a fault list)");
    std::sort(faults.begin(), faults.end(),
        [](const FaultInjection& a, const FaultInjection& b) { return a.startNs < b.startNs; });
    const bool faultsHaveEnds = std::all_of(
        faults.begin(), faults.end(), [](const FaultInjection& f) { return f.endNs > f.startNs; });
    std::vector<TimeWindow> baseline;
    for (const std::string& text : args.values("baseline")) {
        const auto [start, end] = parseTimeRange("evaluate-rca", "baseline", text);
        baseline.push_back({start, end});
    }
    const bool hasTruth = workspace.info().groundTruthTraces > 0;
    const std::string labels = args.choice("labels", {"truth", "rule", "workspace"}, hasTruth ? "truth" : "rule");
    const std::string periodsKind =
        args.choice("periods", {"detected", "faults"}, faultsHaveEnds ? "detected" : "faults");
    const auto beforeNs = static_cast<std::int64_t>(args.number("before", 60, 0, 86400) * kNsPerSecond);
    const auto afterNs = static_cast<std::int64_t>(args.number("after", 120, 1, 86400) * kNsPerSecond);
    std::vector<TimeWindow> faultWindows;
    for (const FaultInjection& f : faults)
        faultWindows.push_back({f.startNs - beforeNs, f.endNs > f.startNs ? f.endNs : f.startNs + afterNs});

    TerminalProgress progress;
    SignalCancellation cancelOnSignal(progress);
    const std::int64_t startNs = steadyNowNs();
    const WorkspaceInfo info = workspace.info();
    const TimeWindow everything{info.firstStartNs, info.lastEndNs + 1};

    // Trace labels.
    TraceLabelOf labelOf;
    std::unique_ptr<BaselineAnomalyRule> rule;
    std::vector<std::int64_t> abnormalStarts;
    if (labels == "truth") {
        if (!hasTruth)
            throw Error("--labels truth: the workspace has no ground truth");
        auto truth = std::make_shared<std::unordered_map<std::int64_t, TraceLabel>>();
        Statement select = workspace.database().prepare(
            "SELECT t.id, g.abnormal, t.start_ns FROM trace_ground_truth g JOIN traces t ON t.trace_id = g.trace_id "
            "ORDER BY t.start_ns");
        while (select.step()) {
            (*truth)[select.int64(0)] = select.int64(1) ? TraceLabel::Abnormal : TraceLabel::Normal;
            if (select.int64(1))
                abnormalStarts.push_back(select.int64(2));
        }
        labelOf = [truth](std::int64_t key) {
            const auto found = truth->find(key);
            return found == truth->end() ? TraceLabel::Unlabeled : found->second;
        };
    } else if (labels == "rule") {
        if (baseline.empty())
            throw CliUsageError("evaluate-rca", "--labels rule needs at least one --baseline window of fault-free traffic");
        rule = std::make_unique<BaselineAnomalyRule>(workspace, baseline);
        rule->judge(periodsKind == "faults" ? faultWindows : std::vector<TimeWindow>{everything});
        const BaselineAnomalyRule* judged = rule.get();
        labelOf = [judged](std::int64_t key) { return judged->labelOf(key); };
        Statement select = workspace.database().prepare("SELECT id, start_ns FROM traces ORDER BY start_ns");
        while (select.step())
            if (judged->labelOf(select.int64(0)) == TraceLabel::Abnormal)
                abnormalStarts.push_back(select.int64(1));
    } else {
        labelOf = PeriodEvidenceBuilder::workspaceLabels(workspace);
        abnormalStarts = workspace.abnormalTraceStarts();
    }

    // Periods, and their scores where the faults have intervals.
    std::vector<TimeWindow> periods;
    std::optional<PeriodScores> periodScores;
    if (periodsKind == "detected") {
        FaultPeriodOptions options;
        options.paddingNs = static_cast<std::int64_t>(
            args.number("padding", static_cast<double>(options.paddingNs) / kNsPerSecond, 0, 86400 * 7) * kNsPerSecond);
        options.gapNs = static_cast<std::int64_t>(
            args.number("gap", static_cast<double>(options.gapNs) / kNsPerSecond, 0, 86400 * 7) * kNsPerSecond);
        options.minSupport = args.integer("min-support", 2, 1, 1'000'000'000);
        for (const MergedPeriod& p : mergeFaultPeriods(abnormalStarts, options))
            periods.push_back({p.startNs, p.endNs});
        if (faultsHaveEnds) {
            std::vector<TimeInterval> truth, predicted;
            for (const FaultInjection& f : faults)
                truth.push_back({f.startNs, f.endNs});
            for (const TimeWindow& p : periods)
                predicted.push_back({p.startNs, p.endNs});
            const auto stepNs = static_cast<std::int64_t>(args.number("step", 1, 0.001, 3600) * kNsPerSecond);
            periodScores = pointAdjustedPeriodScores(truth, predicted, everything.startNs, everything.endNs, stepNs);
        }
    } else {
        periods = faultWindows;
    }

    // Rank every fault's service in its period.
    EvidenceOptions evidenceOptions;
    evidenceOptions.baseline = baseline;
    evidenceOptions.useKpis = !args.has("no-kpis");
    evidenceOptions.useLogs = !args.has("no-logs");
    PeriodEvidenceBuilder builder(workspace, evidenceOptions, progress);
    const int unrankedAs = static_cast<int>(workspace.services().size()) + 1;
    std::vector<int> ranks, ochiaiRanks;
    std::vector<std::string> details;
    std::map<std::string, std::vector<int>> ranksByType, ochiaiByType;
    // A detected period may hold several faults: its evidence is gathered once.
    std::map<const TimeWindow*, PeriodEvidence> evidenceOf;
    for (std::size_t i = 0; i < faults.size(); ++i) {
        progress.report(static_cast<double>(i) / static_cast<double>(faults.size()), "ranking the faults' periods");
        progress.checkCancelled();
        const TimeWindow own = faultWindows[i];
        const TimeWindow* period = nullptr;
        std::int64_t best = 0;
        for (const TimeWindow& p : periods)
            if (overlap(p, own) > best) {
                best = overlap(p, own);
                period = &p;
            }
        int rank = 0, ochiaiRank = 0;
        if (period) {
            auto cached = evidenceOf.find(period);
            if (cached == evidenceOf.end())
                cached = evidenceOf.emplace(period, builder.build(*period, labelOf)).first;
            const PeriodEvidence& evidence = cached->second;
            const std::vector<RankedSuspect> ranking = formula == "combined"
                ? rankCombined(evidence.services, evidence.edges)
                : rankBySbfl(evidence.services, *parseSbflFormula(formula));
            rank = rankOf(ranking, faults[i].service);
            ochiaiRank = rankOf(rankBySbfl(evidence.services, SbflFormula::Ochiai), faults[i].service);
            std::string top;
            for (std::size_t k = 0; k < std::min<std::size_t>(3, ranking.size()); ++k)
                top += "\n      " + std::to_string(k + 1) + ". " + ranking[k].service + " (" + fixed(ranking[k].score, 3)
                    + "): " + ranking[k].reason;
            details.push_back(isoUtc(faults[i].startNs) + " " + faults[i].service + " " + faults[i].faultType
                + ": rank " + std::to_string(rank) + " (ochiai " + std::to_string(ochiaiRank) + "), "
                + std::to_string(evidence.abnormal) + " abnormal / " + std::to_string(evidence.normal)
                + " normal traces" + top);
        } else {
            details.push_back(isoUtc(faults[i].startNs) + " " + faults[i].service + " " + faults[i].faultType
                + ": no period overlaps it");
        }
        ranks.push_back(rank);
        ochiaiRanks.push_back(ochiaiRank);
        ranksByType[faults[i].faultType].push_back(rank);
        ochiaiByType[faults[i].faultType].push_back(ochiaiRank);
    }
    const HitRates overall = hitRates(ranks, unrankedAs);
    const HitRates ochiai = hitRates(ochiaiRanks, unrankedAs);
    const double seconds = secondsSince(startNs);
    progress.clear();

    if (args.has("json")) {
        std::string byType = "{", ochiaiTypes = "{";
        for (const auto& [type, typeRanks] : ranksByType) {
            byType += (byType.size() > 1 ? "," : "") + jsonQuote(type) + ":" + hitRatesJson(hitRates(typeRanks, unrankedAs));
            ochiaiTypes += (ochiaiTypes.size() > 1 ? "," : "") + jsonQuote(type) + ":"
                + hitRatesJson(hitRates(ochiaiByType[type], unrankedAs));
        }
        JsonObject o;
        o.add("faults", overall.faults).add("hr@1", overall.hr1, 4).add("hr@3", overall.hr3, 4);
        o.add("hr@5", overall.hr5, 4).add("mean_rank", overall.meanRank, 3);
        if (periodScores)
            o.add("period_precision", periodScores->precision, 4).add("period_recall", periodScores->recall, 4);
        else
            o.addNull("period_precision").addNull("period_recall");
        o.addRaw("by_type", byType + "}");
        o.add("formula", formula).add("labels", labels).add("periods", periodsKind);
        o.add("detected_periods", static_cast<std::int64_t>(periods.size()));
        o.addRaw("ochiai", hitRatesJson(ochiai));
        o.addRaw("ochiai_by_type", ochiaiTypes + "}");
        o.add("seconds", seconds, 3);
        std::cout << o.str() << "\n";
        return 0;
    }
    std::cout << faults.size() << " faults, labels " << labels << ", periods " << periodsKind << " ("
              << periods.size() << "), ranking " << formula << " (" << fixed(seconds, 2) << " s)\n";
    if (periodScores)
        std::cout << "  periods: precision " << fixed(periodScores->precision, 3) << ", recall "
                  << fixed(periodScores->recall, 3) << " (point-adjusted)\n";
    auto line = [](const std::string& name, const HitRates& h) {
        std::cout << "  " << padRight(name, 16) << padLeft(std::to_string(h.faults), 6) << padLeft(fixed(h.hr1, 3), 8)
                  << padLeft(fixed(h.hr3, 3), 8) << padLeft(fixed(h.hr5, 3), 8) << padLeft(fixed(h.meanRank, 2), 10)
                  << "\n";
    };
    std::cout << "  " << padRight("", 16) << padLeft("faults", 6) << padLeft("HR@1", 8) << padLeft("HR@3", 8)
              << padLeft("HR@5", 8) << padLeft("mean rank", 10) << "\n";
    line(formula, overall);
    if (formula != "ochiai")
        line("ochiai", ochiai);
    for (const auto& [type, typeRanks] : ranksByType)
        line("  " + type, hitRates(typeRanks, unrankedAs));
    if (args.has("details"))
        for (const std::string& d : details)
            std::cout << "  " << d << "\n";
    return 0;
}

} // namespace tracemark::cli
