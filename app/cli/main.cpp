// tracemark-cli: the headless front end. Dispatches to one command per file (Commands.h) and
// turns failures into exit statuses: 0 success, 2 bad usage, 1 any other error, 130 cancelled.
#include "ArgParser.h"
#include "Commands.h"

#include "core/common/Error.h"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace tracemark::cli {

const std::vector<CommandEntry>& commandTable()
{
    static const std::vector<CommandEntry> table = {
        { "import", "import trace files or dataset folders into a workspace (all or nothing)",
            runImportCommand },
        { "simulate", "generate a workspace from the built-in microservice simulator", runSimulateCommand },
        { "info", "show what a workspace holds (--json for one JSON object)", runInfoCommand },
        { "stats", "span duration statistics per service, operation or call path", runStatsCommand },
        { "export", "write a workspace's traces as Jaeger JSON", runExportCommand },
        { "embed", "train the trace encoder and embed every trace (--train, or --model M.pt)", runEmbedCommand },
        { "select", "pick k representative traces to label (k-means on the trace vectors)", runSelectCommand },
        { "label", "record the operator's labels: --trace ID normal|abnormal, or --file labels.csv",
            runLabelCommand },
        { "propagate", "label every other trace from the nearest human-labelled traces", runPropagateCommand },
        { "suggest", "the next traces worth labelling (least certain first, spread over clusters)",
            runSuggestCommand },
        { "evaluate", "run the labeling loop against ground truth: precision, recall, F1, labels used",
            runEvaluateCommand },
        { "periods", "merge abnormal traces into fault periods (or add them by hand) and list them",
            runPeriodsCommand },
        { "rank", "rank the services of a fault period as root-cause suspects (SBFL, combined)", runRankCommand },
        { "rootcause", "record the root cause of a fault period: service, fault type, note", runRootCauseCommand },
        { "evaluate-rca", "score fault periods and suspect rankings against injected faults: HR@k, P/R",
            runEvaluateRcaCommand },
        { "bench", "measure import, simulator and embedding throughput (bench import|simulate|embed)",
            runBenchCommand },
        { "devices", "show the device (CPU/GPU) training would use", runDevicesCommand },
    };
    return table;
}

namespace {

void printToolHelp(std::ostream& out)
{
    out << "usage: tracemark-cli COMMAND [options]\n"
           "\n"
           "Tracemark's headless tool: imports distributed traces into a workspace (.tmk), describes\n"
           "and exports it, and benchmarks the engines.\n"
           "\n"
           "commands:\n";
    for (const auto& c : commandTable())
        out << "  " << c.name << std::string(std::max<std::size_t>(14, std::strlen(c.name) + 2) - std::strlen(c.name), ' ') << c.summary << "\n";
    out << "\n"
           "options:\n"
           "  -h, --help     show this help; `tracemark-cli COMMAND --help` shows a command's options\n"
           "      --version  print the version\n"
           "\n"
           "exit status: 0 success, 1 error (the message names the file, line and field), 2 bad usage,\n"
           "130 cancelled (Ctrl-C; the workspace is left unchanged).\n"
           "\n"
           "example:\n"
           "  tracemark-cli simulate --traces 10000 --faults 5 --seed 1 -o shop.tmk\n"
           "  tracemark-cli info -w shop.tmk\n";
}

int dispatch(const std::vector<std::string>& args, std::string& command)
{
    if (args.empty()) {
        printToolHelp(std::cerr);
        throw CliUsageError("", "missing command");
    }
    const std::string& first = args.front();
    if (first == "--help" || first == "-h") {
        printToolHelp(std::cout);
        return 0;
    }
    if (first == "--version" || first == "-V") {
        std::cout << "tracemark-cli " << TRACEMARK_VERSION << "\n";
        return 0;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (first == "help") {
        if (rest.empty()) {
            printToolHelp(std::cout);
            return 0;
        }
        command = rest.front();
        for (const auto& c : commandTable())
            if (c.name == rest.front())
                return c.run({ "--help" });
        throw CliUsageError("", "unknown command '" + rest.front() + "'");
    }
    for (const auto& c : commandTable()) {
        if (c.name == first) {
            command = first;
            return c.run(rest);
        }
    }
    throw CliUsageError("",
        first.size() > 0 && first[0] == '-' ? "unknown option '" + first + "'"
                                            : "unknown command '" + first + "'");
}

} // namespace
} // namespace tracemark::cli

int main(int argc, char* argv[])
{
    using namespace tracemark;
    const std::vector<std::string> args(argv + 1, argv + argc);
    std::string command;
    try {
        return cli::dispatch(args, command);
    } catch (const UsageError& e) {
        // CliUsageError knows the command that was parsed ("bench import"); an engine's
        // UsageError (a bad --map, say) belongs to the command being run.
        const auto* cliError = dynamic_cast<const cli::CliUsageError*>(&e);
        const std::string helpCommand = cliError ? cliError->helpCommand() : command;
        std::cout.flush();
        std::cerr << "tracemark-cli: error: " << e.what() << "\n"
                  << "see tracemark-cli " << (helpCommand.empty() ? "" : helpCommand + " ") << "--help\n";
        return 2;
    } catch (const Cancelled&) {
        std::cout.flush();
        std::cerr << "tracemark-cli: cancelled; the workspace is unchanged\n";
        return 130;
    } catch (const std::exception& e) {
        std::cout.flush();
        std::cerr << "tracemark-cli: error: " << e.what() << "\n";
        return 1;
    }
}
