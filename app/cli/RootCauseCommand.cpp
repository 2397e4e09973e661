// tracemark-cli rootcause: records (or clears) the operator's root cause of a fault period:
// service or instance, fault type and a note, with the author and an audit row.
#include "ArgParser.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"

#include "core/store/Workspace.h"

#include <iostream>

namespace tracemark::cli {

int runRootCauseCommand(const Args& argv)
{
    std::string types;
    for (const std::string& type : rootCauseFaultTypes())
        types += (types.empty() ? "" : ", ") + type;
    ArgParser parser("rootcause",
        "Records the root cause of a fault period: the service (or --instance), the fault type and a\n"
        "note. Replaces an earlier root cause of the period; --clear removes it. Every change is in\n"
        "the audit log. Fault types: " + types + ".");
    parser.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("period", 'p', "N", "the fault period (required)")
        .option("service", 's', "NAME", "the faulty service (required unless --clear)")
        .option("instance", 0, "NAME", "the faulty instance/pod, when known")
        .option("type", 't', "TYPE", "the fault type (required unless --clear)")
        .option("note", 0, "TEXT", "free text (what was seen, the ticket, ...)")
        .option("author", 0, "NAME", "who decided (default: $USER)")
        .flag("clear", 0, "remove the period's root cause")
        .example("tracemark-cli rootcause -w shop.tmk --period 3 --service cartservice --type cpu")
        .example("tracemark-cli rootcause -w shop.tmk --period 3 --clear");
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    Workspace workspace = Workspace::open(args.required("workspace"));
    const std::int64_t period = args.integer("period", 0, 1, INT64_MAX);
    args.required("period");
    if (args.has("clear")) {
        const bool had = workspace.clearRootCause(period, authorFrom(args));
        std::cout << (had ? "root cause of period " + std::to_string(period) + " removed\n"
                          : "period " + std::to_string(period) + " had no root cause\n");
        return 0;
    }
    RootCause cause;
    cause.service = args.required("service");
    cause.instance = args.value("instance");
    cause.faultType = args.required("type");
    cause.note = args.value("note");
    cause.author = authorFrom(args);
    workspace.setRootCause(period, cause);
    std::cout << "period " << period << ": root cause " << cause.service
              << (cause.instance.empty() ? "" : " (" + cause.instance + ")") << ", " << cause.faultType << "\n";
    return 0;
}

} // namespace tracemark::cli
