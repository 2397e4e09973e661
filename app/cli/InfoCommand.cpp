// tracemark-cli info: what a workspace holds, as a table or one JSON object.
#include "ArgParser.h"
#include "Commands.h"
#include "OutputFormat.h"

#include "core/store/Workspace.h"
#include "ml/train/Device.h"

#include <iostream>

namespace tracemark::cli {

namespace {

ArgParser infoParser()
{
    ArgParser p(
        "info", "Shows what a workspace holds: traces, spans, services, telemetry, ground truth, labels.");
    p.option("workspace", 'w', "WS.tmk", "the workspace to describe (required unless --device)")
        .flag("json", 0, "print one JSON object instead of a table")
        .flag("device", 0, "print the device training would use (same as `tracemark-cli devices`)")
        .example("tracemark-cli info -w shop.tmk --json");
    return p;
}

std::string infoJson(const WorkspaceInfo& i)
{
    JsonObject o;
    o.add("path", i.path)
        .add("schema_version", i.schemaVersion)
        .add("traces", i.traces)
        .add("spans", i.spans)
        .add("services", i.services)
        .add("operations", i.operations)
        .add("log_records", i.logRecords)
        .add("metric_samples", i.metricSamples)
        .add("ground_truth_traces", i.groundTruthTraces)
        .add("fault_injections", i.faultInjections)
        .add("orphan_spans", i.orphanSpans)
        .add("labeled_traces", i.labeledTraces)
        .add("embedded_traces", i.embeddedTraces)
        .add("imports", i.imports);
    if (i.traces > 0) {
        o.add("first_start", isoUtc(i.firstStartNs)).add("last_end", isoUtc(i.lastEndNs));
        o.add("first_start_ns", i.firstStartNs).add("last_end_ns", i.lastEndNs);
    } else {
        o.addNull("first_start").addNull("last_end");
    }
    return o.str();
}

void printInfoTable(std::ostream& out, const WorkspaceInfo& i)
{
    auto row = [&](const char* name, const std::string& value) {
        out << "  " << name << std::string(22 - std::string(name).size(), ' ') << value << "\n";
    };
    out << "workspace " << i.path << "\n";
    row("schema version", std::to_string(i.schemaVersion));
    row("traces", groupedCount(i.traces));
    row("spans", groupedCount(i.spans));
    row("services", groupedCount(i.services));
    row("operations", groupedCount(i.operations));
    row("log records", groupedCount(i.logRecords));
    row("metric samples", groupedCount(i.metricSamples));
    row("ground truth traces", groupedCount(i.groundTruthTraces));
    row("fault injections", groupedCount(i.faultInjections));
    row("orphan spans", groupedCount(i.orphanSpans));
    row("labeled traces", groupedCount(i.labeledTraces));
    row("embedded traces", groupedCount(i.embeddedTraces));
    row("imports", groupedCount(i.imports));
    if (i.traces > 0) {
        row("first start", isoUtc(i.firstStartNs));
        row("last end", isoUtc(i.lastEndNs));
        row("time span", fixed(static_cast<double>(i.lastEndNs - i.firstStartNs) / 1e9, 3) + " s");
    }
}

} // namespace

int runInfoCommand(const Args& argv)
{
    const ArgParser parser = infoParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    if (args.has("device") && !args.has("workspace"))
        return runDevicesCommand(args.has("json") ? Args { "--json" } : Args {});
    const std::string path = args.required("workspace");
    Workspace workspace = Workspace::open(path);
    const WorkspaceInfo info = workspace.info();
    if (args.has("json"))
        std::cout << infoJson(info) << "\n";
    else
        printInfoTable(std::cout, info);
    if (args.has("device") && !args.has("json"))
        std::cout << "  device                " << ml::resolveDevice(ml::DeviceChoice::Auto).summary()
                  << "\n";
    return 0;
}

} // namespace tracemark::cli
