// tracemark-cli label: the operator's judgement of traces (human labels, with author and audit
// entries), one trace at a time or a whole CSV file at once (all or nothing).
#include "ArgParser.h"
#include "Commands.h"
#include "LabelingSupport.h"
#include "OutputFormat.h"

#include "core/common/Error.h"
#include "core/io/LabelsCsv.h"
#include "core/store/Workspace.h"

#include <iostream>
#include <unordered_map>

namespace tracemark::cli {

namespace {

ArgParser labelParser()
{
    ArgParser p("label",
        "Records the operator's label of traces: `--trace ID LABEL` for one trace, or `--file F.csv`\n"
        "with a header `trace_id,label` (normal|abnormal) or LabelEase's `trace_id,anomaly` (0|1).\n"
        "Human labels are never overwritten by propagation; `unlabeled` removes one. A file is\n"
        "applied all or nothing: an unknown trace id or a bad row changes nothing.");
    p.option("workspace", 'w', "WS.tmk", "the workspace (required)")
        .option("trace", 't', "ID", "the trace id to label (with LABEL as the argument)")
        .option("file", 0, "F.csv", "a file of labels")
        .option("author", 0, "NAME", "who judged (default: $USER)")
        .flag("representatives-from-truth", 0,
              "label the current representatives with the workspace's ground truth (an oracle\n"
              "operator, for demos and experiments; needs simulated or imported per-trace truth)")
        .positionals("LABEL", "normal, abnormal or unlabeled (with --trace)", 0, 1)
        .example("tracemark-cli label -w shop.tmk --trace 4bf92f3577b34da6 abnormal")
        .example("tracemark-cli label -w shop.tmk --file reviewed.csv")
        .example("tracemark-cli label -w demo.tmk --representatives-from-truth");
    return p;
}

// The truth of each representative of the current selection; an error naming what is missing.
std::vector<std::pair<std::int64_t, TraceLabel>> representativesFromTruth(Workspace& workspace)
{
    const std::vector<std::int64_t> representatives = workspace.representatives();
    if (representatives.empty())
        throw Error("no representatives in " + workspace.path().string() + ": run `tracemark-cli select` first");
    std::unordered_map<std::string, bool> abnormal;
    for (const TraceGroundTruth& truth : workspace.groundTruth())
        abnormal[truth.traceId] = truth.abnormal;
    std::vector<std::pair<std::int64_t, TraceLabel>> labels;
    for (std::int64_t key : representatives) {
        const auto trace = workspace.traceByKey(key);
        const auto found = trace ? abnormal.find(trace->traceId) : abnormal.end();
        if (found == abnormal.end())
            throw Error("representative " + (trace ? trace->traceId : std::to_string(key)) + " has no ground truth in " +
                        workspace.path().string() + " (nothing was labelled)");
        labels.emplace_back(key, found->second ? TraceLabel::Abnormal : TraceLabel::Normal);
    }
    return labels;
}

} // namespace

int runLabelCommand(const Args& argv)
{
    const ArgParser parser = labelParser();
    const ParsedArgs args = parser.parse(argv);
    if (args.helpRequested()) {
        std::cout << parser.help();
        return 0;
    }
    const int sources = int(args.has("trace")) + int(args.has("file")) + int(args.has("representatives-from-truth"));
    if (sources != 1)
        args.fail("give exactly one of --trace ID LABEL, --file F.csv and --representatives-from-truth");
    Workspace workspace = Workspace::open(args.required("workspace"));
    const std::string author = authorFrom(args);

    std::vector<std::pair<std::int64_t, TraceLabel>> labels;
    if (args.has("representatives-from-truth")) {
        labels = representativesFromTruth(workspace);
    } else if (args.has("trace")) {
        if (args.positionals().size() != 1)
            args.fail("--trace needs the label as an argument: normal, abnormal or unlabeled");
        const auto label = traceLabelFromString(args.positionals().front());
        if (!label)
            args.fail("unknown label '" + args.positionals().front() + "' (valid: normal, abnormal, unlabeled)");
        const auto trace = workspace.traceById(args.value("trace"));
        if (!trace)
            throw Error("no trace with id '" + args.value("trace") + "' in " + workspace.path().string());
        labels.emplace_back(trace->key, *label);
    } else {
        if (!args.positionals().empty())
            args.fail("--file takes no LABEL argument");
        const std::string file = args.value("file");
        for (const LabelRow& row : readLabelsCsv(file)) {
            const auto trace = workspace.traceById(row.traceId);
            if (!trace)
                throw Error(file + ":" + std::to_string(row.line) + ": trace_id '" + row.traceId + "' is not in " +
                            workspace.path().string() + " (nothing was labelled)");
            labels.emplace_back(trace->key, row.label);
        }
    }
    workspace.setHumanLabels(labels, author);
    std::int64_t normal = 0, abnormal = 0, cleared = 0;
    for (const auto& [key, label] : labels)
        ++(label == TraceLabel::Normal ? normal : label == TraceLabel::Abnormal ? abnormal : cleared);
    std::cout << "labelled " << groupedCount(static_cast<std::int64_t>(labels.size())) << " trace"
              << (labels.size() == 1 ? "" : "s") << " as " << author << ": " << groupedCount(normal) << " normal, "
              << groupedCount(abnormal) << " abnormal" << (cleared ? ", " + groupedCount(cleared) + " cleared" : "")
              << "\n";
    return 0;
}

} // namespace tracemark::cli
