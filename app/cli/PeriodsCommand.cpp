// tracemark-cli periods: merges the start times of abnormal traces into fault periods and stores
// them (periods with a root cause, from a fault list or drawn by the operator are kept), or adds
// periods by hand / from the workspace's fault list, and lists them.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"

#include "core/common/Error.h"
#include "core/rca/FaultPeriodMerger.h"
#include "core/store/Workspace.h"

#include <iostream>

namespace tracemark::cli {

namespace {

constexpr double kNsPerSecond = 1e9;

std::string periodJson(const FaultPeriodRecord& p)
{
    JsonObject o;
    o.add("id", p.id).add("start_ns", p.startNs).add("end_ns", p.endNs).add("start", isoUtc(p.startNs));
    o.add("end", isoUtc(p.endNs)).add("origin", p.origin).add("abnormal_traces", p.abnormalTraces);
    if (p.rootCause) {
        JsonObject cause;
        cause.add("service", p.rootCause->service).add("instance", p.rootCause->instance);
        cause.add("fault_type", p.rootCause->faultType).add("note", p.rootCause->note);
        cause.add("author", p.rootCause->author).add("updated", isoUtc(p.rootCause->updatedNs));
        o.addRaw("root_cause", cause.str());
    } else {
        o.addNull("root_cause");
    }
    return o.str();
}

} // namespace

int runPeriodsCommand(const Args& argv)
{
    ArgParser parser("periods",
        "Fault periods: merges the start times of the traces labelled abnormal (human or propagated)\n"
        "into periods — each start padded by --padding on both sides, intervals at most --gap apart\n"
        "merged, periods with fewer than --min-support abnormal traces dropped — and stores them.\n"
        "Periods found earlier from labels are replaced, except those with a root cause; periods from\n"
        "a fault list or drawn by hand are kept. Then lists every period.");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("padding", 0, "SECONDS", "padding around each abnormal trace (default: 5)")
        .option("gap", 0, "SECONDS", "merge intervals at most this far apart (default: 30)")
        .option("min-support", 0, "N", "fewest abnormal traces a period needs (default: 2)")
        .flag("list", 0, "only list the stored periods")
        .option("add", 0, "START,END", "add a period drawn by hand (RFC 3339 times or Unix seconds)")
        .flag("from-fault-list", 0, "add one period per fault injection stored in the workspace")
        .option("window", 0, "SECONDS", "with --from-fault-list, the length of a fault without an end (default: 180)")
        .option("author", 0, "NAME", "who added the periods (default: $USER)")
        .flag("json", 0, "print a JSON array")
        .example("tracemark-cli periods -w shop.tmk")
        .example("tracemark-cli periods -w shop.tmk --padding 60 --min-support 5")
        .example("tracemark-cli periods -w shop.tmk --add 2023-01-29T08:43:00Z,2023-01-29T08:46:00Z");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    Workspace workspace = Workspace::open(args.required("workspace"));
    const std::string actor = authorFrom(args);
    if (args.has("add")) {
        const auto [start, end] = parseTimeRange("periods", "add", args.value("add"));
        const std::int64_t id = workspace.addFaultPeriod(start, end, "operator", "{}", actor);
        std::cerr << "added period " << id << "\n";
    } else if (args.has("from-fault-list")) {
        const auto window = static_cast<std::int64_t>(args.number("window", 180, 1, 86400 * 7) * kNsPerSecond);
        std::int64_t added = 0;
        for (const FaultInjection& fault : workspace.faultInjections()) {
            const std::int64_t end = fault.endNs > fault.startNs ? fault.endNs : fault.startNs + window;
            workspace.addFaultPeriod(fault.startNs, end, "fault_list",
                JsonObject().add("service", fault.service).add("fault_type", fault.faultType).str(), actor);
            ++added;
        }
        std::cerr << "added " << added << " periods from the fault list\n";
    } else if (!args.has("list")) {
        FaultPeriodOptions options;
        const FaultPeriodOptions defaults;
        options.paddingNs = static_cast<std::int64_t>(
            args.number("padding", static_cast<double>(defaults.paddingNs) / kNsPerSecond, 0, 86400 * 7) * kNsPerSecond);
        options.gapNs = static_cast<std::int64_t>(
            args.number("gap", static_cast<double>(defaults.gapNs) / kNsPerSecond, 0, 86400 * 7) * kNsPerSecond);
        options.minSupport = args.integer("min-support", 2, 1, 1'000'000'000);
        std::vector<DetectedPeriod> detected;
        for (const MergedPeriod& p : mergeFaultPeriods(workspace.abnormalTraceStarts(), options))
            detected.push_back({p.startNs, p.endNs, p.abnormalTraces});
        const std::string params = JsonObject()
                                       .add("padding_s", static_cast<double>(options.paddingNs) / kNsPerSecond, 3)
                                       .add("gap_s", static_cast<double>(options.gapNs) / kNsPerSecond, 3)
                                       .add("min_support", options.minSupport)
                                       .str();
        workspace.replaceDetectedPeriods(detected, params, actor);
    }

    const std::vector<FaultPeriodRecord> periods = workspace.faultPeriods();
    if (args.has("json")) {
        std::string out = "[";
        for (const FaultPeriodRecord& p : periods)
            out += (out.size() > 1 ? "," : "") + periodJson(p);
        std::cout << out << "]\n";
        return 0;
    }
    if (periods.empty()) {
        std::cout << "no fault periods (no trace is labelled abnormal; label and propagate first)\n";
        return 0;
    }
    std::cout << "   id  start                     end                       length  abnormal  origin      root cause\n";
    for (const FaultPeriodRecord& p : periods) {
        std::string cause = "-";
        if (p.rootCause)
            cause = p.rootCause->service + (p.rootCause->instance.empty() ? "" : "/" + p.rootCause->instance) + " ("
                + p.rootCause->faultType + ")";
        std::cout << padLeft(std::to_string(p.id), 5) << "  " << padRight(isoUtc(p.startNs), 24) << "  "
                  << padRight(isoUtc(p.endNs), 24) << "  "
                  << padLeft(fixed(static_cast<double>(p.endNs - p.startNs) / kNsPerSecond, 0) + " s", 6) << "  "
                  << padLeft(groupedCount(p.abnormalTraces), 8) << "  " << padRight(p.origin, 10) << "  " << cause
                  << "\n";
    }
    return 0;
}

} // namespace tracemark::cli
