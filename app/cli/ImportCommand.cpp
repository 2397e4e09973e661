// tracemark-cli import: reads trace files or dataset folders into a workspace, all of them in
// one transaction, so a bad file anywhere in the list leaves the workspace as it was.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"

#include <filesystem>
#include <iostream>
#include <optional>

namespace tracemark::cli {

namespace fs = std::filesystem;

namespace {

ArgParser importParser()
{
    ArgParser p("import",
        "Imports trace files or dataset folders into a workspace (created when absent).\n"
        "All PATHs go in as ONE import: if any of them fails, the workspace is left unchanged.\n"
        "Compressed files (.gz) are read transparently.");
    p.option("workspace", 'w', "WS.tmk", "the workspace file to import into (required)")
        .option("format", 'f', "FORMAT",
            "auto, jaeger, zipkin, otlp, nezha, deeptralog, labelease or csv; auto looks at each path",
            "auto")
        .option("map", 0, "FIELD=COLUMN,...",
            "column mapping for --format csv; fields: trace_id, span_id, parent_id, service, operation, "
            "instance, start, end, duration, status (trace_id, span_id, service, start and one of end/duration required)")
        .option("time-unit", 0, "UNIT", "unit of the CSV start/end columns: ns, us, ms or s (default us)")
        .option("duration-unit", 0, "UNIT", "unit of the CSV duration column (default: the time unit)")
        .option("delimiter", 0, "CHAR", "CSV field delimiter, one character or 'tab' (default ,)")
        .flag("json", 0, "print the summary as one JSON object")
        .positionals("PATH", "a trace file or a dataset folder (Nezha, DeepTraLog)", 1, -1)
        .example("tracemark-cli import -w tt.tmk ../shared/datasets/nezha-tt",
            "import the Nezha TrainTicket dataset folder")
        .example("tracemark-cli import -w shop.tmk --format jaeger traces1.json traces2.json.gz")
        .example("tracemark-cli import -w x.tmk --format csv --map trace_id=tid,span_id=sid,parent_id=pid,"
                 "service=svc,operation=op,start=ts,duration=dur --time-unit us spans.csv");
    return p;
}

const std::vector<std::string> kTimeUnits = { "ns", "us", "ms", "s" };

ImportOptions csvOptions(const ParsedArgs& args, SourceFormat& format)
{
    ImportOptions options;
    const bool csvFlags
        = args.has("map") || args.has("time-unit") || args.has("duration-unit") || args.has("delimiter");
    if (!csvFlags)
        return options;
    if (format == SourceFormat::Auto && args.has("map"))
        format = SourceFormat::Csv; // a column mapping only makes sense for the generic CSV
    if (format != SourceFormat::Csv)
        args.fail("--map, --time-unit, --duration-unit and --delimiter apply to --format csv only");
    if (!args.has("map"))
        args.fail("--format csv needs --map FIELD=COLUMN,...");
    options.csv = CsvSpanMapping::parse(args.value("map"));
    if (args.has("time-unit"))
        options.csv.timeUnit = args.choice("time-unit", kTimeUnits, "us");
    if (args.has("duration-unit"))
        options.csv.durationUnit = args.choice("duration-unit", kTimeUnits, "us");
    if (args.has("delimiter")) {
        const std::string d = args.value("delimiter");
        if (d == "tab" || d == "\\t")
            options.csv.delimiter = '\t';
        else if (d.size() == 1)
            options.csv.delimiter = d[0];
        else
            args.fail("--delimiter expects one character or 'tab', got '" + d + "'");
    }
    return options;
}

} // namespace

int runImportCommand(const Args& argv)
{
    const ArgParser parser = importParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const fs::path workspacePath = args.required("workspace");
    SourceFormat format = parseSourceFormat(args.choice("format", importFormatNames(), "auto"));
    const ImportOptions options = csvOptions(args, format);
    if (format == SourceFormat::Csv && !args.has("map"))
        args.fail("--format csv needs --map FIELD=COLUMN,...");

    // Everything that can be checked without writing is checked before the workspace is touched.
    const std::vector<ImportSource> sources = resolveSources(args.positionals(), format);

    std::error_code ec;
    const bool existed = fs::exists(workspacePath, ec);
    std::optional<Workspace> workspace;
    workspace.emplace(existed ? Workspace::open(workspacePath) : Workspace::create(workspacePath));

    ImportSummary summary;
    try {
        TerminalProgress progress;
        SignalCancellation cancelOnSignal(progress);
        summary = importSources(*workspace, sources, options, progress);
    } catch (...) {
        if (!existed) {
            // The import rolled back; a workspace this command created must not stay behind empty.
            workspace.reset();
            removeWorkspaceFiles(workspacePath);
        }
        throw;
    }
    workspace.reset();

    if (args.has("json")) {
        std::cout << importSummaryJson(summary, workspacePath).str() << "\n";
        return 0;
    }
    std::string headline = "imported into " + workspacePath.string() + ":";
    for (const auto& s : sources)
        headline += "\n  " + std::string(toString(s.format)) + "  " + s.path.string();
    printImportSummary(std::cout, summary, headline);
    return 0;
}

} // namespace tracemark::cli
