// tracemark-cli export: writes a workspace out in another tool's format. The exporter writes a
// temporary file and renames it when complete, so a reader never sees half a file.
#include "ArgParser.h"
#include "CommandSupport.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "SignalCancellation.h"
#include "TerminalProgress.h"

#include "core/common/Error.h"
#include "core/io/JaegerExporter.h"
#include "core/io/LabelsCsv.h"
#include "core/io/RootCauseExport.h"
#include "core/store/Workspace.h"

#include <filesystem>
#include <iostream>

namespace tracemark::cli {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kExportFormats = { "jaeger", "labels", "groundtruth", "rootcauses" };

ArgParser exportParser()
{
    ArgParser p("export",
        "Exports the traces of a workspace to a file another tool can load.\n"
        "jaeger: Jaeger query JSON ({\"data\":[trace,...]}), loadable in the Jaeger UI.\n"
        "labels: CSV, one row per trace: trace_id,anomaly (LabelEase-compatible) then label, source,\n"
        "        confidence, cluster, representative.\n"
        "groundtruth: JSON array, one object per fault period with a root cause, LabelEase-compatible\n"
        "        (timestamp, end_timestamp, level, cmdb_id, failure_type).\n"
        "rootcauses: JSON, every fault period with its root cause (or null), note, author and times.");
    p.option("workspace", 'w', "WS.tmk", "the workspace to export (required)")
        .option("format", 'f', "FORMAT", "output format: jaeger, labels, groundtruth or rootcauses")
        .option("output", 'o', "FILE", "the file to write (required)")
        .flag("force", 0, "replace FILE when it exists")
        .flag("no-labels", 0, "leave out the trace labels (tracemark.label tags on root spans)")
        .flag("no-logs", 0, "leave out the log records joined to spans (span logs)")
        .example("tracemark-cli export -w shop.tmk --format jaeger -o shop-traces.json")
        .example("tracemark-cli export -w shop.tmk --format labels -o labels.csv")
        .example("tracemark-cli export -w shop.tmk --format groundtruth -o groundtruth.json");
    return p;
}

} // namespace

int runExportCommand(const Args& argv)
{
    const ArgParser parser = exportParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const std::string path = args.required("workspace");
    args.required("format");
    const std::string format = args.choice("format", kExportFormats, "jaeger");
    const fs::path out = args.required("output");
    std::error_code ec;
    if (!args.has("force") && fs::exists(out, ec))
        throw IoError(out.string() + " already exists; use --force to replace it");

    JaegerExportOptions options;
    options.includeLabels = !args.has("no-labels");
    options.includeLogs = !args.has("no-logs");

    Workspace workspace = Workspace::open(path);
    if (format == "groundtruth" || format == "rootcauses") {
        const std::int64_t periods =
            format == "groundtruth" ? writeGroundTruthJson(workspace, out) : writeRootCauseJson(workspace, out);
        std::cout << "exported " << groupedCount(periods) << (format == "groundtruth" ? " root causes" : " fault periods")
                  << " to " << out.string() << "\n";
        return 0;
    }
    const std::int64_t startNs = steadyNowNs();
    {
        TerminalProgress progress;
        SignalCancellation cancelOnSignal(progress);
        if (format == "labels")
            writeLabelsCsv(workspace, out, progress);
        else
            exportJaegerJson(workspace, out, progress, options);
    }
    const std::uintmax_t bytes = fs::file_size(out, ec);
    std::cout << "exported " << groupedCount(workspace.info().traces) << " traces as " << format << " to "
              << out.string() << " (" << megabytes(ec ? 0 : bytes) << " MB, "
              << fixed(secondsSince(startNs), 3) << " s)\n";
    return 0;
}

} // namespace tracemark::cli
