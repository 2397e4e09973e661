#pragma once
// The tracemark-cli commands. Each takes the arguments after its name, prints to stdout, and
// returns the exit status; bad usage throws CliUsageError, other failures throw tracemark::Error.
#include <string>
#include <vector>

namespace tracemark::cli {

using Args = std::vector<std::string>;

int runImportCommand(const Args& args);
int runSimulateCommand(const Args& args);
int runInfoCommand(const Args& args);
int runStatsCommand(const Args& args);
int runExportCommand(const Args& args);
int runBenchCommand(const Args& args);
int runDevicesCommand(const Args& args);
int runEmbedCommand(const Args& args);
int runSelectCommand(const Args& args);
int runLabelCommand(const Args& args);
int runPropagateCommand(const Args& args);
int runSuggestCommand(const Args& args);
int runEvaluateCommand(const Args& args);
int runPeriodsCommand(const Args& args);
int runRankCommand(const Args& args);
int runRootCauseCommand(const Args& args);
int runEvaluateRcaCommand(const Args& args);
// `bench embed` and `bench select`, in their own files; reached through runBenchCommand.
int benchEmbed(const Args& args);
int benchSelect(const Args& args);
int benchRank(const Args& args);

struct CommandEntry {
    const char* name;
    const char* summary;
    int (*run)(const Args& args);
};

// In the order `tracemark-cli --help` lists them.
const std::vector<CommandEntry>& commandTable();

} // namespace tracemark::cli
